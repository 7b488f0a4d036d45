#!/usr/bin/env bash
# Real-browser test of one example server in one engine: Chromium (headless, --dump-dom),
# Firefox ESR (headless, Marionette) or WebKit (WebKitWebDriver + MiniBrowser under xvfb-run);
# browser_driver.py drives the last two. Every page load gets a fresh profile and is bounded by
# a timeout. The pages (static/) run the checks in JavaScript and write one "name: pass|fail"
# line per check; the script compares them with data/browser-expectations.txt, the one table of
# what each engine is expected to show, and why where an engine differs.
#
#   run_policy      index.html from http://127.0.0.1:P1 calls the API on http://127.0.0.1:P2
#                   (policy http://127.0.0.1:*), with and without credentials; probe.html from
#                   http://localhost:P1, an origin the policy does not allow.
#   run_hosts       real host names resolved to loopback (Chromium --host-resolver-rules,
#                   Firefox network.dns.localDomains, WebKit a forward proxy in
#                   browser_driver.py), policy browser-hosts.json: an exact origin, a subdomain
#                   wildcard (http://*.app.test:*), its apex, another site, a suffix attack
#                   (app.example.test.evil.test) and a sandboxed iframe (Origin: null).
#   run_protection  cross-origin request protection: a cross-site form POST is refused before
#                   the handler, an allowed origin's fetch POST, a same-origin form POST and a
#                   curl POST reach it.
# Fails (does not skip) when the engine is missing.
#
#   browser_test.sh SERVER_BINARY [chromium|firefox|webkit]
set -u

server=${1:?usage: browser_test.sh SERVER_BINARY [chromium|firefox|webkit]}
engine=${2:-chromium}
here=$(cd "$(dirname "$0")" && pwd)
data=$here/data

# The host names the pages use, all resolved to 127.0.0.1.
test_hosts=(attacker.test app.example.test api.example.test tenant.app.test api.app.test app.test evil.test
    app.example.test.evil.test)

case $engine in
chromium)
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
    echo "engine: $("$chromium" --version 2>/dev/null)"
    ;;
firefox)
    if ! command -v firefox-esr >/dev/null && ! command -v firefox >/dev/null; then
        echo "FAIL: Firefox is not installed (apt-get install firefox-esr)"
        exit 1
    fi
    echo "engine: $( (firefox-esr --version || firefox --version) 2>/dev/null | head -1)"
    ;;
webkit)
    if ! command -v WebKitWebDriver >/dev/null || ! command -v xvfb-run >/dev/null ||
        ! compgen -G '/usr/lib/*/webkit2gtk-4.*/MiniBrowser' >/dev/null; then
        echo "FAIL: WebKit is not installed (apt-get install webkit2gtk-driver xvfb)"
        exit 1
    fi
    echo "engine: WebKitGTK $(dpkg-query -W -f='${Version}' 'libwebkit2gtk-4.*-0' 2>/dev/null | head -1)"
    ;;
*)
    echo "FAIL: unknown engine $engine (chromium, firefox or webkit)"
    exit 1
    ;;
esac

# shellcheck source=servers.sh
. "$here/servers.sh"

# The expectations table: "check chromium firefox webkit why", where check is CHECK or
# RUN/CHECK (that run only, over CHECK). expected[ENGINE:CHECK] is pass or fail (a known
# difference of that engine, the table says why).
declare -A expected=()
while read -r check chromium_expect firefox_expect webkit_expect _; do
    case $check in '' | '#'*) continue ;; esac
    expected[chromium:$check]=$chromium_expect
    expected[firefox:$check]=$firefox_expect
    expected[webkit:$check]=$webkit_expect
done <"$data/browser-expectations.txt"

allowed=(simple_get_readable exposed_header_readable unexposed_header_hidden preflighted_put_with_custom_header
    lowercase_put_normalized preflighted_delete disallowed_method_blocked disallowed_header_blocked
    not_found_readable server_error_readable handler_vary_readable handler_acao_replaced_readable
    uncredentialed_fetch_sends_no_cookie preflight_cached_within_max_age)
denied=(api_reachable_no_cors disallowed_origin_simple_get_blocked disallowed_origin_credentialed_get_blocked
    disallowed_origin_preflighted_put_blocked disallowed_origin_not_found_blocked)
credentialed=(credentialed_cookie_fetch_readable credentialed_fetch_sends_cookie)

# load NAME URL: loads URL in a fresh profile of $engine; the page's #results text goes to
# $tmp/NAME.results, the engine's messages to $tmp/NAME.err. Returns the engine's status.
load() {
    local name=$1 url=$2
    local profile=$tmp/$name-profile
    mkdir -p "$profile"
    case $engine in
    chromium)
        # IsolateSandboxedIframes off: with the sandboxed iframe in a process of its own,
        # --virtual-time-budget does not wait for its fetches and the DOM is dumped before it
        # reports (the requests still carry Origin: null, as the server's log shows).
        timeout -k 5 60 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
            --disable-background-networking --disable-component-update --disable-sync --disable-quic \
            --disable-extensions --mute-audio --user-data-dir="$profile" --virtual-time-budget=15000 \
            --host-resolver-rules="MAP *.test 127.0.0.1" --disable-features=IsolateSandboxedIframes --dump-dom "$url" >"$tmp/$name.dom" 2>"$tmp/$name.err"
        local rc=$?
        sed -n '/<pre id="results">/{:a;/<\/pre>/!{N;ba};s/.*<pre id="results">//;s|</pre>.*||;p;q}' \
            "$tmp/$name.dom" >"$tmp/$name.results"
        return $rc
        ;;
    firefox)
        local IFS=,
        timeout -k 5 60 python3 "$here/browser_driver.py" firefox "$url" --profile "$profile" \
            --hosts "${test_hosts[*]}" --timeout 45 >"$tmp/$name.results" 2>"$tmp/$name.err"
        ;;
    webkit)
        timeout -k 5 60 xvfb-run -a -s "-screen 0 1024x768x24 -nolisten tcp" \
            python3 "$here/browser_driver.py" webkit "$url" --profile "$profile" --timeout 45 \
            >"$tmp/$name.results" 2>"$tmp/$name.err"
        ;;
    esac
}

