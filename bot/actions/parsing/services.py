"""Which service the complaint is about, and another organisation named in it."""

from __future__ import annotations

from bot.actions.parsing.words import first_match, tidy

# ---- service area from the person's own words -----------------------------------------------

_SERVICE_AREAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "social_work",
        (
            "social worker",
            "social work",
            "sw",
            "foster",
            "care home",
            "children's home",
            "childrens home",
            "residential unit",
            "looked after",
            "kinship care",
            "children's panel",
            "childrens panel",
            "hearing",
            "respite",
            "care plan",
            "throughcare",
            "aftercare",
            "key worker",
        ),
    ),
    (
        "health",
        (
            "doctor",
            "gp",
            "nurse",
            "hospital",
            "a&e",
            "camhs",
            "mental health",
            "dentist",
            "health visitor",
            "clinic",
            "nhs",
            "appointment",
            "ward",
            "therapist",
            "counsellor",
            "school nurse",
            "waiting list",
            "prescription",
            "physio",
            "speech therapy",
            "psychologist",
            "ambulance",
        ),
    ),
    (
        "education",
        (
            "school",
            "teacher",
            "teachers",
            "head teacher",
            "headteacher",
            "class",
            "classroom",
            "pupil",
            "exam",
            "exams",
            "homework",
            "nursery",
            "guidance",
            "pt",
            "principal teacher",
            "detention",
            "excluded",
            "exclusion",
            "uniform",
            "school dinner",
            "school dinners",
            "lunch hall",
            "playground",
            "asn",
            "additional support",
            "learning support",
            "primary",
            "academy",
            "high school",
            "secondary",
            "college",
            "coursework",
            "report card",
            "sats",
            "tutor",
            "dep",
            "depute",
            "bullied at school",
        ),
    ),
    (
        "housing",
        (
            "housing",
            "house",
            "flat",
            "repair",
            "repairs",
            "damp",
            "mould",
            "mold",
            "landlord",
            "tenancy",
            "rent",
            "homeless",
            "temporary accommodation",
            "hostel",
            "heating",
            "boiler",
            "leak",
            "council house",
            "estate",
            "neighbour",
            "neighbours",
            "anti-social",
            "antisocial",
            "window",
            "roof",
        ),
    ),
    (
        "transport",
        (
            "bus",
            "buses",
            "school bus",
            "taxi",
            "bus pass",
            "driver",
            "transport",
            "bus stop",
            "road",
            "pavement",
            "crossing",
            "lollipop",
            "cycle path",
            "potholes",
            "pothole",
            "train",
            "ferry",
        ),
    ),
    (
        "leisure",
        (
            "swimming",
            "pool",
            "leisure centre",
            "sports centre",
            "library",
            "park",
            "playpark",
            "play park",
            "gym",
            "football pitch",
            "youth club",
            "community centre",
            "museum",
            "holiday club",
            "summer club",
            "lessons",
            "skate park",
            "astro",
        ),
    ),
)


def parse_service_area(typed: str) -> str | None:
    """The service the complaint is about, inferred from the person's words (None if unsure).

    When words of several areas appear, the one named most often wins; a tie is left unknown
    rather than guessed.
    """
    words = tidy(typed)
    counts = {area: sum(words.count(f" {cue} ") for cue in cues) for area, cues in _SERVICE_AREAS}
    best = max(counts.values())
    if best == 0:
        return None
    leaders = [area for area, count in counts.items() if count == best]
    return leaders[0] if len(leaders) == 1 else None


_AREA_CHOICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("education", ("education", "school", "nursery", "college", "teacher")),
    ("social_work", ("social work", "social worker", "care")),
    ("health", ("health", "doctor", "hospital", "nhs")),
    ("housing", ("housing", "house", "home", "flat")),
    ("transport", ("transport", "bus", "roads", "travel")),
    ("leisure", ("leisure", "sport", "sports", "pool", "library", "park")),
    ("other", ("other", "something else", "none of these", "not sure", "dunno")),
)


def parse_service_area_choice(typed: str) -> str | None:
    """An answer to "Which service is it about?" (buttons or words)."""
    return first_match(typed, _AREA_CHOICES) or parse_service_area(typed)


# ---- another organisation -------------------------------------------------------------------

# Organisations that are not the council, school or health board: the person is told kindly who
# to contact. (name recorded on the case, how to reach them)
OTHER_ORGANISATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Police Scotland", ("police", "polis", "officer", "cop", "cops")),
    ("Scottish Qualifications Authority (SQA)", ("sqa",)),
    ("Scottish Children's Reporter Administration (SCRA)", ("reporter", "scra")),
    ("Care Inspectorate", ("care inspectorate",)),
    ("ScotRail", ("scotrail", "train")),
    ("the bus company", ("first bus", "stagecoach", "mcgill's", "mcgills", "lothian buses")),
    ("Scottish Water", ("scottish water",)),
)


def parse_other_organisation(typed: str) -> str | None:
    return first_match(typed, OTHER_ORGANISATIONS)
