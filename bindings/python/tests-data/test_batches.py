"""Whole columns through the batch verbs, as a data team meets them: a million requests in
pyarrow, Polars and Spark, each answer byte for byte what `callplan check --jsonl` writes
for the same line; the parity corpus's requests under each policy its lines name, answered
as the native library answered them; columns with nulls, empty strings and text that is not JSON; phone
numbers classified as `classify_number` classifies them one by one."""

from __future__ import annotations

import json
import subprocess
from collections import defaultdict
from pathlib import Path

import polars as pl
import pyarrow as pa
import pytest

import callplan
import callplan.arrow
import callplan.polars
import callplan.spark

from conftest import CLI, CORPUS

ODD_ROWS = [None, "", "   ", "not json", "{", "[]", '{"check": "support_route", "topic": "outage", "region": "na"}',
            '{"check": "nope"}', "\ufeff{}", None]
NUMBERS = ["(415) 555-2671", "+1 800 555 0100", "+44 20 7946 0958", "+1 900 555 0100", "nonsense", "", None,
           "tel:+1-212-555-0100;ext=12", "1 (646) 555-0199 x 7"]


def lines(path: Path) -> list[str]:
    """The lines of a JSONL file: split at "\n" only (JSON text may hold U+2028 or \x1c,
    which ``str.splitlines`` would also split at)."""
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def answer_lines(path: Path) -> pa.Array:
    return pa.array(lines(path), pa.large_string())


def request_column(path: Path) -> pa.Array:
    return pa.array(lines(path), pa.string())


def check_verdicts(answers: list[dict]) -> None:
    """`ok` and `rules` say what the answer JSON says."""
    for row in answers:
        answer = json.loads(row["answer"])
        if "code" in answer:
            assert (row["ok"], row["rules"]) == (False, [answer["code"]])
        else:
            blocking = [f["rule"] for f in answer["findings"] if f["severity"] in ("error", "warning")]
            assert (row["ok"], row["rules"]) == (answer["ok"], blocking)


def test_arrow_answers_a_million_requests_as_check_jsonl(million: tuple[Path, Path]) -> None:
    requests, expected = million
    column = request_column(requests)
    answers = callplan.arrow.evaluate(column)
    assert len(answers) == len(column) == 1_000_000
    assert answers.field("answer").equals(answer_lines(expected))
    check_verdicts(answers.slice(0, 110_000).to_pylist())


def test_arrow_reads_binary_and_chunked_columns(million: tuple[Path, Path]) -> None:
    requests, expected = million
    first = requests.read_bytes().split(b"\n")[:50_000]
    chunked = pa.chunked_array([pa.array(first[:20_000], pa.binary()), pa.array(first[20_000:], pa.binary())])
    answers = callplan.arrow.evaluate(chunked)
    assert isinstance(answers, pa.ChunkedArray) and len(answers) == 50_000
    assert answers.combine_chunks().field("answer").equals(answer_lines(expected)[:50_000])


@pytest.mark.parametrize("threads", [1, 3, 8])
def test_any_number_of_threads_answers_in_row_order(million: tuple[Path, Path], threads: int) -> None:
    requests, expected = million
    column = request_column(requests)[:20_000]
    answers = callplan.arrow.evaluate(column, threads=threads)
    assert answers.field("answer").equals(answer_lines(expected)[:20_000])
    numbers = pa.array([None if index % 7 == 0 else f"(415) 555-{index % 10_000:04d}" for index in range(20_000)])
    assert callplan.arrow.classify(numbers, threads=threads).equals(callplan.arrow.classify(numbers, threads=1))


def test_polars_answers_a_million_requests_as_check_jsonl(million: tuple[Path, Path]) -> None:
    requests, expected = million
    frame = pl.DataFrame({"request": request_column(requests)})
    verdicts = frame.with_columns(callplan.polars.evaluate("request"))["request_verdict"]
    assert verdicts.struct.field("answer").equals(pl.Series("answer", answer_lines(expected)))


