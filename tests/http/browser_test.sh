#!/usr/bin/env bash
# Real-browser test: headless Chromium loads static/index.html from one example server
# (http://127.0.0.1:P1) and calls the API of another (http://127.0.0.1:P2) under a policy
# allowing http://127.0.0.1:* ; the page checks what its JavaScript can read and writes one
# "name: pass|fail" line per check into the DOM, which Chromium dumps. Runs once with a policy
# that allows credentials and once with one that does not. Fails (does not skip) when Chromium
# is missing. Then cross-origin request protection (run_protection): a cross-site form POST is
# refused before the handler, an allowed origin's fetch POST, a same-origin form POST and a curl
# POST reach it.
#
#   browser_test.sh SERVER_BINARY
set -u

server=${1:?usage: browser_test.sh SERVER_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
data=$here/data

chromium=${CHROMIUM:-}
if [ -z "$chromium" ]; then
    for candidate in chromium chromium-browser google-chrome; do
        if command -v "$candidate" >/dev/null; then chromium=$candidate; break; fi
    done
fi
if [ -z "$chromium" ]; then
    echo "FAIL: Chromium is not installed (apt-get install chromium), or set CHROMIUM"
    exit 1
fi

# shellcheck source=servers.sh
. "$here/servers.sh"

allowed=(simple_get_readable exposed_header_readable unexposed_header_hidden preflighted_put_with_custom_header
    preflighted_delete disallowed_method_blocked disallowed_header_blocked not_found_readable server_error_readable
    handler_vary_readable handler_acao_replaced_readable uncredentialed_fetch_sends_no_cookie
    preflight_cached_within_max_age)
denied=(disallowed_origin_simple_get_blocked disallowed_origin_credentialed_get_blocked
    disallowed_origin_preflighted_put_blocked disallowed_origin_not_found_blocked)

# browse NAME URL EXPECTED_CHECKS...: loads URL in a fresh profile, prints the page's results
# and checks that exactly the expected checks are there, each passed.
browse() {
    local name=$1 url=$2
    shift 2
    mkdir -p "$tmp/$name-profile"
    timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --disable-quic --disable-extensions --mute-audio \
        --user-data-dir="$tmp/$name-profile" --virtual-time-budget=15000 ${CHROMIUM_EXTRA:+"$CHROMIUM_EXTRA"} \
        --dump-dom "$url" \
        >"$tmp/$name.dom" 2>"$tmp/$name.chromium.err"
    local rc=$?
    local results
    results=$(sed -n '/<pre id="results">/,/<\/pre>/p' "$tmp/$name.dom" | sed 's/.*<pre id="results">//; s|</pre>.*||')
    echo "== $name: $url"
    echo "$results"
    local bad=0
    if [ "$rc" != 0 ]; then
        echo "FAIL: $name: chromium exited with status $rc"
        grep -v dbus "$tmp/$name.chromium.err" | tail -20
        bad=1
    fi
    if ! printf '%s\n' "$results" | grep -q '^done: '; then
        echo "FAIL: $name: the page did not finish"
        bad=1
    fi
    local check
    for check in "$@"; do
        printf '%s\n' "$results" | grep -qx "$check: pass" || { echo "FAIL: $name: $check did not pass"; bad=1; }
    done
    local count
    count=$(printf '%s\n' "$results" | grep -c ': pass$')
    [ "$count" = "$#" ] || { echo "FAIL: $name: $count checks passed, expected $#"; bad=1; }
    failures=$((failures + bad))
}

# run_policy NAME POLICY CREDENTIALS EXTRA_CHECKS...: a page server (with --static) and an API
# server, both with POLICY; index.html from an allowed origin, probe.html from a denied one.
run_policy() {
    local name=$1 policy=$2 credentials=$3
    shift 3
    start_server "$name-page" --policy "$policy" --static "$here/static"
    local page_port=$port
    start_server "$name-api" --policy "$policy"
    local api=http://127.0.0.1:$port
    browse "$name" "http://127.0.0.1:$page_port/index.html?api=$api&credentials=$credentials" "${allowed[@]}" "$@"
    browse "$name-denied-origin" "http://localhost:$page_port/probe.html?api=$api" "${denied[@]}"
    stop_all_servers
}

# writes API: how many unsafe-method requests reached the /api/items handler.
writes() { curl -s "$1/api/writes" | sed -n 's/^{"writes":\([0-9]*\)}$/\1/p'; }

# expect_writes NAME API N: the counter is N.
expect_writes() {
    local got
    got=$(writes "$2")
    echo "$1: /api/writes = $got"
    [ "$got" = "$3" ] || { echo "FAIL: $1: /api/writes is $got, expected $3"; failures=$((failures + 1)); }
}

# Cross-origin request protection: one API server (with --static) reached under three host
# names, which Chromium resolves to 127.0.0.1: attacker.test (another site, not allowed),
# localhost (another site, allowed by the policy) and 127.0.0.1 itself (same origin).
run_protection() {
    start_server protection --policy "$data/browser-protection.json" --static "$here/static"
    local api=http://127.0.0.1:$port
    local rules="--host-resolver-rules=MAP attacker.test 127.0.0.1"
    expect_writes protection-start "$api" 0
    CHROMIUM_EXTRA=$rules browse protection-cross-site-form \
        "http://attacker.test:$port/csrf.html?api=$api&mode=form" cross_site_form_post_sent
    expect_writes protection-cross-site-form "$api" 0  # refused before the handler
    curl -s "$api/metrics" | grep -q 'reason="cross_origin_request_blocked"} 1$' ||
        { echo "FAIL: the server did not refuse the form POST (/metrics)"; failures=$((failures + 1)); }
    CHROMIUM_EXTRA=$rules browse protection-allowed-fetch \
        "http://localhost:$port/csrf.html?api=$api&mode=fetch" allowed_origin_fetch_post_succeeds
    expect_writes protection-allowed-fetch "$api" 1
    browse protection-same-origin-form "$api/csrf.html?api=$api&mode=same" same_origin_form_post_succeeds
    expect_writes protection-same-origin-form "$api" 2
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data 'item=1' "$api/api/items")
    [ "$status" = 200 ] || { echo "FAIL: a POST without Origin or Sec-Fetch-Site got $status"; failures=$((failures + 1)); }
    expect_writes protection-curl-post "$api" 3
    stop_all_servers
}

echo "server: $server"
run_policy credentials "$data/browser-credentials.json" true \
    credentialed_cookie_fetch_readable credentialed_fetch_sends_cookie
run_policy no-credentials "$data/browser-no-credentials.json" false \
    credentialed_cookie_fetch_blocked credentialed_whoami_blocked
run_protection

[ "$failures" = 0 ] && echo "all browser checks passed ($(basename "$server"))"
[ "$failures" = 0 ]
