# Install rules and the Debian package (CPack). Included once, last, from the
# top-level CMakeLists.txt, so every target exists here.
#   cmake --install build --prefix /usr     # into a system or DESTDIR
#   cd build && cpack -G DEB                 # skopos_<version>-1_<arch>.deb
include(GNUInstallDirs)

set(SKOPOS_APP_ID io.github.skopos)
set(SKOPOS_PKG_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(SKOPOS_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/skopos)

install(TARGETS skopos-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The confined reader helper (core/sandbox), found from bindir like skopos-gui.
install(TARGETS skopos-reader RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/skopos)
if(TARGET skopos)
  install(TARGETS skopos RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # The window, started by `skopos` (not a command of its own); the launcher
  # finds it from bindir by the relative path app/CMakeLists.txt compiles in.
  install(TARGETS skopos-gui RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/skopos)
  install(FILES ${SKOPOS_PKG_DIR}/${SKOPOS_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${SKOPOS_PKG_DIR}/${SKOPOS_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${SKOPOS_PKG_DIR}/${SKOPOS_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
          RENAME ${SKOPOS_APP_ID}.xml)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/skopos.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  # The app loads its translations from its resources (qt_add_translations
  # embeds them); the compiled .qm files are installed as well so packagers
  # and translators find them. Globbed at install time: whatever
  # translations/*.ts the build compiled.
  install(CODE "
    file(GLOB _skopos_qm \"${CMAKE_BINARY_DIR}/ui/skopos_*.qm\")
    if(_skopos_qm)
      file(INSTALL \${_skopos_qm} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/skopos/translations\")
    endif()")
endif()
# Man pages, gzipped as Debian policy wants (-n: no timestamp, reproducible).
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/packaging)
foreach(page skopos.1 skopos-cli.1)
  execute_process(COMMAND gzip -n -9 -c ${SKOPOS_PKG_DIR}/${page}
                  OUTPUT_FILE ${CMAKE_BINARY_DIR}/packaging/${page}.gz COMMAND_ERROR_IS_FATAL ANY)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${SKOPOS_PKG_DIR}/${page})
endforeach()

# Debian wants copyright and a gzipped changelog.Debian (no timestamp: -n).
set(SKOPOS_MAINTAINER "Skopos maintainers <maintainers@users.noreply.r-seed-d88d699e.example>")
string(TIMESTAMP SKOPOS_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${SKOPOS_PKG_DIR}/changelog.Debian.in ${CMAKE_BINARY_DIR}/packaging/changelog.Debian @ONLY)
execute_process(COMMAND gzip -n -9 -c ${CMAKE_BINARY_DIR}/packaging/changelog.Debian
                OUTPUT_FILE ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz COMMAND_ERROR_IS_FATAL ANY)
install(FILES ${SKOPOS_PKG_DIR}/copyright ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz
        DESTINATION ${SKOPOS_DOC_DIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME skopos)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Skopos developers")
set(CPACK_PACKAGE_CONTACT "${SKOPOS_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "inspect machine-learning model files without running them")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${SKOPOS_PKG_DIR}/description.txt)
file(READ ${SKOPOS_PKG_DIR}/description.txt CPACK_DEBIAN_PACKAGE_DESCRIPTION)
# CPack puts the summary first and indents these lines (blank -> " .").
string(STRIP "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}" CPACK_DEBIAN_PACKAGE_DESCRIPTION)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SKOPOS_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/skopos/skopos)
# Run-time dependencies come from the binaries' ELF needs (dpkg-shlibdeps).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
