"""Database tables. The CHECK constraints mirror handoff.vocabulary, which validators also use.

Columns that hold personal data (names, contact details, what people wrote) are encrypted at
rest (handoff.encryption); they cannot be searched in SQL, only read back.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import declarative_base, relationship
from sqlalchemy.sql.schema import Column

from handoff import vocabulary
from handoff.encryption import EncryptedJSON, EncryptedText

# Stable constraint names let Alembic migrations refer to them on every database.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)
Base = declarative_base(metadata=metadata)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Stores UTC and always hands back an aware datetime, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware UTC datetime")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def _one_of(column: str, values: tuple[str, ...], *, nullable: bool = False) -> CheckConstraint:
    quoted = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({quoted})"
    if nullable:
        condition = f"{column} IS NULL OR {condition}"
    return CheckConstraint(condition, name=column)


class StaffMember(Base):
    __tablename__ = "staff_members"
    __table_args__ = (_one_of("role", vocabulary.STAFF_ROLES),)

    id = Column(Integer, primary_key=True)
    email = Column(String(254), nullable=False, unique=True)
    display_name = Column(String(120), nullable=True)
    password_hash = Column(String(255), nullable=False)
    role = Column(String(32), nullable=False)
    team = Column(String(120), nullable=True)
    is_active = Column(Boolean, nullable=False, default=True)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    # Lockout: repeated wrong passwords lock the account for a while.
    failed_logins = Column(Integer, nullable=False, default=0)
    locked_until = Column(UTCDateTime, nullable=True)
    last_login_at = Column(UTCDateTime, nullable=True)


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id = Column(Integer, primary_key=True)
    staff_member_id = Column(ForeignKey("staff_members.id", ondelete="CASCADE"), nullable=False)
    # Only a SHA-256 digest is stored: a leaked database does not leak usable tokens.
    token_digest = Column(String(64), nullable=False, unique=True)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    last_used_at = Column(UTCDateTime, nullable=True)

    staff_member = relationship(StaffMember)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        _one_of("channel", vocabulary.CHANNELS),
        _one_of("complainant_role", vocabulary.COMPLAINANT_ROLES),
        _one_of("age_band", vocabulary.AGE_BANDS),
        _one_of("service_area", vocabulary.SERVICE_AREAS),
        _one_of("contact_method", vocabulary.CONTACT_METHODS, nullable=True),
        _one_of("safeguarding_severity", vocabulary.SEVERITIES),
        _one_of("priority", vocabulary.PRIORITIES),
        _one_of("stage", vocabulary.STAGES),
        _one_of("status", vocabulary.STATUSES),
        _one_of("outcome", vocabulary.OUTCOMES, nullable=True),
        # A submitted case always has its clock: the procedure's deadlines run from receipt.
        # (A draft withdrawn before it was sent was never received.)
        CheckConstraint(
            "status IN ('draft', 'withdrawn') OR (received_on IS NOT NULL AND due_on IS NOT NULL)",
            name="submitted_has_dates",
        ),
    )

    id = Column(Integer, primary_key=True)
    reference = Column(String(20), nullable=False, unique=True)
    status_code_hash = Column(String(255), nullable=True)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    updated_at = Column(UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow)
    channel = Column(String(16), nullable=False, default="web_chat")
    language = Column(String(8), nullable=False, default="en")

    complainant_role = Column(String(16), nullable=False, default="unknown")
    age_band = Column(String(16), nullable=False, default="unknown")
    complainant_name = Column(EncryptedText, nullable=True)
    child_friendly = Column(Boolean, nullable=False, default=False)

    service_area = Column(String(16), nullable=False, default="unknown")
    organisation = Column(String(200), nullable=True)
    summary = Column(EncryptedText, nullable=True)
    when_where = Column(EncryptedText, nullable=True)
    # What is coming up that makes it time-sensitive (an exam, a move, a court date).
    urgency = Column(EncryptedText, nullable=True)
    heads_of_complaint = Column(EncryptedJSON, nullable=False, default=list)
    outcomes_sought = Column(EncryptedJSON, nullable=False, default=list)
    # Several services or organisations: who leads, so one response covers all.
    involved_services = Column(JSON, nullable=False, default=list)
    lead_organisation = Column(String(200), nullable=True)

    contact_method = Column(String(24), nullable=True)
    contact_detail = Column(EncryptedText, nullable=True)
    best_time = Column(EncryptedText, nullable=True)
    adjustments = Column(EncryptedJSON, nullable=False, default=list)
    involve = Column(JSON, nullable=False, default=list)
    preferred_staff = Column(EncryptedText, nullable=True)

    consent_to_proceed = Column(Boolean, nullable=True)
    consent_tell_parent_carer = Column(Boolean, nullable=True)
    # For an adult complaining for a child: does the child know, and do they want it made?
    child_knows = Column(Boolean, nullable=True)
    child_wants_complaint = Column(Boolean, nullable=True)
    wants_advocate = Column(Boolean, nullable=True)

    # A paused conversation's answers, so it can be resumed with the reference and code.
    draft_answers = Column(EncryptedJSON, nullable=True)
    draft_expires_on = Column(Date, nullable=True)

    safeguarding_flagged = Column(Boolean, nullable=False, default=False)
    safeguarding_severity = Column(String(16), nullable=False, default="none")
    safeguarding_categories = Column(JSON, nullable=False, default=list)
    first_flagged_at = Column(UTCDateTime, nullable=True)

    priority = Column(String(16), nullable=False, default="normal")
    priority_reason = Column(Text, nullable=True)
    stage = Column(String(16), nullable=False, default="stage_1")
    status = Column(String(24), nullable=False, default="draft")
    outcome = Column(String(24), nullable=True)
    received_on = Column(Date, nullable=True)
    due_on = Column(Date, nullable=True)
    escalated_on = Column(Date, nullable=True)
    closed_on = Column(Date, nullable=True)
    assigned_to_id = Column(ForeignKey("staff_members.id"), nullable=True)
    # Set by `tellus purge` when the retention period ended: the case keeps only what the
    # anonymised statistics need.
    personal_data_removed_on = Column(Date, nullable=True)
    # Learning from the complaint, recorded when it is closed.
    root_cause = Column(Text, nullable=True)
    learning_points = Column(Text, nullable=True)

    assigned_to = relationship(StaffMember)
    stages = relationship("CaseStage", back_populates="case", order_by="CaseStage.id")
    # Usually one; a draft resumed in a new chat (with its reference and code) gains another.
    conversations = relationship(
        "Conversation", back_populates="case", order_by="Conversation.id", lazy="selectin"
    )

    @property
    def live_conversation(self) -> Conversation | None:
        """The chat staff reply into: the most recent one."""
        return self.conversations[-1] if self.conversations else None


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (_one_of("mode", vocabulary.CONVERSATION_MODES),)

    id = Column(Integer, primary_key=True)
    sender_id = Column(String(128), nullable=False, unique=True)
    case_id = Column(ForeignKey("cases.id"), nullable=False, index=True)
    mode = Column(String(8), nullable=False, default="bot")
    language = Column(String(8), nullable=False, default="en")
    # The button payloads the bot offered last: the gateway accepts a "/..." message only if it
    # is one of these, so a typed "/restart" cannot drive the bot.
    offered_payloads = Column(JSON, nullable=False, default=list)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    updated_at = Column(UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow)

    case = relationship(Case, back_populates="conversations")
    # Loaded only when asked for (the staff case page): the chat path reads what it needs.
    messages = relationship("Message", back_populates="conversation", order_by="Message.id")


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (_one_of("author", vocabulary.MESSAGE_AUTHORS),)

    id = Column(Integer, primary_key=True)
    conversation_id = Column(
        ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at = Column(UTCDateTime, nullable=False, default=utcnow)
    author = Column(String(8), nullable=False)
    text = Column(EncryptedText, nullable=False)
    buttons = Column(JSON, nullable=False, default=list)
    flagged = Column(Boolean, nullable=False, default=False)
    # Character spans of the text that the safeguarding screen matched, for the staff screen.
    flagged_spans = Column(JSON, nullable=False, default=list)
    staff_member_id = Column(ForeignKey("staff_members.id"), nullable=True)

    conversation = relationship(Conversation, back_populates="messages")


class Notification(Base):
    """The outbox: written in the same transaction as what it reports, sent after commit.

    A notification is never lost to a mail server that is down: the notifier retries it, and one
    that keeps failing stays on the staff screen as failed.
    """

    __tablename__ = "notifications"
    __table_args__ = (
        _one_of("status", vocabulary.NOTIFICATION_STATUSES),
        _one_of("channel", vocabulary.NOTIFICATION_CHANNELS),
    )

    id = Column(Integer, primary_key=True)
    case_id = Column(ForeignKey("cases.id"), nullable=True, index=True)
    recipient = Column(EncryptedText, nullable=False)
    subject = Column(String(200), nullable=False)
    body = Column(EncryptedText, nullable=False)
    channel = Column(String(8), nullable=False, default="email")
    status = Column(String(8), nullable=False, default="pending", index=True)
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(UTCDateTime, nullable=False, default=utcnow)
    last_error = Column(Text, nullable=True)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    sent_at = Column(UTCDateTime, nullable=True)

    case = relationship(Case)


class CaseStage(Base):
    """One stage of the procedure a case went through, with its own clock and outcome.

    The case's own stage, due date and outcome describe where it is now; these rows keep each
    stage's history, which the SPSO indicators count (a case closed at Stage 1 and then escalated
    is counted at both stages).
    """

    __tablename__ = "case_stages"
    __table_args__ = (
        _one_of("stage", vocabulary.CLOCKED_STAGES),
        _one_of("outcome", vocabulary.OUTCOMES, nullable=True),
        UniqueConstraint("case_id", "stage", name="one_row_per_stage"),
    )

    id = Column(Integer, primary_key=True)
    case_id = Column(ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True)
    stage = Column(String(16), nullable=False)
    started_on = Column(Date, nullable=False)
    # The procedure's own timescale, kept when an extension moves due_on.
    standard_due_on = Column(Date, nullable=False)
    due_on = Column(Date, nullable=False)
    acknowledged_on = Column(Date, nullable=True)
    closed_on = Column(Date, nullable=True)
    outcome = Column(String(24), nullable=True)
    response = Column(EncryptedText, nullable=True)
    closed_by_id = Column(ForeignKey("staff_members.id"), nullable=True)

    case = relationship(Case, back_populates="stages")
    closed_by = relationship(StaffMember)


class Extension(Base):
    __tablename__ = "extensions"
    __table_args__ = (_one_of("stage", vocabulary.CLOCKED_STAGES),)

    id = Column(Integer, primary_key=True)
    case_id = Column(ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True)
    stage = Column(String(16), nullable=False)
    previous_due_on = Column(Date, nullable=False)
    new_due_on = Column(Date, nullable=False)
    reason = Column(EncryptedText, nullable=False)
    note_to_complainant = Column(EncryptedText, nullable=False)
    staff_member_id = Column(ForeignKey("staff_members.id"), nullable=False)
    at = Column(UTCDateTime, nullable=False, default=utcnow)

    staff_member = relationship(StaffMember)


class LearningAction(Base):
    """A SMART action from a complaint, with an owner and a date, tracked to done."""

    __tablename__ = "learning_actions"

    id = Column(Integer, primary_key=True)
    case_id = Column(ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True)
    description = Column(Text, nullable=False)
    owner = Column(String(120), nullable=False)
    due_on = Column(Date, nullable=False)
    done_on = Column(Date, nullable=True)
    created_by_id = Column(ForeignKey("staff_members.id"), nullable=False)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)


class ChildDecision(Base):
    """A capacity or best-interests decision on a child-friendly case, with the reasons."""

    __tablename__ = "child_decisions"
    __table_args__ = (
        _one_of("kind", vocabulary.CHILD_DECISION_KINDS),
        _one_of("against_wish_of", vocabulary.WISH_HOLDERS, nullable=True),
    )

    id = Column(Integer, primary_key=True)
    case_id = Column(ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True)
    kind = Column(String(16), nullable=False)
    decision = Column(String(200), nullable=False)
    against_wish_of = Column(String(16), nullable=True)
    reasons = Column(EncryptedText, nullable=False)
    staff_member_id = Column(ForeignKey("staff_members.id"), nullable=False)
    at = Column(UTCDateTime, nullable=False, default=utcnow)

    staff_member = relationship(StaffMember)


class SafeguardingReferral(Base):
    """A referral to child protection. Kept apart from the complaint: it is not part of the
    case record, and only the safeguarding lead and admins see it."""

    __tablename__ = "safeguarding_referrals"

    id = Column(Integer, primary_key=True)
    case_id = Column(ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True)
    referred_to = Column(String(200), nullable=False)
    referred_at = Column(UTCDateTime, nullable=False)
    referred_by_id = Column(ForeignKey("staff_members.id"), nullable=False)
    notes = Column(EncryptedText, nullable=True)
    recorded_at = Column(UTCDateTime, nullable=False, default=utcnow)

    referred_by = relationship(StaffMember)


class Improvement(Base):
    """A "you said, we did" entry: written by staff in anonymised words, public once published."""

    __tablename__ = "improvements"
    __table_args__ = (_one_of("service_area", vocabulary.SERVICE_AREAS),)

    id = Column(Integer, primary_key=True)
    case_id = Column(ForeignKey("cases.id", ondelete="SET NULL"), nullable=True, index=True)
    service_area = Column(String(16), nullable=False)
    you_said = Column(Text, nullable=False)
    we_did = Column(Text, nullable=False)
    published_on = Column(Date, nullable=True)
    created_by_id = Column(ForeignKey("staff_members.id"), nullable=False)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)


class ClosureDay(Base):
    """A day the body is closed, beyond weekends and Scottish public holidays."""

    __tablename__ = "closure_days"

    day = Column(Date, primary_key=True)
    reason = Column(String(200), nullable=False)


class AuditEntry(Base):
    """Who viewed or changed what, and when. Written in the same transaction as the change."""

    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True)
    at = Column(UTCDateTime, nullable=False, default=utcnow, index=True)
    staff_member_id = Column(ForeignKey("staff_members.id"), nullable=True, index=True)
    action = Column(String(48), nullable=False)
    case_id = Column(ForeignKey("cases.id", ondelete="SET NULL"), nullable=True, index=True)
    detail = Column(JSON, nullable=False, default=dict)
    ip_address = Column(String(45), nullable=True)

    staff_member = relationship(StaffMember)
