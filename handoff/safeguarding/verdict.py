"""From rule matches to the verdict: flagged or not, how urgent, which harms, which spans."""

from __future__ import annotations

from .engine import Hit
from .result import SEVERITY_RANK, Match, ScreenResult, most_severe, not_flagged

# Weak signs of this many different kinds, all pointing at the same harm, flag together; from the
# second number on, they rank high.
SIGNAL_GROUPS_TO_FLAG = 2
SIGNAL_GROUPS_FOR_HIGH = 3


def combine(hits: list[Hit]) -> ScreenResult:
    """The verdict for the matches of one message or of a whole conversation."""
    if not hits:  # most messages
        return not_flagged()
    disclosures = [hit for hit in hits if hit.rule.kind == "disclosure"]
    signs = [hit for hit in hits if hit.rule.kind == "signal"]
    signals, signal_categories, signal_severity = _corroborated(signs)
    if not disclosures and not signals:
        return not_flagged()
    categories = {category for hit in disclosures for category in hit.rule.categories}
    categories |= signal_categories
    escalators = [
        hit
        for hit in hits
        if hit.rule.kind == "escalator" and categories.intersection(hit.rule.escalates)
    ]
    for hit in hits:
        if hit.rule.kind == "tag" and categories.intersection(hit.rule.escalates):
            categories.update(hit.rule.categories)
    if escalators:
        severity = "immediate"
        categories.add("immediate_danger")
    else:
        severity = most_severe([hit.rule.severity for hit in disclosures] + signal_severity)
    spans = _spans(disclosures + escalators, signals, signal_categories)
    return ScreenResult(flagged=True, severity=severity, categories=sorted(categories), spans=spans)


def _corroborated(signals: list[Hit]) -> tuple[list[Hit], set[str], list[str]]:
    """The weak signs backed by a sign of another kind, the harms they show, and their severity.

    Two independent signs of the same harm flag ("he says it's our secret" + "he buys me stuff");
    two weak signs of unrelated harms ("I can't cope" + "the bridge is closed") do not.
    """
    if not signals:
        return [], set(), []
    kinds: dict[str, set[str]] = {}
    taken: dict[str, list[Hit]] = {}
    # Ordered by place, then by rule, so that the verdict never depends on the order the rules
    # are listed in (where two readings of the same words compete, the same one always wins).
    for hit in sorted(signals, key=_reading_order):
        for category in hit.rule.categories:
            # Two readings of the same words ("can't leave" as confinement and as being trapped)
            # are one sign, not two.
            counted = taken.setdefault(category, [])
            seen = kinds.get(category, set())
            if hit.rule.group in seen or any(_same_words(hit, other) for other in counted):
                continue
            counted.append(hit)
            kinds.setdefault(category, set()).add(hit.rule.group)
    backed = {
        category for category, groups in kinds.items() if len(groups) >= SIGNAL_GROUPS_TO_FLAG
    }
    if not backed:
        return [], set(), []
    most_kinds = max(len(kinds[category]) for category in backed)
    severity = "high" if most_kinds >= SIGNAL_GROUPS_FOR_HIGH else "medium"
    return [hit for hit in signals if backed.intersection(hit.rule.categories)], backed, [severity]


def _reading_order(hit: Hit) -> tuple[int, int, int, str, str]:
    return (hit.message_index or 0, hit.start, hit.end, hit.rule.group, hit.rule.pattern)


def _same_words(first: Hit, second: Hit) -> bool:
    """Whether two matches are readings of the same phrase: they start or end together."""
    return first.message_index == second.message_index and (
        first.start == second.start or first.end == second.end
    )


def _spans(hits: list[Hit], signals: list[Hit], signal_categories: set[str]) -> list[Match]:
    """One span per stretch of text and category, at the most severe rule that found it."""
    spans: dict[tuple[int, int, int, str], Match] = {}
    labelled = [(hit, hit.rule.categories) for hit in hits]
    labelled += [
        (hit, tuple(signal_categories.intersection(hit.rule.categories))) for hit in signals
    ]
    for hit, categories in labelled:
        for category in categories:
            key = (hit.message_index or 0, hit.start, hit.end, category)
            known = spans.get(key)
            if known is None or SEVERITY_RANK[hit.rule.severity] > SEVERITY_RANK[known.severity]:
                spans[key] = Match(
                    hit.start, hit.end, hit.text, category, hit.rule.severity, hit.message_index
                )
    return [spans[key] for key in sorted(spans)]
