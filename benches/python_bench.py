"""The Python package beside its anchors, in one run (``benches/python.sh``): classifying a
number with ``callplan.classify_number`` against PyPI ``phonenumbers`` and ``rphonenumbers``
(parse + ``is_valid_number``, region US), a 100-number order through ``evaluate`` and
``evaluate_json`` against the native ``evaluate_json`` (the crate's ``time_requests``
example: the same request, timed the same way), the wheel's size and ``import callplan``.

Timing as the native side does: warm up, then rounds of calls, the median of 7 rounds."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import phonenumbers
import rphonenumbers

import callplan

ROUNDS = 7


def per_call_us(function, arguments, calls_per_round: int) -> float:
    """Median microseconds per call over ROUNDS rounds, each cycling through ``arguments``."""
    for argument in arguments[:1000]:
        function(argument)
    rounds = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for index in range(calls_per_round):
            function(arguments[index % len(arguments)])
        rounds.append((time.perf_counter() - start) * 1e6 / calls_per_round)
    return statistics.median(rounds)


#: How people write a US number (the line number left to fill in).
US_WRITINGS = ["+1 415-555-{:04d}", "(212) 555-{:04d}", "415.555.{:04d}", "1-646-555-{:04d}", "+1415555{:04d}", "312 555 {:04d}"]


def numbers() -> list[str]:
    """US numbers written as people write them, and a few of other classes."""
    listed = [writing.format(index) for index in range(1000) for writing in US_WRITINGS]
    return listed + ["+1 800 555 0100", "+44 20 7946 0958", "+1 900 555 0100", "nonsense"] * 10


def classify_phonenumbers(module):
    def classify(text: str) -> bool:
        try:
            return module.is_valid_number(module.parse(text, "US"))
        except module.NumberParseException:
            return False
    return classify


def order_of_100() -> str:
    numbers = [f"+1 212 555 {1000 + index:04d}" for index in range(100)]
    return json.dumps({"check": "new_number_order", "org": {"trial": False},
                       "location": {"calling_plan_enabled": True}, "numbers": numbers}, separators=(",", ":"))


def native_us(request: str, repository: Path) -> float:
    out = subprocess.run(["cargo", "run", "--quiet", "--release", "--locked", "--example", "time_requests"],
                         input=request + "\n", capture_output=True, text=True, check=True, cwd=repository)
    return float(out.stdout.split()[0])


def import_ms() -> float:
    """``import callplan`` cumulative time, from ``python -X importtime`` (median of 7 fresh processes)."""
    times = []
    for _ in range(ROUNDS):
        err = subprocess.run([sys.executable, "-X", "importtime", "-c", "import callplan"], capture_output=True, text=True, check=True).stderr
        line = next(line for line in err.splitlines() if line.rstrip().endswith("| callplan"))
        times.append(int(line.split("|")[1]) / 1000)
    return statistics.median(times)


def main() -> None:
    repository, wheel = Path(sys.argv[1]), Path(sys.argv[2])
    texts = numbers()
    ours = per_call_us(callplan.classify_number, texts, 50_000)
    google = per_call_us(classify_phonenumbers(phonenumbers), texts, 5_000)
    rust_port = per_call_us(classify_phonenumbers(rphonenumbers), texts, 20_000)
    print(f"classify one number: callplan.classify_number {ours:.2f} µs; phonenumbers {phonenumbers.__version__} "
          f"{google:.1f} µs ({google / ours:.0f}×); rphonenumbers {rust_port:.2f} µs ({rust_port / ours:.1f}×)")
    request = order_of_100()
    mapping = json.loads(request)
    through_evaluate = per_call_us(callplan.evaluate, [mapping], 2_000)
    through_json = per_call_us(callplan.evaluate_json, [request], 2_000)
    native = native_us(request, repository)
    print(f"100-number order: evaluate(dict) {through_evaluate:.1f} µs ({through_evaluate / native:.2f}× native), "
          f"evaluate_json(str) {through_json:.1f} µs ({through_json / native:.2f}×), native evaluate_json {native:.1f} µs")
    print(f"wheel {wheel.name}: {wheel.stat().st_size:,} B; import callplan {import_ms():.1f} ms")


if __name__ == "__main__":
    main()
