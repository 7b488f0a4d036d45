# Installation: headers, exported targets (one export set per component, so that a consumer
# needs a component's dependency only when it asks for it), a version file, and cors.pc.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(CORS_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/cors")

install(DIRECTORY include/ DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS cors EXPORT corsTargets)
install(EXPORT corsTargets NAMESPACE cors:: DESTINATION "${CORS_INSTALL_CMAKEDIR}")

# The optional components (cmake/components.cmake), and what corsConfig.cmake needs to find
# their dependencies again when a consumer asks for them.
foreach(_cors_component IN LISTS CORS_COMPONENTS)
  if(TARGET cors_${_cors_component})
    set_target_properties(cors_${_cors_component} PROPERTIES EXPORT_NAME ${_cors_component})
    install(TARGETS cors_${_cors_component} EXPORT cors-${_cors_component}Targets)
    install(EXPORT cors-${_cors_component}Targets NAMESPACE cors:: DESTINATION "${CORS_INSTALL_CMAKEDIR}")
  endif()
endforeach()
install(FILES cmake/components.cmake DESTINATION "${CORS_INSTALL_CMAKEDIR}" RENAME corsComponents.cmake)

configure_package_config_file(cmake/corsConfig.cmake.in "${PROJECT_BINARY_DIR}/corsConfig.cmake"
  INSTALL_DESTINATION "${CORS_INSTALL_CMAKEDIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/corsConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/corsConfig.cmake" "${PROJECT_BINARY_DIR}/corsConfigVersion.cmake"
  DESTINATION "${CORS_INSTALL_CMAKEDIR}")

configure_file(cmake/cors.pc.in "${PROJECT_BINARY_DIR}/cors.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/cors.pc" DESTINATION "${CMAKE_INSTALL_DATADIR}/pkgconfig")
