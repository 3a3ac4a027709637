#!/usr/bin/env bash
# The load run of docs/performance.md: a generated union (10,000 members, 500
# amendments, 50,000 comments) served by the real binary on a SQLite file,
# read and voted on from 64 connections, beside nginx serving the same
# document page as a static file (and scripts/gostatic serving its bytes
# from memory through Go's net/http) and git's word diff on the same pairs
# as `charter redline`. Everything listens on 127.0.0.1 only.
#
#   scripts/loadrun.sh [-d 15s] [-c 64] [-votes N] [-only PHASE] [-keep DIR] [-pg URL]
#
# -only PHASE runs only the load generator's phases whose names contain
# PHASE ("ballots" for the votes, then the count and the check).
#
# -pg URL runs on PostgreSQL instead: URL names a database to connect to
# for creating the run's own (for example the machine's
# postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable); the union
# is generated into a new database, which is dropped at the end.
#
# -keep DIR keeps the generated union in DIR (generated there once, copied
# for each run, since a run casts every member's ballot) and the run's logs.
# Before each measured step the script waits, up to 10 minutes, for the
# 1-minute load average to fall under $MAX_LOAD (default 1.0), and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=15s conns=64 votes=0 keep="" pg="" only=""
while [ $# -gt 0 ]; do
	case "$1" in
	-d) duration=$2; shift 2 ;;
	-c) conns=$2; shift 2 ;;
	-votes) votes=$2; shift 2 ;;
	-keep) keep=$2; shift 2 ;;
	-pg) pg=$2; shift 2 ;;
	-only) only=$2; shift 2 ;;
	*) echo "usage: $0 [-d 15s] [-c 64] [-votes N] [-only PHASE] [-keep DIR] [-pg URL]" >&2; exit 2 ;;
	esac
done
work=$(mktemp -d)
chmod 755 "$work" # nginx's workers run as another user when started by root
cleanup() {
	[ -n "${ngx:-}" ] && kill "$ngx" 2>/dev/null || true
	[ -n "${gos:-}" ] && kill "$gos" 2>/dev/null || true
	[ -n "${sink:-}" ] && kill "$sink" 2>/dev/null || true
	[ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true
	wait 2>/dev/null || true
	if [ -n "$keep" ]; then cp "$work"/*.out "$work"/trackers.txt "$keep"/ 2>/dev/null || true; fi
	if [ -n "$pg" ]; then psql -q "$pg" -c "DROP DATABASE IF EXISTS $pgdb" || true; fi
	rm -rf "$work"
}
trap cleanup EXIT
union=${keep:-$work}
mkdir -p "$union"
pgdb=charter_load_$$
port=${PORT:-18181}
static_port=$((port + 1))

quiet() {
	local waited=0
	while :; do
		load=$(cut -d' ' -f1 /proc/loadavg)
		if awk -v l="$load" -v m="${MAX_LOAD:-1.0}" 'BEGIN{exit !(l <= m)}' || [ $waited -ge 600 ]; then break; fi
		echo "load $load: waiting" >&2
		sleep 60
		waited=$((waited + 60))
	done
	echo "$(date -u +%H:%M:%S) load average: $(cut -d' ' -f1-3 /proc/loadavg) ($1)" >&2
}

if [ ! -x /usr/sbin/nginx ]; then # Debian's nginx, the static ceiling
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
fi
go build -tags nomsgpack,netgo,osusergo -o "$work/charter" ./cmd/charter
go build -o "$work/load" ./scripts/load
go build -o "$work/union" ./scripts/union
go build -o "$work/gostatic" ./scripts/gostatic
go build -o "$work/smtpsink" ./scripts/smtpsink
if [ -n "$pg" ]; then
	# A union made for one database names that database's sessions: made
	# afresh for each run, in a database of its own.
	union=$work
	psql -q "$pg" -c "CREATE DATABASE $pgdb"
	run_db=$(printf '%s' "$pg" | sed -E "s#^(postgres(ql)?://[^/]*/)[^?]*#\1$pgdb#")
	quiet "generating the union"
	"$work/union" generate -db "$run_db" -out "$union/union.json"
else
	if [ ! -s "$union/union.json" ]; then
		quiet "generating the union"
		rm -f "$union"/union.db*
		"$work/union" generate -db "sqlite:$union/union.db" -out "$union/union.json"
	fi
	cp "$union/union.db" "$work/run.db"
	run_db=sqlite:$work/run.db
fi

# A local mail server that accepts and counts every message: Charter sends
# the union's invitations and notice at once, then the notices the load
# generator gives during its mail phases.
sink_smtp=$((port + 3)) sink_http=$((port + 4))
"$work/smtpsink" -smtp "127.0.0.1:$sink_smtp" -http "127.0.0.1:$sink_http" &
sink=$!
"$work/charter" serve --db "$run_db" --addr "127.0.0.1:$port" \
	-smtp-host 127.0.0.1 -smtp-port "$sink_smtp" -smtp-security none -mail-from "Load run <charter@union.invalid>" \
	-base-url "http://127.0.0.1:$port" -mail-rate 0 -reminder 0 >"$work/serve.out" 2>&1 &
pid=$!
# A union kept from an earlier Charter is migrated first, which may index
# all its text: up to five minutes.
for _ in $(seq 1 3000); do grep -q "Charter is serving" "$work/serve.out" && break; sleep 0.1; done
grep -q "Charter is serving" "$work/serve.out" || { cat "$work/serve.out" >&2; exit 1; }
# The mail the union's making queued (invitations, the ballot's notice)
# goes before anything is measured: wait until the count stands still.
last=-1
while :; do
	sent=$(curl -s "http://127.0.0.1:$sink_http/" || echo 0)
	[ "$sent" = "$last" ] && break
	last=$sent
	sleep 3
done
echo "mail queued by the union's making: $sent messages sent before the run" >&2

# nginx from Debian, as this user, on a loopback port, serving the exact
# bytes of the 200-comment document page.
mkdir -p "$work/static" "$work/nginx"
"$work/load" -url "http://127.0.0.1:$port" -union "$union/union.json" -save-static "$work/static/page.html"
chmod -R a+rX "$work/static"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	tcp_nopush on;
	keepalive_requests 1000000;
	client_body_temp_path $work/nginx/body;
	proxy_temp_path $work/nginx/proxy;
	fastcgi_temp_path $work/nginx/fastcgi;
	uwsgi_temp_path $work/nginx/uwsgi;
	scgi_temp_path $work/nginx/scgi;
	types { text/html html; }
	server {
		listen 127.0.0.1:$static_port;
		root $work/static;
	}
}
EOF
/usr/sbin/nginx -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
ngx=$!
"$work/gostatic" -addr "127.0.0.1:$((port + 2))" "$work/static/page.html" &
gos=$!
sleep 0.5

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -sr); $(/usr/sbin/nginx -v 2>&1); $(git --version); $(go version)"
quiet "load run"
"$work/load" -url "http://127.0.0.1:$port" -union "$union/union.json" -static "http://127.0.0.1:$static_port" -gostatic "http://127.0.0.1:$((port + 2))" \
	-c "$conns" -d "$duration" -votes "$votes" -only "$only" -pid "$pid" -trackers "$work/trackers.txt" -charter "$work/charter" \
	-sink "http://127.0.0.1:$sink_http/" | tee "$work/load.out"

kill "$ngx" "$gos"; wait "$ngx" "$gos" 2>/dev/null || true; ngx="" gos=""
kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=""
"$work/union" check -db "$run_db" -union "$union/union.json" -trackers "$work/trackers.txt" | tee "$work/check.out"
