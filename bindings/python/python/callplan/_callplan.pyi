"""The native module: the core's JSON entry point and tables (see ``callplan``)."""

from collections.abc import Iterator
from typing import Any, final

__all__ = ["Classified", "MAX_REQUEST_BYTES", "NUMBERING_DATA_VERSION", "__version__", "check_names", "classify_arrow", "classify_number", "evaluate_arrow", "evaluate_text", "evaluate_value", "malformed_json", "negotiate_locale", "oversize_json", "rules"]

MAX_REQUEST_BYTES: int
NUMBERING_DATA_VERSION: str
__version__: str

def evaluate_text(request: object, policy: str | None = None) -> str:
    """The answer JSON to a request given as ``str`` or ``bytes``; never raises."""

def evaluate_value(request: object, policy: str | None = None) -> tuple[str, dict[str, Any]] | None:
    """The answer to a request given as Python values (as to its ``json.dumps`` text), as
    JSON text and as the values ``json.loads`` reads from it; ``None`` when only the
    standard encoder can write the request."""

def malformed_json(path: str, message: str) -> str:
    """The ``input.malformed`` answer JSON about the value at ``path``."""

def oversize_json(bytes: int) -> str | None:
    """The ``input.too_large`` answer JSON to a request of ``bytes`` bytes, or ``None``."""

@final
class Classified:
    """A phone number's E.164 writing (``None`` when it has none), its class and its
    region, e.g. ``Classified(e164='+14165550123', class_='not_us', region='CA')``; unpacks,
    indexes and compares as the pair ``(e164, class_)``, the region by name only."""

    def __new__(cls, e164: str | None, class_: str, region: str | None = None) -> Classified: ...
    @property
    def e164(self) -> str | None:
        """The E.164 writing, e.g. ``"+14155552671"``; ``None`` for a number that has none."""
    @property
    def class_(self) -> str:
        """The class: ``us_geographic``, ``toll_free``, ``premium_or_special``, ``non_us`` or ``invalid``."""
    @property
    def region(self) -> str | None:
        """The region as libphonenumber names it (``"US"``, ``"CA"``, ``"PR"``, ``"GB"``, …); ``None`` when invalid."""
    def __len__(self) -> int: ...
    def __getitem__(self, index: int) -> str | None: ...
    def __iter__(self) -> Iterator[str | None]: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __lt__(self, other: object) -> bool: ...
    def __le__(self, other: object) -> bool: ...
    def __gt__(self, other: object) -> bool: ...
    def __ge__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[type[Classified], tuple[str | None, str, str | None]]: ...

def classify_number(text: str) -> Classified:
    """A phone number's E.164 writing and class."""

def rules() -> list[tuple[str, str, str, str]]:
    """Every rule: code, severity, article section, description."""

def negotiate_locale(accept_language: str) -> str:
    """The language (``en``, ``sv`` or ``fr``) to answer in for an ``Accept-Language`` header."""

def check_names() -> list[str]:
    """The name of every check."""

def evaluate_arrow(requests: object, policy: str | None = None, threads: int | None = None) -> list[tuple[Any, Any]]:
    """The answers to a column of JSON requests (an object with ``__arrow_c_array__`` or
    ``__arrow_c_stream__``): the ``(schema, array)`` capsules of one struct array per chunk,
    on ``threads`` threads (``None``: one per core)."""

def classify_arrow(numbers: object, threads: int | None = None) -> list[tuple[Any, Any]]:
    """The E.164 writing and class of each number of a column of strings, per chunk."""
