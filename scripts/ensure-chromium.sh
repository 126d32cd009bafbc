#!/usr/bin/env bash
# Makes sure the tools the tests drive are there: Debian's Chromium (browser tests, PDF export) and
# poppler-utils + qpdf (PDF inspection). Installs them with apt-get when missing and we are root;
# otherwise says how to get them. Never downloads a browser of its own.
set -euo pipefail
missing=()
if ! { [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; } && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
command -v pdffonts >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing with apt-get: ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Missing: ${missing[*]}. Install them with 'sudo apt-get install ${missing[*]}' (or set CHROME_PATH to a Chrome/Chromium binary)." >&2
exit 1
