"""A quiet local HTTP server for the benchmarks: serve(site_dir) -> (base_url, server); the browser they and the tests
launch (CHROMIUM, CHROMIUM_ARGS)."""
from __future__ import annotations

import functools
import http.server
import os
import threading


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(site_dir) -> tuple[str, http.server.ThreadingHTTPServer]:
    """Serve site_dir on a free port of 127.0.0.1 in a daemon thread."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


# The browser every Playwright launch and Lighthouse use: CHROME_PATH (Lighthouse's own setting), else Debian's chromium
CHROMIUM = os.environ.get("CHROME_PATH") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
OUTSIDE = r"^https?://(?!127\.0\.0\.1[:/])"
