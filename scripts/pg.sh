#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests.
#
#   scripts/pg.sh start    install PostgreSQL if missing, start a cluster in a temp dir on a
#                          free loopback port, create the database, print its URL
#   scripts/pg.sh url      print the URL of the running cluster
#   scripts/pg.sh stop     stop the cluster and remove its directory
#   scripts/pg.sh state    print the path of the state file this checkout uses
#
#   export RIGHTSLEDGER_TEST_PG=$(scripts/pg.sh start)
#   PYTHONPATH=src .venv/bin/python -m pytest tests/test_postgres.py
#   scripts/pg.sh stop
#
# The state (directory, port, URL) is kept in $PG_STATE, by default one file per checkout
# (${TMPDIR:-/tmp}/rightsledger-pg.<hash of the checkout's path>.state): two checkouts on one
# machine (a worktree and a CI clone) each start and stop their own cluster; one shared default
# once let a `stop` in one checkout take down the cluster another's test run was using.
# As root the server runs as the `postgres` user.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
STATE="${PG_STATE:-${TMPDIR:-/tmp}/rightsledger-pg.$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1).state}"
DBNAME="${PG_DBNAME:-rightsledger}"

log() { echo "pg.sh: $*" >&2; }

find_bin() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [[ -n "$d" && -x "$d/initdb" ]]; then echo "$d"; return 0; fi
    if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
        pg_config --bindir; return 0
    fi
    return 1
}

install_pg() {
    log "PostgreSQL not found; installing it with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q postgresql >&2; then
        apt-get update -q >&2
        apt-get install -y -q postgresql >&2
    fi
}

free_port() {
    local p
    for p in $(seq 54329 54429); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
    done
    log "no free port in 54329-54429"; return 1
}

as_pg() {  # run a command as the cluster owner
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    if [[ -f "$STATE" ]]; then
        # shellcheck disable=SC1090
        source "$STATE"
        if [[ -d "${PGDIR:-}" ]] && as_pg "$BIN/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
            echo "$URL"; return 0
        fi
        rm -f "$STATE"
    fi
    local bin
    bin=$(find_bin) || { install_pg; bin=$(find_bin); }
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
    local dir port
    dir=$(mktemp -d "${TMPDIR:-/tmp}/rightsledger-pg.XXXXXX")
    chmod 755 "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(free_port)
    # fsync off: a throwaway cluster for tests, speed over durability. No parallel workers
    # and no JIT: on a small machine PostgreSQL shares the cores with the server and the
    # clients, and the API's many short queries gain nothing from either
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c max_parallel_workers_per_gather=0 -c jit=off" \
        start >&2 || { cat "$dir/server.log" >&2; exit 1; }
    as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DBNAME"
    local url="postgresql+psycopg://postgres@127.0.0.1:$port/$DBNAME"
    {
        echo "BIN='$bin'"; echo "PGDIR='$dir'"; echo "PORT='$port'"; echo "URL='$url'"
    } >"$STATE"
    echo "$url"
}

stop() {
    if [[ ! -f "$STATE" ]]; then log "no cluster recorded in $STATE"; return 0; fi
    # shellcheck disable=SC1090
    source "$STATE"
    if [[ -d "${PGDIR:-}/data" ]]; then
        as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >&2 || true
    fi
    case "${PGDIR:-}" in
        */rightsledger-pg.*) rm -rf "$PGDIR" ;;
    esac
    rm -f "$STATE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) source "$STATE" && echo "$URL" ;;
    state) echo "$STATE" ;;
    *) echo "usage: $0 start|stop|url|state" >&2; exit 2 ;;
esac
