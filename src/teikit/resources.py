"""Where teikit's own files are: the project schema and the XSLT stylesheets with their assets."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path


@cache
def home() -> Path:
    """The teikit checkout that holds `schema/` and `xslt/` (override with TEIKIT_HOME)."""
    if os.environ.get("TEIKIT_HOME"):
        return Path(os.environ["TEIKIT_HOME"]).resolve()
    return Path(__file__).resolve().parents[2]


def schema_dir() -> Path:
    return home() / "schema"


def xslt_dir() -> Path:
    return home() / "xslt"
