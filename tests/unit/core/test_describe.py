"""One error model: ``describe`` for every failure, and error codes that are an enum."""

from __future__ import annotations

from pathlib import Path

from wink_desktop.core import account, errors, oauth
from wink_desktop.core.checks import Problem, ProblemCode
from wink_desktop.core.errors import ErrorCode, KeyringUnavailableError, WinkError
from wink_desktop.core.problems import describe, problem_hint, problem_message

ROOT = Path(__file__).resolve().parents[3]


def _shout(context: str, text: str) -> str:
    return f"[{context}] {text}"


def test_a_failed_check_reads_as_what_happened_then_what_to_do() -> None:
    problem = Problem(
        ProblemCode.CONNECTION_REFUSED, (("host", "imap.example.org"), ("port", "993"))
    )
    text = describe(problem, _shout)
    assert text == f"{problem_message(problem, _shout)} {problem_hint(problem, _shout)}"
    assert text.startswith("[Problem] imap.example.org refused the connection on port 993.")


def test_an_error_reads_the_same_way() -> None:
    error = KeyringUnavailableError()
    assert describe(error, _shout) == (f"{error.user_message(_shout)} {error.user_hint(_shout)}")
    assert describe(error).startswith("Wink Desktop found no secure password storage")


def test_every_error_code_is_an_enum_member() -> None:
    classes = [
        value
        for module in (errors, oauth, account)
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, WinkError)
    ]
    assert len(classes) > 5
    assert [c.__name__ for c in classes if not isinstance(c.code, ErrorCode)] == []


def test_ui_and_cli_have_no_copy_of_describe() -> None:
    copies = [
        path.relative_to(ROOT).as_posix()
        for folder in ("ui", "commands")
        for path in (ROOT / "wink_desktop" / folder).rglob("*.py")
        if "user_hint(translate)}" in path.read_text()
        or "problem_hint(problem, translate)}" in path.read_text()
    ]
    assert copies == []
