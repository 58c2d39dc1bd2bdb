"""Arrow columns that lie about themselves, handed to the batch verbs as an attacker or a
buggy producer would: offsets out of order or past their data, views past their buffers,
bytes that are not UTF-8, validity bits that disagree with the null count. Every verb runs
in a child process, so a crash fails the test instead of killing the runner; it must answer
as it answers the same values built honestly, or raise ``ValueError``, and it must never
answer with a byte from outside the buffers it was given (each buffer here is a slice of a
larger one whose tail holds a canary)."""

from __future__ import annotations

import pickle
import struct
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

#: What sits in memory right after every buffer given: it must never come back.
CANARY = b"API_KEY=canary-0123456789"

#: The child: reads (verb, chunked, spec) pickles from stdin, builds the array with
#: `pa.Array.from_buffers`, and writes back what the verb did with it and what the same
#: values built by pyarrow itself give.
WORKER = r"""
import pickle, sys
import pyarrow as pa
import callplan.arrow

CANARY = %r

def buffer(data):
    if data is None:
        return None
    return pa.py_buffer(data + CANARY).slice(0, len(data))

def build(spec):
    children = [build(child) for child in spec.get("children", [])] or None
    return pa.Array.from_buffers(spec["type"], spec["length"], [buffer(b) for b in spec["buffers"]],
                                 offset=spec["offset"], null_count=spec.get("null_count", -1), children=children)

def run(verb, column):
    try:
        answers = getattr(callplan.arrow, verb)(column)
        return ("answer", answers.to_pylist())
    except (ValueError, TypeError) as error:
        return (type(error).__name__, str(error))

stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
while True:
    try:
        verb, chunked, spec = pickle.load(stdin)
    except EOFError:
        break
    try:
        array = build(spec)
    except Exception as error:  # pyarrow refuses to build it: nothing to hand over
        pickle.dump(("unbuilt", str(error), None, None), stdout)
        stdout.flush()
        continue
    try:
        array.validate(full=True)
        valid = True
    except Exception:
        valid = False
    column = pa.chunked_array([array]) if chunked else array
    honest = run(verb, pa.array(array.to_pylist(), array.type)) if valid else None
    pickle.dump(("ran", run(verb, column), valid, honest), stdout)
    stdout.flush()
""" % (CANARY,)


