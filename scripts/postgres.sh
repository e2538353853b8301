#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (Debian's package, installed here when missing) for the account tests, and prints the
# address to give them as RADAR_TEST_PG. `scripts/postgres.sh stop DIR` stops it and removes its files.
set -euo pipefail
if [ "${1:-}" = stop ]; then
  dir="$2"
  bin="$(cat "$dir/bin")"
  run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  run "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  sudo="sudo"
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing postgresql for the account tests …" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
fi
bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
dir="$(mktemp -d /tmp/radar-pg.XXXXXX)"
echo "$bin" >"$dir/bin"
# PostgreSQL will not run as root: as root, its files belong to the postgres account the package made.
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
fi
chmod 755 "$dir"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
run "$bin/initdb" -D "$dir/data" -U radar --auth=trust -E UTF8 >/dev/null
run "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
run "$bin/createdb" -h 127.0.0.1 -p "$port" -U radar radar
echo "$dir postgresql://radar@127.0.0.1:$port/radar"
