# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one checker; its absence or any complaint fails the test.
if(NOT TOOL OR NOT EXISTS "${TOOL}")
    message(FATAL_ERROR "checker not installed (run .ci/bootstrap)")
endif()
execute_process(COMMAND ${TOOL} ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TOOL} failed (${rc})")
endif()
# desktop-file-validate exits 0 on hints; any line it prints is a complaint.
if(TOOL MATCHES "desktop-file-validate$" AND NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate complained")
endif()
