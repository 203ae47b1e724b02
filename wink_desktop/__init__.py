"""Wink Desktop: connect a recruiter's mailbox to Wink, from the desktop."""

__version__ = "0.1.0"
APP_ID = "wink-desktop"
APP_NAME = "Wink Desktop"
