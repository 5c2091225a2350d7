"""Normalisation of facts from source lists: venues, years, arXiv ids, URLs, names and titles."""
from __future__ import annotations

import re
import unicodedata

from kd.data.venues import alias_index

FIRST_YEAR, LAST_YEAR = 1980, 2027

# lowercase alias (letters, digits and single spaces only) -> canonical venue name, from the venue table
_VENUE_ALIASES = alias_index()
_WORKSHOP_HOSTS = {"cvpr": "CVPR", "iccv": "ICCV", "eccv": "ECCV", "wacv": "WACV", "neurips": "NeurIPS",
                   "nips": "NeurIPS", "iclr": "ICLR", "icml": "ICML", "aaai": "AAAI"}
_FINDINGS_HOSTS = {"acl": "ACL", "emnlp": "EMNLP", "naacl": "NAACL", "eacl": "EACL"}
CANONICAL_VENUES = frozenset(_VENUE_ALIASES.values()) | {
    f"{host} Workshops" for host in _WORKSHOP_HOSTS.values()} | {
    f"Findings of {host}" for host in _FINDINGS_HOSTS.values()}

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def _alias_key(text: str) -> str:
    return _NOT_ALNUM.sub(" ", text.casefold()).strip()


def canonical_venue(raw: str | None) -> str | None:
    """The canonical short name for a venue as a source writes it ("cvpr 2021" -> "CVPR")."""
    if not raw:
        return None
    text = re.sub(r"\((?:pre|short)\)|,\s*short\b", "", raw)
    text = _YEAR.sub("", text)
    text = re.sub(r"(?<![A-Za-z])'?\d{2}$", "", text.strip())  # "RecSys 22", "TMLR'25"
    text = text.strip(" ,.;:-")
    key = _alias_key(text)
    if not key or key == "-":
        return None
    if key in _VENUE_ALIASES:
        return _VENUE_ALIASES[key]
    words = key.split()
    if words[0] in _FINDINGS_HOSTS and "findings" in words or (words[0] == "findings" and words[-1] in _FINDINGS_HOSTS):
        host = words[-1] if words[0] == "findings" else words[0]
        return f"Findings of {_FINDINGS_HOSTS[host]}"
    host = words[0][:-1] if len(words) == 1 and words[0].endswith("w") else words[0]
    if host in _WORKSHOP_HOSTS and (len(words) == 1 or words[1].startswith("workshop")):
        return f"{_WORKSHOP_HOSTS[host]} Workshops"
    return text


def year_in(text: str) -> int | None:
    """The last plausible four-digit year in a piece of text."""
    years = [int(y) for y in _YEAR.findall(text) if FIRST_YEAR <= int(y) <= LAST_YEAR]
    return years[-1] if years else None


