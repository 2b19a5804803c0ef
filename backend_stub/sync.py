"""Project sync endpoints: push (idempotent batches), pull (paged by cursor), and read-only project views."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query

from backend_stub import sync_store
from backend_stub.auth import ClientAuth, Ctx
from backend_stub.context import ServiceError
from desktop.api import contract as c

router = APIRouter(tags=["sync"])


@router.post(c.SYNC_PUSH)
def push(
    req: c.PushRequest,
    principal: ClientAuth,
    ctx: Ctx,
    idempotency_key: Annotated[str | None, Header(alias=c.IDEMPOTENCY_HEADER, max_length=128)] = None,
) -> c.PushResponse:
    if not idempotency_key:
        raise ServiceError(400, "idempotency_key_missing", f"A push needs an {c.IDEMPOTENCY_HEADER} header.")
    return sync_store.push(ctx, principal.user_id, idempotency_key, req)


@router.get(c.SYNC_PULL)
def pull(
    principal: ClientAuth,
    ctx: Ctx,
    cursor: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=c.MAX_PULL_LIMIT)] = c.DEFAULT_PULL_LIMIT,
) -> c.PullResponse:
    return sync_store.pull(ctx, principal.user_id, cursor, limit)


@router.get(c.PROJECTS)
def list_projects(principal: ClientAuth, ctx: Ctx) -> c.ProjectList:
    details = (
        sync_store.project_detail(ctx, principal.user_id, uid)
        for uid in sync_store.project_uids(ctx, principal.user_id)
    )
    return c.ProjectList(projects=[d for d in details if d is not None])


@router.get(c.PROJECTS + "/{uid}")
def get_project(uid: str, principal: ClientAuth, ctx: Ctx) -> c.ProjectDetail:
    detail = sync_store.project_detail(ctx, principal.user_id, uid)
    if detail is None:
        raise ServiceError(404, "not_found", "That project does not exist or is not yours.")
    return detail
