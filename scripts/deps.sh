#!/usr/bin/env bash
# Installs the Debian packages phi-milter builds and tests with, only those missing.
# Idempotent: runs `apt-get update` once, and only when something must be installed.
set -euo pipefail
pkgs=(pkg-config libpcre2-dev libicu-dev libarchive-dev libmilter-dev
      poppler-utils tesseract-ocr tesseract-ocr-eng tnef antiword catdoc
      ripgrep postfix swaks miltertest python3 python3-venv python3-yaml bc time
      dpkg-dev lintian logrotate man-db systemd prometheus curl haproxy)
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "deps: installing ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "deps: swift is not on PATH (Swift 6 toolchain required)"; exit 1; }
