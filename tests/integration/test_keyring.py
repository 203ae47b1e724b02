"""Secrets go to a real Secret Service, and nowhere else."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import keyring
import pytest

from wink_desktop.infra.secrets import KeyringSecretStore

pytestmark = pytest.mark.keyring

MARKER = uuid.uuid4().hex


@pytest.mark.usefixtures("keyring_env")
def test_secret_round_trip_through_secret_service() -> None:
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"
    store = KeyringSecretStore(service=f"wink-test-{uuid.uuid4().hex}")
    assert store.get("alice@example.test") is None
    store.put("alice@example.test", "s3cret")
    store.put("alice@example.test", "s3cret-2")
    assert store.get("alice@example.test") == "s3cret-2"
    store.delete("alice@example.test")
    assert store.get("alice@example.test") is None
    store.delete("alice@example.test")  # deleting twice is not an error


def test_no_keyring_means_nothing_is_stored(tmp_path: Path) -> None:
    # A fresh process with no session bus: keyring's own detection finds nothing usable.
    code = (
        "from wink_desktop.core.errors import KeyringUnavailableError\n"
        "from wink_desktop.infra.secrets import KeyringSecretStore\n"
        "try:\n"
        "    KeyringSecretStore('wink-test-none').put('alice@example.test', 'pw-" + MARKER + "')\n"
        "except KeyringUnavailableError as e:\n"
        "    print(e.code)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY"}}
    env |= {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "keyring_unavailable"
    written = [p for p in tmp_path.rglob("*") if p.is_file() and MARKER in p.read_text("latin-1")]
    assert written == []
