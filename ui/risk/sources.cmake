# Risk screens: the profile's risk panel with its timeline chart (the only
# Qt Charts code), the class/school overview, the worklists, the full
# recompute with progress, the thresholds editor with what-if, and the menu.
list(APPEND CARE_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/leveltimelinechart.h ${CMAKE_CURRENT_LIST_DIR}/leveltimelinechart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recomputedialog.h ${CMAKE_CURRENT_LIST_DIR}/recomputedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/riskactions.h ${CMAKE_CURRENT_LIST_DIR}/riskactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/riskdomaingrid.h ${CMAKE_CURRENT_LIST_DIR}/riskdomaingrid.cpp
    ${CMAKE_CURRENT_LIST_DIR}/riskitems.h ${CMAKE_CURRENT_LIST_DIR}/riskitems.cpp
    ${CMAKE_CURRENT_LIST_DIR}/risklevelstyle.h ${CMAKE_CURRENT_LIST_DIR}/risklevelstyle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/riskoverviewdialog.h ${CMAKE_CURRENT_LIST_DIR}/riskoverviewdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/riskoverviewtable.h ${CMAKE_CURRENT_LIST_DIR}/riskoverviewtable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/riskrulesdialog.h ${CMAKE_CURRENT_LIST_DIR}/riskrulesdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentriskpanel.h ${CMAKE_CURRENT_LIST_DIR}/studentriskpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/thresholdtable.h ${CMAKE_CURRENT_LIST_DIR}/thresholdtable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/whatiftable.h ${CMAKE_CURRENT_LIST_DIR}/whatiftable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/worklistdialog.h ${CMAKE_CURRENT_LIST_DIR}/worklistdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/worklisttable.h ${CMAKE_CURRENT_LIST_DIR}/worklisttable.cpp
)
