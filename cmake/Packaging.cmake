# `cpack -G DEB` in the build directory makes teleterm_VERSION_ARCH.deb from what `cmake --install`
# installs: the window, teleterm-daemon, teleterm-ptyhost, teleterm-cli, the desktop entry, the
# AppStream metainfo and the icons. The QML and the translations are inside the window's binary.
# teleterm-sandbox is a development tool in a component of its own that is not installed by
# default (`cmake --install build --component sandbox` installs it), so the package leaves it out;
# tests and benchmarks are never installed.
set(CPACK_PACKAGE_NAME teleterm)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Teleterm developers")
set(CPACK_PACKAGE_CONTACT "The Teleterm developers <maintainers@teleterm.dev>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://teleterm.dev")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "native desktop client for Teleport clusters")
# Debian's long description: lines of at most 80 columns (dpkg indents each by one space).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Teleterm gives every Teleport cluster you log in to one window: the servers,"
    "databases, Kubernetes clusters and apps in them, terminal tabs (local shells"
    "and OpenSSH sessions through the cluster's proxy, which live on when the"
    "window restarts), and local database proxies that psql or DBeaver can use."
    "teleterm-cli does the same work at a shell.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The programs link no library of ours (every one is static) and find the system's where the
# system keeps them: no RUNPATH, whatever KDECMakeSettings and Qt would add for a relocatable
# install (it came out as "/usr/:$ORIGIN:$ORIGIN/../lib/x86_64-linux-gnu").
set_target_properties(teleterm teleterm-daemon teleterm-ptyhost teleterm-cli PROPERTIES INSTALL_RPATH "" INSTALL_RPATH_USE_LINK_PATH OFF)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the programs link come from dpkg-shlibdeps (dpkg-dev); what they load or run at
# run time is listed by hand: the QML modules the views import (qml/, and the Basic style's
# templates), the platform plugins that put a window on X11 (Wayland is a recommendation), and
# OpenSSH's client, which every SSH tab runs.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(TELETERM_DEB_DEPENDS
    openssh-client
    qt6-qpa-plugins
    qml6-module-qtqml
    qml6-module-qtqml-workerscript
    qml6-module-qtquick
    qml6-module-qtquick-window
    qml6-module-qtquick-controls
    qml6-module-qtquick-templates
    qml6-module-qtquick-layouts)
list(JOIN TELETERM_DEB_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# psql, the client most often pointed at a database gateway; Wayland's platform plugin, for a
# native window on a Wayland session (without it Qt falls back to XWayland); Qt's translations of
# the Controls' standard texts, for a window in another language than English; Qt Virtual Keyboard
# (its QML module, which the window loads only when it is in use, the input method plugin that
# QT_IM_MODULE=qtvirtualkeyboard names, and Qt.labs.folderlistmodel, which its keyboard imports
# though Debian's package does not depend on it), for a tablet without a keyboard.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "postgresql-client, qt6-wayland, qt6-translations-l10n, qml6-module-qtquick-virtualkeyboard, qt6-virtualkeyboard-plugin, qml6-module-qt-labs-folderlistmodel")

include(CPack)
