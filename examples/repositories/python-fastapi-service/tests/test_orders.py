from fastapi.testclient import TestClient

from app.main import app


def test_creates_an_order() -> None:
    response = TestClient(app).post("/orders", json={"total_cents": 1200})
    assert response.json() == {"total_cents": 1200}
