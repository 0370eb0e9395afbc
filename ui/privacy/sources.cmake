# Privacy and security screens: audit trail, consent, break-the-glass, backups,
# retention, subject-access export, and the menu entries that open them.
list(APPEND CARE_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/accessgrantlogdialog.h ${CMAKE_CURRENT_LIST_DIR}/accessgrantlogdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditchaincheck.h ${CMAKE_CURRENT_LIST_DIR}/auditchaincheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditfilterbar.h ${CMAKE_CURRENT_LIST_DIR}/auditfilterbar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditlabels.h ${CMAKE_CURRENT_LIST_DIR}/auditlabels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditviewerdialog.h ${CMAKE_CURRENT_LIST_DIR}/auditviewerdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/autobackup.h ${CMAKE_CURRENT_LIST_DIR}/autobackup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/backgroundtask.h ${CMAKE_CURRENT_LIST_DIR}/backgroundtask.cpp
    ${CMAKE_CURRENT_LIST_DIR}/backupsettingsdialog.h ${CMAKE_CURRENT_LIST_DIR}/backupsettingsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/breakglassdialog.h ${CMAKE_CURRENT_LIST_DIR}/breakglassdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/confirmation.h ${CMAKE_CURRENT_LIST_DIR}/confirmation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/consentbox.h ${CMAKE_CURRENT_LIST_DIR}/consentbox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/consentdecisiondialog.h ${CMAKE_CURRENT_LIST_DIR}/consentdecisiondialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dayedit.h ${CMAKE_CURRENT_LIST_DIR}/dayedit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/formfiles.h ${CMAKE_CURRENT_LIST_DIR}/formfiles.cpp
    ${CMAKE_CURRENT_LIST_DIR}/privacyactions.h ${CMAKE_CURRENT_LIST_DIR}/privacyactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/privacytables.h ${CMAKE_CURRENT_LIST_DIR}/privacytables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/restoredialog.h ${CMAKE_CURRENT_LIST_DIR}/restoredialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/retentiondialog.h ${CMAKE_CURRENT_LIST_DIR}/retentiondialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sessionchecks.h ${CMAKE_CURRENT_LIST_DIR}/sessionchecks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentfinder.h ${CMAKE_CURRENT_LIST_DIR}/studentfinder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentprivacypanel.h ${CMAKE_CURRENT_LIST_DIR}/studentprivacypanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studentviewsbox.h ${CMAKE_CURRENT_LIST_DIR}/studentviewsbox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/subjectaccessexport.h ${CMAKE_CURRENT_LIST_DIR}/subjectaccessexport.cpp
)
