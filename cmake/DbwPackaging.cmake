# The Debian package (cpack -G DEB in the build folder, or `cmake --build build --target package`):
# programs, the sentencepiece module, the demo corpus, desktop entry, icons, AppStream metainfo,
# man pages and bash completion made from dbw's --help, copyright and changelog.
set(dbw_packaging ${PROJECT_SOURCE_DIR}/packaging)
set(dbw_generated ${CMAKE_BINARY_DIR}/packaging)

# Man pages and bash completion, from `dbw ... --help` each time dbw is rebuilt.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_custom_command(
    OUTPUT ${dbw_generated}/man1/dbw.1.gz ${dbw_generated}/bash-completion/dbw
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${dbw_generated}/man1
    COMMAND ${Python3_EXECUTABLE} ${dbw_packaging}/manpages.py $<TARGET_FILE:dbw> ${dbw_generated} ${PROJECT_VERSION}
            $<$<TARGET_EXISTS:diffusionbert-workbench>:$<TARGET_FILE:diffusionbert-workbench>>
    DEPENDS dbw dbw_spm ${dbw_packaging}/manpages.py $<$<TARGET_EXISTS:diffusionbert-workbench>:diffusionbert-workbench>
    COMMENT "Man pages and bash completion from dbw --help"
    VERBATIM)
  add_custom_target(dbw_manpages ALL DEPENDS ${dbw_generated}/man1/dbw.1.gz ${dbw_generated}/bash-completion/dbw)
  install(DIRECTORY ${dbw_generated}/man1 DESTINATION share/man)
  install(FILES ${dbw_generated}/bash-completion/dbw DESTINATION share/bash-completion/completions)
else()
  message(WARNING "python3 not found: the package will have no man pages or bash completion")
endif()

# Debian wants the changelog compressed without a name or time stamp (gzip -9n).
add_custom_command(
  OUTPUT ${dbw_generated}/changelog.gz
  COMMAND sh -c "gzip -9n -c '${dbw_packaging}/debian/changelog' > '${dbw_generated}/changelog.gz'"
  DEPENDS ${dbw_packaging}/debian/changelog
  VERBATIM)
add_custom_target(dbw_changelog ALL DEPENDS ${dbw_generated}/changelog.gz)
install(FILES ${dbw_generated}/changelog.gz ${dbw_packaging}/debian/copyright DESTINATION share/doc/diffusionbert-workbench)

if(DBW_BUILD_GUI)
  # The icon in the hicolor sizes, rendered from the SVG by Qt Svg at build time.
  add_executable(dbw_render_icon ${dbw_packaging}/render_icon.cpp)
  target_link_libraries(dbw_render_icon PRIVATE Qt6::Gui Qt6::Svg)
  set(dbw_icon ${PROJECT_SOURCE_DIR}/resources/icons/diffusionbert-workbench.svg)
  set(dbw_icon_sizes 16 22 24 32 48 64 128 256 512)
  set(dbw_icon_pngs)
  foreach(size IN LISTS dbw_icon_sizes)
    list(APPEND dbw_icon_pngs ${dbw_generated}/icons/${size}x${size}/apps/diffusionbert-workbench.png)
  endforeach()
  add_custom_command(
    OUTPUT ${dbw_icon_pngs}
    COMMAND dbw_render_icon ${dbw_icon} ${dbw_generated}/icons ${dbw_icon_sizes}
    DEPENDS dbw_render_icon ${dbw_icon}
    COMMENT "Icon PNGs from the SVG"
    VERBATIM)
  add_custom_target(dbw_icons ALL DEPENDS ${dbw_icon_pngs})
  install(DIRECTORY ${dbw_generated}/icons/ DESTINATION share/icons/hicolor)
  install(FILES ${dbw_icon} DESTINATION share/icons/hicolor/scalable/apps)
  install(FILES ${dbw_packaging}/debian/io.github.diffusionbert.workbench.desktop DESTINATION share/applications)
  install(FILES ${dbw_packaging}/debian/io.github.diffusionbert.workbench.metainfo.xml DESTINATION share/metainfo)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME diffusionbert-workbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "DiffusionBERT Workbench developers")
set(CPACK_PACKAGE_CONTACT "DiffusionBERT Workbench developers <developers@diffusionbert-workbench.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for discrete diffusion language models (DiffusionBERT)")
# The extended description (the summary above is its first line); CPack indents it for control.
set(CPACK_PACKAGE_DESCRIPTION "A Qt desktop workbench and a command-line tool, dbw, over one LibTorch
engine for absorbing-state discrete diffusion language models: BERT trained
to reverse a process that replaces tokens by [MASK], with the spindle noise
schedule. Train with live charts, step through the reverse process token by
token, bound likelihoods, compare runs kept in a SQLite history and export
samples. Includes the Brown corpus as a demo.")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # dependencies from the linked libraries (dpkg-shlibdeps)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libopenblas0-openmp, fonts-wqy-microhei | fonts-noto-cjk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
