#!/usr/bin/env bash
# Installs what Qt (offscreen or on screen) and the Chinese user interface need on a
# Debian machine, when it is missing: the shared libraries PySide6 loads (libcups for
# printing among them), a Simplified Chinese TrueType font, and Python's venv module. Each
# need is checked by what the program really loads (a library file, a font family, a
# module, a program), not by a package name, so the check also holds on derivatives that
# name packages differently.
#
#   system-deps.sh           what `make run` needs
#   system-deps.sh --tests   that, plus what only `make test` needs: a CUPS print server
#                            and the virtual PDF printer cups-pdf, which
#                            tests/printing/test_cups_printing.py prints to through the
#                            program's own print path (never on a user's machine by `make run`:
#                            cups-pdf adds a printer queue to the system's print server)
set -euo pipefail

for_tests=""
case "${1:-}" in
    --tests) for_tests=1 ;;
    "") ;;
    *) echo "usage: system-deps.sh [--tests]" >&2; exit 2 ;;
esac

PYTHON=${PYTHON:-python3}
missing=()

# ldconfig lives in /sbin, which is not on an ordinary user's PATH on Debian. The lists are
# read once into variables: `cmd | grep -q` under pipefail fails at random when grep exits
# early and cmd dies of SIGPIPE, which would report present things as missing.
ldconfig=$(command -v ldconfig || command -v /sbin/ldconfig || command -v /usr/sbin/ldconfig || true)
libs=$([ -n "$ldconfig" ] && "$ldconfig" -p 2>/dev/null || true)
have_lib() { grep -qF "$1" <<<"$libs"; }

have_lib 'libglib-2.0.so.0 '   || missing+=(libglib2.0-0)
have_lib 'libGL.so.1 '         || missing+=(libgl1)
have_lib 'libxkbcommon.so.0 '  || missing+=(libxkbcommon0)
have_lib 'libEGL.so.1 '        || missing+=(libegl1)
have_lib 'libfreetype.so.6 '   || missing+=(libfreetype6)
have_lib 'libfontconfig.so.1 ' || missing+=(libfontconfig1)
have_lib 'libdbus-1.so.3 '     || missing+=(libdbus-1-3)
# Qt's printing on Linux goes through CUPS: without libcups its CUPS plugin does not load
# and QPrinter knows no printer at all (the print dialog offers only "print to file").
have_lib 'libcups.so.2 '       || missing+=(libcups2)
# On screen (X11, and XWayland): Qt's xcb platform plugin will not load without these.
have_lib 'libxcb-cursor.so.0 '      || missing+=(libxcb-cursor0)
have_lib 'libxcb-icccm.so.4 '       || missing+=(libxcb-icccm4)
have_lib 'libxcb-image.so.0 '       || missing+=(libxcb-image0)
have_lib 'libxcb-keysyms.so.1 '     || missing+=(libxcb-keysyms1)
have_lib 'libxcb-render-util.so.0 ' || missing+=(libxcb-render-util0)
have_lib 'libxcb-shape.so.0 '       || missing+=(libxcb-shape0)
have_lib 'libxcb-util.so.1 '        || missing+=(libxcb-util1)
have_lib 'libxcb-xkb.so.1 '         || missing+=(libxcb-xkb1)
have_lib 'libxkbcommon-x11.so.0 '   || missing+=(libxkbcommon-x11-0)
fonts=$(fc-list 2>/dev/null || true)
if ! grep -qi 'WenQuanYi Micro Hei' <<<"$fonts"; then
    missing+=(fonts-wqy-microhei fontconfig)
fi
if ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    missing+=(python3-venv)
fi
# PyInstaller (make bundle, tests/test_bundle.py) reads the libraries' dependencies with objdump.
command -v objdump >/dev/null 2>&1 || missing+=(binutils)
# PyInstaller also copies the Python shared library into the bundle. Debian's python3 is
# linked statically, so a bare machine lacks the .so; it comes in libpython3.X, named after
# the version of the Python the Makefile uses. A Python built with --enable-shared (pyenv,
# a source build) keeps the file in its own LIBDIR, which ldconfig does not list.
if pyinfo=$("$PYTHON" -c 'import sysconfig as s; print(s.get_python_version(), s.get_config_var("INSTSONAME") or "", s.get_config_var("LIBDIR") or "")' 2>/dev/null); then
    read -r pyversion pysoname pylibdir <<<"$pyinfo"
    if [ -n "$pysoname" ] && ! have_lib "$pysoname " && [ ! -e "$pylibdir/$pysoname" ]; then
        missing+=("libpython$pyversion")
    fi
fi

# For the tests only: the print server (cupsd), its administration commands (lpadmin,
# lpstat) and cups-pdf's backend, each checked by the file the test runs. Debian installs
# them in /usr/sbin and /usr/lib/cups, which are not on an ordinary user's PATH.
if [ -n "$for_tests" ]; then
    [ -x /usr/sbin/cupsd ] || missing+=(cups-daemon)
    { [ -x /usr/sbin/lpadmin ] && [ -x /usr/bin/lpstat ]; } || missing+=(cups-client)
    # printer-driver-cups-pdf brings with it the rest of the chain the test's jobs take
    # (cups: the PDF filters; ghostscript, which cups-pdf writes its PDF with).
    { [ -e /usr/lib/cups/backend/cups-pdf ] && [ -e /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd ]; } ||
        missing+=(printer-driver-cups-pdf)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "缺少系统组件 / missing system packages: ${missing[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
    echo "This is not a Debian-like system: install the equivalents of the packages above by hand." >&2
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "Run as root, or install them: apt-get install ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
command -v fc-cache >/dev/null 2>&1 && fc-cache -f >/dev/null 2>&1 || true
