"""The installed wheel as a Python backend meets it: the same answers as the Rust library
(byte for byte through ``evaluate_json``), typed verdicts, errors as Python developers
expect them, and several threads at once."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import callplan

REPOSITORY = Path(__file__).resolve().parents[3]
CORPUS = Path(os.environ.get("CALLPLAN_PARITY_CORPUS", REPOSITORY / "target/parity/corpus.jsonl"))
CLI = Path(os.environ.get("CALLPLAN_CLI", REPOSITORY / "target/release/callplan"))
ORDER = {"org": {"trial": False}, "location": {"calling_plan_enabled": True}, "numbers": ["(415) 555-2671", "+1 800 555 0100"]}


def compact(value: object) -> str:
    """JSON text as the native corpus writer and JSON.stringify write it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def as_python_passes_it(request: object) -> object:
    """A mapping as it is; any other JSON value as its text (``evaluate`` reads a ``str`` as
    JSON text)."""
    return request if isinstance(request, dict) else compact(request)


def corpus() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def test_the_parity_corpus_is_answered_byte_for_byte_as_natively() -> None:
    lines = corpus()
    assert len(lines) > 100_000
    assert sum("policy" in line for line in lines) > len(lines) // 4
    differ = [line for line in lines
              if callplan.evaluate_json(compact(line["request"]), policy=line.get("policy")) != line["answer"]]
    assert differ == []


def test_evaluate_gives_the_same_answer_or_raises_the_same_malformed_request() -> None:
    malformed = 0
    for line in corpus():
        answer = json.loads(line["answer"])
        if "code" in answer:
            malformed += 1
            with pytest.raises(callplan.MalformedRequest) as raised:
                callplan.evaluate(as_python_passes_it(line["request"]), policy=line.get("policy"))
            assert (raised.value.code, raised.value.path, raised.value.message) == (answer["code"], answer["path"], answer["message"])
        else:
            verdict = callplan.evaluate(as_python_passes_it(line["request"]), policy=line.get("policy"))
            assert verdict.to_json() == line["answer"]
            assert verdict.ok == answer["ok"]
            assert [finding.to_dict() for finding in verdict.findings] == answer["findings"]
            assert verdict.to_dict() == answer
            assert verdict.result == answer["result"]
    assert malformed > 0


def case_files() -> list[Path]:
    return sorted((REPOSITORY / "tests/cases").rglob("*.json"))


@pytest.mark.parametrize("case_file", case_files(), ids=lambda path: str(path.relative_to(REPOSITORY / "tests/cases")))
def test_every_case_under_its_policy_is_answered_as_the_command_line_answers(case_file: Path) -> None:
    case = json.loads(case_file.read_text(encoding="utf-8"))
    request = json.dumps(case["request"])
    policy = case.get("policy", {})
    if isinstance(policy, str):  # a built-in policy, named alike on both sides
        native = subprocess.run([CLI, "check", "--format", "json", "--policy", policy, "-"],
                                input=request, capture_output=True, text=True, check=False).stdout.rstrip("\n")
        assert callplan.evaluate_json(request, policy=policy) == native
        return
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as policy_file:
        json.dump(policy, policy_file)
    try:
        native = subprocess.run([CLI, "check", "--format", "json", "--policy", policy_file.name, "-"],
                                input=request, capture_output=True, text=True, check=False).stdout.rstrip("\n")
    finally:
        os.unlink(policy_file.name)
    assert callplan.evaluate_json(request, policy=policy) == native


def test_each_check_has_a_function_taking_keywords_or_one_mapping() -> None:
    names = [f"check_{rule}" for rule in ("location_eligibility", "location_setup", "new_number_order", "port_order",
                                          "port_reschedule", "number_removal", "billing_start", "support_route",
                                          "order_plan", "emergency_address")]
    assert all(callable(getattr(callplan, name)) for name in names)
    by_keywords = callplan.check_new_number_order(**ORDER)
    by_mapping = callplan.check_new_number_order(ORDER)
    assert by_keywords == by_mapping == callplan.evaluate({"check": "new_number_order", **ORDER})
    assert [(finding.rule, finding.path) for finding in by_keywords.errors] == [("number.toll_free", "/numbers/1")]
    swedish = callplan.check_new_number_order(ORDER, locale="sv")
    assert "avgiftsfritt" in swedish.errors[0].message


def test_a_policy_is_a_mapping_or_json_text_and_a_bad_one_is_malformed_at_policy() -> None:
    toll_free = {"toll_free": {"single_numbers": True, "blocks": False, "porting": False}}
    assert callplan.check_new_number_order(ORDER, policy=toll_free).ok
    assert callplan.check_new_number_order(ORDER, policy=json.dumps(toll_free)).ok
    with pytest.raises(callplan.MalformedRequest) as raised:
        callplan.check_new_number_order(ORDER, policy={"max_numbers_per_order": "many"})
    assert raised.value.path == "/policy/max_numbers_per_order"


