#!/usr/bin/env bash
# pgbench against the sandbox's PostgreSQL three ways in one run: straight to PostgreSQL over TLS,
# through a plain TCP relay (socat; TLS still end to end), and through a Teleterm gateway (which
# adds the gateway and the sandbox's proxy, each with TLS of its own). Prints transactions per
# second and latency, and the gateway's figures as ratios of the others. Figures, never pass/fail.
#
# usage: bench/gateway.sh BIN_DIR   (BIN_DIR holds teleterm-sandbox, teleterm-daemon, teleterm-cli)
# BENCH_RUNS (default 3: the best run counts), BENCH_SECONDS per run (default 10), BENCH_CLIENTS
# (default 8).
set -euo pipefail
bin=$(cd "$1" && pwd)
runs=${BENCH_RUNS:-3}
seconds=${BENCH_SECONDS:-10}
clients=${BENCH_CLIENTS:-8}
for tool in pgbench socat jq oathtool openssl; do
    command -v "$tool" >/dev/null || { echo "gateway benchmark: skipped, no $tool"; exit 0; }
done

scratch=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    # The daemon the CLI started, by its lock in the scratch runtime directory.
    [[ -f "$scratch/run/teleterm/daemon.sock.lock" ]] && kill "$(head -n1 "$scratch/run/teleterm/daemon.sock.lock")" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
export XDG_RUNTIME_DIR="$scratch/run" XDG_STATE_HOME="$scratch/state" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
mkdir -m 700 "$XDG_RUNTIME_DIR"

"$bin/teleterm-sandbox" --data-dir "$scratch/sandbox" --nodes 0 >"$scratch/sandbox.out" 2>&1 &
pids+=($!)
ready="$scratch/sandbox/sandbox.json"
for _ in $(seq 120); do [[ -f "$ready" ]] && break; sleep 0.5; done
[[ -f "$ready" ]] || { echo "gateway benchmark: the sandbox did not start:"; tail -5 "$scratch/sandbox.out"; exit 0; }
postgres=$(jq -r '.databases[] | select(.connectable) | .postgres_address' "$ready")
cli=("$bin/teleterm-cli" --ca-file "$(jq -r .web_ca "$ready")")
"${cli[@]}" add "$(jq -r .proxy "$ready")" >/dev/null
jq -r '.users[] | select(.name == "alice") | .password' "$ready" \
    | "${cli[@]}" login sandbox --user alice --otp "$(oathtool --totp -b "$(jq -r '.users[] | select(.name == "alice") | .totp_secret' "$ready")")" >/dev/null
gateway_port=$("${cli[@]}" gateway create sandbox demo-postgres --user alice --db demo --json | jq -r .local_port)

# Straight to PostgreSQL: a client certificate for alice from the sandbox's database CA.
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=alice \
    -keyout "$scratch/alice.key" -out "$scratch/alice.csr" 2>/dev/null
openssl x509 -req -in "$scratch/alice.csr" -CA "$scratch/sandbox/ca/db.crt" -CAkey "$scratch/sandbox/ca/db.key" \
    -CAcreateserial -days 1 -out "$scratch/alice.crt" 2>/dev/null
chmod 600 "$scratch/alice.key"
relay_port=$((20000 + RANDOM % 20000))
socat "TCP-LISTEN:$relay_port,bind=127.0.0.1,fork,reuseaddr" "TCP:$postgres" &
pids+=($!)

# Select-only, as pgbench -S, on the sandbox's demo table (alice may read it, not create tables).
printf '\\set id random(1, 4)\nSELECT name FROM planets WHERE id = :id;\n' >"$scratch/select.sql"
tls="user=alice dbname=demo sslmode=require sslcert=$scratch/alice.crt sslkey=$scratch/alice.key"
declare -A target=(
    [direct]="host=${postgres%:*} port=${postgres##*:} $tls"
    [socat]="host=127.0.0.1 port=$relay_port $tls"
    [gateway]="host=127.0.0.1 port=$gateway_port user=alice dbname=demo sslmode=disable"
)
# Best of $runs: "tps latency_ms".
measure() {
    local best_tps=0 best_latency=0 line
    for _ in $(seq "$runs"); do
        line=$(pgbench -n -f "$scratch/select.sql" -c "$clients" -j 2 -T "$seconds" "$@" "${target[$path]}" 2>&1 \
            | awk '/^latency average/ {latency = $4} /^tps/ {tps = $3} END {print tps + 0, latency + 0}' || true)
        if awk -v a="${line% *}" -v b="$best_tps" 'BEGIN {exit !(a > b)}'; then
            best_tps=${line% *}
            best_latency=${line#* }
        fi
    done
    echo "$best_tps $best_latency"
}
for mode in steady connect; do
    extra=()
    [[ $mode == connect ]] && extra=(-C)
    declare -A tps=() latency=()
    for path in direct socat gateway; do
        read -r tps[$path] latency[$path] < <(measure "${extra[@]}")
    done
    if [[ $mode == steady ]]; then
        echo "pgbench select-only, $clients clients each on one connection, ${seconds} s, best of $runs"
    else
        echo "pgbench select-only, a new connection for every transaction (-C), $clients clients, ${seconds} s, best of $runs"
    fi
    printf '  %-44s %12s %14s\n' path "tps" "latency ms"
    printf '  %-44s %12.0f %14.3f\n' "straight to PostgreSQL over TLS" "${tps[direct]}" "${latency[direct]}"
    printf '  %-44s %12.0f %14.3f\n' "through socat (TCP relay, TLS inside)" "${tps[socat]}" "${latency[socat]}"
    printf '  %-44s %12.0f %14.3f\n' "through a Teleterm gateway and the proxy" "${tps[gateway]}" "${latency[gateway]}"
    awk -v g="${tps[gateway]}" -v d="${tps[direct]}" -v s="${tps[socat]}" \
        'BEGIN {printf "  gateway tps / direct: %.2fx   gateway tps / socat: %.2fx\n", (d > 0 ? g / d : 0), (s > 0 ? g / s : 0)}'
    echo
    # For bench/run's table (bench/summary.h has the format).
    if [[ -n "${BENCH_SUMMARY:-}" ]]; then
        what="pgbench select-only, $clients clients"
        [[ $mode == connect ]] && what+=", a connection per transaction"
        {
            printf 'ref.gateway.direct.%s\treference: straight to PostgreSQL over TLS, %s\t%s\ttps\thigher\t\n' "$mode" "$what" "${tps[direct]}"
            printf 'ref.gateway.socat.%s\treference: through socat (TCP relay), %s\t%s\ttps\thigher\t\n' "$mode" "$what" "${tps[socat]}"
            printf 'gateway.%s\tgateway: through a Teleterm gateway and the proxy, %s\t%s\ttps\thigher\tref.gateway.direct.%s,ref.gateway.socat.%s\n' \
                "$mode" "$what" "${tps[gateway]}" "$mode" "$mode"
        } >>"$BENCH_SUMMARY"
    fi
done
