#!/usr/bin/env bash
# Smoke test of the local run (docs/architecture.md "one command"): ./kehu up starts the suite, a second
# ./kehu up is refused, SIGTERM leaves nothing behind, and data survives a restart.
# Needs the ports 9092, 9093, $KEHU_PG_PORT (5433) and 8080-8083 free; psql and curl on the PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

READY_TIMEOUT=180
STOP_TIMEOUT=60
PG_PORT="${KEHU_PG_PORT:-5433}"
PORTS=(9092 9093 "$PG_PORT" 8080 8081 8082 8083)

WORK="$(mktemp -d "${TMPDIR:-/tmp}/kehu-smoke.XXXXXX")"
export KEHU_DATA_DIR="$WORK/data"   # --fresh wipes this folder: the test's own files live beside it
UP_PID=""
UP_OUT=""
PASSED=0

say() { echo "smoke-up: $*"; }
pass() { PASSED=$((PASSED + 1)); say "ok - $*"; }

fail() {
  say "FAIL - $*" >&2
  if [[ -n "$UP_OUT" && -f "$UP_OUT" ]]; then
    echo "----- ./kehu up output ($UP_OUT) -----"; tail -n 60 "$UP_OUT"
  fi
  local f
  for f in "$KEHU_DATA_DIR"/logs/*.log; do
    [[ -f "$f" ]] && { echo "----- tail of $f -----"; tail -n 30 "$f"; }
  done
  echo "smoke-up: $PASSED passed, 1 failed"
  exit 1
}

# whatever happens, leave no process of this test behind
cleanup() {
  if [[ -n "$UP_PID" ]] && kill -0 "$UP_PID" 2>/dev/null; then
    kill -TERM "$UP_PID" 2>/dev/null || true
    wait "$UP_PID" 2>/dev/null || true
  fi
  local left
  left="$(pgrep -f "$KEHU_DATA_DIR" || true)"
  [[ -n "$left" ]] && kill -KILL $left 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_up() { # $1: name of the output file, then the options of ./kehu up
  UP_OUT="$WORK/$1.out"; shift
  ./kehu up --no-build "$@" >"$UP_OUT" 2>&1 &
  UP_PID=$!
}

await_ready() {
  local started=$SECONDS port
  for port in 8081 8082 8083 8080; do
    until curl -fsS --max-time 2 "http://127.0.0.1:$port/q/health/ready" 2>/dev/null | grep -q '"UP"'; do
      kill -0 "$UP_PID" 2>/dev/null || fail "./kehu up exited before port $port was ready"
      (( SECONDS - started < READY_TIMEOUT )) || fail "port $port not ready after $READY_TIMEOUT s"
      sleep 1
    done
  done
  pass "the three services and the console report UP on /q/health/ready ($((SECONDS - started)) s after start)"
}

stop_up() {
  local started=$SECONDS rc=0
  kill -TERM "$UP_PID"
  while kill -0 "$UP_PID" 2>/dev/null; do
    (( SECONDS - started < STOP_TIMEOUT )) || fail "./kehu up still running $STOP_TIMEOUT s after SIGTERM"
    sleep 0.2
  done
  wait "$UP_PID" || rc=$?
  UP_PID=""
  [[ $rc == 0 ]] || fail "./kehu up exited with $rc after SIGTERM (expected 0)"
  pass "SIGTERM stopped ./kehu up in $((SECONDS - started)) s with exit code 0"
}

assert_nothing_left() {
  local port left
  for port in "${PORTS[@]}"; do
    port_open "$port" && fail "port $port is still open after the stop"
  done
  left="$(pgrep -af "$KEHU_DATA_DIR" || true)"
  [[ -z "$left" ]] || fail "processes of the run are left: $left"
  pass "no process left (ports ${PORTS[*]} closed, nothing runs on $KEHU_DATA_DIR)"
}

sql() { PGPASSWORD=postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d profiling -v ON_ERROR_STOP=1 -qtAc "$1"; }

# --- before: nothing else may hold the ports, or the test would judge another program
for port in "${PORTS[@]}"; do
  port_open "$port" && fail "port $port is taken before the test starts: stop what uses it"
done
./kehu build   # outside the timed part: a cold build takes minutes

# --- 1. start on a fresh folder
start_up first --fresh
await_ready

# --- 1b. every HTTP listener is on 127.0.0.1 only (./kehu up without --host): none on 0.0.0.0 or [::]. A JVM
#         lists its IPv4 listener in /proc/net/tcp6 as ::ffff:127.0.0.1; ::1 would be loopback too.
for port in 8080 8081 8082 8083; do
  addrs="$(awk -v p="$(printf ':%04X' "$port")" 'FNR > 1 && $4 == "0A" && substr($2, length($2) - 4) == p \
    { print substr($2, 1, length($2) - 5) }' /proc/net/tcp /proc/net/tcp6)"
  [[ -n "$addrs" ]] || fail "nothing listens on port $port"
  for a in $addrs; do
    case "$a" in
      0100007F|0000000000000000FFFF00000100007F|00000000000000000000000001000000) ;;
      *) fail "port $port listens beyond the loopback (local address $a in /proc/net/tcp*)" ;;
    esac
  done
done
pass "the three services and the console listen on the loopback only"

# --- 1c. the console sends a stranger to its sign-in; a sign-in without the form's CSRF token is refused;
#         with it, an advisor is signed in with a token the services accept
[[ "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' http://127.0.0.1:8080/)" == "303 http://127.0.0.1:8080/sign-in" ]] \
  || fail "the console did not send an unsigned visitor to /sign-in"
jar="$WORK/console.cookies"
form="$(curl -fsS -c "$jar" http://127.0.0.1:8080/sign-in)" || fail "the sign-in page did not load"
token="$(grep -o 'name="csrf-token" value="[^"]*"' <<<"$form" | head -n1 | sed 's/.*value="//; s/"$//')"
[[ -n "$token" ]] || fail "the sign-in form carries no CSRF token"
[[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -d 'role=advisor&name=smoke' http://127.0.0.1:8080/sign-in)" == 403 ]] \
  || fail "a sign-in without its CSRF token was not refused"
curl -fsS -o /dev/null -b "$jar" -c "$jar" -H 'Origin: http://127.0.0.1:8080' --data-urlencode "csrf-token=$token" \
  -d 'role=advisor&name=smoke' http://127.0.0.1:8080/sign-in || fail "the console's sign-in failed"
page="$(curl -fsS -b "$jar" 'http://127.0.0.1:8080/?lang=en')" || fail "the worklist did not load after signing in"
grep -q 'Segments: account size' <<<"$page" || fail "the worklist shows no segment matrix"
grep -q 'is unavailable (' <<<"$page" && fail "the worklist shows a service as down while all are up"
pass "the console refuses a sign-in without its CSRF token, signs an advisor in with it and shows the worklist"

# --- 2. a second ./kehu up on the same folder is refused
rc=0
timeout 60 ./kehu up --no-build >"$WORK/second.out" 2>&1 || rc=$?
[[ $rc != 0 && $rc != 124 ]] || fail "a second ./kehu up exited with $rc (expected a refusal)"
grep -q "already running" "$WORK/second.out" || fail "a second ./kehu up did not say 'already running': $(cat "$WORK/second.out")"
kill -0 "$UP_PID" 2>/dev/null || fail "the refused second ./kehu up stopped the first one"
curl -fsS --max-time 5 http://127.0.0.1:8081/q/health/ready >/dev/null || fail "the first run is no longer ready after the refused second one"
pass "a second ./kehu up is refused (exit $rc, 'already running') and the first keeps running"

# --- 3. a marker row, then stop
marker="smoke-$RANDOM-$RANDOM"
sql "create schema if not exists kehu_smoke; create table kehu_smoke.marker(v text); insert into kehu_smoke.marker values ('$marker')"
stop_up
assert_nothing_left

# --- 4. restart on the same folder: the data is still there
start_up second
await_ready
[[ "$(sql "select v from kehu_smoke.marker")" == "$marker" ]] || fail "the marker row did not survive the restart"
pass "data survived the restart (marker row read back from database profiling)"
stop_up
assert_nothing_left

say "$PASSED passed, 0 failed"
