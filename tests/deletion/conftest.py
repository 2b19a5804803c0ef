from tests.sync.conftest import PASSWORD, Device, alice, make_device, stub_server

__all__ = ["PASSWORD", "Device", "alice", "make_device", "stub_server"]
