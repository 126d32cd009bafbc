#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests: installs it with apt-get when
# missing and we are root; otherwise says how to get it. Never downloads a browser of its own.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium with apt-get…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is missing: run 'sudo apt-get install chromium', or set CHROME_PATH to a Chrome/Chromium binary." >&2
exit 1
