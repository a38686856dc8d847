#!/usr/bin/env bash
# speed.sh: how quickly itcheck starts and reacts, as ratios to peers run
# side by side in the same run (the machines are shared and noisy, so
# only ratios from one run are quoted; see README, "Speed").
#
#   bench/speed.sh [OLD_BINARY]
#
# Builds itcheck from this tree the way release archives are built
# (CGO_ENABLED=0, -trimpath, -ldflags "-s -w": static, no symbol table),
# and the peers in $BENCH_DIR/peers (a Go hello world and a one-question
# huh v2 form) the same way, so the ratios compare like with like; then
# measures on a 100x30 pty with $BENCH_DIR/tuibench:
#   - bench/floor, the huh form run through the libraries itcheck is
#     built on (cobra, fang, YAML, JSON), against the huh form: the least
#     any program on itcheck's stack can cost;
#   - the welcome page and the first area page: first frame, key to
#     repaint (20 keys, down and up) and peak RSS, each against the huh form;
#   - `itcheck report` on an example, against the hello world (wall time);
#   - the binary's size;
#   - where the resident memory is (bench/resident.sh): pages of the
#     binary, and anonymous memory.
# With OLD_BINARY (say, main built into /tmp), it is measured the same way
# in the same run, for a before/after table. RUNS (default 10) sets the
# runs per measurement.
set -euo pipefail

cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-../shared/bench}
RUNS=${RUNS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every program as the release builds itcheck: static and stripped, so that
# the ratios compare like with like.
build() { CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$@"; }
build "$work/itcheck" .
(cd "$BENCH_DIR/peers/huhmin" && build "$work/huhmin" .)
(cd "$BENCH_DIR/peers/hello" && build "$work/hello" .)
(cd bench/floor && build "$work/floor" .)
bins=("$work/itcheck")
names=("this tree")
if [ $# -gt 0 ]; then
	cp "$1" "$work/itcheck-old"
	bins=("$work/itcheck-old" "$work/itcheck")
	names=("before ($1)" "this tree")
fi

# tuibench's ratios of the medians (A/B): "ttff 0.83 key 0.74 quit 1.18 rss 1.09".
ratios() { "$BENCH_DIR/tuibench" "$@" --size 100x30 --runs "$RUNS" --warmup 2 | sed -n 's/^ratio A\/B of medians: //p'; }
row() { awk -v name="$1" -v screen="$2" '{ printf "| %s | %s | %.2f× | %.2f× | %.2f× |\n", name, screen, $2, $4, $8 }'; }

echo "| binary | screen | first frame | key → repaint | peak RSS |"
echo "|---|---|---|---|---|"
# The floor: the same form as the peer, on itcheck's libraries.
ratios "$work/floor" --ready Nobody --keys 20 --key down --key up \
	--vs "$work/huhmin" --vs-ready Nobody | row "floor (bench/floor)" "the peer's form"
for i in "${!bins[@]}"; do
	bin=${bins[$i]}
	state="$work/state-$i"
	mkdir -p "$state"
	# The welcome page, from a fresh start.
	XDG_STATE_HOME="$state" ratios "$bin --fresh --out $work/x.md" --ready 'Who is answering' \
		--keys 20 --key down --key up --vs "$work/huhmin" --vs-ready Nobody | row "${names[$i]}" welcome
	# The first area page: answer the role, stop (the draft is kept), then
	# resume into the area page on every run.
	XDG_STATE_HOME="$state" "$BENCH_DIR/tuibench" "$bin --fresh --out $work/x.md" --ready 'Who is answering' \
		--keys 1 --key enter --key-ready 'Question 1 of' --quit ctrl+c --runs 1 --warmup 0 >/dev/null
	XDG_STATE_HOME="$state" ratios "$bin --resume --out $work/x.md" --ready 'Question 1 of' \
		--keys 20 --key down --key up --vs "$work/huhmin" --vs-ready Nobody | row "${names[$i]}" "first area page"
done
echo
echo "Resident memory by kind, last sample before quitting (bench/resident.sh, one run each):"
echo
kind() { printf '  %-36s %s\n' "$1:" "$2"; }
kind "huh form" "$(bench/resident.sh "$work/huhmin" Nobody)"
kind "floor" "$(bench/resident.sh "$work/floor" Nobody)"
for i in "${!bins[@]}"; do
	state="$work/state-$i"
	kind "${names[$i]}, welcome" "$(XDG_STATE_HOME="$work/fresh-$i" bench/resident.sh "${bins[$i]} --fresh --out $work/x.md" 'Who is answering')"
	kind "${names[$i]}, first area page" "$(XDG_STATE_HOME="$state" bench/resident.sh "${bins[$i]} --resume --out $work/x.md" 'Question 1 of')"
done
echo
echo "Wall time of \`itcheck report --answers examples/owner-led-shop.yaml\`, against a Go hello world:"
echo
cmds=("$work/hello")
for bin in "${bins[@]}"; do
	cmds+=("$bin report --answers examples/owner-led-shop.yaml")
done
python3 bench/wall.py $((RUNS * 4)) "${cmds[@]}" | sed "s|$work/||g"
echo
echo "Binary sizes (bytes):"
for i in "${!bins[@]}"; do
	echo "  ${names[$i]}: $(wc -c <"${bins[$i]}")"
done
echo "  floor: $(wc -c <"$work/floor")"
echo "  huh form: $(wc -c <"$work/huhmin")"
