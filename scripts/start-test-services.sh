#!/usr/bin/env bash
# Starts the real PostgreSQL and Redis the production-mode tests run against (Debian packages),
# and prints the two settings the tests read:
#   eval "$(scripts/start-test-services.sh)"
# Idempotent: what is already installed or running is left as it is.
set -euo pipefail

sudo=""
as_postgres=(runuser -u postgres --)
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
  as_postgres=(sudo -u postgres)
fi

missing=()
compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "==> Installing ${missing[*]}" >&2
  $sudo apt-get update >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >&2
fi

# PostgreSQL: Debian's cluster, and a role that may create the tests' throwaway databases.
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
  $sudo pg_createcluster "$version" main >&2
fi
$sudo pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 0.5
done
"${as_postgres[@]}" psql -q -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'tellus_test'" \
  | grep -q 1 \
  || "${as_postgres[@]}" psql -q -p "$port" \
       -c "CREATE ROLE tellus_test LOGIN CREATEDB PASSWORD 'tellus_test'" >&2
# The tests drop their databases WITH (FORCE), which ends every session in them. An autovacuum
# worker that has just started on a new database belongs to no role, and ending it needs
# pg_signal_backend: without it the drop fails now and then. (Granting again only notices.)
"${as_postgres[@]}" psql -q -p "$port" -c "GRANT pg_signal_backend TO tellus_test" >/dev/null 2>&1

# Redis: a private instance on its own port, in memory only.
redis_port=6390
if ! redis-cli -p "$redis_port" ping >/dev/null 2>&1; then
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes >&2
  for _ in $(seq 1 30); do
    redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break
    sleep 0.2
  done
fi

echo "export TELLUS_TEST_POSTGRES_URL=postgresql://tellus_test:tellus_test@127.0.0.1:$port/postgres"
echo "export TELLUS_TEST_REDIS_URL=redis://127.0.0.1:$redis_port/0"
