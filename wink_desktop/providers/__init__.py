"""The bundled providers as data (``providers.toml``) and the OAuth provider specs."""
