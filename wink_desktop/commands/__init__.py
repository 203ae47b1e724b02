"""The subcommands of ``wink-desktop`` for support and scripting (composition roots too)."""
