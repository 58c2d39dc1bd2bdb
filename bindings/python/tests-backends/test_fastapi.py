"""The FastAPI example (examples/fastapi_app.py) driven by FastAPI's TestClient, as a
service's own tests would: the order's body is `callplan.pydantic.PortOrder`, so the
policy's errors are FastAPI's 422 at their fields, in the caller's language."""

from __future__ import annotations

import typing

import pytest
from fastapi.encoders import jsonable_encoder
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

import callplan
from fastapi_app import app

client = TestClient(app)
TOLL_FREE_EN = "+18005550100 is a toll-free number; toll-free numbers are not available with Cisco Calling Plan."


def test_an_order_the_policy_accepts_is_answered_with_its_verdict(order: dict) -> None:
    response = client.post("/port-orders", json=order)
    assert response.status_code == 200
    assert response.json() == callplan.check_port_order(order).to_dict()
    assert response.json()["ok"] is True
    assert {finding["rule"] for finding in response.json()["findings"]} == {"notice.port_inbound_numbers", "notice.verify_before_publishing"}


def test_a_toll_free_number_is_a_422_at_its_field(order: dict) -> None:
    order["numbers"][1]["number"] = "+1 800 555 0100"
    response = client.post("/port-orders", json=order)
    assert response.status_code == 422
    assert response.json() == {"detail": [{"type": "number.toll_free", "loc": ["body", "numbers", 1, "number"], "msg": TOLL_FREE_EN,
                                           "input": "+1 800 555 0100", "ctx": {"number": "+18005550100"}}]}


@pytest.mark.parametrize(("header", "message"), [
    ("sv-SE,sv;q=0.9,en;q=0.8", "+18005550100 är ett avgiftsfritt nummer; avgiftsfria nummer är inte tillgängliga med Ciscos samtalsplan."),
    ("fr-CA,fr;q=0.9", "+18005550100 est un numéro sans frais; les numéros sans frais ne sont pas offerts avec le forfait d'appels Cisco."),
    ("de-DE", TOLL_FREE_EN),
])
def test_messages_are_in_the_language_accept_language_asks_for(order: dict, header: str, message: str) -> None:
    order["numbers"][1]["number"] = "+1 800 555 0100"
    response = client.post("/port-orders", json=order, headers={"Accept-Language": header})
    assert [error["msg"] for error in response.json()["detail"]] == [message]


def test_a_value_the_library_cannot_read_is_refused_in_the_language_accept_language_asks_for(order: dict) -> None:
    order["today"] = "2024-02-30"
    response = client.post("/port-orders", json=order, headers={"Accept-Language": "sv-SE,sv;q=0.9"})
    assert response.status_code == 422
    assert [(error["type"], error["loc"], error["msg"]) for error in response.json()["detail"]] == [
        ("input.malformed", ["body", "today"], "`2024-02-30` är inte ett datum på formen ÅÅÅÅ-MM-DD")]


def test_the_request_s_own_locale_wins_over_the_header(order: dict) -> None:
    order["numbers"][1]["number"] = "+1 800 555 0100"
    response = client.post("/port-orders", json={**order, "locale": "fr"}, headers={"Accept-Language": "sv"})
    assert "sans frais" in response.json()["detail"][0]["msg"]


@pytest.mark.parametrize(("change", "type_", "loc"), [
    (lambda order: order["loa"].update(signer="Ada"), "extra_forbidden", ["body", "loa", "signer"]),
    (lambda order: order.update(today=20240301), "string_type", ["body", "today"]),
    (lambda order: order.update(today="2024-02-30"), "input.malformed", ["body", "today"]),
    (lambda order: order["org"].update(trial="no"), "bool_type", ["body", "org", "trial"]),
    (lambda order: order.update(check="port_order"), "extra_forbidden", ["body", "check"]),
])
def test_a_body_the_library_cannot_read_is_a_422_at_its_place(order: dict, change, type_: str, loc: list) -> None:
    change(order)
    response = client.post("/port-orders", json=order)
    assert response.status_code == 422
    assert [(error["type"], error["loc"]) for error in response.json()["detail"]] == [(type_, loc)]


def test_a_message_is_never_reformatted_from_its_params(order: dict) -> None:
    order["numbers"][0]["number"] = "{number} 555"
    response = client.post("/port-orders", json=order)
    [error] = response.json()["detail"]
    assert error["msg"] == '"{number} 555" is not a valid phone number.'
    assert error["ctx"]["number"] == "{number} 555"


def test_docs_and_openapi_show_the_models() -> None:
    assert client.get("/docs").status_code == 200
    response = client.get("/openapi.json")
    assert response.status_code == 200
    schemas = response.json()["components"]["schemas"]
    assert {"PortOrder", "PortNumber", "Account", "Verdict", "Finding"} <= set(schemas)
    port_order = schemas["PortOrder"]
    assert port_order["additionalProperties"] is False
    assert port_order["required"] == ["today"]
    assert port_order["properties"]["today"]["format"] == "date"
    assert port_order["properties"]["numbers"]["description"] == "The numbers to port."
    assert "check" not in port_order["properties"]
    assert schemas["Finding"]["properties"]["severity"]["enum"] == ["error", "warning", "info"]


def test_verdicts_and_findings_are_what_frameworks_serialize(order: dict) -> None:
    order["numbers"][1]["number"] = "+1 800 555 0100"
    verdict = callplan.check_port_order(order)
    assert typing.get_type_hints(callplan.Finding)["params"] == dict[str, typing.Any]
    assert typing.get_type_hints(callplan.Verdict)["findings"] == list[callplan.Finding]
    assert jsonable_encoder(verdict) == verdict.to_dict()
    assert TypeAdapter(callplan.Verdict).dump_python(verdict, mode="json") == verdict.to_dict()
    assert TypeAdapter(callplan.Verdict).validate_python(verdict.to_dict()) == verdict
    assert verdict.errors[0].loc == ("numbers", 1, "number")
