# Application-wide pieces: context, settings, language, fonts, first run.
# The bundled fonts are a resource of care_reports (reports/reportfonts).
qt_add_resources(care_ui_app_resources
    ${PROJECT_SOURCE_DIR}/resources/icons/care_icons.qrc)

list(APPEND CARE_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/qtstrings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/appcontext.h
    ${CMAKE_CURRENT_LIST_DIR}/appicon.h ${CMAKE_CURRENT_LIST_DIR}/appicon.cpp
    ${CMAKE_CURRENT_LIST_DIR}/appsettings.h ${CMAKE_CURRENT_LIST_DIR}/appsettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bundledfonts.h ${CMAKE_CURRENT_LIST_DIR}/bundledfonts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/databasefiles.h ${CMAKE_CURRENT_LIST_DIR}/databasefiles.cpp
    ${CMAKE_CURRENT_LIST_DIR}/democreation.h ${CMAKE_CURRENT_LIST_DIR}/democreation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/firstrundialog.h ${CMAKE_CURRENT_LIST_DIR}/firstrundialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/startup.h ${CMAKE_CURRENT_LIST_DIR}/startup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uilanguage.h ${CMAKE_CURRENT_LIST_DIR}/uilanguage.cpp
    ${care_ui_app_resources}
)
