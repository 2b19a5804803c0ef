"""The privacy center's screens (issue 6)."""

from desktop.ui.privacy.page import PrivacyPage

__all__ = ["PrivacyPage"]
