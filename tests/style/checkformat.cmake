# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of the tree differs from what the project's .clang-format makes of it.
# cmake -DCLANG_FORMAT=<program> -DSOURCE_DIR=<tree> -P checkformat.cmake
if(NOT CLANG_FORMAT OR NOT EXISTS "${CLANG_FORMAT}")
    message(FATAL_ERROR "clang-format not found: install it (./.ci/bootstrap does) and configure "
                        "again")
endif()
set(files)
foreach(dir app core ui tests)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h")
    list(APPEND files ${found})
endforeach()
list(LENGTH files count)
if(count LESS 50)
    message(FATAL_ERROR "only ${count} C++ files found under ${SOURCE_DIR}: wrong source directory?")
endif()
set(bad)
foreach(file ${files})
    execute_process(COMMAND "${CLANG_FORMAT}" --style=file --dry-run --Werror "${file}"
                    WORKING_DIRECTORY "${SOURCE_DIR}"
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
        list(APPEND bad "${rel}")
    endif()
endforeach()
if(bad)
    list(JOIN bad "\n  " listed)
    message(FATAL_ERROR "not formatted with the project's .clang-format (run clang-format -i on "
                        "them):\n  ${listed}")
endif()
message(STATUS "${count} files formatted as .clang-format asks")
