"""`teikit review` on the seed: how long until the page is there, and how long a decision takes to save.

    start-up   `teikit review tei/blumkin-1929.xml` in a fresh process, from launch until the review
               page has been served once (the address is printed, then the page is fetched)
    decision   one accept posted to the server (in this process, warm), from the request until the
               303 answer: read, splice, re-parse, validate (schema and rules), atomic write

Works on a copy of the seed's TEI in a temporary folder; the repository's file is never touched.
Issue 20's targets: start-up under 1 s, a decision saved under 200 ms.
"""

from __future__ import annotations

import argparse
import http.client
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tei" / "blumkin-1929.xml"


def get(port: int, path: str) -> tuple[int, str, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read().decode("utf-8")
    return response.status, body, (response.getheader("ETag") or "").strip('"')


def startup(path: Path) -> float:
    began = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "teikit", "review", str(path)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port = int(re.search(r"127\.0\.0\.1:(\d+)", process.stdout.readline())[1])
        status, _, _ = get(port, f"/edition/{path.stem}")
        assert status == 200, status
        return time.perf_counter() - began
    finally:
        process.terminate()
        process.wait()


def decisions(path: Path, count: int) -> list[float]:
    from teikit.review.edit import load, pending
    from teikit.review.server import ReviewServer
    from teikit.validate import schematron, xsd_gate

    server = ReviewServer({path.stem: path})
    threading.Thread(target=server.serve_forever, daemon=True).start()
    get(server.port, f"/edition/{path.stem}")
    xsd_gate(), schematron()  # what the server warms up in the background at start
    times = []
    for _ in range(count):
        status, _, version = get(server.port, f"/edition/{path.stem}")
        source = load(path.read_bytes())
        target = source.index(pending(source)[0])
        own = f"127.0.0.1:{server.port}"
        form = urlencode({"token": server.token, "version": version, "action": "accept", "n": target})
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        began = time.perf_counter()
        connection.request("POST", f"/edition/{path.stem}/decide", form, {
            "Host": own, "Origin": f"http://{own}", "Content-Type": "application/x-www-form-urlencoded"})
        response = connection.getresponse()
        response.read()
        times.append(time.perf_counter() - began)
        assert response.status == 303, response.status
    server.shutdown()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7, help="start-ups and decisions to time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tei" / SEED.name
        path.parent.mkdir()
        shutil.copy(SEED, path)
        starts = [startup(path) for _ in range(args.repeat)]
        saves = decisions(path, args.repeat)
    print(f"start-up to first page: median {statistics.median(starts) * 1000:.0f} ms "
          f"(min {min(starts) * 1000:.0f}, max {max(starts) * 1000:.0f}); target < 1000 ms")
    print(f"decision saved:         median {statistics.median(saves) * 1000:.0f} ms "
          f"(min {min(saves) * 1000:.0f}, max {max(saves) * 1000:.0f}); target < 200 ms")


if __name__ == "__main__":
    main()
