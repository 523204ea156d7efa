"""The newsroom on one machine: `storyline serve` (needs the `serve` extra)."""
