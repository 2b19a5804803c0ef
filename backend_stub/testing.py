"""Test-only endpoints under ``/_test``: fault rules, the request recorder, and the service clock."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from backend_stub.context import get_ctx
from backend_stub.faults import FaultBook, Recorder
from desktop.api import contract as c

router = APIRouter(tags=["test-only"], include_in_schema=False)


def _book(request: Request) -> FaultBook:
    book: FaultBook = request.app.state.faults
    return book


def _recorder(request: Request) -> Recorder:
    recorder: Recorder = request.app.state.recorder
    return recorder


@router.post(c.TEST_FAULTS, status_code=204)
def add_fault(rule: c.FaultRule, request: Request) -> Response:
    _book(request).add(rule)
    return Response(status_code=204)


@router.get(c.TEST_FAULTS)
def list_faults(request: Request) -> list[c.FaultRule]:
    return _book(request).rules()


@router.delete(c.TEST_FAULTS, status_code=204)
def clear_faults(request: Request) -> Response:
    _book(request).clear()
    return Response(status_code=204)


@router.get(c.TEST_REQUESTS)
def recorded(request: Request) -> c.RecordedRequests:
    return c.RecordedRequests(requests=_recorder(request).items())


@router.delete(c.TEST_REQUESTS, status_code=204)
def clear_recorded(request: Request) -> Response:
    _recorder(request).clear()
    return Response(status_code=204)


@router.get(c.TEST_CLOCK)
def clock(request: Request) -> c.ClockState:
    ctx = get_ctx(request)
    return c.ClockState(now=ctx.clock.now_dt(), offset_seconds=ctx.clock.offset)


@router.post(c.TEST_CLOCK)
def move_clock(adjust: c.ClockAdjust, request: Request) -> c.ClockState:
    ctx = get_ctx(request)
    ctx.clock.advance(adjust.advance_seconds)
    return c.ClockState(now=ctx.clock.now_dt(), offset_seconds=ctx.clock.offset)
