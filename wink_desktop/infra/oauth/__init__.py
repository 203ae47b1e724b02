"""Signing in with Google and Microsoft: configuration, loopback receiver, clients."""
