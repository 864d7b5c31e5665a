import re

from handoff.references import (
    ALPHABET,
    new_reference,
    new_status_code,
    normalise_reference,
    normalise_status_code,
)


def test_references_have_the_readable_shape() -> None:
    references = {new_reference() for _ in range(500)}
    assert len(references) == 500
    assert all(re.fullmatch(rf"TU-[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}", r) for r in references)


def test_confusable_characters_are_never_used() -> None:
    assert not set("01258OILSZB") & set(ALPHABET)
    assert set(new_status_code()) <= set(ALPHABET)


def test_references_are_accepted_the_way_people_type_them() -> None:
    for typed in ("tu-7kq4-m2xp", "TU 7KQ4 M2XP", "tu7kq4m2xp", " 7KQ4-M2XP "):
        assert normalise_reference(typed) == "TU-7KQ4-M2XP"
    assert normalise_status_code(" fj yx-u7 ") == "FJYXU7"
