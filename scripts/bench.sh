#!/usr/bin/env bash
# The Go benchmarks of docs/performance.md: parsing and numbering, rendering,
# redlining, rebasing, re-anchoring, comparing, tallying, a vote, and the
# document page, on the largest corpus bylaw and on generated constitutions
# of 1x, 4x and 16x 62.5 KB (16x: 1 MB). Each runs COUNT times; benchstat
# summarises them (and compares with an earlier run given as BASE).
#
#   scripts/bench.sh [-count 6] [-out bench.txt] [-base old.txt]
set -euo pipefail
cd "$(dirname "$0")/.."
count=6 out=bench.txt base=""
while [ $# -gt 0 ]; do
	case "$1" in
	-count) count=$2; shift 2 ;;
	-out) out=$2; shift 2 ;;
	-base) base=$2; shift 2 ;;
	*) echo "usage: $0 [-count 6] [-out bench.txt] [-base old.txt]" >&2; exit 2 ;;
	esac
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
: >"$out"
bench() { go test -run '^$' -count "$count" -bench "$@" | tee -a "$out"; }
bench 'Prepare$|PrepareScale' ./document
bench 'Document$|DocumentScale' -benchmem ./render
bench 'Diff$|DiffScale|Rebase' ./redline
bench 'Reanchor' ./comment
bench 'Compare' ./amendment
bench 'Tally' ./ballot
bench 'DocumentPage' ./web
bench 'CastBallot' -benchtime 3000x ./store
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
go run golang.org/x/perf/cmd/benchstat@latest ${base:+"$base"} "$out"
