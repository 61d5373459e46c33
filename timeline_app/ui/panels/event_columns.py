"""The event table's columns, named once for the model, the proxy and the table."""

DATE, TITLE, DOCUMENT, CONFIDENCE = range(4)
