"""From what the child typed to canonical words cut into sentences, each word mapped back to the
span of the original text it came from.

fold characters (folding.py) -> split into words and sentence breaks (tokens.py) -> rejoin
spaced-out letters (spacing.py) -> Ukrainian typed in Latin letters read in Cyrillic too
(romanised.py) -> canonical spelling and repair of each word (words.py) ->
sentences (segments.py).
"""

from __future__ import annotations

from .folding import FoldedText, fold
from .romanised import looks_romanised_ukrainian, to_cyrillic
from .segments import NormalisedText
from .spacing import RawToken, raw_tokens, rejoin_spaced_letters
from .tokens import BREAK
from .words import Vocabulary, WordRepair


class Normaliser:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self._repair = WordRepair(vocabulary)

    def normalise(self, text: str) -> list[NormalisedText]:
        """One reading of the text; another when spaced-out letters were rejoined; another in
        Cyrillic when it is Ukrainian typed in Latin letters.

        Every reading is screened, because rejoining can also glue real one-letter words
        together ("i w z" in Polish, "u r a" in text-speak) and must never cost a match, and a
        romanised message may mix in English or Polish.
        """
        folded = fold(text)
        raw = raw_tokens(folded.text)
        readings = [self._build(raw, folded)]
        rejoined = rejoin_spaced_letters(raw, folded.text)
        if rejoined is not None:
            readings.append(self._build(rejoined, folded))
        if looks_romanised_ukrainian([token for token, *_ in raw]):
            in_cyrillic = [(to_cyrillic(token), *place) for token, *place in raw]
            readings.append(self._build(in_cyrillic, folded))
        return readings

    def _build(self, raw: list[RawToken], folded: FoldedText) -> NormalisedText:
        words: list[str] = []
        spans: list[tuple[int, int]] = []
        canonical = self._repair.canonical
        for token, start, end, rejoined in raw:
            if token == BREAK:
                if words and words[-1] != BREAK:
                    words.append(BREAK)
                    spans.append(folded.original_span(start, end))
                continue
            span = folded.original_span(start, end)
            for piece in canonical(token, rejoined):
                words.append(piece)
                spans.append(span)
        return NormalisedText(words, spans)
