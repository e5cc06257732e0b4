#!/usr/bin/env bash
# The whole API with curl against a running otp-sandbox (python3 reads the JSON).
#   docs/walkthrough.sh [BASE_URL]          default http://127.0.0.1:8765
#   PHONE=9876543219 docs/walkthrough.sh    another +91 number (default: the test
#                                           number whose code 012345 starts with 0)
#   SANDBOX_TOKEN=… docs/walkthrough.sh     the token of an --allow-remote sandbox
# Each step names the status it expects and stops the script on any other.
set -euo pipefail
B=${1:-http://127.0.0.1:8765}
PHONE=${PHONE:-9999900002}
CC=+91
DEV=(-H 'Content-Type: application/json')
if [ -n "${SANDBOX_TOKEN:-}" ]; then DEV+=(-H "Authorization: Bearer $SANDBOX_TOKEN"); fi

call() { # call STATUS CURL-ARGS...: prints the answer; BODY keeps it
  local want=$1 out status
  shift
  out=$(curl -sS -w '\n%{http_code}' "$@")
  status=${out##*$'\n'}
  BODY=${out%$'\n'*}
  echo "HTTP $status $BODY"
  if [ "$status" != "$want" ]; then echo "expected HTTP $want" >&2; exit 1; fi
}
field() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
latest_otp() { python3 -c 'import json, sys; print(json.load(sys.stdin)["messages"][0]["otp"])'; }
# verify takes authCode and otp as JSON numbers, as documented. python3 writes
# them: int("012345") is 12345 (the sandbox pads it back to 6 digits), where a
# bare 012345 is not JSON and bash arithmetic would read it as octal.
verify_body() {
  python3 -c 'import json, sys; p, c, a, o = sys.argv[1:]
print(json.dumps({"phone_number": p, "countryCode": c, "authCode": int(a), "otp": int(o)}))' "$@"
}

echo "== demo credentials (of a new user, so the wallet is new too) and rules"
call 200 "${DEV[@]}" "$B/__sandbox/credentials?user=walkthrough-$RANDOM$RANDOM"
CLIENT_ID=$(field clientID <<<"$BODY")
SECRET=$(field clientSecret <<<"$BODY")
JWT=$(field userJwt <<<"$BODY")
call 200 "${DEV[@]}" "$B/__sandbox/rules"
COOLDOWN=$(field resend_cooldown_s <<<"$BODY")
H=(-H 'Content-Type: application/json' -H "clientID: $CLIENT_ID" -H "clientSecret: $SECRET"
   -H "user-jwt-token: $JWT")
P="{\"phone_number\": \"$PHONE\", \"countryCode\": \"$CC\"}"

echo "== register, then resend too early (429 with Retry-After), then in time"
call 200 "${H[@]}" -d "$P" "$B/api/proxy/auth/otp/register"
call 429 "${H[@]}" -d "$P" "$B/api/proxy/auth/otp/resend"
sleep "$COOLDOWN"
call 200 "${H[@]}" -d "$P" "$B/api/proxy/auth/otp/resend"
AUTH=$(field authCode <<<"$BODY") # a string here; the latest one is the one to verify with

echo "== the code sent (a real server texts it; the sandbox keeps an inbox)"
call 200 "${DEV[@]}" "$B/__sandbox/messages?phone_number=$PHONE"
OTP=$(latest_otp <<<"$BODY")
WRONG=$(((10#$OTP + 1) % 1000000))
echo "code $OTP; verify sends the numbers $((10#$AUTH)) and $((10#$OTP))"

echo "== verify: a wrong code (400, attemptsLeft), then the right one (201)"
call 400 "${H[@]}" -d "$(verify_body "$PHONE" "$CC" "$AUTH" "$WRONG")" "$B/api/proxy/auth/otp/verify"
call 201 "${H[@]}" -d "$(verify_body "$PHONE" "$CC" "$AUTH" "$OTP")" "$B/api/proxy/auth/otp/verify"

echo "== wallet: balance, two pages of transactions, withdraw (again: 400)"
call 200 "${H[@]}" "$B/api/wallet/balance"
call 200 "${H[@]}" "$B/api/wallet/transactions/list"
NEXT=$(field last_evaluated_key <<<"$BODY")
call 200 "${H[@]}" "$B/api/wallet/transactions/list?last_evaluated_key=$NEXT"
call 200 "${H[@]}" -X POST "$B/api/wallet/withdraw"
call 400 "${H[@]}" -X POST "$B/api/wallet/withdraw"

echo "== no credentials: 401; an injected fault: the next register answers 503"
call 401 -H 'Content-Type: application/json' -d "$P" "$B/api/proxy/auth/otp/register"
call 201 "${DEV[@]}" -d '{"kind": "status", "status": 503, "count": 1, "endpoint": "register"}' \
  "$B/__sandbox/faults"
call 503 "${H[@]}" -d "$P" "$B/api/proxy/auth/otp/register"

echo "== what the sandbox received, newest first (codes masked)"
call 200 "${DEV[@]}" "$B/__sandbox/requests"
