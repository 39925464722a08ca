#!/usr/bin/env bash
# Builds the macOS disk image from the app image the installer module made (p1vault.app), signing the
# app with the hardened runtime, then the .dmg, and notarizing it when the credentials are in the
# environment:
#   P1VAULT_MACOS_CERTIFICATE           "Developer ID Application" certificate with its key, base64 .p12
#   P1VAULT_MACOS_CERTIFICATE_PASSWORD  its password
#   P1VAULT_MACOS_SIGNING_IDENTITY      e.g. "Developer ID Application: Example Ltd (TEAMID1234)"
#   P1VAULT_NOTARY_APPLE_ID, P1VAULT_NOTARY_TEAM_ID, P1VAULT_NOTARY_PASSWORD (an app-specific password)
# Without a certificate the .dmg is unsigned (first start: right-click > Open) and a warning says so;
# without the notary credentials it is signed but not notarized, also with a warning.
# Usage: package-dmg.sh APP_IMAGE DEST VERSION
set -euo pipefail
app="$1" dest="$2" version="$3"
here="$(cd "$(dirname "$0")" && pwd)"

warn() {
  # GitHub Actions shows ::warning:: lines on the run's summary page.
  if [ -n "${GITHUB_ACTIONS:-}" ]; then echo "::warning::$*"; else echo "warning: $*" >&2; fi
}

keychain=""
cleanup() { [ -n "$keychain" ] && security delete-keychain "$keychain" 2>/dev/null || true; }
trap cleanup EXIT

if [ -n "${P1VAULT_MACOS_CERTIFICATE:-}" ]; then
  # A keychain of its own for this build, deleted at exit, so the key never lands in the login keychain.
  keychain="$(mktemp -d)/p1vault-signing.keychain-db"
  keychain_password="$(uuidgen)"
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 3600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  p12="$(dirname "$keychain")/certificate.p12"
  printf '%s' "$P1VAULT_MACOS_CERTIFICATE" | base64 --decode > "$p12"
  security import "$p12" -k "$keychain" -P "${P1VAULT_MACOS_CERTIFICATE_PASSWORD:-}" -T /usr/bin/codesign
  rm -f "$p12"
  security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" >/dev/null
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  # Inside out: the runtime's libraries and launchers first, then the bundle, with the hardened runtime
  # (notarization requires it) and the entitlements a JVM needs.
  find "$app" -type f \( -name '*.dylib' -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
      --keychain "$keychain" --sign "$P1VAULT_MACOS_SIGNING_IDENTITY"
  codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
    --keychain "$keychain" --sign "$P1VAULT_MACOS_SIGNING_IDENTITY" "$app"
  codesign --verify --deep --strict "$app"
else
  warn "P1VAULT_MACOS_CERTIFICATE is not set: p1vault.app and the .dmg are NOT signed or notarized"
fi

mkdir -p "$dest"
jpackage --type dmg --app-image "$app" --dest "$dest" --name p1vault --app-version "$version"
dmg="$dest/p1vault-$version.dmg"

if [ -n "$keychain" ]; then
  codesign --force --timestamp --keychain "$keychain" --sign "$P1VAULT_MACOS_SIGNING_IDENTITY" "$dmg"
  if [ -n "${P1VAULT_NOTARY_APPLE_ID:-}" ] && [ -n "${P1VAULT_NOTARY_TEAM_ID:-}" ] && [ -n "${P1VAULT_NOTARY_PASSWORD:-}" ]; then
    xcrun notarytool submit "$dmg" --apple-id "$P1VAULT_NOTARY_APPLE_ID" --team-id "$P1VAULT_NOTARY_TEAM_ID" \
      --password "$P1VAULT_NOTARY_PASSWORD" --wait
    xcrun stapler staple "$dmg"
  else
    warn "P1VAULT_NOTARY_* is not set: the .dmg is signed but NOT notarized (Gatekeeper will warn)"
  fi
fi
echo "$dmg"