def test_raise_for_errors_lists_every_error_with_its_rule_and_path() -> None:
    verdict = callplan.check_new_number_order(ORDER)
    with pytest.raises(callplan.PolicyError) as raised:
        verdict.raise_for_errors()
    assert isinstance(raised.value, ValueError)
    assert [error.rule for error in raised.value.errors] == ["number.toll_free"]
    assert "/numbers/1" in str(raised.value) and "[number.toll_free]" in str(raised.value)
    accepted = callplan.check_new_number_order(ORDER, numbers=["(415) 555-2671"])
    assert accepted.raise_for_errors() is accepted


def test_malformed_requests_raise_with_code_path_and_message() -> None:
    with pytest.raises(callplan.MalformedRequest) as raised:
        callplan.evaluate({"check": "port_order", "today": "2024-02-30"})
    assert isinstance(raised.value, ValueError)
    assert (raised.value.code, raised.value.path) == ("input.malformed", "/today")
    with pytest.raises(callplan.MalformedRequest) as unwritable:
        callplan.evaluate({"check": "billing_start", "items": [], "when": object()})
    assert unwritable.value.code == "input.malformed"
    with pytest.raises(callplan.MalformedRequest) as too_large:
        callplan.evaluate("[" * 3 + " " * (2 * 1024 * 1024) + "]" * 3)
    assert too_large.value.code == "input.too_large"


@pytest.mark.parametrize("request_text", ["", "not json", "\ud800", b"\xff\xfe", b"{}", "[]", "null", "{\"check\": 1}"])
def test_evaluate_json_never_raises(request_text: str | bytes) -> None:
    answer = json.loads(callplan.evaluate_json(request_text))
    assert answer["code"] == "input.malformed"


def test_evaluate_json_reads_bytes_as_a_server_receives_them() -> None:
    text = json.dumps({"check": "new_number_order", **ORDER})
    assert callplan.evaluate_json(text.encode()) == callplan.evaluate_json(text)


def test_numbers_rules_and_versions() -> None:
    assert callplan.classify_number("1-800-FLOWERS") == ("+18003569377", "toll_free")
    assert callplan.classify_number("nonsense") == (None, "invalid")
    rules = callplan.rules()
    assert len({rule.code for rule in rules}) == len(rules) > 50
    assert any(rule.code == "number.toll_free" and rule.severity == "error" for rule in rules)
    toll_free = next(rule for rule in rules if rule.code == "number.toll_free")
    assert toll_free.article_section == "Limitations" and all(rule.article_section for rule in rules)
    with pytest.warns(DeprecationWarning, match="article_section"):
        assert toll_free.seed_section == "Limitations"
    assert callplan.NUMBERING_DATA_VERSION.count(".") == 2
    assert callplan.__version__ == "0.1.0"


def test_threads_evaluate_at_once_and_every_answer_is_right() -> None:
    lines = corpus()[:8_000]
    def answer(line: dict) -> bool:
        return callplan.evaluate_json(compact(line["request"]), policy=line.get("policy")) == line["answer"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert all(pool.map(answer, lines))


def test_the_schema_accepts_every_request_the_library_reads() -> None:
    from jsonschema import Draft202012Validator

    schema = callplan.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    requests = Draft202012Validator({**schema, "$ref": "#/$defs/Request"})
    answers = Draft202012Validator({**schema, "anyOf": [{"$ref": "#/$defs/Response"}, {"$ref": "#/$defs/Malformed"}]})
    read = refused_by_both = 0
    for index, line in enumerate(corpus()):
        answer = json.loads(line["answer"])
        # Every 20th answer is enough to hold the response shapes to the schema.
        assert index % 20 or answers.is_valid(answer), line["answer"][:200]
        if "code" in answer:
            refused_by_both += not requests.is_valid(line["request"])
        else:
            read += 1
            assert requests.is_valid(line["request"]), compact(line["request"])[:300]
    for case_file in case_files():
        case = json.loads(case_file.read_text(encoding="utf-8"))
        answer = json.loads(callplan.evaluate_json(compact(case["request"])))
        if "code" not in answer:
            assert requests.is_valid(case["request"]), case_file.name
    assert read > 90_000 and refused_by_both > 4_000
    policies = Draft202012Validator({**schema, "$ref": "#/$defs/Policy"})
    assert policies.is_valid({"toll_free": {"single_numbers": True, "blocks": False, "porting": False}})
    assert not policies.is_valid({"max_numbers_per_order": "many"})


def nested_lists(depth: int) -> list[object]:
    value: list[object] = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("depth", [17, 129, 200, 100_000])
def test_deep_nesting_is_answered_as_its_text_or_raises_malformed_request(depth: int) -> None:
    request = {"check": "support_route", "topic": nested_lists(depth)}
    with pytest.raises(callplan.MalformedRequest) as raised:
        callplan.evaluate(request)
    try:
        answer = json.loads(callplan.evaluate_json(compact(request)))
    except RecursionError:  # deeper than the standard encoder goes
        assert raised.value.message.startswith("the request cannot be written as JSON")
    else:
        assert (raised.value.code, raised.value.path, raised.value.message) == (answer["code"], answer["path"], answer["message"])


def test_a_request_holding_itself_raises_malformed_request() -> None:
    numbers: list[object] = []
    numbers.append(numbers)
    with pytest.raises(callplan.MalformedRequest, match="cannot be written as JSON: Circular reference"):
        callplan.evaluate({"check": "new_number_order", "numbers": numbers})
