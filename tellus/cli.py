"""The `tellus` command (CONTRACT §1)."""

from __future__ import annotations

import argparse
import sys
import time

from handoff.vocabulary import STAFF_ROLES
from tellus.config import ConfigError, Settings, load_settings

# An alert must reach the safeguarding lead within seconds; polling a small indexed table this
# often costs next to nothing.
NOTIFY_POLL_SECONDS = 0.5
NOTIFY_RETRY_SECONDS = 2


def _session_factory(settings: Settings):
    from tellus.database import connect

    return connect(settings)


def cmd_run(settings: Settings, _args: argparse.Namespace) -> int:
    from tellus.supervisor import ServiceDied, Supervisor, build_services
    from tellus.training import train_if_stale

    model = train_if_stale(settings)
    supervisor = Supervisor(build_services(settings, model))
    started = time.monotonic()
    print("==> Starting the action server, Rasa and the web app (logs in var/log/)")
    try:
        supervisor.start()
    except ServiceDied as died:
        print(f"Tell Us could not start: {died}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        supervisor.stop()
        return 130
    print(f"==> Tell Us is ready after {time.monotonic() - started:.0f} s")
    print(f"    Chat:            http://127.0.0.1:{settings.web_port}/")
    print(f"    Staff workspace: http://127.0.0.1:{settings.web_port}/staff")
    for url in settings.rasa_urls:
        print(f"    Rasa (local):    {url}")
    print(f"    Actions (local): {settings.actions_url}")
    print("    Press Ctrl-C to stop.")
    try:
        supervisor.watch()
    except ServiceDied as died:
        print(f"Tell Us stopped: {died}", file=sys.stderr)
        return 1
    return 0


def cmd_train(settings: Settings, _args: argparse.Namespace) -> int:
    from tellus.training import train_if_stale

    train_if_stale(settings)
    return 0


def cmd_db_upgrade(settings: Settings, _args: argparse.Namespace) -> int:
    from handoff.migrate import upgrade

    settings.var_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.database_url, data_key=settings.data_key)
    print("==> Database is up to date")
    return 0


def cmd_staff_add(settings: Settings, args: argparse.Namespace) -> int:
    from handoff.db import transaction
    from handoff.staff import do_add_staff

    password = sys.stdin.readline().rstrip("\r\n")
    with transaction(_session_factory(settings)) as session:
        member = do_add_staff(
            session,
            email=args.email,
            role=args.role,
            password=password,
            display_name=args.name,
            team=args.team,
        )
        print(f"Staff member {member.email} ({member.role}) saved.")
    return 0


def cmd_staff_list(settings: Settings, _args: argparse.Namespace) -> int:
    from handoff.db import transaction
    from handoff.deadlines import SCOTLAND
    from handoff.staff import all_staff, is_locked

    with transaction(_session_factory(settings)) as session:
        rows = [
            (
                member.email,
                member.display_name or "-",
                member.team or "-",
                member.role,
                "yes" if member.is_active else "no",
                f"until {member.locked_until.astimezone(SCOTLAND):%Y-%m-%d %H:%M}"
                if is_locked(member)
                else "no",
            )
            for member in all_staff(session)
        ]
    header = ("EMAIL", "NAME", "TEAM", "ROLE", "ACTIVE", "LOCKED")
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    return 0


def cmd_staff_token(settings: Settings, args: argparse.Namespace) -> int:
    from handoff.db import transaction
    from handoff.staff import do_issue_token

    with transaction(_session_factory(settings)) as session:
        print(do_issue_token(session, args.email))
    return 0


def cmd_notify(settings: Settings, _args: argparse.Namespace) -> int:
    """Delivers queued notifications (safeguarding alerts first among them) until stopped."""
    from sqlalchemy.exc import SQLAlchemyError

    from handoff.channels import channels_from_settings
    from handoff.notifications import deliver_due

    channels = channels_from_settings(settings)
    session_factory = _session_factory(settings)
    print("==> Notifier delivering queued notifications", flush=True)
    try:
        while True:
            try:
                deliver_due(session_factory, channels)
            except SQLAlchemyError as error:
                # The outbox waits in the database: a database that is briefly away delays
                # alerts, so keep trying rather than stop.
                print(f"notifier: database unavailable, retrying: {error}", flush=True)
                time.sleep(NOTIFY_RETRY_SECONDS)
            time.sleep(NOTIFY_POLL_SECONDS)
    except KeyboardInterrupt:
        return 0


