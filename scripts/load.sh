#!/usr/bin/env bash
# Starts Charter with its demo data on a scratch database on the loopback
# interface, reads it with concurrent clients (bounded in count and time),
# and stops it. Usage: scripts/load.sh [sqlite|postgres-url] [clients] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
db="${1:-sqlite:$work/charter.db}"
[ "$db" = sqlite ] && db="sqlite:$work/charter.db"
go build -tags nomsgpack,netgo,osusergo -o "$work/charter" ./cmd/charter
"$work/charter" serve --demo --db "$db" --addr 127.0.0.1:18080 >"$work/out" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q "Charter is serving" "$work/out" && break; sleep 0.1; done
read -r _ email password < <(grep "@demo.charter.invalid" "$work/out" | grep -m1 " member ")
go run ./scripts/load -url http://127.0.0.1:18080 -email "$email" -password "$password" -c "${2:-8}" -n "${3:-4000}"
