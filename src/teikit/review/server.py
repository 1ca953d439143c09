"""`teikit review`: a local web server over the canonical TEI files, for one editor's browser.

The standard library's ThreadingHTTPServer is enough: one user, a handful of routes, form posts, no
sessions beyond one token. What a framework would add (routing, templating) is a few lines here, and
nothing extra is installed next to the editor's files.

Defences, each because the server writes the editor's only copy:
  * it listens on 127.0.0.1 only, on a port the system picks;
  * every request must name this server in Host (a DNS-rebinding page names its own host);
  * every POST must come from this server's origin (Origin header) and carry the page's token (CSRF);
  * only the files named at start-up are served, by name; anything else is 404, no listings;
  * every POST names the version of the file it was decided on (If-Match or the form's `version`);
    a file changed meanwhile (another tab, another editor, a text editor) is refused with 409 and the
    page shows the file as it now is: no decision is applied to a version nobody saw;
  * a decision's result is validated (schema and rules) before it replaces the file, atomically.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass, field
from datetime import date
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files as package_files
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from teikit.errors import InputError, TeikitError
from teikit.review.edit import DATABLE, Decision, DecisionRefused, decide, load, parse_bytes
from teikit.review.page import error_page, index_page, review_page
from teikit.xmlio import read_bytes, write_atomic

LOOPBACK = "127.0.0.1"
STATIC = {"review.css": "text/css; charset=utf-8", "review.js": "text/javascript; charset=utf-8"}
MAX_FORM = 64 * 1024
#: lxml's compiled schema and Schematron are shared by the whole process: one validation at a time.
VALIDATION = threading.Lock()
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                               "form-action 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    # not no-referrer: with it, Chromium sends "Origin: null" on form posts, which the origin check refuses
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def version_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def review_files(tei: Path | None, project: Path | None) -> dict[str, Path]:
    """The files a review may touch, by name: one TEI file, or every tei/*.xml of a project.

    A file whose real path leaves the project's tei/ (a symlink out) is not served; a project's file
    that cannot be parsed says so in its page.
    """
    if tei is not None:
        load(read_bytes(tei, "a TEI file"), str(tei))  # a file that cannot be reviewed is said at once
        return {tei.stem: tei.resolve()}
    folder = (project or Path(".")) / "tei"
    if not folder.is_dir():
        raise InputError("no tei/ folder to review (give a TEI file, or --project DIR)", folder)
    real = folder.resolve()
    found = {path.stem: path.resolve() for path in sorted(folder.glob("*.xml"))
             if path.is_file() and path.resolve().is_relative_to(real)}
    if not found:
        raise InputError("no TEI files (*.xml) to review", folder)
    return found


@dataclass
class Decided:
    before: bytes
    after: bytes
    summary: str


@dataclass
class Edition:
    """One file under review: its lock, its undo stack, and what the page should say next."""

    path: Path
    lock: threading.Lock = field(default_factory=threading.Lock)
    history: list[Decided] = field(default_factory=list)
    notice: str = ""


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, editions: dict[str, Path], editor_name: str = "the editor",
                 today: date | None = None) -> None:
        self.editions = {name: Edition(path) for name, path in editions.items()}
        self.editor_name = editor_name
        self.today = today
        self.token = secrets.token_urlsafe(32)
        super().__init__((LOOPBACK, 0), ReviewHandler)

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/"

    @property
    def hosts(self) -> set[str]:
        return {f"{LOOPBACK}:{self.port}", f"localhost:{self.port}"}

    def warm_up(self) -> None:
        """Compile the schema and rules in the background, so the first decision is as quick as the rest."""
        from teikit.validate import validate_tree

        def run():
            edition = next(iter(self.editions.values()))
            try:
                data = read_bytes(edition.path, "a TEI file")
                with VALIDATION:
                    validate_tree(parse_bytes(data, str(edition.path)), str(edition.path))
            except TeikitError:
                pass  # the page will say what is wrong with the file

        threading.Thread(target=run, daemon=True).start()


class Refusal(Exception):
    def __init__(self, status: HTTPStatus, message: str = "") -> None:
        super().__init__(message)
        self.status = status


class ReviewHandler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "teikit-review"
    sys_version = ""

    def log_message(self, format, *args) -> None:  # noqa: A002 (the base class's name)
        """Quiet: the editor's terminal shows the address, not every request."""

    # -- routing

    def do_GET(self) -> None:
        self.guarded(self.get)

    def do_POST(self) -> None:
        self.guarded(self.post)

    def guarded(self, handler) -> None:
        try:
            if self.headers.get("Host", "") not in self.server.hosts:
                raise Refusal(HTTPStatus.FORBIDDEN, "this server answers only to its own address")
            handler(urlsplit(self.path).path)
        except Refusal as refusal:
            self.send_page(refusal.status, error_page(f"{refusal.status.value} {refusal.status.phrase}: {refusal}"))
        except TeikitError as exc:  # the schema cannot be loaded, a folder cannot be written…
            self.send_page(HTTPStatus.INTERNAL_SERVER_ERROR, error_page(f"teikit: {exc}"))

    def get(self, path: str) -> None:
        if path == "/":
            if len(self.server.editions) == 1:
                return self.redirect(f"/edition/{next(iter(self.server.editions))}")
            return self.send_page(HTTPStatus.OK, index_page(list(self.server.editions)))
        if path == "/favicon.ico":
            return self.send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
        if path.startswith("/static/") and path[len("/static/"):] in STATIC:
            name = path[len("/static/"):]
            body = package_files("teikit.review").joinpath("static", name).read_bytes()
            return self.send(HTTPStatus.OK, body, STATIC[name])
        name = self.edition_name(path, "")
        edition = self.server.editions[name]
        with edition.lock:
            self.show(name, edition, HTTPStatus.OK, edition.notice)
            edition.notice = ""

    def post(self, path: str) -> None:
        origin = self.headers.get("Origin", "")
        if origin not in {f"http://{host}" for host in self.server.hosts}:
            raise Refusal(HTTPStatus.FORBIDDEN, "a decision must come from the review page itself")
        form = self.read_form()
        if not hmac.compare_digest(form.get("token", ""), self.server.token):
            raise Refusal(HTTPStatus.FORBIDDEN, "the page's token is missing or wrong; reload the review page")
        for action, handler in (("decide", self.decide), ("undo", self.undo)):
            if path.endswith(f"/{action}"):
                name = self.edition_name(path, f"/{action}")
                return handler(name, self.server.editions[name], form)
        raise Refusal(HTTPStatus.NOT_FOUND, "no such page")

    def edition_name(self, path: str, suffix: str) -> str:
        """The file a URL names: exactly one of the files the review was started on, else 404."""
        prefix = "/edition/"
        name = path[len(prefix):len(path) - len(suffix)] if path.startswith(prefix) and path.endswith(suffix) else ""
        if name not in self.server.editions:
            raise Refusal(HTTPStatus.NOT_FOUND, "no such file in this review")
        return name

    # -- decisions

    def decide(self, name: str, edition: Edition, form: dict[str, str]) -> None:
        with edition.lock:
            data = self.current(edition)
            if not self.same_version(data, form):
                return self.show(name, edition, HTTPStatus.CONFLICT, problems=[
                    "the file changed on disk since this page was loaded (another tab, editor or program); "
                    "your decision was not applied. This is the file as it is now: decide again."])
            try:
                edit = decide(data, decision_from(form), self.server.editor_name,
                              self.server.today or date.today(), str(edition.path))
            except (DecisionRefused, InputError) as exc:
                return self.show(name, edition, HTTPStatus.UNPROCESSABLE_ENTITY, problems=[str(exc)])
            errors = validation_errors(edit.data, edition.path)
            if errors:
                return self.show(name, edition, HTTPStatus.UNPROCESSABLE_ENTITY,
                                 problems=["the decision would make the file invalid:", *errors])
            if self.current(edition) != data:
                return self.show(name, edition, HTTPStatus.CONFLICT, problems=[
                    "the file changed on disk while the decision was being checked; it was not applied"])
            write_atomic(edition.path, edit.data)
            edition.history.append(Decided(data, edit.data, edit.summary))
            edition.notice = f"Saved: {edit.summary}."
        self.redirect(f"/edition/{name}")

    def undo(self, name: str, edition: Edition, form: dict[str, str]) -> None:
        with edition.lock:
            if not edition.history:
                return self.show(name, edition, HTTPStatus.CONFLICT, problems=["there is no decision to undo"])
            last = edition.history[-1]
            if self.current(edition) != last.after:
                return self.show(name, edition, HTTPStatus.CONFLICT, problems=[
                    f"the file changed on disk after the decision ({last.summary}); undo it by hand"])
            write_atomic(edition.path, last.before)
            edition.history.pop()
            edition.notice = f"Undone: {last.summary}."
        self.redirect(f"/edition/{name}")

    def same_version(self, data: bytes, form: dict[str, str]) -> bool:
        sent = self.headers.get("If-Match", "").strip().strip('"') or form.get("version", "")
        return hmac.compare_digest(sent, version_of(data))

    def current(self, edition: Edition) -> bytes:
        try:
            return read_bytes(edition.path, "a TEI file")
        except InputError as exc:
            raise Refusal(HTTPStatus.GONE, str(exc)) from exc

    # -- responses

    def show(self, name: str, edition: Edition, status: HTTPStatus, notice: str = "",
             problems: list[str] = ()) -> None:
        data = self.current(edition)
        try:
            source = load(data, str(edition.path))
        except InputError as exc:
            return self.send_page(HTTPStatus.UNPROCESSABLE_ENTITY, error_page(f"cannot review this file: {exc}"))
        version = version_of(data)
        undo = edition.history[-1].summary if edition.history and edition.history[-1].after == data else ""
        html = review_page(name, source, version, self.server.token, notice, problems, undo)
        self.send_page(status, html, {"ETag": f'"{version}"'})

    def redirect(self, location: str) -> None:
        self.send(HTTPStatus.SEE_OTHER, b"", "text/plain; charset=utf-8", {"Location": location})

    def send_page(self, status: HTTPStatus, html: str, headers: dict[str, str] | None = None) -> None:
        self.send(status, html.encode("utf-8"), "text/html; charset=utf-8", headers)

    def send(self, status: HTTPStatus, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in {**SECURITY_HEADERS, **(headers or {})}.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def read_form(self) -> dict[str, str]:
        if self.headers.get_content_type() != "application/x-www-form-urlencoded":
            raise Refusal(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "decisions are sent as a form")
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_FORM:
            raise Refusal(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the form is too large")
        fields = parse_qs(self.rfile.read(length).decode("utf-8", errors="replace"), keep_blank_values=True)
        return {key: values[-1] for key, values in fields.items()}


def decision_from(form: dict[str, str]) -> Decision:
    """The form's fields as a `Decision` (`widen-left` is the action widen on the left side)."""
    action, _, side = form.get("action", "").partition("-")
    try:
        target = int(form.get("n", ""))
    except ValueError as exc:
        raise DecisionRefused("the form names no mention; reload the page") from exc
    return Decision(action, target, "all" if form.get("scope") == "all" else "one", form.get("type", ""),
                    form.get("ref", ""), form.get("name", ""), form.get("variants", ""),
                    form.get("authority_type", ""), form.get("authority_id", ""), side,
                    {key: form.get(key, "") for key in DATABLE})


def validation_errors(data: bytes, path: Path) -> list[str]:
    """The schema and rule errors of `data` as the file it would become (warnings never refuse)."""
    from teikit.validate import validate_tree

    tree = parse_bytes(data, str(path))
    with VALIDATION:
        problems = validate_tree(tree, str(path), data.decode("utf-8", errors="replace"))
    return [str(p) for p in problems if p.severity == "error"]


def serve(editions: dict[str, Path], editor_name: str, open_browser: bool, announce) -> None:
    """Run until interrupted; `announce(url)` tells the editor where to point the browser."""
    server = ReviewServer(editions, editor_name)
    server.warm_up()
    announce(server.url)
    if open_browser:
        import webbrowser

        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
