"""Screenshots of a built site in headless Chromium: light and dark scheme, wide and narrow.

    python bench/screenshots.py [SITE_DIR] [--out screenshots/]
    python bench/screenshots.py [SITE_DIR] --readme   # docs/assets/briefing-{phone,desktop}-{light,dark}.png

Builds the project's site first when SITE_DIR is not given. Look at the PNGs before a release.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "briefing": "briefings/000-6d26b8eed05513dc/",
    "long-briefing": "briefings/wikinews-44581/",
    "home": "",
    "entity": "entities/coree-du-nord/",
    "entities": "entities/",
    "source": "sources/agence-de-renseignement-sud-coreenne/",
    "timeline": "timeline/",
    "graph": "graph/",
}
VIEWS = {
    "wide-light": (1400, "light"),
    "wide-dark": (1400, "dark"),
    "narrow-light": (390, "light"),
    "narrow-dark": (390, "dark"),
}
#: The README's pictures: a briefing on a phone next to the same on a desktop.
README = {"phone": (390, 844), "desktop": (1400, 900)}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", nargs="?", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--full-page", action="store_true")
    parser.add_argument("--readme", action="store_true", help="the README's screenshots, in docs/assets/")
    args = parser.parse_args()
    site = args.site
    if site is None:
        site = Path(tempfile.mkdtemp(prefix="briefings-site-"))
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=ROOT, check=True)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        if args.readme:
            for device, (width, height) in README.items():
                for scheme in ("light", "dark"):
                    page = browser.new_page(viewport={"width": width, "height": height}, color_scheme=scheme)
                    page.goto(base + PAGES["briefing"])
                    page.wait_for_timeout(300)
                    target = ROOT / "docs" / "assets" / f"briefing-{device}-{scheme}.png"
                    page.screenshot(path=str(target))
                    print(target)
                    page.close()
            browser.close()
            server.shutdown()
            return 0
        for view, (width, scheme) in VIEWS.items():
            page = browser.new_page(viewport={"width": width, "height": 1000}, color_scheme=scheme)
            for name, path in PAGES.items():
                page.goto(base + path)
                page.wait_for_timeout(300)
                target = args.out / f"{name}-{view}.png"
                page.screenshot(path=str(target), full_page=args.full_page)
                print(target)
            page.close()
        browser.close()
    server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
