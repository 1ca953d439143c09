"""The header's account of the editorial layer, derived from what the text actually uses.

Every `@resp` pointer in the text must resolve (#editor, #publisher and #translator to a `respStmt`,
#teikit to the `application` the generated header always has); generic texts have no edition data to
declare them, so the missing ones are made here. `editorialDecl/correction` says how the editorial
layer is encoded whenever the text carries one, so an encoder reading the file knows which elements
hold the source's words and which the editor's.
"""

from __future__ import annotations

from lxml import etree

from teikit.xmlio import TEI_NS, XML_NS

T = f"{{{TEI_NS}}}"
XML_ID = f"{{{XML_NS}}}id"

#: Who a pointer names when the edition header does not say: (what they did, who they are).
RESPONSIBILITIES = {
    "editor": ("Editorial notes, corrections, gaps and repetitions (edition data)", "the editor of this edition"),
    "publisher": ("Publication of the source and its notes", "the publisher of the source"),
    "translator": ("Translation", "the translator"),
}
EDITORIAL_ELEMENTS = ("choice", "gap", "surplus")

CORRECTION = (
    "The source's words are never changed, only wrapped. Errors of the translation are kept in sic "
    "with the editor's reading in corr; spellings and case forms in orig with reg. An ellipsis "
    "standing for an omission is kept in orig, with a gap (reason omitted) in reg. Sentences that "
    "break off are followed by a gap (reason incomplete) and a note; passages the translation repeats "
    "are surplus (reason repeated), followed by a note. Notes of type editorial are the editor's "
    "(numbered in n); notes of type publisher are part of the transmitted text. Markup by teikit's "
    "general rules, not by the editor, has resp #teikit and cert low.")


def element(tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.Element(T + tag, {k.replace("xml_id", XML_ID): v for k, v in attrs.items()}, nsmap={None: TEI_NS})
    el.text = text
    return el


def declare_apparatus(root: etree._Element) -> None:
    """Add the respStmts the text's pointers need and describe its editorial markup."""
    text = root.find(f"{T}text")
    header = root.find(f"{T}teiHeader")
    if text is None or header is None:
        return
    ids = {el.get(XML_ID) for el in root.iter() if isinstance(el.tag, str)}
    pointers = {value[1:] for el in text.iter() if isinstance(el.tag, str)
                for value in (el.get("resp") or "").split() if value.startswith("#")}
    title_stmt = header.find(f"{T}fileDesc/{T}titleStmt")
    for ident in sorted(pointers - ids):
        if ident in RESPONSIBILITIES and title_stmt is not None:
            resp, name = RESPONSIBILITIES[ident]
            stmt = element("respStmt", xml_id=ident)
            stmt.append(element("resp", resp))
            stmt.append(element("name", name))
            title_stmt.append(stmt)
    uses_editorial = any(True for _ in text.iter(*(T + tag for tag in EDITORIAL_ELEMENTS))) or \
        any(n.get("type") == "editorial" for n in text.iter(f"{T}note"))
    decl = header.find(f"{T}encodingDesc/{T}editorialDecl")
    if uses_editorial and decl is not None and decl.find(f"{T}correction") is None:
        correction = element("correction")
        correction.append(element("p", CORRECTION))
        decl.append(correction)
