# Packaging is configured in packaging/CMakeLists.txt.
if(EXISTS ${PROJECT_SOURCE_DIR}/packaging/CMakeLists.txt)
    add_subdirectory(packaging)
endif()
