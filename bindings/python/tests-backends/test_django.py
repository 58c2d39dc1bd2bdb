"""The Django example site (examples/django_site) driven by Django's test client: the port
order form with its formset of numbers (callplan.django.check) and the DRF endpoint
(callplan.django.drf_check); each error under its field, in the language of
Accept-Language, never %-formatted."""

from __future__ import annotations

import json
import os

import django
import pytest

import callplan

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "django_site.settings")
django.setup()

from django.test import Client  # noqa: E402 (after the settings)
from django.test.utils import setup_test_environment  # noqa: E402

setup_test_environment()
client = Client()


def form_data(order: dict, **fields: str) -> dict[str, str]:
    """The order as the form posts it: a field per member (``account__provider``), the
    numbers as the formset's rows."""
    data = {"today": order["today"], "location__calling_plan_enabled": "on",
            **{f"{part}__{name}": value for part in ("account", "invoice", "loa") for name, value in order[part].items()},
            "numbers-TOTAL_FORMS": str(len(order["numbers"])), "numbers-INITIAL_FORMS": "0"}
    data.update({f"numbers-{index}-number": row["number"] for index, row in enumerate(order["numbers"])})
    data.update(fields)
    return data


def field_errors(form) -> dict[str, list[tuple[str, str]]]:
    return {name: [(error.code, error.message) for error in errors] for name, errors in form.errors.as_data().items()}


def test_a_form_the_policy_accepts_is_submitted(order: dict) -> None:
    response = client.post("/port-order/", form_data(order))
    assert (response.status_code, response.content) == (201, b"Port order accepted")


def test_a_toll_free_number_shows_under_its_row_of_the_formset(order: dict) -> None:
    order["numbers"][1]["number"] = "+1 800 555 0100"
    response = client.post("/port-order/", form_data(order))
    assert response.status_code == 400
    rows = response.context["numbers"].forms
    assert field_errors(rows[0]) == {}
    assert field_errors(rows[1]) == {"number": [("number.toll_free", "+18005550100 is a toll-free number; toll-free numbers are not available with Cisco Calling Plan.")]}
    assert field_errors(response.context["form"]) == {}
    assert b"toll-free numbers are not available" in response.content


def test_a_nested_member_shows_under_its_field_and_an_empty_list_on_the_formset(order: dict) -> None:
    order["numbers"] = []
    response = client.post("/port-order/", form_data(order, account__provider=""))
    errors = field_errors(response.context["form"])
    assert [code for code, _ in errors["account__provider"]] == ["port.account_missing_field"]
    assert list(response.context["numbers"].non_form_errors()) == ["Add at least one number to the order."]


def test_a_message_holding_a_percent_sign_is_shown_as_written(order: dict) -> None:
    order["numbers"][1]["number"] = "50%d"
    response = client.post("/port-order/", form_data(order))
    assert field_errors(response.context["numbers"].forms[1]) == {"number": [("number.invalid", '"50%d" is not a valid phone number.')]}


def test_the_form_speaks_the_language_accept_language_asks_for(order: dict) -> None:
    order["numbers"][1]["number"] = "+1 800 555 0100"
    swedish = client.post("/port-order/", form_data(order), HTTP_ACCEPT_LANGUAGE="sv-SE,sv;q=0.9")
    assert "avgiftsfritt" in field_errors(swedish.context["numbers"].forms[1])["number"][0][1]
    french = client.post("/port-order/", form_data(order), HTTP_ACCEPT_LANGUAGE="fr-CA")
    assert "sans frais" in field_errors(french.context["numbers"].forms[1])["number"][0][1]


def post_json(body: object, language: str = "en"):
    return client.post("/api/port-orders/", json.dumps(body), content_type="application/json", HTTP_ACCEPT_LANGUAGE=language)


def test_the_api_answers_an_order_the_policy_accepts_with_its_verdict(order: dict) -> None:
    response = post_json(order)
    assert response.status_code == 200
    assert response.json() == callplan.check_port_order(order).to_dict()


def test_the_api_nests_errors_as_drf_does(order: dict) -> None:
    order["numbers"][1]["number"] = "+1 800 555 0100"
    order["loa"]["first_name"] = ""
    response = post_json(order, "sv")
    assert response.status_code == 400
    body = response.json()
    assert body["numbers"] == [{}, {"number": ["+18005550100 är ett avgiftsfritt nummer; avgiftsfria nummer är inte tillgängliga med Ciscos samtalsplan."]}]
    assert list(body) == ["numbers", "loa"]
    assert response.data["numbers"][1]["number"][0].code == "number.toll_free"


@pytest.mark.parametrize(("body", "expected"), [
    ({"today": "2024-03-01", "loa": {"signer": "Ada"}}, {"loa": {"signer": ["unknown field `signer`, expected one of `first_name`, `last_name`, `signer_role`"]}}),
    ([1, 2], {"non_field_errors": ["the request body must be a JSON object"]}),
])
def test_the_api_refuses_a_body_it_cannot_read_with_400(body: object, expected: dict) -> None:
    response = post_json(body)
    assert (response.status_code, response.json()) == (400, expected)
