"""Type-checked with ``mypy --strict`` against the installed package: requests written as the
generated TypedDicts, answers read as typed values."""

import callplan
from callplan.types import NewNumberOrderInput, NewNumberOrderRequest, Policy

order: NewNumberOrderInput = {
    "org": {"trial": False, "trial_numbers_used": 2},
    "location": {"calling_plan_enabled": True},
    "numbers": ["(415) 555-2671"],
    "blocks": [{"first": "+1 415 555 0100", "size": 10}, {"numbers": ["+14155550200"]}],
    "locale": "sv",
}
request: NewNumberOrderRequest = {"check": "new_number_order", **order}
policy: Policy = {"toll_free": {"single_numbers": True, "blocks": False, "porting": False}}

verdict: callplan.Verdict[None] = callplan.check_new_number_order(order, policy=policy)
paths: list[str] = [finding.path for finding in verdict.errors]
same: bool = callplan.evaluate(request).ok == verdict.ok
answer: str = callplan.evaluate_json('{"check": "support_route", "topic": "outage", "region": "na"}')
e164, kind = callplan.classify_number("415-555-2671")
codes: list[str] = [rule.code for rule in callplan.rules()]
print(paths, same, answer, e164, kind, codes)

# Each check's result has its shape: an order plan's orders, a route's desk.
plan = callplan.check_order_plan(org={"trial": False}, location={"calling_plan_enabled": True}, numbers=["(415) 555-2671"])
if plan.result is not None:
    order_count: int = len(plan.result["orders"])
    print(order_count)
desk = callplan.check_support_route(topic="outage", region="na").result
desk_purpose: str = desk["purpose"] if desk is not None else ""
print(desk_purpose)
