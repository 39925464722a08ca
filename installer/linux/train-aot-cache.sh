#!/usr/bin/env bash
# Builds the app image's ahead-of-time cache (Java 25, JEP 483/514/515) by a training run: the
# image's own runtime starts the window as a returning user sees it (the unlock dialog of the last
# vault), is ended once that shows, and writes APP/p1vault.aot as it exits. The cache stays valid
# after installation (the same runtime, the jar at the same place relative to it; a moved image
# still loads its classes from the cache) once the jar has its time back, which the install
# script restores; installer/smoke-test-deb.sh checks the installed launcher uses the cache. Needs an X display ($DISPLAY, or
# xvfb-run) and xdotool.
# Usage: train-aot-cache.sh IMAGE   (the app image folder, e.g. installer/target/image/p1vault)
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: train-aot-cache.sh IMAGE" >&2; exit 2; }
image="$(cd "$1" && pwd)"
java="$image/lib/runtime/bin/java"
app="$image/lib/app"
jar="$app/p1vault.jar"
cache="$app/p1vault.aot"
command -v xdotool >/dev/null || { echo "train-aot-cache: xdotool is missing (Debian: apt-get install xdotool)" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null \
    || { echo "train-aot-cache: no X display: set DISPLAY or install xvfb-run (Debian: xvfb xauth)" >&2; exit 1; }
  exec xvfb-run -a "$0" "$@"
fi

work="$(mktemp -d)"
trap 'kill "${app_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME/p1vault"
P1VAULT_PASSPHRASE=training "$java" -jar "$jar" init --vault "$work/vault.age" --work-factor 10 >/dev/null 2>&1
printf '{"recentVaults":["%s"]}\n' "$work/vault.age" >"$XDG_CONFIG_HOME/p1vault/settings.json"

rm -f "$cache"
# The cache holds the jar's modification time and is refused for another one; jpackage copies the
# image into the .deb without keeping times, so the time is kept beside the cache (whole seconds)
# and the package's install script gives it back to the installed jar (linux/postinst).
stamp="$(stat -c %Y "$jar")"
touch -d "@$stamp" "$jar"
echo "$stamp" >"$app/p1vault.jar-time"
# The class path as the launcher gives it (the jar's absolute path), so the cache matches its runs.
"$java" -XX:AOTCacheOutput="$cache" -Xlog:aot=off -Xlog:cds=off -XX:G1PeriodicGCInterval=5000 \
  -cp "$jar" io.p1vault.cli.Main >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do
  kill -0 "$app_pid" 2>/dev/null || { echo "train-aot-cache: the application exited before showing its window" >&2; exit 1; }
  xdotool search --onlyvisible --pid "$app_pid" --name Unlock >/dev/null 2>&1 && break
  sleep 0.1
done
xdotool search --onlyvisible --pid "$app_pid" --name Unlock >/dev/null \
  || { echo "train-aot-cache: no unlock window within 60 s" >&2; exit 1; }
sleep 1  # the first paint completes
kill -TERM "$app_pid"
wait "$app_pid" || true
app_pid=
# A cache the runtime would refuse is not shipped: the launcher would silently start without it.
"$java" -XX:AOTMode=on -XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off -cp "$jar" -version >/dev/null 2>&1 \
  || { rm -f "$cache"; echo "train-aot-cache: the runtime does not accept the recorded cache" >&2; exit 1; }
echo "train-aot-cache: $(du -h "$cache" | cut -f1) in $cache"
