#!/usr/bin/env bash
# Loopback tests of an example server (cors-beast-server or cors-httplib-server): start it on
# a free port with a policy from data/, send real requests with curl and check the exact
# response headers. Every server started here is stopped on exit, whatever happens, and must
# exit with status 0 on SIGTERM.
#
#   loopback_test.sh SERVER_BINARY
set -u

server=${1:?usage: loopback_test.sh SERVER_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
data=$here/data
command -v curl >/dev/null || { echo "FAIL: curl is not installed"; exit 1; }

# shellcheck source=servers.sh
. "$here/servers.sh"

checks=0
current=""
fail() {
    echo "FAIL: $current: $*"
    failures=$((failures + 1))
}

# check NAME: starts a named check (its failures are reported under that name).
check() {
    current=$1
    checks=$((checks + 1))
}

# request PATH [curl options...]: one request on its own connection; sets $status, $headers
# (the response's header block, CR removed) and $body.
request() {
    local path=$1
    shift
    status=$(curl -sS --max-time 5 -D "$tmp/headers" -o "$tmp/body" -w '%{http_code}' "$@" "http://127.0.0.1:$port$path") ||
        fail "curl failed"
    headers=$(tr -d '\r' <"$tmp/headers")
    body=$(cat "$tmp/body")
}

# The values of every line of one header, one per line (names are case-insensitive).
values() { printf '%s\n' "$headers" | grep -i "^$1:" | sed 's/^[^:]*:[ \t]*//; s/[ \t]*$//'; }

expect_status() { [ "$status" = "$1" ] || fail "status $status, expected $1"; }
# expect_header NAME VALUE: exactly one line of NAME, with exactly VALUE.
expect_header() {
    local got
    got=$(values "$1")
    [ "$(printf '%s' "$got" | grep -c '')" -le 1 ] || fail "several $1 lines: $(echo $got)"
    [ "$got" = "$2" ] || fail "$1: '$got', expected '$2'"
}
expect_no_header() {
    local got
    got=$(values "$1")
    [ -z "$got" ] || fail "$1 present: '$got'"
}
expect_body() { [ "$body" = "$1" ] || fail "body '$body', expected '$1'"; }
expect_empty_body() { [ -z "$body" ] || fail "body '$body', expected none"; }

app=https://app.example.com
evil=https://evil.example
preflight_vary="Origin, Access-Control-Request-Method, Access-Control-Request-Headers"
cors_headers=(Access-Control-Allow-Origin Access-Control-Allow-Credentials Access-Control-Expose-Headers
    Access-Control-Allow-Methods Access-Control-Allow-Headers Access-Control-Max-Age)
expect_no_cors() { for h in "${cors_headers[@]}"; do expect_no_header "$h"; done; }
# The origin allowed, with credentials.
expect_credentialed_allow() {
    expect_header Access-Control-Allow-Origin "$1"
    expect_header Access-Control-Allow-Credentials true
}
# What data/loopback.json gives an actual request from $app (set below).
expect_app_actual_headers() {
    expect_credentialed_allow "$app"
    expect_header Access-Control-Expose-Headers X-Request-Id
    expect_header Vary Origin
}

# --- data/loopback.json: exact origins and a subdomain wildcard, credentials, max_age 600,
# --- Kong's preflight status (200).
start_server main --policy "$data/loopback.json"

check allowed_actual_get
request /api/items -H "Origin: $app"
expect_status 200
expect_app_actual_headers
expect_no_header Access-Control-Allow-Methods
expect_header X-Secret s3cr3t
expect_body '{"method":"GET","path":"/api/items"}'

check allowed_actual_subdomain_wildcard
request /api/items -H "Origin: https://eu.admin.example.com"
expect_status 200
expect_header Access-Control-Allow-Origin https://eu.admin.example.com
expect_header Vary Origin

check allowed_actual_put
request /api/items -X PUT -H "Origin: $app" -H "Content-Type: application/json" --data '{"name":"x"}'
expect_status 200
expect_credentialed_allow "$app"
expect_body '{"method":"PUT","path":"/api/items"}'

check denied_actual_is_forwarded_without_cors_headers
request /api/items -H "Origin: $evil"
expect_status 200
expect_no_cors
expect_header Vary Origin
expect_body '{"method":"GET","path":"/api/items"}'

check denied_actual_apex_of_wildcard
request /api/items -H "Origin: https://admin.example.com"
expect_status 200
expect_no_cors
expect_header Vary Origin

check denied_duplicate_origin
request /api/items -H "Origin: $app" -H "Origin: $app"
expect_status 200
expect_no_cors
expect_header Vary Origin

check no_origin
request /api/items
expect_status 200
expect_no_cors
expect_header Vary Origin
expect_body '{"method":"GET","path":"/api/items"}'

check allowed_preflight
request /api/items -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: PUT" \
    -H "Access-Control-Request-Headers: x-custom,content-type"
expect_status 200
expect_credentialed_allow "$app"
expect_header Access-Control-Allow-Methods PUT
expect_header Access-Control-Allow-Headers x-custom,content-type
expect_header Access-Control-Max-Age 600
expect_header Vary "$preflight_vary"
expect_header Content-Length 0
expect_no_header Access-Control-Expose-Headers
expect_no_header X-Handler  # answered by CORS, not by the handler
expect_no_header Content-Type
expect_empty_body

check allowed_preflight_header_list_on_two_lines
request /api/items -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: DELETE" \
    -H "Access-Control-Request-Headers: x-custom" -H "Access-Control-Request-Headers: content-type"
expect_status 200
expect_header Access-Control-Allow-Methods DELETE
expect_header Access-Control-Allow-Headers x-custom,content-type

check allowed_preflight_safelisted_method
request /api/items -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: POST"
expect_status 200
expect_header Access-Control-Allow-Origin "$app"
expect_no_header Access-Control-Allow-Methods
expect_no_header Access-Control-Allow-Headers
expect_empty_body

check denied_preflight_origin
request /api/items -X OPTIONS -H "Origin: $evil" -H "Access-Control-Request-Method: PUT"
expect_status 403
expect_no_cors
expect_header Vary "$preflight_vary"
expect_header Content-Length 0
expect_empty_body

check denied_preflight_method
request /api/items -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: PATCH"
expect_status 403
expect_no_cors
expect_header Vary "$preflight_vary"
expect_empty_body

check denied_preflight_header
request /api/items -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: PUT" \
    -H "Access-Control-Request-Headers: content-type,x-evil"
expect_status 403
expect_no_cors
expect_header Vary "$preflight_vary"
expect_empty_body

check options_without_request_method_is_an_actual_request
request /api/items -X OPTIONS -H "Origin: $app"
expect_status 200
expect_header X-Handler options
expect_header Access-Control-Allow-Origin "$app"
expect_header Vary Origin

check vary_merged_with_handler_vary
request /api/vary -H "Origin: $app"
expect_status 200
expect_header Vary "Accept-Encoding, Origin"
expect_header Access-Control-Allow-Origin "$app"

check vary_merged_on_denied_origin
request /api/vary -H "Origin: $evil"
expect_status 200
expect_header Vary "Accept-Encoding, Origin"
expect_no_cors

check vary_merged_without_origin
request /api/vary
expect_header Vary "Accept-Encoding, Origin"

check not_found_has_cors_headers
request /api/missing -H "Origin: $app"
expect_status 404
expect_app_actual_headers
expect_body '{"error":"not found"}'

check not_found_denied_origin
request /api/missing -H "Origin: $evil"
expect_status 404
expect_no_cors
expect_header Vary Origin

check server_error_has_cors_headers
request /api/boom -H "Origin: $app"
expect_status 500
expect_credentialed_allow "$app"
expect_header Vary Origin
expect_body '{"error":"internal"}'
expect_no_header EXCEPTION_WHAT

check handler_acao_replaced
request /api/acao -H "Origin: $app"
expect_status 200
expect_credentialed_allow "$app"
expect_header Vary Origin

check handler_acao_removed_for_denied_origin
request /api/acao -H "Origin: $evil"
expect_status 200
expect_no_cors

check handler_acao_removed_without_origin
request /api/acao
expect_status 200
expect_no_cors

check keep_alive_several_requests_on_one_connection
# Four transfers on one curl command line: one connection (num_connects 1, then 0s), each
# response decorated.
out=$(curl -sS --max-time 10 -o /dev/null \
    -w '%{http_code} %{num_connects} %header{access-control-allow-origin} %header{vary}\n' \
    -H "Origin: $app" "http://127.0.0.1:$port/api/items" \
    --next -o /dev/null -w '%{http_code} %{num_connects} %header{access-control-allow-origin} %header{vary}\n' \
    -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: PUT" "http://127.0.0.1:$port/api/items" \
    --next -o /dev/null -w '%{http_code} %{num_connects} %header{access-control-allow-origin} %header{vary}\n' \
    -H "Origin: $evil" "http://127.0.0.1:$port/api/missing" \
    --next -o /dev/null -w '%{http_code} %{num_connects} %header{access-control-allow-origin} %header{vary}\n' \
    -H "Origin: $app" "http://127.0.0.1:$port/api/vary" | tr -d '\r') || fail "curl failed"
expected="200 1 $app Origin
200 0 $app $preflight_vary
404 0  Origin
200 0 $app Accept-Encoding, Origin"
[ "$out" = "$expected" ] || fail "got:
$out
expected:
$expected"

check preflight_counter
request /api/preflights
# allowed (3), denied (3) and the keep-alive one; not the OPTIONS without a request method.
expect_body '{"preflights":7}'

check sigterm_exits_0
stop_server main

# --- data/loopback-continue.json: preflight_continue: the handler answers preflights.
start_server continue --policy "$data/loopback-continue.json"

check preflight_continue_reaches_handler_with_cors_headers
request /api/items -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: PUT" \
    -H "Access-Control-Request-Headers: x-custom"
expect_status 200
expect_header X-Handler options
expect_body '{"handler":"OPTIONS /api/items"}'
expect_header Access-Control-Allow-Origin "$app"
expect_header Access-Control-Allow-Methods PUT
expect_header Access-Control-Allow-Headers x-custom
expect_header Access-Control-Max-Age 600
expect_header Vary "$preflight_vary"
expect_no_header Access-Control-Allow-Credentials

check preflight_continue_denied_reaches_handler_without_cors_headers
request /api/items -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: PATCH"
expect_status 200
expect_header X-Handler options
expect_no_cors
expect_header Vary "$preflight_vary"

check preflight_continue_no_route_is_404_with_cors_headers
request /api/missing -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: PUT"
expect_status 404
expect_header Access-Control-Allow-Origin "$app"
expect_header Access-Control-Allow-Methods PUT

# --- data/loopback-204.json: any origin, preflight_status 204 (no Content-Length then).
start_server no_content --policy "$data/loopback-204.json"

check metrics_count_each_request_once_in_prometheus_format
request /api/items -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: PUT"
request /api/items -H "Origin: $app"
request /api/items -H "Origin: null"
request /metrics
expect_status 200
expect_header Content-Type "text/plain; version=0.0.4"
expected_metrics='# HELP cors_decisions_total CORS decisions by request kind, outcome and reason.
# TYPE cors_decisions_total counter
cors_decisions_total{kind="actual",outcome="allowed",reason="allowed"} 2
cors_decisions_total{kind="preflight",outcome="allowed",reason="allowed"} 1'
# The /metrics request itself (no Origin: not_cors) is counted before or after the body is
# rendered, depending on the server: leave that line out.
got_metrics=$(printf '%s\n' "$body" | grep -v 'kind="not_cors"')
[ "$got_metrics" = "$expected_metrics" ] || fail "metrics: '$body'"

check preflight_204_without_content_length
request /api/items -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: PUT"
expect_status 204
expect_header Access-Control-Allow-Origin "*"
expect_header Access-Control-Allow-Methods PUT
# RESTinio 0.6 writes Content-Length on every response it builds (restinio_controlled_output in
# restinio/message_builders.hpp), a 204 included: against RFC 9110 (15.3.5), RESTinio's alone,
# listed in docs/adapters.md (RESTinio). Browsers accept it; the other servers send none.
case "$(basename "$server")" in
    cors-restinio-server) expect_header Content-Length 0 ;;
    *) expect_no_header Content-Length ;;
