"""Canvas geometry without Qt: day↔pixel frames, axis ticks, label packing and clustering."""
