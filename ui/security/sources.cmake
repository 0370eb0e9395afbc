# Sign-in life cycle: set-up with the recovery key, sign-in, recovery, password
# change, auto-lock and the lock screen, sign-out, user management.
# Printing the recovery key needs Qt Print Support.
find_package(Qt6 REQUIRED COMPONENTS PrintSupport)

list(APPEND CARE_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/accounterror.h ${CMAKE_CURRENT_LIST_DIR}/accounterror.cpp
    ${CMAKE_CURRENT_LIST_DIR}/accountscreens.h ${CMAKE_CURRENT_LIST_DIR}/accountscreens.cpp
    ${CMAKE_CURRENT_LIST_DIR}/adduserdialog.h ${CMAKE_CURRENT_LIST_DIR}/adduserdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/autolockdialog.h ${CMAKE_CURRENT_LIST_DIR}/autolockdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/busycursor.h
    ${CMAKE_CURRENT_LIST_DIR}/changepassworddialog.h ${CMAKE_CURRENT_LIST_DIR}/changepassworddialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/classroompicker.h ${CMAKE_CURRENT_LIST_DIR}/classroompicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fieldcell.h ${CMAKE_CURRENT_LIST_DIR}/fieldcell.cpp
    ${CMAKE_CURRENT_LIST_DIR}/idlewatcher.h ${CMAKE_CURRENT_LIST_DIR}/idlewatcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lockscreen.h ${CMAKE_CURRENT_LIST_DIR}/lockscreen.cpp
    ${CMAKE_CURRENT_LIST_DIR}/messagearea.h ${CMAKE_CURRENT_LIST_DIR}/messagearea.cpp
    ${CMAKE_CURRENT_LIST_DIR}/newpasswordfields.h ${CMAKE_CURRENT_LIST_DIR}/newpasswordfields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/passwordrules.h ${CMAKE_CURRENT_LIST_DIR}/passwordrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recoverydialog.h ${CMAKE_CURRENT_LIST_DIR}/recoverydialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recoverykeydialog.h ${CMAKE_CURRENT_LIST_DIR}/recoverykeydialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recoverykeypage.h ${CMAKE_CURRENT_LIST_DIR}/recoverykeypage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recoverykeysheet.h ${CMAKE_CURRENT_LIST_DIR}/recoverykeysheet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resetpassworddialog.h ${CMAKE_CURRENT_LIST_DIR}/resetpassworddialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/setupdialog.h ${CMAKE_CURRENT_LIST_DIR}/setupdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/signindialog.h ${CMAKE_CURRENT_LIST_DIR}/signindialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/signinflow.h ${CMAKE_CURRENT_LIST_DIR}/signinflow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/usersdialog.h ${CMAKE_CURRENT_LIST_DIR}/usersdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/usertablemodel.h ${CMAKE_CURRENT_LIST_DIR}/usertablemodel.cpp
)
