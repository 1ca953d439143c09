"""teikit: plain-text translations of historical documents in, canonical TEI P5 and HTML views out.

The pipeline has one module per stage, each a pure function over plain data or lxml trees:

    read → segment → annotate → serialise → validate → render

`teikit.pipeline` strings them together for one text, `teikit.publish` takes one edition on to
its pages, `teikit.build` a whole project; `teikit.cli` is a thin shell over them.
"""

__version__ = "0.1.0"
