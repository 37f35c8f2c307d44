"""HTML pages to article text and metadata.

Body text: trafilatura twice, tuned on the article-extraction benchmark (``khabar eval html``):
a precision-oriented pass without comments, and a recall-oriented pass that replaces it when the
precise text is less than half as long (the precise pass then missed part of the article). A first
line repeating the title is dropped (the title has its own field), then khabar's boilerplate
cleaning runs. When trafilatura finds nothing (truncated or odd markup) a plain paragraph walk
over the lxml tree is used.

Publication date, in order: meta tags (article:published_time, og:..., itemprop, DC, parsely,
sailthru, pubdate...), JSON-LD ``datePublished``, ``<time datetime>``, a dated byline near the
top of the page, then htmldate without its "extensive" search. The extensive search is never used
because it falls back to the footer's copyright year (``© 2023``), which is not a publication date.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from khabar.ingest.dates import parse_date_lenient

# Settings chosen on the article-extraction benchmark (khabar eval html); see the module docstring.
PRECISE: dict[str, object] = {"favor_precision": True, "include_comments": False, "include_tables": True}
RECALL: dict[str, object] = {"favor_recall": True, "include_comments": False, "include_tables": True}
RECALL_WHEN_SHORTER_THAN = 0.5
# trafilatura's own date is not used (see find_published); keep its search cheap.
_NO_EXTENSIVE_DATE: dict[str, object] = {"extensive_search": False, "original_date": True}
_META_DATE_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "article.published", "published_time", "publish-date", "publish_date", "pubdate", "publishdate",
    "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "dc.date.created",
    "sailthru.date", "parsely-pub-date", "article_date_original", "originalpublicationdate",
    "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date", "displaydate",
    "article:published", "date_published", "release_date", "created", "dateCreated".lower(),
)  # fmt: skip
_META_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_JSONLD = re.compile(
    r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script>", re.I | re.S
)
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w\-:]+)""", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


@dataclass
class HtmlArticle:
    text: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    site: str | None = None
    extractor: str = "trafilatura"


