#!/usr/bin/env bash
# Runs once when the compose file's PostgreSQL starts on an empty volume: the application's login, a
# member of registry_application (whose rights migration V17 grants). POSTGRES_USER owns the schema
# and runs the migrations.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$REGISTRY_APP_DB_PASSWORD" <<'SQL'
CREATE ROLE registry_application NOLOGIN;
CREATE ROLE registry_app LOGIN PASSWORD :'app_password' IN ROLE registry_application;
SQL
