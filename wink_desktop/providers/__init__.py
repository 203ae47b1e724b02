"""One module per mail service (Google, Microsoft, iCloud, ...) and the registry of them."""
