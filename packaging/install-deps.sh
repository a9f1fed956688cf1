#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu packages Numbers Desk needs to build, run and test.
# Only what is missing is installed; safe to run again. Needs root or sudo.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libgl-dev
    qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-sqlite qtkeychain-qt6-dev
    libphonenumber-dev libsimdjson-dev libsqlite3-dev
    clang libclang-rt-14-dev clang-format
    xvfb xauth fonts-dejavu-core
    curl wget ca-certificates tzdata
    jq stress-ng
    desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are present"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo=sudo
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
