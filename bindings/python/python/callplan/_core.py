"""The verbs, answers and errors of the package, over the native module."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, NamedTuple, TypeVar, Union, cast

from . import _callplan

__version__: str = _callplan.__version__
#: The libphonenumber release the numbering data was made from, e.g. ``"9.0.43"``.
NUMBERING_DATA_VERSION: str = _callplan.NUMBERING_DATA_VERSION

#: A request or a policy: a mapping, or its JSON text as ``str`` or ``bytes``.
JsonInput = Union[Mapping[str, Any], str, bytes]


#: How much a finding weighs: an ``error`` blocks submission, a ``warning`` asks for a look,
#: an ``info`` tells what happens next. (``callplan.types.Severity`` is the same, generated;
#: a test holds them together.)
Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Finding:
    """What the policy says about one place of the request: the ``rule`` code, its
    ``severity``, the JSON Pointer ``path`` of the place (``""``: the request as a whole),
    the ``message`` for the person filling the form and the values it names (``params``)."""

    rule: str
    severity: Severity
    path: str
    message: str
    params: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The finding as the JSON answer writes it."""
        return {"rule": self.rule, "severity": self.severity, "path": self.path, "message": self.message,
                "params": self.params}


#: The shape of a check's ``result`` (``callplan.types.OrderPlan`` for ``check_order_plan``).
R = TypeVar("R")


@dataclass(frozen=True)
class Verdict(Generic[R]):
    """The answer to a request: ``ok`` when it has no error, every finding (errors, then
    warnings, then notices), and the check's ``result`` when it has one (typed per check:
    ``check_order_plan`` gives a ``Verdict[OrderPlan | None]``). A verdict is true exactly
    when it is ``ok``, so ``if callplan.check_port_order(form):`` reads as it says."""

    ok: bool
    findings: list[Finding]
    result: R
    json: str = field(repr=False)

    def __bool__(self) -> bool:
        return self.ok

    @property
    def errors(self) -> list[Finding]:
        """The findings that block submission."""
        return [finding for finding in self.findings if finding.severity == "error"]

    def to_json(self) -> str:
        """The answer as the JSON text every door of callplan writes."""
        return self.json

    def to_dict(self) -> dict[str, Any]:
        """The answer as the values ``json.loads(verdict.to_json())`` gives."""
        return {"ok": self.ok, "findings": [finding.to_dict() for finding in self.findings], "result": self.result}

    def raise_for_errors(self) -> Verdict[R]:
        """Raises :class:`PolicyError` listing every error; returns the verdict otherwise."""
        if not self.ok:
            raise PolicyError(self.errors)
        return self


class PolicyError(ValueError):
    """The request breaks the policy: every error with its rule and path."""

    def __init__(self, errors: list[Finding]) -> None:
        self.errors = errors
        lines = [f"{len(errors)} policy error{'' if len(errors) == 1 else 's'}"]
        lines += [f"  {error.path or '(the request)'}: {error.message} [{error.rule}]" for error in errors]
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[type[PolicyError], tuple[list[Finding]]]:
        # Made again from its errors, so it crosses processes (pickle) and deep copies.
        return (type(self), (self.errors,))


class MalformedRequest(ValueError):
    """The request could not be read: ``code`` is ``input.malformed`` or
    ``input.too_large``, ``path`` the JSON Pointer of the offending value."""

    def __init__(self, code: str, path: str, message: str) -> None:
        self.code = code
        self.path = path
        self.message = message
        super().__init__(f"{message} (at {path!r}) [{code}]")

    def __reduce__(self) -> tuple[type[MalformedRequest], tuple[str, str, str]]:
        # Made again from its three parts, so it crosses processes (pickle) and deep copies.
        return (type(self), (self.code, self.path, self.message))


class Rule(NamedTuple):
    """A rule of the catalogue."""

    code: str
    severity: Severity
    seed_section: str
    description: str


def _as_dict(value: object) -> dict[Any, Any]:
    """A mapping that is not a ``dict`` (a ``MappingProxyType``, a custom ``Mapping``) as the
    ``dict`` of its items, for the encoder; anything else is not JSON."""
    if isinstance(value, Mapping):
        return dict(value.items())
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


