from tests.commerce import localstripe, shop, stub_server

__all__ = ["localstripe", "shop", "stub_server"]
