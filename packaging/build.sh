#!/usr/bin/env bash
# Build the one-folder bundle dist/crossread/ (no Python needed to run it), pack it as
# dist/crossread-<version>-linux-<arch>.tar.gz with a .sha256, and smoke-test it from a
# directory outside the source tree.
#
#   packaging/build.sh            # uses .venv/bin/python (see README: "Two commands")
#   PYTHON=/path/to/python packaging/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}
[ -x "$PY" ] || { echo "build.sh: $PY not found; create the venv first (README)" >&2; exit 1; }

"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q pyinstaller

# The xcb helper libraries Qt's X11 plugin links, so the bundle carries them (Debian names).
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ] \
  && ! ldconfig -p | grep -q 'libxcb-icccm.so.4'; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 >/dev/null 2>&1 \
    || echo "build.sh: warning: could not install the xcb helper libraries" >&2
fi

VERSION=$("$PY" -c "import importlib.metadata as m; print(m.version('crossread'))")
NAME=crossread-$VERSION-linux-$(uname -m)

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/crossread.spec

# Desktop integration files and licences next to the executable.
BUNDLE=dist/crossread
install -D -m 644 packaging/crossread.desktop "$BUNDLE/share/applications/crossread.desktop"
install -D -m 644 packaging/io.github.crossread.Crossread.metainfo.xml \
  "$BUNDLE/share/metainfo/io.github.crossread.Crossread.metainfo.xml"
for png in resources/icons/hicolor/*/apps/crossread.png; do
  install -D -m 644 "$png" "$BUNDLE/share/icons/${png#resources/icons/}"
done
install -D -m 644 resources/icons/crossread.svg \
  "$BUNDLE/share/icons/hicolor/scalable/apps/crossread.svg"
install -m 755 packaging/install-desktop.sh "$BUNDLE/install-desktop.sh"
install -m 644 LICENSE "$BUNDLE/LICENSE"
install -m 644 resources/model/LICENSE-all-MiniLM-L6-v2.txt "$BUNDLE/LICENSE-all-MiniLM-L6-v2.txt"

rm -f "dist/$NAME.tar.gz" "dist/$NAME.tar.gz.sha256"
tar -C dist -czf "dist/$NAME.tar.gz" crossread
(cd dist && sha256sum "$NAME.tar.gz" > "$NAME.tar.gz.sha256")

# Smoke test, away from the source tree so nothing resolves through it.
EXE=$ROOT/$BUNDLE/crossread
SAMPLE=$ROOT/$BUNDLE/_internal/reader/resources/sample
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(
  cd "$WORK"
  "$EXE" --version
  "$EXE" align "$SAMPLE"/hankyoreh-*.txt "$SAMPLE"/ap-*.txt --format text > align.txt
  grep -q '^method: semantic' align.txt \
    || { echo "build.sh: the bundle did not load the sentence model:" >&2; head -3 align.txt >&2; exit 1; }
  "$EXE" align "$ROOT"/tests/data/pdf/article.pdf "$SAMPLE"/ap-*.txt --format text > pdf.txt \
    || { echo "build.sh: the bundle could not read a PDF article" >&2; exit 1; }
  grep -q 'claim matches' pdf.txt \
    || { echo "build.sh: the bundle matched nothing in a PDF article:" >&2; head -3 pdf.txt >&2; exit 1; }
  "$EXE" align "$ROOT"/tests/data/pdf/restricted.pdf "$SAMPLE"/ap-*.txt --format text > aes.txt \
    || { echo "build.sh: the bundle could not read an AES-encrypted PDF (pycryptodome)" >&2; exit 1; }
  QT_QPA_PLATFORM=offscreen "$EXE" --screenshot shot.png 2> qt.log \
    || { cat qt.log >&2; exit 1; }
  [ -s shot.png ] || { echo "build.sh: no screenshot written" >&2; exit 1; }
)
echo "bundle:  $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
echo "tarball: dist/$NAME.tar.gz ($(du -h "dist/$NAME.tar.gz" | cut -f1))"
cat "dist/$NAME.tar.gz.sha256"
