"""Many requests at once, as Arrow columns: a column of JSON requests or of phone numbers
in, a struct column of answers out, a batch at a time in the native core (no Python call
per row, the GIL released).

The input is anything with the Arrow PyCapsule interface (``__arrow_c_array__`` or
``__arrow_c_stream__``: a pyarrow ``Array`` or ``ChunkedArray``, a Polars ``Series``, a
pandas column backed by Arrow, or a table of one column: a pyarrow ``Table`` or
``RecordBatchReader``, a DuckDB relation), read without a copy, or a list of ``str``. The answers are pyarrow arrays (``pip install 'callplan[arrow]'``): an ``Array``
for an array, a ``ChunkedArray`` for a chunked input; each chunk is answered on every core
(``threads=``), in row order. For a table bigger than memory, :func:`evaluate_batches` and
:func:`classify_batches` answer a stream of record batches batch by batch.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Callable, Protocol, Union

from . import _callplan
from ._capsules import ArrowChunk, require
from ._core import JsonInput, _policy_text

require("pyarrow", "arrow")

if TYPE_CHECKING:
    import pyarrow



class ArrowArrayExportable(Protocol):
    """An array of the Arrow PyCapsule interface: a pyarrow ``Array``, a Polars ``Series``."""

    def __arrow_c_array__(self, requested_schema: Any = None) -> tuple[Any, Any]: ...


class ArrowStreamExportable(Protocol):
    """A stream of the Arrow PyCapsule interface: a pyarrow ``ChunkedArray``, ``Table`` or
    ``RecordBatchReader``, a Polars ``DataFrame``, a DuckDB relation."""

    def __arrow_c_stream__(self, requested_schema: Any = None) -> Any: ...


#: A column: an Arrow array or stream, or a list of strings (or bytes) and ``None``.
Column = Union[ArrowArrayExportable, ArrowStreamExportable, Sequence[Union[str, bytes, None]]]

__all__ = ["classify", "classify_batches", "evaluate", "evaluate_batches"]


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
    of strings, and its region (``US``, ``CA``, ``PR``, …; null when invalid): ``struct<e164:
    string, class: string, region: string>``. A null row is null. The rows are
    classified on ``threads`` threads (``None``: one per core).

    >>> classify(["(415) 555-2671", "+1 800 555 0100", "nonsense"]).to_pylist()
    [{'e164': '+14155552671', 'class': 'us_geographic', 'region': 'US'}, {'e164': '+18005550100', 'class': 'toll_free', 'region': 'US'}, {'e164': None, 'class': 'invalid', 'region': None}]
    """
    column = _column(numbers)
    return _to_pyarrow(column, _callplan.classify_arrow(column, threads), classify)


def evaluate_batches(batches: ArrowStreamExportable, column: str | None = None, *, policy: JsonInput | None = None,
                     threads: int | None = None) -> pyarrow.RecordBatchReader:
    """A stream of record batches (a ``RecordBatchReader``, a ``pyarrow.dataset`` scanner's
    reader, a DuckDB relation, anything with ``__arrow_c_stream__``) with ``ok``, ``rules``
    and ``answer`` added from the JSON requests in ``column`` (``None``: the only column), as
    a ``RecordBatchReader`` that answers a batch each time one is read: a table of any size
    is checked in the memory of a few batches, e.g. into ``pyarrow.parquet.ParquetWriter``
    or ``pyarrow.dataset.write_dataset``. A policy that cannot be read raises here.

    >>> import pyarrow as pa
    >>> table = pa.table({"id": [1, 2], "request": ['{"check": "support_route", "topic": "outage", "region": "na"}', "{"]})
    >>> evaluate_batches(table, "request").read_all().select(["id", "ok", "rules"]).to_pylist()
    [{'id': 1, 'ok': True, 'rules': []}, {'id': 2, 'ok': False, 'rules': ['input.malformed']}]
    """
    import pyarrow

    policy_text = _policy_text(policy)
    _callplan.evaluate_arrow(pyarrow.array([], pyarrow.string()), policy_text)  # a bad policy raises now
    return _answer_batches(batches, column, lambda requests: evaluate(requests, policy=policy_text, threads=threads))


def classify_batches(batches: ArrowStreamExportable, column: str | None = None, *,
                     threads: int | None = None) -> pyarrow.RecordBatchReader:
    """A stream of record batches with ``e164``, ``class`` and ``region`` added from the phone numbers in
    ``column`` (``None``: the only column), answered a batch each time one is read (see
    :func:`evaluate_batches`)."""
    return _answer_batches(batches, column, lambda numbers: classify(numbers, threads=threads))


def _answer_batches(batches: ArrowStreamExportable, column: str | None,
                    answer: Callable[[Any], Any]) -> pyarrow.RecordBatchReader:
    """``batches`` with the fields of ``answer``'s struct added, read lazily."""
    import pyarrow

    reader = pyarrow.RecordBatchReader.from_stream(batches)
    name = _only_column(reader.schema) if column is None else column
    if name not in reader.schema.names:
        raise ValueError(f"the stream has no column {name!r}; its columns: {', '.join(reader.schema.names)}")
    added = answer(pyarrow.array([], reader.schema.field(name).type)).type
    clashes = sorted({field.name for field in added} & set(reader.schema.names))
    if clashes:
        raise ValueError(f"the stream already has the column(s) {', '.join(clashes)} that would be added")
    schema = pyarrow.schema([*reader.schema, *added])

    def answered() -> Iterator[pyarrow.RecordBatch]:
        with reader:
            for batch in reader:
                answers = answer(batch.column(name))
                yield pyarrow.RecordBatch.from_arrays([*batch.columns, *answers.flatten()], schema=schema)

    return pyarrow.RecordBatchReader.from_batches(schema, answered())


def _only_column(schema: pyarrow.Schema) -> str:
    if len(schema.names) != 1:
        raise ValueError(f"name the column to read: the stream has {len(schema.names)} ({', '.join(schema.names)})")
    return str(schema.names[0])


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
