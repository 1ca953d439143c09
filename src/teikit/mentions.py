"""What the views compute for every mention of a name or a date, computed once per document in lxml.

The index renders a link and a snippet for each of several hundred mentions, the reading view an id
for each, the registers a link target for each: in Saxon that is some thirty string and axis calls
per mention, each 1–50 µs, and the id of a mention counts the names before it in its block, again
for every view. Here one walk over the text gives them all. They travel to the stylesheets as attributes
in the stylesheets' own namespace on the mentions of a copy of the TEI, which only Saxon sees: the
canonical file stays the one input a user edits.

The stylesheets' functions (`t:mention-id`, `t:reading-target`, `t:context` in xslt/) remain the
definition: they read an attribute when it is there and compute the value otherwise, as when a user
runs a stylesheet on a TEI file by hand. This module follows them step by step, and a test renders
every view both ways and requires the same bytes.
"""

from __future__ import annotations

import bisect
import copy
import itertools
import re

from lxml import etree

from teikit.xmlio import TEI_NS, XML_NS

#: The stylesheets' namespace (prefix `t` in xslt/*.xsl). A mention carries t:mention (its id),
#: t:target (its place in the reading view, only where that is not itself), t:before and t:after
#: (the words of its snippet in the index).
VIEWS_NS = "urn:teikit:xslt"

NAMES = frozenset(f"{{{TEI_NS}}}{name}" for name in ("persName", "placeName", "orgName"))
DATE = f"{{{TEI_NS}}}date"
LB = f"{{{TEI_NS}}}lb"
TEXT = f"{{{TEI_NS}}}text"
XML_ID = f"{{{XML_NS}}}id"
#: t:is-block in common.xsl.
BLOCKS = frozenset(f"{{{TEI_NS}}}{name}" for name in (
    "p", "head", "byline", "dateline", "salute", "signed", "idno", "seg", "bibl", "item", "address",
    "note", "div", "opener", "closer", "list"))
