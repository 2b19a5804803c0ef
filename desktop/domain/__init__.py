"""Domain types: plain dataclasses, with neither Qt nor SQL in them."""
