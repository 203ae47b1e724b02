"""Build Wink Desktop's installable packages into ``dist/``.

Linux (``packaging/build`` runs this with the project's ``.venv``): the PyInstaller
one-folder bundle ``dist/wink-desktop/``, ``dist/wink-desktop-<version>-linux-x86_64.tar.xz``
and ``dist/wink-desktop_<version>_amd64.deb``. Windows and macOS (``python
packaging/build.py``): the bundle, then the Inno Setup installer or the ``.app`` in a
``.dmg`` when their tools are there (see packaging/README.md; not run on our machines).

The version comes from ``wink_desktop.__version__`` (pyproject.toml reads it too). A build
whose inputs (sources, resources, lock file, packaging files, sign-in ids) have not changed
since the last one is reused: ``--force`` rebuilds anyway.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wink_desktop import APP_ID, __version__  # noqa: E402

DIST = ROOT / "dist"
BUILD = ROOT / "build" / "package"
BUNDLE = DIST / APP_ID
KEY_FILE = DIST / ".build-key"
LINUX_DIR = ROOT / "packaging" / "linux"
METAINFO_ID = "fr.wink.WinkDesktop"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
#: The variables the sign-in ids come from (their values feed the reuse key, never a file).
ID_VARIABLES = ("WINK_GOOGLE_CLIENT_ID", "WINK_GOOGLE_CLIENT_SECRET", "WINK_MICROSOFT_CLIENT_ID")


def deb_path() -> Path:
    """Where the Debian package is written."""
    return DIST / f"{APP_ID}_{__version__}_amd64.deb"


def tarball_path() -> Path:
    """Where the Linux tarball is written."""
    return DIST / f"{APP_ID}-{__version__}-linux-x86_64.tar.xz"


def _say(message: str) -> None:
    print(f"build: {message}", flush=True)


def _run(*args: str | Path, **kwargs: object) -> None:
    subprocess.run([str(arg) for arg in args], check=True, **kwargs)  # type: ignore[call-overload]


def build_key() -> str:
    """A hash of everything the packages are made from (tracked sources and the ids)."""
    digest = hashlib.sha256()
    roots = ("wink_desktop", "resources", "packaging")
    files = sorted(
        path
        for root in roots
        for path in (ROOT / root).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".md"
    )
    for path in [*files, ROOT / "requirements.lock", ROOT / "pyproject.toml"]:
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    for name in ID_VARIABLES:
        digest.update(hashlib.sha256(os.environ.get(name, "").encode()).digest())
    return digest.hexdigest()


# ---------------------------------------------------------------- icons


def render_icons() -> Path:
    """Render the PNG icons from ``resources/icons/wink.svg`` with Qt; returns their folder.

    Also writes the Windows ``.ico`` and, on macOS, the ``.icns`` the spec embeds.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "wink.svg"))
    if not renderer.isValid():
        raise SystemExit("build: resources/icons/wink.svg is not a valid SVG")
    icons = BUILD / "icons"
    shutil.rmtree(icons, ignore_errors=True)

    def draw(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        return image

    for size in ICON_SIZES:
        target = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not draw(size).save(str(target), "PNG"):
            raise SystemExit(f"build: could not write {target}")
    scalable = icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "wink.svg", scalable)
    draw(256).save(str(BUILD / f"{APP_ID}.ico"), "ICO")
    if sys.platform == "darwin":
        iconset = BUILD / f"{APP_ID}.iconset"
        iconset.mkdir(exist_ok=True)
        for size in (16, 32, 128, 256, 512):
            draw(size).save(str(iconset / f"icon_{size}x{size}.png"), "PNG")
            draw(size * 2).save(str(iconset / f"icon_{size}x{size}@2x.png"), "PNG")
        _run("iconutil", "-c", "icns", iconset, "-o", BUILD / f"{APP_ID}.icns")
    return icons


# ---------------------------------------------------------------- the bundle


def pyinstaller() -> None:
    """Run PyInstaller on the spec, then write this build's sign-in ids into its oauth.toml."""
    _run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        DIST,
        "--workpath",
        ROOT / "build" / "pyinstaller",
        ROOT / "packaging" / "wink-desktop.spec",
    )
    oauth = next(DIST.rglob("resources/oauth.toml"))
    _run(sys.executable, ROOT / "packaging" / "oauth_ids.py", "--write", oauth)


def system_dependencies(bundle: Path) -> list[str]:
    """The Debian packages of the system libraries the bundle's binaries load.

    Found like ``dpkg-shlibdeps`` would: ``ldd`` on every ELF file of the bundle (with the
    bundle's own folders first, as its launcher sets them), then ``dpkg -S`` on each library
    that resolved outside the bundle.
    """
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    outside: set[str] = set()
    missing: set[str] = set()
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        result = subprocess.run(
            ["ldd", str(path)], env=env, capture_output=True, text=True, check=False
        )
        for line in result.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            target = where.split(" (")[0].strip()
            if target == "not found":
                missing.add(name)
            elif target.startswith("/") and not target.startswith(str(bundle)):
                outside.add(str(Path(target).resolve()))
    if missing:
        raise SystemExit(f"build: libraries not found for the bundle: {sorted(missing)}")
    packages: set[str] = set()
    for library in sorted(outside):
        candidates = [library]
        if library.startswith("/usr/lib/"):
            candidates.append(library.removeprefix("/usr"))
        elif library.startswith("/lib/"):
            candidates.append("/usr" + library)
        for candidate in candidates:
            found = subprocess.run(
                ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
            )
            if found.returncode == 0:
                packages.add(found.stdout.split(":")[0].strip())
                break
        else:
            raise SystemExit(f"build: no Debian package owns {library}")
    # The xcb platform plugin needs these even though nothing links them at build time
    # (Qt opens them at run time); a font too, or every label is empty.
    packages |= {"libxcb-cursor0", "libxkbcommon-x11-0", "fonts-dejavu-core | fonts-liberation"}
    return sorted(packages)


