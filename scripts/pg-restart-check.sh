#!/usr/bin/env bash
# Restarts the local PostgreSQL cluster under a running server and shows that the same process answers 503 during
# the outage and 200 again afterwards. Run it by hand (it restarts PostgreSQL for everything on this machine):
#   bash scripts/pg-restart-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cluster="$(ls /etc/postgresql | head -n 1)"
db="ambassador_restart_$$"
port=3199
psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db" JWT_SECRET="$(head -c 48 /dev/urandom | base64)" \
  PORT=$port SEED_DEMO=false LOG_LEVEL=warn node --import tsx server/src/server.ts > /tmp/pg-restart-check.log 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db with (force)" || true
}
trap cleanup EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.5; done

token=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/auth/signup" -H 'content-type: application/json' \
  -d '{"organisationName":"Herstart Zorg","name":"Test","email":"restart@example.test","password":"correct horse battery"}' |
  node -pe 'JSON.parse(require("fs").readFileSync(0)).accessToken')
status() { curl -s -o /dev/null -w '%{http_code}' -H "authorization: Bearer $token" "http://127.0.0.1:$port$1"; }

echo "before:  /readyz $(status /readyz)  /api/v1/me $(status /api/v1/me)"
pg_ctlcluster --skip-systemctl-redirect "$cluster" main stop -m fast
echo "down:    /readyz $(status /readyz)  /api/v1/me $(status /api/v1/me)"
pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
for _ in $(seq 1 30); do [ "$(status /readyz)" = 200 ] && break; sleep 0.5; done
echo "after:   /readyz $(status /readyz)  /api/v1/me $(status /api/v1/me)  (server pid $server still running: $(kill -0 $server && echo yes))"
