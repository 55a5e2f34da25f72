#!/usr/bin/env bash
# Smoke build: the Windows installer's PyInstaller spec built on Linux, then the bundled programs
# run headless the way a school's computer would run them: a user whose home folder and report
# folder have Chinese characters and spaces in their names.
#
#   bash installer/smoke_linux.sh [WORK_DIR]
#
# Everything (venv, PyInstaller's build and dist folders, the test user's home) goes to WORK_DIR,
# by default a temporary folder that is removed at the end (KEEP=1 keeps it).  Nothing is written
# into the repository.
set -euo pipefail

started=$SECONDS
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -ge 1 ]; then
  WORK=$1
  mkdir -p "$WORK"
else
  WORK=$(mktemp -d -t vqdesk-smoke.XXXXXX)
  [ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
fi
WORK=$(cd "$WORK" && pwd)
PYTHON=${PYTHON:-python3}

step() { printf '\n== %s (%ss)\n' "$1" "$((SECONDS - started))"; }
fail() { echo "失败：$*" >&2; exit 1; }

step "Python and PyInstaller"
# Inside a venv (as in CI) use it; otherwise a venv in WORK that sees the system's packages,
# so the build tools never land in the system Python.
if ! "$PYTHON" -c 'import sys; sys.exit(sys.prefix == sys.base_prefix)'; then
  [ -x "$WORK/venv/bin/python" ] || "$PYTHON" -m venv --system-site-packages "$WORK/venv"
  PYTHON="$WORK/venv/bin/python"
fi
"$PYTHON" -m pip install -q -r "$ROOT/installer/requirements-build.txt"
"$PYTHON" -c 'import PySide6, openpyxl, reportlab, sqlite_utils' 2>/dev/null \
  || "$PYTHON" -m pip install -q "$ROOT"

step "PyInstaller"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --workpath "$WORK/build" --distpath "$WORK/dist" "$ROOT/installer/vqdesk.spec"
BUNDLE="$WORK/dist/vqdesk"
GUI="$BUNDLE/vqdesk"
CLI="$BUNDLE/vqdesk-cli"
[ -x "$GUI" ] && [ -x "$CLI" ] || fail "打包结果中缺少 vqdesk 或 vqdesk-cli"

step "Shared libraries of the bundle"
if command -v ldd >/dev/null; then
  missing=$(find "$BUNDLE" -name '*.so*' -type f -exec ldd {} + 2>/dev/null \
            | grep 'not found' | sort -u || true)
  [ -z "$missing" ] || fail "打包的库缺少依赖：$missing"
  echo "all resolved"
fi

# A user as on a school computer: Chinese name with a space, no data-folder override.
export HOME="$WORK/home/张 老师"
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME VQDESK_DATA_DIR
export QT_QPA_PLATFORM=offscreen
DOCS="$HOME/我的 文档/质量 年报"
REPORT="$DOCS/示例 学校.vqd"
PDF="$DOCS/年报 草稿.pdf"
XLSX="$DOCS/指标 表.xlsx"
DOCX="$DOCS/年报 草稿.docx"
mkdir -p "$DOCS"
touch "$WORK/stamp"
cd "$DOCS"  # not the repository: the bundle must find its resources by itself

step "vqdesk-cli: demo, export, import"
"$CLI" --version
"$CLI" templates
"$CLI" demo "$REPORT"
"$CLI" export "$REPORT" --pdf "$PDF" --xlsx "$XLSX"
[ "$(head -c 4 "$PDF")" = "%PDF" ] || fail "导出的 PDF 无效：$PDF"
tail -c 64 "$PDF" | grep -q '%%EOF' || fail "导出的 PDF 不完整：$PDF"
"$PYTHON" - "$XLSX" <<'EOF' || fail "导出的 Excel 无效：$XLSX"
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None and "xl/workbook.xml" in z.namelist()
EOF
"$CLI" import "$REPORT" "$XLSX"
# Word out and back in (python-docx reads its own template and the bundle must carry it).
"$CLI" export "$REPORT" --docx "$DOCX"
"$CLI" import-docx "$REPORT" "$DOCX" --dry-run >/dev/null || fail "导出的 Word 文件无法读回：$DOCX"
"$CLI" info "$REPORT" >/dev/null
# every rule reads its vocabulary from the bundle's resources: the sample validates clean
"$CLI" validate "$REPORT" | tail -1 | grep -q "错误 0 个，警告 0 个，提示 0 个" || fail "示例报告在打包结果中校验不通过"

step "vqdesk (GUI, offscreen): first start writes the sample, then opens the report"
# VQDESK_QUIT_AFTER_MS quits once the window is shown; a dialog instead of the window would hang,
# so `timeout` turns that into a failure.
VQDESK_QUIT_AFTER_MS=1500 timeout 120 "$GUI" || fail "程序首次启动（示例报告）未正常退出"
sample=$(find "$HOME/.local/share" -name '示例报告.vqd' -print -quit)
[ -n "$sample" ] || fail "首次启动没有在用户数据文件夹中写出示例报告"
echo "sample: ${sample#"$WORK"/}"
VQDESK_QUIT_AFTER_MS=1500 timeout 120 "$GUI" "$REPORT" || fail "程序打开“$REPORT”后未正常退出"
grep -rqs "示例 学校.vqd" "$HOME/.config" || fail "打开的文件没有记入用户设置（最近打开的文件）"

step "Nothing written beside the program"
written=$(find "$BUNDLE" -newer "$WORK/stamp" -print)
[ -z "$written" ] || fail "程序在安装目录中写入了文件：$written"

echo
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1)" \
     "  pdf: $(du -h "$PDF" | cut -f1)   xlsx: $(du -h "$XLSX" | cut -f1)   docx: $(du -h "$DOCX" | cut -f1)"
echo "smoke build passed in $((SECONDS - started)) s"
