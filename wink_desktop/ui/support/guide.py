"""The illustrated guide: the help article's sections, each with its screens and captions.

Writes ``index.html`` (with ``style.css``) and ``index.md`` next to ``images/``: a folder
that opens anywhere, nothing loaded from elsewhere. The errors' meanings come from
:func:`wink_desktop.core.problems.all_texts`, the same texts the app shows.
"""

from __future__ import annotations

import html
from pathlib import Path

from wink_desktop.core.checks import Problem, ProblemCode
from wink_desktop.core.checks import Step as ProbeStep
from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from wink_desktop.core.problems import all_texts, problem_hint, problem_message
from wink_desktop.ui.support.scenes import CONTEXT, SCENES, SECTIONS, file_name
from wink_desktop.ui.support.world import CERTIFICATE

TITLE = QT_TRANSLATE_NOOP("Screens", "How to connect my mailbox?")
INTRO = QT_TRANSLATE_NOOP(
    "Screens",
    "Wink Desktop links the mailbox you use with candidates to Wink. Each step below "
    "shows the screen you will see.",
)
_ERRORS_TABLE = QT_TRANSLATE_NOOP("Screens", "Every message, and what to do")
_WHAT = QT_TRANSLATE_NOOP("Screens", "Message")
_TODO = QT_TRANSLATE_NOOP("Screens", "What to do")

#: A short introduction per section (English source texts).
INTROS = {
    "mailbox_tab": QT_TRANSLATE_NOOP(
        "Screens",
        "Open Wink Desktop: the “Mailbox” page says whether a mailbox is connected. "
        "“Connect your mailbox” opens the wizard.",
    ),
    "settings": QT_TRANSLATE_NOOP(
        "Screens",
        "The gear at the top right opens Settings. Its “Mailbox” tab offers the same ways "
        "in, and once connected, the mailbox's card and its actions. Below: “Copy the "
        "diagnostics”, “Start Wink when I log in” and “About Wink Desktop”.",
    ),
    "google": QT_TRANSLATE_NOOP(
        "Screens",
        "Type a Gmail or Google Workspace address and “Continue with Google” appears "
        "below it: you sign in on Google's own page, in your browser, and Wink never sees "
        "your password. A copy of Wink without Google sign-in asks for an app password.",
    ),
    "microsoft": QT_TRANSLATE_NOOP(
        "Screens",
        "Outlook, Hotmail and Microsoft 365 addresses get “Continue with Microsoft”: you "
        "sign in on Microsoft's page, in your browser. Some organisations require their "
        "administrator's approval first.",
    ),
    "other": QT_TRANSLATE_NOOP(
        "Screens",
        "For every other service, type your address: once Wink knows your provider, the "
        "password field appears, with the provider's advice (iCloud, Yahoo and AOL need an "
        "app password). “Sign in” tests both servers at once; settings Wink could not "
        "verify are shown on a form for you to check first. The password is kept in your "
        "system's password storage.",
    ),
    "errors": QT_TRANSLATE_NOOP(
        "Screens",
        "When a test fails, the message says what went wrong and what to do next. “Copy "
        "the diagnostics” puts a report for Wink's support on the clipboard, with no "
        "password in it.",
    ),
    "reconnect": QT_TRANSLATE_NOOP(
        "Screens",
        "When the password changes or the sign-in expires, Wink stops checking and asks "
        "you to reconnect: one click, everything else is kept.",
    ),
    "disconnect": QT_TRANSLATE_NOOP(
        "Screens",
        "Disconnecting removes the password or sign-in from this computer. Wink holds one "
        "mailbox: connecting another one replaces it.",
    ),
    "who": QT_TRANSLATE_NOOP(
        "Screens",
        "Admins and Super Admins connect a mailbox. Collaborators send emails to "
        "candidates with Wink's own address.",
    ),
}

_CSS = """\
*{box-sizing:border-box}
body{margin:0;font-family:"DejaVu Sans",Arial,sans-serif;color:#1f2937;background:#fff;
line-height:1.5}
main{max-width:980px;margin:0 auto;padding:16px}
h1{color:#1e1b4b;font-size:1.8em}
h2{color:#4c1d95;border-bottom:2px solid #ede9fe;padding-bottom:4px;margin-top:2em}
figure{margin:1.5em 0}
img{max-width:100%;height:auto;border:1px solid #e5e7eb;border-radius:8px}
figcaption{color:#374151;font-size:.95em;margin-top:4px}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border:1px solid #e5e7eb;padding:6px;vertical-align:top;text-align:left;
overflow-wrap:anywhere}
nav a{display:inline-block;margin:0 .8em .3em 0;color:#5b3df5}
"""


