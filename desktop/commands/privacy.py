"""`codecraft privacy show|set|request|requests`: the privacy center from a terminal or a script.

Settings are stored in the vault first and honoured at once; when signed in, they are also sent to the service
(a failure to reach it keeps them pending for the next time). Rights requests need an account.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from desktop.domain.privacy import OPTIONAL_CONSENTS, RightsRequestType

if TYPE_CHECKING:
    from desktop.domain.privacy import PrivacyPreferences
    from desktop.services.privacy import PrivacyService

SETTABLE = [kind.value for kind in OPTIONAL_CONSENTS] + ["dnt"]


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    privacy = subparsers.add_parser("privacy", help="consents, Do Not Track and privacy requests")
    actions = privacy.add_subparsers(dest="privacy_action", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="show the privacy settings kept on this computer")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_command)

    change = actions.add_parser("set", help="give or withdraw a consent, or switch Do Not Track")
    change.add_argument("consent", choices=SETTABLE)
    change.add_argument("state", choices=["on", "off"])
    change.set_defaults(handler=set_command)

    request = actions.add_parser("request", help="file a privacy rights request (needs an account)")
    request.add_argument("type", choices=[kind.value for kind in RightsRequestType])
    request.add_argument("--details", metavar="TEXT", help="anything the privacy team should know")
    request.add_argument(
        "--correct", action="append", metavar="FIELD=VALUE", help="for a correction: name, email or company"
    )
    request.set_defaults(handler=request_command)

    listing = actions.add_parser("requests", help="list your privacy rights requests and their status")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=requests_command)


def _service() -> PrivacyService:
    from desktop.commands.unlock import open_unlocked  # the vault and the network load only when used
    from desktop.services.account import AccountService
    from desktop.services.privacy import PrivacyService

    ctx = open_unlocked()
    return PrivacyService.for_context(ctx, AccountService(ctx).api)


def _as_dict(prefs: PrivacyPreferences) -> dict[str, Any]:
    return {
        "do_not_track": prefs.do_not_track,
        "consents": {"essential": True, **{kind.value: granted for kind, granted in prefs.consents.items()}},
        "emails": {category.value: enabled for category, enabled in prefs.emails.items()},
        "revision": prefs.revision,
        "pending": prefs.pending,
    }


def _try_sync(service: PrivacyService) -> str:
    """Send pending settings if signed in; a line saying what happened."""
    from desktop.api.errors import ApiError

    if not service.is_signed_in():
        return "Kept on this computer (not signed in)."
    try:
        service.sync_settings()
    except ApiError as exc:
        return f"Kept on this computer; not sent yet ({exc.message})."
    return "Saved, and sent to CodeCraft."


def show_command(args: argparse.Namespace) -> int:
    service = _service()
    prefs = service.preferences()
    queued = service.queued_events()
    data = _as_dict(prefs)
    data["analytics_queue"] = {
        "events": len(queued),
        "sendable": sum(e.sendable for e in queued),
        "blocked_because": service.analytics_block_reason(prefs) or None,
    }
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    print(f"Do Not Track: {'on' if prefs.do_not_track else 'off'}")
    print("Consents:")
    print("  essential: on (needed to run your account; cannot be switched off)")
    for kind, granted in prefs.consents.items():
        print(f"  {kind.value}: {'on' if granted else 'off'}")
    print("Email:")
    for category, enabled in prefs.emails.items():
        print(f"  {category.value}: {'on' if enabled else 'off'}")
    if prefs.pending:
        print("Some changes have not reached CodeCraft yet; they are sent at the next sync.")
    reason = data["analytics_queue"]["blocked_because"]
    print(
        f"Analytics queue: {len(queued)} event(s) on this computer" + (f"; none are sent: {reason}." if reason else ".")
    )
    return 0


def set_command(args: argparse.Namespace) -> int:
    from desktop.domain.privacy import ConsentKind

    service = _service()
    on = args.state == "on"
    if args.consent == "dnt":
        service.set_do_not_track(on)
        what = "Do Not Track"
    else:
        service.set_consent(ConsentKind(args.consent), on)
        what = args.consent
    print(f"{what}: {args.state}. {_try_sync(service)}")
    return 0


def request_command(args: argparse.Namespace) -> int:
    from desktop.errors import UserFacingError

    corrections = dict(item.split("=", 1) for item in args.correct or [] if "=" in item)
    if len(corrections) != len(args.correct or []):
        raise UserFacingError("Write each correction as FIELD=VALUE, for example --correct company=Ledger Ltd.")
    kind = RightsRequestType(args.type)
    filed = _service().file_request(kind, details=args.details, corrections=corrections or None)
    print(f"Request {filed.id} ({filed.type}) received; CodeCraft answers by {filed.due_at:%Y-%m-%d}.")
    return 0


def requests_command(args: argparse.Namespace) -> int:
    requests = _service().rights_requests()
    if args.json:
        print(json.dumps([r.model_dump(mode="json") for r in requests], indent=2))
        return 0
    if not requests:
        print("No privacy requests yet.")
    for r in requests:
        archive = " (archive ready)" if r.archive_available else ""
        print(f"{r.id:>4}  {r.type:<28} {r.status:<12} filed {r.created_at:%Y-%m-%d}  due {r.due_at:%Y-%m-%d}{archive}")
    return 0