def test_spark_evaluates_a_million_requests_as_check_jsonl(million: tuple[Path, Path], spark, tmp_path: Path) -> None:
    requests, expected = million
    frame = spark.read.text(str(requests)).withColumnRenamed("value", "request")
    evaluated = callplan.spark.evaluate(frame, "request")
    assert evaluated.columns == ["request", "ok", "rules", "answer"]
    evaluated.select("answer").write.text(str(tmp_path / "answers"))
    parts = sorted((tmp_path / "answers").glob("part-*"))
    assert b"".join(part.read_bytes() for part in parts) == expected.read_bytes()


def test_every_row_of_an_odd_column_is_answered_through_each_door(spark) -> None:
    expected = [None if row is None else callplan.evaluate_json(row) for row in ODD_ROWS]
    through_arrow = callplan.arrow.evaluate(pa.array(ODD_ROWS, pa.string())).field("answer").to_pylist()
    through_polars = (pl.DataFrame({"request": ODD_ROWS}, schema={"request": pl.String})
                      .with_columns(callplan.polars.evaluate("request"))["request_verdict"].struct.field("answer").to_list())
    frame = spark.createDataFrame([(index, row) for index, row in enumerate(ODD_ROWS)], "index int, request string")
    rows = callplan.spark.evaluate(frame).orderBy("index").collect()
    assert through_arrow == through_polars == [row["answer"] for row in rows] == expected
    assert [row["ok"] for row in rows] == [None if row is None else json.loads(row).get("ok", False) for row in expected]


def test_numbers_are_classified_as_one_by_one_through_each_door(spark) -> None:
    expected = [None if text is None else {"e164": (c := callplan.classify_number(text)).e164, "class": c.class_, "region": c.region}
                for text in NUMBERS]
    assert callplan.arrow.classify(NUMBERS).to_pylist() == expected
    frame = pl.DataFrame({"phone": NUMBERS}, schema={"phone": pl.String})
    assert frame.with_columns(callplan.polars.classify("phone"))["phone_classified"].to_list() == expected
    rows = callplan.spark.classify(spark.createDataFrame([(i, n) for i, n in enumerate(NUMBERS)], "i int, phone string"), "phone")
    by_row = [None if row["phone"] is None else {"e164": row["e164"], "class": row["class"], "region": row["region"]}
              for row in rows.orderBy("i").collect()]
    assert by_row == expected


def test_a_policy_that_cannot_be_read_raises_before_any_row_is_answered(spark) -> None:
    frame = spark.createDataFrame([("{}",)], "request string")
    for door in (lambda: callplan.arrow.evaluate(["{}"], policy={"max_numbers_per_order": "many"}),
                 lambda: callplan.polars.evaluate("request", policy={"max_numbers_per_order": "many"}),
                 lambda: callplan.spark.evaluate(frame, policy={"max_numbers_per_order": "many"})):
        with pytest.raises(callplan.MalformedRequest) as raised:
            door()
        assert raised.value.path == "/policy/max_numbers_per_order"


def test_a_policy_is_applied_to_every_row(spark) -> None:
    order = '{"check": "new_number_order", "org": {"trial": false}, "location": {"calling_plan_enabled": true}, "numbers": ["+1 800 555 0100"]}'
    policy = {"toll_free": {"single_numbers": True, "blocks": False, "porting": False}}
    assert callplan.arrow.evaluate([order], policy=policy).field("ok").to_pylist() == [True]
    assert callplan.arrow.evaluate([order]).field("rules").to_pylist() == [["number.toll_free"]]
    rows = callplan.spark.evaluate(spark.createDataFrame([(order,)], "request string"), policy=policy).collect()
    assert rows[0]["answer"] == callplan.evaluate_json(order, policy=policy)


