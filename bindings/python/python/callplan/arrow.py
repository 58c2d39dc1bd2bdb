"""Many requests at once, as Arrow columns: a column of JSON requests or of phone numbers
in, a struct column of answers out, a batch at a time in the native core (no Python call
per row, the GIL released).

The input is anything with the Arrow PyCapsule interface (``__arrow_c_array__`` or
``__arrow_c_stream__``: a pyarrow ``Array`` or ``ChunkedArray``, a Polars ``Series``, a
pandas column backed by Arrow, or a table of one column: a pyarrow ``Table`` or
``RecordBatchReader``, a DuckDB relation), read without a copy, or a list of ``str``. The answers are pyarrow arrays (``pip install 'callplan[arrow]'``): an ``Array``
for an array, a ``ChunkedArray`` for a chunked input; each chunk is answered on every core
(``threads=``), in row order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Union

from . import _callplan
from ._capsules import ArrowChunk, require
from ._core import JsonInput, _policy_text

require("pyarrow", "arrow")

if TYPE_CHECKING:
    import pyarrow

#: A column: anything with ``__arrow_c_array__`` or ``__arrow_c_stream__``, or a list.
Column = Union[Any, Sequence[Union[str, bytes, None]]]

__all__ = ["classify", "evaluate"]


def evaluate(requests: Column, *, policy: JsonInput | None = None, threads: int | None = None) -> pyarrow.Array | pyarrow.ChunkedArray:
    """The answer to each request of a column of JSON text (strings, or binary as a server
    receives it): ``struct<ok: bool, rules: list<string>, answer: large_string>``.

    ``answer`` is byte for byte what ``evaluate_json`` writes; ``rules`` are the codes of
    its errors and warnings (``["input.malformed"]`` or ``["input.too_large"]`` for a row
    that cannot be read, which is answered like any other). A null row has a null answer.
    A policy that cannot be read raises :class:`callplan.MalformedRequest`. The rows are
    answered on ``threads`` threads (``None``: one per core), in order.

    >>> import pyarrow as pa
    >>> answers = evaluate(pa.array(['{"check": "support_route", "topic": "outage", "region": "na"}', "{", None]))
    >>> answers.field("ok").to_pylist(), answers.field("rules").to_pylist()
    ([True, False, None], [[], ['input.malformed'], None])
    """
    column = _column(requests)
    return _to_pyarrow(column, _callplan.evaluate_arrow(column, _policy_text(policy), threads), evaluate)


def classify(numbers: Column, *, threads: int | None = None) -> pyarrow.Array | pyarrow.ChunkedArray:
    """The E.164 writing (null when it has none) and class of each phone number of a column
    of strings: ``struct<e164: string, class: string>``. A null row is null. The rows are
    classified on ``threads`` threads (``None``: one per core).

    >>> classify(["(415) 555-2671", "+1 800 555 0100", "nonsense"]).to_pylist()
    [{'e164': '+14155552671', 'class': 'us_geographic'}, {'e164': '+18005550100', 'class': 'toll_free'}, {'e164': None, 'class': 'invalid'}]
    """
    column = _column(numbers)
    return _to_pyarrow(column, _callplan.classify_arrow(column, threads), classify)


def _column(values: Column) -> Any:
    if hasattr(values, "__arrow_c_array__") or hasattr(values, "__arrow_c_stream__"):
        return values
    import pyarrow

    return pyarrow.array(values)


def _to_pyarrow(column: Any, chunks: list[tuple[Any, Any]], verb: Any) -> pyarrow.Array | pyarrow.ChunkedArray:
    """The answers as the column came: an array for an array (the threads' parts joined), a
    chunked array for a stream."""
    import pyarrow

    arrays = [pyarrow.array(ArrowChunk(chunk)) for chunk in chunks]
    if hasattr(column, "__arrow_c_array__"):
        return arrays[0] if len(arrays) == 1 else pyarrow.concat_arrays(arrays)
    if not arrays:  # a stream of no chunks: its answers' type is that of no rows
        return pyarrow.chunked_array([], type=verb(pyarrow.array([], pyarrow.string())).type)
    return pyarrow.chunked_array(arrays)
