# core/security: roles, sessions, the permission matrix, access control and
# the one crypto API for sensitive fields (libsodium).
target_sources(care_core PRIVATE
    security/roles.h security/roles.cpp
    security/session.h security/session.cpp
)
# libsodium wrappers, sealed fields and the recovery key (helper "keys").
target_sources(care_core PRIVATE
    security/secretbytes.h security/secretbytes.cpp
    security/crypto.h security/crypto.cpp
    security/fieldcipher.h security/fieldcipher.cpp
    security/recoverykey.h security/recoverykey.cpp
    security/keyfile.h security/keyfile.cpp
)
target_link_libraries(care_core PRIVATE PkgConfig::SODIUM)
# Permission matrix (resources/security/permissions.json), access control,
# break-the-glass and their SQL (helper "access").
target_sources(care_core PRIVATE
    security/permissionmatrix.h security/permissionmatrix.cpp
    security/accesscontrol.h security/accesscontrol.cpp
    storage/accessrepository.h storage/accessrepository.cpp
    services/accessgrantservice.h services/accessgrantservice.cpp
)
qt_add_resources(care_permission_resources ${PROJECT_SOURCE_DIR}/resources/security/permissions.qrc)
target_sources(care_core PRIVATE ${care_permission_resources})
# The password policy with its bundled list of common passwords, and the
# process hardening every entry point calls first (issue 14).
target_sources(care_core PRIVATE
    security/passwordpolicy.h security/passwordpolicy.cpp
    security/thaikeyboard.h security/thaikeyboard.cpp
    security/processhardening.h security/processhardening.cpp
)
qt_add_resources(care_password_resources ${PROJECT_SOURCE_DIR}/resources/security/passwords.qrc)
target_sources(care_core PRIVATE ${care_password_resources})
