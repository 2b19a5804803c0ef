"""Application services: what the UI and the headless commands do, with neither Qt nor SQL in them."""
