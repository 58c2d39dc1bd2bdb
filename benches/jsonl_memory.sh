#!/usr/bin/env bash
# `callplan check --jsonl` on files whose lines are near the limits, beside `evaluate_json`
# in one process (examples/evaluate_lines.rs): peak resident memory and requests a second.
#   - 300 lines of 99,000-number orders (1.78 MB a line, 14-17 MB answers);
#   - 1,000 lines of 2 MiB each (orders of 2,000 numbers of 991 characters);
# and, with BASELINE=path/to/an/older/callplan, that binary on the same files in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/jsonl-memory
mkdir -p "$dir"
cargo build --release --locked -p callplan-cli
cargo build --release --locked -p callplan --example evaluate_lines
python3 - "$dir" <<'PY'
import json, os, sys
dir = sys.argv[1]
def write(name, lines, make):
    path = os.path.join(dir, name)
    if not os.path.exists(path):
        with open(path, "w") as out:
            for index in range(lines):
                out.write(make(index) + "\n")
def order(numbers):
    return json.dumps({"check": "new_number_order", "org": {"trial": False},
                       "location": {"calling_plan_enabled": True}, "numbers": numbers}, separators=(",", ":"))
def big_order(seed):
    return order([f"+1 {200 + i // 10000 if i < 10000 else 100 + i // 10000} {555 + seed % 100:03d} {i % 10000:04d}" for i in range(99000)])
def two_mib(_):
    return order(["+1 415 555 " + "0" * 980] * 2109)
write("orders-99000x300.jsonl", 300, big_order)
write("two-mib-x1000.jsonl", 1000, two_mib)
PY
measure() {  # measure NAME COMMAND…: seconds, requests a second and peak memory of COMMAND
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
name, requests, *command = sys.argv[1:]
count = sum(1 for _ in open(requests, "rb"))
start = time.monotonic()
subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
seconds = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{name}: {count} lines in {seconds:.1f} s, {count / seconds:,.1f} requests/s, peak {peak:,.0f} MiB")
PY
}
for file in "$dir/orders-99000x300.jsonl" "$dir/two-mib-x1000.jsonl"; do
  echo "== $(basename "$file"): $(du -h "$file" | cut -f1)"
  measure "callplan check --jsonl" "$file" target/release/callplan check --jsonl "$file"
  if [ -n "${BASELINE:-}" ]; then measure "baseline check --jsonl" "$file" "$BASELINE" check --jsonl "$file"; fi
  measure "evaluate_json, one thread" "$file" target/release/examples/evaluate_lines "$file"
done
