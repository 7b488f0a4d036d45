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
# Environment (all optional): SERVER_BENCH_ROUNDS=N (default 15), SERVER_BENCH_DURATION=T
# (wrk -d, default 1s: short rounds, so that a slow spell of the machine spoils few of them),
# SERVER_BENCH_THREADS=N (wrk -t, default: the CPUs wrk runs on), SERVER_BENCH_PIN=0 (no
# taskset), SERVER_BENCH_CONNECTIONS=N (wrk -c, default 32), CORS_BENCH_JOBS=N (build with
# -j N), SERVER_BENCH_NO_BUILD=1 (use the binaries as they are), SERVER_BENCH_SERVERS="beast
# poco" (a subset). Needs cmake, g++, wrk, curl, python3, and each server's library (the
# README's prerequisites line); a server whose library is missing is left out, and named.
# On a shared machine, wrap it in flock with the builds: the servers and wrk share the cores.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$root/build/bench/results/server"
rounds=${SERVER_BENCH_ROUNDS:-15}
duration=${SERVER_BENCH_DURATION:-1s}
# With two CPUs or more, the server runs on the last and wrk on the others (taskset), so that
# the two do not take each other's time slices; SERVER_BENCH_PIN=0 lets them share every CPU.
cpus=$(nproc)
server_cpu=() client_cpu=()
if [ "${SERVER_BENCH_PIN:-1}" != 0 ] && [ "$cpus" -ge 2 ] && command -v taskset >/dev/null; then
    server_cpu=(taskset -c "$((cpus - 1))")
    client_cpu=(taskset -c "0-$((cpus - 2))")
    threads=${SERVER_BENCH_THREADS:-$((cpus - 1))}
else
    threads=${SERVER_BENCH_THREADS:-2}
fi
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
# Every kind answers 200: the policy file is in Kong's schema, and Kong answers preflights with 200.
expect_status() { echo 200; }
expect_acao() { case "$1" in allowed|preflight) echo yes ;; *) echo no ;; esac; }

for name in "${servers[@]}"; do
    log="$out/$name.out"
    "${server_cpu[@]}" "build/bench/examples/cors-$name-server" --port 0 --policy "$policy" >"$log" 2>"$out/$name.err" &
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
    "${client_cpu[@]}" wrk -t "$threads" -c "$connections" -d 1s "$url" >/dev/null
done

