"""The closed vocabularies of the case record (CONTRACT §4).

Validators (bot slots, web forms) and database CHECK constraints both read these tuples, so what a
form accepts and what the database stores cannot drift apart.
"""

CHANNELS = ("web_chat", "mobile", "form", "api")
COMPLAINANT_ROLES = ("child", "parent_carer", "advocate", "other_adult", "professional", "unknown")
AGE_BANDS = ("under_12", "12_15", "16_17", "adult", "unknown")
SERVICE_AREAS = (
    "education",
    "social_work",
    "health",
    "housing",
    "transport",
    "leisure",
    "other",
    "unknown",
)
CONTACT_METHODS = ("chat", "email", "phone", "text", "letter", "in_person", "via_trusted_adult")
INVOLVE = ("parent_carer", "trusted_adult", "advocate", "nobody")
SEVERITIES = ("immediate", "high", "medium", "none")
PRIORITIES = ("urgent", "high", "normal", "low")
STAGES = ("stage_1", "stage_2", "spso")
STATUSES = ("draft", "new", "handoff", "in_progress", "awaiting_complainant", "closed", "withdrawn")
OUTCOMES = ("resolved", "upheld", "partially_upheld", "not_upheld", "withdrawn")
CONVERSATION_MODES = ("bot", "human", "closed")
MESSAGE_AUTHORS = ("user", "bot", "staff")
STAFF_ROLES = ("handler", "safeguarding_lead", "admin")
NOTIFICATION_STATUSES = ("pending", "sent", "failed")
NOTIFICATION_CHANNELS = ("email", "sms")
# Decisions a child-friendly case records: whether the child can make the complaint themselves,
# and any decision to go on or stop against the child's or a parent's wish.
CHILD_DECISION_KINDS = ("capacity", "best_interests")
WISH_HOLDERS = ("child", "parent_carer")
# The procedure's stages that have their own clock (the SPSO is outside the body).
CLOCKED_STAGES = ("stage_1", "stage_2")
