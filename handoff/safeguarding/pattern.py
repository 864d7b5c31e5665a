"""A small phrase language for the lexicon, compiled to linear-time regular expressions.

    word        a word, spelled as a child would write it (folded and canonicalised like the text)
    word*       any word starting with it ("hit*" = hit, hits, hitting)
    {CLASS}     any phrase of a named class ("{DAD} hits me")
    (a|b c)     any of the alternatives; each alternative is itself a phrase
    x?          optional word, class or group
    ~N          up to N words of anything in between, within one sentence
    #           a number; ## a number of two or more digits ("took 20 pills", not "took 2 pills")
    ^           the start of a sentence (first item only)
    $           the end of a sentence (last item only)

Patterns run on one sentence at a time, which normalise.py reduces to canonical words each preceded
by one space. Every piece matches whole words, gaps are bounded and words never contain spaces, so
matching cannot backtrack catastrophically whatever a child types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .folding import fold_word
from .tokens import spell, split_words

_SYNTAX = re.compile(r"\s*(\(|\)\??|\||\{[A-Z0-9_]+\}\??|~\d+|##?\??|\^|\$|[^\s(){}|~#^$]+)")


@dataclass
class Node:
    kind: str  # "word" | "stem" | "alt" | "gap" | "number" | "start" | "end"
    text: str = ""
    alternatives: list[list[Node]] = field(default_factory=list)
    optional: bool = False
    gap: int = 0


@dataclass(frozen=True)
class CompiledPhrase:
    regex: re.Pattern[str]
    # The cheapest key set one of which every match contains: the rule index files the rule under
    # these keys. None: nothing to anchor on, the rule always runs.
    anchors: frozenset[str] | None
    # One key set per required word, class or group: all must meet the sentence before matching.
    required: tuple[frozenset[str], ...]
    words: frozenset[str]
    stems: frozenset[str]


class PhraseError(ValueError):
    """A lexicon pattern is malformed (raised at import, never while screening)."""


# A stem is looked up by at most this many of its letters: a word's keys include its prefixes up
# to here, so a very long word (a hostile message may be one) costs a bounded number of keys.
STEM_KEY_LETTERS = 10
# Shorter stems start too many words to be worth looking up.
_SHORTEST_STEM_KEY = 3


def whole_word_key(word: str) -> str:
    return "=" + word


def stem_key(stem: str) -> str | None:
    """The key of a stem ("hit*"), or None for one too short to look up ("ud*")."""
    return stem[:STEM_KEY_LETTERS] if len(stem) >= _SHORTEST_STEM_KEY else None


def word_keys(word: str) -> list[str]:
    """The index keys a word of the text carries: itself, and every stem key it starts with.

    rule_index.py gathers them for a sentence: a rule runs only where they meet the keys of its
    words and stems.
    """
    keys = [whole_word_key(word)]
    last = min(len(word), STEM_KEY_LETTERS)
    keys.extend(word[:letters] for letters in range(_SHORTEST_STEM_KEY, last + 1))
    return keys


class PhraseCompiler:
    def __init__(
        self,
        classes: dict[str, str],
        *,
        clitics: str = "",
        common_keys: frozenset[str] = frozenset(),
        aliases: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self._class_sources = classes
        self._class_nodes: dict[str, Node] = {}
        # Arabic glues "and"/"so"/"will" to the next word ("وابي يضربني", "وسأبلع"): allow two.
        self._clitic_prefix = f"[{re.escape(clitics)}]{{0,2}}" if clitics else ""
        self._common_keys = common_keys
        # Spelled like the text, so "2" stays "2" and "cuz" stays "cuz".
        self._aliases = {
            spell(fold_word(word)): tuple(spell(fold_word(alias)) for alias in stand_ins)
            for word, stand_ins in (aliases or {}).items()
        }
        self._words: set[str] = set()
        self._stems: set[str] = set()

    def compile(self, source: str) -> list[CompiledPhrase]:
        """One compiled phrase per top-level alternative: "(a b|c d)" indexes better as two."""
        sequence = self._parse(source)
        if len(sequence) == 1 and sequence[0].kind == "alt" and not sequence[0].optional:
            return [self._compile_sequence(branch, source) for branch in sequence[0].alternatives]
        return [self._compile_sequence(sequence, source)]

    def _compile_sequence(self, sequence: list[Node], source: str) -> CompiledPhrase:
        self._words, self._stems = set(), set()
        # A sentence is a segment of its own, so the start and end of a sentence are the start and
        # end of the text.
        ending = r"(?!\S)"
        if sequence and sequence[-1].kind == "end":
            sequence, ending = sequence[:-1], "$"
        if sequence and sequence[0].kind == "start":
            body = "^ " + self._sequence_regex(sequence[1:], source)
        else:
            # Segment text starts with a space and words never contain one, so a leading literal
            # space marks a word start; it also lets the regex engine skip from space to space.
            body = " " + self._sequence_regex(sequence, source)
        required = tuple(
            anchors
            for node in sequence
            if not node.optional and (anchors := self._node_anchors(node)) is not None
        )
        return CompiledPhrase(
            re.compile(body + ending),
            self._anchors(sequence),
            required,
            frozenset(self._words),
            frozenset(self._stems),
        )

    # Parsing ------------------------------------------------------------------------------------

    def _parse(self, source: str) -> list[Node]:
        tokens = _SYNTAX.findall(source)
        if "".join(tokens).replace(" ", "") != source.replace(" ", ""):
            raise PhraseError(f"cannot read pattern {source!r}")
        sequence, position = self._parse_alternatives(tokens, 0, source)
        if position != len(tokens):
            raise PhraseError(f"unbalanced ')' in {source!r}")
        if len(sequence.alternatives) == 1:
            return sequence.alternatives[0]
        return [sequence]

    def _parse_alternatives(
        self, tokens: list[str], position: int, source: str
    ) -> tuple[Node, int]:
        alternatives: list[list[Node]] = [[]]
        while position < len(tokens):
            item = tokens[position]
            if item.startswith(")"):
                break
            position += 1
            current = alternatives[-1]
            if item == "|":
                alternatives.append([])
            elif item == "(":
                group, position = self._parse_alternatives(tokens, position, source)
                if position >= len(tokens):
                    raise PhraseError(f"missing ')' in {source!r}")
                group.optional = tokens[position] == ")?"
                position += 1
                current.append(group)
            elif item.startswith("{"):
                node = self._class_node(item.strip("{}?"), source)
                optional = item.endswith("?")
                current.append(Node("alt", alternatives=node.alternatives, optional=optional))
            elif item.startswith("~"):
                current.append(Node("gap", gap=int(item[1:])))
            elif item.startswith("#"):
                optional = item.endswith("?")
                current.append(Node("number", text=item.rstrip("?"), optional=optional))
            elif item == "^":
                current.append(Node("start"))
            elif item == "$":
                current.append(Node("end"))
            else:
                current.extend(self._word_nodes(item, source))
        if any(not alternative for alternative in alternatives):
            raise PhraseError(f"empty alternative in {source!r}")
        return Node("alt", alternatives=alternatives), position

    def _class_node(self, name: str, source: str) -> Node:
        if name not in self._class_nodes:
            if name not in self._class_sources:
                raise PhraseError(f"unknown class {{{name}}} in {source!r}")
            self._class_nodes[name] = Node("alt")  # placeholder: a class may not contain itself
            class_source = self._class_sources[name]
            node, _ = self._parse_alternatives(_SYNTAX.findall(class_source), 0, class_source)
            self._class_nodes[name] = node
        node = self._class_nodes[name]
        if not node.alternatives:
            raise PhraseError(f"class {{{name}}} refers to itself")
        return node

    def _word_nodes(self, token: str, source: str) -> list[Node]:
        optional = token.endswith("?") and len(token) > 1
        token = token.rstrip("?") if optional else token
        words = split_words(fold_word(token.rstrip("*")))
        if not words:
            raise PhraseError(f"word {token!r} in {source!r} has no letters")
        nodes = [Node("word", text=word) for word in words]
        if token.endswith("*"):
            nodes[-1].kind = "stem"
        if optional:
            if len(nodes) > 1:
                return [Node("alt", alternatives=[nodes], optional=True)]
            nodes[0].optional = True
        return nodes

    # Regex generation ---------------------------------------------------------------------------

    def _sequence_regex(self, sequence: list[Node], source: str) -> str:
        """Items before the last required one carry the space after them, items after it the space
        before them; either way an optional item is one self-contained group."""
        required = [
            index
            for index, node in enumerate(sequence)
            if node.kind not in ("gap", "start") and not node.optional
        ]
        if not required:
            raise PhraseError(f"pattern {source!r} needs at least one required word")
        last = required[-1]
        # A gap before trailing optional words only lengthens the span; matching is the same.
        tail = [node for node in sequence[last + 1 :] if node.kind != "gap"]
        sequence = sequence[: last + 1] + tail
        parts: list[str] = []
        for index, node in enumerate(sequence):
            if node.kind == "gap":
                parts.append(rf"(?:\S+\s){{0,{node.gap}}}")
            elif node.kind == "start":
                raise PhraseError(f"'^' must come first in {source!r}")
            elif node.kind == "end":
                raise PhraseError(f"'$' must come last in {source!r}")
            elif index < last:
                body = self._node_regex(node, source)
                parts.append(rf"(?:{body}\s)?" if node.optional else rf"{body}\s")
            elif index == last:
                parts.append(self._node_regex(node, source))
            else:
                parts.append(rf"(?:\s{self._node_regex(node, source)})?")
        return "".join(parts)

    def _node_regex(self, node: Node, source: str) -> str:
        if node.kind == "word":
            spellings = (node.text, *self._aliases.get(node.text, ()))
            self._words.update(spellings)
            body = "|".join(map(re.escape, spellings))
            return self._clitic_prefix + (body if len(spellings) == 1 else f"(?:{body})")
        if node.kind == "stem":
            self._stems.add(node.text)
            return rf"{self._clitic_prefix}{re.escape(node.text)}\S*"
        if node.kind == "number":
            return r"\d{2,}" if node.text == "##" else r"\d+"
        if node.kind == "alt":
            bodies = [self._sequence_regex(branch, source) for branch in node.alternatives]
            return "(?:" + "|".join(bodies) + ")"
        raise PhraseError(f"misplaced {node.kind} in {source!r}")

    # Anchors ------------------------------------------------------------------------------------

    def _anchors(self, sequence: list[Node]) -> frozenset[str] | None:
        """The cheapest key set one of which any match must contain."""
        best: frozenset[str] | None = None
        best_cost = 0
        for node in sequence:
            if node.optional:
                continue
            anchors = self._node_anchors(node)
            if anchors is None:
                continue
            cost = sum(self._key_cost(key) for key in anchors)
            if best is None or cost < best_cost:
                best, best_cost = anchors, cost
        return best

    def _key_cost(self, key: str) -> int:
        """How often a key turns up in ordinary text, roughly: common words, words of one or two
        letters and short stems are dear (a three-letter stem starts many words), a whole
        uncommon word cheap."""
        if key in self._common_keys:
            return 100
        if key.startswith("="):
            return 40 if len(key) < 4 else 1
        return max(1, 2 ** (6 - len(key)))

    def _node_anchors(self, node: Node) -> frozenset[str] | None:
        if node.kind == "word":
            spellings = (node.text, *self._aliases.get(node.text, ()))
            return frozenset(whole_word_key(spelling) for spelling in spellings)
        if node.kind == "stem":
            # A stem too short to look up ("ud*") leaves the rule to anchor on another word.
            key = stem_key(node.text)
            return None if key is None else frozenset({key})
        if node.kind == "alt":
            keys: set[str] = set()
            for branch in node.alternatives:
                anchors = self._anchors(branch)
                if anchors is None:
                    return None
                keys |= anchors
            return frozenset(keys)
        return None
