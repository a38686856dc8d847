#!/usr/bin/env bash
# options.sh: how the first area page slows down as its first question
# gets more options, as ratios to a one-question huh v2 form run
# alternately in the same run (see README, "Speed"). It is how the limit on
# options per question (questions.MaxOptions) was chosen.
#
#   bench/options.sh [COUNTS...]    (default: 16 32 64)
#
# Each set is the built-in one with options added to its first question
# (labels as long as the real ones), built with a binary from this tree
# that does not check the limit. The built-in set (5 options) is measured
# first. RUNS (default 8) sets the runs per measurement.
set -euo pipefail

cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-../shared/bench}
RUNS=${RUNS:-8}
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(16 32 64)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A copy of this tree whose validation allows any number of options.
mkdir "$work/src"
git ls-files -z | xargs -0 cp --parents -t "$work/src"
sed -i 's/^const MaxOptions = .*/const MaxOptions = 1 << 20/' "$work/src/questions/parse.go"
sed -i 's/^const maxOptions = .*/const maxOptions = 64/' "$work/src/compare/read.go"
(cd "$work/src" && go build -o "$work/itcheck" .)
(cd "$BENCH_DIR/peers/huhmin" && go build -o "$work/huhmin" .)

python3 - "$work" "${counts[@]}" <<'EOF'
import sys
work, counts = sys.argv[1], [int(n) for n in sys.argv[2:]]
src = open("questions.yaml").read()
marker = "          - id: not-sure\n"
i = src.index(marker)  # the first question's Not sure option
for n in counts:
    extra = "".join(
        f"          - id: extra-{k}\n"
        f"            label: Extra option number {k}, with a label about as long as the real ones\n"
        f"            split: {{it: 0.5, leadership: 0.5}}\n"
        for k in range(n - 5))
    open(f"{work}/set{n}.yaml", "w").write(src[:i] + extra + src[i:])
EOF

echo "| options in the first question | first frame | key → repaint | peak RSS |"
echo "|---:|---:|---:|---:|"
for n in 5 "${counts[@]}"; do
	q=""
	[ "$n" = 5 ] || q="--questions $work/set$n.yaml"
	state="$work/state$n"
	mkdir -p "$state"
	XDG_STATE_HOME="$state" "$BENCH_DIR/tuibench" "$work/itcheck $q --fresh --out $work/x.md" --ready 'Who is answering' \
		--keys 1 --key enter --key-ready 'Question 1 of' --quit ctrl+c --runs 1 --warmup 0 >/dev/null
	XDG_STATE_HOME="$state" "$BENCH_DIR/tuibench" "$work/itcheck $q --resume --out $work/x.md" --ready 'Question 1 of' \
		--keys 20 --key down --key up --vs "$work/huhmin" --vs-ready Nobody --size 100x30 --runs "$RUNS" --warmup 2 |
		sed -n 's/^ratio A\/B of medians: //p' |
		awk -v n="$n" '{ printf "| %s | %.2f× | %.2f× | %.2f× |\n", n, $2, $4, $8 }'
done
