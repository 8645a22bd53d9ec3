#!/usr/bin/env bash
# A two-node cluster of fund-risk-campaign on one machine, against one PostgreSQL database
# (docs/operations.md, "Two or more nodes"). Both nodes run the prod profile and a job executor.
#
#   cp scripts/cluster.env.example cluster.env    # then edit it: database, SMTP, base URL, sender
#   scripts/cluster.sh start|stop|status
#
# Settings come from the environment or from the file CLUSTER_ENV (default ./cluster.env), read
# with `set -a` so that every line VAR=value reaches both nodes: PGURL, PGUSER, PGPASSWORD,
# FUNDRISK_ADMIN_PASSWORD (required), and any application setting as an environment variable
# (SPRING_MAIL_HOST, FUNDRISK_REMINDERS_BASE_URL, FUNDRISK_REMINDERS_FROM, …). APP_ARGS adds
# command-line arguments to both nodes (e.g. APP_ARGS="--fundrisk.reminders.digest-time=07:30").
# Optional: NODE_PORTS (default "8081 8082"), LOG_DIR (default ./cluster), JAR (default the newest
# target/fund-risk-campaign-*.jar; build it with `mvn -B package -DskipTests`), JAVA_OPTS.
# A node counts as up when /actuator/health/readiness answers 200 (database and job executor; a
# mail outage does not hold a start back).
set -euo pipefail

CLUSTER_ENV=${CLUSTER_ENV:-./cluster.env}
if [[ -f "$CLUSTER_ENV" ]]; then
  set -a
  # shellcheck disable=SC1090
  . "$CLUSTER_ENV"
  set +a
fi

NODE_PORTS=${NODE_PORTS:-"8081 8082"}
LOG_DIR=${LOG_DIR:-./cluster}
START_TIMEOUT=${START_TIMEOUT:-180}

jar() {
  if [[ -n "${JAR:-}" ]]; then echo "$JAR"; return; fi
  local found
  found=$(ls -t target/fund-risk-campaign-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
  if [[ -z "$found" ]]; then
    echo "no target/fund-risk-campaign-*.jar: run 'mvn -B package -DskipTests' first, or set JAR" >&2
    exit 1
  fi
  echo "$found"
}

pid_file() { echo "$LOG_DIR/node$1.pid"; }

running() {
  local file
  file=$(pid_file "$1")
  [[ -f "$file" ]] && kill -0 "$(cat "$file")" 2>/dev/null
}

healthy() {
  curl -fs -o /dev/null "http://localhost:$1/actuator/health/readiness"
}

start() {
  : "${PGURL:?set PGURL, e.g. jdbc:postgresql://localhost:5432/fundrisk}"
  : "${PGUSER:?set PGUSER}"
  : "${PGPASSWORD:?set PGPASSWORD}"
  : "${FUNDRISK_ADMIN_PASSWORD:?set FUNDRISK_ADMIN_PASSWORD (at least 12 characters)}"
  local app n=0
  # `java -jar` reads SPRING_DATASOURCE_* for the connection; the nodes name themselves node1, node2
  app=$(jar)
  mkdir -p "$LOG_DIR"
  for port in $NODE_PORTS; do
    n=$((n + 1))
    if running "$n"; then
      echo "node$n already running (pid $(cat "$(pid_file "$n")"))"
      continue
    fi
    # shellcheck disable=SC2086
    SPRING_DATASOURCE_URL="$PGURL" SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
      nohup java ${JAVA_OPTS:-} -jar "$app" --spring.profiles.active=prod --server.port="$port" \
      --camunda.bpm.generic-properties.properties.hostname="node$n" ${APP_ARGS:-} \
      >>"$LOG_DIR/node$n.log" 2>&1 &
    echo $! >"$(pid_file "$n")"
    echo "node$n starting on port $port (pid $!, log $LOG_DIR/node$n.log)"
    # one after the other: the first start creates the schema and the deployment
    local waited=0
    until healthy "$port"; do
      if ! running "$n"; then
        echo "node$n exited, see $LOG_DIR/node$n.log" >&2
        exit 1
      fi
      if (( waited >= START_TIMEOUT )); then
        echo "node$n not healthy after ${START_TIMEOUT}s, see $LOG_DIR/node$n.log" >&2
        exit 1
      fi
      sleep 2
      waited=$((waited + 2))
    done
    echo "node$n up: http://localhost:$port/"
  done
  if [[ -z "${FUNDRISK_REMINDERS_BASE_URL:-}" ]]; then
    echo "warning: FUNDRISK_REMINDERS_BASE_URL is not set: links in e-mails point at http://localhost:8080" >&2
  fi
  if [[ -n "${SPRING_MAIL_HOST:-}" && -z "${FUNDRISK_REMINDERS_FROM:-}" && "${SPRING_MAIL_USERNAME:-}" != *@* ]]; then
    echo "warning: FUNDRISK_REMINDERS_FROM is not set: e-mails go out from noreply@localhost" >&2
  fi
}

stop() {
  local n=0
  for port in $NODE_PORTS; do
    n=$((n + 1))
    if ! running "$n"; then
      echo "node$n not running"
      rm -f "$(pid_file "$n")"
      continue
    fi
    local pid waited=0
    pid=$(cat "$(pid_file "$n")")
    kill "$pid"
    # graceful: the job executor finishes its jobs and releases its locks
    while kill -0 "$pid" 2>/dev/null && (( waited < 60 )); do
      sleep 1
      waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "node$n did not stop in 60s, killing it"
      kill -9 "$pid"
    fi
    rm -f "$(pid_file "$n")"
    echo "node$n stopped"
  done
}

status() {
  local n=0 all=0
  for port in $NODE_PORTS; do
    n=$((n + 1))
    if running "$n"; then
      local health
      local ready health
      ready=$(curl -sS "http://localhost:$port/actuator/health/readiness" 2>/dev/null || echo '{"status":"NOT ANSWERING"}')
      health=$(curl -sS "http://localhost:$port/actuator/health" 2>/dev/null || echo '{"status":"NOT ANSWERING"}')
      echo "node$n pid $(cat "$(pid_file "$n")") port $port readiness $ready health $health"
    else
      echo "node$n stopped"
      all=3
    fi
  done
  return $all
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
