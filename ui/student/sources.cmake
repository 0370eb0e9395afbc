# Student profile, add/edit dialogs and their undo commands.
list(APPEND CARE_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/academicyeartext.h
    ${CMAKE_CURRENT_LIST_DIR}/addresssection.h ${CMAKE_CURRENT_LIST_DIR}/addresssection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/birthdateedit.h ${CMAKE_CURRENT_LIST_DIR}/birthdateedit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/createstudentcommand.h ${CMAKE_CURRENT_LIST_DIR}/createstudentcommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/editstudentcommand.h ${CMAKE_CURRENT_LIST_DIR}/editstudentcommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/enumcombo.h
    ${CMAKE_CURRENT_LIST_DIR}/formsection.h ${CMAKE_CURRENT_LIST_DIR}/formsection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guardianeditdialog.h ${CMAKE_CURRENT_LIST_DIR}/guardianeditdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guardianlistsection.h ${CMAKE_CURRENT_LIST_DIR}/guardianlistsection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/householdsection.h ${CMAKE_CURRENT_LIST_DIR}/householdsection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/moneytext.h ${CMAKE_CURRENT_LIST_DIR}/moneytext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profiletables.h ${CMAKE_CURRENT_LIST_DIR}/profiletables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recordfieldtext.h ${CMAKE_CURRENT_LIST_DIR}/recordfieldtext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentcommand.h ${CMAKE_CURRENT_LIST_DIR}/studentcommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studenteditdialog.h ${CMAKE_CURRENT_LIST_DIR}/studenteditdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentidentitysection.h ${CMAKE_CURRENT_LIST_DIR}/studentidentitysection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentprofileview.h ${CMAKE_CURRENT_LIST_DIR}/studentprofileview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentschoolsection.h ${CMAKE_CURRENT_LIST_DIR}/studentschoolsection.cpp
)