def declared_charset(raw: bytes) -> str | None:
    m = _CHARSET.search(raw[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def _meta(html: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for tag in _META_TAG.findall(html[:300_000]):
        attrs = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(tag)
        }
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower().strip()
        value = attrs.get("content") or attrs.get("datetime") or ""
        if key and value.strip() and key not in out:
            out[key] = value.strip()
    return out


def _jsonld_items(html: str) -> list[dict]:
    items: list[dict] = []
    for block in _JSONLD.findall(html):
        try:
            data = json.loads(block.strip())
        except (json.JSONDecodeError, ValueError):
            continue
        stack = [data]
        while stack:
            x = stack.pop()
            if isinstance(x, list):
                stack.extend(x)
            elif isinstance(x, dict):
                items.append(x)
                if "@graph" in x:
                    stack.append(x["@graph"])
    return items


def _jsonld_author(items: list[dict]) -> str | None:
    for it in items:
        a = it.get("author")
        if isinstance(a, list) and a:
            a = a[0]
        if isinstance(a, dict):
            a = a.get("name")
        if isinstance(a, str) and a.strip():
            return a.strip()
    return None


# A dated byline near the top: "Published: 2023-09-16", "نشر في 16/09/2023", "September 16, 2023".
_BYLINE_DATE = re.compile(
    r"(?:published|updated|posted|نشر(?:\s+في)?|تاريخ النشر|بتاريخ)\s*[:：]?\s*"
    r"(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}"
    r"|(?:\S+\s+)?\d{1,2}\s+[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?(?:\s*\([^)]*\))?\s*,?\s*\d{4})",
    re.IGNORECASE,
)


def find_published(html: str, url: str | None = None, text_head: str = "") -> date | None:
    """The publication date from markup; never the copyright year."""
    meta = _meta(html)
    for key in _META_DATE_KEYS:
        if key in meta:
            d = parse_date_lenient(meta[key])
            if d:
                return d
    items = _jsonld_items(html)
    for field in ("datePublished", "dateCreated", "uploadDate", "dateModified"):
        for it in items:
            v = it.get(field)
            if isinstance(v, str):
                d = parse_date_lenient(v)
                if d:
                    return d
    for v in _TIME_TAG.findall(html[:500_000]):
        d = parse_date_lenient(v)
        if d:
            return d
    m = _BYLINE_DATE.search(text_head)
    if m:
        d = parse_date_lenient(m.group(1))
        if d:
            return d
    try:
        from htmldate import find_date

        found = find_date(html, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate raises a variety of errors on odd markup
        found = None
    return parse_date_lenient(found) if found else None


def _fallback_text(html: str) -> str:
    """Paragraph text from a forgiving lxml parse, for pages trafilatura gives up on."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # lxml raises ParserError / ValueError on empty or hopeless markup
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//nav|//footer|//header|//aside|//form"):
        bad.drop_tree()
    paras = [p.text_content().strip() for p in tree.xpath("//p|//h1|//h2|//h3|//li|//blockquote")]
    paras = [p for p in paras if p]
    if not paras:
        body = tree.find(".//body")
        return (body if body is not None else tree).text_content().strip()
    return "\n".join(paras)


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """Main text and metadata of one HTML page (text may be empty when there is none)."""
    import trafilatura

    result = None
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, date_extraction_params=_NO_EXTENSIVE_DATE, **PRECISE
        )
        recall = trafilatura.bare_extraction(html, url=url, **RECALL)
    except Exception:  # trafilatura may raise on hopeless markup; fall back below
        recall = None
    text = (getattr(result, "text", None) or "").strip()
    extractor = "trafilatura"
    recall_text = (getattr(recall, "text", None) or "").strip()
    if len(text) < RECALL_WHEN_SHORTER_THAN * len(recall_text):
        text, extractor = recall_text, "trafilatura-recall"
    if len(text) < 80:
        fb = _fallback_text(html)
        if len(fb) > len(text):
            text, extractor = fb, "lxml-fallback"
    title = getattr(result, "title", None) or None
    if not title:
        m = _TITLE.search(html[:200_000])
        if m:
            import html as html_lib

            title = re.sub(r"\s+", " ", html_lib.unescape(m.group(1))).strip() or None
    if title:
        first, _, rest = text.partition("\n")
        if _letters(first) == _letters(title) and rest.strip():
            text = rest.strip()
    meta = _meta(html)
    author = next((meta[k] for k in _META_AUTHOR_KEYS if meta.get(k) and "://" not in meta[k]), None)
    author = author or _jsonld_author(_jsonld_items(html)) or getattr(result, "author", None) or None
    if author:
        author = (
            re.sub(r"^\s*(?:by|بقلم|كتب|كتبت)\s*[:：]?\s+", "", author, flags=re.IGNORECASE).strip() or None
        )
    published = find_published(html, url, text_head=_fallback_head(html))
    site = getattr(result, "sitename", None) or meta.get("og:site_name") or None
    return HtmlArticle(text, title, author, published, site, extractor)


def _letters(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def _fallback_head(html: str) -> str:
    """Visible text at the top of the body, where bylines live (tags stripped, no parsing)."""
    m = re.search(r"<body\b", html, re.I)
    head = html[m.start() if m else 0 :][:30_000]
    head = re.sub(r"<(script|style)\b.*?</\1>", " ", head, flags=re.I | re.S)
    return re.sub(r"<[^>]+>", " ", head)


def html_fragment_text(fragment: str) -> str:
    """Text of an HTML fragment (an RSS entry's content), paragraphs on their own lines."""
    if "<" not in fragment:
        import html as html_lib

        return html_lib.unescape(fragment)
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml: ParserError on empty/odd fragments
        return re.sub(r"<[^>]+>", " ", fragment)
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for br in root.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.xpath(".//p|.//div|.//li|.//h1|.//h2|.//h3|.//h4|.//blockquote|.//tr"):
        el.tail = "\n" + (el.tail or "")
    return root.text_content()
