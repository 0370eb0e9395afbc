# The main window: menus, navigation, student list and its model, About.
list(APPEND CARE_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.h ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mainactions.h ${CMAKE_CURRENT_LIST_DIR}/mainactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/navigationpanel.h ${CMAKE_CURRENT_LIST_DIR}/navigationpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentlistmodel.h ${CMAKE_CURRENT_LIST_DIR}/studentlistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentlistpanel.h ${CMAKE_CURRENT_LIST_DIR}/studentlistpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentscreens.h ${CMAKE_CURRENT_LIST_DIR}/studentscreens.cpp
)
