"""The review page: the edition's text with teikit's markup, and the queue of its doubtful mentions.

Plain HTML forms, so every decision works without JavaScript; `static/review.js` only submits them
in place. Everything that comes from the file is escaped (`html.escape`), attribute values included.
"""

from __future__ import annotations

from html import escape

from lxml import etree

from teikit.review.edit import (AUTHORITIES, DATABLE, ID, KINDS, Source, entries, entry_label, identity,
                                is_mention, local, pending, text_of)

#: TEI elements shown as blocks; everything else in the text flows inline.
BLOCKS = {"div", "head", "p", "opener", "closer", "dateline", "signed", "salute", "address", "addrLine",
          "postscript", "ab", "list", "item", "lg", "l", "table", "row", "cell", "floatingText", "body",
          "front", "back", "byline", "docAuthor", "trailer", "epigraph"}
LABELS = {"persName": "person", "placeName": "place", "orgName": "organisation", "date": "date"}


def groups(source: Source) -> list[list[etree._Element]]:
    """Pending mentions grouped by identity, each group where its most doubtful member falls."""
    grouped: dict[tuple, list] = {}
    for mention in pending(source):
        grouped.setdefault(identity(mention), []).append(mention)
    return list(grouped.values())


def render_text(source: Source, queued: dict[int, int]) -> str:
    """The text as HTML; `queued` maps each pending mention to its queue item."""
    body = source.tree.getroot().find("{*}text")
    return "".join(render_node(source, child, queued) for child in body) if body is not None else ""


def render_node(source: Source, el: etree._Element, queued: dict[int, int]) -> str:
    tail = escape(el.tail or "")
    if not isinstance(el.tag, str):
        return tail
    name = local(el)
    inner = escape(el.text or "") + "".join(render_node(source, child, queued) for child in el)
    if name == "lb":
        return "<br>" + tail
    if is_mention(el):
        n = source.index(el)
        who = "teikit" if el.get("resp") == "#teikit" else "editor"
        value = el.get("ref") or " ".join(f"{a}={el.get(a)}" for a in DATABLE if el.get(a))
        title = f"{LABELS[name]} {value} ({'cert ' + el.get('cert') if el.get('cert') else who})"
        item = f' data-item="q-{queued[n]}"' if n in queued else ""
        return (f'<mark id="m-{n}" class="m {name} cert-{escape(el.get("cert", "none"))} by-{who}"{item} '
                f'title="{escape(title)}">{inner}</mark>{tail}')
    element = "div" if name in BLOCKS else "span"
    return f'<{element} class="t-{escape(name)}">{inner}</{element}>{tail}'


def entry_lists(source: Source) -> str:
    """One datalist of register entries per kind, shared by every queue item's link field."""
    lists = []
    for kind in KINDS.values():
        options = "".join(f'<option value="{escape(e.get(ID, ""))}">{escape(entry_label(e))}</option>'
                          for e in entries(source, kind))
        lists.append(f'<datalist id="entries-{kind}">{options}</datalist>')
    return "".join(lists)


