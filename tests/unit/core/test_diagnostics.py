"""Masking the mailbox's identity and secrets in what support reads."""

from __future__ import annotations

import pytest

from wink_desktop.core.diagnostics import Masker, mask_address


@pytest.mark.parametrize(
    ("email", "masked"),
    [
        ("marie@orange.fr", "m•••e@orange.fr"),
        ("marie.dupont@orange.fr", "m•••t@orange.fr"),
        ("abc@x.fr", "a•••c@x.fr"),
        ("ab@x.fr", "•••@x.fr"),
        ("a@x.fr", "•••@x.fr"),
        ("no-at-sign", "n•••n"),
    ],
)
def test_an_address_keeps_only_the_first_and_last_character(email: str, masked: str) -> None:
    assert mask_address(email) == masked


def test_the_local_part_is_masked_wherever_it_appears_in_any_case() -> None:
    masker = Masker(email="Marie.Dupont@orange.fr")
    text = masker.text("login MARIE.DUPONT@ORANGE.FR failed for user marie.dupont (again)")
    assert "dupont" not in text.lower()
    assert "M•••t@orange.fr" in text


def test_a_short_local_part_is_masked_in_the_address_only() -> None:
    masker = Masker(email="al@orange.fr")
    assert masker.text("al@orange.fr: also alone") == "•••@orange.fr: also alone"


def test_known_secrets_and_redaction_go_first_and_reach_nested_values() -> None:
    def redact(text: str) -> str:
        return text.replace("eyJtoken", "[redacted]")

    masker = Masker(redact, "marie@orange.fr", ["Hunter-2-secret"])
    data = {"a": ["pw Hunter-2-secret", {"t": "Bearer eyJtoken"}], "n": 3, "marie": None}
    assert masker.value(data) == {
        "a": ["pw [redacted]", {"t": "Bearer [redacted]"}],
        "n": 3,
        "m•••e": None,
    }
