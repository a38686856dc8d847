#!/usr/bin/env bash
# screenshot.sh: the picture of a verdict at the top of the README.
#
#   scripts/screenshot.sh
#
# Builds itcheck from this tree, runs
#   itcheck report --answers examples/owner-led-shop.yaml
# with colour forced on (its output goes to a file here, and output that
# is not a terminal is otherwise plain; a dark background is assumed, at
# 80 columns), keeps the verdict up to the end of its third
# recommendation, and draws that with freeze into docs/verdict.svg: dark
# background, window buttons, the system's monospace font (no font is
# embedded, so the file stays small). The same tree gives the same bytes.
# TestScreenshot (screenshot_test.go) checks that the picture's text is
# still what the command prints.
set -euo pipefail

cd "$(dirname "$0")/.."
FREEZE=github.com/charmbracelet/freeze@v0.2.2
ANSWERS=examples/owner-led-shop.yaml
OUT=docs/verdict.svg
# GitHub's own stack for code, then fonts common on Linux; each has the
# block characters the bars are drawn with (█ ▓ ░). Names are quoted with
# single quotes: freeze writes the list into a double-quoted attribute.
FONTS="ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/itcheck" .
report=("$work/itcheck" report --answers "$ANSWERS" --date 2026-11-27)
env -u NO_COLOR CLICOLOR_FORCE=1 COLORTERM=truecolor TERM=xterm-256color \
  "${report[@]}" >"$work/verdict.ansi"
"${report[@]}" --no-color >"$work/verdict.txt"

# The lines before the fourth recommendation, without the blank line
# before it (the whole verdict when it has fewer). The plain run has the
# same lines as the coloured one.
keep=$(awk '/^ 4\. /{print NR - 1; exit}' "$work/verdict.txt")
keep=${keep:-$(wc -l <"$work/verdict.txt")}
while [ "$keep" -gt 1 ] && [ -z "$(sed -n "${keep}p" "$work/verdict.txt")" ]; do
  keep=$((keep - 1))
done
head -n "$keep" "$work/verdict.ansi" >"$work/shown.ansi"

# 80 columns at freeze's 14px font and 20px/40px padding: 735px wide.
mkdir -p "$(dirname "$OUT")"
go run "$FREEZE" --language ansi --window \
  --width 735 --padding 20,40,20,20 --margin 0 \
  --background '#171717' --border.radius 8 --border.width 1 --border.color '#515151' \
  --font.family "$FONTS" --font.size 14 --font.ligatures=false --line-height 1.2 \
  --output "$OUT" <"$work/shown.ansi" >&2
echo "wrote $OUT ($keep lines, $(wc -c <"$OUT") bytes)"
