#!/usr/bin/env bash
# Makes the package's runtime with the jlink of JDK (Java 25): only MODULES, without debug data,
# headers and man pages. The application is built for Java 17 and runs on this newer runtime for
# its ahead-of-time cache (see train-aot-cache.sh). OUT is replaced.
# Usage: jlink-runtime.sh JDK MODULES OUT
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: jlink-runtime.sh JDK MODULES OUT" >&2; exit 2; }
jdk="$1" modules="$2" out="$3"
[ -x "$jdk/bin/jlink" ] || { echo "jlink-runtime: no JDK at $jdk (set -Dinstaller.jdk=the Java 25 JDK's folder)" >&2; exit 1; }
version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")"
[ "${version:-0}" -ge 25 ] || { echo "jlink-runtime: $jdk is Java $version; the package needs Java 25 or later" >&2; exit 1; }
rm -rf "$out"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=zip-6 --output "$out"
echo "jlink-runtime: Java $version runtime, $(du -sh "$out" | cut -f1), in $out"
