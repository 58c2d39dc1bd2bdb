"""Django and Django REST framework without glue: a check run on a form (and its formsets)
with each error under the field it is about, and a DRF view's body checked with the errors
in DRF's nested shape. Only conversion: the verdict is the library's.

Install with the extra: ``pip install "callplan[django]"`` (Django; DRF is used only by
:func:`drf_check`, when installed).

A form field holds the request member its name says: ``today`` holds ``/today``, and a
nested member is named with Django's separator, ``account__provider`` for
``/account/provider``. A list of objects (``/numbers``) is a formset, given by the member
it holds. Messages are placed as written: never ``%``-formatted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Optional, Union

from django.core.exceptions import ValidationError
from django.forms import BaseForm, BaseFormSet
from django.utils import translation

from ._core import Finding, JsonInput, MalformedRequest, Verdict, _loc, evaluate, negotiate_locale

if TYPE_CHECKING:
    from rest_framework.exceptions import ValidationError as DrfValidationError
    from rest_framework.request import Request as DrfRequest

__all__ = ["add_errors", "check", "drf_check", "drf_error"]

#: Where a nested member's name is split in a form field's name (``account__provider``).
SEPARATOR = "__"


def check(form: BaseForm, check: str, *, formsets: Optional[Mapping[str, BaseFormSet]] = None,
          policy: Optional[JsonInput] = None) -> Verdict[Any]:
    """Runs ``check`` on a valid form's ``cleaned_data`` (with each formset's forms as the
    list it names, e.g. ``formsets={"numbers": formset}``), in the active language, and adds
    each error to the field (or the form in a formset) it is about. Returns the verdict: a
    request the library cannot read gives one that is not ``ok``, its error placed alike.

    In a view, after ``form.is_valid()`` (and each formset's)::

        verdict = callplan.django.check(form, "port_order", formsets={"numbers": numbers})
        if verdict:
            ...  # submit; verdict.findings holds the warnings and notices
    """
    formsets = dict(formsets or {})
    request: dict[str, Any] = _unflattened(form.cleaned_data)
    rows = {member: [row for row in formset.forms if row.has_changed() and not _deleted(formset, row)]
            for member, formset in formsets.items()}
    for member, forms in rows.items():
        request[member] = [_unflattened(row.cleaned_data) for row in forms]
    request["check"] = check
    request.setdefault("locale", negotiate_locale(translation.get_language()))
    try:
        verdict = evaluate(request, policy=policy)
    except MalformedRequest as malformed:
        verdict = Verdict(False, _errors_of(malformed), None)
    for finding in verdict.errors:
        _place(finding, form, formsets, rows)
    return verdict


def _place(finding: Finding, form: BaseForm, formsets: Mapping[str, BaseFormSet], rows: Mapping[str, list[BaseForm]]) -> None:
    """Adds the finding to the row of a formset it is about, to the formset when it is about
    the list, or else to the form."""
    loc = finding.loc
    member = str(loc[0]) if loc else ""
    row = loc[1] if len(loc) > 1 else None
    if member in rows and isinstance(row, int) and row < len(rows[member]):
        _add(rows[member][row], loc[2:], finding)
    elif member in formsets and len(loc) == 1:
        formsets[member].non_form_errors().append(finding.message)
    else:
        _add(form, loc, finding)


def _errors_of(answer: Union[Verdict[Any], MalformedRequest]) -> list[Finding]:
    """The errors of a verdict; a malformed request's one, as a finding of its code."""
    if isinstance(answer, MalformedRequest):
        return [Finding(answer.code, "error", answer.path, answer.message, {})]
    return answer.errors


def add_errors(form: BaseForm, answer: Union[Verdict[Any], MalformedRequest], *, at: str = "") -> None:
    """Adds each error of ``answer`` under ``at`` (a JSON Pointer: ``"/numbers/1"`` for the
    form of that row) to the field it is about, or to the form when no field is; errors
    elsewhere are left for the form of their part."""
    base = _loc(at)
    for finding in _errors_of(answer):
        if finding.loc[:len(base)] == base:
            _add(form, finding.loc[len(base):], finding)


def drf_check(check: str, request: DrfRequest, *, policy: Optional[JsonInput] = None) -> Verdict[Any]:
    """Runs ``check`` on a DRF request's body, in the language its ``Accept-Language`` asks
    for (unless the body names one), and returns the verdict; raises DRF's
    ``ValidationError`` (400) with the errors in DRF's nested shape when it has any, or when
    the body cannot be read::

        @api_view(["POST"])
        def port_orders(request):
            return Response(callplan.django.drf_check("port_order", request).to_dict())
    """
    body = request.data
    if not isinstance(body, Mapping):
        raise drf_error(MalformedRequest("input.malformed", "", "the request body must be a JSON object"))
    locale = negotiate_locale(request.headers.get("Accept-Language"))
    try:
        verdict = evaluate({"locale": locale, **body, "check": check}, policy=policy)
    except MalformedRequest as malformed:
        raise drf_error(malformed) from None
    if not verdict.ok:
        raise drf_error(verdict)
    return verdict


def drf_error(answer: Union[Verdict[Any], MalformedRequest]) -> DrfValidationError:
    """DRF's ``ValidationError`` of the errors of ``answer``, nested as DRF nests a
    serializer's: ``{"numbers": [{}, {"number": ["…"]}]}``, each message an ``ErrorDetail``
    whose ``code`` is the rule; errors about the whole request under
    ``non_field_errors``."""
    from rest_framework.exceptions import ErrorDetail, ValidationError
    from rest_framework.settings import api_settings

    detail: dict[str, Any] = {}
    for finding in _errors_of(answer):
        loc = finding.loc or (api_settings.NON_FIELD_ERRORS_KEY,)
        _nest(detail, loc, ErrorDetail(finding.message, code=finding.rule))
    return ValidationError(detail)


def _nest(detail: dict[str, Any], loc: tuple[Union[str, int], ...], error: Any) -> None:
    """Puts ``error`` in the list at ``loc`` of ``detail``, making the dicts and lists on
    the way (a list of rows holds ``{}`` for rows without errors)."""
    place: Any = detail
    for token, following in zip(loc, loc[1:]):
        place = _child(place, token, [] if isinstance(following, int) else {})
    errors = _child(place, loc[-1], [])
    if not isinstance(errors, list):  # DRF holds a place's own errors or its members', not both
        errors = place[loc[-1]] = []
    errors.append(error)


def _child(container: Any, token: Union[str, int], empty: Any) -> Any:
    """The value at ``token`` of a dict, or of a list padded with ``{}`` up to it; ``empty``
    where there is none yet."""
    if isinstance(token, int):
        while len(container) <= token:
            container.append({})
        if not container[token]:
            container[token] = empty
        return container[token]
    return container.setdefault(token, empty)


def _add(form: BaseForm, loc: tuple[Union[str, int], ...], finding: Finding) -> None:
    """Adds the finding's message to the field its location names (the longest start of
    it that is a field of the form), or to the form."""
    names = [SEPARATOR.join(str(token) for token in loc[:end]) for end in range(len(loc), 0, -1)]
    field = next((name for name in names if name in form.fields), None)
    # No params: Django %-formats a ValidationError's message only with them.
    form.add_error(field, ValidationError(finding.message, code=finding.rule))


def _put(request: dict[str, Any], path: list[str], value: Any) -> None:
    """Sets the member at ``path``, making the objects on the way."""
    place = request
    for token in path[:-1]:
        place = place.setdefault(token, {})
    place[path[-1]] = value


def _unflattened(cleaned: Mapping[str, Any]) -> dict[str, Any]:
    """A form's values as the request's members: ``account__provider`` as ``/account/provider``
    (a formset's ``DELETE`` left out)."""
    row: dict[str, Any] = {}
    for name, value in cleaned.items():
        if name != "DELETE":
            _put(row, name.split(SEPARATOR), value)
    return row


def _deleted(formset: BaseFormSet, row: BaseForm) -> bool:
    """The row is marked for deletion in a formset that can delete."""
    return bool(formset.can_delete and row.cleaned_data.get("DELETE"))
