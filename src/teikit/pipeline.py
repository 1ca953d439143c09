"""The library API: the stages strung together, for the CLI and for anyone scripting teikit.

    convert_file(text)          read → segment → annotate → serialise
    convert(text, explain=True)    the same, and why each name was tagged (`.explanation()`)
    save_tei(tree, path)        atomic write that never clobbers an encoder's edits

A whole project is built by `teikit.build.build`, one edition at a time by `teikit.publish`.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from teikit.annotate import annotate
from teikit.annotate.rules import Rules
from teikit.chars import stand_in_source
from teikit.correspondence import add_correspondence
from teikit.edition import EditionData, load_edition
from teikit.errors import EditionDataError, InputError, InvalidDocument
from teikit.model import Block, Document, SourceText, Span
from teikit.paths import edition_name
from teikit.read import read_text
from teikit.register import ENTITY_TAG
from teikit.resources import schema_dir
from teikit.segment import segment
from teikit.serialise import to_document, to_tei
from teikit.validate import Problem, validate_tree
from teikit.xmlio import read_bytes, safe_parser, serialise_xml, write_atomic, write_backup

DIGEST_PI = "teikit-digest"
DIGEST_RE = re.compile(rb"<\?teikit-digest sha256=\"([0-9a-f]{64})\"\?>\n?")


ENTITY_TYPE = {tag: kind for kind, tag in ENTITY_TAG.items()}


@dataclass
class Conversion:
    """A converted text: its TEI, and the annotated document it was serialised from (kept only when
    an explanation is asked for: on a long text the document weighs as much as the TEI)."""

    tree: etree._ElementTree
    document: Document | None
    #: the edition data and register files it was made with (None: none), which `refuse_invalid` blames
    edition_file: Path | None = None
    register_file: Path | None = None

    def explanation(self) -> list[dict[str, object]]:
        """Every name teikit tagged, in source order: its text, type, cert and ref, the rule that
        tagged it and why, and where it stands in the source (line and column, from 1)."""
        source = self.document.source.text
        found = []
        for block in self.document.blocks():
            for span in block.spans:
                if span.explanation is None:
                    continue
                rule, reason = span.explanation
                line, column = source_position(source, block, span)
                found.append({"text": block.text[span.start:span.end], "type": ENTITY_TYPE[span.tag],
                              "cert": span.attrs.get("cert"), "ref": span.attrs.get("ref"), "rule": rule,
                              "reason": reason, "line": line, "column": column})
        return found


def source_position(source: str, block: Block, span: Span) -> tuple[int, int]:
    """Line and column (1-based) of a span's first character in the source text."""
    if "offset" in block.attrs:
        at = int(block.attrs["offset"]) + span.start
        return source.count("\n", 0, at) + 1, at - source.rfind("\n", 0, at)
    before = block.text[:span.start]
    return block.line_no + before.count("\n"), len(before) - before.rfind("\n")


def explanation_path(out_path: Path) -> Path:
    """Where `--explain` writes by default: OUT.explain.json beside the TEI (OUT.xml)."""
    return out_path.with_name(out_path.stem + ".explain.json")


