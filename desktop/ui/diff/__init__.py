"""The native diff viewer: ``DiffViewer`` (see ``viewer.py`` for how to embed it)."""
