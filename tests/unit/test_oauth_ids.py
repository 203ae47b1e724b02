"""packaging/oauth_ids.py: a build's sign-in ids written into the bundle's oauth.toml."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wink_desktop.infra.oauth.config import load_oauth_config

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging/oauth_ids.py"
SHIPPED = ROOT / "resources/oauth.toml"

GOOGLE_ID = "123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com"
GOOGLE_SECRET = "GOCSPX-pretendSecret_4242"
MICROSOFT_ID = "0a1b2c3d-4e5f-6789-abcd-ef0123456789"


def _run(path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WINK_")}
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--write", str(path)],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )


@pytest.fixture
def bundle_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "oauth.toml"
    copy.write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    return copy


def test_all_three_ids_enable_both_providers_and_keep_the_rest(bundle_copy: Path) -> None:
    before = bundle_copy.read_text(encoding="utf-8").splitlines()
    done = _run(
        bundle_copy,
        WINK_GOOGLE_CLIENT_ID=GOOGLE_ID,
        WINK_GOOGLE_CLIENT_SECRET=GOOGLE_SECRET,
        WINK_MICROSOFT_CLIENT_ID=MICROSOFT_ID.upper(),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Sign-in providers enabled: google, microsoft"
    assert GOOGLE_SECRET not in done.stdout + done.stderr
    after = bundle_copy.read_text(encoding="utf-8").splitlines()
    # Only the three lines changed: comments, endpoints and servers are as shipped.
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [
        ('client_id = ""', f'client_id = "{GOOGLE_ID}"'),
        ('client_secret = ""', f'client_secret = "{GOOGLE_SECRET}"'),
        ('client_id = ""', f'client_id = "{MICROSOFT_ID}"'),
    ]
    # The app reads it as configured.
    config = load_oauth_config(bundle_copy)
    assert config["google"].configured
    assert config["google"].client_secret == GOOGLE_SECRET
    assert config["microsoft"].client_id == MICROSOFT_ID


def test_without_variables_nothing_changes_and_none_is_enabled(bundle_copy: Path) -> None:
    before = bundle_copy.read_bytes()
    done = _run(bundle_copy)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Sign-in providers enabled: none"
    assert bundle_copy.read_bytes() == before


def test_microsoft_alone(bundle_copy: Path) -> None:
    done = _run(bundle_copy, WINK_MICROSOFT_CLIENT_ID=MICROSOFT_ID)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Sign-in providers enabled: microsoft"
    config = load_oauth_config(bundle_copy)
    assert not config["google"].configured
    assert config["microsoft"].configured


@pytest.mark.parametrize(
    ("env", "named"),
    [
        (
            {"WINK_GOOGLE_CLIENT_ID": "my-client-id", "WINK_GOOGLE_CLIENT_SECRET": GOOGLE_SECRET},
            "WINK_GOOGLE_CLIENT_ID",
        ),
        # Pasted with its quotes: would also break the TOML string.
        (
            {"WINK_GOOGLE_CLIENT_ID": f'"{GOOGLE_ID}"', "WINK_GOOGLE_CLIENT_SECRET": GOOGLE_SECRET},
            "WINK_GOOGLE_CLIENT_ID",
        ),
        ({"WINK_GOOGLE_CLIENT_ID": GOOGLE_ID}, "WINK_GOOGLE_CLIENT_SECRET"),
        ({"WINK_GOOGLE_CLIENT_SECRET": GOOGLE_SECRET}, "WINK_GOOGLE_CLIENT_ID"),
        (
            {"WINK_GOOGLE_CLIENT_ID": GOOGLE_ID, "WINK_GOOGLE_CLIENT_SECRET": 'abc"\ninjected = 1'},
            "WINK_GOOGLE_CLIENT_SECRET",
        ),
        ({"WINK_MICROSOFT_CLIENT_ID": GOOGLE_ID}, "WINK_MICROSOFT_CLIENT_ID"),
        ({"WINK_MICROSOFT_CLIENT_ID": MICROSOFT_ID + "0"}, "WINK_MICROSOFT_CLIENT_ID"),
    ],
)
def test_a_malformed_id_is_refused_and_nothing_is_written(
    bundle_copy: Path, env: dict[str, str], named: str
) -> None:
    before = bundle_copy.read_bytes()
    done = _run(bundle_copy, **env)
    assert done.returncode == 2
    assert named in done.stderr
    assert done.stdout == ""
    assert bundle_copy.read_bytes() == before
    # No value is echoed: a secret pasted into the wrong variable stays unseen too.
    for value in env.values():
        assert value not in done.stderr


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    done = _run(tmp_path / "nowhere.toml", WINK_MICROSOFT_CLIENT_ID=MICROSOFT_ID)
    assert done.returncode == 2
    assert "nowhere.toml" in done.stderr
    assert "Traceback" not in done.stderr
