"""The ui's ground floor: what every room may use (date fields, filters, icons, settings)."""
