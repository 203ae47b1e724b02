"""Auto-discovery sources: each one a small module behind ``core.discovery.DiscoverySource``."""
