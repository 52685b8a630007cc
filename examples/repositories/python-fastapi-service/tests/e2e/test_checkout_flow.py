from playwright.sync_api import Page


def test_checkout_shows_the_order(page: Page) -> None:
    page.goto("http://localhost:8000/docs")
    assert "Orders API" in page.title()
