"""Portability (issue 7): the CodeCraft export archive, written and read back. See docs/export-format.md."""
