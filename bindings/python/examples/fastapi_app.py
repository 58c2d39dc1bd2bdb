"""A FastAPI service that checks a port order before it is submitted: the order's body is
the pydantic model `callplan.pydantic.PortOrder`, so FastAPI answers an order the policy
refuses with 422 and each error at its field, in the caller's language.

Run: `uvicorn fastapi_app:app`; the test command drives it with FastAPI's TestClient
(bindings/python/tests-backends/test_fastapi.py)."""

from fastapi import FastAPI

import callplan
from callplan.pydantic import AcceptLanguage, PortOrder

app = FastAPI(title="Port orders")
app.add_middleware(AcceptLanguage)  # messages in the language of Accept-Language


@app.post("/port-orders")
def create_port_order(order: PortOrder) -> callplan.Verdict:
    # Here the order has no error; its warnings and notices are on order.verdict.
    return order.verdict
