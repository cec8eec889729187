# Code version recorded with every run: the git description at configure time, or the project
# version when the sources are not a git checkout.
execute_process(
  COMMAND git describe --always --dirty --tags
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  OUTPUT_VARIABLE DBW_GIT_DESCRIBE
  OUTPUT_STRIP_TRAILING_WHITESPACE
  ERROR_QUIET)
if(NOT DBW_GIT_DESCRIBE)
  set(DBW_GIT_DESCRIBE "unknown")
endif()
set(DBW_CODE_VERSION "${PROJECT_VERSION}+${DBW_GIT_DESCRIBE}")
