"""The project's spaCy components; importing this package registers their factories."""
from . import actors, casualties, dates, entity_ruler, events, locations, ranges, structure, weapons  # noqa: F401

__all__ = ["actors", "casualties", "dates", "entity_ruler", "events", "locations", "ranges", "structure", "weapons"]
