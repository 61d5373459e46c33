"""The timeline canvas: scene, view, the few items that paint it, and its input handling."""
