"""The screen against data its author did not write: the NLU training examples of the bot,
written by another colleague (bot/data/nlu). The rules were corrected once against the misses
this set showed ("my stepdad hits me when I get home" was cancelled by an idiom for "it hit me
when I..."), so it now guards against regressions rather than measuring unseen text."""

from pathlib import Path

import pytest
import yaml

from handoff.safeguarding import screen

NLU = Path(__file__).resolve().parents[3] / "bot" / "data" / "nlu"


def _examples() -> dict[str, list[str]]:
    by_intent: dict[str, list[str]] = {}
    for path in sorted(NLU.glob("*.yml")):
        for block in yaml.safe_load(path.read_text())["nlu"]:
            lines = block["examples"].splitlines()
            by_intent[block["intent"]] = [line[2:].strip() for line in lines if line.strip()]
    return by_intent


def test_the_bots_disclosure_examples_are_caught_and_ordinary_chat_is_not() -> None:
    examples = _examples()
    disclosures = examples.pop("disclose_risk")
    ordinary = [text for texts in examples.values() for text in texts]
    missed = [text for text in disclosures if not screen(text).flagged]
    false_alarms = [text for text in ordinary if screen(text).flagged]
    assert len(missed) / len(disclosures) <= 0.02, missed
    assert len(false_alarms) / len(ordinary) <= 0.01, false_alarms


@pytest.mark.parametrize("intent", ["pause_complaint", "resume_complaint", "goodbye"])
def test_the_words_that_pause_or_resume_a_complaint_never_flag(intent: str) -> None:
    """"I want to finish it now" and "I can't do this right now" are how people come back to a
    complaint or put it off; flagging them paused the bot and sent a child to staff instead."""
    examples = _examples()[intent]
    assert [text for text in examples if screen(text).flagged] == []


@pytest.mark.parametrize(
    "text",
    [
        "my stepdad hits me when I get home",
        "i have a plan to end it",
        "i took pills",
        "i wish i wasnt alive",
        "im being abused",
        "my mum hasnt come home",
        "theres no food in the house",
        "he says hell post my pics",
        "someone is blackmailing me with my photos",
        "a gang makes me carry stuff",
        "i've written a note",
    ],
)
def test_plain_short_disclosures(text: str) -> None:
    assert screen(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "I'm her mum",
        "i want him to stop and say sorry",
        "my hours have been cut at work",
        "the library staff kicked us out for no reason",
        "they told me off for nothing",
        "my mum hasnt come home from work yet, she works late",
        "it hit me when i saw the results",
        "I took my pills this morning",
        "the school said she can't go on the trip",
    ],
)
def test_ordinary_words_that_look_like_harm(text: str) -> None:
    assert not screen(text).flagged


SECOND_AUTHOR_SET = Path(__file__).with_name("second_author_set.jsonl")


def test_a_set_written_by_a_third_colleague() -> None:
    """186 messages written before any tuning against them: recall 0.90, explicit 0.926, false
    positives 6.6% when first measured; the rules were then corrected against its misses, so
    now it guards against regressions."""
    import json

    rows = [json.loads(line) for line in SECOND_AUTHOR_SET.read_text().splitlines() if line]
    disclosures = [row for row in rows if row["flag"]]
    harmless = [row for row in rows if not row["flag"]]
    missed = [row["text"] for row in disclosures if not screen(row["text"], row["lang"]).flagged]
    false_alarms = [row["text"] for row in harmless if screen(row["text"], row["lang"]).flagged]
    assert len(missed) / len(disclosures) <= 0.02, missed
    assert len(false_alarms) / len(harmless) <= 0.05, false_alarms
