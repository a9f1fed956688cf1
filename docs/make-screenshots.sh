#!/usr/bin/env bash
# Makes the README's and the issues' screenshots: runs the window and dialog GUI tests under Xvfb
# (a real X server, so fonts and style are what a desktop shows) and keeps their grabs.
#   docs/make-screenshots.sh [BUILD_DIR]     (default build/dev, built with the tests)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
for test in tst_mainwindow tst_buynumberdialog tst_editnumbersdialog tst_unrentdialog \
    tst_exportdialog tst_accountsdialog tst_uilanguage; do
    NUMDESK_SCREENSHOT_DIR="$shots" xvfb-run -a -s '-screen 0 1440x900x24' \
        "$build/tests/$test" >/dev/null
done
cp "$shots/main-window-activity.png" docs/screenshots/main-window.png
cp "$shots/buy-dialog.png" docs/screenshots/buy-dialog.png
# The screens issue 14 changed.
for shot in main-window-empty main-window-de buy-dialog-refused edit-several-confirm \
    unrent-protected export-dialog-formula-warning accounts-notice accounts-notice-de; do
    cp "$shots/$shot.png" "docs/screenshots/$shot.png"
done
ls docs/screenshots
