# Stored indicators and screening results (issue 4): daily absences, subject
# marks, behaviour incidents, screening results, their services and the CSV
# import of screening answers.
target_sources(care_core PRIVATE
    domain/indicators.h domain/indicators.cpp
    io/csvreader.h io/csvreader.cpp
    storage/rosterrepository.h storage/rosterrepository.cpp
    storage/indicatorrepository.h storage/indicatorrepository.cpp
    storage/indicatorrepositorygrades.cpp storage/indicatorrepositorybehaviour.cpp
    services/indicatorsupport.h services/indicatorsupport.cpp
    services/indicatorservice.h services/indicatorservice.cpp
    services/indicatorservicegrades.cpp services/indicatorservicebehaviour.cpp
    storage/screeningrepository.h storage/screeningrepository.cpp
    services/screeningcontent.h services/screeningcontent.cpp
    services/screeningservice.h services/screeningservice.cpp services/screeningreads.cpp
    services/screeningbatch.cpp
    services/screeningimport.h services/screeningimport.cpp
    services/screeningimportrows.h services/screeningimportrows.cpp
)
