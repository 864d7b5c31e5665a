def test_health_reports_each_part(client, fake_rasa) -> None:
    fake_rasa.up = False
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"web": "ok", "bot": "down", "actions": "down", "db": "ok"}


def test_health_is_503_when_the_database_is_down(app, client, settings) -> None:
    from handoff.db import make_engine, make_session_factory

    missing = make_engine(f"sqlite:///{settings.var_dir}/no/such/dir/x.db")
    app.extensions["tellus"].session_factory = make_session_factory(missing)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["db"] == "down"
