"""What Python developers do with answers and errors without reading the docs: test a
verdict in an ``if``, write it with ``json.dumps``, copy it, pickle it, and send verdicts and
errors across processes (``ProcessPoolExecutor``, ``multiprocessing.Pool``); and what a backend
needs of them: fields frameworks read, paths as locations, dates, the language of a header."""

from __future__ import annotations

import copy
import json
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

import callplan

ORDER = {"org": {"trial": False}, "location": {"calling_plan_enabled": True}, "numbers": ["(415) 555-2671", "+1 800 555 0100"]}
ACCEPTED = {**ORDER, "numbers": ["(415) 555-2671"]}


def test_a_verdict_is_true_exactly_when_it_is_ok() -> None:
    refused, accepted = callplan.check_new_number_order(ORDER), callplan.check_new_number_order(ACCEPTED)
    assert (bool(refused), bool(accepted)) == (False, True)
    if callplan.check_new_number_order(ORDER):
        pytest.fail("a refused order read as true")


def test_a_verdict_is_not_a_tuple_and_says_itself_as_json_or_a_dict() -> None:
    verdict = callplan.check_new_number_order(ORDER)
    assert not isinstance(verdict, tuple)
    with pytest.raises(TypeError):
        json.dumps(verdict)  # not silently a list
    assert verdict.to_dict() == json.loads(verdict.to_json())
    assert json.dumps(verdict.to_dict(), ensure_ascii=False, separators=(",", ":")) == verdict.to_json()
    assert verdict.findings[0].to_dict() == json.loads(verdict.to_json())["findings"][0]
    assert "json=" not in repr(verdict) and repr(verdict).startswith("Verdict(ok=False, findings=[Finding(rule=")


def test_findings_have_a_severity_of_three() -> None:
    import typing

    import callplan.types

    named = {literal for part in typing.get_args(callplan.types.Severity) for literal in typing.get_args(part)}
    assert set(typing.get_args(callplan.Severity)) == named == {rule.severity for rule in callplan.rules()}
    severities = {finding.severity for finding in callplan.check_new_number_order(ORDER).findings}
    assert severities <= named and "error" in severities


def refused_verdict_and_errors() -> list[object]:
    verdict = callplan.check_new_number_order(ORDER)
    try:
        verdict.raise_for_errors()
    except callplan.PolicyError as error:
        policy_error = error
    try:
        callplan.evaluate({"check": "port_order", "today": "2024-02-30"})
    except callplan.MalformedRequest as error:
        malformed = error
    return [verdict, verdict.findings[0], policy_error, malformed]


@pytest.mark.parametrize("copied", [lambda value: pickle.loads(pickle.dumps(value)), copy.deepcopy, copy.copy],
                         ids=["pickle", "deepcopy", "copy"])
def test_verdicts_findings_and_errors_survive_pickle_and_copy(copied: object) -> None:
    for original in refused_verdict_and_errors():
        again = copied(original)  # type: ignore[operator]
        assert type(again) is type(original)
        if isinstance(original, Exception):
            assert str(again) == str(original) and again.args == original.args
            assert vars(again) == vars(original)
        else:
            assert again == original


def check_in_child(numbers: list[str]) -> callplan.Verdict:
    return callplan.check_new_number_order(ORDER, numbers=numbers)


def malformed_in_child(today: str) -> callplan.Verdict:
    return callplan.check_port_order(today=today)


def policy_error_in_child(numbers: list[str]) -> callplan.Verdict:
    return callplan.check_new_number_order(ORDER, numbers=numbers).raise_for_errors()


def test_verdicts_and_errors_cross_a_process_pool() -> None:
    context = multiprocessing.get_context("spawn")  # the default from 3.14, and the strictest
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        verdicts = list(pool.map(check_in_child, [["(415) 555-2671"], ["+1 800 555 0100"]]))
        assert [verdict.ok for verdict in verdicts] == [True, False]
        assert verdicts[1] == callplan.check_new_number_order(ORDER, numbers=["+1 800 555 0100"])
        with pytest.raises(callplan.MalformedRequest) as malformed:
            pool.submit(malformed_in_child, "2024-02-30").result(timeout=60)
        assert (malformed.value.code, malformed.value.path) == ("input.malformed", "/today")
        with pytest.raises(callplan.PolicyError) as refused:
            pool.submit(policy_error_in_child, ["+1 800 555 0100"]).result(timeout=60)
        assert [error.rule for error in refused.value.errors] == ["number.toll_free"]


def test_a_multiprocessing_pool_maps_and_reports_errors() -> None:
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        verdicts = pool.map(check_in_child, [["(415) 555-2671"]] * 4, chunksize=1)
        assert all(verdicts)
        with pytest.raises(callplan.MalformedRequest):
            pool.apply_async(malformed_in_child, ("2024-13-01",)).get(timeout=60)


