"""How the lexicon is written: one rule = one phrase pattern plus what a match means.

Kinds of rule:
    disclosure  flags on its own (`flag`)
    signal      a weak sign ("he says it's our secret") that flags only together with another kind
                of sign of the same harm, in the message or anywhere in the conversation (`hint`)
    escalator   plan, means, timing or presence ("tonight", "I've saved the pills", "he's here now")
                that raises a flagged result to immediate (`plan`, `now`, `soon`)
    idiom       a known harmless construction ("dying of boredom"); removes matches it overlaps
    context     a setting ("in Fortnite", "in the film") that cancels rules marked `unless=` it
    tag         a setting that names one more harm when the message is flagged for a related one
                ("...at school" adds bullying_with_harm to a beating, or to "they told me to kms")
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .result import CATEGORIES, SEVERITIES, most_severe

# Escalation targets: harm the child is about to do to themselves, or that others are doing now.
SELF_DIRECTED: tuple[str, ...] = ("suicide", "self_harm")
FROM_OTHERS: tuple[str, ...] = (
    "physical_abuse",
    "domestic_abuse",
    "sexual_abuse",
    "immediate_danger",
    "emotional_abuse",
    "exploitation",
    "trafficking",
    "forced_marriage_fgm",
    "radicalisation",
    "bullying_with_harm",
    "neglect",
)


@dataclass(frozen=True)
class Rule:
    pattern: str
    kind: str
    categories: tuple[str, ...] = ()
    severity: str = "none"
    group: str = ""  # signal group, or context name
    escalates: tuple[str, ...] = ()  # escalator: the harms it makes immediate; tag: that it joins
    unless: tuple[str, ...] = ()  # context names that cancel this rule
    firm: bool = False  # idioms and contexts never cancel it ("my dad will kill me if I tell")

    def __post_init__(self) -> None:
        unknown = [category for category in self.categories if category not in CATEGORIES]
        if unknown or self.severity not in SEVERITIES:
            raise ValueError(
                f"rule {self.pattern!r}: unknown category {unknown} or severity {self.severity!r}"
            )


# Concerning but vaguer harms default to medium (CONTRACT severity guide); the rest to high.
_DEFAULT_SEVERITY = {
    "emotional_abuse": "medium",
    "neglect": "medium",
    "bullying_with_harm": "medium",
}


def flag(
    pattern: str,
    *categories: str,
    severity: str | None = None,
    unless: tuple[str, ...] = (),
    firm: bool = False,
) -> Rule:
    if severity is None:
        severity = most_severe([_DEFAULT_SEVERITY.get(category, "high") for category in categories])
    return Rule(pattern, "disclosure", categories, severity, unless=unless, firm=firm)


def hint(pattern: str, group: str, *categories: str) -> Rule:
    return Rule(pattern, "signal", categories, "medium", group=group)


def plan(pattern: str) -> Rule:
    """Means, method, plan or timing of self-harm or suicide."""
    return Rule(pattern, "escalator", ("immediate_danger",), "immediate", escalates=SELF_DIRECTED)


def now(pattern: str) -> Rule:
    """The danger is present now, or the child is going back into it tonight."""
    return Rule(pattern, "escalator", ("immediate_danger",), "immediate", escalates=FROM_OTHERS)


def soon(pattern: str) -> Rule:
    """Timing that makes any disclosure urgent ("tonight", "right now")."""
    escalates = SELF_DIRECTED + FROM_OTHERS
    return Rule(pattern, "escalator", ("immediate_danger",), "immediate", escalates=escalates)


def idiom(pattern: str) -> Rule:
    return Rule(pattern, "idiom")


def context(pattern: str, name: str) -> Rule:
    return Rule(pattern, "context", group=name)


def tag(pattern: str, category: str, *joins: str) -> Rule:
    """If the message is flagged for any of `joins`, it is also about `category`."""
    return Rule(pattern, "tag", (category,), "none", escalates=joins)


# Harms a peer can do that make it bullying with harm when the setting is school or peers.
PEER_HARMS: tuple[str, ...] = (
    "physical_abuse",
    "sexual_abuse",
    "suicide",
    "self_harm",
    "immediate_danger",
    "emotional_abuse",
)


@dataclass(frozen=True)
class Lexicon:
    """One language's word classes and rules. Every lexicon runs on every message."""

    language: str
    classes: dict[str, str]
    rules: list[Rule]
    fuzzy_targets: tuple[str, ...] = ()
    never_fuzz: tuple[str, ...] = ()
    never_split: tuple[str, ...] = ()
    common_words: tuple[str, ...] = ()
    clitics: str = ""
    split_fragments: tuple[str, ...] = ()  # a run-together word is only split when it contains one
    # Text-speak stand-ins accepted wherever a pattern has the word: "to" also matches "2".
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