def queue_item(source: Source, group: list[etree._Element], hidden: str, base: str) -> str:
    first = group[0]
    n = source.index(first)
    name = local(first)
    cert = first.get("cert", "none")
    count = len(group)
    words = escape(text_of(first))
    if name in KINDS:
        entry = source.by_id((first.get("ref") or "").lstrip("#"))
        detail = f"→ {escape(entry_label(entry))}" if entry is not None else "→ (no entry)"
    else:
        detail = escape(" ".join(f"{a}={first.get(a)}" for a in DATABLE if first.get(a)) or "no value")
    scope = (f'<label class="scope"><input type="checkbox" name="scope" value="all"> all {count} identical</label>'
             if count > 1 else "")
    rows = ['<button name="action" value="accept">Accept</button>',
            '<button name="action" value="reject">Reject</button>', scope]
    if name in KINDS:
        others = "".join(f'<option value="{t}">{LABELS[t]}</option>' for t in KINDS if t != name)
        rows.append(f'<div class="row"><label>Type <select name="type">{others}</select></label>'
                    f'<button name="action" value="retype">Change type</button></div>')
        rows.append(f'<div class="row"><label>Entry <input name="ref" list="entries-{KINDS[name]}" '
                    f'value="{escape((first.get("ref") or "").lstrip("#"))}" size="18"></label>'
                    '<button name="action" value="link">Link</button></div>')
        authorities = "".join(f'<option>{a}</option>' for a in AUTHORITIES)
        rows.append(
            '<details class="new-entry"><summary>New register entry</summary>'
            f'<label>Name <input name="name" value="{words}"></label>'
            '<label>Variants <input name="variants" placeholder="separated by ;"></label>'
            f'<label>Authority <select name="authority_type">{authorities}</select></label>'
            '<label>Id <input name="authority_id" placeholder="e.g. Q649"></label>'
            '<button name="action" value="new">Create and link</button></details>')
    else:
        inputs = "".join(f'<label>{a} <input name="{a}" value="{escape(first.get(a) or "")}" size="10"></label>'
                         for a in DATABLE)
        rows.append(f'<div class="row date-values">{inputs}<button name="action" value="date">Correct</button></div>')
    rows.append('<div class="row span">Span: '
                '<button name="action" value="widen-left" title="take in the word before">⇤ widen</button>'
                '<button name="action" value="narrow-left" title="drop the first word">narrow ⇥</button>'
                '<button name="action" value="narrow-right" title="drop the last word">⇤ narrow</button>'
                '<button name="action" value="widen-right" title="take in the word after">widen ⇥</button></div>')
    return (f'<li id="q-{n}" class="item cert-{escape(cert)}" data-mention="m-{n}">'
            f'<p class="what"><a href="#m-{n}"><span class="kind">{LABELS[name]}</span> “{words}”</a>'
            f' <span class="cert">{escape(cert)}</span>{f" <span class=count>×{count}</span>" if count > 1 else ""}'
            f' <span class="detail">{detail}</span></p>'
            f'<form method="post" action="{base}/decide">{hidden}<input type="hidden" name="n" value="{n}">'
            + "".join(rows) + "</form></li>")


def review_page(name: str, source: Source, version: str, token: str, notice: str = "",
                problems: list[str] = (), can_undo: str = "") -> str:
    """The whole page for one file at one version (`version` goes back with every form)."""
    hidden = (f'<input type="hidden" name="token" value="{escape(token)}">'
              f'<input type="hidden" name="version" value="{escape(version)}">')
    queue = groups(source)
    base = f"/edition/{escape(name)}"
    items = "".join(queue_item(source, group, hidden, base) for group in queue)
    queued = {source.index(el): source.index(group[0]) for group in queue for el in group}
    message = f'<p class="notice" role="status">{escape(notice)}</p>' if notice else ""
    if problems:
        message += ('<div class="problems" role="alert"><p>Refused; the file was not changed:</p><ul>'
                    + "".join(f"<li>{escape(p)}</li>" for p in problems) + "</ul></div>")
    undo = (f'<form method="post" action="{base}/undo" class="undo">{hidden}'
            f'<button>Undo: {escape(can_undo)}</button></form>' if can_undo else "")
    title_element = source.tree.getroot().find("{*}teiHeader//{*}title")
    title = text_of(title_element) if title_element is not None else name
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: {escape(name)}</title>
<link rel="stylesheet" href="/static/review.css">
<script src="/static/review.js" defer></script>
</head>
<body data-version="{escape(version)}">
<header>
<h1>{escape(title)}</h1>
<p class="file">tei/{escape(name)}.xml · <span id="pending">{sum(len(g) for g in queue)}</span> mentions to review</p>
{message}{undo}
</header>
<main>
<section id="queue" aria-label="Mentions to review, lowest certainty first">
<h2>To review</h2>
<ol>{items or '<li class="done">Nothing left to review.</li>'}</ol>
</section>
{entry_lists(source)}
<article id="text" aria-label="The text">
{render_text(source, queued)}
</article>
</main>
</body>
</html>
"""


def index_page(names: list[str]) -> str:
    links = "".join(f'<li><a href="/edition/{escape(n)}">{escape(n)}</a></li>' for n in names)
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>teikit review</title><link rel="stylesheet" href="/static/review.css"></head>
<body><header><h1>teikit review</h1></header><main><ul class="files">{links}</ul></main></body>
</html>
"""


def error_page(status: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(status)}</title></head>'
            f"<body><h1>{escape(status)}</h1></body></html>\n")
