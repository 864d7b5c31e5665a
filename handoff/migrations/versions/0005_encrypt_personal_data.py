"""encrypt personal data at rest

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 05:25:00

Names, contact details and what people wrote become ciphertext (handoff.encryption). Existing
rows are encrypted here with TELLUS_DATA_KEY, which `tellus db upgrade` passes in.
"""

import sqlalchemy as sa
from alembic import op

from handoff.encryption import Keyring

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# table -> {column: (type before, nullable)}
ENCRYPTED = {
    "cases": {
        "complainant_name": (sa.String(length=120), True),
        "summary": (sa.Text(), True),
        "when_where": (sa.Text(), True),
        "urgency": (sa.Text(), True),
        "heads_of_complaint": (sa.JSON(), False),
        "outcomes_sought": (sa.JSON(), False),
        "contact_detail": (sa.String(length=254), True),
        "best_time": (sa.String(length=200), True),
        "adjustments": (sa.JSON(), False),
        "preferred_staff": (sa.String(length=120), True),
        "draft_answers": (sa.JSON(), True),
    },
    "messages": {"text": (sa.Text(), False)},
    "notifications": {"recipient": (sa.String(length=254), False), "body": (sa.Text(), False)},
    "case_stages": {"response": (sa.Text(), True)},
    "extensions": {"reason": (sa.Text(), False), "note_to_complainant": (sa.Text(), False)},
    "child_decisions": {"reasons": (sa.Text(), False)},
    "safeguarding_referrals": {"notes": (sa.Text(), True)},
}


def _keyring() -> Keyring | None:
    data_key = op.get_context().config.attributes.get("data_key")
    return Keyring(data_key) if data_key else None


# The SQL below is built only from the table and column names in ENCRYPTED, never from data.


def _rewrite(transform) -> None:
    """Applies `transform` to every stored value of every encrypted column."""
    connection = op.get_bind()
    for table, columns in ENCRYPTED.items():
        names = list(columns)
        select = f"SELECT id, {', '.join(names)} FROM {table}"  # noqa: S608
        rows = connection.execute(sa.text(select)).all()
        for row in rows:
            values = {name: transform(value) for name, value in zip(names, row[1:], strict=True)}
            assignments = ", ".join(f"{name} = :{name}" for name in names)
            connection.execute(
                sa.text(f"UPDATE {table} SET {assignments} WHERE id = :id"),  # noqa: S608
                {**values, "id": row[0]},
            )


def _needs_key(keyring: Keyring | None) -> Keyring:
    if keyring is None:
        raise RuntimeError(
            "This database has personal data to encrypt: run `tellus db upgrade` with "
            "TELLUS_DATA_KEY set (it is generated into var/ for local use)."
        )
    return keyring


def _has_rows() -> bool:
    connection = op.get_bind()
    return any(
        connection.execute(sa.text(f"SELECT 1 FROM {table} LIMIT 1")).first()  # noqa: S608
        is not None
        for table in ENCRYPTED
    )


def upgrade() -> None:
    # Check for the key before changing anything: a failed upgrade must leave the schema whole.
    keyring = _needs_key(_keyring()) if _has_rows() else None
    for table, columns in ENCRYPTED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, (before, nullable) in columns.items():
                batch_op.alter_column(
                    name,
                    existing_type=before,
                    type_=sa.Text(),
                    existing_nullable=nullable,
                    postgresql_using=f"{name}::text",
                )
    if keyring is not None:
        _rewrite(lambda value: None if value is None else keyring.encrypt(value))


def downgrade() -> None:
    if _has_rows():
        keyring = _needs_key(_keyring())
        _rewrite(lambda value: None if value is None else keyring.decrypt(value))
    for table, columns in ENCRYPTED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, (before, nullable) in columns.items():
                using = f"{name}::json" if isinstance(before, sa.JSON) else None
                batch_op.alter_column(
                    name,
                    existing_type=sa.Text(),
                    type_=before,
                    existing_nullable=nullable,
                    **({"postgresql_using": using} if using else {}),
                )
