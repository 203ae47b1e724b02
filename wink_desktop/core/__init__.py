"""The model: plain data types, errors, validation and ports. No Qt, no I/O at import."""