#: Text the reading view leaves out, so a snippet leaves it out too (t:visible-text in index.xsl).
LEFT_OUT = frozenset(f"{{{TEI_NS}}}{name}" for name in ("sic", "orig", "surplus"))
NOTE = f"{{{TEI_NS}}}note"
MENTIONS = NAMES | {DATE}
NAME_TAGS = tuple(NAMES)
#: The characters XPath's tokenize#1 and normalize-space split on (not Python's wider whitespace).
XPATH_SPACE = " \t\n\r"
XPATH_WORD = re.compile(r"[^ \t\n\r]+")
#: What Python's str.split splits on besides (the characters of XML 1.0 among them).
OTHER_SPACE = re.compile("[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
SNIPPET_WORDS = 8


def with_mention_table(tree: etree._ElementTree) -> etree._ElementTree:
    """A copy of `tree` whose names and dates in the text carry what the views need of them."""
    root = tree.getroot()
    # the namespace declared once, on the root, rather than on every mention
    copied = etree.Element(root.tag, root.attrib, nsmap={**root.nsmap, "teikit-views": VIEWS_NS})
    copied.text = root.text
    copied.extend(copy.deepcopy(child) for child in root)
    MentionTable().annotate(copied)
    annotated = etree.ElementTree(copied)
    annotated.docinfo.URL = tree.docinfo.URL  # errors still name the file
    return annotated


#: A text node as XPath sees it: its string as t:joined reads it (a space for an lb right before
#: it), whether an lb comes right after it, and the left-out elements it is inside.
TextNode = tuple[str, bool, tuple[etree._Element, ...]]


class MentionTable:
    """One document's walk; ids of elements and numbers of mentions are cached per element."""

    def __init__(self) -> None:
        self.ids: dict[etree._Element, str] = {}
        self.numbers: dict[tuple[etree._Element, tuple[str, ...]], dict[etree._Element, int]] = {}

    def annotate(self, root: etree._Element) -> None:
        for text in root.iter(TEXT):
            if next(text.iterancestors(TEXT), None) is None:  # a text in a text is walked with it
                self.annotate_text(text)

    def annotate_text(self, text: etree._Element) -> None:
        """One walk over `text` in document order: its text nodes, and where each element's begin and end."""
        texts: list[TextNode] = []
        spans: dict[etree._Element, tuple[int, int]] = {}
        mentions: list[tuple[etree._Element, etree._Element, etree._Element, tuple[etree._Element, ...]]] = []

        def walk(el: etree._Element, container: etree._Element, block: etree._Element | None,
                 inside: tuple[etree._Element, ...]) -> None:
            """`container`, `block`, `inside`: el's nearest container and block and the left-out
            elements it is inside, all from its ancestors."""
            tag = el.tag
            if tag in MENTIONS:
                mentions.append((el, container, block if block is not None else el.getparent(), inside))
            if tag in BLOCKS:
                container = block = el
            elif el.get(XML_ID) is not None:
                container = el
            if tag in LEFT_OUT or (tag == NOTE and el.get("type") == "editorial"):
                inside += (el,)
            start = len(texts)
            children = list(el)
            if el.text:
                texts.append((el.text, bool(children) and children[0].tag == LB, inside))
            for i, child in enumerate(children, 1):
                if isinstance(child.tag, str):  # not a comment or a processing instruction
                    walk(child, container, block, inside)
                if child.tail:
                    texts.append((" " + child.tail if child.tag == LB else child.tail,
                                  i < len(children) and children[i].tag == LB, inside))
            spans[el] = (start, len(texts))

        walk(text, next((up for up in text.iterancestors() if up.tag in BLOCKS or up.get(XML_ID) is not None), text),
             next(text.iterancestors(*BLOCKS), None), ())
        readings: dict[tuple[etree._Element, tuple[etree._Element, ...]], Reading] = {}
        for el, container, block, inside in mentions:
            mention = self.mention_id(el, container)
            el.set(f"{{{VIEWS_NS}}}mention", mention)
            target = self.reading_target(el) if inside else mention
            if target != mention:
                el.set(f"{{{VIEWS_NS}}}target", target)
            if block not in spans:  # a text inside a block (no TEI has one): the stylesheet works it out
                continue
            if (block, inside) not in readings:
                readings[block, inside] = Reading(texts, *spans[block], frozenset(inside))
            before, after = readings[block, inside].context(*spans[el])
            el.set(f"{{{VIEWS_NS}}}before", before)
            el.set(f"{{{VIEWS_NS}}}after", after)

    # ------------------------------------------------------------ ids (common.xsl)

    def html_id(self, el: etree._Element) -> str:
        """t:id: the element's xml:id, else its path of names and positions below the text."""
        if el not in self.ids:
            own = el.get(XML_ID)
            if own is not None:
                self.ids[el] = own
            else:
                steps = [a for a in (el, *el.iterancestors()) if any(up.tag == TEXT for up in a.iterancestors())]
                self.ids[el] = "x-" + "-".join(
                    f"{etree.QName(a).localname}{sum(1 for s in a.itersiblings(preceding=True) if s.tag == a.tag) + 1}"
                    for a in reversed(steps))
        return self.ids[el]

    @staticmethod
    def container(el: etree._Element) -> etree._Element:
        """t:container: the nearest ancestor with an id or that is a block, else the text, else the parent."""
        for up in el.iterancestors():
            if up.get(XML_ID) is not None or up.tag in BLOCKS:
                return up
        return next(el.iterancestors(TEXT), el.getparent())

    def mention_id(self, el: etree._Element, container: etree._Element | None = None) -> str:
        """t:mention-id: the mention's xml:id, else its container's id, "-n" or "-d", and its number
        among the names (or dates) of the container in document order."""
        own = el.get(XML_ID)
        if own is not None:
            return own
        container = self.container(el) if container is None else container
        kind = "-d" if el.tag == DATE else "-n"
        return f"{self.html_id(container)}{kind}{self.number_in(container, el)}"

    def number_in(self, container: etree._Element, el: etree._Element) -> int:
        """The mention's number among the names (or dates) of its container, all numbered at once."""
        tags = (DATE,) if el.tag == DATE else NAME_TAGS
        key = (container, tags)
        if key not in self.numbers:
            self.numbers[key] = {mention: number for number, mention in enumerate(container.iter(*tags), 1)}
        return self.numbers[key][el]

    def reading_target(self, el: etree._Element) -> str:
        """t:reading-target: the mention, or, inside text the reading view leaves out, the container
        of the outermost such element."""
        outermost = list(el.iterancestors(*LEFT_OUT))
        return self.html_id(self.container(outermost[-1])) if outermost else self.mention_id(el)


class Reading:
    """A block's text as the index reads it around a mention: the text nodes not left out (but for
    those the mention is inside: `shown`), joined into one string, with the offset of each node."""

    def __init__(self, texts: list[TextNode], start: int, end: int, shown: frozenset[etree._Element]) -> None:
        self.indices = [i for i in range(start, end) if not texts[i][2] or shown.issuperset(texts[i][2])]
        self.texts = [texts[i] for i in self.indices]
        self.offsets = list(itertools.accumulate((len(t[0]) for t in self.texts), initial=0))
        self.joined = "".join(t[0] for t in self.texts)
        # str.split is XPath's tokenize where the text has no space XPath does not split on
        self.words = XPATH_WORD.findall if OTHER_SPACE.search(self.joined) else str.split

    def context(self, start: int, end: int) -> tuple[str, str]:
        """t:context of a mention whose own text nodes are `start` to `end` of the text's: the last 8
        words before it, after "…" if there are more, and a space if that text ends with one; a space
        if the text after it starts with one, its first 8 words, and "…" if there are more."""
        before = bisect.bisect_left(self.indices, start)
        after = bisect.bisect_left(self.indices, end)
        words = self.words_before(self.offsets[before])
        last = self.texts[before - 1] if before else None
        first = self.texts[after] if after < len(self.texts) else None
        following = self.words_after(self.offsets[after])
        return (("…" if len(words) > SNIPPET_WORDS else "") + " ".join(words[-SNIPPET_WORDS:])
                + (" " if last is not None and (last[0][-1] in XPATH_SPACE or last[1]) else ""),
                (" " if first is not None and first[0][0] in XPATH_SPACE else "")
                + " ".join(following[:SNIPPET_WORDS]) + ("…" if len(following) > SNIPPET_WORDS else ""))

    def words_before(self, end: int) -> list[str]:
        """The words of the text up to `end`, or at least the last 9 of them."""
        if end > WINDOW:
            near = self.words(self.joined[end - WINDOW:end])
            if len(near) > 9:
                return near[1:]
        return self.words(self.joined[:end])

    def words_after(self, start: int) -> list[str]:
        """The words of the text from `start`, or at least the first 9 of them."""
        if len(self.joined) - start > WINDOW:
            near = self.words(self.joined[start:start + WINDOW])
            if len(near) > 9:
                return near[:-1]
        return self.words(self.joined[start:])


#: Words enough to know a snippet's 8 words and that there are more: a window of the text this
#: long that holds more than 9 words gives them (its first or last word may be cut, the others are
#: whole), so a mention need not split its whole block (the same shortcut as in index.xsl).
WINDOW = 160
