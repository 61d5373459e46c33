"""The panels beside the canvas: details, event table, documents, search bar, progress, errors."""
