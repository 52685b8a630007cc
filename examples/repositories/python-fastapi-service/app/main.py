import structlog
from fastapi import FastAPI
from prometheus_client import make_asgi_app
from pydantic import BaseModel

log = structlog.get_logger()
app = FastAPI(title="Orders API", version="1.4.0")
app.mount("/metrics", make_asgi_app())


class OrderIn(BaseModel):
    total_cents: int


@app.post("/orders")
def create_order(order: OrderIn) -> dict[str, int]:
    log.info("order.created", total_cents=order.total_cents)
    return {"total_cents": order.total_cents}