def test_any_mapping_is_a_request_nested_or_not() -> None:
    from collections.abc import Iterator, Mapping
    from types import MappingProxyType

    class Form(Mapping[str, object]):
        """A form library's read-only view of its fields."""

        def __init__(self, fields: dict[str, object]) -> None:
            self._fields = fields

        def __getitem__(self, key: str) -> object:
            return self._fields[key]

        def __iter__(self) -> Iterator[str]:
            return iter(self._fields)

        def __len__(self) -> int:
            return len(self._fields)

    expected = callplan.check_new_number_order(ORDER)
    assert callplan.check_new_number_order(MappingProxyType(ORDER)) == expected
    assert callplan.check_new_number_order(Form(ORDER)) == expected
    assert callplan.evaluate(Form({"check": "new_number_order", **ORDER, "org": MappingProxyType(ORDER["org"])})) == expected
    limited = callplan.check_new_number_order(ORDER, policy=MappingProxyType({"max_numbers_per_order": 1}))
    assert "order.too_many_numbers" in {finding.rule for finding in limited.errors}


def test_a_dict_subclass_is_read_as_json_dumps_reads_it() -> None:
    class Redacting(dict):  # type: ignore[type-arg]
        """A dict whose items() leaves out what must not leave the process, as json.dumps honours."""

        def items(self):  # type: ignore[no-untyped-def]
            return [(key, value) for key, value in super().items() if key != "secret"]

    request = Redacting({"check": "support_route", "topic": "outage", "region": "na", "secret": "x"})
    assert callplan.evaluate(request).to_json() == callplan.evaluate_json(json.dumps(request))
    assert callplan.evaluate(request).ok


def test_an_integer_too_large_is_said_as_an_integer() -> None:
    for huge in (10**100, 2**64, -(2**63) - 1):
        with pytest.raises(callplan.MalformedRequest) as raised:
            callplan.check_new_number_order(ORDER, auto_select={"quantity": huge, "state": "CA"})
        assert raised.value.path == "/auto_select/quantity"
        assert "integer" in raised.value.message and "floating point" not in raised.value.message


def test_a_request_that_cannot_be_read_is_refused_in_its_own_language() -> None:
    request = {"check": "port_reschedule", "today": "2024-02-30", "locale": "sv-SE"}
    with pytest.raises(callplan.MalformedRequest) as raised:
        callplan.evaluate(request)
    assert (raised.value.path, raised.value.message) == ("/today", "`2024-02-30` är inte ett datum på formen ÅÅÅÅ-MM-DD")
    with pytest.raises(callplan.MalformedRequest) as raised:
        callplan.check_support_route({"topic": "outage", "region": "mars"}, locale="fr")
    assert raised.value.message == "valeur inconnue `mars`, attendu\u00a0: `na`, `emea` ou `apac`"
    assert str(raised.value).startswith("valeur inconnue `mars`")


@pytest.mark.parametrize("policy", [{"toll_free": {1, 2}}, {"max_numbers_per_order": float("nan")}, object()])
def test_evaluate_json_answers_a_policy_it_cannot_write_at_policy(policy: object) -> None:
    answer = json.loads(callplan.evaluate_json(json.dumps({"check": "new_number_order", **ORDER}), policy=policy))  # type: ignore[arg-type]
    assert (answer["code"], answer["path"]) == ("input.malformed", "/policy")
    with pytest.raises(callplan.MalformedRequest) as raised:
        callplan.check_new_number_order(ORDER, policy=policy)  # type: ignore[arg-type]
    assert (raised.value.code, raised.value.path, raised.value.message) == (answer["code"], answer["path"], answer["message"])


def test_a_classified_number_reads_by_name_and_as_the_pair_it_was() -> None:
    classified = callplan.classify_number("(415) 555-2671")
    assert (classified.e164, classified.class_) == ("+14155552671", "us_geographic")
    e164, kind = classified
    assert (e164, kind) == tuple(classified) == (classified[0], classified[1]) == (classified[-2], classified[-1])
    assert classified == ("+14155552671", "us_geographic") and classified != ("+14155552671", "toll_free")
    assert hash(classified) == hash(("+14155552671", "us_geographic")) and len(classified) == 2
    assert repr(classified) == "Classified(e164='+14155552671', class_='us_geographic', region='US')"
    assert repr(callplan.classify_number("nonsense")) == "Classified(e164=None, class_='invalid', region=None)"
    toronto = callplan.classify_number("+1 416 555 0123")
    assert (toronto.class_, toronto.region) == ("not_us", "CA") and toronto == ("+14165550123", "not_us")
    assert callplan.classify_number("+44 20 7946 0958").region == "GB"
    assert callplan.Classified("+14165550123", "not_us", "CA") == toronto != callplan.Classified("+14165550123", "not_us")
    assert isinstance(classified, callplan.Classified)
    for again in (pickle.loads(pickle.dumps(classified)), copy.deepcopy(classified)):
        assert again == classified and type(again) is callplan.Classified
    with pytest.raises(IndexError):
        classified[2]
    with pytest.raises(ValueError, match="not a number class"):
        callplan.Classified("+14155552671", "geographic")
    assert {callplan.classify_number("415-555-2671"), classified} == {classified}