# ---------------------------------------------------------------- Linux packages


def _share_tree(root: Path, icons: Path) -> None:
    """The desktop entry, AppStream metainfo and hicolor icons under ``root/share``."""
    applications = root / "share" / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(LINUX_DIR / f"{APP_ID}.desktop", applications / f"{APP_ID}.desktop")
    metainfo = root / "share" / "metainfo"
    metainfo.mkdir(parents=True, exist_ok=True)
    text = (LINUX_DIR / f"{METAINFO_ID}.metainfo.xml").read_text(encoding="utf-8")
    (metainfo / f"{METAINFO_ID}.metainfo.xml").write_text(
        text.replace("@VERSION@", __version__), encoding="utf-8"
    )
    shutil.copytree(icons, root / "share" / "icons", dirs_exist_ok=True)


def tarball(icons: Path) -> Path:
    """``wink-desktop-<version>-linux-x86_64.tar.xz``: the bundle, its launcher and share/."""
    top = f"{APP_ID}-{__version__}"
    stage = BUILD / "tarball" / top
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(BUNDLE, stage / "lib" / APP_ID, symlinks=True)
    (stage / "bin").mkdir()
    (stage / "bin" / APP_ID).symlink_to(Path("..") / "lib" / APP_ID / APP_ID)
    _share_tree(stage, icons)
    shutil.copyfile(LINUX_DIR / "tarball-README.txt", stage / "README.txt")
    target = tarball_path()
    target.unlink(missing_ok=True)
    _run(
        "tar",
        "--owner=0",
        "--group=0",
        "-C",
        stage.parent,
        "-cf",
        target,
        "-I",
        "xz -T0 -6",
        top,
    )
    return target


def debian_package(icons: Path) -> Path:
    """``wink-desktop_<version>_amd64.deb``, built with ``dpkg-deb --root-owner-group``."""
    root = BUILD / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(BUNDLE, root / "opt" / APP_ID, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / APP_ID).symlink_to(f"/opt/{APP_ID}/{APP_ID}")
    _share_tree(root / "usr", icons)
    doc = root / "usr" / "share" / "doc" / APP_ID
    doc.mkdir(parents=True)
    shutil.copyfile(LINUX_DIR / "copyright", doc / "copyright")
    installed_kib = sum(
        (path.lstat().st_size + 1023) // 1024 for path in root.rglob("*") if not path.is_dir()
    )
    control = (LINUX_DIR / "control").read_text(encoding="utf-8")
    control = control.replace("@VERSION@", __version__)
    control = control.replace("@INSTALLED_SIZE@", str(installed_kib))
    control = control.replace("@DEPENDS@", ", ".join(system_dependencies(BUNDLE)))
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    target = deb_path()
    target.unlink(missing_ok=True)
    _run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, target)
    return target


# ---------------------------------------------------------------- Windows and macOS


def windows_installer() -> None:
    """The Inno Setup installer, when ``iscc`` is installed (not run on our machines)."""
    default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)"))
    default = default / "Inno Setup 6" / "ISCC.exe"
    iscc = shutil.which("iscc") or (str(default) if default.is_file() else None)
    if iscc is None:
        _say("iscc (Inno Setup) not found: the installer was not built")
        return
    _run(iscc, f"/DAppVersion={__version__}", ROOT / "packaging" / "windows" / "wink-desktop.iss")


def macos_disk_image() -> None:
    """The ``.dmg`` of the ``.app`` (signing and notarizing: packaging/macos/README.md)."""
    _run("bash", ROOT / "packaging" / "macos" / "make-dmg.sh", __version__)


def main(argv: list[str] | None = None) -> int:
    """Build everything this platform can build; print what was made."""
    parser = argparse.ArgumentParser(prog="packaging/build", description=__doc__)
    parser.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    args = parser.parse_args(argv)
    linux = sys.platform.startswith("linux")
    key = build_key()
    outputs = [deb_path(), tarball_path()] if linux else [BUNDLE]
    if (
        not args.force
        and KEY_FILE.is_file()
        and KEY_FILE.read_text(encoding="utf-8").strip() == key
        and all(path.exists() for path in outputs)
    ):
        _say(f"up to date (inputs unchanged): {', '.join(p.name for p in outputs)}")
        return 0
    KEY_FILE.unlink(missing_ok=True)
    BUILD.mkdir(parents=True, exist_ok=True)
    _say(f"Wink Desktop {__version__}")
    icons = render_icons()
    pyinstaller()
    if linux:
        for made in (tarball(icons), debian_package(icons)):
            _say(f"{made.relative_to(ROOT)}: {made.stat().st_size / 1e6:.1f} MB")
    elif sys.platform == "win32":
        windows_installer()
    elif sys.platform == "darwin":
        macos_disk_image()
    KEY_FILE.write_text(key + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
