"""The record every document becomes (see models.record)."""
from models.record import (
    Alias,
    Box,
    Deadline,
    Mandate,
    Person,
    Provenance,
    Record,
    Source,
    Span,
    Status,
    overall_status,
)

__all__ = ["Alias", "Box", "Deadline", "Mandate", "Person", "Provenance", "Record", "Source", "Span", "Status",
           "overall_status"]
