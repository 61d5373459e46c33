"""File formats in and out: articles to plain text, project files, JSON/CSV/TimelineJS.

No Qt, no NLP (checked by ``lint-imports``).
"""
