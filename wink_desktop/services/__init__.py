"""Use cases (discover, test, connect, check, reconnect, disconnect) written against ports."""
