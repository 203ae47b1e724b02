"""The "Connect your mailbox" wizard: one thin page per file over :class:`ConnectFlow`.

The pages, in order, are listed once in :data:`~wink_desktop.ui.wizard.shell.PAGES`. The
flow (``services/connect_flow.py``) decides; a page renders the flow's state and forwards
the user's actions to it.
"""

from wink_desktop.ui.wizard.shell import PAGES, ConnectWizard, PageId

__all__ = ["PAGES", "ConnectWizard", "PageId"]
