# Access scope (issue 14, section 3): the services through which ui/ and app/
# reach students, schools and risk levels, each within the session's scope.
target_sources(care_core PRIVATE
    storage/studentscope.cpp
    services/databasehandle.h
    services/studentdirectory.h services/studentdirectory.cpp
    services/indicatorserviceterms.cpp
    services/schooldirectory.h services/schooldirectory.cpp
    risk/riskoverview.h risk/riskoverview.cpp
    risk/showncount.h risk/showncount.cpp
    services/auditservicestudents.cpp
)
