"""Cisco Calling Plan (Webex Calling PSTN) policy checks: the same verdicts as the Rust
library, the command line and the npm package, byte for byte.

>>> import callplan
>>> verdict = callplan.check_new_number_order(
...     org={"trial": False}, location={"calling_plan_enabled": True},
...     numbers=["(415) 555-2671", "+1 800 555 0100"])
>>> verdict.ok
False
>>> [(finding.rule, finding.path) for finding in verdict.errors]
[('number.toll_free', '/numbers/1')]
"""

from ._checks import *  # noqa: F403 (one function per check, generated from the core's table)
from ._checks import __all__ as _check_functions
from ._core import (
    NUMBERING_DATA_VERSION,
    Classified,
    Finding,
    JsonInput,
    MalformedRequest,
    PolicyError,
    Rule,
    Severity,
    Verdict,
    __version__,
    classify_number,
    evaluate,
    evaluate_json,
    json_schema,
    negotiate_locale,
    rules,
)

__all__ = [
    "NUMBERING_DATA_VERSION",
    "Classified",
    "Finding",
    "JsonInput",
    "MalformedRequest",
    "PolicyError",
    "Rule",
    "Severity",
    "Verdict",
    "__version__",
    "classify_number",
    "evaluate",
    "evaluate_json",
    "json_schema",
    "negotiate_locale",
    "rules",
    *_check_functions,
]

# The public classes are documented and raised as callplan.<Name>.
for _public in (Finding, Verdict, Rule, PolicyError, MalformedRequest):
    _public.__module__ = __name__
del _public
