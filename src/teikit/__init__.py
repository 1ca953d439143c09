"""teikit: plain-text translations of historical documents in, canonical TEI P5 and HTML views out.

The pipeline has one module per stage, each a pure function over plain data or lxml trees:

    read → segment → annotate → serialise → validate → render

`teikit.pipeline` strings them together; `teikit.cli` is a thin shell over it.
"""

__version__ = "0.1.0"
