"""Runs the compiled lexicon over normalised text: every rule match in a message, as Hits."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .folding import fold_word
from .lexicon import LEXICONS
from .normalise import Normaliser
from .pattern import CompiledPhrase, PhraseCompiler, word_keys
from .rule_index import RuleIndex
from .rules import Lexicon, Rule
from .segments import Segment
from .tokens import spell, split_words
from .words import Vocabulary

# One match of a rule decides and a few show staff where to look; the cap keeps a hostile message
# that repeats a phrase ten thousand times as cheap as an ordinary long one.
MAX_HITS_PER_RULE = 40
# Disclosures and signs run first; escalators, idioms and settings only matter once one is found.
_FIRST_PHASE_KINDS = ("disclosure", "signal")


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    regex: re.Pattern[str]


# Not frozen: a frozen dataclass costs three times as much to build, and the screen builds one
# per match; nothing changes a hit once made.
@dataclass(slots=True)
class Hit:
    """A rule matched original text [start, end) of message `message_index` (None: one message)."""

    rule: Rule
    start: int
    end: int
    text: str
    message_index: int | None = None


class Screener:
    """The whole lexicon, compiled once; `hits` finds every rule match in one message."""

    def __init__(self, lexicons: list[Lexicon]) -> None:
        common_keys = frozenset(
            key
            for lexicon in lexicons
            for phrase in lexicon.common_words
            for word in split_words(fold_word(phrase))
            for key in word_keys(word)
        )
        self._rules: list[CompiledRule] = []
        phrases: list[tuple[int, CompiledPhrase]] = []
        words: set[str] = set()
        stems: set[str] = set()
        for lexicon in lexicons:
            compiler = PhraseCompiler(
                lexicon.classes,
                clitics=lexicon.clitics,
                common_keys=common_keys,
                aliases=lexicon.aliases,
            )
            for rule in lexicon.rules:
                try:
                    compiled = compiler.compile(rule.pattern)
                except ValueError as error:
                    raise ValueError(f"{lexicon.language} lexicon: {error}") from error
                phase = 0 if rule.kind in _FIRST_PHASE_KINDS else 1
                for phrase in compiled:
                    self._rules.append(CompiledRule(rule, phrase.regex))
                    phrases.append((phase, phrase))
                    words |= phrase.words
                    stems |= phrase.stems
        self._index = RuleIndex(phrases, "".join(lexicon.clitics for lexicon in lexicons))
        self.normaliser = Normaliser(_vocabulary(lexicons, words, stems))

    @property
    def rule_count(self) -> int:
        return len(self._rules)

    def hits(
        self, text: str, message_index: int | None = None, *, complete: bool = False
    ) -> list[Hit]:
        """Every match in `text`, minus those inside idioms or cancelled by the setting.

        Unless `complete`, a message with no disclosure or sign skips the timing and setting rules:
        alone, they cannot change its verdict. In a conversation they can ("tonight" after an
        earlier "I want to die"), so conversations ask for the complete set.
        """
        found = _Found(text, message_index)
        segments = [
            segment for reading in self.normaliser.normalise(text) for segment in reading.segments()
        ]
        looked_up = [self._index.look_up(segment.words) for segment in segments]
        for segment, sentence in zip(segments, looked_up, strict=True):
            self._run(self._index.rules_to_run(sentence, phase=0), segment, found)
        if not found.hits and not complete:
            return []
        for segment, sentence in zip(segments, looked_up, strict=True):
            self._run(self._index.rules_to_run(sentence, phase=1), segment, found)
        return _apply_idioms_and_contexts(list(found.hits.values()))

    def _run(self, rule_ids: list[int], segment: Segment, found: _Found) -> None:
        rules, text = self._rules, segment.text
        for rule_id in rule_ids:
            compiled = rules[rule_id]
            # Most rules let through still do not match: a search settles those most cheaply.
            if compiled.regex.search(text) is not None:
                found.run(rule_id, compiled, segment)


class _Found:
    """The matches found so far in one message, at most MAX_HITS_PER_RULE per rule."""

    def __init__(self, text: str, message_index: int | None) -> None:
        self.text = text
        self.message_index = message_index
        self.hits: dict[tuple[int, int, int], Hit] = {}
        self._per_rule: dict[int, int] = {}

    def run(self, rule_id: int, compiled: CompiledRule, segment: Segment) -> None:
        count = self._per_rule.get(rule_id, 0)
        if count >= MAX_HITS_PER_RULE:
            return
        for match in compiled.regex.finditer(segment.text):
            # The match includes the space before its first word.
            start, end = segment.original_span(match.start() + 1, match.end())
            key = (rule_id, start, end)
            if key not in self.hits:
                text = self.text[start:end]
                self.hits[key] = Hit(compiled.rule, start, end, text, self.message_index)
                count += 1
                if count >= MAX_HITS_PER_RULE:
                    break
        self._per_rule[rule_id] = count


def _vocabulary(lexicons: list[Lexicon], words: set[str], stems: set[str]) -> Vocabulary:
    def spelled(field: str) -> frozenset[str]:
        phrases = [phrase for lexicon in lexicons for phrase in getattr(lexicon, field)]
        return frozenset(word for phrase in phrases for word in split_words(fold_word(phrase)))

    targets = spelled("fuzzy_targets")
    fragments = sorted(targets | spelled("split_fragments"), key=len, reverse=True)
    return Vocabulary(
        words=frozenset(words),
        stems=frozenset(stems),
        fuzzy_targets=tuple(sorted(spell(target) for target in targets)),
        never_fuzz=spelled("never_fuzz"),
        never_split=spelled("never_split"),
        risk_fragments=re.compile("|".join(map(re.escape, fragments)) or "(?!)"),
        glue_words=spelled("common_words"),
    )


def _apply_idioms_and_contexts(hits: list[Hit]) -> list[Hit]:
    """Drop matches that overlap a known harmless construction, or that the setting cancels."""
    contexts = {hit.rule.group for hit in hits if hit.rule.kind == "context"}
    idioms: dict[int | None, list[tuple[int, int]]] = {}
    for hit in hits:
        if hit.rule.kind == "idiom":
            idioms.setdefault(hit.message_index, []).append((hit.start, hit.end))
    # Merged and sorted, so each match is checked with a binary search.
    spans = {index: _merged(found) for index, found in idioms.items()}
    kept = []
    for hit in hits:
        kind = hit.rule.kind
        if kind in ("idiom", "context"):
            continue
        if not hit.rule.firm:
            if contexts.intersection(hit.rule.unless):
                continue
            idiom_spans = spans.get(hit.message_index, [])
            if kind != "escalator" and _overlaps_any(idiom_spans, hit.start, hit.end):
                continue
        kept.append(hit)
    return kept


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the sorted, disjoint `spans`."""
    index = bisect_right(spans, (start, end + 1)) - 1
    if index >= 0 and spans[index][1] > start:
        return True
    return index + 1 < len(spans) and spans[index + 1][0] < end


# Compiled once at import: the lexicon is pure data, and screening must not pay for it per message.
SCREENER = Screener(LEXICONS)
