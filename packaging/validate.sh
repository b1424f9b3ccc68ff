#!/usr/bin/env bash
# Validate the desktop entry and the AppStream metainfo (Debian: desktop-file-utils,
# appstream; installed here when missing and running as root).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      desktop-file-utils appstream >/dev/null 2>&1 || true
  fi
fi
desktop-file-validate crossread.desktop
appstreamcli validate --no-net io.github.crossread.Crossread.metainfo.xml
echo "validate: ok"
