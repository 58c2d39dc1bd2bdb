"""The package as an operator and a new user meet it: ``python -m callplan check`` answers
as ``callplan check`` does in a pipe, importing a batch module without its engine names the
extra to install, and the wheel carries its licence."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import callplan

REPOSITORY = Path(__file__).resolve().parents[3]
CLI = Path(os.environ.get("CALLPLAN_CLI", REPOSITORY / "target/release/callplan"))
EXAMPLES = REPOSITORY / "examples"


def run(command: list[str | Path], stdin: bytes = b"") -> tuple[int, bytes, bytes]:
    done = subprocess.run(command, input=stdin, capture_output=True, check=False)
    return done.returncode, done.stdout, done.stderr


ACCEPTED = json.dumps({"check": "support_route", "topic": "outage", "region": "na"}).encode()
REFUSED = json.dumps({"check": "new_number_order", "org": {"trial": False}, "location": {"calling_plan_enabled": True},
                      "numbers": ["+1 800 555 0100"]}).encode()


@pytest.mark.parametrize(("arguments", "stdin"), [
    (["check", "-"], ACCEPTED),
    (["check", "-"], REFUSED),
    (["check", "-", "--policy", str(EXAMPLES / "policies/toll-free-singles.json")], REFUSED),
    (["check", "-", "--policy", "seed-2024"], REFUSED),
    (["check", str(EXAMPLES / "port-order.json")], b""),
    (["check", "-"], b"{"),
    (["check", "-"], b"\xff"),
    (["check", "-"], b""),
    (["check", "-"], b" " * (2 * 1024 * 1024 + 5)),
    (["check", "/nonexistent/request.json"], b""),
    (["check", "-", "--policy", "/nonexistent/policy.json"], ACCEPTED),
    (["check", "-", "--policy", str(EXAMPLES / "port-order.json")], ACCEPTED),
], ids=["accepted", "refused", "policy file", "seed-2024", "file", "not json", "not utf-8", "empty", "too large",
        "no such file", "no such policy", "not a policy"])
def test_python_m_callplan_check_answers_as_the_command_line_in_a_pipe(arguments: list[str], stdin: bytes) -> None:
    native = run([CLI, *arguments], stdin)
    python = run([sys.executable, "-m", "callplan", *arguments], stdin)
    assert python[:2] == native[:2]
    assert python[2] == native[2]  # the one-line reason, or nothing


@pytest.mark.parametrize(("module", "extra", "engine"), [("callplan.arrow", "arrow", "pyarrow"),
                                                         ("callplan.polars", "polars", "polars"),
                                                         ("callplan.spark", "spark", "pyspark")])
def test_a_batch_module_without_its_engine_names_the_extra_to_install(module: str, extra: str, engine: str) -> None:
    code = f"import sys; sys.modules[{engine!r}] = None; import {module}"  # as if it were not installed
    status, _, stderr = run([sys.executable, "-c", code])
    assert status == 1
    assert f"ImportError: callplan.{extra} needs {engine}: pip install 'callplan[{extra}]'" in stderr.decode()


def test_the_extras_bring_what_each_engine_needs() -> None:
    requires = metadata.requires("callplan") or []
    extras = {extra: sorted(req.split(";")[0].strip() for req in requires
                            if req.replace('"', "'").endswith(f"extra == '{extra}'"))
              for extra in ("arrow", "polars", "spark")}
    assert [name.split(">")[0] for name in extras["spark"]] == ["pandas", "pyarrow", "pyspark"]
    assert extras["arrow"] and extras["polars"]


def test_the_wheel_carries_its_licence() -> None:
    files = metadata.files("callplan") or []
    licence = [path for path in files if path.name == "LICENSE"]
    assert licence and "Apache License" in licence[0].read_text()
    assert metadata.metadata("callplan")["License-Expression"] == "Apache-2.0"
    assert callplan.__version__ == metadata.version("callplan")
