"""Dialogs that collect input from the user: editing events, export options, reference dates."""
