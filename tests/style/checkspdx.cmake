# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source, build and script file names its licence in an SPDX header near its top.
file(GLOB_RECURSE files
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h ${SOURCE_DIR}/tests/*.sh
    ${SOURCE_DIR}/tests/*.cmake ${SOURCE_DIR}/translations/*.cpp ${SOURCE_DIR}/translations/*.h
    ${SOURCE_DIR}/*/CMakeLists.txt ${SOURCE_DIR}/packaging/*.sh)
list(APPEND files ${SOURCE_DIR}/CMakeLists.txt ${SOURCE_DIR}/.ci/run ${SOURCE_DIR}/.ci/bootstrap)
list(FILTER files EXCLUDE REGEX "/tests/fuzz/corpus/|/core/simulator/practice-pki/")
set(missing)
foreach(f IN LISTS files)
    file(READ ${f} head LIMIT 400)
    if(NOT head MATCHES "SPDX-License-Identifier: GPL-3.0-or-later")
        file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
        list(APPEND missing ${rel})
    endif()
endforeach()
list(LENGTH files count)
if(count LESS 100)
    message(FATAL_ERROR "only ${count} files found: the check would prove nothing")
endif()
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "files without an SPDX licence header:\n  ${text}")
endif()
message("${count} files carry an SPDX licence header")
