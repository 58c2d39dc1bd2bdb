"""Polars expressions over the Arrow verbs: a column of phone numbers or JSON requests in, a
struct column out, each batch handed to the native core through the Arrow PyCapsule
interface (no copy, no Python call per row, no pyarrow needed).

>>> import polars as pl
>>> import callplan.polars
>>> df = pl.DataFrame({"phone": ["(415) 555-2671", "+1 800 555 0100", None]})
>>> df.with_columns(callplan.polars.classify(pl.col("phone"))).unnest("phone_classified").rows()
[('(415) 555-2671', '+14155552671', 'us_geographic', 'US'), ('+1 800 555 0100', '+18005550100', 'toll_free', 'US'), (None, None, None, None)]
"""

from __future__ import annotations

from functools import cache
from typing import Any

from . import _callplan
from ._capsules import ArrowChunk, require
from ._core import JsonInput, _policy_text

require("polars", "polars")

import polars as pl  # noqa: E402 (after the check that names the extra to install)

__all__ = ["classify", "evaluate"]


def classify(numbers: pl.Expr | str) -> pl.Expr:
    """The E.164 writing (null when it has none) and class of each phone number:
    ``struct{e164: String, class: String, region: String}``, named after the column with ``_classified``
    (``phone`` gives ``phone_classified``); a null row is null."""
    classified = _column(numbers).map_batches(_classified, return_dtype=_classified_dtype(), is_elementwise=True)
    return classified.name.suffix("_classified")


def evaluate(requests: pl.Expr | str, *, policy: JsonInput | None = None) -> pl.Expr:
    """The answer to each request of a column of JSON text: ``struct{ok: Boolean, rules:
    List(String), answer: String}``, named after the column with ``_verdict``; ``answer``
    is byte for byte what ``evaluate_json`` writes and a null row is null (see
    :func:`callplan.arrow.evaluate`). A policy that cannot be read raises
    :class:`callplan.MalformedRequest` here, not when the query runs."""
    policy_text = _policy_text(policy)
    dtype = _verdict_dtype(policy_text)

    def answered(requests: pl.Series) -> pl.Series:
        return _series(requests.name, _callplan.evaluate_arrow(requests, policy_text), dtype)

    verdicts = _column(requests).map_batches(answered, return_dtype=dtype, is_elementwise=True)
    return verdicts.name.suffix("_verdict")


def _column(column: pl.Expr | str) -> pl.Expr:
    return pl.col(column) if isinstance(column, str) else column


def _classified(numbers: pl.Series) -> pl.Series:
    return _series(numbers.name, _callplan.classify_arrow(numbers), _classified_dtype())


def _series(name: str, chunks: list[tuple[Any, Any]], dtype: pl.DataType | None) -> pl.Series:
    """The native answers (an array a chunk and thread) as one series, its chunks kept."""
    parts = [pl.Series(name, ArrowChunk(chunk)) for chunk in chunks]
    if len(parts) == 1:
        return parts[0]
    return pl.concat(parts, rechunk=False) if parts else pl.Series(name, [], dtype=dtype)


@cache
def _classified_dtype() -> pl.DataType:
    """The type of the answers, as the native module makes them (from one row)."""
    return _series("", _callplan.classify_arrow(pl.Series([""])), None).dtype


@cache
def _verdict_dtype(policy_text: str | None) -> pl.DataType:
    """The type of the verdicts (from one row); reading the policy here raises early."""
    return _series("", _callplan.evaluate_arrow(pl.Series(["{}"]), policy_text), None).dtype