def save_explanation(conversion: Conversion, path: Path) -> None:
    """Write the explanation as JSON: one object per tagged name (see `Conversion.explanation`)."""
    body = {"source": str(conversion.document.source.path), "mentions": conversion.explanation()}
    write_atomic(path, (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def convert_text(source: SourceText, data: EditionData | None = None,
                 out_path: Path | None = None, schema: str | None = None) -> Conversion:
    """Plain text → TEI tree and annotated document (pure: reads nothing but what it is given);
    `schema` is the `xml-model` href to write (default: the one `out_path` implies, see `model_pis`).

    Characters XML cannot carry travel through the stages as stand-ins and end up as `g` (see chars).
    """
    data = data or EditionData()
    doc = annotate(segment(stand_in_source(source), data), data)
    root = to_tei(doc, data)
    add_correspondence(root, data)
    return Conversion(to_document(root, out_path, schema_dir(), schema), doc)


def convert_source(source: SourceText, data: EditionData | None = None,
                   out_path: Path | None = None) -> etree._ElementTree:
    """Plain text → TEI tree."""
    return convert_text(source, data, out_path).tree


def convert(text_path: Path, out_path: Path | None = None, encoding: str | None = None,
            register: Path | None = None, authorities: tuple[Path, ...] = (),
            shipped_authority: bool = True, rules: Rules | None = None, schema: str | None = None,
            explain: bool = False, validate: bool = True) -> Conversion:
    """Read a text and its edition data (if any) and convert it; `out_path` is where the TEI will be
    written (None: standard output), which its schema PIs are relative to. `authorities` are register
    files consulted, with teikit's own unless `shipped_authority` is false, when the text has no
    register; `rules` replaces the recogniser's classification rules (e.g.
    `RULES.without(["person"])`, to measure what a rule adds); `schema` as in `convert_text`. An
    invalid TEI is refused (`refuse_invalid`) unless `validate` is false: then the caller validates.

    The edition's name (of `out_path`, else of the text) must be a safe one (`teikit.paths`).
    """
    source = read_text(text_path, encoding)
    edition_name(out_path if out_path is not None else text_path)
    data = load_edition(Path(text_path), register, tuple(authorities), shipped_authority)
    data.rules = rules
    # which file each part came from, before the entity finder drafts a register of its own
    register_file = data.paths[-1] if data.register is not None else None
    edition_file = next((path for path in data.paths if path != register_file), None)
    conversion = convert_text(source, data, out_path, schema)
    # without an explanation, the document goes before validation
    conversion = Conversion(conversion.tree, conversion.document if explain else None, edition_file, register_file)
    if validate:
        refuse_invalid(conversion.tree, text_path, edition_file, register_file)
    return conversion


def convert_file(text_path: Path, out_path: Path | None = None, encoding: str | None = None,
                 register: Path | None = None, authorities: tuple[Path, ...] = (),
                 shipped_authority: bool = True, rules: Rules | None = None,
                 schema: str | None = None) -> etree._ElementTree:
    """Read a text and its edition data (if any) and convert it to a TEI tree."""
    return convert(text_path, out_path, encoding, register, authorities, shipped_authority, rules, schema).tree


@dataclass
class CheckedTei:
    """A converted text as its TEI file will be: the bytes, the tree parsed from them (lines and
    columns as in the file) and the validator's problems with it (warnings: it has no errors)."""

    data: bytes
    tree: etree._ElementTree
    problems: list[Problem]


def convert_checked(text_path: Path, out_path: Path, schema: str | None = None) -> CheckedTei:
    """`convert_file` for a build, validated once: as the file will be written, so the problems a
    build reports point into it and the build need not read and validate the file again. A TEI the
    validator rejects is refused as `convert` refuses it, before anything is written."""
    conversion = convert(text_path, out_path, schema=schema, validate=False)
    data = tei_bytes(conversion.tree)
    tree = etree.ElementTree(etree.fromstring(data, safe_parser(collect_ids=False), base_url=str(out_path)))
    problems = validate_tree(tree, str(out_path), data.decode("utf-8", errors="replace"))
    errors = [problem for problem in problems if problem.severity == "error"]
    if errors:  # blamed on the edition data by the lines it has there, which only the converted tree keeps
        errors = [problem for problem in validate_tree(conversion.tree, str(text_path))
                  if problem.severity == "error"] or [replace(problem, line=None) for problem in errors]
        refuse(errors, text_path, conversion.edition_file, conversion.register_file)
    return CheckedTei(data, tree, problems)


def refuse_invalid(tree: etree._ElementTree, text_path: Path, edition: Path | None, register: Path | None) -> None:
    """Stop a conversion whose TEI the validator would reject, before anything is written.

    Elements copied from the edition data (`edition`, `register`: the files, if any) keep their line
    in it, so a problem there is the editor's to fix: one line naming that file and line (exit 2).
    Any other problem is teikit's own failure (exit 1).
    """
    errors = [problem for problem in validate_tree(tree, str(text_path)) if problem.severity == "error"]
    if errors:
        refuse(errors, text_path, edition, register)


def refuse(errors: list[Problem], text_path: Path, edition: Path | None, register: Path | None) -> None:
    """Raise the error `refuse_invalid` gives for these validation errors of a conversion."""
    for problem in errors:
        source = register if problem.element.startswith("/TEI/standOff") else edition
        if problem.line is not None and source is not None:
            raise EditionDataError(problem.message, source, problem.line)
    first = errors[0]
    raise InvalidDocument(f"the TEI made of it would be invalid, so nothing was written: {first.message} "
                          f"(at {first.element})", text_path)


# ---------------------------------------------------------------- writing TEI without clobbering

def tei_bytes(tree: etree._ElementTree) -> bytes:
    """The file's bytes, stamped with a digest of its own content so later edits can be noticed."""
    body = serialise_xml(tree)
    digest = hashlib.sha256(body).hexdigest()
    declaration, rest = body.split(b"\n", 1) if body.startswith(b"<?xml") else (b"", body)
    stamp = f'<?{DIGEST_PI} sha256="{digest}"?>\n'.encode()
    return declaration + b"\n" + stamp + rest


def edited_since_generated(data: bytes) -> bool:
    """True when a file's content no longer matches the digest teikit stamped into it."""
    match = DIGEST_RE.search(data)
    if not match:
        return True
    unstamped = data[:match.start()] + data[match.end():]
    return hashlib.sha256(unstamped).hexdigest() != match.group(1).decode()


@dataclass
class SaveResult:
    path: Path
    written: bool
    backup: Path | None = None
    reason: str = ""


def save_tei(tree: etree._ElementTree, path: Path, force: bool = False) -> SaveResult:
    """Write TEI atomically; refuse to replace a file an encoder changed, unless `force` (then back it up)."""
    return save_tei_bytes(tei_bytes(tree), path, force)


def save_tei_bytes(new: bytes, path: Path, force: bool = False) -> SaveResult:
    """`save_tei` of a tree already made into its file's bytes (`tei_bytes`)."""
    backup = None
    if path.exists():
        if path.is_dir():
            raise InputError("is a directory, not a TEI file", path)
        old = read_bytes(path, "a TEI file")
        if old == new:
            return SaveResult(path, False, reason="unchanged")
        if edited_since_generated(old):
            if not force:
                raise InputError(
                    "was edited since teikit wrote it; refusing to overwrite "
                    "(use --force to replace it, keeping a numbered .bak copy)", path)
            backup = write_backup(path, old)
    write_atomic(path, new)
    return SaveResult(path, True, backup)
