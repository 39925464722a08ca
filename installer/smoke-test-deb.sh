#!/usr/bin/env bash
# Smoke test of the Linux package, as CI runs it: builds the .deb (unless one is given), installs it
# with dpkg -i, runs the installed launcher's --version, checks the runtime is Java 25 and the
# launcher loads its classes from the AOT cache built into the package, opens the window on $DISPLAY and checks it appears under the
# desktop entry's window class, then removes the package and checks nothing is left. Prints the
# package and installed sizes. Run as root, with an X display, on a machine without p1vault
# installed; needs xdotool (and fakeroot to build).
# Usage: installer/smoke-test-deb.sh [P1VAULT.DEB]
set -euo pipefail
cd "$(dirname "$0")/.."
install_dir=/opt/p1vault
launcher="$install_dir/bin/p1vault"
desktop_entry=/usr/share/applications/p1vault-p1vault.desktop
window_class=io-p1vault-cli-Main

fail() { echo "smoke-test-deb: FAILED: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "run as root: dpkg -i and dpkg -r need it"
[ -n "${DISPLAY:-}" ] || fail "no X display: set DISPLAY (CI: Xvfb, see .ci/run)"
command -v xdotool >/dev/null || fail "xdotool is missing (Debian: apt-get install xdotool)"
if dpkg-query -W -f='${Status}' p1vault 2>/dev/null | grep -q "install ok installed"; then
  fail "p1vault is installed on this machine already; this test installs and removes it, so remove it first (dpkg -r p1vault)"
fi

deb="${1:-}"
if [ -z "$deb" ]; then
  mvn -B -q -Pinstaller -DskipTests verify
  deb="$(ls installer/target/dist/p1vault_*.deb)"
fi
[ -f "$deb" ] || fail "no package at $deb"

work="$(mktemp -d)"
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  if dpkg-query -W -f='${Status}' p1vault 2>/dev/null | grep -q "ok installed"; then
    dpkg -r p1vault >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# dpkg -i installs no dependencies: the ones a fresh machine lacks come from apt first.
missing=()
for dep in $(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' '); do
  dpkg-query -W -f='${Status}' "$dep" 2>/dev/null | grep -q "install ok installed" || missing+=("$dep")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "smoke-test-deb: installing the package's missing dependencies: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "smoke-test-deb: dpkg -i $deb"
dpkg -i "$deb" >/dev/null
installed_size="$(du -sh "$install_dir" | cut -f1)"

expected="$(java -jar app/target/p1vault.jar --version)"
actual="$("$launcher" --version)"
[ "$actual" = "$expected" ] || fail "$launcher --version printed '$actual', the jar '$expected'"
echo "smoke-test-deb: $launcher --version: $actual"

runtime_version="$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$install_dir/lib/runtime/release")"
[ "${runtime_version%%.*}" -ge 25 ] || fail "the package's runtime is Java $runtime_version, not 25 or later"
[ -f "$install_dir/lib/app/p1vault.aot" ] || fail "the package has no AOT cache ($install_dir/lib/app/p1vault.aot)"
echo "smoke-test-deb: Java $runtime_version runtime"
packaged_entry="$install_dir/lib/p1vault-p1vault.desktop"
grep -qx "StartupWMClass=$window_class" "$packaged_entry" || fail "$packaged_entry does not name the window class $window_class"
icon="$(sed -n 's/^Icon=//p' "$packaged_entry")"
[ -f "$icon" ] || fail "the desktop entry's icon $icon is missing"
# xdg-desktop-menu installs the entry only where a desktop menu exists (CI installs lxmenu-data for one).
if [ -d /etc/xdg/menus ] && [ -d /usr/share/desktop-directories ]; then
  [ -f "$desktop_entry" ] || fail "no desktop entry at $desktop_entry"
  echo "smoke-test-deb: desktop entry $desktop_entry installed"
else
  echo "smoke-test-deb: this system has no desktop menu, so the menu entry is not checked"
fi

mkdir -p "$work/home"
# The packaged cache is trained on the window's start (DesktopTraining): this start must load the
# application's classes from it.
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log" "$launcher" >"$work/app.log" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 1 600); do
  kill -0 "$app_pid" 2>/dev/null || fail "the application exited before showing its window: $(cat "$work/app.log")"
  window="$(xdotool search --onlyvisible --pid "$app_pid" --name '^p1vault' 2>/dev/null | head -1 || true)"
  [ -n "$window" ] && break
  sleep 0.1
done
[ -n "$window" ] || fail "no window named p1vault within 60 s"
xdotool search --pid "$app_pid" --classname "^$window_class\$" | grep -qx "$window" \
  || fail "the window's class is not $window_class, the desktop entry's StartupWMClass, so docks would not match them"
echo "smoke-test-deb: window '$(xdotool getwindowname "$window")' of class $window_class appeared"
grep -q "io.p1vault.ui.DesktopApp source: shared objects file" "$work/classes.log" \
  || fail "the installed launcher does not load the application's classes from the AOT cache built at package time"
echo "smoke-test-deb: the window's start loaded the application's classes from the packaged AOT cache"
kill -TERM "$app_pid"
wait "$app_pid" || true
app_pid=""

dpkg -r p1vault >/dev/null
! dpkg-query -W -f='${Status}' p1vault 2>/dev/null | grep -q "ok installed" || fail "dpkg -r left p1vault installed"
[ ! -e "$install_dir" ] || fail "dpkg -r left $install_dir: $(find "$install_dir" | head -5)"
[ ! -e "$desktop_entry" ] || fail "dpkg -r left $desktop_entry"
echo "smoke-test-deb: removed; $install_dir and the desktop entry are gone"

echo "smoke-test-deb: passed. Package $(basename "$deb"): $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes); installed: $installed_size in $install_dir"
