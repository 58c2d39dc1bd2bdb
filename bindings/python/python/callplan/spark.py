"""Spark DataFrames checked where they live: columns added through ``mapInArrow``, so each
Python worker receives Arrow batches and answers each with one native call (no per-row
UDF), one thread per task (Spark runs a task per core). The executors need the ``callplan`` wheel installed, like any Python library used on
them (README: "Many requests at once").
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from . import _callplan
from ._capsules import ArrowChunk, require
from ._core import JsonInput, _policy_text

require("pyspark", "spark")
require("pyarrow", "spark")

if TYPE_CHECKING:
    import pyarrow
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructField

__all__ = ["classify", "evaluate", "validate"]


def evaluate(df: DataFrame, column: str = "request", *, policy: JsonInput | None = None) -> DataFrame:
    """``df`` with three columns added from the JSON requests in ``column``: ``ok``
    (boolean), ``rules`` (array of the error and warning codes) and ``answer`` (the JSON
    text, byte for byte what ``evaluate_json`` writes). A null request has null answers; a
    request that cannot be read is answered ``input.malformed``. A policy that cannot be
    read raises :class:`callplan.MalformedRequest` here, before any job runs."""
    import pyarrow
    from pyspark.sql.types import ArrayType, BooleanType, StringType, StructField

    policy_text = _policy_text(policy)
    _callplan.evaluate_arrow(pyarrow.array([], pyarrow.string()), policy_text)  # a bad policy raises now

    def answer(requests: pyarrow.Array) -> list[tuple[Any, Any]]:
        return _callplan.evaluate_arrow(requests, policy_text, 1)

    added = [StructField("ok", BooleanType()), StructField("rules", ArrayType(StringType(), containsNull=False)),
             StructField("answer", StringType())]
    return _add_columns(df, column, added, answer)


def validate(df: DataFrame, column: str = "request", *, policy: JsonInput | None = None) -> DataFrame:
    """The former name of :func:`evaluate` (the verb of ``callplan.arrow`` and
    ``callplan.polars`` too); it warns and will be removed."""
    warnings.warn("callplan.spark.validate is now callplan.spark.evaluate", DeprecationWarning, stacklevel=2)
    return evaluate(df, column, policy=policy)


def classify(df: DataFrame, column: str) -> DataFrame:
    """``df`` with ``e164`` (null when the number has none), ``class`` and ``region`` added from the
    phone numbers in ``column``."""
    from pyspark.sql.types import StringType, StructField

    added = [StructField("e164", StringType()), StructField("class", StringType()), StructField("region", StringType())]
    def classify_batch(numbers: pyarrow.Array) -> list[tuple[Any, Any]]:
        return _callplan.classify_arrow(numbers, 1)

    return _add_columns(df, column, added, classify_batch)


def _add_columns(df: DataFrame, column: str, added: list[StructField],
                 answer: Callable[[pyarrow.Array], list[tuple[Any, Any]]]) -> DataFrame:
    from pyspark.sql.types import StructType

    clashes = sorted({field.name for field in added} & set(df.columns))
    if clashes:
        raise ValueError(f"the DataFrame already has the column(s) {', '.join(clashes)} that would be added")
    if column not in df.columns:
        raise ValueError(f"the DataFrame has no column {column!r}")
    schema = StructType(df.schema.fields + added)

    def answer_batches(batches: Iterator[pyarrow.RecordBatch]) -> Iterator[pyarrow.RecordBatch]:
        import pyarrow

        for batch in batches:
            (answers,) = [pyarrow.array(ArrowChunk(chunk)) for chunk in answer(batch.column(column))]  # one thread: one array
            # Spark reads string columns as Arrow's 32-bit-offset strings.
            columns = [field.cast(pyarrow.string()) if field.type == pyarrow.large_string() else field
                       for field in answers.flatten()]
            yield pyarrow.RecordBatch.from_arrays(batch.columns + columns, names=schema.names)

    return df.mapInArrow(answer_batches, schema)

