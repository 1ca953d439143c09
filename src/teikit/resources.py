"""Where teikit's own files are: the project schema and the XSLT stylesheets with their assets.

They are package data, `teikit.schema` and `teikit.xslt`, which the build maps from the repository's
top-level `schema/` and `xslt/` (pyproject.toml): an editable install reads the checkout, a wheel its
installed copy. TEIKIT_HOME names another folder with `schema/` and `xslt/` in it, to try changed
stylesheets or schema without reinstalling.
"""

from __future__ import annotations

import atexit
import os
from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

#: Keeps any folder that had to be unpacked for `as_file` until the process ends.
UNPACKED = ExitStack()
atexit.register(UNPACKED.close)


@cache
def data_dir(package: str) -> Path:
    """The folder of a data package on disk: Saxon resolves xsl:import, and the schema its
    xs:import, by file path."""
    if os.environ.get("TEIKIT_HOME"):
        return Path(os.environ["TEIKIT_HOME"]).resolve() / package
    return UNPACKED.enter_context(as_file(files(f"teikit.{package}")))


def schema_dir() -> Path:
    return data_dir("schema")


def xslt_dir() -> Path:
    return data_dir("xslt")
