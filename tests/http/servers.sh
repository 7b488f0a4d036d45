# Sourced by loopback_test.sh and browser_test.sh: starts example servers on free ports and
# stops them, always (trap), checking that each one exits with status 0 on SIGTERM (under the
# sanitizers, an error or a leak found at exit shows there). Expects $server (the binary);
# provides $tmp (a scratch directory, removed on exit) and $failures.

tmp=$(mktemp -d)
failures=0
declare -A server_pid=()  # name -> pid, for the servers still running

cleanup() {
    local name
    for name in "${!server_pid[@]}"; do kill -TERM "${server_pid[$name]}" 2>/dev/null; done
    for name in "${!server_pid[@]}"; do wait "${server_pid[$name]}" 2>/dev/null; done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# start_server NAME ARGS...: starts "$server --port 0 ARGS..." and waits for its
# "listening on http://127.0.0.1:PORT" line; sets $port. Exits the script if it does not start.
start_server() {
    local name=$1
    shift
    local out=$tmp/$name.out
    : >"$out"
    "$server" --port 0 "$@" >"$out" 2>"$tmp/$name.err" &
    local pid=$!
    server_pid[$name]=$pid
    port=""
    for _ in $(seq 200); do
        port=$(sed -n 's|^listening on http://127\.0\.0\.1:\([0-9][0-9]*\)$|\1|p' "$out")
        [ -n "$port" ] && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    echo "FAIL: $name: the server did not start"
    cat "$tmp/$name.err"
    exit 1
}

# stop_server NAME [SIGNAL]: SIGTERM (or SIGNAL); the server must exit with status 0. Returns 1
# (and counts a failure) otherwise.
stop_server() {
    local name=$1 signal=${2:-TERM}
    local pid=${server_pid[$name]}
    kill -"$signal" "$pid" 2>/dev/null
    wait "$pid"
    local rc=$?
    unset "server_pid[$name]"
    if [ "$rc" != 0 ]; then
        echo "FAIL: server $name exited with status $rc after SIG$signal; its standard error:"
        tail -40 "$tmp/$name.err"
        failures=$((failures + 1))
        return 1
    fi
}

stop_all_servers() {
    local name
    for name in "${!server_pid[@]}"; do stop_server "$name"; done
}
