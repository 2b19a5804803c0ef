"""Project sync endpoints: push (idempotent batches), pull (paged by cursor), and read-only project views."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from backend_stub import sync_store
from backend_stub.auth import ClientAuth, Ctx
from backend_stub.context import ServiceError
from desktop.api import contract as c

router = APIRouter(tags=["sync"])


async def _raw_body(request: Request) -> bytes:
    return await request.body()


_PUSH_BODY = {
    "content": {
        "application/json": {"schema": c.PushRequest.model_json_schema()},
        c.PUSH_PACKED_TYPE: {"schema": {"type": "string", "format": "binary"}},
    },
    "required": True,
}


@router.post(c.SYNC_PUSH, response_model=c.PushResponse, openapi_extra={"requestBody": _PUSH_BODY})
def push(
    body: Annotated[bytes, Depends(_raw_body)],
    principal: ClientAuth,
    ctx: Ctx,
    idempotency_key: Annotated[str | None, Header(alias=c.IDEMPOTENCY_HEADER, max_length=128)] = None,
    content_type: Annotated[str, Header()] = "application/json",
) -> Response:
    """A ``PushRequest`` body, or a packed push; validated in one pass over the raw body, answered as stored."""
    packed = content_type.split(";")[0].strip().lower() == c.PUSH_PACKED_TYPE
    try:
        if packed:
            changes, header, contents = c.unpack_push(body)
        else:
            json_req = sync_store.parse_push(body)
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]) from None
    except ValueError as exc:
        raise ServiceError(422, "invalid_packed_push", str(exc)) from None
    if not idempotency_key:
        raise ServiceError(400, "idempotency_key_missing", f"A push needs an {c.IDEMPOTENCY_HEADER} header.")
    if packed:
        answer = sync_store.push_packed(ctx, principal.user_id, idempotency_key, changes, header, contents)
    else:
        answer = sync_store.push_json(ctx, principal.user_id, idempotency_key, json_req)
    return Response(answer, media_type="application/json")


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
