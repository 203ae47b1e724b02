"""The only layer that imports Qt: windows, wizard pages, dialogs and view-models."""
