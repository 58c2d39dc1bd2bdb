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


TRICKY_TEXTS = st.sampled_from(['"quoted" \\ back\\slash', "\x00\x08\x0c\x1f\x7f", "é 😀 \u2028", "\ud800 lone"])
PYTHON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=2**63 - 2, max_value=2**80)
    | st.floats() | st.text(max_size=12) | TRICKY_TEXTS,
    lambda children: st.lists(children, max_size=4) | st.lists(children, max_size=3).map(tuple)
    | st.dictionaries(st.text(max_size=8) | st.integers() | st.booleans() | st.none() | st.floats(), children, max_size=4)
    | st.frozensets(st.integers(), max_size=2),
    max_leaves=12,
)
PYTHON_REQUESTS = st.builds(lambda check, fields: {**fields, "check": check}, CHECKS,
                            st.dictionaries(st.sampled_from(["numbers", "org", "location", "today", "locale", "topic"]),
                                            PYTHON_VALUES, max_size=4))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PYTHON_REQUESTS | st.dictionaries(st.text(max_size=8), PYTHON_VALUES, max_size=4) | st.lists(PYTHON_VALUES, max_size=3))
def test_a_python_value_is_answered_as_its_json_text(value: object) -> None:
    """``evaluate`` writes a mapping natively where it can: the answer is still the one to
    the text ``json.dumps`` writes, or the ``MalformedRequest`` saying it cannot be written."""
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError):
        text = None
    try:
        verdict = callplan.evaluate(value)  # type: ignore[arg-type]
    except callplan.MalformedRequest as error:
        if text is None:
            assert error.message.startswith("the request cannot be written as JSON")
        else:
            answer = json.loads(callplan.evaluate_json(text))
            assert (error.code, error.path, error.message) == (answer["code"], answer["path"], answer["message"])
    else:
        assert text is not None
        assert verdict.to_json() == callplan.evaluate_json(text)
