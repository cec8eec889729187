# ASan + UBSan for every target (DBW_SANITIZE), and the coverage instrumentation libFuzzer needs
# (DBW_BUILD_FUZZERS), so that one build tree serves the sanitized tests and the fuzzers.
# LibTorch, Qt, SQLite and the other Debian libraries are not instrumented: ASan still sees their
# heap (it replaces malloc), UBSan sees only our code.
if(DBW_BUILD_FUZZERS AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "DBW_BUILD_FUZZERS needs clang (libFuzzer); use the sanitize preset "
                      "(Debian: clang-14 libclang-rt-14-dev)")
endif()
if(DBW_SANITIZE)
  # Any UB stops the program (a test that hits one fails); frame pointers and line tables for
  # readable reports.
  set(dbw_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined)
  add_compile_options(${dbw_sanitizers} -fno-omit-frame-pointer)
  add_link_options(${dbw_sanitizers})
  if(DBW_BUILD_FUZZERS)
    add_compile_options(-fsanitize=fuzzer-no-link)
  endif()
  # ASan replaces malloc; tcmalloc would hide every heap error from it.
  set(DBW_USE_TCMALLOC OFF CACHE BOOL "" FORCE)
  message(STATUS "sanitizers: address, undefined")
elseif(DBW_BUILD_FUZZERS)
  message(FATAL_ERROR "DBW_BUILD_FUZZERS needs DBW_SANITIZE (a fuzzer without ASan misses most bugs)")
endif()
