# Runs cors-decide once and checks its exit status, standard output and standard error.
#
#   cmake -DDECIDE=path/to/cors-decide -DSTDIN=requests.jsonl
#         [-DEXPECTED_EXIT=0]
#         [-DEXPECTED_STDOUT=file | -DSTDOUT_MATCHES=regex]
#         [-DEXPECTED_STDERR=file | -DSTDERR_MATCHES=regex]
#         -P run_case.cmake -- <arguments for cors-decide>
#
# A stream with neither an expected file nor a regex must be empty. The arguments after "--"
# pass through a CMake list, so they must not contain ';' or unbalanced '[' ']'.
# tests/lint runs cors-lint the same way (-DDECIDE names whichever program is under test).
cmake_minimum_required(VERSION 3.25)

if(NOT DEFINED DECIDE OR NOT DEFINED STDIN)
  message(FATAL_ERROR "run_case.cmake needs -DDECIDE=<cors-decide> and -DSTDIN=<file>")
endif()
if(NOT DEFINED EXPECTED_EXIT)
  set(EXPECTED_EXIT 0)
endif()

set(args)
set(after_separator FALSE)
math(EXPR last_index "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last_index})
  if(after_separator)
    list(APPEND args "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(after_separator TRUE)
  endif()
endforeach()

execute_process(
  COMMAND "${DECIDE}" ${args}
  INPUT_FILE "${STDIN}"
  OUTPUT_VARIABLE actual_stdout
  ERROR_VARIABLE actual_stderr
  RESULT_VARIABLE actual_exit)

# Sets `out` to a description of the first line where the text in variable `actual_var`
# differs from the content of `expected_file`, then the whole actual text; empty when equal.
function(compare_with_file out stream actual_var expected_file)
  set(actual "${${actual_var}}")
  file(READ "${expected_file}" expected)
  set(${out} "" PARENT_SCOPE)
  if(actual STREQUAL expected)
    return()
  endif()
  set(line_number 1)
  set(rest_actual "${actual}")
  set(rest_expected "${expected}")
  while(TRUE)
    string(FIND "${rest_actual}" "\n" actual_end)
    string(FIND "${rest_expected}" "\n" expected_end)
    string(SUBSTRING "${rest_actual}" 0 ${actual_end} actual_line)
    string(SUBSTRING "${rest_expected}" 0 ${expected_end} expected_line)
    if(NOT actual_line STREQUAL expected_line OR NOT actual_end EQUAL expected_end OR actual_end EQUAL -1)
      break()
    endif()
    math(EXPR line_number "${line_number} + 1")
    math(EXPR actual_end "${actual_end} + 1")
    math(EXPR expected_end "${expected_end} + 1")
    string(SUBSTRING "${rest_actual}" ${actual_end} -1 rest_actual)
    string(SUBSTRING "${rest_expected}" ${expected_end} -1 rest_expected)
  endwhile()
  # A last line without its newline would otherwise look identical.
  foreach(side IN ITEMS actual expected)
    if(rest_${side} STREQUAL "")
      set(${side}_line "(end of output)")
    elseif(${side}_end EQUAL -1)
      string(APPEND ${side}_line " (no newline at end)")
    endif()
  endforeach()
  string(CONCAT problem "\n${stream} differs from ${expected_file} at line ${line_number}:\n"
                        "  expected: ${expected_line}\n"
                        "  actual:   ${actual_line}\n"
                        "whole ${stream}:\n${actual}")
  set(${out} "${problem}" PARENT_SCOPE)
endfunction()

# Sets `out` to what is wrong with the text in variable `actual_var`: it must equal the
# content of `expected_file`, else match `regex`, else be empty (when both are unset).
function(check_stream out stream actual_var expected_file regex)
  set(actual "${${actual_var}}")
  set(problem "")
  if(NOT expected_file STREQUAL "")
    compare_with_file(problem "${stream}" ${actual_var} "${expected_file}")
  elseif(NOT regex STREQUAL "")
    if(NOT actual MATCHES "${regex}")
      set(problem "\n${stream} does not match /${regex}/:\n${actual}")
    endif()
  elseif(NOT actual STREQUAL "")
    set(problem "\n${stream} should be empty:\n${actual}")
  endif()
  set(${out} "${problem}" PARENT_SCOPE)
endfunction()

set(failures "")
if(NOT actual_exit STREQUAL EXPECTED_EXIT)
  string(APPEND failures "\nexit status: expected ${EXPECTED_EXIT}, got ${actual_exit}")
endif()
check_stream(stdout_problem "standard output" actual_stdout "${EXPECTED_STDOUT}" "${STDOUT_MATCHES}")
check_stream(stderr_problem "standard error" actual_stderr "${EXPECTED_STDERR}" "${STDERR_MATCHES}")
string(APPEND failures "${stdout_problem}${stderr_problem}")

if(NOT failures STREQUAL "")
  list(JOIN args " " shown_args)
  message(FATAL_ERROR "cors-decide ${shown_args} < ${STDIN}${failures}")
endif()
