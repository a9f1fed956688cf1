#!/usr/bin/env bash
# Builds the packages from a configured build directory and checks them as a user would get
# them: the `cmake --install` layout, the .deb's contents and dependencies, the desktop entry
# and AppStream metainfo, and numdesk-cli started from the installed files.
#   packaging/check-package.sh [BUILD_DIR]     (default build/ci, what `dev.sh test` builds in CI)
# The .deb is unpacked into a scratch root with `dpkg -x` (as root or not; the machine is left
# as it was). Packages are left in BUILD_DIR/packages. JOBS sets the build parallelism.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/ci}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
[ -f "$build/CPackConfig.cmake" ] || {
    echo "check-package: $build is not a configured build directory" >&2
    exit 2
}
build=$(cd "$build" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/numdesk-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

failures=0
fail() { echo "check-package: FAIL: $*" >&2; failures=$((failures + 1)); }
step() { echo "check-package: $*"; }

installed_files=(
    bin/numdesk bin/numdesk-cli bin/numdesk-sandbox
    lib/numdesk/numdesk-geocoder.so
    share/applications/numdesk.desktop
    share/metainfo/io.github.numbersdesk.NumbersDesk.metainfo.xml
    share/icons/hicolor/scalable/apps/numdesk.svg
)

# 1. The installed targets (nothing to do after `dev.sh test`); install does not build "all".
step "building the installed targets in $build"
cmake --build "$build" --parallel "$jobs" --target numdesk numdesk-cli numdesk-sandbox

# 2. cmake --install lays out every file under the prefix.
step "cmake --install into a scratch prefix"
cmake --install "$build" --prefix "$scratch/prefix" >/dev/null
for f in "${installed_files[@]}"; do
    [ -f "$scratch/prefix/$f" ] || fail "cmake --install did not install $f"
done

# 3. CPack: a .deb and a .tar.gz.
step "cpack (DEB, TGZ)"
rm -rf "$build/packages"
(cd "$build" && cpack -B "$build/packages" >"$scratch/cpack.log" 2>&1) || {
    cat "$scratch/cpack.log" >&2
    fail "cpack failed"
    exit 1
}
deb=$(find "$build/packages" -maxdepth 1 -name 'numdesk_*.deb' | head -n 1)
tgz=$(find "$build/packages" -maxdepth 1 -name 'numdesk-*.tar.gz' | head -n 1)
[ -n "$deb" ] || { fail "no .deb in $build/packages"; exit 1; }
[ -n "$tgz" ] || fail "no .tar.gz in $build/packages"

# 4. The .deb's dependencies: the libraries dpkg-shlibdeps found plus the plugins Qt loads at
# run time, and each one satisfied on this machine (where the installed files run below).
depends=$(dpkg-deb -f "$deb" Depends)
step "Depends: $depends"
for needed in libqt6core6 libqt6network6 libqt6sql6 libqt6httpserver6 libqt6widgets6 \
    libqt6keychain1 libsimdjson14 libsqlite3-0 libphonenumber8 libgeocoding8 qt6-qpa-plugins \
    libqt6sql6-sqlite libqt6svg6 libqt6charts6; do
    grep -Eq "(^|[ ,|])$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed"
done
satisfied() { # "name (op version)" is installed here, or provided by an installed package
    local name op version installed
    read -r name op version <<<"$(sed -E 's/[()]//g' <<<"$1")"
    installed=$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null || true)
    case "$installed" in
    "install ok installed "*) ;;
    *) # a virtual package (dpkg-shlibdeps names libphonenumber8-protobuf32, which
       # libphonenumber8 provides); only unversioned dependencies are met this way
        # (the list is read whole before it is searched: `grep -q` stopping early would kill the
        # writers with SIGPIPE, which pipefail reports as a failure, on some runs and not others)
        [ -z "$op" ] || return 1
        local provided
        provided=$(dpkg-query -W -f='${Status}|${Provides}\n' 2>/dev/null |
            grep '^install ok installed|' | cut -d'|' -f2 | tr ',' '\n' | sed -E 's/ *\(.*//; s/^ +//')
        grep -qx -- "$name" <<<"$provided"
        return ;;
    esac
    [ -z "$op" ] || dpkg --compare-versions "${installed##* }" "$op" "$version"
}
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
    ok=false
    IFS='|' read -ra alternatives <<<"$clause"
    for alternative in "${alternatives[@]}"; do
        satisfied "$(xargs <<<"$alternative")" && ok=true && break
    done
    $ok || fail "dependency not satisfied on this machine: $(xargs <<<"$clause")"
