# The demo municipality generator and its word lists (resources/demo): schools,
# students, families, records, screening results, incidents and risk histories.
target_sources(care_core PRIVATE
    demo/demogenerator.h demo/demogenerator.cpp
    demo/demorandom.h demo/demorandom.cpp
    demo/demowords.h demo/demowords.cpp
    demo/democalendar.h demo/democalendar.cpp
    demo/demoplan.h demo/demoplan.cpp
    demo/demoplanrules.h demo/demoplanrules.cpp
    demo/demopeople.h demo/demopeople.cpp
    demo/demofamilies.h demo/demofamilies.cpp
    demo/demorecords.h demo/demorecords.cpp
    demo/demostructure.h demo/demostructure.cpp
    demo/demostudents.h demo/demostudents.cpp
    demo/demoaccounts.h demo/demoaccounts.cpp
    demo/demoindicatorsetup.h demo/demoindicatorsetup.cpp
    demo/demoanswers.h demo/demoanswers.cpp
    demo/demoscreening.h demo/demoscreening.cpp
    demo/demobehaviour.h demo/demobehaviour.cpp
    demo/demorisk.h demo/demorisk.cpp
    demo/batchqueue.h
)
qt_add_resources(care_demo_resources ${PROJECT_SOURCE_DIR}/resources/demo/demo.qrc)
target_sources(care_core PRIVATE ${care_demo_resources})
# The generator makes rows on a second thread (std::thread).
find_package(Threads REQUIRED)
target_link_libraries(care_core PRIVATE Threads::Threads)
