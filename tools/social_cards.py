"""Draws the social cards (docs/assets/social-card-<lang>.png, 1200x630) from the logo, in headless Chromium."""
from __future__ import annotations

import base64
import html
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from serve import CHROMIUM  # noqa: E402  (the browser: $CHROME_PATH, else /usr/bin/chromium)

ASSETS = ROOT / "docs" / "assets"
CARDS = {
    "zh": ("知识蒸馏文献库", "Awesome Knowledge Distillation", "按方法类别浏览、检索、引用的双语精选论文库"),
    "en": ("Awesome Knowledge Distillation", "知识蒸馏文献库",
           "A bilingual, curated bibliography of knowledge-distillation research"),
}
PAGE = """<!doctype html><html lang="{lang}"><meta charset="utf-8"><style>
body {{ margin: 0; width: 1200px; height: 630px; background: #3f51b5; color: #fff; display: flex; align-items: center;
       font-family: "WenQuanYi Micro Hei", sans-serif; }}
img {{ width: 300px; height: 300px; margin: 0 70px 0 90px; }}
h1 {{ font-size: 62px; margin: 0 0 14px; line-height: 1.15; }}
p {{ margin: 0; max-width: 680px; }}
.other {{ font-size: 34px; opacity: .85; margin-bottom: 36px; }}
.what {{ font-size: 32px; line-height: 1.4; }}
</style><img src="{logo}" alt=""><div><h1>{title}</h1><p class="other">{other}</p><p class="what">{what}</p></div></html>"""


def main() -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 630})
        logo = "data:image/svg+xml;base64," + base64.b64encode((ASSETS / "logo.svg").read_bytes()).decode()
        for lang, words in CARDS.items():
            title, other, what = map(html.escape, words)
            page.set_content(PAGE.format(lang=lang, logo=logo, title=title, other=other, what=what))
            page.screenshot(path=str(ASSETS / f"social-card-{lang}.png"))
        browser.close()


if __name__ == "__main__":
    main()
