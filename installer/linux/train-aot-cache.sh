#!/usr/bin/env bash
# Builds the app image's ahead-of-time cache (Java 25, JEP 483/514/515) by a training run: the
# image's own runtime runs io.p1vault.ui.DesktopTraining, which starts the window as a returning
# user sees it up to its first dialog (the unlock dialog of a vault in a throw-away folder), paints
# that dialog off screen without showing it and ends, writing APP/p1vault.aot as it exits: the
# cache holds what the first window needs and no more (the JVM loads a whole cache at every start).
# The cache stays valid after installation (the same runtime, the jar at the same place relative to
# it; a moved image still loads its classes from the cache) once the jar has its time back, which
# the install script restores; installer/smoke-test-deb.sh checks the installed launcher uses the
# cache. Needs an X display ($DISPLAY, or xvfb-run), as the painting does.
# Usage: train-aot-cache.sh IMAGE   (the app image folder, e.g. installer/target/image/p1vault)
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: train-aot-cache.sh IMAGE" >&2; exit 2; }
image="$(cd "$1" && pwd)"
java="$image/lib/runtime/bin/java"
app="$image/lib/app"
jar="$app/p1vault.jar"
cache="$app/p1vault.aot"
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null \
    || { echo "train-aot-cache: no X display: set DISPLAY or install xvfb-run (Debian: xvfb xauth)" >&2; exit 1; }
  exec xvfb-run -a "$0" "$@"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The training writes only in its own folder; Java's own per-user files go to a throw-away home.
export HOME="$work/home"

rm -f "$cache"
# The cache holds the jar's modification time and is refused for another one; jpackage copies the
# image into the .deb without keeping times, so the time is kept beside the cache (whole seconds)
# and the package's install script gives it back to the installed jar (linux/postinst).
stamp="$(stat -c %Y "$jar")"
touch -d "@$stamp" "$jar"
echo "$stamp" >"$app/p1vault.jar-time"
# The class path as the launcher gives it (the jar's absolute path), so the cache matches its runs.
"$java" -XX:AOTCacheOutput="$cache" -Xlog:aot=off -Xlog:cds=off -XX:G1PeriodicGCInterval=5000 \
  -cp "$jar" io.p1vault.ui.DesktopTraining "$work/training" >"$work/training.log" 2>&1 \
  || { cat "$work/training.log" >&2; echo "train-aot-cache: the training run failed" >&2; exit 1; }
# A cache the runtime would refuse is not shipped: the launcher would silently start without it.
"$java" -XX:AOTMode=on -XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off -cp "$jar" -version >/dev/null 2>&1 \
  || { rm -f "$cache"; echo "train-aot-cache: the runtime does not accept the recorded cache" >&2; exit 1; }
echo "train-aot-cache: $(du -h "$cache" | cut -f1) in $cache"
