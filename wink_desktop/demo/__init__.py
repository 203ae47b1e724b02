"""Fakes of the core's ports, for tests and the support kit's screenshots.

Each fake implements one port of :mod:`wink_desktop.core` in memory and is scripted from
the outside: a store that never touches the disk or the keyring, a probe that replays
steps, an address lookup that answers from a table, an OAuth client and a browser that
sign in as whoever the script says. They live in the package (not under ``tests/``)
because the support kit ships them to draw every screen without a mail server.
"""