esac
expect_empty_body

check any_origin_policy_no_vary
request /api/items -H "Origin: $evil"
expect_status 200
expect_header Access-Control-Allow-Origin "*"
expect_no_header Vary

# --- data/router.json: /api/items for GET and PUT from app only (credentials); the rest of
# --- /api/ from any origin; nothing else.
start_server router --policy "$data/router.json"

check router_route_by_path_and_method
request /api/items -H "Origin: $app"
expect_credentialed_allow "$app"
request /api/items -H "Origin: $evil"
expect_no_cors
request /api/items -X DELETE -H "Origin: $evil"
expect_header Access-Control-Allow-Origin "*"

check router_preflight_routes_by_requested_method
request /api/items -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: PUT"
expect_status 200
expect_header Access-Control-Allow-Origin "$app"
expect_header Access-Control-Allow-Methods PUT
request /api/items -X OPTIONS -H "Origin: $evil" -H "Access-Control-Request-Method: DELETE"
expect_status 200
expect_header Access-Control-Allow-Origin "*"
expect_header Access-Control-Allow-Methods DELETE

check router_ambiguous_or_uncovered_path_gets_no_cors
request '/api/..%2fapi/items' --path-as-is -H "Origin: $evil"
expect_no_cors
request /elsewhere -H "Origin: $app"
expect_no_cors
stop_server router TERM

