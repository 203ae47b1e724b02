"""``wink-desktop --version`` says which browser sign-ins this build has (issue 14, item 4)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wink_desktop import __version__

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = ROOT / "resources" / "oauth.toml"
GOOGLE_ID = "123456789012-abcdefghijklmnop.apps.googleusercontent.com"
MICROSOFT_ID = "0a1b2c3d-4e5f-6789-abcd-ef0123456789"


def _config(tmp_path: Path, *, google: bool, microsoft: bool) -> Path:
    """The shipped oauth.toml with the ids a build would have written."""
    text = SHIPPED.read_text(encoding="utf-8")
    google_table, _, microsoft_table = text.partition("[microsoft]")
    if google:
        google_table = google_table.replace('client_id = ""', f'client_id = "{GOOGLE_ID}"')
        google_table = google_table.replace('client_secret = ""', 'client_secret = "GOCSPX-x1"')
    if microsoft:
        microsoft_table = microsoft_table.replace('client_id = ""', f'client_id = "{MICROSOFT_ID}"')
    path = tmp_path / "oauth.toml"
    path.write_text(f"{google_table}[microsoft]{microsoft_table}", encoding="utf-8")
    return path


def _version(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WINK_", "LANG", "LC_"))}
    return subprocess.run(
        [sys.executable, "-m", "wink_desktop", "--version", *args],
        env={**env, "WINK_OAUTH_CONFIG": str(config)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("google", "microsoft", "said"),
    [
        (True, True, "sign-in: Google, Microsoft"),
        (False, False, "sign-in with Google and Microsoft not set up in this build"),
        (True, False, "sign-in: Google (Microsoft not set up in this build)"),
        (False, True, "sign-in: Microsoft (Google not set up in this build)"),
    ],
)
def test_version_says_which_sign_ins_the_build_has(
    tmp_path: Path, google: bool, microsoft: bool, said: str
) -> None:
    result = _version(_config(tmp_path, google=google, microsoft=microsoft))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wink Desktop {__version__} — {said}\n"
    assert result.stderr == ""


def test_version_in_french(tmp_path: Path) -> None:
    result = _version(_config(tmp_path, google=False, microsoft=False), "--lang", "fr")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"Wink Desktop {__version__} — connexion avec Google et Microsoft non configurée "
        "dans cette version\n"
    )


def test_a_broken_configuration_still_gives_the_version(tmp_path: Path) -> None:
    broken = tmp_path / "oauth.toml"
    broken.write_text("[google\nclient_id = ", encoding="utf-8")
    result = _version(broken)
    assert result.returncode == 0
    assert result.stdout.startswith(f"Wink Desktop {__version__} — sign-in: unknown")
    assert "Traceback" not in result.stderr


def test_version_stays_light(tmp_path: Path) -> None:
    # No Qt and no sign-in library is loaded to answer --version.
    config = _config(tmp_path, google=True, microsoft=True)
    probe = (
        "import sys\n"
        "from wink_desktop.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('PySide6', 'msal', 'google_auth_oauthlib', 'keyring') "
        "if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINK_")}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={**env, "WINK_OAUTH_CONFIG": str(config)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr
