#!/usr/bin/env bash
# What CORS costs a whole server: builds the example servers (Release, build/bench), starts each
# on a free port with benchmarks/server-policy.json (the typical policy of cors-bench) and runs
# wrk against GET /api/items in alternating rounds, each server and each kind in turn:
#
#   none       GET, no Origin (the baseline: CORS answers "not CORS" at once)
#   allowed    GET, Origin https://app.example.com (allowed: three headers and Vary added)
#   denied     GET, Origin https://evil.example.net (refused: Vary only)
#   preflight  OPTIONS, Origin https://app.example.com, Access-Control-Request-Method PUT,
#              Access-Control-Request-Headers authorization,content-type,x-request-id
#              (answered by CORS: the handler never runs)
#
# then prints, per server, the median requests per second of each kind over the rounds and its
# ratio to "none". Every kind is checked with curl first (status and CORS headers), so that a
# round cannot measure something else. Raw wrk output: build/bench/results/server/.
#
# Environment (all optional): SERVER_BENCH_ROUNDS=N (default 3), SERVER_BENCH_DURATION=T (wrk -d,
# default 3s), SERVER_BENCH_THREADS=N (wrk -t, default 2), SERVER_BENCH_CONNECTIONS=N (wrk -c,
# default 32), CORS_BENCH_JOBS=N (build with -j N), SERVER_BENCH_NO_BUILD=1 (use the binaries as
# they are), SERVER_BENCH_SERVERS="beast poco" (a subset). Needs cmake, g++, wrk, curl, python3,
# and each server's library (the README's prerequisites line); a server whose library is missing
# is left out, and named.
# On a shared machine, wrap it in flock with the builds: the servers and wrk share the cores.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$root/build/bench/results/server"
rounds=${SERVER_BENCH_ROUNDS:-3}
duration=${SERVER_BENCH_DURATION:-3s}
threads=${SERVER_BENCH_THREADS:-2}
connections=${SERVER_BENCH_CONNECTIONS:-32}
policy="$here/server-policy.json"
kinds=(none allowed denied preflight)
all_servers=(beast httplib qt poco restinio)  # examples/<name>_server.cpp
read -r -a wanted <<< "${SERVER_BENCH_SERVERS:-${all_servers[*]}}"

for tool in cmake wrk curl python3; do
    command -v "$tool" >/dev/null || { echo "server.sh: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done

cd "$root"
if [ -z "${SERVER_BENCH_NO_BUILD:-}" ]; then
    cmake --preset bench -DCORS_BUILD_EXAMPLES=ON >/dev/null
    for name in "${wanted[@]}"; do
        target="cors-$name-server"
        cmake --build build/bench --target help | grep "\\b$target\\b" >/dev/null || continue
        cmake --build build/bench --target "$target" ${CORS_BENCH_JOBS:+-j "$CORS_BENCH_JOBS"} >/dev/null
    done
fi
servers=()
for name in "${wanted[@]}"; do
    if [ -x "build/bench/examples/cors-$name-server" ]; then
        servers+=("$name")
    else
        echo "server.sh: cors-$name-server was not built (its library is missing): left out" >&2
    fi
done
[ "${#servers[@]}" -gt 0 ] || { echo "server.sh: no example server was built (see the README's prerequisites line)" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out"
declare -A pid=() port=()
cleanup() {
    local name
    for name in "${!pid[@]}"; do kill -TERM "${pid[$name]}" 2>/dev/null || true; done
    for name in "${!pid[@]}"; do wait "${pid[$name]}" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# The wrk scripts: one per kind (none needs none).
cat > "$out/allowed.lua" <<'LUA'
wrk.headers["Origin"] = "https://app.example.com"
LUA
cat > "$out/denied.lua" <<'LUA'
wrk.headers["Origin"] = "https://evil.example.net"
LUA
cat > "$out/preflight.lua" <<'LUA'
wrk.method = "OPTIONS"
wrk.headers["Origin"] = "https://app.example.com"
wrk.headers["Access-Control-Request-Method"] = "PUT"
wrk.headers["Access-Control-Request-Headers"] = "authorization,content-type,x-request-id"
LUA
curl_args() {  # the same request as the kind's wrk script
    case "$1" in
        none) ;;
        allowed) echo "-H Origin:https://app.example.com" ;;
        denied) echo "-H Origin:https://evil.example.net" ;;
        preflight) echo "-X OPTIONS -H Origin:https://app.example.com -H Access-Control-Request-Method:PUT" \
            "-H Access-Control-Request-Headers:authorization,content-type,x-request-id" ;;
    esac
}
# What each kind's response must show: its status, and whether it carries Allow-Origin.
expect_status() { case "$1" in preflight) echo 204 ;; *) echo 200 ;; esac; }
expect_acao() { case "$1" in allowed|preflight) echo yes ;; *) echo no ;; esac; }

for name in "${servers[@]}"; do
    log="$out/$name.out"
    "build/bench/examples/cors-$name-server" --port 0 --policy "$policy" >"$log" 2>"$out/$name.err" &
    pid[$name]=$!
    for _ in $(seq 200); do
        p=$(sed -n 's|^listening on http://127\.0\.0\.1:\([0-9][0-9]*\)$|\1|p' "$log")
        [ -n "$p" ] && break
        kill -0 "${pid[$name]}" 2>/dev/null || break
        sleep 0.05
    done
    [ -n "${p:-}" ] || { echo "server.sh: $name did not start:" >&2; cat "$out/$name.err" >&2; exit 1; }
    port[$name]=$p
    url="http://127.0.0.1:$p/api/items"
    for kind in "${kinds[@]}"; do
        # shellcheck disable=SC2046
        headers=$(curl -s -D - -o /dev/null $(curl_args "$kind") "$url" | tr -d '\r')
        status=$(echo "$headers" | sed -n '1s/^HTTP\/[0-9.]* \([0-9]*\).*/\1/p')
        acao=no
        echo "$headers" | grep -i '^access-control-allow-origin: https://app.example.com$' >/dev/null && acao=yes
        if [ "$status" != "$(expect_status "$kind")" ] || [ "$acao" != "$(expect_acao "$kind")" ]; then
            echo "server.sh: $name, $kind: got status $status, Allow-Origin $acao; expected $(expect_status "$kind"), $(expect_acao "$kind")" >&2
            echo "$headers" >&2
            exit 1
        fi
    done
    # Warm-up (connections, caches, the CPU's clock), not counted.
    wrk -t "$threads" -c "$connections" -d 1s "$url" >/dev/null
done

uptime > "$out/load-before.txt"
echo "$(nproc) CPUs ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)), wrk $(wrk -v 2>&1 | sed -n '1s/^wrk \([^ ]*\).*/\1/p') -t$threads -c$connections -d$duration, servers and wrk on the same machine" > "$out/machine.txt"
echo "server.sh: ${#servers[@]} server(s), $rounds rounds of ${kinds[*]}, wrk -t$threads -c$connections -d$duration ($(sed 's/.*load/load/' "$out/load-before.txt"))" >&2
for round in $(seq "$rounds"); do
    for name in "${servers[@]}"; do
        url="http://127.0.0.1:${port[$name]}/api/items"
        for kind in "${kinds[@]}"; do
            script=()
            [ "$kind" = none ] || script=(-s "$out/$kind.lua")
            wrk -t "$threads" -c "$connections" -d "$duration" "${script[@]}" "$url" > "$out/$name.$kind.$round.txt"
        done
    done
done
uptime > "$out/load-after.txt"

python3 - "$out" "$rounds" "${servers[@]}" <<'PY'
import re, statistics, sys
out, rounds, servers = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
kinds = ["none", "allowed", "denied", "preflight"]
targets = {"allowed": 0.97, "denied": 0.99, "preflight": 1.0}
def rps(path):
    text = open(path).read()
    if re.search(r"Non-2xx or 3xx responses|Socket errors", text):
        sys.exit("server.sh: errors in " + path + ":\n" + text)
    return float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
print("| server | no Origin req/s | allowed req/s | denied req/s | preflight req/s | allowed / none | denied / none | preflight / none |")
print("|---|--:|--:|--:|--:|--:|--:|--:|")
missed = []
for s in servers:
    runs = {k: [rps("%s/%s.%s.%d.txt" % (out, s, k, r)) for r in range(1, rounds + 1)] for k in kinds}
    med = {k: statistics.median(v) for k, v in runs.items()}
    # Ratios per round (same round, back to back), then their median: less sensitive to drift.
    ratio = {k: statistics.median(runs[k][r] / runs["none"][r] for r in range(rounds)) for k in targets}
    cells = []
    for k in targets:
        ok = ratio[k] >= targets[k]
        if not ok:
            missed.append("%s %s: %.3f < %.2f" % (s, k, ratio[k], targets[k]))
        cells.append("%.3f%s" % (ratio[k], "" if ok else " (MISSED >=%.2f)" % targets[k]))
    print("| %s | %s |" % (s, " | ".join(["%.0f" % med[k] for k in kinds] + cells)))
    print("", file=sys.stderr)
    for k in kinds:
        print("server.sh: %s %s: %s" % (s, k, " ".join("%.0f" % x for x in runs[k])), file=sys.stderr)
print()
print("Median over %d rounds; ratios: median of the per-round ratios to the same round's no-Origin run." % rounds)
print("Targets: allowed >= 0.97, denied >= 0.99, preflight >= 1.00 of no Origin.")
print("machine: " + open(out + "/machine.txt").read().strip())
print("load before: " + open(out + "/load-before.txt").read().strip())
print("load after:  " + open(out + "/load-after.txt").read().strip())
print("targets missed: " + ("none" if not missed else "; ".join(missed)))
PY
