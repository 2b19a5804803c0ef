"""A local stand-in for the CodeCraft service: accounts and project sync over the shared API contract.

Run it with ``python -m backend_stub``; build it in-process with ``backend_stub.app.create_app``.
"""

import warnings

from pydantic.warnings import UnsupportedFieldAttributeWarning

# FastAPI gives each body parameter an alias named after it, which pydantic >= 2.12 reports, as the routers are
# declared, as having no effect; the alias works (pydantic/pydantic#12356). Only that report is silenced.
warnings.filterwarnings("ignore", "The 'alias' attribute with value", UnsupportedFieldAttributeWarning)
