"""Whatever a backend passes, the package answers and agrees with the command line: arbitrary
JSON values, texts and bytes (Hypothesis), each answered by ``evaluate_json`` without raising,
byte for byte as ``callplan check`` answers it, and by ``evaluate`` as a verdict or a
``MalformedRequest`` carrying the same code, path and message."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import callplan

REPOSITORY = Path(__file__).resolve().parents[3]
CLI = Path(os.environ.get("CALLPLAN_CLI", REPOSITORY / "target/release/callplan"))

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
CHECKS = st.sampled_from(["new_number_order", "port_order", "location_setup", "support_route", "billing_start",
                          "number_removal", "order_plan", "emergency_address", "port_reschedule", "location_eligibility"])
REQUESTS = st.builds(lambda check, fields: {**fields, "check": check}, CHECKS,
                     st.dictionaries(st.sampled_from(["numbers", "org", "location", "today", "locale", "topic", "items", "region"]),
                                     JSON_VALUES, max_size=4))


def native(request: bytes) -> str:
    out = subprocess.run([CLI, "check", "--format", "json", "-"], input=request, capture_output=True, check=False)
    return out.stdout.decode("utf-8").rstrip("\n")


def agrees(request: bytes) -> None:
    answer = callplan.evaluate_json(request)
    assert answer == native(request)
    parsed = json.loads(answer)
    try:
        verdict = callplan.evaluate(request)
    except callplan.MalformedRequest as error:
        assert (error.code, error.path, error.message) == (parsed["code"], parsed["path"], parsed["message"])
    else:
        assert verdict.to_json() == answer


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(REQUESTS | JSON_VALUES)
def test_any_json_value_is_answered_as_natively(value: object) -> None:
    agrees(json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass"))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=64) | st.text(max_size=64).map(lambda text: text.encode("utf-8", "surrogatepass")))
def test_any_bytes_are_answered_as_natively(request: bytes) -> None:
    agrees(request)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=64))
def test_any_text_is_answered_and_nothing_raises(text: str) -> None:
    assert json.loads(callplan.evaluate_json(text))
