cmake_minimum_required(VERSION 3.25)
# The README is the entry point, not the reference:
#   CHECK=length  README.md has at most MAX_LINES lines (the reference lives in docs/);
#   CHECK=layout  its "## Layout" section names every file under include/ (as include/...) and
#                 every top-level folder (as name/); the failure lists each one it misses.
#   cmake -DCHECK=layout -DREADME=README.md -DSOURCE_DIR=. -P check_readme_shape.cmake
file(READ "${README}" readme)

if(CHECK STREQUAL "length")
  string(REGEX MATCHALL "\n" newlines "${readme}")
  list(LENGTH newlines lines)
  if(lines GREATER MAX_LINES)
    message(FATAL_ERROR "README.md has ${lines} lines, more than ${MAX_LINES}: move reference material to docs/")
  endif()
  message(STATUS "README.md: ${lines} lines (at most ${MAX_LINES})")
  return()
endif()

if(NOT CHECK STREQUAL "layout")
  message(FATAL_ERROR "CHECK must be length or layout")
endif()
include("${CMAKE_CURRENT_LIST_DIR}/markdown.cmake")
markdown_section("${readme}" "Layout" layout)
# Names end at a space, a backtick or the end of a line: include/cors/x.hpp never counts as
# named by include/cors/x.hpp.in.
string(REGEX REPLACE "[`\n\t]" " " layout " ${layout} ")

file(GLOB_RECURSE headers RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/include/*")
# Top-level folders: what git tracks (build trees and scratch folders are not part of the
# layout); without git, every folder but build*.
set(folders)
find_program(GIT git)
if(GIT AND EXISTS "${SOURCE_DIR}/.git")
  execute_process(COMMAND "${GIT}" -C "${SOURCE_DIR}" ls-files OUTPUT_VARIABLE tracked RESULT_VARIABLE status)
endif()
if(GIT AND EXISTS "${SOURCE_DIR}/.git" AND status EQUAL 0)
  string(REPLACE "\n" ";" tracked "${tracked}")
  foreach(file IN LISTS tracked)
    if(file MATCHES "^([^/]+/)")
      list(APPEND folders "${CMAKE_MATCH_1}")
    endif()
  endforeach()
else()
  file(GLOB children LIST_DIRECTORIES true RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/*" "${SOURCE_DIR}/.ci")
  foreach(child IN LISTS children)
    if(IS_DIRECTORY "${SOURCE_DIR}/${child}" AND NOT child MATCHES "^(build|\\.git$)")
      list(APPEND folders "${child}/")
    endif()
  endforeach()
endif()
list(REMOVE_DUPLICATES folders)

set(missing)
foreach(name IN LISTS headers folders)
  string(FIND "${layout}" " ${name} " found)
  if(found EQUAL -1)
    list(APPEND missing "${name}")
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " text)
  message(FATAL_ERROR "README.md's Layout section does not name:\n  ${text}")
endif()
list(LENGTH headers header_count)
list(LENGTH folders folder_count)
message(STATUS "README.md's Layout names all ${header_count} files under include/ and ${folder_count} top-level folders")
