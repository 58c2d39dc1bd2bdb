"""Mistakes ``mypy --strict`` and pyright must name: each line below is one, and its ignore
comment holds only if the checker reports exactly that error there (both run with unused
ignores reported as errors), so a mistake that type-checks fails the test command."""

import callplan
from callplan.types import NewNumberOrderInput


def mistakes() -> None:
    """Never called (pytest imports this file for its doctests): only type-checked."""
    order: NewNumberOrderInput = {"org": {"trial": False}, "location": {"calling_plan_enabled": True}, "numbrs": ["(415) 555-2671"]}  # type: ignore[typeddict-unknown-key]  # pyright: ignore[reportAssignmentType]
    callplan.check_new_number_order(numbrs=["(415) 555-2671"])  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    callplan.check_new_number_order(numbers=5)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    callplan.check_port_order(today=1)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    callplan.check_support_route(topic="outage", region="mars")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    severity: int = callplan.check_new_number_order(order).findings[0].severity  # type: ignore[assignment]  # pyright: ignore[reportAssignmentType]
    print(severity)
