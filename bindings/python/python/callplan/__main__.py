"""``python -m callplan check FILE|-``: the answer to one request as ``callplan check``
writes it in a pipe, for operators who have Python and no Rust.

The response JSON (or the ``input.malformed`` / ``input.too_large`` JSON) on standard
output, byte for byte as the command line writes it; exit status 0 when the request is
accepted, 1 when the policy refuses it, 2 when it cannot be read (with a one-line reason on
standard error). ``--policy FILE`` reads a policy file (fields left out keep the built-in
values) as the command line does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import BinaryIO

from . import _callplan

#: Bytes read at a time past the size limit, only to count them.
_CHUNK = 1 << 20


def main(argv: list[str] | None = None) -> int:
    """Runs the command with ``argv`` (``None``: the process's arguments); the exit status."""
    parser = argparse.ArgumentParser(prog="python -m callplan", description="The answer to one request as callplan check writes it in a pipe.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="the answer to one request, as JSON")
    check.add_argument("file", help="the request file, or - for standard input")
    check.add_argument("--policy", metavar="FILE|seed-2024", help="a policy JSON file, or seed-2024")
    arguments = parser.parse_args(argv)
    answer = _answer(arguments.file, arguments.policy)
    sys.stdout.write(answer + "\n")
    sys.stdout.flush()
    read = json.loads(answer)
    if "code" in read:
        print(f"callplan: {read['code']} at \"{read['path']}\": {read['message']}", file=sys.stderr)
        return 2
    return 0 if read["ok"] else 1


def _answer(file: str, policy: str | None) -> str:
    """The answer JSON to the request in ``file`` under the policy file ``policy``."""
    try:
        policy_text = None if policy is None or policy == "seed-2024" else _read_text(policy)
    except OSError as error:
        return _callplan.malformed_json("", f"cannot read {policy}: {_os_reason(error)}")
    except UnicodeDecodeError:
        return _callplan.malformed_json("", f"cannot read {policy}: stream did not contain valid UTF-8")
    try:
        request = _read_request(sys.stdin.buffer if file == "-" else open(file, "rb"))
    except OSError as error:
        name = "standard input" if file == "-" else file
        return _callplan.malformed_json("", f"cannot read {name}: {_os_reason(error)}")
    if isinstance(request, int):
        return _callplan.oversize_json(request) or ""
    return _callplan.evaluate_text(request, policy_text)


def _read_text(path: str) -> str:
    with open(path, encoding="utf-8") as policy:
        return policy.read()


def _read_request(stream: BinaryIO) -> bytes | int:
    """The request's bytes, or only their count when there are more than the limit (counted,
    not kept)."""
    with stream:
        kept = stream.read(_callplan.MAX_REQUEST_BYTES + 1)
        if len(kept) <= _callplan.MAX_REQUEST_BYTES:
            return kept
        total = len(kept)
        while chunk := stream.read(_CHUNK):
            total += len(chunk)
        return total


def _os_reason(error: OSError) -> str:
    """An operating-system error in the command line's words, e.g. ``No such file or
    directory (os error 2)``."""
    if error.errno is None:
        return str(error)
    return f"{os.strerror(error.errno)} (os error {error.errno})"


if __name__ == "__main__":
    sys.exit(main())