class Worker:
    """One child Python answering arrays one after another; a crash is a test failure, and
    the next array gets a new child."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None

    def ask(self, verb: str, chunked: bool, spec: dict[str, Any]) -> tuple[Any, ...]:
        if self.process is None or self.process.poll() is not None:
            self.process = subprocess.Popen([sys.executable, "-c", WORKER], stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE)
        assert self.process.stdin is not None and self.process.stdout is not None
        pickle.dump((verb, chunked, spec), self.process.stdin)
        self.process.stdin.flush()
        try:
            return tuple(pickle.load(self.process.stdout))
        except EOFError:
            status = self.process.wait()
            self.process = None
            pytest.fail(f"the interpreter died (status {status}) on {verb} of {spec!r}")

    def close(self) -> None:
        if self.process is not None:
            self.process.stdin.close()  # type: ignore[union-attr]
            self.process.wait()


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    child = Worker()
    yield child
    child.close()


def offsets(*values: int, width: str = "i") -> bytes:
    return struct.pack(f"<{len(values)}{width}", *values)


def view(length: int, data: bytes = b"", buffer: int = 0, offset: int = 0) -> bytes:
    """A 16-byte view: inline when at most 12 bytes long, else prefix, buffer and offset."""
    if length <= 12:
        return struct.pack("<i", length) + data.ljust(12, b"\0")
    return struct.pack("<i4sii", length, data[:4].ljust(4, b"\0"), buffer, offset)


def strings(kind: str, length: int, buffers: list[bytes | None], offset: int = 0, **extra: Any) -> dict[str, Any]:
    return {"type": getattr(pa, kind)(), "length": length, "offset": offset, "buffers": buffers, **extra}


# The findings of issue 28, each as the array that crashed or leaked.
LYING_ARRAYS = {
    "decreasing offsets": strings("string", 3, [None, offsets(0, 3, 1, 4), b"abcd"]),
    "a view past its buffer": strings("string_view", 1, [None, view(20, b"xxxx", 0, 7), b"x" * 20]),
    "a middle offset past the data": strings("string", 2, [None, offsets(0, 18, 4), b"abcd"]),
    "invalid UTF-8": strings("string", 1, [None, offsets(0, 2), b"\xff\xfe"]),
    "int64 buffers read as 32-bit offsets": strings("string", 3, [None, offsets(0, 4, 8, width="q"), b"abcdefgh"]),
    "a negative offset": strings("large_string", 2, [None, offsets(0, -8, 2, width="q"), b"ab"]),
    "a view into a buffer that is not there": strings("binary_view", 1, [None, view(16, b"abcd", 3, 0), b"abcd" * 4]),
    "a view whose prefix lies": strings("string_view", 1, [None, view(14, b"zzzz", 0, 0), b"+1 415 555 267"]),
}


@pytest.mark.parametrize("verb", ["classify", "evaluate"])
@pytest.mark.parametrize("chunked", [False, True], ids=["array", "stream"])
@pytest.mark.parametrize("name", list(LYING_ARRAYS))
def test_a_lying_array_is_a_value_error_not_a_crash(worker: Worker, name: str, verb: str, chunked: bool) -> None:
    outcome, ran, valid, _ = worker.ask(verb, chunked, LYING_ARRAYS[name])
    assert outcome == "ran", f"pyarrow did not build it: {ran}"
    assert not valid
    kind, said = ran
    assert CANARY.decode() not in said
    if verb == "classify" and LYING_ARRAYS[name]["type"].id in BINARY_TYPE_IDS:
        assert kind == "TypeError", said  # numbers are strings: refused by type, no row read
        return
    assert kind == "ValueError", said
    assert "not valid" in said or "does not match" in said


BINARY_TYPE_IDS = {pa.binary().id, pa.large_binary().id, pa.binary_view().id}

TYPES = ["string", "large_string", "binary", "large_binary", "string_view", "binary_view"]
#: Bytes the values are made of: digits and separators of phone numbers, JSON, bytes that
#: are not UTF-8.
PIECES = [b"+1 415 555 2671", b"(800) 555-0100", b'{"check":"support_route","topic":"outage","region":"na"}',
          b"{", b"\xc3\xa9", b"\xff", b"\xe2\x82", b"", b"9"]


@st.composite
def arrays(draw: st.DrawFn) -> dict[str, Any]:
    """A string or binary array from random parts: its offsets (in order or not, inside the
    data or not) or views (inline or not, inside their buffer or not), its validity bitmap
    and null count, its length and offset."""
    kind = draw(st.sampled_from(TYPES))
    length = draw(st.integers(0, 6))
    offset = draw(st.integers(0, 2))
    slots = length + offset
    validity = draw(st.none() | st.binary(min_size=(slots + 7) // 8, max_size=(slots + 7) // 8))
    null_count = draw(st.sampled_from([-1, -1, 0, 1]))
    if kind.endswith("_view"):
        data = [draw(st.lists(st.sampled_from(PIECES), max_size=4).map(b"".join)) for _ in range(draw(st.integers(0, 2)))]
        views = b""
        for _ in range(slots):
            size = draw(st.integers(0, 24))
            buffer = draw(st.integers(0, 2))
            start = draw(st.integers(-2, 30))
            source = data[buffer] if buffer < len(data) else b""
            prefix = draw(st.sampled_from([source[max(start, 0):max(start, 0) + 4], b"+1 4"]))
            views += view(size, source[max(start, 0):max(start, 0) + size] if size <= 12 else prefix, buffer, start)
        return strings(kind, length, [validity, views, *data], offset, null_count=null_count)
    data = draw(st.lists(st.sampled_from(PIECES), max_size=6).map(b"".join))
    width = "q" if kind.startswith("large_") else "i"
    ends = draw(st.lists(st.integers(-2, len(data) + 3), min_size=slots + 1, max_size=slots + 1))
    if draw(st.booleans()):
        ends = sorted(ends)  # in order, so that the rest of the checks are reached
    return strings(kind, length, [validity, offsets(*ends, width=width), data], offset, null_count=null_count)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=arrays(), verb=st.sampled_from(["classify", "evaluate"]), chunked=st.booleans())
def test_every_array_is_answered_as_its_honest_copy_or_refused(worker: Worker, spec: dict[str, Any], verb: str,
                                                              chunked: bool) -> None:
    outcome, ran, valid, honest = worker.ask(verb, chunked, spec)
    assume(outcome == "ran")  # pyarrow would not build it: nobody can hand it over
    kind, said = ran
    event(f"{'valid' if valid else 'invalid'} array: {kind}")
    assert CANARY.decode() not in repr(said)
    if verb == "classify" and spec["type"].id in BINARY_TYPE_IDS:
        assert kind in ("TypeError", "ValueError")  # numbers are strings, and a lie is a lie
    elif not valid:
        assert kind == "ValueError", f"an invalid array was answered: {said!r}"
    else:
        assert kind in ("answer", "ValueError"), said
        if kind == "answer":
            assert ran == honest
