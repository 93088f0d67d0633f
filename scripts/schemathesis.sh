#!/usr/bin/env bash
# Runs schemathesis (PyPI) against /openapi.yaml of a running `yusuan serve`, signed in as the
# administrator: no server error, and every response as the schema says.
#   pip install schemathesis && scripts/schemathesis.sh http://127.0.0.1:8080
# /api/session is left out: fuzzing it would lock the account out (the sign-in rate limit).
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
token=$(curl -s -X POST "$base/api/session" -H 'Content-Type: application/json' \
    -d '{"name":"admin","password":"admin-demo"}' | sed -E 's/.*"token":"([0-9a-f]+)".*/\1/')
st run "$base/openapi.yaml" --url "$base" -H "Authorization: Bearer $token" --exclude-path /api/session \
    --checks not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance \
    --max-examples "${EXAMPLES:-50}"
