"""What happens when the user acts: undoable commands, ingest, projects, export runs, workers."""
