"""Runs the compiled lexicon over normalised text: every rule match in a message, as Hits."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .folding import fold_word
from .lexicon import LEXICONS
from .normalise import Normaliser
from .pattern import CompiledPhrase, PhraseCompiler, anchor_key
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
    # Cheap pre-check: every key set must meet the sentence's keys before the regex runs. The
    # set the rule is indexed by is left out: a rule is only a candidate when one of its keys
    # is in the sentence.
    required: tuple[frozenset[str], ...]


@dataclass(frozen=True)
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
            anchor_key(word)
            for lexicon in lexicons
            for phrase in lexicon.common_words
            for word in split_words(fold_word(phrase))
        )
        self._rules: list[CompiledRule] = []
        index: list[dict[str, list[int]]] = [{}, {}]
        always: list[list[int]] = [[], []]
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
                    phrases = compiler.compile(rule.pattern)
                except ValueError as error:
                    raise ValueError(f"{lexicon.language} lexicon: {error}") from error
                phase = 0 if rule.kind in _FIRST_PHASE_KINDS else 1
                for phrase in phrases:
                    rule_id = len(self._rules)
                    self._rules.append(CompiledRule(rule, phrase.regex, _still_required(phrase)))
                    words |= phrase.words
                    stems |= phrase.stems
                    if phrase.anchors is None:
                        always[phase].append(rule_id)
                    for key in phrase.anchors or ():
                        index[phase].setdefault(key, []).append(rule_id)
        self._index = [{key: tuple(ids) for key, ids in keyed.items()} for keyed in index]
        self._always = [frozenset(ids) for ids in always]
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
        for segment in segments:
            self._match_segment(segment, found, phase=0)
        if not found.hits and not complete:
            return []
        for segment in segments:
            self._match_segment(segment, found, phase=1)
        return _apply_idioms_and_contexts(list(found.hits.values()))

    def _match_segment(self, segment: Segment, found: _Found, *, phase: int) -> None:
        # The inner loop of the whole screen (tens of candidates per sentence): kept lean.
        index = self._index[phase]
        keys = segment.keys
        candidates = set(self._always[phase])
        for key in keys:
            ids = index.get(key)
            if ids:
                candidates.update(ids)
        rules = self._rules
        for rule_id in candidates:
            compiled = rules[rule_id]
            for required in compiled.required:
                if required.isdisjoint(keys):
                    break
            else:
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


def _still_required(phrase: CompiledPhrase) -> tuple[frozenset[str], ...]:
    """The key sets to check once the rule is a candidate: all but the one it is indexed by."""
    if phrase.anchors is None:
        return phrase.required
    rest = list(phrase.required)
    rest.remove(phrase.anchors)
    return tuple(rest)


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
