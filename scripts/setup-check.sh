#!/usr/bin/env bash
# The documented set-up, executed: docs/operations.md ("Setting up a cluster from scratch") step by
# step on Debian, as root: Debian's postgresql package, a database and its owner, the jar, an SMTP
# server (GreenMail standalone, from Maven Central), two nodes with scripts/cluster.sh and a
# cluster.env, users, groups and memberships by REST with HTTP Basic, the units' contact addresses
# by PATCH, a 5-unit campaign on a schedule of minutes, a restart with a changed digest time; then it counts the mail the SMTP server
# received against what the campaign must send, checks none arrived twice and none is left in the
# outbox, and stops what it started. Exit 0 when every count matches.
#
#   scripts/setup-check.sh            # about 10 to 15 minutes on a 2-core machine
#
# Optional: NODE_PORTS (default "8082 8092"), SMTP_PORT (31025), SMTP_API_PORT (31080),
# WORK (default target/setup-check), KEEP=1 leaves the nodes, GreenMail and PostgreSQL running.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WORK=${WORK:-$ROOT/target/setup-check}
export NODE_PORTS=${NODE_PORTS:-"8082 8092"}
SMTP_PORT=${SMTP_PORT:-31025}
SMTP_API_PORT=${SMTP_API_PORT:-31080}
DB=fundrisk_check
DB_USER=fundrisk_check
DB_PASSWORD=check-$(date +%s)
ADMIN_PASSWORD=admin-check-password
PASSWORD=user-check-password
UNITS="ldj ylbx gsbx guichi dongzhi"
FIRST_PORT=${NODE_PORTS%% *}
STARTED=$(date +%s)
mkdir -p "$WORK"
log() { echo "[$(date +%H:%M:%S)] $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

started_pg=""
cleanup() {
  if [[ -z "${KEEP:-}" ]]; then
    CLUSTER_ENV="$WORK/cluster.env" LOG_DIR="$WORK/cluster" scripts/cluster.sh stop >/dev/null 2>&1 || true
    [[ -f "$WORK/greenmail.pid" ]] && kill "$(cat "$WORK/greenmail.pid")" 2>/dev/null || true
    [[ -n "$started_pg" ]] && pg_ctlcluster 15 main stop || true
  fi
}
trap cleanup EXIT

# 1. PostgreSQL from Debian, a database and the user that owns it
log "1. PostgreSQL (Debian's postgresql package)"
if ! command -v pg_lsclusters >/dev/null; then
  apt-get install -y postgresql curl python3
fi
if pg_lsclusters --no-header | awk '$2 == "main" {print $4}' | grep -q down; then
  pg_ctlcluster 15 main start
  started_pg=1
fi
su postgres -c "psql -q -c \"DROP DATABASE IF EXISTS $DB WITH (FORCE)\" -c \"DROP USER IF EXISTS $DB_USER\"" >/dev/null
su postgres -c "psql -q -c \"CREATE USER $DB_USER PASSWORD '$DB_PASSWORD'\" \
  -c \"CREATE DATABASE $DB OWNER $DB_USER ENCODING 'UTF8'\""

# 2. the application
log "2. the jar"
mvn -B -q package -DskipTests ${MAVEN_ARGS:-}

# 3. an SMTP server: GreenMail standalone (any SMTP server or sink would do)
log "3. GreenMail on 127.0.0.1:$SMTP_PORT"
if [[ ! -f "$WORK/greenmail-standalone-2.1.5.jar" ]]; then
  mvn -B -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.5 -DoutputDirectory="$WORK"
fi
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.api.hostname=127.0.0.1 \
  -Dgreenmail.api.port="$SMTP_API_PORT" -Dgreenmail.auth.disabled -jar "$WORK/greenmail-standalone-2.1.5.jar" \
  >"$WORK/greenmail.log" 2>&1 &
echo $! >"$WORK/greenmail.pid"
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$SMTP_API_PORT/api/service/readiness" >/dev/null && break; sleep 1; done

# 4. two nodes, their settings in cluster.env (docs/operations.md); minutes instead of days: the
# escalation steps on the deadline's day (the digest time is set in step 7)
log "4. two nodes on $NODE_PORTS"
settings() { # digest time
cat >"$WORK/cluster.env" <<EOF
PGURL=jdbc:postgresql://localhost:5432/$DB?reWriteBatchedInserts=true
PGUSER=$DB_USER
PGPASSWORD=$DB_PASSWORD
FUNDRISK_ADMIN_PASSWORD=$ADMIN_PASSWORD
FUNDRISK_REMINDERS_BASE_URL=http://localhost:$FIRST_PORT
FUNDRISK_REMINDERS_FROM=fundrisk@bureau.example.test
SPRING_MAIL_HOST=127.0.0.1
SPRING_MAIL_PORT=$SMTP_PORT
SPRING_MAIL_PROPERTIES_MAIL_SMTP_CONNECTIONTIMEOUT=5000
SPRING_MAIL_PROPERTIES_MAIL_SMTP_TIMEOUT=5000
APP_ARGS="--fundrisk.reminders.head-after-working-days=0 --fundrisk.reminders.office-after-working-days=0 --fundrisk.reminders.escalation-time=00:00 --fundrisk.reminders.digest-time=$1"
EOF
chmod 600 "$WORK/cluster.env"
}
settings 03:00
CLUSTER_ENV="$WORK/cluster.env" LOG_DIR="$WORK/cluster" scripts/cluster.sh start

# 5. users, groups, memberships by REST (Camunda's REST API, HTTP Basic as the administrator)
log "5. users and memberships"
BASE="http://localhost:$FIRST_PORT"
call() { # method path user password [json]
  curl --fail-with-body -sS -X "$1" -u "$3:$4" -H 'Content-Type: application/json' ${5:+-d "$5"} "$BASE$2"
}
user() { # id group email
  call POST /engine-rest/user/create admin "$ADMIN_PASSWORD" "{\"profile\": {\"id\": \"$1\", \"firstName\": \"$1\",
    \"lastName\": \"测试\", \"email\": \"$3\"}, \"credentials\": {\"password\": \"$PASSWORD\"}}" >/dev/null
  call PUT "/engine-rest/group/$2/members/$1" admin "$ADMIN_PASSWORD" >/dev/null
}
user office1 office office1@bureau.example.test
user leader1 leaders leader1@bureau.example.test
user insp1 inspectors insp1@bureau.example.test
user insp2 inspectors insp2@bureau.example.test
for code in $UNITS; do
  user "$code-staff" "unit-$code" "$code-staff@units.example.test"
  user "$code-head" "unit-$code-head" "$code-head@units.example.test"
  call PATCH "/api/units/$code" office1 "$PASSWORD" "{\"contactEmail\": \"$code@units.example.test\"}" >/dev/null
done

# 6. a campaign of 5 units whose deployment is due in 4 minutes, the later phases a day apart
log "6. the campaign"
at() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }
DEPLOYMENT=$(at '+4 minutes')
YEAR=$(TZ=Asia/Shanghai date +%Y)
CODES=$(printf '"%s",' $UNITS)
CAMPAIGN=$(call POST /api/campaigns office1 "$PASSWORD" "{\"name\": \"部署演练\", \"year\": $YEAR,
  \"unitCodes\": [${CODES%,}], \"deadlines\": {\"deployment\": \"$DEPLOYMENT\",
  \"selfInspection\": \"$(at '+1 day')\", \"rectification\": \"$(at '+2 days')\", \"summary\": \"$(at '+3 days')\",
  \"countyInspection\": \"$(at '+4 days')\", \"evaluation\": \"$(at '+5 days')\"}}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
task() { # key user variables-json
  local id
  id=$(call GET "/engine-rest/task?taskDefinitionKey=$1&processInstanceBusinessKey=$CAMPAIGN" "$2" "$PASSWORD" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
  call POST "/engine-rest/task/$id/claim" "$2" "$PASSWORD" "{\"userId\": \"$2\"}" >/dev/null
  call POST "/engine-rest/task/$id/submit-form" "$2" "$PASSWORD" "{\"variables\": $3}" >/dev/null
}
task Task_DraftWorkPlan office1 '{"planText": {"value": "部署演练工作方案"}}'
task Task_ApproveWorkPlan leader1 '{"decision": {"value": "APPROVE"}, "comment": {"value": "同意"}}'

# 7. a changed setting applies after a restart, without a redeployment: the digest a few minutes on
DIGEST_AT=$(TZ=Asia/Shanghai date -d '+10 minutes' +%H:%M)
log "7. restart with the digest at $DIGEST_AT Asia/Shanghai"
settings "$DIGEST_AT"
CLUSTER_ENV="$WORK/cluster.env" LOG_DIR="$WORK/cluster" scripts/cluster.sh stop
CLUSTER_ENV="$WORK/cluster.env" LOG_DIR="$WORK/cluster" scripts/cluster.sh start

# 8. what must arrive: plan notices to each unit's staff and contact address (10); at the deadline,
# nobody having acknowledged, each unit's head (5) and the office (5, with the 督办 tasks); at the
# digest time each unit's staff and contact address their overdue task (10)
EXPECTED=30
log "8. waiting for $EXPECTED e-mails (deadline $DEPLOYMENT, digest $DIGEST_AT)"
count() {
  python3 - "$SMTP_API_PORT" <<'PY'
import json, sys, urllib.request
api = "http://127.0.0.1:%s/api" % sys.argv[1]
seen, total, dup = set(), 0, 0
for u in json.load(urllib.request.urlopen(api + "/user")):
    for m in json.load(urllib.request.urlopen(api + "/user/%s/messages" % u["email"])):
        total += 1
        key = (u["email"], m["subject"])
        dup += key in seen
        seen.add(key)
print(total, dup)
PY
}
deadline=$(( $(date +%s) + 900 ))
while :; do
  read -r received duplicates < <(count)
  left=$(su postgres -c "psql -tA -d $DB -c \"select count(*) from outbox_message where state <> 'SENT'\"")
  if (( received >= EXPECTED && left == 0 )) || (( $(date +%s) > deadline )); then break; fi
  sleep 10
done
sleep 20 # a mail sent twice would show now
read -r received duplicates < <(count)
kinds=$(su postgres -c "psql -tA -F ' ' -d $DB -c \"select kind, count(*) from outbox_message group by kind order by kind\"" | tr '\n' ';')
left=$(su postgres -c "psql -tA -d $DB -c \"select count(*) from outbox_message where state <> 'SENT'\"")
incidents=$(su postgres -c "psql -tA -d $DB -c \"select count(*) from act_ru_incident\"")
links=$(su postgres -c "psql -tA -d $DB -c \"select count(*) from outbox_message where text_body like '%localhost:8080%'\"")
ready=$(for p in $NODE_PORTS; do curl -s -o /dev/null -w '%{http_code} ' "http://localhost:$p/actuator/health/readiness"; done)
log "received $received (expected $EXPECTED), duplicates $duplicates, not sent $left, by kind: $kinds incidents $incidents,"
log "links to localhost:8080 $links, readiness $ready, $(( $(date +%s) - STARTED )) s in all"
(( received == EXPECTED )) || fail "received $received e-mails, expected $EXPECTED"
(( duplicates == 0 )) || fail "$duplicates e-mails arrived twice"
(( left == 0 )) || fail "$left e-mails not sent"
(( incidents == 0 )) || fail "$incidents incidents"
(( links == 0 )) || fail "$links e-mails link to localhost:8080"
echo "setup-check passed: $EXPECTED e-mails, none twice, none left"
