"""``wink-desktop guide``: written by a nobody user, then opened in a real browser.

Headless Chromium (Debian's ``chromium``) loads each language's page at a desktop and a
phone width: every picture must load and nothing may stick out sideways. The browser
reaches nothing: every host name resolves to nothing and its background services are off.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.gui.test_screenshots import as_nobody, sandbox, written_files
from wink_desktop.core.problems import all_texts
from wink_desktop.ui.i18n import catalogue_translate
from wink_desktop.ui.support.render import LANGUAGES
from wink_desktop.ui.support.scenes import SCENES, SECTIONS

__all__ = ["sandbox"]  # the fixture, shared with the screenshots' tests

CHROMIUM = "chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "guide"
WIDTHS = (1024, 390)

# Written into the page after it loaded: what the test reads back from the browser's DOM.
PROBE = """
<script>
window.addEventListener("load", () => {
  const images = Array.from(document.images);
  const result = {
    images: images.length,
    broken: images.filter((i) => !(i.complete && i.naturalWidth > 0)).map((i) => i.src),
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  };
  const out = document.createElement("pre");
  out.id = "wink-probe";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
});
</script>
"""


def chromium(page: Path, width: int, profile: Path, *extra: str) -> str:
    """The DOM of ``page`` once loaded (or ``extra`` instead of ``--dump-dom``)."""
    binary = shutil.which(CHROMIUM)
    assert binary is not None, "chromium is installed by ./test (WINK_TEST_PACKAGES)"
    command = [
        binary,
        "--headless=new",
        "--no-sandbox",  # the suite runs as root
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={profile}",
        f"--window-size={width},900",
        "--virtual-time-budget=10000",
        *(extra or ("--dump-dom",)),
        page.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.timeout(300)
def test_the_guide_loads_every_picture_and_fits_a_desktop_and_a_phone(
    sandbox: Path, tmp_path: Path
) -> None:
    out = sandbox / "out" / "guide"
    result = as_nobody(sandbox, "guide", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert written_files(sandbox) == set()
    for lang in LANGUAGES:
        folder = out / lang
        page = (folder / "index.html").read_text(encoding="utf-8")
        # Self-contained: nothing from elsewhere, every picture in the folder.
        assert re.findall(r'(?:src|href)="(?:https?:)?//', page) == []
        sources = re.findall(r'<img src="([^"]+)"', page)
        assert len(sources) == len(SCENES)
        for source in sources:
            assert (folder / source).is_file(), source
        # The article's sections, in order, and every error the app can show.
        ids = re.findall(r'<section id="([a-z_]+)"', page)
        assert ids == [key for key, _ in SECTIONS]
        say = catalogue_translate(lang)
        text = html.unescape(page)
        for code, _variant, message, hint in all_texts():
            # Every word of the app's own message and advice (placeholders filled in).
            for template in (message, hint):
                for piece in re.split(r"\{[a-z_]+\}", say("Problem", template)):
                    assert piece.strip() in text, (code, piece)
        markdown = (folder / "index.md").read_text(encoding="utf-8")
        assert re.findall(r"\]\((images/[^)]+)\)", markdown) == sources

        checked = folder / "checked.html"
        checked.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
        for width in WIDTHS:
            dom = chromium(checked, width, tmp_path / f"profile-{lang}-{width}")
            found = re.search(r'<pre id="wink-probe">(.*?)</pre>', dom, re.DOTALL)
            assert found is not None, dom[-2000:]
            probe = json.loads(html.unescape(found.group(1)))
            assert probe["images"] == len(SCENES)
            assert probe["broken"] == [], probe["broken"]
            assert probe["scroll"] <= probe["inner"], (lang, width, probe)
        # A picture of the page, for whoever looks at the artifacts.
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shot = ARTIFACTS / f"guide-{lang}.png"
        chromium(folder / "index.html", 1024, tmp_path / f"shot-{lang}", f"--screenshot={shot}")
        assert shot.read_bytes()[:4] == b"\x89PNG"
