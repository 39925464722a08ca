#!/usr/bin/env bash
# Records the classes a desktop start loads into LIST: JAVA runs JAR and opens the window as a
# returning user sees it (the unlock dialog of the last vault), and is ended once it shows. The
# .deb's install script makes the class-data archive from this list with the installed runtime
# (see postinst). Needs an X display ($DISPLAY, or xvfb-run) and xdotool.
# Usage: record-class-list.sh JAVA JAR LIST
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: record-class-list.sh JAVA JAR LIST" >&2; exit 2; }
java="$1"
jar="$2"
list="$3"
for tool in xdotool; do
  command -v "$tool" >/dev/null || { echo "record-class-list: $tool is missing (Debian: apt-get install $tool)" >&2; exit 1; }
done
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null \
    || { echo "record-class-list: no X display: set DISPLAY or install xvfb-run (Debian: xvfb xauth)" >&2; exit 1; }
  exec xvfb-run -a "$0" "$@"
fi

work="$(mktemp -d)"
trap 'kill "${app_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME/p1vault"
P1VAULT_PASSPHRASE=recording "$java" -jar "$jar" init --vault "$work/vault.age" --work-factor 10 >/dev/null 2>&1
printf '{"recentVaults":["%s"]}\n' "$work/vault.age" >"$XDG_CONFIG_HOME/p1vault/settings.json"

"$java" -Xshare:off -XX:DumpLoadedClassList="$work/classlist" -jar "$jar" &
app_pid=$!
for _ in $(seq 1 600); do
  kill -0 "$app_pid" 2>/dev/null || { echo "record-class-list: the application exited before showing its window" >&2; exit 1; }
  xdotool search --onlyvisible --pid "$app_pid" --name Unlock >/dev/null 2>&1 && break
  sleep 0.1
done
xdotool search --onlyvisible --pid "$app_pid" --name Unlock >/dev/null \
  || { echo "record-class-list: no unlock window within 60 s" >&2; exit 1; }
sleep 1  # the first paint completes
kill -TERM "$app_pid"
wait "$app_pid" || true
app_pid=
[ -s "$work/classlist" ] || { echo "record-class-list: no classes were recorded" >&2; exit 1; }
cp "$work/classlist" "$list"
echo "record-class-list: $(grep -vc '^#' "$list") classes in $list"
