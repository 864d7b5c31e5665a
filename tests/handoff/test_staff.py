import pytest

from handoff.errors import InvalidInput, NotFound
from handoff.staff import authenticate, do_add_staff, do_issue_token, staff_for_token
from tests.factories import PASSWORD, add_staff


def test_passwords_are_hashed_and_checked(session) -> None:
    member = add_staff(session, email="Handler@Council.Example")
    assert member.email == "handler@council.example"
    assert PASSWORD not in member.password_hash
    assert authenticate(session, "handler@council.example", PASSWORD).id == member.id
    assert authenticate(session, "handler@council.example", "wrong password!") is None
    assert authenticate(session, "nobody@council.example", PASSWORD) is None


@pytest.mark.parametrize(
    ("email", "role", "password", "message"),
    [
        ("not-an-email", "handler", PASSWORD, "email"),
        ("a@b.example", "boss", PASSWORD, "role"),
        ("a@b.example", "handler", "short", "12 characters"),
    ],
)
def test_bad_staff_details_are_refused(session, email, role, password, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        do_add_staff(session, email=email, role=role, password=password)


def test_tokens_authenticate_and_are_stored_only_as_digests(session) -> None:
    member = add_staff(session)
    token = do_issue_token(session, member.email)
    assert staff_for_token(session, token).id == member.id
    assert staff_for_token(session, token + "x") is None
    member.is_active = False
    assert staff_for_token(session, token) is None
    with pytest.raises(NotFound):
        do_issue_token(session, "nobody@council.example")
