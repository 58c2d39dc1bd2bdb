"""The verbs, answers and errors of the package, over the native module.

Annotations here are evaluated when the module loads (no ``from __future__ import
annotations``): frameworks that read a class's type hints (pydantic, FastAPI) resolve them
in the namespace of ``callplan``, where the answer types are documented, and names such as
``Any`` are not there.
"""

import copy
import functools
import json
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, Literal, NamedTuple, Optional, TypeVar, Union, cast

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

    @property
    def loc(self) -> tuple[Union[str, int], ...]:
        """The ``path`` as the location pydantic, FastAPI and form libraries use: its tokens
        unescaped, an array index as an ``int`` (``"/numbers/1/number"`` →
        ``("numbers", 1, "number")``; ``""`` → ``()``)."""
        return _loc(self.path)

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
    when it is ``ok``, so ``if callplan.check_port_order(form):`` reads as it says.

    Its fields are the answer's JSON members, so ``dataclasses.asdict``, FastAPI's
    ``jsonable_encoder`` and a ``response_model`` write the answer's shape."""

    ok: bool
    findings: list[Finding]
    result: R

    def __bool__(self) -> bool:
        return self.ok

    @property
    def errors(self) -> list[Finding]:
        """The findings that block submission."""
        return [finding for finding in self.findings if finding.severity == "error"]

    def to_json(self) -> str:
        """The answer as the JSON text every door of callplan writes."""
        text: Optional[str] = self.__dict__.get("_text")
        return text if text is not None else _encode(self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        """The answer as the values ``json.loads(verdict.to_json())`` gives."""
        return {"ok": self.ok, "findings": [finding.to_dict() for finding in self.findings], "result": self.result}

    def raise_for_errors(self) -> "Verdict[R]":
        """Raises :class:`PolicyError` listing every error; returns the verdict otherwise."""
        if not self.ok:
            raise PolicyError(self.errors)
        return self


def _loc(pointer: str) -> tuple[Union[str, int], ...]:
    """The tokens of a JSON Pointer, unescaped, array indices as ``int``."""
    if not pointer:
        return ()
    return tuple(int(token) if token.isdigit() and (token == "0" or token[0] != "0") and token.isascii()
                 else token.replace("~1", "/").replace("~0", "~")
                 for token in pointer[1:].split("/"))


class PolicyError(ValueError):
    """The request breaks the policy: every error with its rule and path."""

    def __init__(self, errors: list[Finding]) -> None:
        self.errors = errors
        lines = [f"{len(errors)} policy error{'' if len(errors) == 1 else 's'}"]
        lines += [f"  {error.path or '(the request)'}: {error.message} [{error.rule}]" for error in errors]
        super().__init__("\n".join(lines))

    def __reduce__(self) -> "tuple[type[PolicyError], tuple[list[Finding]]]":
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

    def __reduce__(self) -> "tuple[type[MalformedRequest], tuple[str, str, str]]":
        # Made again from its three parts, so it crosses processes (pickle) and deep copies.
        return (type(self), (self.code, self.path, self.message))


class Rule(NamedTuple):
    """A rule of the catalogue: its code, severity, the section of Cisco's help article it
    encodes and what it checks, in English."""

    code: str
    severity: Severity
    article_section: str
    description: str

    @property
    def seed_section(self) -> str:
        """Deprecated: renamed ``article_section`` (``seed`` names the default policy,
        ``seed-2024``); removed in 0.3."""
        warnings.warn("Rule.seed_section is renamed Rule.article_section", DeprecationWarning, stacklevel=2)
        return self.article_section


def _as_json(value: object) -> Union[dict[Any, Any], str]:
    """What the encoder writes for a value JSON has no type for: a mapping that is not a
    ``dict`` (a ``MappingProxyType``, a custom ``Mapping``) as the ``dict`` of its items, a
    ``date`` as its ISO text (a ``datetime`` too, which the library then refuses as not a
    date, at its path); anything else is not JSON."""
    if isinstance(value, Mapping):
        return dict(value.items())
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


#: Writes a mapping as the compact JSON text every door of callplan reads: as ``json.dumps``
#: does, any ``Mapping`` as the object of its items and a ``date`` as its ISO text.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_as_json).encode


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
    verdict: Verdict[Any] = Verdict(answer["ok"], findings, answer["result"])
    # The native text, kept beside the fields so to_json() gives it byte for byte.
    object.__setattr__(verdict, "_text", text)
    return verdict


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
    return [Rule(code, cast(Severity, severity), article_section, description)
            for code, severity, article_section, description in _callplan.rules()]


def json_schema(check: Optional[str] = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of requests, responses and the policy, made from the
    Rust types (``$defs``: ``Request``, ``Response``, ``Malformed``, ``Policy`` and every
    shape they name). It accepts every request the library reads; it cannot say the limits
    (sizes, depth, counts) nor which dates exist.

    With ``check`` (``"port_order"``), the schema of that check's input: the request without
    ``check``, as a form or an API body holds it. Each call returns a new copy.

    Raises :class:`ValueError` for a name that is not a check."""
    schema = copy.deepcopy(_schema())
    if check is None:
        return schema
    definitions = schema["$defs"]
    variants = {variant["properties"]["check"]["const"]: variant for variant in definitions["Request"]["oneOf"]}
    if check not in variants:
        raise ValueError(f"no check is called {check!r}; the checks are {', '.join(variants)}")
    variant = variants[check]
    properties = {name: value for name, value in variant["properties"].items() if name != "check"}
    properties["locale"] = {"$ref": "#/$defs/Locale", "description": "The language of the messages."}
    return {"$schema": schema["$schema"], "title": check, "description": variant.get("description", ""),
            "type": "object", "properties": properties, "additionalProperties": False,
            "required": [name for name in variant.get("required", []) if name != "check"],
            "$defs": definitions}


@functools.lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    """The shipped schema, read once."""
    from importlib import resources  # only when asked: it costs import time

    text = resources.files(__package__).joinpath("callplan.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def negotiate_locale(accept_language: Optional[str]) -> str:
    """The language of messages (``"en"``, ``"sv"`` or ``"fr"``) for an HTTP
    ``Accept-Language`` header: the supported language weighed highest, ``"en"`` when none
    is or there is no header: ``negotiate_locale("sv-SE,sv;q=0.9,en") == "sv"``."""
    return _callplan.negotiate_locale(accept_language or "")


def _check(name: str, input: Mapping[str, Any] | None, policy: JsonInput | None, fields: Mapping[str, Any]) -> Verdict[Any]:
    """Runs the check ``name`` on ``input`` with ``fields`` over it."""
    return evaluate({**(input or {}), **fields, "check": name}, policy=policy)
