"""Adapters for the core's ports: network probes, discovery, OAuth, keyring, files."""
