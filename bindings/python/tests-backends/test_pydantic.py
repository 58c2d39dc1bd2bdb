"""callplan.pydantic without a framework: validating a model runs the check; its errors
are pydantic's, one call turns a verdict into them; the models are as strict as the
library's reader and generated from its types."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pydantic import ValidationError

import callplan
import callplan.pydantic as models


def errors_of(model: type, body: dict, **validate: object) -> list[tuple[str, tuple, str]]:
    with pytest.raises(ValidationError) as raised:
        model.model_validate(body, **validate)
    return [(error["type"], error["loc"], error["msg"]) for error in raised.value.errors()]


def test_a_valid_model_keeps_its_warnings_and_notices(order: dict) -> None:
    port_order = models.PortOrder.model_validate(order)
    assert port_order.verdict.ok
    assert port_order.verdict == callplan.check_port_order(order)
    assert port_order.numbers[0].number == "+1 415 555 2671"
    assert port_order.request() == {**order, "check": "port_order"}


def test_a_date_is_its_iso_text_or_a_date_never_a_number_or_a_date_and_time(order: dict) -> None:
    assert models.PortOrder.model_validate({**order, "today": date(2024, 3, 1)}).today == "2024-03-01"
    assert [error[0] for error in errors_of(models.PortOrder, {**order, "today": 1709251200})] == ["string_type"]
    assert [error[0] for error in errors_of(models.PortOrder, {**order, "today": datetime(2024, 3, 1, 9)})] == ["date_type"]


def test_locale_and_policy_come_from_the_validation_context_or_a_block(order: dict) -> None:
    toronto = {"contact": {"first_name": "Ada", "last_name": "Tremblay", "email": "ada@example.ca", "phone": "+1 416 555 0123"},
               "emergency_address": {"line1": "1 Front St W", "city": "Toronto", "state": "ON", "zip": "M5E 1W7", "country": "CA"}}
    assert [error[0] for error in errors_of(models.LocationSetup, toronto)] == ["address.country_unsupported"]
    assert models.LocationSetup.model_validate(toronto, context={"policy": "cisco-2026"}).verdict.ok
    with models.using(policy="cisco-2026", locale="fr"):
        [(rule, loc, message)] = errors_of(models.LocationSetup, {**toronto, "emergency_address": {**toronto["emergency_address"], "zip": "D5E 1W7"}})
    assert (rule, loc) == ("address.invalid_zip", ("emergency_address", "zip"))
    assert "code postal" in message


def test_one_call_turns_a_verdict_into_pydantic_errors(order: dict) -> None:
    order["numbers"][1]["number"] = "+1 800 555 0100"
    verdict = callplan.check_port_order(order)
    assert models.error_list(verdict, order, prefix=("body",)) == [
        {"type": "number.toll_free", "loc": ("body", "numbers", 1, "number"), "msg": verdict.errors[0].message,
         "input": "+1 800 555 0100", "ctx": {"number": "+18005550100"}}]
    error = models.validation_error(verdict, order, title="PortOrder")
    assert error.errors(include_url=False) == [{**models.error_list(verdict, order)[0], "loc": ("numbers", 1, "number")}]
    with pytest.raises(callplan.MalformedRequest) as raised:
        callplan.check_port_order(order, loa={"signer": 1})
    assert models.error_list(raised.value) == [{"type": "input.malformed", "loc": ("loa", "signer"), "msg": raised.value.message,
                                                "input": None, "ctx": {}}]


def test_every_check_has_a_model_named_for_it_without_a_check_field() -> None:
    for name in callplan._callplan.check_names():
        model = getattr(models, "".join(part.title() for part in name.split("_")))
        assert model.check == name
        assert "check" not in model.model_fields
        assert "locale" in model.model_fields


def test_the_models_hold_what_the_typed_dicts_hold() -> None:
    from typing import get_type_hints

    import callplan.types as shapes

    for name in callplan._callplan.check_names():
        camel = "".join(part.title() for part in name.split("_"))
        typed_dict = get_type_hints(getattr(shapes, f"{camel}Input"))
        assert set(getattr(models, camel).model_fields) == set(typed_dict), name


def test_a_billing_item_is_told_apart_by_its_kind_and_a_number_by_its_origin() -> None:
    items = [{"kind": "number", "origin": "ported", "port_completed": "2024-03-01"}, {"kind": "usage", "call_date": "2024-03-03"},
             {"kind": "number", "origin": "new", "provisioned": "2024-03-04"}]
    billing = models.BillingStart.model_validate({"items": items})
    assert [type(item).__name__ for item in billing.items] == ["BillingItemNumberPorted", "BillingItemUsage", "BillingItemNumberNew"]
    assert billing.verdict.result == callplan.check_billing_start(items=items).result


def test_the_typed_dicts_are_read_by_pydantic_on_every_python(order: dict) -> None:
    from pydantic import TypeAdapter

    import callplan.types

    assert TypeAdapter(callplan.types.PortOrderInput).validate_python(order) == order
