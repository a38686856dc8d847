#!/usr/bin/env python3
"""wall.py RUNS CMD [CMD...]: how long each command takes to run to the end.

Runs the commands alternately (A B C A B C ...) RUNS times after two warm-up
rounds, stdin from /dev/null and output discarded, and prints one line per
command: the median wall time and its ratio to the first command's. Quote
the ratios: the machines are shared, so absolute times vary between runs.
"""
import shlex
import statistics
import subprocess
import sys
import time


def main():
    runs = int(sys.argv[1])
    cmds = [shlex.split(c) for c in sys.argv[2:]]
    times = [[] for _ in cmds]
    for rnd in range(runs + 2):
        for i, c in enumerate(cmds):
            t = time.perf_counter()
            subprocess.run(c, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            if rnd >= 2:
                times[i].append((time.perf_counter() - t) * 1000)
    base = statistics.median(times[0])
    for c, t in zip(sys.argv[2:], times):
        m = statistics.median(t)
        print(f"{m:8.2f} ms  {m / base:6.2f}x  {c}")


if __name__ == "__main__":
    main()
