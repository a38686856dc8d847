#!/usr/bin/env bash
# resident.sh: where a program's resident memory is, on one screen: pages
# of its own binary (mapped from the file) and anonymous memory (heap,
# stacks, tables built at run time), from /proc/PID/smaps, sampled while
# $BENCH_DIR/tuibench drives it on a 100x30 pty as bench/speed.sh does.
#
#   bench/resident.sh 'CMD ARGS' READY_REGEX
#
# Prints "binary KB anonymous KB total KB", the last sample before the
# program quits. Linux only (it reads /proc). Run from the project root.
set -euo pipefail

BENCH_DIR=${BENCH_DIR:-../shared/bench}
cmd=$1
ready=$2
bin=${cmd%% *}
out=$(mktemp)
trap 'rm -f "$out" "$out.tmp"' EXIT

# Sample smaps every 20 ms while the program runs; keep the last sample.
(
	pid=
	for _ in $(seq 1000); do
		pid=$(pgrep -n -f "^$cmd\$" || true)
		[ -n "$pid" ] && break
		sleep 0.005
	done
	[ -n "$pid" ] || exit 0
	while [ -e "/proc/$pid" ]; do
		if cat "/proc/$pid/smaps" >"$out.tmp" 2>/dev/null && [ -s "$out.tmp" ]; then
			mv "$out.tmp" "$out"
		fi
		sleep 0.02
	done
) &
"$BENCH_DIR/tuibench" "$cmd" --ready "$ready" --keys 20 --key down --key up --runs 1 --warmup 0 --size 100x30 >/dev/null
wait

# Sum Rss over the mappings of the binary's file, and Anonymous over all.
awk -v bin="$(readlink -f "$bin")" '
	/^[0-9a-f]+-[0-9a-f]+ / { file = ($6 == bin) }
	/^Rss:/ && file { binary += $2 }
	/^Anonymous:/ { anon += $2 }
	END { printf "binary %d KB  anonymous %d KB  total %d KB\n", binary, anon, binary + anon }
' "$out"
