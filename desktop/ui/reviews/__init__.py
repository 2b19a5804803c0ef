"""The Reviews section (issue 5): expert engagements and the reviews of a client's deliveries."""

from desktop.ui.reviews.page import ReviewsPage

__all__ = ["ReviewsPage"]
