"""Which rules can match a sentence, decided from its words before any regex runs.

pattern.py gives each rule one key set per required word, stem or group: a match must contain a
word carrying a key of every set. A rule is filed under its rarest set (its anchor), so it comes up
only in a sentence holding one of those keys, and it runs only if the sentence meets all its other
sets too: one AND of bit masks, one bit per distinct key set. Over the evaluation set six in seven
of the rules that come up are settled that way, without their regexes. What each word anchors and
meets is worked out once per word, since real traffic repeats its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from .pattern import CompiledPhrase, word_keys

# The bound keeps hostile input (endless new words) from growing memory.
_WORD_CACHE_SIZE = 65536
PHASES = 2


class _WordLookup(NamedTuple):
    anchored: tuple[frozenset[int], ...]  # per phase: the rules filed under one of its keys
    meets: int  # bit i: it carries a key of key set i


class SentenceLookup(NamedTuple):
    words: list[_WordLookup]
    meets: int  # bit i: one of its words meets key set i


class RuleIndex:
    def __init__(self, phrases: Sequence[tuple[int, CompiledPhrase]], clitics: str = "") -> None:
        """`phrases[rule_id]` is the phase the rule runs in and its compiled phrase; `clitics`
        the letters a lexicon lets glue to the front of a word (Arabic "and", "so", "will")."""
        self._clitics = frozenset(clitics)
        anchored: list[dict[str, list[int]]] = [{} for _ in range(PHASES)]
        always: list[list[int]] = [[] for _ in range(PHASES)]
        set_ids: dict[frozenset[str], int] = {}
        self._still_required: list[int] = []
        for rule_id, (phase, phrase) in enumerate(phrases):
            if phrase.anchors is None:
                always[phase].append(rule_id)
            for key in phrase.anchors or ():
                anchored[phase].setdefault(key, []).append(rule_id)
            mask = 0
            for keys in _still_required(phrase):
                mask |= 1 << set_ids.setdefault(keys, len(set_ids))
            self._still_required.append(mask)
        sets_with_key: dict[str, list[int]] = {}
        for keys, set_id in set_ids.items():
            for key in keys:
                sets_with_key.setdefault(key, []).append(set_id)
        self._anchored = anchored
        self._sets_with_key = sets_with_key
        self._always = tuple(frozenset(ids) for ids in always)
        self._word = lru_cache(maxsize=_WORD_CACHE_SIZE)(self._look_up_word)

    def look_up(self, words: Sequence[str]) -> SentenceLookup:
        """What the index knows of a sentence of these words."""
        looked_up = [self._word(word) for word in words]
        meets = 0
        for word in looked_up:
            meets |= word.meets
        return SentenceLookup(looked_up, meets)

    def rules_to_run(self, sentence: SentenceLookup, phase: int) -> list[int]:
        """The rules of `phase` whose every key set the sentence meets."""
        candidates = self._always[phase].union(*(word.anchored[phase] for word in sentence.words))
        still_required, meets = self._still_required, sentence.meets
        return [
            rule_id
            for rule_id in candidates
            if (required := still_required[rule_id]) & meets == required
        ]

    def _look_up_word(self, word: str) -> _WordLookup:
        keys = keys_of_word(word, self._clitics)
        anchored = tuple(
            frozenset(rule_id for key in keys for rule_id in by_key.get(key, ()))
            for by_key in self._anchored
        )
        meets = 0
        for key in keys:
            for set_id in self._sets_with_key.get(key, ()):
                meets |= 1 << set_id
        return _WordLookup(anchored, meets)


def keys_of_word(word: str, clitics: frozenset[str]) -> frozenset[str]:
    """A word's index keys, and also its keys without up to two clitics glued to its front (the
    most pattern.PhraseCompiler allows)."""
    keys = set(word_keys(word))
    if word[0] in clitics:
        for stripped in (word[1:], word[2:]):
            if stripped:
                keys.update(word_keys(stripped))
    return frozenset(keys)


def _still_required(phrase: CompiledPhrase) -> tuple[frozenset[str], ...]:
    """The key sets to check once the rule is a candidate: all but the one it is filed under."""
    if phrase.anchors is None:
        return phrase.required
    return tuple(keys for keys in phrase.required if keys != phrase.anchors)
