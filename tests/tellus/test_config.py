import pytest

from tellus.config import ConfigError, load_settings


def test_local_secrets_are_generated_once_into_var(tmp_path) -> None:
    first = load_settings({"TELLUS_VAR_DIR": str(tmp_path)})
    second = load_settings({"TELLUS_VAR_DIR": str(tmp_path)})
    assert first.secret_key == second.secret_key
    assert len(first.data_key) >= 32
    assert first.database_url == f"sqlite:///{tmp_path / 'tellus.db'}"


def test_production_refuses_to_run_without_its_secrets(tmp_path) -> None:
    with pytest.raises(ConfigError, match="TELLUS_SECRET_KEY"):
        load_settings({"TELLUS_VAR_DIR": str(tmp_path), "TELLUS_ENV": "production"})


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"PORT": "eighty"}, "PORT"),
        ({"RASA_REPLICAS": "2"}, "REDIS_URL"),
        ({"RASA_REPLICAS": "0"}, "at least 1"),
    ],
)
def test_bad_settings_name_the_variable(tmp_path, environ, message) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings({"TELLUS_VAR_DIR": str(tmp_path), **environ})


def test_replicas_take_consecutive_ports(tmp_path) -> None:
    settings = load_settings(
        {
            "TELLUS_VAR_DIR": str(tmp_path),
            "RASA_REPLICAS": "3",
            "RASA_PORT": "6000",
            "REDIS_URL": "redis://127.0.0.1:6379/0",
        }
    )
    assert settings.rasa_urls == [
        "http://127.0.0.1:6000",
        "http://127.0.0.1:6001",
        "http://127.0.0.1:6002",
    ]
    assert load_settings(settings.environment()) == settings