uptime > "$out/load-before.txt"
echo "$(nproc) CPUs ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)), wrk $(wrk -v 2>&1 | sed -n '1s/^wrk \([^ ]*\).*/\1/p') -t$threads -c$connections -d$duration, servers and wrk on the same machine$([ "${#server_cpu[@]}" -eq 0 ] || echo ", the server pinned to CPU $((cpus - 1)) and wrk to the others")" > "$out/machine.txt"
echo "server.sh: ${#servers[@]} server(s), $rounds rounds of ${kinds[*]}, wrk -t$threads -c$connections -d$duration ($(sed 's/.*load/load/' "$out/load-before.txt"))" >&2
# The CPU time a server has used, in ns, all its threads (the scheduler's own count: time the
# hypervisor takes the CPU away is not in it, unlike the wall time wrk sees).
cpu_ns() {
    local total=0 t
    for t in /proc/"$1"/task/*/schedstat; do
        read -r ns _ < "$t" 2>/dev/null && total=$((total + ns))
    done
    echo "$total"
}
for round in $(seq "$rounds"); do
    for name in "${servers[@]}"; do
        url="http://127.0.0.1:${port[$name]}/api/items"
        for kind in "${kinds[@]}"; do
            script=()
            [ "$kind" = none ] || script=(-s "$out/$kind.lua")
            before=$(cpu_ns "${pid[$name]}")
            "${client_cpu[@]}" wrk -t "$threads" -c "$connections" -d "$duration" "${script[@]}" "$url" > "$out/$name.$kind.$round.txt"
            echo $(($(cpu_ns "${pid[$name]}") - before)) > "$out/$name.$kind.$round.cpu"
        done
    done
done
uptime > "$out/load-after.txt"

python3 - "$out" "$rounds" "${servers[@]}" <<'PY'
import re, statistics, sys
out, rounds, servers = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
kinds = ["none", "allowed", "denied", "preflight"]
targets = {"allowed": 0.97, "denied": 0.99, "preflight": 1.0}
def wrk(path):
    text = open(path).read()
    if re.search(r"Non-2xx or 3xx responses|Socket errors", text):
        sys.exit("server.sh: errors in " + path + ":\n" + text)
    return (float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
            int(re.search(r"(\d+) requests in", text).group(1)))
def cpu(path):
    return int(open(path).read())
def cell(value, target, missed, label):
    if value >= target:
        return "%.3f" % value
    missed.append("%s: %.3f < %.2f" % (label, value, target))
    return "%.3f (MISSED >=%.2f)" % (value, target)
rows_cpu, rows_wall, missed = [], [], []
for s in servers:
    runs = {k: [wrk("%s/%s.%s.%d.txt" % (out, s, k, r)) for r in range(1, rounds + 1)] for k in kinds}
    cpus = {k: [cpu("%s/%s.%s.%d.cpu" % (out, s, k, r)) for r in range(1, rounds + 1)] for k in kinds}
    # Server CPU per request over all rounds; its inverse is what the server serves per second of
    # CPU, the rate a saturated server reaches.
    us = {k: sum(cpus[k]) / 1000.0 / sum(n for _, n in runs[k]) for k in kinds}
    rate = {k: 1e6 / us[k] for k in kinds}
    cells = [cell(rate[k] / rate["none"], targets[k], missed, "%s %s (CPU)" % (s, k)) for k in targets]
    rows_cpu.append("| %s | %s |" % (s, " | ".join(["%.2f" % us[k] for k in kinds] + cells)))
    # wrk's requests per second: the median of the per-round ratios to the same round's no-Origin.
    med = {k: statistics.median(r for r, _ in runs[k]) for k in kinds}
    ratio = {k: statistics.median(runs[k][i][0] / runs["none"][i][0] for i in range(rounds)) for k in targets}
    sd = {k: statistics.stdev(runs[k][i][0] / runs["none"][i][0] for i in range(rounds)) if rounds > 1 else 0.0
          for k in targets}
    rows_wall.append("| %s | %s |" % (s, " | ".join(["%.0f" % med[k] for k in kinds] +
                                                   ["%.3f (sd %.2f)" % (ratio[k], sd[k]) for k in targets])))
    for k in kinds:
        print("server.sh: %s %s: req/s %s" % (s, k, " ".join("%.0f" % r for r, _ in runs[k])), file=sys.stderr)
print("Server CPU per request (all rounds, every thread of the server), and the rate it allows next to no Origin's:")
print()
print("| server | no Origin us/req | allowed us/req | denied us/req | preflight us/req | allowed rate / none | denied rate / none | preflight rate / none |")
print("|---|--:|--:|--:|--:|--:|--:|--:|")
print("\n".join(rows_cpu))
print()
print("wrk's requests per second (median over the rounds) and the median of the per-round ratios to no Origin (sd: their spread):")
print()
print("| server | no Origin req/s | allowed req/s | denied req/s | preflight req/s | allowed / none | denied / none | preflight / none |")
print("|---|--:|--:|--:|--:|--:|--:|--:|")
print("\n".join(rows_wall))
print()
print("%d rounds; each round runs every server and kind in turn. Targets (on the CPU rates): allowed >= 0.97, denied >= 0.99, preflight >= 1.00 of no Origin." % rounds)
print("machine: " + open(out + "/machine.txt").read().strip())
print("load before: " + open(out + "/load-before.txt").read().strip())
print("load after:  " + open(out + "/load-after.txt").read().strip())
print("targets missed: " + ("none" if not missed else "; ".join(missed)))
PY
