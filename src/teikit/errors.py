"""Errors the user can act on: each knows its file, line and column, and renders as one line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class TeikitError(Exception):
    """A problem with the user's input or environment (never a bug in teikit)."""

    message: str
    path: Path | str | None = None
    line: int | None = None
    column: int | None = None
    exit_code: int = 2

    def __str__(self) -> str:
        where = [str(self.path)] if self.path is not None else []
        if self.line is not None:
            where.append(str(self.line))
            if self.column is not None:
                where.append(str(self.column))
        prefix = ":".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class InputError(TeikitError):
    """The input cannot be read as what it claims to be (exit 2)."""


class EditionDataError(TeikitError):
    """Edition data (register, editorial decisions, structure hints) is inconsistent (exit 2)."""


class InvalidDocument(TeikitError):
    """A TEI document breaks the schema or integrity rules (exit 1)."""

    def __init__(self, message: str, path=None, line=None, column=None):
        super().__init__(message, path, line, column, exit_code=1)
