# Screening and indicator screens: the screening form, the class grid, attendance,
# grades and behaviour dialogs, the profile's screening section and the menu entries.
list(APPEND CARE_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/answerchoices.h ${CMAKE_CURRENT_LIST_DIR}/answerchoices.cpp
    ${CMAKE_CURRENT_LIST_DIR}/answerkeys.h ${CMAKE_CURRENT_LIST_DIR}/answerkeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attendancedialog.h ${CMAKE_CURRENT_LIST_DIR}/attendancedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/behaviourdialog.h ${CMAKE_CURRENT_LIST_DIR}/behaviourdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/classgridcells.cpp
    ${CMAKE_CURRENT_LIST_DIR}/classgridchooser.h ${CMAKE_CURRENT_LIST_DIR}/classgridchooser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/classgriddialog.h ${CMAKE_CURRENT_LIST_DIR}/classgriddialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/classgridheader.h ${CMAKE_CURRENT_LIST_DIR}/classgridheader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/classgridmodel.h ${CMAKE_CURRENT_LIST_DIR}/classgridmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/classgridview.h ${CMAKE_CURRENT_LIST_DIR}/classgridview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dailyabsencebox.h ${CMAKE_CURRENT_LIST_DIR}/dailyabsencebox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fielderrors.h ${CMAKE_CURRENT_LIST_DIR}/fielderrors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gradesdialog.h ${CMAKE_CURRENT_LIST_DIR}/gradesdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incidentdialog.h ${CMAKE_CURRENT_LIST_DIR}/incidentdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scoretable.h ${CMAKE_CURRENT_LIST_DIR}/scoretable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/screeningactions.h ${CMAKE_CURRENT_LIST_DIR}/screeningactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/screeninganswersheet.h ${CMAKE_CURRENT_LIST_DIR}/screeninganswersheet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/screeningdialogs.h ${CMAKE_CURRENT_LIST_DIR}/screeningdialogs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/screeningformchoices.cpp
    ${CMAKE_CURRENT_LIST_DIR}/screeningformdialog.h ${CMAKE_CURRENT_LIST_DIR}/screeningformdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/screeninglabels.h ${CMAKE_CURRENT_LIST_DIR}/screeninglabels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentscreeningpanel.h ${CMAKE_CURRENT_LIST_DIR}/studentscreeningpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentterms.h ${CMAKE_CURRENT_LIST_DIR}/studentterms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/subjectmarkstable.h ${CMAKE_CURRENT_LIST_DIR}/subjectmarkstable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/unsavedprompt.h ${CMAKE_CURRENT_LIST_DIR}/unsavedprompt.cpp
)
