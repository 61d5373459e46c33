"""The engine: temporal tagging, normalisation, event building, de-duplication. No Qt here."""
