cmake_minimum_required(VERSION 3.25)
# Configures, builds and runs a tiny consumer for each ```cmake block of README.md's "Getting it"
# section, as written except for the placeholders, which point at this checkout:
#   GIT_REPOSITORY ... / GIT_TAG ... / URL ...   ->  SOURCE_DIR "<this checkout>"
#   add_subdirectory(third_party/cors)           ->  add_subdirectory("<this checkout>" cors)
#   find_package(cors ...)                       ->  found in PREFIX (an installed copy)
# Each block is appended to `project(...)` + `add_executable(app <SOURCE>)`.
#   cmake -DREADME=README.md -DSOURCE_DIR=. -DWORK_DIR=... -DPREFIX=... -DSOURCE=app.cpp
#         -DGENERATOR=... -DCXX=... -P check_cmake_snippets.cmake
foreach(var IN ITEMS README SOURCE_DIR WORK_DIR PREFIX SOURCE GENERATOR CXX)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_cmake_snippets.cmake needs -D${var}=...")
  endif()
endforeach()

include("${CMAKE_CURRENT_LIST_DIR}/markdown.cmake")
file(READ "${README}" readme)
markdown_section("${readme}" "Getting it" section)
markdown_blocks("${section}" cmake blocks)

set(index 0)
foreach(block IN LISTS blocks)
  string(REPLACE "@SEMICOLON@" ";" block "${block}")
  math(EXPR index "${index} + 1")

  # The placeholders, replaced by this checkout.
  string(REGEX REPLACE "GIT_REPOSITORY[^\n]*\n" "SOURCE_DIR \"${SOURCE_DIR}\"\n" block "${block}")
  string(REGEX REPLACE "[ \t]*GIT_TAG[^\n]*\n" "" block "${block}")
  string(REGEX REPLACE "URL [^\n)]*" "SOURCE_DIR \"${SOURCE_DIR}\"" block "${block}")
  string(REPLACE "add_subdirectory(third_party/cors)" "add_subdirectory(\"${SOURCE_DIR}\" cors)" block "${block}")

  set(dir "${WORK_DIR}/snippet${index}")
  file(REMOVE_RECURSE "${dir}")
  file(WRITE "${dir}/CMakeLists.txt"
    "cmake_minimum_required(VERSION 3.25)\nproject(readme_snippet${index} LANGUAGES CXX)\n"
    "add_executable(app \"${SOURCE}\")\n${block}\n")
  foreach(step IN ITEMS configure build run)
    if(step STREQUAL "configure")
      set(command "${CMAKE_COMMAND}" -S "${dir}" -B "${dir}/build" -G "${GENERATOR}"
                  "-DCMAKE_CXX_COMPILER=${CXX}" "-DCMAKE_PREFIX_PATH=${PREFIX}")
    elseif(step STREQUAL "build")
      set(command "${CMAKE_COMMAND}" --build "${dir}/build")
    else()
      set(command "${dir}/build/app")
    endif()
    execute_process(COMMAND ${command} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT status EQUAL 0)
      message(FATAL_ERROR "README \"Getting it\" cmake block ${index} fails to ${step}:\n${block}\n---\n${out}")
    endif()
  endforeach()
  message(STATUS "README cmake block ${index}: configured, built and ran")
endforeach()
if(index EQUAL 0)
  message(FATAL_ERROR "no ```cmake block in README.md's \"Getting it\" section")
endif()
