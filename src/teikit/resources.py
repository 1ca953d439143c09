"""Where teikit's own files are: the project schema, the XSLT stylesheets with their assets, tei_all.

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


#: The TEI P5 release of the tei_all that `validate --tei-all` checks against: `teikit/data/tei_all.rng`,
#: compiled from the TEI's own tei_all.odd by scripts/compile-tei-all (its opening comment names it).
TEI_ALL_VERSION = "4.9.0a"


def tei_all_schemas() -> tuple[Path, Path]:
    """The shipped tei_all RELAX NG and the Schematron of its constraints."""
    folder = Path(str(files("teikit") / "data"))
    return folder / "tei_all.rng", folder / "tei_all.sch"


def schema_dir() -> Path:
    return data_dir("schema")


def xslt_dir() -> Path:
    return data_dir("xslt")
