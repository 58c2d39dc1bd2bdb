"""Tables bigger than memory and runs that are too long: the streaming verbs answer a
stream of record batches a batch at a time, and Ctrl-C stops a long batch promptly."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pytest

import callplan
import callplan.arrow
from test_batches import answer_lines, lines

SUPPORT = '{"check": "support_route", "topic": "outage", "region": "na"}'


def test_evaluate_batches_answers_a_million_requests_as_check_jsonl(million: tuple[Path, Path]) -> None:
    requests, expected = million
    table = pa.table({"row": pa.array(range(1_000_000)), "request": pa.array(lines(requests), pa.string())})
    answered = callplan.arrow.evaluate_batches(table.to_reader(max_chunksize=65_536), "request")
    assert answered.schema.names == ["row", "request", "ok", "rules", "answer"]
    result = answered.read_all()
    assert result.column("row").equals(table.column("row"))
    assert result.column("answer").combine_chunks().equals(answer_lines(expected))


def test_batches_are_answered_as_they_are_read_not_before() -> None:
    pulled: list[int] = []

    def batches() -> Iterator[pa.RecordBatch]:
        for index in range(100):
            pulled.append(index)
            yield pa.record_batch({"request": pa.array([SUPPORT] * 1000)})

    source = pa.RecordBatchReader.from_batches(pa.schema({"request": pa.string()}), batches())
    answered = callplan.arrow.evaluate_batches(source)
    first = answered.read_next_batch()
    assert first.num_rows == 1000 and first.column("ok").to_pylist() == [True] * 1000
    assert len(pulled) <= 2  # the rest of the table is still where it was
    assert sum(batch.num_rows for batch in answered) == 99_000


def test_classify_batches_adds_e164_and_class() -> None:
    table = pa.table({"phone": ["(415) 555-2671", None, "+1 800 555 0100"]})
    answered = callplan.arrow.classify_batches(table).read_all()
    assert answered.select(["e164", "class", "region"]).to_pylist() == [
        {"e164": "+14155552671", "class": "us_geographic", "region": "US"}, {"e164": None, "class": None, "region": None},
        {"e164": "+18005550100", "class": "toll_free", "region": "US"}]


def test_a_stream_without_the_column_a_clash_or_a_bad_policy_is_refused_before_any_batch() -> None:
    table = pa.table({"id": [1], "request": [SUPPORT]})
    with pytest.raises(ValueError, match="name the column to read: the stream has 2"):
        callplan.arrow.evaluate_batches(table)
    with pytest.raises(ValueError, match="no column 'requests'"):
        callplan.arrow.evaluate_batches(table, "requests")
    with pytest.raises(ValueError, match="already has the column.s. ok"):
        callplan.arrow.evaluate_batches(table.append_column("ok", pa.array([True])), "request")
    with pytest.raises(callplan.MalformedRequest) as raised:
        callplan.arrow.evaluate_batches(table, "request", policy={"max_numbers_per_order": "many"})
    assert raised.value.path == "/policy/max_numbers_per_order"


LONG_RUN = r"""
import sys, time
import pyarrow as pa
import callplan.arrow
order = '{"check": "new_number_order", "org": {"trial": false}, "location": {"calling_plan_enabled": true}, "numbers": [%s]}'
column = pa.array([order % ", ".join(['"+1 415 555 %04d"' % n for n in range(40)])] * 600_000)
print("ready", flush=True)
started = time.monotonic()
try:
    callplan.arrow.evaluate(column)
except KeyboardInterrupt:
    print("interrupted", flush=True)
    raise
print("finished in %.1f s" % (time.monotonic() - started), flush=True)
"""


def test_ctrl_c_stops_a_long_batch_promptly() -> None:
    child = subprocess.Popen([sys.executable, "-c", LONG_RUN], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(1.0)  # well into the rows
    signalled = time.monotonic()
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=120)
    stopped_after = time.monotonic() - signalled
    assert child.returncode != 0 and "KeyboardInterrupt" in stderr, stderr
    # The whole batch takes many seconds (BENCHMARKS.md); being stopped takes a stretch of rows.
    assert stopped_after < 3, f"Ctrl-C took effect {stopped_after:.1f} s after it was pressed"


def test_the_batch_verbs_take_a_built_in_policy_by_name() -> None:
    toronto = json.dumps({"check": "new_number_order", "org": {"trial": False}, "location": {"calling_plan_enabled": True},
                          "numbers": ["+1 416 555 0123"]})
    column = pa.array([toronto])
    assert callplan.arrow.evaluate(column).field("rules").to_pylist() == [["number.country_unsupported"]]
    assert callplan.arrow.evaluate(column, policy="cisco-2026").field("ok").to_pylist() == [True]
    table = pa.table({"request": column})
    assert callplan.arrow.evaluate_batches(table, policy="cisco-2026").read_all().column("ok").to_pylist() == [True]
