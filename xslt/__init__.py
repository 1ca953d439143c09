"""teikit's XSLT stylesheets and the assets of the views, installed as package data (see teikit.resources)."""