def cmd_report(settings: Settings, args: argparse.Namespace) -> int:
    """Prints a quarter's SPSO indicators. Audited like a staff download (no staff member)."""
    from handoff import audit
    from handoff.db import transaction
    from handoff.deadlines import today_in_scotland
    from handoff.quarters import Quarter, parse_quarter
    from handoff.report_export import report_csv, report_json, report_text
    from handoff.reports import quarter_report

    # Checked before the database is opened, so a typo never creates an empty SQLite file.
    quarter = (
        parse_quarter(args.quarter) if args.quarter else Quarter.containing(today_in_scotland())
    )
    with transaction(_session_factory(settings)) as session:
        report = quarter_report(session, quarter.label)
        audit.record(
            session,
            staff_member_id=None,
            action="report.exported",
            detail={"quarter": quarter.label, "format": args.format, "via": "tellus report"},
        )
    render = {"csv": report_csv, "json": report_json, "text": report_text}[args.format]
    text = render(report)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def cmd_purge(settings: Settings, args: argparse.Namespace) -> int:
    """Removes personal data from cases past the retention period (TELLUS_RETENTION_DAYS)."""
    from handoff.db import transaction
    from handoff.deadlines import today_in_scotland
    from handoff.retention import do_purge, purge_due

    today = today_in_scotland()
    with transaction(_session_factory(settings)) as session:
        if args.dry_run:
            due = purge_due(session, today=today, retention_days=settings.retention_days)
            references = [case.reference for case in due]
            session.rollback()
        else:
            references = do_purge(
                session, today=today, retention_days=settings.retention_days
            ).case_references
    verb = "would remove" if args.dry_run else "removed"
    print(f"==> {verb} personal data from {len(references)} case(s)")
    for reference in references:
        print(f"    {reference}")
    return 0


def cmd_export(settings: Settings, args: argparse.Namespace) -> int:
    """Prints everything held about one person (a subject access request) as JSON."""
    import json

    from handoff.db import transaction
    from handoff.subject_access import export_for

    with transaction(_session_factory(settings)) as session:
        document = export_for(session, reference=args.reference, contact=args.contact)
    print(json.dumps(document, indent=2, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tellus", description="Tell Us complaint intake service")
    verbs = parser.add_subparsers(dest="verb", required=True)
    verbs.add_parser("run", help="start the action server, Rasa and the web app").set_defaults(
        handler=cmd_run
    )
    verbs.add_parser("train", help="train the Rasa model if its inputs changed").set_defaults(
        handler=cmd_train
    )
    verbs.add_parser("notify", help="deliver queued notifications (started by run)").set_defaults(
        handler=cmd_notify
    )
    db = verbs.add_parser("db", help="database maintenance").add_subparsers(
        dest="db", required=True
    )
    db.add_parser("upgrade", help="apply migrations").set_defaults(handler=cmd_db_upgrade)

    report = verbs.add_parser("report", help="print a quarter's complaints indicators (SPSO)")
    report.add_argument("--quarter", help="like 2026Q3 (Q1 is January to March); default: now")
    report.add_argument("--format", choices=("text", "csv", "json"), default="text")
    report.set_defaults(handler=cmd_report)

    purge = verbs.add_parser(
        "purge", help="remove personal data from cases closed longer ago than the retention period"
    )
    purge.add_argument("--dry-run", action="store_true", help="list the cases, change nothing")
    purge.set_defaults(handler=cmd_purge)

    export = verbs.add_parser("export", help="everything held about one person, as JSON")
    who = export.add_mutually_exclusive_group(required=True)
    who.add_argument("--reference", help="a case reference, like TU-AB3C-4DEF")
    who.add_argument("--contact", help="the email address or phone number they gave")
    export.set_defaults(handler=cmd_export)

    staff = verbs.add_parser("staff", help="staff accounts").add_subparsers(
        dest="staff", required=True
    )
    add = staff.add_parser(
        "add", help="add a staff member, or reset one; the password is read from stdin"
    )
    add.add_argument("email")
    add.add_argument("--role", required=True, choices=STAFF_ROLES)
    add.add_argument("--name", help='the name staff pages show ("handled by")')
    add.add_argument("--team", help="the member's team")
    add.set_defaults(handler=cmd_staff_add)
    staff.add_parser("list", help="list staff accounts").set_defaults(handler=cmd_staff_list)
    token = staff.add_parser("token", help="print a new bearer token for the JSON API")
    token.add_argument("email")
    token.set_defaults(handler=cmd_staff_token)
    return parser


def main(argv: list[str] | None = None) -> int:
    from handoff.errors import TellUsError
    from tellus.training import TrainingFailed

    args = build_parser().parse_args(argv)
    try:
        return args.handler(load_settings(), args)
    except (ConfigError, TellUsError, TrainingFailed) as error:
        print(f"tellus: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