def write_guide(folder: Path, lang: str) -> None:
    """``folder/index.html``, ``style.css`` and ``index.md``, over ``folder/images/``."""
    say = _speaker(lang)
    (folder / "style.css").write_text(_CSS, encoding="utf-8")
    (folder / "index.html").write_text(_html(say, lang), encoding="utf-8")
    (folder / "index.md").write_text(_markdown(say), encoding="utf-8")


def _speaker(lang: str) -> Translate:
    if lang == "en":
        return untranslated
    from wink_desktop.ui.i18n import catalogue_translate  # noqa: PLC0415

    return catalogue_translate(lang)


def _figures(section: str) -> list[tuple[str, str]]:
    return [
        (f"images/{file_name(index, scene)}", scene.caption)
        for index, scene in enumerate(SCENES)
        if scene.section == section
    ]


#: Example values for the messages' placeholders (a server of the reserved example.com).
_EXAMPLE = (
    ("host", "imap.example.com"),
    ("port", "993"),
    ("ssl_port", "993"),
    ("seconds", "60"),
    ("provider", "iCloud"),
    ("step", ProbeStep.CONNECT.value),
    ("protocol", "imap"),
    ("expected", "ssl"),
    ("configured", "starttls"),
)


def _problems(say: Translate) -> list[tuple[str, str]]:
    """Each problem's message and next step, in the app's words, with example values."""
    rows = []
    for code, variant, _message, _hint in all_texts():
        args = (*_EXAMPLE, ("variant", variant)) if variant else _EXAMPLE
        certificate = CERTIFICATE if code is ProblemCode.TLS_CERTIFICATE else None
        problem = Problem(code, args, certificate=certificate)
        rows.append((problem_message(problem, say), problem_hint(problem, say)))
    return rows


def _html(say: Translate, lang: str) -> str:
    def t(text: str) -> str:
        return html.escape(say(CONTEXT, text))

    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<title>{t(TITLE)}</title>\n<link rel="stylesheet" href="style.css">\n</head>',
        f"<body>\n<main>\n<h1>{t(TITLE)}</h1>\n<p>{t(INTRO)}</p>\n<nav>",
        *(f'<a href="#{key}">{t(title)}</a>' for key, title in SECTIONS),
        "</nav>",
    ]
    for key, title in SECTIONS:
        parts += [f'<section id="{key}">', f"<h2>{t(title)}</h2>", f"<p>{t(INTROS[key])}</p>"]
        for image, caption in _figures(key):
            parts.append(
                f'<figure><img src="{image}" alt="{t(caption)}">'
                f"<figcaption>{t(caption)}</figcaption></figure>"
            )
        if key == "errors":
            parts += [
                f"<h3>{t(_ERRORS_TABLE)}</h3>",
                f"<table><tr><th>{t(_WHAT)}</th><th>{t(_TODO)}</th></tr>",
                *(
                    f"<tr><td>{html.escape(m)}</td><td>{html.escape(h)}</td></tr>"
                    for m, h in _problems(say)
                ),
                "</table>",
            ]
        parts.append("</section>")
    parts.append("</main>\n</body>\n</html>\n")
    return "\n".join(parts)


def _markdown(say: Translate) -> str:
    def t(text: str) -> str:
        return say(CONTEXT, text)

    lines = [f"# {t(TITLE)}", "", t(INTRO), ""]
    for key, title in SECTIONS:
        lines += [f"## {t(title)}", "", t(INTROS[key]), ""]
        for image, caption in _figures(key):
            lines += [f"![{t(caption)}]({image})", "", f"*{t(caption)}*", ""]
        if key == "errors":
            lines += [f"### {t(_ERRORS_TABLE)}", "", f"| {t(_WHAT)} | {t(_TODO)} |", "|---|---|"]
            lines += [
                f"| {m.replace('|', '/')} | {h.replace('|', '/')} |" for m, h in _problems(say)
            ]
            lines.append("")
    return "\n".join(lines)
