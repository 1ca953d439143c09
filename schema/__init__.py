"""teikit's schema, installed as package data (see teikit.resources): teikit.xsd, teikit.sch, teikit.odd."""
