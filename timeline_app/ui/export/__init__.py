"""Images (PNG/SVG/PDF) and data files written from the timeline, in the window or headless."""
