"""Charts drawn with Qt Charts, each savable as PNG or SVG with its numbers as CSV."""
