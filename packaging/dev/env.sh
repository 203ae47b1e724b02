# Shared by ./run and ./test: find Python, install system packages, build .venv.
# Sourced, not executed. Everything it prints starts with "wink:".

WINK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WINK_VENV="$WINK_ROOT/.venv"

# Libraries Qt needs to open a window (xcb) or render offscreen, and a font.
WINK_GUI_PACKAGES="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 fonts-dejavu-core"
# Building the Linux packages: strip (binutils), xz, dpkg-deb (in dpkg, always there).
WINK_BUILD_PACKAGES="binutils xz-utils"
# The real servers the test suite starts, a private Secret Service for the keyring tests,
# Xvfb (the tray tests), Chromium (opens the support guide), and what the package test
# builds and checks the .deb with.
WINK_TEST_PACKAGES="dovecot-imapd dovecot-lmtpd postfix gnome-keyring dbus xvfb chromium
  $WINK_BUILD_PACKAGES desktop-file-utils appstream"

wink_say() { printf 'wink: %s\n' "$*" >&2; }

wink_python() {
    # The first Python >= 3.11 found; $PYTHON wins when set.
    local candidate
    for candidate in ${PYTHON:-} python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    wink_say "Python 3.11 or newer is required (on Debian/Ubuntu: sudo apt-get install python3 python3-venv)."
    return 1
}

wink_missing_debs() {
    # Prints the Debian packages of "$@" that are not installed.
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
            printf '%s ' "$pkg"
    done
}

wink_apt_install() {
    # Installs Debian packages with apt, as root or through passwordless sudo.
    # Returns 1 (having said what to run) when it cannot.
    command -v dpkg-query >/dev/null 2>&1 || {
        wink_say "not a Debian/Ubuntu system: install the equivalents of: $*"
        return 1
    }
    local missing
    missing=$(wink_missing_debs "$@")
    [ -z "$missing" ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo"
        else
            wink_say "please install these system packages, then run this again:"
            wink_say "  sudo apt-get install -y $missing"
            return 1
        fi
    fi
    wink_say "installing system packages: $missing"
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            $missing >/dev/null
}

wink_venv() {
    # Creates or refreshes .venv from requirements.lock (exact, hash-checked versions).
    local python stamp want
    python=$(wink_python) || return 1
    want=$(cat "$WINK_ROOT/requirements.lock" "$WINK_ROOT/pyproject.toml" | sha256sum | cut -c1-64)
    stamp="$WINK_VENV/.wink-installed"
    if [ -x "$WINK_VENV/bin/wink-desktop" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
        return 0
    fi
    if [ ! -x "$WINK_VENV/bin/python" ]; then
        wink_say "creating $WINK_VENV with $python"
        if ! "$python" -m venv "$WINK_VENV" 2>/dev/null; then
            rm -rf "$WINK_VENV"
            wink_apt_install python3-venv || return 1
            "$python" -m venv "$WINK_VENV" || return 1
        fi
    fi
    wink_say "installing Python packages from requirements.lock"
    "$WINK_VENV/bin/python" -m pip install -q --disable-pip-version-check \
        --require-hashes -r "$WINK_ROOT/requirements.lock" &&
        "$WINK_VENV/bin/python" -m pip install -q --disable-pip-version-check \
            --no-deps -e "$WINK_ROOT" &&
        printf '%s\n' "$want" >"$stamp"
}
