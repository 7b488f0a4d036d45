# Optional server adapters, each defined only when its server library is found:
#   cors::beast    include/cors/adapters/beast.hpp    Boost.Beast (Boost 1.74+ headers) + Threads
#   cors::httplib  include/cors/adapters/httplib.hpp  cpp-httplib (0.11+)
# Included from the top-level CMakeLists.txt after the cors::cors target is defined.

find_package(Threads QUIET)

# Boost.Beast is header-only: Boost's CMake config (Boost::headers), else the headers alone.
find_package(Boost 1.74 CONFIG QUIET)
if(TARGET Boost::headers AND Threads_FOUND)
  add_library(cors_beast INTERFACE)
  target_link_libraries(cors_beast INTERFACE cors::cors Boost::headers Threads::Threads)
else()
  find_path(CORS_BEAST_INCLUDE_DIR boost/beast.hpp)
  if(CORS_BEAST_INCLUDE_DIR AND Threads_FOUND)
    add_library(cors_beast INTERFACE)
    target_include_directories(cors_beast SYSTEM INTERFACE "${CORS_BEAST_INCLUDE_DIR}")
    target_link_libraries(cors_beast INTERFACE cors::cors Threads::Threads)
  endif()
endif()
if(TARGET cors_beast)
  add_library(cors::beast ALIAS cors_beast)
  message(STATUS "cors::beast: Boost.Beast found")
else()
  message(STATUS "cors::beast: Boost.Beast (Boost 1.74+ headers) not found, adapter not built")
endif()

# cpp-httplib: upstream's CMake package (httplib::httplib), else pkg-config (Debian ships
# cpp-httplib.pc: a compiled library whose compile definitions, e.g.
# CPPHTTPLIB_OPENSSL_SUPPORT, change the layout of its classes, so they must come from there),
# else the single header of an upstream release (header-only, no library).
find_package(httplib CONFIG QUIET)
if(TARGET httplib::httplib)
  add_library(cors_httplib INTERFACE)
  target_link_libraries(cors_httplib INTERFACE cors::cors httplib::httplib)
else()
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND)
    pkg_check_modules(CORS_CPP_HTTPLIB QUIET IMPORTED_TARGET GLOBAL cpp-httplib)
  endif()
  if(TARGET PkgConfig::CORS_CPP_HTTPLIB AND Threads_FOUND)
    # pkg-config's include directory is /usr/include here; mark it SYSTEM anyway, so httplib's
    # own warnings never count against -Werror.
    get_target_property(_cors_httplib_includes PkgConfig::CORS_CPP_HTTPLIB INTERFACE_INCLUDE_DIRECTORIES)
    if(_cors_httplib_includes)
      set_target_properties(PkgConfig::CORS_CPP_HTTPLIB PROPERTIES
        INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${_cors_httplib_includes}")
    endif()
    add_library(cors_httplib INTERFACE)
    target_link_libraries(cors_httplib INTERFACE cors::cors PkgConfig::CORS_CPP_HTTPLIB Threads::Threads)
  else()
    find_path(CORS_HTTPLIB_INCLUDE_DIR httplib.h)
    find_library(CORS_HTTPLIB_LIBRARY cpp-httplib)
    if(CORS_HTTPLIB_INCLUDE_DIR AND NOT CORS_HTTPLIB_LIBRARY AND Threads_FOUND)
      add_library(cors_httplib INTERFACE)
      target_include_directories(cors_httplib SYSTEM INTERFACE "${CORS_HTTPLIB_INCLUDE_DIR}")
      target_link_libraries(cors_httplib INTERFACE cors::cors Threads::Threads)
    elseif(CORS_HTTPLIB_LIBRARY)
      message(STATUS "cors::httplib: found ${CORS_HTTPLIB_LIBRARY} but not its pkg-config file "
                     "(it gives the compile definitions the library was built with); install pkg-config")
    endif()
  endif()
endif()
if(TARGET cors_httplib)
  add_library(cors::httplib ALIAS cors_httplib)
  message(STATUS "cors::httplib: cpp-httplib found")
else()
  message(STATUS "cors::httplib: cpp-httplib not found, adapter not built")
endif()
