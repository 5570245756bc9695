#!/usr/bin/env bash
# Installs (once) and runs the real Keycloak from its Maven Central distribution, with the registry realm.
#   keycloak.sh start    install if missing, start in the background, wait until the realm answers
#   keycloak.sh stop     stop the instance started on this port
#   keycloak.sh status   print whether it answers
# Settings (environment): KEYCLOAK_PORT (8180), KEYCLOAK_VERSION (26.7.3), KEYCLOAK_REALM_FILE, KEYCLOAK_INSTALL_DIR.
# Development mode with an in-memory database: the realm (and its demo users) is imported fresh at every start.
# For production see deploy/README.md (HTTPS, a real database, the realm template without demo users).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=${KEYCLOAK_VERSION:-26.7.3}
PORT=${KEYCLOAK_PORT:-8180}
MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-$((PORT + 1000))}
INSTALL_DIR=${KEYCLOAK_INSTALL_DIR:-$ROOT/.cache/keycloak}
HOME_DIR=$INSTALL_DIR/keycloak-$VERSION
RUN_DIR=$ROOT/.cache/keycloak-run/$PORT
REALM_FILE=${KEYCLOAK_REALM_FILE:-$ROOT/deploy/keycloak/registry-realm.json}
ISSUER=http://127.0.0.1:$PORT/realms/registry
START_TIMEOUT_SECONDS=${KEYCLOAK_START_TIMEOUT:-420}

install() {
  [[ -x "$HOME_DIR/bin/kc.sh" ]] && return
  echo "==> Installing Keycloak $VERSION from Maven Central into $INSTALL_DIR (177 MB, once)"
  mkdir -p "$INSTALL_DIR"
  "$ROOT/mvnw" -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" \
    -DoutputDirectory="$INSTALL_DIR"
  (cd "$INSTALL_DIR" && unzip -q -o "keycloak-quarkus-dist-$VERSION.zip" && rm -f "keycloak-quarkus-dist-$VERSION.zip")
}

answers() {
  curl -fs -o /dev/null --max-time 2 "$ISSUER/.well-known/openid-configuration"
}

start() {
  if answers; then
    echo "==> Keycloak already answers at $ISSUER"
    return
  fi
  install
  mkdir -p "$RUN_DIR" "$HOME_DIR/data/import"
  cp "$REALM_FILE" "$HOME_DIR/data/import/registry-realm.json"
  echo "==> Starting Keycloak on 127.0.0.1:$PORT (first start builds the server: about 2 minutes; later ~30 s)"
  # setsid: its own process group, so stop ends Keycloak and nothing else.
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-admin} \
    setsid "$HOME_DIR/bin/kc.sh" start-dev --db=dev-mem --http-host=127.0.0.1 --http-port="$PORT" \
    --http-management-port="$MANAGEMENT_PORT" --health-enabled=true --hostname="http://127.0.0.1:$PORT" \
    --import-realm >"$RUN_DIR/keycloak.log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/keycloak.pid"
  local waited=0
  until answers; do
    if ! kill -0 "$(cat "$RUN_DIR/keycloak.pid")" 2>/dev/null; then
      echo "Keycloak stopped while starting; the end of its log ($RUN_DIR/keycloak.log):" >&2
      tail -n 30 "$RUN_DIR/keycloak.log" >&2
      exit 1
    fi
    if ((waited >= START_TIMEOUT_SECONDS)); then
      echo "Keycloak did not answer within ${START_TIMEOUT_SECONDS}s; see $RUN_DIR/keycloak.log" >&2
      stop
      exit 1
    fi
    sleep 2
    waited=$((waited + 2))
    if ((waited % 20 == 0)); then echo "    ... still starting (${waited}s)"; fi
  done
  echo "==> Keycloak answers at $ISSUER (${waited}s)"
}

stop() {
  local pid_file=$RUN_DIR/keycloak.pid
  [[ -f "$pid_file" ]] || return 0
  local pid
  pid=$(cat "$pid_file")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$pid_file"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if answers; then echo "up: $ISSUER"; else echo "down"; exit 1; fi ;;
  *) sed -n '2,7p' "$0" | sed 's/^# //'; exit 2 ;;
esac
