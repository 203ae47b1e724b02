"""What several pages share: the flow's step ids, a provider's hint, the page base class."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWizardPage

from wink_desktop.core.providers import Provider
from wink_desktop.services.connect_flow import Step
from wink_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from wink_desktop.ui.wizard.shell import ConnectWizard

# The pages' ids are the flow's steps.
PageId = Step


def hint_text(provider: Provider) -> str:
    """The provider's note shown before sign-in, translated, with its page."""
    text = translate("Provider", provider.hint or "")
    return f"{text} {provider.hint_url}" if provider.hint_url else text


class FlowPage(QWizardPage):
    """A page of the wizard: renders the flow's state, asks it where to go next."""

    step: Step

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.flow = wizard.flow

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        """Whatever the flow says follows this step (-1: the last one)."""
        following = self.flow.next_step(self.step)
        return -1 if following is None else int(following)
