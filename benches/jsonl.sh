#!/usr/bin/env bash
# `callplan check --jsonl` on 1,000,000 requests, beside the same requests answered by
# `evaluate_json` in one process (examples/evaluate_lines.rs): the gap is the price of the
# command line (reading, writing, and the process), the parallel reading its gain.
# The requests are the seeded parity corpus (examples/parity_corpus.rs): every check, valid
# and invalid, numbers of every class, arbitrary JSON. BASELINE=path/to/an/older/callplan runs
# that binary on the same requests in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
dir=target/jsonl-bench
mkdir -p "$dir"
cargo build --release --locked -p callplan-cli
cargo build --release --locked -p callplan --example evaluate_lines --example parity_corpus
if [ ! -s "$dir/requests-$count.jsonl" ]; then
  target/release/examples/parity_corpus "$dir/corpus.jsonl" "$count"
  python3 -c '
import json, sys
with open(sys.argv[1]) as corpus, open(sys.argv[2], "w") as out:
    for line in corpus:
        out.write(json.dumps(json.loads(line)["request"], ensure_ascii=False, separators=(",", ":")) + "\n")
' "$dir/corpus.jsonl" "$dir/requests-$count.jsonl"
fi
requests="$dir/requests-$count.jsonl"
echo "requests: $(wc -l < "$requests") lines, $(du -h "$requests" | cut -f1)"
python3 - "$requests" "$dir/answers.jsonl" <<'PY'
import resource, subprocess, sys, time
requests, answers = sys.argv[1], sys.argv[2]
count = sum(1 for _ in open(requests, "rb"))
with open(answers, "wb") as out:
    start = time.monotonic()
    status = subprocess.run(["target/release/callplan", "check", "--jsonl", requests], stdout=out).returncode
    seconds = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"callplan check --jsonl: {count} requests in {seconds:.2f} s: {count / seconds:,.0f} requests/s, peak memory {peak:.0f} MiB (exit {status})")
PY
echo "answers: $(wc -l < "$dir/answers.jsonl") lines"
if [ -n "${BASELINE:-}" ]; then  # an older binary on the same requests, in the same run
  python3 - "$BASELINE" "$requests" <<'PY'
import resource, subprocess, sys, time
binary, requests = sys.argv[1], sys.argv[2]
count = sum(1 for _ in open(requests, "rb"))
start = time.monotonic()
subprocess.run([binary, "check", "--jsonl", requests], stdout=subprocess.DEVNULL)
seconds = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"baseline check --jsonl: {count} requests in {seconds:.2f} s: {count / seconds:,.0f} requests/s, peak memory {peak:.0f} MiB")
PY
fi
target/release/examples/evaluate_lines "$requests" "$dir/answers-in-process.jsonl"
cmp "$dir/answers.jsonl" "$dir/answers-in-process.jsonl"
echo "the command line's answers are byte for byte the library's"
