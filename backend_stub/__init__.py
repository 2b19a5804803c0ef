"""A local stand-in for the CodeCraft service: accounts and project sync over the shared API contract.

Run it with ``python -m backend_stub``; build it in-process with ``backend_stub.app.create_app``.
"""