done

# 5. The package's files, unpacked into a scratch root.
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for f in "${installed_files[@]}"; do
    [ -f "$root/usr/$f" ] || fail "the .deb lacks /usr/$f"
done
if [ -n "$tgz" ]; then
    listing=$(tar -tzf "$tgz")
    for f in "${installed_files[@]}"; do
        grep -q "/$f\$" <<<"$listing" || fail "the .tar.gz lacks $f"
    done
fi

# 6. Desktop entry and metainfo as installed (validators from install-deps.sh).
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/numdesk.desktop" ||
        fail "desktop-file-validate"
else
    step "desktop-file-validate not installed: desktop entry not validated"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net \
        "$root/usr/share/metainfo/io.github.numbersdesk.NumbersDesk.metainfo.xml" >/dev/null ||
        fail "appstreamcli validate"
else
    step "appstreamcli not installed: metainfo not validated"
fi

# 7. The binaries and the geocoder module carry no path into the build tree and find every
# library on the system. The programs do not link libgeocoding: the module loads it when a
# number's place is first asked for (app/phone/geocodermodule.h).
for f in "$root"/usr/bin/numdesk "$root"/usr/bin/numdesk-cli "$root"/usr/bin/numdesk-sandbox \
    "$root"/usr/lib/numdesk/numdesk-geocoder.so; do
    name=$(basename "$f")
    if readelf -d "$f" | grep -Eq 'RPATH|RUNPATH'; then
        fail "$name has an RPATH/RUNPATH: $(readelf -d "$f" | grep -E 'RPATH|RUNPATH')"
    fi
    missing=$(ldd "$f" | grep 'not found' || true)
    [ -z "$missing" ] || fail "$name: libraries not found: $missing"
    case "$name" in
    *.so) ;;
    *) ! readelf -d "$f" | grep -q 'libgeocoding' || fail "$name links libgeocoding" ;;
    esac
done

# 8. numdesk-cli from the installed files, in a clean environment: no LD_LIBRARY_PATH or
# QT_PLUGIN_PATH (Qt finds its SQLite driver in the system plugin folder), a fresh home.
step "running the installed numdesk-cli --sandbox list --limit 5"
mkdir -p "$scratch/home"
if env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 \
    XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share" \
    timeout 120 "$root/usr/bin/numdesk-cli" --sandbox list --limit 5 --format csv \
    --columns id,number >"$scratch/list.csv" 2>"$scratch/list.err"; then
    rows=$(($(wc -l <"$scratch/list.csv") - 1))
    [ "$rows" -eq 5 ] || fail "numdesk-cli listed $rows numbers, not 5: $(cat "$scratch/list.csv")"
    head -n 3 "$scratch/list.csv"
else
    fail "numdesk-cli exited with $?: $(cat "$scratch/list.err")"
fi

# 9. The installed geocoder module, found from the installed numdesk-cli: the sandbox's search
# names each number's place (New York for area code 212), in the .deb's files and the .tar.gz's.
search_places() { # DIR: the unpacked prefix holding bin/numdesk-cli
    env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 \
        XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share" \
        timeout 120 "$1/bin/numdesk-cli" --sandbox search --country US --prefix 212 --limit 1 \
        >"$scratch/search.txt" 2>"$scratch/search.err" &&
        grep -q 'New York' "$scratch/search.txt" &&
        ! grep -q 'geocoder module' "$scratch/search.err"
}
step "running the installed numdesk-cli --sandbox search (the geocoder module)"
search_places "$root/usr" ||
    fail "no place from the .deb's numdesk-cli: $(cat "$scratch/search.txt" "$scratch/search.err")"
if [ -n "$tgz" ]; then
    mkdir -p "$scratch/tgz"
    tar -xzf "$tgz" -C "$scratch/tgz"
    tgzroot=$(dirname "$(dirname "$(find "$scratch/tgz" -path '*/bin/numdesk-cli' | head -n 1)")")
    search_places "$tgzroot" ||
        fail "no place from the .tar.gz's numdesk-cli: $(cat "$scratch/search.txt" "$scratch/search.err")"
fi
tail -n 1 "$scratch/search.txt"

if [ "$failures" -ne 0 ]; then
    echo "check-package: $failures check(s) failed" >&2
    exit 1
fi
step "ok: $(basename "$deb") ($(du -h "$deb" | cut -f1)), $(basename "${tgz:-none}")"