# --- data/router_confusion.json: a strict credentialed /api/items route beside a permissive
# --- credentialed default. A target that some server reads as /api/items (cpp-httplib decodes
# --- %69, Java strips ;x, a case-insensitive server folds ITEMS), or HEAD, which runs the GET
# --- handler, must never carry the default's grant.
start_server router_confusion --policy "$data/router_confusion.json"

check router_confusable_paths_get_no_cors
for target in '/api/%69tems' '/api/item%73' '/%61pi/items' '/api/items;x' '/api/x/..;/items' '/API/ITEMS' \
    '/api/Items' '/api%2Fitems' '/api/./items' '/api//items'; do
    request "$target" --path-as-is -H "Origin: $evil"
    expect_no_cors
done

check router_head_selects_the_get_route
request /api/items -I -H "Origin: $evil"
expect_no_cors
request /api/items -I -H "Origin: $app"
expect_header Access-Control-Allow-Origin "$app"
expect_header Access-Control-Expose-Headers X-Request-Id

check router_unambiguous_paths_keep_their_route
request /api/items -H "Origin: $app"
expect_header Access-Control-Allow-Origin "$app"
request /elsewhere -H "Origin: $evil"
expect_header Access-Control-Allow-Origin "$evil"
stop_server router_confusion TERM

