#!/usr/bin/env bash
# Runs a command on a virtual X display with a window manager, as .ci/run does (robot-driven GUI tests
# lose clicks without one). For the Linux job of .github/workflows/release.yml.
# Usage: installer/ci/with-display.sh COMMAND [ARG...]
set -euo pipefail
display=":${P1VAULT_CI_DISPLAY:-99}"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/tmp/p1vault-xvfb.log 2>&1 &
xvfb_pid=$!
trap 'kill "${wm_pid:-}" "$xvfb_pid" 2>/dev/null || true' EXIT
export DISPLAY="$display"
for _ in $(seq 1 50); do
  [ -e "/tmp/.X11-unix/X${display#:}" ] && break
  sleep 0.1
done
openbox >/tmp/p1vault-openbox.log 2>&1 &
wm_pid=$!
sleep 1
"$@"
