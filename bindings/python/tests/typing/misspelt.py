"""Must fail ``mypy --strict``: a misspelt field of a request."""

from callplan.types import NewNumberOrderInput

order: NewNumberOrderInput = {"org": {"trial": False}, "location": {"calling_plan_enabled": True}, "numbrs": ["(415) 555-2671"]}
