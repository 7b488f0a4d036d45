# The optional components, written once. The top-level CMakeLists.txt defines cors::<component>
# for each one whose dependency cors_find_component() finds; cmake/install.cmake exports each
# defined one; the installed corsConfig.cmake includes this file (as corsComponents.cmake) and
# calls cors_find_component() again for the components a consumer asks for, so that the
# exported targets' dependencies exist there too.
#
#   json     cors/json.hpp              nlohmann_json 3
#   fmt      cors/fmt.hpp               {fmt} 9
#   beast    cors/adapters/beast.hpp    Boost.Beast (Boost 1.74+ headers) + Threads
#   httplib  cors/adapters/httplib.hpp  cpp-httplib (0.11+) + Threads
#   kong     cors/kong.hpp              nlohmann_json 3 + yaml-cpp 0.7
#   qt       cors/adapters/qt.hpp       Qt 6.4+ HttpServer (Qt6::HttpServer)
#   poco     cors/adapters/poco.hpp     POCO 1.11+ Net (Poco::Net)
#   restinio cors/adapters/restinio.hpp RESTinio 0.6 (restinio::restinio: {fmt}, standalone asio, http_parser)
set(CORS_COMPONENTS json fmt beast httplib kong qt poco restinio)

# cors_find_component(<component>) sets, in the caller's scope:
#   CORS_<component>_FOUND         TRUE when the dependency is there
#   CORS_<component>_LIBRARIES     what cors::<component> links
#   CORS_<component>_INCLUDE_DIRS  include directories (SYSTEM), when no target provides them
#   CORS_<component>_MISSING       what is missing, for a message
# Imported targets are created in the calling directory (pkg-config's GLOBAL).
function(cors_find_component component)
  set(found FALSE)
  set(libraries)
  set(include_dirs)
  set(missing)
  if(component STREQUAL "json" OR component STREQUAL "fmt")
    if(component STREQUAL "json")
      set(package nlohmann_json 3)
      set(target nlohmann_json::nlohmann_json)
    else()
      set(package fmt 9)
      set(target fmt::fmt)
    endif()
    find_package(${package} QUIET)
    if(TARGET ${target})
      set(found TRUE)
      set(libraries ${target})
    else()
      list(JOIN package " " missing)
      string(APPEND missing " not found")
    endif()
  elseif(component STREQUAL "beast")
    # Header-only: Boost's CMake config (Boost::headers), else the headers alone.
    find_package(Threads QUIET)
    find_package(Boost 1.74 CONFIG QUIET)
    if(TARGET Boost::headers AND Threads_FOUND)
      set(found TRUE)
      set(libraries Boost::headers Threads::Threads)
    else()
      find_path(CORS_BEAST_INCLUDE_DIR boost/beast.hpp)
      if(CORS_BEAST_INCLUDE_DIR AND Threads_FOUND)
        set(found TRUE)
        set(libraries Threads::Threads)
        set(include_dirs "${CORS_BEAST_INCLUDE_DIR}")
      else()
        set(missing "Boost.Beast (Boost 1.74+ headers) not found")
      endif()
    endif()
  elseif(component STREQUAL "httplib")
    # Upstream's CMake package (httplib::httplib), else pkg-config (Debian ships cpp-httplib.pc:
    # a compiled library whose compile definitions, e.g. CPPHTTPLIB_OPENSSL_SUPPORT, change the
    # layout of its classes, so they must come from there), else the single header of an
    # upstream release (header-only, no library).
    find_package(Threads QUIET)
    find_package(httplib CONFIG QUIET)
    if(TARGET httplib::httplib)
      set(found TRUE)
      set(libraries httplib::httplib)
    else()
      find_package(PkgConfig QUIET)
      if(PkgConfig_FOUND AND NOT TARGET PkgConfig::CORS_CPP_HTTPLIB)
        pkg_check_modules(CORS_CPP_HTTPLIB QUIET IMPORTED_TARGET GLOBAL cpp-httplib)
      endif()
      if(TARGET PkgConfig::CORS_CPP_HTTPLIB AND Threads_FOUND)
        # pkg-config's include directory is /usr/include here; mark it SYSTEM anyway, so
        # httplib's own warnings never count against -Werror.
        get_target_property(dirs PkgConfig::CORS_CPP_HTTPLIB INTERFACE_INCLUDE_DIRECTORIES)
        if(dirs)
          set_target_properties(PkgConfig::CORS_CPP_HTTPLIB PROPERTIES INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${dirs}")
        endif()
        set(found TRUE)
        set(libraries PkgConfig::CORS_CPP_HTTPLIB Threads::Threads)
      else()
        find_path(CORS_HTTPLIB_INCLUDE_DIR httplib.h)
        find_library(CORS_HTTPLIB_LIBRARY cpp-httplib)
        if(CORS_HTTPLIB_INCLUDE_DIR AND NOT CORS_HTTPLIB_LIBRARY AND Threads_FOUND)
          set(found TRUE)
          set(libraries Threads::Threads)
          set(include_dirs "${CORS_HTTPLIB_INCLUDE_DIR}")
        elseif(CORS_HTTPLIB_LIBRARY)
          set(missing "found ${CORS_HTTPLIB_LIBRARY} but not its pkg-config file (it gives the compile "
                      "definitions the library was built with); install pkg-config")
        else()
          set(missing "cpp-httplib not found")
        endif()
      endif()
    endif()
  elseif(component STREQUAL "kong")
    find_package(nlohmann_json 3 QUIET)
    find_package(yaml-cpp 0.7 QUIET)
    if(TARGET nlohmann_json::nlohmann_json AND TARGET yaml-cpp)
      set(found TRUE)
      set(libraries nlohmann_json::nlohmann_json yaml-cpp)
    else()
      set(missing "nlohmann_json 3 and yaml-cpp 0.7 (libyaml-cpp-dev) needed")
    endif()
  elseif(component STREQUAL "qt")
    find_package(Qt6 6.4 QUIET COMPONENTS HttpServer)
    if(TARGET Qt6::HttpServer)
      set(found TRUE)
      set(libraries Qt6::HttpServer)
    else()
      set(missing "Qt 6.4+ HttpServer (qt6-httpserver-dev, qt6-base-dev, qt6-websockets-dev) not found")
    endif()
  elseif(component STREQUAL "poco")
    find_package(Poco 1.11 CONFIG QUIET COMPONENTS Net Foundation)
    if(TARGET Poco::Net)
      set(found TRUE)
      set(libraries Poco::Net)
    else()
      set(missing "POCO 1.11+ Net (libpoco-dev) not found")
    endif()
  elseif(component STREQUAL "restinio")
    # RESTinio's CMake package (restinio::restinio) links fmt::fmt and http_parser without
    # finding them: {fmt} first; the asio headers (standalone) must be there too.
    find_package(Threads QUIET)
    find_package(fmt 9 QUIET)
    find_package(restinio CONFIG QUIET)  # its version file accepts only the exact version
    find_path(CORS_ASIO_INCLUDE_DIR asio.hpp)
    find_library(CORS_HTTP_PARSER_LIBRARY http_parser)
    if(TARGET restinio::restinio AND TARGET fmt::fmt AND CORS_ASIO_INCLUDE_DIR AND CORS_HTTP_PARSER_LIBRARY
       AND Threads_FOUND)
      set(found TRUE)
      set(libraries restinio::restinio Threads::Threads)
    else()
      set(missing "RESTinio 0.6 (librestinio-dev, libasio-dev, libhttp-parser-dev, libfmt-dev) not found")
    endif()
  else()
    set(missing "no such component (the components: ${CORS_COMPONENTS})")
  endif()
  set(CORS_${component}_FOUND ${found} PARENT_SCOPE)
  set(CORS_${component}_LIBRARIES ${libraries} PARENT_SCOPE)
  set(CORS_${component}_INCLUDE_DIRS ${include_dirs} PARENT_SCOPE)
  set(CORS_${component}_MISSING "${missing}" PARENT_SCOPE)
endfunction()