def corpus_by_policy() -> dict[str, tuple[object, list[str], list[str]]]:
    """The corpus lines judged under a policy other than seed-2024, grouped by that policy
    (its JSON text): the policy, the requests as compact JSON lines, the native answers."""
    groups: dict[str, tuple[object, list[str], list[str]]] = defaultdict(lambda: (None, [], []))
    with CORPUS.open(encoding="utf-8") as corpus:
        for entry in map(json.loads, corpus):
            if "policy" in entry:
                key = json.dumps(entry["policy"], sort_keys=True)
                _, requests, answers = groups[key]
                groups[key] = (entry["policy"], requests, answers)
                requests.append(json.dumps(entry["request"], ensure_ascii=False, separators=(",", ":")))
                answers.append(entry["answer"])
    return dict(groups)


def test_every_batch_verb_answers_the_corpus_under_cisco_2026_as_natively(spark, tmp_path: Path) -> None:
    _, requests, answers = corpus_by_policy()['"cisco-2026"']
    assert len(requests) > 30_000
    column = pa.array(requests, pa.string())
    assert callplan.arrow.evaluate(column, policy="cisco-2026").field("answer").to_pylist() == answers
    frame = pl.DataFrame({"request": requests}).with_columns(callplan.polars.evaluate("request", policy="cisco-2026"))
    assert frame["request_verdict"].struct.field("answer").to_list() == answers
    rows = spark.createDataFrame([(index, request) for index, request in enumerate(requests)], "index int, request string")
    validated = callplan.spark.evaluate(rows, policy="cisco-2026").orderBy("index").select("answer").collect()
    assert [row["answer"] for row in validated] == answers
    (tmp_path / "requests.jsonl").write_text("".join(request + "\n" for request in requests), encoding="utf-8")
    with (tmp_path / "requests.jsonl").open("rb") as lines:
        written = subprocess.run([CLI, "check", "--jsonl", "--policy", "cisco-2026", "-"], stdin=lines,
                                 capture_output=True, check=False).stdout.decode("utf-8")
    assert written.split("\n")[:-1] == answers


def test_arrow_answers_the_corpus_under_each_case_policy_as_natively() -> None:
    groups = corpus_by_policy()
    assert len(groups) > 5
    for policy, requests, answers in groups.values():
        assert callplan.arrow.evaluate(requests, policy=policy).field("answer").to_pylist() == answers, policy


def test_a_table_of_one_column_is_read_as_that_column() -> None:
    """pyarrow tables, record batch readers and DuckDB relations stream batches of rows."""
    import duckdb

    expected = callplan.arrow.classify(NUMBERS).to_pylist()
    phones = pa.table({"phone": pa.array(NUMBERS, pa.string())})
    assert callplan.arrow.classify(phones).to_pylist() == expected
    assert callplan.arrow.classify(phones.to_reader()).to_pylist() == expected
    relation = duckdb.sql("select phone from phones")
    assert callplan.arrow.classify(relation).to_pylist() == expected
    with pytest.raises(TypeError, match="not Struct"):
        callplan.arrow.classify(pa.table({"phone": NUMBERS, "other": NUMBERS}))


def test_columns_of_other_types_are_refused_with_their_type() -> None:
    with pytest.raises(TypeError, match="expected an Arrow array of strings or binary of JSON text, not Int64"):
        callplan.arrow.evaluate(pa.array([1, 2]))
    with pytest.raises(TypeError, match="expected an Arrow array of strings, not Binary"):
        callplan.arrow.classify(pa.array([b"+14155552671"]))


def test_spark_s_former_verb_warns_and_answers_as_evaluate(spark) -> None:
    frame = spark.createDataFrame([('{"check": "support_route", "topic": "outage", "region": "na"}',)], "request string")
    with pytest.warns(DeprecationWarning, match="callplan.spark.evaluate"):
        rows = callplan.spark.validate(frame).collect()
    assert rows == callplan.spark.evaluate(frame).collect()
