"""Privacy center endpoints (issue 6). "§" numbers refer to the CodeCraft privacy policy.

Roles: every endpoint needs a signed-in account. Consents, settings, Do Not Track, email preferences,
processing flags, analytics, policy, notices, processors and contacts serve clients and experts alike (each
sees only their own account); rights requests, their archives and the retention schedule are for clients.

Analytics (§7.3, §2.2): ``POST /v1/analytics/events`` always answers 202 with an ``AnalyticsAck``. When the
request carries ``DNT: 1`` or ``Sec-GPC: 1``, the account has Do Not Track on, its analytics consent is off, or
its processing is restricted or objected to, nothing is stored and ``accepted`` is 0. A 202 (rather than an
error) keeps clients from retrying or reporting a failure for what is the expected outcome.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Response
from fastapi.responses import JSONResponse

from backend_stub import analytics, privacy_policy, privacy_rights, privacy_store, privacy_testing, retention
from backend_stub.auth import Auth, ClientAuth, Ctx
from desktop.api import contract as c

router = APIRouter(tags=["privacy"], lifespan=retention.lifespan)
router.include_router(privacy_testing.router)


# ----- consents (§4.2, §12, §13.1) -----


@router.get(c.PRIVACY_CONSENTS)
def list_consents(principal: Auth, ctx: Ctx) -> c.ConsentList:
    with ctx.db.transaction() as conn:
        return c.ConsentList(consents=privacy_store.consent_states(conn, principal.user_id))


@router.put(c.PRIVACY_CONSENTS + "/{kind}")
def set_consent(kind: c.ConsentKind, req: c.ConsentUpdate, principal: Auth, ctx: Ctx) -> c.ConsentState:
    with ctx.db.transaction() as conn:
        privacy_store.set_consent(ctx, conn, principal.user_id, kind, req.granted, req.source)
        states = privacy_store.consent_states(conn, principal.user_id)
    return next(state for state in states if state.kind == kind)


# ----- the settings document, Do Not Track (§7.3), email preferences (§7.2) -----


@router.get(c.PRIVACY_SETTINGS)
def get_settings(principal: Auth, ctx: Ctx) -> c.PrivacySettings:
    with ctx.db.transaction() as conn:
        return privacy_store.settings(conn, principal.user_id)


@router.put(c.PRIVACY_SETTINGS, response_model=c.PrivacySettings)
def put_settings(req: c.PrivacySettingsUpdate, principal: Auth, ctx: Ctx) -> c.PrivacySettings | JSONResponse:
    with ctx.db.transaction() as conn:
        try:
            return privacy_store.put_settings(ctx, conn, principal.user_id, req)
        except privacy_store.StaleRevision as stale:
            current = stale.current
    body = c.SettingsConflict(
        error=c.ERR_STALE_REVISION,
        message="Your privacy settings were changed elsewhere since this copy was made.",
        current=current,
    )
    return JSONResponse(body.model_dump(mode="json"), status_code=409)


@router.put(c.PRIVACY_DNT)
def set_do_not_track(req: c.DoNotTrackUpdate, principal: Auth, ctx: Ctx) -> c.PrivacySettings:
    with ctx.db.transaction() as conn:
        privacy_store.set_do_not_track(ctx, conn, principal.user_id, req.enabled)
        return privacy_store.settings(conn, principal.user_id)


@router.get(c.PRIVACY_COMMUNICATIONS)
def get_communications(principal: Auth, ctx: Ctx) -> c.CommunicationPreferences:
    with ctx.db.transaction() as conn:
        return privacy_store.communications(conn, principal.user_id)


@router.put(c.PRIVACY_COMMUNICATIONS)
def put_communications(req: c.CommunicationPreferences, principal: Auth, ctx: Ctx) -> c.CommunicationPreferences:
    with ctx.db.transaction() as conn:
        return privacy_store.set_communications(ctx, conn, principal.user_id, req)


@router.post(c.PRIVACY_UNSUBSCRIBE_ALL)
def unsubscribe_all(principal: Auth, ctx: Ctx) -> c.CommunicationPreferences:
    with ctx.db.transaction() as conn:
        return privacy_store.unsubscribe_all(ctx, conn, principal.user_id)


@router.get(c.PRIVACY_PROCESSING)
def processing_flags(principal: Auth, ctx: Ctx) -> c.ProcessingFlags:
    with ctx.db.transaction() as conn:
        return privacy_store.flags(conn, principal.user_id)


@router.post(c.ANALYTICS_EVENTS, status_code=202)
def analytics_events(
    batch: c.AnalyticsBatch,
    principal: Auth,
    ctx: Ctx,
    dnt: Annotated[str | None, Header(alias=c.DNT_HEADER)] = None,
    gpc: Annotated[str | None, Header(alias=c.GPC_HEADER)] = None,
) -> c.AnalyticsAck:
    with ctx.db.transaction() as conn:
        return analytics.ingest(ctx, conn, principal.user_id, batch, (dnt, gpc))


# ----- rights requests (§7.1, §11, §12) -----


@router.get(c.PRIVACY_REQUESTS)
def list_requests(principal: ClientAuth, ctx: Ctx) -> c.RightsRequestList:
    with ctx.db.transaction() as conn:
        return c.RightsRequestList(requests=privacy_rights.list_for(conn, principal.user_id))


@router.post(c.PRIVACY_REQUESTS, status_code=201)
def file_request(req: c.RightsRequestCreate, principal: ClientAuth, ctx: Ctx) -> c.RightsRequest:
    with ctx.db.transaction() as conn:
        return privacy_rights.create(ctx, conn, principal.user_id, req)


@router.get(c.PRIVACY_REQUESTS + "/{request_id}")
def get_request(request_id: int, principal: ClientAuth, ctx: Ctx) -> c.RightsRequest:
    with ctx.db.transaction() as conn:
        return privacy_rights.get(conn, principal.user_id, request_id)


@router.get(c.PRIVACY_REQUESTS + "/{request_id}/archive", response_class=Response)
def download_archive(request_id: int, principal: ClientAuth, ctx: Ctx) -> Response:
    with ctx.db.transaction() as conn:
        content = privacy_rights.archive(conn, principal.user_id, request_id)
    disposition = f'attachment; filename="codecraft-data-{request_id}.zip"'
    return Response(content, media_type="application/zip", headers={"Content-Disposition": disposition})


# ----- retention (§9), processors (§5.1), contacts (§15) -----


@router.get(c.PRIVACY_RETENTION)
def retention_report(principal: ClientAuth, ctx: Ctx) -> c.RetentionReport:
    return retention.report(ctx, principal.user_id)


@router.get(c.PRIVACY_PROCESSORS)
def processors(principal: Auth) -> c.ProcessorList:
    return privacy_policy.PROCESSORS


@router.get(c.PRIVACY_CONTACT)
def contact(principal: Auth) -> c.PrivacyContact:
    return privacy_policy.CONTACT


# ----- policy versions (§14) and security notices (§6.2) -----


@router.get(c.PRIVACY_POLICY)
def policy_status(principal: Auth, ctx: Ctx) -> c.PolicyStatus:
    with ctx.db.transaction() as conn:
        return privacy_policy.status(ctx, conn, principal.user_id)


@router.post(c.PRIVACY_POLICY_ACCEPT)
def accept_policy(req: c.PolicyAccept, principal: Auth, ctx: Ctx) -> c.PolicyStatus:
    with ctx.db.transaction() as conn:
        return privacy_policy.accept(ctx, conn, principal.user_id, req.version)


@router.get(c.PRIVACY_NOTICES)
def security_notices(principal: Auth, ctx: Ctx) -> c.SecurityNoticeList:
    with ctx.db.transaction() as conn:
        return privacy_policy.open_notices(conn, principal.user_id)


@router.post(c.PRIVACY_NOTICES + "/{notice_id}/ack", status_code=204)
def acknowledge_notice(notice_id: int, principal: Auth, ctx: Ctx) -> Response:
    with ctx.db.transaction() as conn:
        privacy_policy.acknowledge(ctx, conn, principal.user_id, notice_id)
    return Response(status_code=204)
