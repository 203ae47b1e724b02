from __future__ import annotations

import pytest

from wink_desktop.core.errors import KeyringUnavailableError, WinkError
from wink_desktop.core.models import ConnectionState, Role


@pytest.mark.parametrize(
    ("role", "allowed"),
    [(Role.SUPER_ADMIN, True), (Role.ADMIN, True), (Role.COLLABORATOR, False)],
)
def test_only_administrators_may_connect(role: Role, allowed: bool) -> None:
    assert role.may_connect_mailbox is allowed


def test_every_state_has_a_distinct_label() -> None:
    labels = {state.label() for state in ConnectionState}
    assert len(labels) == len(ConnectionState)


def test_labels_go_through_the_translator() -> None:
    seen: list[tuple[str, str]] = []

    def fake(context: str, text: str) -> str:
        seen.append((context, text))
        return text.upper()

    assert ConnectionState.CONNECTED.label(fake) == "CONNECTED"
    assert seen == [("ConnectionState", "Connected")]


def test_only_reconnection_needs_the_user() -> None:
    needing = [s for s in ConnectionState if s.needs_user_action]
    assert needing == [ConnectionState.NEEDS_RECONNECTION, ConnectionState.KEYRING_UNAVAILABLE]


def test_errors_carry_a_code_a_message_and_a_next_step() -> None:
    for error in (WinkError(), KeyringUnavailableError()):
        assert error.code
        assert error.user_message().endswith(".")
        assert error.user_hint()
    assert KeyringUnavailableError.code == "keyring_unavailable"
