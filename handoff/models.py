"""Database tables. The CHECK constraints mirror handoff.vocabulary, which validators also use."""

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
)
from sqlalchemy.orm import declarative_base, relationship
from sqlalchemy.sql.schema import Column

from handoff import vocabulary

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
    is_active = Column(Boolean, nullable=False, default=True)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)


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
    complainant_name = Column(String(120), nullable=True)
    child_friendly = Column(Boolean, nullable=False, default=False)

    service_area = Column(String(16), nullable=False, default="unknown")
    organisation = Column(String(200), nullable=True)
    summary = Column(Text, nullable=True)
    when_where = Column(Text, nullable=True)
    # What is coming up that makes it time-sensitive (an exam, a move, a court date).
    urgency = Column(Text, nullable=True)
    heads_of_complaint = Column(JSON, nullable=False, default=list)
    outcomes_sought = Column(JSON, nullable=False, default=list)

    contact_method = Column(String(24), nullable=True)
    contact_detail = Column(String(254), nullable=True)
    best_time = Column(String(200), nullable=True)
    adjustments = Column(JSON, nullable=False, default=list)
    involve = Column(JSON, nullable=False, default=list)
    preferred_staff = Column(String(120), nullable=True)

    consent_to_proceed = Column(Boolean, nullable=True)
    consent_tell_parent_carer = Column(Boolean, nullable=True)
    # For an adult complaining for a child: does the child know, and do they want it made?
    child_knows = Column(Boolean, nullable=True)
    child_wants_complaint = Column(Boolean, nullable=True)
    wants_advocate = Column(Boolean, nullable=True)

    # A paused conversation's answers, so it can be resumed with the reference and code.
    draft_answers = Column(JSON, nullable=True)
    draft_expires_on = Column(Date, nullable=True)

    safeguarding_flagged = Column(Boolean, nullable=False, default=False)
    safeguarding_severity = Column(String(16), nullable=False, default="none")
    safeguarding_categories = Column(JSON, nullable=False, default=list)
    first_flagged_at = Column(UTCDateTime, nullable=True)

    priority = Column(String(16), nullable=False, default="normal")
    stage = Column(String(16), nullable=False, default="stage_1")
    status = Column(String(24), nullable=False, default="draft")
    outcome = Column(String(24), nullable=True)
    received_on = Column(Date, nullable=True)
    due_on = Column(Date, nullable=True)
    escalated_on = Column(Date, nullable=True)
    closed_on = Column(Date, nullable=True)
    assigned_to_id = Column(ForeignKey("staff_members.id"), nullable=True)

    assigned_to = relationship(StaffMember)
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
    text = Column(Text, nullable=False)
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
    __table_args__ = (_one_of("status", vocabulary.NOTIFICATION_STATUSES),)

    id = Column(Integer, primary_key=True)
    case_id = Column(ForeignKey("cases.id"), nullable=True, index=True)
    recipient = Column(String(254), nullable=False)
    subject = Column(String(200), nullable=False)
    body = Column(Text, nullable=False)
    status = Column(String(8), nullable=False, default="pending", index=True)
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(UTCDateTime, nullable=False, default=utcnow)
    last_error = Column(Text, nullable=True)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    sent_at = Column(UTCDateTime, nullable=True)

    case = relationship(Case)
