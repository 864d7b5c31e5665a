"""The rule index only saves work: it must never keep back a rule whose regex would match."""

from __future__ import annotations

import json
from pathlib import Path

from handoff.safeguarding.engine import SCREENER
from handoff.safeguarding.pattern import STEM_KEY_LETTERS, PhraseCompiler, word_keys
from handoff.safeguarding.rule_index import RuleIndex, keys_of_word

HERE = Path(__file__).parent


def _index_of(*patterns: str) -> RuleIndex:
    compiler = PhraseCompiler({"DAD": "(my|ma)? (dad|da|stepdad)"})
    return RuleIndex([(0, compiler.compile(pattern)[0]) for pattern in patterns])


def test_a_rule_runs_only_where_all_its_words_and_stems_are() -> None:
    index = _index_of("{DAD} ~2 hit* me", "burn* myself")
    assert index.rules_to_run(index.look_up("my stepdad hits me".split()), 0) == [0]
    assert index.rules_to_run(index.look_up("da hitting me again".split()), 0) == [0]
    # A word that shares the stem's first letters is not the stem ("hi" is not "hit*"), and a
    # sentence with the anchor alone is not enough.
    assert index.rules_to_run(index.look_up("dad hi me".split()), 0) == []
    assert index.rules_to_run(index.look_up("the bus hit a car".split()), 0) == []
    assert index.rules_to_run(index.look_up("burnt myself".split()), 0) == [1]
    assert index.rules_to_run(index.look_up("burnt myself".split()), 1) == []


def test_a_word_carries_itself_and_its_prefixes_up_to_a_bound() -> None:
    assert word_keys("hits") == ["=hits", "hit", "hits"]
    assert word_keys("me") == ["=me"]
    hostile = "a" * 20_000
    assert len(word_keys(hostile)) == STEM_KEY_LETTERS - 1


def test_an_arabic_word_is_also_looked_up_without_the_clitics_on_its_front() -> None:
    keys = keys_of_word("وسيقتلني", frozenset("وفس"))  # and he will kill me
    assert {"=وسيقتلني", "=سيقتلني", "=يقتلني"} <= keys


def test_the_index_never_keeps_back_a_rule_that_matches() -> None:
    """Every rule's regex against every sentence of our labelled sets, beside the index's answer."""
    texts = [
        json.loads(line)["text"]
        for name in ("evaluation_set.jsonl", "second_author_set.jsonl")
        for line in (HERE / name).read_text().splitlines()
        if line.strip()
    ]
    rules, index = SCREENER._rules, SCREENER._index
    matched_anywhere = 0
    for text in texts:
        for reading in SCREENER.normaliser.normalise(text):
            for segment in reading.segments():
                sentence = index.look_up(segment.words)
                to_run = set(index.rules_to_run(sentence, 0) + index.rules_to_run(sentence, 1))
                matching = {
                    rule_id for rule_id, rule in enumerate(rules) if rule.regex.search(segment.text)
                }
                assert matching <= to_run, (
                    text,
                    [rules[i].rule.pattern for i in matching - to_run],
                )
                matched_anywhere += len(matching)
    assert matched_anywhere > 1000  # the sets hold many matches, so the check has teeth
