"""What the generated models of :mod:`callplan.pydantic` share: strict shapes, the date type,
the validation that runs the check, and findings as pydantic errors. Only conversion: the
verdict is the core's."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from typing import Annotated, Any, Callable, ClassVar, Optional, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, ValidationError, ValidationInfo, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from ._core import Finding, JsonInput, MalformedRequest, Verdict, _loc, evaluate, negotiate_locale

#: The language and policy of the checks validated in this context (:func:`using`).
_locale: ContextVar[Optional[str]] = ContextVar("callplan_locale", default=None)
_policy: ContextVar[Optional[JsonInput]] = ContextVar("callplan_policy", default=None)


@contextmanager
def using(*, locale: Optional[str] = None, policy: Optional[JsonInput] = None) -> Iterator[None]:
    """Models validated inside the block write their messages in ``locale`` (unless the
    request names its own) and judge under ``policy`` (a built-in policy's name, or a policy
    object or its JSON text; ``None``: ``seed-2024``)::

        with callplan.pydantic.using(locale="sv", policy="cisco-2026"):
            order = callplan.pydantic.PortOrder.model_validate(body)

    A validation ``context`` (``model_validate(body, context={"locale": "sv"})``) wins over
    the block."""
    locale_token = _locale.set(locale)
    policy_token = _policy.set(policy)
    try:
        yield
    finally:
        _policy.reset(policy_token)
        _locale.reset(locale_token)


class AcceptLanguage:
    """ASGI middleware (FastAPI, Starlette): the models validated for a request write their
    messages in the language its ``Accept-Language`` header asks for
    (``app.add_middleware(callplan.pydantic.AcceptLanguage)``)."""

    def __init__(self, app: Callable[..., Any]) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        header = next((value for name, value in scope["headers"] if name == b"accept-language"), b"")
        token = _locale.set(negotiate_locale(header.decode("latin-1")))
        try:
            await self.app(scope, receive, send)
        finally:
            _locale.reset(token)


def _date_as_text(value: object) -> object:
    """A ``date`` as its ISO text; a ``datetime`` (a ``date`` too) is refused, as is any
    value that is neither (the strict ``str`` refuses it)."""
    if isinstance(value, datetime):
        raise PydanticCustomError("date_type", "Input should be a date or its ISO text (YYYY-MM-DD), not a date and time")
    if isinstance(value, date):
        return value.isoformat()
    return value


#: A calendar date: its ISO text (``"2024-03-15"``) or a ``datetime.date``, held as the text.
#: Whether the date exists (``2024-02-30``) is the library's to say, at its path.
CalendarDate = Annotated[str, BeforeValidator(_date_as_text),
                         Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", json_schema_extra={"format": "date"})]


class Shape(BaseModel):
    """A part of a request: strict as the library's reader (a boolean is a boolean, a number
    a number, a date a date or its text), and no member the library does not know."""

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid", strict=True)


class CheckModel(Shape):
    """The input of one check. Validating it runs the check: an error finding fails
    validation at the field it is about (``type`` the rule code, ``msg`` the message, ``ctx``
    its params); warnings and notices do not, and stay on :attr:`verdict`."""

    #: The check this model is the input of (``"port_order"``).
    check: ClassVar[str]
    _verdict: Optional[Verdict[Any]] = PrivateAttr(default=None)

    @property
    def verdict(self) -> Verdict[Any]:
        """The verdict of the check on this input (no error, since it validated)."""
        assert self._verdict is not None, "a model made without validation has no verdict"
        return self._verdict

    def request(self) -> dict[str, Any]:
        """The request the library answers: the members given (JSON values) and ``check``."""
        return {**self.model_dump(mode="json", exclude_unset=True), "check": self.check}

    @model_validator(mode="after")
    def _judged(self, info: ValidationInfo) -> CheckModel:
        context = info.context if isinstance(info.context, Mapping) else {}
        request = self.request()
        locale = context.get("locale") or _locale.get()
        if locale is not None and "locale" not in request:
            request["locale"] = locale
        policy = context.get("policy", _policy.get())
        try:
            verdict = evaluate(request, policy=policy)
        except MalformedRequest as malformed:
            raise validation_error(malformed, request, title=type(self).__name__) from None
        if not verdict.ok:
            raise validation_error(verdict, request, title=type(self).__name__)
        self._verdict = verdict
        return self


def error_list(answer: Union[Verdict[Any], MalformedRequest], request: object = None,
               prefix: tuple[Union[str, int], ...] = ()) -> list[dict[str, Any]]:
    """The errors of a verdict (or a :class:`MalformedRequest`) as pydantic lists them:
    ``type`` the rule code, ``loc`` the path (after ``prefix``, e.g. ``("body",)`` for
    FastAPI's ``RequestValidationError``), ``msg`` the message as the library wrote it,
    ``input`` the value at that path of ``request`` and ``ctx`` the finding's params."""
    return [{"type": code, "loc": (*prefix, *loc), "msg": message, "input": _value_at(request, loc), "ctx": params}
            for code, message, params, loc in _errors(answer)]


def validation_error(answer: Union[Verdict[Any], MalformedRequest], request: object = None,
                     title: str = "callplan") -> ValidationError:
    """A pydantic ``ValidationError`` of the verdict's errors (or of a malformed request):
    raise it where pydantic's errors are expected."""
    return ValidationError.from_exception_data(title, _init_errors(answer, request))


def _errors(answer: Union[Verdict[Any], MalformedRequest]) -> list[tuple[str, str, dict[str, Any], tuple[Union[str, int], ...]]]:
    """Code, message, params and location of each error."""
    if isinstance(answer, MalformedRequest):
        return [(answer.code, answer.message, {}, _loc(answer.path))]
    return [(finding.rule, finding.message, finding.params, finding.loc) for finding in answer.errors]


def _init_errors(answer: Union[Verdict[Any], MalformedRequest], request: object) -> list[InitErrorDetails]:
    return [InitErrorDetails(type=_custom_error(code, message, params), loc=loc, input=_value_at(request, loc))
            for code, message, params, loc in _errors(answer)]


def _custom_error(code: str, message: str, params: dict[str, Any]) -> PydanticCustomError:
    """An error whose message pydantic shows as written. pydantic fills ``{name}`` in a
    message from its context, so a brace the message holds (from a value typed into the
    form) is written as the placeholder ``{{}`` whose value, filled last, is ``{``."""
    if "{" not in message:
        return PydanticCustomError(code, message, params)
    return PydanticCustomError(code, message.replace("{", "{{}"), {**params, "{": "{"})


def _value_at(request: object, loc: tuple[Union[str, int], ...]) -> object:
    """The value at ``loc`` in ``request`` (``None`` when there is none)."""
    value = request
    for token in loc:
        if isinstance(value, Mapping) and token in value:
            value = value[token]
        elif isinstance(value, list) and isinstance(token, int) and token < len(value):
            value = value[token]
        else:
            return None
    return value
