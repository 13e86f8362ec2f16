"""The record every document becomes (see models.record)."""
from models.record import (
    Alias,
    Deadline,
    Mandate,
    Person,
    Record,
    Source,
    Status,
    overall_status,
)

__all__ = ["Alias", "Deadline", "Mandate", "Person", "Record", "Source", "Status", "overall_status"]