# --- --kong data/kong.yml: a Kong declarative file; each path gets the cors plugin Kong runs
# --- for its route (route, else service, else global); a path no route covers gets none.
# --- (CORS_TEST_KONG=1: the server was built with cors::kong.)
if [ "${CORS_TEST_KONG:-0}" = 1 ]; then
    start_server kong --kong "$data/kong.yml"

    check kong_route_plugin
    request /api/items -H "Origin: $app"
    expect_status 200
    expect_credentialed_allow "$app"
    request /api/items -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: PUT" \
        -H "Access-Control-Request-Headers: content-type"
    expect_status 200
    expect_header Access-Control-Allow-Origin "$app"
    expect_header Access-Control-Allow-Methods PUT
    expect_header Access-Control-Allow-Headers content-type
    expect_header Access-Control-Max-Age 600
    request /api/items -H "Origin: https://service.example.com"
    expect_no_cors

    check kong_service_plugin
    request /api/whoami -H "Origin: https://service.example.com"
    expect_header Access-Control-Allow-Origin https://service.example.com
    expect_no_header Access-Control-Allow-Credentials
    request /api/whoami -H "Origin: $app"
    expect_no_cors

    check kong_global_plugin
    request /api/preflights -H "Origin: $evil"
    expect_header Access-Control-Allow-Origin "*"

    check kong_no_route_no_cors
    request /api/vary -H "Origin: $app"
    expect_no_cors
    stop_server kong TERM

    check kong_file_not_loading_exits_2
    printf '_format_version: "4.0"\nroutes: [{paths: [/a]}]\n' >"$tmp/bad-kong.yml"
    timeout 10 "$server" --port 0 --kong "$tmp/bad-kong.yml" >"$tmp/bad-kong.out" 2>"$tmp/bad-kong.err"
    rc=$?
    [ "$rc" = 2 ] || fail "exit status $rc, expected 2"
    grep -q '^/_format_version: error kong_format_version: ' "$tmp/bad-kong.err" ||
        fail "no kong_format_version diagnostic: $(cat "$tmp/bad-kong.err")"
fi

# --- --log-denials: the adapter's on_denied hook logs each denial once, escaped, without the
# --- query; allowed requests are not logged.
start_server denials --policy "$data/loopback.json" --log-denials

check denials_logged_once_escaped
request '/api/items?token=secret' -H "Origin: $evil"
request /api/items -H "Origin: $app"
request /api/items -H 'Origin: https://a"b.example'
request /api/items -X OPTIONS -H "Origin: $app" -H "Access-Control-Request-Method: PATCH"
stop_server denials TERM
expected_log='cors: denied GET /api/items: origin_not_allowed "https://evil.example"
cors: denied GET /api/items: origin_malformed "https://a\x22b.example"
cors: denied OPTIONS /api/items: method_not_allowed "PATCH"'
got_log=$(grep '^cors: ' "$tmp/denials.err")
[ "$got_log" = "$expected_log" ] || fail "denial log:
$got_log
expected:
$expected_log"

# --- A policy that does not load: status 2, diagnostics on standard error.
check bad_policy_exits_2
printf '{"origins": ["https://app.example.com/"], "credentials": "yes"}' >"$tmp/bad.json"
timeout 10 "$server" --port 0 --policy "$tmp/bad.json" >"$tmp/bad.out" 2>"$tmp/bad.err"
rc=$?
[ "$rc" = 2 ] || fail "exit status $rc, expected 2"
grep -q '^/origins/0: error origin_malformed: ' "$tmp/bad.err" || fail "no origin_malformed diagnostic: $(cat "$tmp/bad.err")"
grep -q '^/credentials: error ' "$tmp/bad.err" || fail "no /credentials diagnostic: $(cat "$tmp/bad.err")"
[ ! -s "$tmp/bad.out" ] || fail "standard output: $(cat "$tmp/bad.out")"

check sigint_exits_0
stop_server no_content INT

check every_server_exits_0_on_sigterm
stop_all_servers

echo "$checks checks, $failures failures ($(basename "$server"))"
[ "$failures" = 0 ]
