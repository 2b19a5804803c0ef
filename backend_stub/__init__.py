"""A local stand-in for the CodeCraft service: accounts and project sync over the shared API contract.

Run it with ``python -m backend_stub``; build it in-process with ``backend_stub.app.create_app``.
"""

import warnings

# FastAPI gives each body parameter an alias named after it, which pydantic >= 2.12 reports, as the routers are
# declared, as having no effect; the alias works (pydantic/pydantic#12356). Only that report is silenced, by its
# words: importing pydantic.warnings here for its class would import pydantic before the app does.
warnings.filterwarnings("ignore", "The 'alias' attribute with value .* has no effect")
