"""The package README's "Use in FastAPI", "Use in Django" and "Use in DRF" code is the
tested apps' code, line for line: what a reader copies is what the tests drive."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[1]
README = (HERE / "README.md").read_text(encoding="utf-8")
EXAMPLES = HERE / "examples"


def python_blocks(section: str) -> list[str]:
    body = README.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", body, flags=re.S)


@pytest.mark.parametrize(("section", "files"), [
    ("Use in FastAPI", ["fastapi_app.py"]),
    ("Use in Django", ["django_site/views.py", "django_site/forms.py"]),
    ("Use in DRF", ["django_site/views.py"]),
])
def test_each_code_block_is_in_the_tested_app(section: str, files: list[str]) -> None:
    sources = [(EXAMPLES / name).read_text(encoding="utf-8") for name in files]
    blocks = python_blocks(section)
    assert blocks
    for block in blocks:
        assert any(block in source for source in sources), block
