"""What the batch modules share: answers as the native module hands them over, and the
engine each module needs."""

from __future__ import annotations

import importlib.util
from typing import Any


class ArrowChunk:
    """One chunk of answers as the native module hands it over: the capsules of
    ``__arrow_c_array__``, for pyarrow, Polars or any reader of the interface to take once."""

    __slots__ = ("_capsules",)

    def __init__(self, capsules: tuple[Any, Any]) -> None:
        self._capsules = capsules

    def __arrow_c_array__(self, requested_schema: object = None) -> tuple[Any, Any]:
        return self._capsules


def require(module: str, extra: str) -> None:
    """Raises ``ImportError`` naming the extra to install when ``module`` cannot be imported."""
    try:
        found = importlib.util.find_spec(module) is not None
    except ValueError:  # in sys.modules as None: imports of it are refused
        found = False
    if not found:
        raise ImportError(f"callplan.{extra} needs {module}: pip install 'callplan[{extra}]'", name=module)