#: Writes a mapping as the compact JSON text every door of callplan reads: as ``json.dumps``
#: does, and any ``Mapping`` as the object of its items.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_as_dict).encode


def _policy_text(policy: JsonInput | None) -> str | None:
    """The policy as JSON text (``None``: the built-in one). Raises
    :class:`MalformedRequest` at ``/policy`` when it cannot be written as JSON."""
    if policy is None or isinstance(policy, str):
        return policy
    if isinstance(policy, bytes):
        return policy.decode("utf-8", "replace")
    try:
        return _encode(policy)
    except (TypeError, ValueError, RecursionError) as error:
        raise MalformedRequest("input.malformed", "/policy", f"the policy cannot be written as JSON: {error}") from None


def evaluate_json(request: str | bytes, *, policy: JsonInput | None = None) -> str:
    """The answer to JSON text, as JSON text: byte for byte what the Rust ``evaluate_json``
    writes, ``input.malformed`` included. Never raises: a policy that cannot be read is
    answered ``input.malformed`` at ``/policy``, as a request that cannot be read is."""
    try:
        policy_text = _policy_text(policy)
    except MalformedRequest as malformed:
        return _callplan.malformed_json(malformed.path, malformed.message)
    return _callplan.evaluate_text(request, policy_text)


def evaluate(request: JsonInput, *, policy: JsonInput | None = None) -> Verdict[Any]:
    """Evaluates a request (a mapping, or JSON text) under ``policy`` (``None``: the seed
    policy; a mapping or JSON text whose fields replace the seed's). A mapping is answered
    as its JSON text from ``json.dumps`` would be.

    Raises :class:`MalformedRequest` when the request cannot be read."""
    policy_text = _policy_text(policy)
    if isinstance(request, (str, bytes)):
        return _verdict(_callplan.evaluate_text(request, policy_text))
    # Written natively when it holds only what JSON has, else by the standard encoder:
    # the same text either way.
    answered = _callplan.evaluate_value(request, policy_text)
    if answered is None:
        return _verdict(_callplan.evaluate_text(_encoded(request), policy_text))
    return _verdict_of(*answered)


def _encoded(request: Mapping[str, Any]) -> str:
    try:
        return _encode(request)
    except (TypeError, ValueError, RecursionError) as error:
        raise MalformedRequest("input.malformed", "", f"the request cannot be written as JSON: {error}") from None


def _verdict(text: str) -> Verdict[Any]:
    return _verdict_of(text, json.loads(text))


def _verdict_of(text: str, answer: dict[str, Any]) -> Verdict[Any]:
    """The verdict of an answer given as its JSON text and as the values read from it."""
    if "code" in answer:
        raise MalformedRequest(answer["code"], answer["path"], answer["message"])
    findings = [Finding(f["rule"], f["severity"], f["path"], f["message"], f["params"]) for f in answer["findings"]]
    return Verdict(answer["ok"], findings, answer["result"], text)


#: A phone number's E.164 writing (``None`` when it has none) and its class, read by name or
#: unpacked as a pair, and its region by name:
#: ``Classified(e164='+14155552671', class_='us_geographic', region='US')``.
Classified = _callplan.Classified

#: The E.164 writing and class of a phone number as people write it, e.g.
#: ``classify_number("(415) 555-2671").class_ == "us_geographic"``: the native function
#: itself, for speed.
classify_number: Callable[[str], Classified] = _callplan.classify_number


def rules() -> list[Rule]:
    """Every rule of the catalogue."""
    return [Rule(code, cast(Severity, severity), seed_section, description)
            for code, severity, seed_section, description in _callplan.rules()]


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of requests, responses and the policy, made from the
    Rust types (``$defs``: ``Request``, ``Response``, ``Malformed``, ``Policy`` and every
    shape they name). It accepts every request the library reads; it cannot say the limits
    (sizes, depth, counts) nor which dates exist."""
    from importlib import resources  # only when asked: it costs import time

    text = resources.files(__package__).joinpath("callplan.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _check(name: str, input: Mapping[str, Any] | None, policy: JsonInput | None, fields: Mapping[str, Any]) -> Verdict[Any]:
    """Runs the check ``name`` on ``input`` with ``fields`` over it."""
    return evaluate({**(input or {}), **fields, "check": name}, policy=policy)
