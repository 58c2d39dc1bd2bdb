"""The example apps (bindings/python/examples) on the import path, and one good port order."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
sys.path.insert(0, str(EXAMPLES))

GOOD_ORDER = {
    "today": "2024-03-01",
    "org": {"trial": False},
    "location": {"calling_plan_enabled": True},
    "account": {"provider": "Acme Telecom", "account_number": "100-200", "account_name": "Ada Lovelace"},
    "numbers": [{"number": "+1 415 555 2671"}, {"number": "+1 415 555 2672"}],
    "invoice": {"file_name": "bill.pdf", "media_type": "application/pdf", "issued": "2024-02-20"},
    "loa": {"first_name": "Ada", "last_name": "Lovelace", "signer_role": "account_owner"},
}


@pytest.fixture
def order() -> dict:
    """A port order the policy accepts (a fresh copy for each test)."""
    return copy.deepcopy(GOOD_ORDER)
