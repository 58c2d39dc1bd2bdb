"""What the batch tests share: 1,000,000 request lines and the answers `callplan check
--jsonl` writes for them, and one Spark session for the module."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[3]
CORPUS = Path(os.environ.get("CALLPLAN_PARITY_CORPUS", REPOSITORY / "target/parity/corpus.jsonl"))
CLI = Path(os.environ.get("CALLPLAN_CLI", REPOSITORY / "target/release/callplan"))
WORK = REPOSITORY / "target/python/batches"
LINES = 1_000_000


def request_lines() -> list[str]:
    """The parity corpus's requests (every case of tests/cases, malformed and over-limit
    requests among them) as JSON lines: compact JSON, or the raw text of a request given as
    text, but for the two raw texts that hold a line break and cannot be one line."""
    lines = []
    with CORPUS.open(encoding="utf-8") as corpus:
        for entry in corpus:
            request = json.loads(entry)["request"]
            text = request if isinstance(request, str) else json.dumps(request, ensure_ascii=False, separators=(",", ":"))
            if "\n" not in text and "\r" not in text:
                lines.append(text)
    return lines


@pytest.fixture(scope="session")
def million() -> tuple[Path, Path]:
    """1,000,000 request lines (the corpus repeated) and `callplan check --jsonl`'s answers."""
    WORK.mkdir(parents=True, exist_ok=True)
    requests, answers = WORK / "requests.jsonl", WORK / "answers.jsonl"
    with requests.open("w", encoding="utf-8") as out:
        for line in islice(cycle(request_lines()), LINES):
            out.write(line + "\n")
    with requests.open("rb") as lines, answers.open("wb") as out:
        # Its exit status says whether every request was accepted; the answers are the point.
        subprocess.run([CLI, "check", "--jsonl", "-"], stdin=lines, stdout=out, check=False)
    with answers.open("rb") as out:
        assert sum(1 for _ in out) == LINES
    return requests, answers


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    """The Spark session the README's `SparkSession.builder.getOrCreate()` gets: the
    `local-cluster` of bindings/python/spark-env.sh, which test-data.sh sources."""
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.appName("callplan-tests").config("spark.sql.shuffle.partitions", "4")
               .getOrCreate())
    yield session
    session.stop()
