"""The named errors of reading a document; each message says what to do."""
from __future__ import annotations


class UnreadableDocument(Exception):
    """The file cannot be read at all: no record can be made from it.

    `reason` says what is wrong, `remedy` what the archivist can do about it.
    """

    def __init__(self, path: str, reason: str, remedy: str, stage: str = "read"):
        super().__init__(f"{path}: {reason} — {remedy}")
        self.path = path
        self.reason = reason
        self.remedy = remedy
        self.stage = stage