# browse NAME URL CHECKS...: loads URL, prints the page's results and checks that they are
# exactly CHECKS, each as the expectations table says for $engine.
browse() {
    local name=$1 url=$2
    shift 2
    load "$name" "$url"
    local rc=$?
    local results
    results=$(cat "$tmp/$name.results")
    echo "== $engine $name: $url"
    echo "$results"
    local bad=0
    if [ "$rc" != 0 ]; then
        echo "FAIL: $name: $engine exited with status $rc"
        grep -v -i dbus "$tmp/$name.err" | tail -20
        bad=1
    fi
    if ! printf '%s\n' "$results" | grep -q '^done: '; then
        echo "FAIL: $name: the page did not finish"
        bad=1
    fi
    local check want
    for check in "$@"; do
        want=${expected[$engine:$name/$check]:-${expected[$engine:$check]:-}}
        case $want in
        pass) printf '%s\n' "$results" | grep -qx "$check: pass" ||
            { echo "FAIL: $name: $check did not pass"; bad=1; } ;;
        fail) printf '%s\n' "$results" | grep -q "^$check: fail" ||
            { echo "FAIL: $name: $check was expected to fail in $engine (see browser-expectations.txt)"; bad=1; } ;;
        *) echo "FAIL: $name: $check is not in browser-expectations.txt for $engine"; bad=1 ;;
        esac
    done
    local count
    count=$(printf '%s\n' "$results" | grep -c -E ': (pass|fail)')
    [ "$count" = "$#" ] || { echo "FAIL: $name: the page reported $count checks, expected $#"; bad=1; }
    failures=$((failures + bad))
}

# run_policy NAME POLICY CREDENTIAL_CHECKS...: a page server (with --static) and an API server,
# both with POLICY; index.html from an allowed origin, probe.html from a denied one.
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

# run_hosts: origins with real host names (all resolved to 127.0.0.1) under browser-hosts.json,
# which allows http://app.example.test:* and http://*.app.test:* with credentials.
run_hosts() {
    local policy=$data/browser-hosts.json
    start_server hosts-page --policy "$policy" --static "$here/static"
    local page=$port
    start_server hosts-api --policy "$policy" --log-denials
    local api=$port
    # The API under a name of the page's site (example.test, app.test): the cookie is same-site.
    browse hosts-exact-origin "http://app.example.test:$page/index.html?api=http://api.example.test:$api&credentials=true" \
        "${allowed[@]}" "${credentialed[@]}"
    browse hosts-subdomain-wildcard "http://tenant.app.test:$page/index.html?api=http://api.app.test:$api&credentials=true" \
        "${allowed[@]}" "${credentialed[@]}"
    browse hosts-wildcard-apex "http://app.test:$page/probe.html?api=http://api.app.test:$api" "${denied[@]}"
    browse hosts-other-site "http://evil.test:$page/probe.html?api=http://api.example.test:$api" "${denied[@]}"
    browse hosts-suffix-attack "http://app.example.test.evil.test:$page/probe.html?api=http://api.example.test:$api" \
        "${denied[@]}"
    local sandboxed=(sandboxed_origin_is_null)
    local check
    for check in "${denied[@]}"; do sandboxed+=("sandboxed_$check"); done
    browse hosts-sandboxed-iframe "http://app.example.test:$page/sandbox.html?api=http://api.example.test:$api" \
        "${sandboxed[@]}"
    # The server saw the real origins (its denial log names them).
    local origin
    for origin in "http://app.test:$page" "http://evil.test:$page" "http://app.example.test.evil.test:$page" null; do
        grep -q "\"$origin\"" "$tmp/hosts-api.err" ||
            { echo "FAIL: the API server logged no denial of origin $origin"; failures=$((failures + 1)); }
    done
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
# names, all resolved to 127.0.0.1: attacker.test (another site, not allowed), localhost
# (another site, allowed by the policy) and 127.0.0.1 itself (same origin).
run_protection() {
    start_server protection --policy "$data/browser-protection.json" --static "$here/static"
    local api=http://127.0.0.1:$port
    expect_writes protection-start "$api" 0
    browse protection-cross-site-form "http://attacker.test:$port/csrf.html?api=$api&mode=form" cross_site_form_post_sent
    expect_writes protection-cross-site-form "$api" 0  # refused before the handler
    curl -s "$api/metrics" | grep -q 'reason="cross_origin_request_blocked"} 1$' ||
        { echo "FAIL: the server did not refuse the form POST (/metrics)"; failures=$((failures + 1)); }
    browse protection-allowed-fetch "http://localhost:$port/csrf.html?api=$api&mode=fetch" allowed_origin_fetch_post_succeeds
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
run_policy credentials "$data/browser-credentials.json" true "${credentialed[@]}"
run_policy no-credentials "$data/browser-no-credentials.json" false \
    credentialed_cookie_fetch_blocked credentialed_whoami_blocked
run_hosts
run_protection

[ "$failures" = 0 ] && echo "all $engine browser checks passed ($(basename "$server"))"
[ "$failures" = 0 ]
