"""The CodeCraft service API contract: paths, limits and every request/response model.

Both the local service stand-in (``backend_stub``) and the client (``desktop.api.client``) import this one
package (``from desktop.api import contract as c``), so a change here changes both sides at once. Models are
pydantic v2; no Qt, no HTTP. Each area has a module of its own; this module re-exports them all.

Errors: every non-2xx reply carries an ``ErrorBody``. ``error`` is a stable machine code, ``message`` is
written for a person. A 429 also carries a ``Retry-After`` header (seconds).
"""

from __future__ import annotations

from desktop.api.contract.accounts import *  # noqa: F403
from desktop.api.contract.base import *  # noqa: F403
from desktop.api.contract.commerce import *  # noqa: F403
from desktop.api.contract.privacy import *  # noqa: F403
from desktop.api.contract.reviews import *  # noqa: F403
from desktop.api.contract.sync import *  # noqa: F403
from desktop.api.contract.testing import *  # noqa: F403
