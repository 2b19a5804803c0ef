"""The CodeCraft service API, client side: contract models, HTTP transport, token store, typed client.

No Qt here; a Qt layer wraps ``ApiClient`` and runs its calls on the network pool.
"""
