#!/usr/bin/env bash
# Runs the seed's own examples (shared/seed/phone_numbers_api.txt) verbatim against a started
# numdesk-sandbox; only the host and the credentials are replaced.
#   usage: seed_examples.sh /path/to/numdesk-sandbox
set -u

SANDBOX=${1:?usage: seed_examples.sh /path/to/numdesk-sandbox}
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

FAILURES=0
fail() { echo "FAIL: $*"; FAILURES=$((FAILURES + 1)); }
pass() { echo "ok:   $*"; }

# Port 0: the sandbox binds a free port itself (nothing can take it between choosing and
# binding) and prints its address, which gives the port.
"$SANDBOX" --port 0 --db "$WORK/sandbox.sqlite" --numbers 500 >"$WORK/out.txt" 2>&1 &
SERVER_PID=$!
URL_RE='http://127\.0\.0\.1:[0-9]+/api/v1/'
for _ in $(seq 1 100); do
    grep -Eq "$URL_RE" "$WORK/out.txt" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/out.txt"; echo "FAIL: sandbox exited"; exit 1; }
    sleep 0.1
done
PORT=$(grep -Eo "$URL_RE" "$WORK/out.txt" | head -1 | sed -E 's|^http://[0-9.]+:([0-9]+)/.*|\1|')
[ -n "$PORT" ] && [ "$PORT" != 0 ] || { cat "$WORK/out.txt"; echo "FAIL: no URL printed"; exit 1; }
AUTH=$(sed -n 's/^ *auth token: *\([^ ]*\).*/\1/p' "$WORK/out.txt")
[ -n "$AUTH" ] || { echo "FAIL: no auth token printed"; exit 1; }
HOST="127.0.0.1:$PORT"   # replaces https://[your-subdomain].trackdrive.net

command -v jq >/dev/null || { echo "FAIL: jq is not installed (packaging/install-deps.sh)"; exit 1; }
# json FILE FILTER: the jq filter's result over the body, compact (strings unquoted).
json() { jq -rc "$2" "$1" 2>/dev/null; }

# 1. wget list (raw '+' in the query, read as a space: the digits still match).
wget -q -S -O "$WORK/list.json" \
    "http://$HOST/api/v1/phone_numbers?number=+441224980000&auth_token=$AUTH" \
    2>"$WORK/list.headers"
if grep -q "HTTP/1.1 200" "$WORK/list.headers" \
    && [ "$(json "$WORK/list.json" '[.numbers[0].number, .metadata.total_count]')" \
         = '["+441224980000",1]' ]; then
    pass "wget list by number=+441224980000"
else
    fail "wget list: $(cat "$WORK/list.json")"
fi

# 2. curl POST as the seed writes it: not JSON, so 400 with a clear message.
STATUS=$(curl -s -o "$WORK/post.json" -w '%{http_code}' -H "Content-Type: application/json" -X POST -d '{provider_configuration_id: 150, offer_id: 100, toll_free: true, country: 'US'}' http://$HOST/api/v1/phone_numbers.json?auth_token=$AUTH)
if [ "$STATUS" = 400 ] \
    && json "$WORK/post.json" '.errors.base[0]' | grep -q "^The request body is not valid JSON: "; then
    pass "curl POST (seed body) -> 400 $(json "$WORK/post.json" '.errors.base[0]')"
else
    fail "curl POST: $STATUS $(cat "$WORK/post.json")"
fi
# ... and the same purchase with a JSON body buys a US toll-free number.
STATUS=$(curl -s -o "$WORK/post2.json" -w '%{http_code}' -H "Content-Type: application/json" -X POST -d '{"provider_configuration_id": 150, "offer_id": 100, "toll_free": true, "country": "US"}' http://$HOST/api/v1/phone_numbers.json?auth_token=$AUTH)
if [ "$STATUS" = 201 ] && json "$WORK/post2.json" '.number.number' | grep -Eq '^\+18(00|88|77|66|55|44|33)[0-9]{7}$'; then
    pass "curl POST (JSON body) -> 201 $(json "$WORK/post2.json" '.number.number')"
else
    fail "curl POST JSON: $STATUS $(cat "$WORK/post2.json")"
fi

# 3. GET by internal id, as in the seed.
STATUS=$(curl -s -o "$WORK/show.json" -w '%{http_code}' http://$HOST/api/v1/phone_numbers/20590?auth_token=$AUTH)
if [ "$STATUS" = 200 ] && [ "$(json "$WORK/show.json" '[.number.id, .metadata.root, (.checksum | length)]')" = '[20590,"number",32]' ]; then
    pass "curl GET phone_numbers/20590"
else
    fail "GET by id: $STATUS $(cat "$WORK/show.json")"
fi

# 4. GET by full number (id=+18005002562), raw and encoded.
for ID in +18005002562 %2B18005002562; do
    STATUS=$(curl -s -o "$WORK/shown.json" -w '%{http_code}' "http://$HOST/api/v1/phone_numbers/$ID?auth_token=$AUTH")
    if [ "$STATUS" = 200 ] && [ "$(json "$WORK/shown.json" '.number.number')" = "+18005002562" ]; then
        pass "GET phone_numbers/$ID"
    else
        fail "GET by number $ID: $STATUS $(cat "$WORK/shown.json")"
    fi
done

# 5. PUT, the seed's body, on :id = 20591.
STATUS=$(curl -s -o "$WORK/put.json" -w '%{http_code}' -H "Content-Type: application/json" -X PUT -d '{"traffic_source_id":"1002592"}' http://$HOST/api/v1/phone_numbers/20591?auth_token=$AUTH)
if [ "$STATUS" = 200 ] && [ "$(json "$WORK/put.json" '[.number.traffic_source_id, (.number.user_updated_at != null)]')" = '[1002592,true]' ]; then
    pass "curl PUT phone_numbers/20591 traffic_source_id"
else
    fail "PUT: $STATUS $(cat "$WORK/put.json")"
fi

# 6. DELETE the number just bought, then it is gone (404).
NEW_ID=$(json "$WORK/post2.json" '.number.id')
STATUS=$(curl -s -o "$WORK/delete.json" -w '%{http_code}' -H "Content-Type: application/json" -X DELETE http://$HOST/api/v1/phone_numbers/$NEW_ID?auth_token=$AUTH)
if [ "$STATUS" = 200 ] && [ "$(json "$WORK/delete.json" '.number.deleted_at != null')" = true ]; then
    pass "curl DELETE phone_numbers/$NEW_ID"
else
    fail "DELETE: $STATUS $(cat "$WORK/delete.json")"
fi
STATUS=$(curl -s -o /dev/null -w '%{http_code}' http://$HOST/api/v1/phone_numbers/$NEW_ID?auth_token=$AUTH)
[ "$STATUS" = 404 ] && pass "deleted number answers 404" || fail "deleted number: $STATUS"

# 7. No credentials: 401.
STATUS=$(curl -s -o /dev/null -w '%{http_code}' "http://$HOST/api/v1/phone_numbers")
[ "$STATUS" = 401 ] && pass "no credentials -> 401" || fail "no credentials: $STATUS"

# 8. SIGTERM ends the server cleanly.
kill -TERM "$SERVER_PID"
wait "$SERVER_PID"
CODE=$?
SERVER_PID=""
[ "$CODE" = 0 ] && grep -q "sandbox stopped" "$WORK/out.txt" && pass "SIGTERM -> clean exit" \
    || fail "SIGTERM exit code $CODE"

if [ "$FAILURES" -ne 0 ]; then
    echo "$FAILURES check(s) failed"
    exit 1
fi
echo "all seed examples passed"