# "arXiv:", and the typos seen in lists: "arViv:", "arXv:", "Arxiv:", "arxive"
ARXIV_PREFIX = r"(?i:\bar(?:xiv|viv|xv|xive)\b)"
_NEW_ID = re.compile(r"(\d{4})\.(\d{4,5})(?:v\d+)?")
_OLD_ID = re.compile(r"([a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?")
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf|html)/([^\s?#]+?)(?:v\d+)?(?:\.pdf)?/?(?:[?#].*)?$", re.I)


def valid_arxiv_id(arxiv_id: str) -> bool:
    """Whether a bare new-style id is well formed: a real YYMM and 4 digits before 2015, 5 after."""
    match = _NEW_ID.fullmatch(arxiv_id)
    if not match:
        return bool(_OLD_ID.fullmatch(arxiv_id))
    yymm, number = match.groups()
    year, month = int(yymm[:2]), int(yymm[2:])
    if not (7 <= year <= LAST_YEAR - 2000 and 1 <= month <= 12):
        return False
    return len(number) == (4 if int(yymm) < 1501 else 5)


def bare_arxiv_id(text: str) -> str | None:
    """The arXiv id in "1911.12491v1" or "cs/0601001", version dropped; None if malformed."""
    text = text.strip().rstrip(".,;)")
    for pattern in (_NEW_ID, _OLD_ID):
        match = pattern.fullmatch(text)
        if match:
            arxiv_id = match.group(1) if pattern is _OLD_ID else f"{match.group(1)}.{match.group(2)}"
            return arxiv_id if valid_arxiv_id(arxiv_id) else None
    return None


def arxiv_id_from_url(url: str | None) -> str | None:
    """The arXiv id of an arxiv.org abs/pdf URL."""
    match = _ARXIV_URL.search(url or "")
    return bare_arxiv_id(match.group(1)) if match else None


def arxiv_abs_url(arxiv_id: str) -> str:
    """The abstract page of an arXiv id."""
    return f"https://arxiv.org/abs/{arxiv_id}"


_URL = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:[0-9]+)?(/\S*)?$")
# a web search for the title is not a link to the paper
_SEARCH_PAGE = re.compile(r"^https?://(www\.)?(google\.[a-z.]+/search|bing\.com/search|duckduckgo\.com/\?|"
                          r"scholar\.google\.[a-z.]+/scholar)", re.I)


def clean_url(url: str | None) -> str | None:
    """A well-formed http(s) URL that is not a web search, or None; Markdown escapes (\\_) are undone and arXiv PDF
    links become abstract pages."""
    if not url:
        return None
    url = re.sub(r"\\([_*~])", r"\1", url.strip().strip("<>").rstrip(".,;"))
    if not _URL.match(url) or _SEARCH_PAGE.match(url):
        return None
    arxiv_id = arxiv_id_from_url(url)
    return arxiv_abs_url(arxiv_id) if arxiv_id else url


_VENUE_URLS = (
    (re.compile(r"openaccess\.thecvf\.com/content_?(cvpr|iccv|eccv|wacv)_?(\d{4})(_workshops|w)?", re.I), None),
    (re.compile(r"openaccess\.thecvf\.com/content/(CVPR|ICCV|WACV|ACCV)(\d{4})(W)?", re.I), None),
    (re.compile(r"ecva\.net/papers/eccv_(\d{4})", re.I), "ECCV"),
    (re.compile(r"papers\.nips\.cc/paper(?:_files)?/(?:paper/)?(\d{4})|proceedings\.neurips\.cc/paper(?:_files/paper)?/(\d{4})", re.I), "NeurIPS"),
    (re.compile(r"ojs\.aaai\.org|aaai\.org/(?:ojs|Papers/AAAI)", re.I), "AAAI"),
    (re.compile(r"ijcai\.org/proceedings/(\d{4})", re.I), "IJCAI"),
    (re.compile(r"aclanthology\.org/(\d{4})\.(findings-)?(acl|emnlp|naacl|eacl|coling)", re.I), None),
    (re.compile(r"jmlr\.org/papers", re.I), "JMLR"),
    # a conference's own page of the paper, and DOIs whose prefix names the proceedings or journal
    (re.compile(r"icml\.cc/virtual/", re.I), "ICML"),
    (re.compile(r"iclr\.cc/virtual/", re.I), "ICLR"),
    (re.compile(r"(?:nips|neurips)\.cc/virtual/", re.I), "NeurIPS"),
    (re.compile(r"cvpr\.thecvf\.com/virtual/", re.I), "CVPR"),
    (re.compile(r"iccv\.thecvf\.com/virtual/", re.I), "ICCV"),
    (re.compile(r"10\.1609/aaai\.", re.I), "AAAI"),
    (re.compile(r"10\.1109/ICASSP\d", re.I), "ICASSP"),
    (re.compile(r"10\.1109/ICPR\d", re.I), "ICPR"),
    (re.compile(r"10\.1109/TMM\.", re.I), "TMM"),
    (re.compile(r"10\.1109/TPAMI\.", re.I), "TPAMI"),
    (re.compile(r"10\.1109/TIP\.", re.I), "TIP"),
    (re.compile(r"10\.1109/TNNLS\.", re.I), "TNNLS"),
    (re.compile(r"10\.1109/TCSVT\.", re.I), "TCSVT"),
    (re.compile(r"10\.1109/TASLP\.", re.I), "IEEE/ACM TASLP"),
    (re.compile(r"sciencedirect\.com/science/article/(?:abs/)?pii/S0893608", re.I), "Neural Networks"),
)


def venue_from_url(url: str | None) -> str | None:
    """The venue a publisher's URL names (CVF open access, NeurIPS proceedings, ACL anthology, ...)."""
    for pattern, venue in _VENUE_URLS:
        match = pattern.search(url or "")
        if not match:
            continue
        if venue:
            return venue
        groups = match.groups()
        if "aclanthology" in pattern.pattern:
            host = _FINDINGS_HOSTS.get(groups[2].lower()) or canonical_venue(groups[2])
            return f"Findings of {host}" if groups[1] else host
        host = _VENUE_ALIASES[groups[0].lower()]
        return f"{host} Workshops" if groups[2] else host
    return None


_SPACE = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Text with soft hyphens removed, odd hyphens unified and whitespace collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    text = re.sub(r"[\u2010\u2011\u2012]+", "-", text)
    text = re.sub(r"-{2,}", "-", text)
    return _SPACE.sub(" ", text).strip()


_PAGE_CHROME = re.compile(r"^back arrow\s*Go to .{1,80}? homepage\s+", re.IGNORECASE)


def clean_title(title: str) -> str:
    """A title without Markdown emphasis, trailing full stop, stray spaces or page text copied along with it
    (OpenReview's "back arrowGo to ICLR 2025 Conference homepage")."""
    title = _PAGE_CHROME.sub("", clean_text(title.replace("**", "")))
    title = re.sub(r"(?<![\w])_([^_]+)_(?![\w])", r"\1", title)
    title = re.sub(r"\s+([:?!,])", r"\1", title)
    title = re.sub(r":(?=[A-Z])", ": ", title)
    title = re.sub(r"\s+[∗*†]+$", "", title)  # a footnote mark left after the title
    return title.rstrip(" .")


_NAME_NOISE = re.compile(r"\d+$")


def clean_name(name: str) -> str | None:
    """An author name without footnote digits; None for placeholders like "Anonymous"."""
    name = _NAME_NOISE.sub("", clean_text(name)).strip(" ,;")
    name = re.sub(r"(?<=\w{2})\.$", "", name)  # a full stop after a word, not after an initial
    name = re.sub(r"\.(?=\w{2})", ". ", name)  # "J.Dean" -> "J. Dean"
    if not name or name.casefold() in {"anonymous", "others", "et al"} or not re.search(r"[^\W\d_]", name):
        return None
    return name


def split_names(text: str) -> list[str]:
    """Names from a comma/"and"-separated list ("A, B and C")."""
    parts = re.split(r",|\band\b|&", text)
    return [name for name in (clean_name(part) for part in parts) if name]
