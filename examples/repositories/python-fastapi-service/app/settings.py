from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    """Read from the environment (DATABASE_URL, LOG_LEVEL); nothing secret is in the code."""

    database_url: str
    log_level: str = "info"


settings = Settings()  # type: ignore[call-arg]
