"""Only keyring backends that protect secrets are accepted."""

from __future__ import annotations

from keyring.backends import chainer, fail

from wink_desktop.infra import secrets


def _backend(module: str, priority: float) -> object:
    cls = type("Backend", (), {"priority": priority})
    cls.__module__ = module
    return cls()


def test_secret_service_is_accepted() -> None:
    assert secrets._is_secure(_backend("keyring.backends.SecretService", 5))


def test_plaintext_and_failing_backends_are_refused() -> None:
    assert not secrets._is_secure(fail.Keyring())
    assert not secrets._is_secure(_backend("keyrings.alt.file", 5))
    assert not secrets._is_secure(_backend("keyring.backends.null", 5))


def _chain(*members: object) -> object:
    chain = _backend(chainer.__name__, 10)
    chain.backends = list(members)  # type: ignore[attr-defined]
    return chain


def test_a_chain_is_as_good_as_the_member_it_writes_to() -> None:
    assert secrets._is_secure(_chain(_backend("keyring.backends.macOS", 5), fail.Keyring()))
    assert not secrets._is_secure(_chain(_backend("keyrings.alt.file", 5)))
    assert not secrets._is_secure(
        _chain(_backend("keyrings.alt.file", 9), _backend("keyring.backends.macOS", 5))
    )
    assert not secrets._is_secure(_chain())
