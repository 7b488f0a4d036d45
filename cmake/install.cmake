# Installation: headers, exported targets (one export set per component, so that a consumer
# needs a component's dependency only when it asks for it), a version file, and cors.pc.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(CORS_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/cors")

install(DIRECTORY include/ DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS cors EXPORT corsTargets)
install(EXPORT corsTargets NAMESPACE cors:: DESTINATION "${CORS_INSTALL_CMAKEDIR}")

if(TARGET cors_json)
  set_target_properties(cors_json PROPERTIES EXPORT_NAME json)
  install(TARGETS cors_json EXPORT cors-jsonTargets)
  install(EXPORT cors-jsonTargets NAMESPACE cors:: DESTINATION "${CORS_INSTALL_CMAKEDIR}")
endif()

if(TARGET cors_fmt)
  set_target_properties(cors_fmt PROPERTIES EXPORT_NAME fmt)
  install(TARGETS cors_fmt EXPORT cors-fmtTargets)
  install(EXPORT cors-fmtTargets NAMESPACE cors:: DESTINATION "${CORS_INSTALL_CMAKEDIR}")
endif()

# The adapters: their dependencies are found again by corsConfig.cmake when asked for.
foreach(_cors_adapter IN ITEMS beast httplib)
  if(TARGET cors_${_cors_adapter})
    set_target_properties(cors_${_cors_adapter} PROPERTIES EXPORT_NAME ${_cors_adapter})
    install(TARGETS cors_${_cors_adapter} EXPORT cors-${_cors_adapter}Targets)
    install(EXPORT cors-${_cors_adapter}Targets NAMESPACE cors:: DESTINATION "${CORS_INSTALL_CMAKEDIR}")
  endif()
endforeach()

configure_package_config_file(cmake/corsConfig.cmake.in "${PROJECT_BINARY_DIR}/corsConfig.cmake"
  INSTALL_DESTINATION "${CORS_INSTALL_CMAKEDIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/corsConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/corsConfig.cmake" "${PROJECT_BINARY_DIR}/corsConfigVersion.cmake"
  DESTINATION "${CORS_INSTALL_CMAKEDIR}")

configure_file(cmake/cors.pc.in "${PROJECT_BINARY_DIR}/cors.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/cors.pc" DESTINATION "${CMAKE_INSTALL_DATADIR}/pkgconfig")
