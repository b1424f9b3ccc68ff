#!/usr/bin/env bash
# Build the wheel from a copy of the source tree, install it into a fresh venv (its
# dependencies come from PyPI) and run the installed copy from outside the source tree:
# `crossread --version`, `crossread align` on the packaged sample pair (the sentence model
# must load) and `crossread --screenshot` offscreen.
#
#   packaging/check-wheel.sh      # uses .venv/bin/python to build (needs the [dev] extra)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mkdir "$WORK/src"
tar -c --exclude=__pycache__ --exclude='*.pyc' pyproject.toml README.md LICENSE reader resources \
  | tar -x -C "$WORK/src"
(cd "$WORK/src" && "$PY" -m build --wheel --no-isolation -o "$WORK/wheel" . > "$WORK/build.log" 2>&1) \
  || { tail -30 "$WORK/build.log" >&2; exit 1; }
WHEEL=$(ls "$WORK"/wheel/crossread-*.whl)
echo "wheel: $(basename "$WHEEL") ($(du -h "$WHEEL" | cut -f1))"

"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q --disable-pip-version-check "$WHEEL"

cd "$WORK"  # away from the source tree: everything must come from the installed wheel
BIN=$WORK/venv/bin
SAMPLE=$("$BIN/python" -c \
  "import importlib.resources as r; print(r.files('reader.resources') / 'sample')")
case "$SAMPLE" in "$ROOT"/*) echo "check-wheel: sample resolved into the source tree" >&2; exit 1 ;; esac
"$BIN/crossread" --version
"$BIN/crossread" align "$SAMPLE"/hankyoreh-*.txt "$SAMPLE"/ap-*.txt > align.json
"$BIN/python" - <<'PY'
import json
result = json.load(open("align.json", encoding="utf-8"))
assert result["schema"] == "reader.alignment/1", result["schema"]
assert result["method"] == "semantic", f"the sentence model did not load: {result['method']}"
assert result["matches"], "no matches on the sample pair"
print(f"align: {len(result['matches'])} matches, method {result['method']}")
PY
QT_QPA_PLATFORM=offscreen "$BIN/crossread" --screenshot out.png 2> qt.log || { cat qt.log >&2; exit 1; }
[ -s out.png ] || { echo "check-wheel: no screenshot written" >&2; exit 1; }
echo "screenshot: $(du -h out.png | cut -f1)"
echo "check-wheel: ok"
