#!/usr/bin/env bash
# Makes dist/wink-desktop-<version>-macos.dmg from "dist/Wink Desktop.app" (built by the
# spec's BUNDLE step), signing and notarizing it when the credentials are set.
# NOT RUN ON OUR MACHINES (Linux only): the CI workflow runs it on macos-latest.
# Steps and variables: packaging/macos/README.md.
set -euo pipefail
version=${1:?usage: make-dmg.sh VERSION}
root=$(cd "$(dirname "$0")/../.." && pwd)
app="$root/dist/Wink Desktop.app"
dmg="$root/dist/wink-desktop-$version-macos.dmg"
entitlements="$root/packaging/macos/entitlements.plist"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    # Hardened runtime (required for notarization), every nested binary signed.
    codesign --force --deep --options runtime --timestamp \
        --entitlements "$entitlements" --sign "$MACOS_SIGN_IDENTITY" "$app"
    codesign --verify --strict --verbose=2 "$app"
else
    echo "make-dmg: MACOS_SIGN_IDENTITY not set: the app is not signed (Gatekeeper will refuse it)" >&2
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "Wink Desktop" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
else
    echo "make-dmg: APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD not set: not notarized" >&2
fi
echo "make-dmg: $dmg"
