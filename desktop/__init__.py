"""CodeCraft Desktop: the native client of the CodeCraft service."""

__version__ = "0.1.0"
APP_NAME = "CodeCraft Desktop"
APP_ID = "ai.codecraft.desktop"
