# Small widgets shared by several screen areas.
list(APPEND CARE_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/databasechoices.h ${CMAKE_CURRENT_LIST_DIR}/databasechoices.cpp
)