def test_a_built_in_policy_is_taken_by_name_in_every_verb() -> None:
    toronto = {**ORDER, "numbers": ["+1 416 555 0123"]}
    refused = callplan.check_new_number_order(toronto)
    assert [(f.rule, f.params) for f in refused.errors] == [
        ("number.country_unsupported", {"number": "+14165550123", "region": "CA", "countries": ["US"]})]
    assert callplan.check_new_number_order(toronto, policy="cisco-2026").ok
    assert callplan.check_new_number_order(toronto, policy={"base": "cisco-2026"}).ok
    answer = json.loads(callplan.evaluate_json(json.dumps({"check": "new_number_order", **toronto}), policy="cisco-2026"))
    assert answer["ok"] is True
    with pytest.raises(callplan.MalformedRequest) as unknown:
        callplan.check_new_number_order(toronto, policy="cisco-2027")
    assert unknown.value.path == "/policy" and "`seed-2024` or `cisco-2026`" in unknown.value.message
    with pytest.raises(callplan.MalformedRequest) as country:
        callplan.check_new_number_order(toronto, policy={"countries": ["US", "MX"]})
    assert country.value.path == "/policy/countries/1"


def test_messages_come_in_canadian_french() -> None:
    verdict = callplan.check_new_number_order(ORDER, locale="fr-CA")
    assert verdict.errors[0].message == ("+18005550100 est un numéro sans frais; les numéros sans frais ne sont pas "
                                         "offerts avec le forfait d'appels Cisco.")


def test_a_verdict_s_fields_are_the_answer_s_members() -> None:
    import dataclasses
    import typing

    verdict = callplan.check_new_number_order(ORDER)
    assert dataclasses.asdict(verdict) == verdict.to_dict() == json.loads(verdict.to_json())
    assert [field.name for field in dataclasses.fields(verdict)] == ["ok", "findings", "result"]
    assert typing.get_type_hints(callplan.Finding)["severity"] == callplan.Severity
    assert typing.get_type_hints(callplan.Verdict)["findings"] == list[callplan.Finding]
    made = callplan.Verdict(verdict.ok, verdict.findings, verdict.result)
    assert made == verdict and made.to_json() == verdict.to_json()


@pytest.mark.parametrize(("path", "loc"), [
    ("", ()), ("/numbers/1", ("numbers", 1)), ("/port/numbers/0/number", ("port", "numbers", 0, "number")),
    ("/a~1b/c~0d", ("a/b", "c~d")), ("/x/01", ("x", "01")), ("/x/0", ("x", 0)), ("/x/\u0663", ("x", "\u0663")),
])
def test_a_finding_s_loc_is_its_path_as_frameworks_write_it(path: str, loc: tuple) -> None:
    assert callplan.Finding("r", "error", path, "m", {}).loc == loc


def test_a_request_may_hold_dates() -> None:
    from datetime import date, datetime

    verdict = callplan.check_port_reschedule(today=date(2024, 3, 1), current_date=date(2024, 3, 10), new_date=date(2024, 3, 12))
    assert verdict == callplan.check_port_reschedule(today="2024-03-01", current_date="2024-03-10", new_date="2024-03-12")
    with pytest.raises(callplan.MalformedRequest) as raised:
        callplan.check_port_reschedule(today=datetime(2024, 3, 1, 9), current_date=date(2024, 3, 10), new_date=date(2024, 3, 12))
    assert raised.value.path == "/today"


@pytest.mark.parametrize(("header", "locale"), [
    ("sv-SE,sv;q=0.9,en", "sv"), ("fr-CA", "fr"), ("de, en;q=0.1", "en"), ("de", "en"), ("", "en"), (None, "en"),
    ("en;q=0.5, sv;q=0.6", "sv"), ("sv;q=0", "en"),
])
def test_the_language_of_an_accept_language_header(header: str | None, locale: str) -> None:
    assert callplan.negotiate_locale(header) == locale


def test_the_schema_of_one_check_s_input() -> None:
    from jsonschema import Draft202012Validator

    schema = callplan.json_schema(check="port_order")
    assert schema["required"] == ["today"] and "check" not in schema["properties"] and "locale" in schema["properties"]
    validator = Draft202012Validator(schema)
    assert validator.is_valid({"today": "2024-03-01", "numbers": [{"number": "+1 415 555 2671"}], "locale": "fr"})
    assert not validator.is_valid({"today": "2024-03-01", "check": "port_order"})
    assert not validator.is_valid({"numbers": []})
    schema["title"] = "changed"
    assert callplan.json_schema(check="port_order")["title"] == "port_order", "each call is a new copy"
    with pytest.raises(ValueError, match="port_ordre"):
        callplan.json_schema(check="port_ordre")
