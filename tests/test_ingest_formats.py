"""Every input format of issue 2 item 4, read through ``read_inputs`` as the CLI does."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from khabar.document import Document
from khabar.ingest import IngestError, JsonlFields, read_inputs
from khabar.ingest.clean import clean_text
from khabar.ingest.decode import DecodeError, decode_bytes
from khabar.ingest.formats import sniff_format

ARABIC = (
    "قال الرئيس الروسي فلاديمير بوتين إن المحادثات مع كييف مستمرة، وأضاف أن الوفد سيعود غداً "
    "إلى موسكو لمواصلة المفاوضات في ظل ظروف صعبة. وذكرت وكالة الأنباء أن الجانبين اتفقا على "
    "تبادل الأسرى قبل نهاية الشهر الجاري، كما أكد المتحدث باسم الكرملين ذلك في مؤتمر صحفي."
)
PARAS = [
    "The central bank raised its main interest rate by half a percentage point on Tuesday, "
    "citing persistent inflation in food and energy prices across the country.",
    "Officials said the decision was unanimous and that further increases could follow if price "
    "growth did not slow in the coming months, according to a statement published in the capital.",
    "Analysts had expected a smaller move. Several economists warned that higher borrowing costs "
    "would weigh on households already struggling with the rising cost of living this winter.",
    "The governor told reporters that the bank remained committed to bringing inflation back to "
    "its target of two percent over the medium term, even at the cost of slower growth.",
]


def one(items: list) -> Document:
    docs = [d for d in items if isinstance(d, Document)]
    errors = [str(e) for e in items if isinstance(e, IngestError)]
    assert len(docs) == 1, errors
    return docs[0]


def read(*paths: Path | str, **kw) -> list:
    return list(read_inputs([str(p) for p in paths], **kw))


# ---------------------------------------------------------------- plain text and encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1256", "iso8859-6"])
def test_plain_text_encodings_decode_real_arabic(tmp_path: Path, encoding: str) -> None:
    text = ARABIC
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw  # UTF-16 with its BOM
    p = tmp_path / "a.txt"
    p.write_bytes(raw)
    doc = one(read(p, published=date(2023, 9, 16)))
    assert doc.text == text
    assert doc.published == date(2023, 9, 16)


@pytest.mark.parametrize(
    "text",
    [
        ARABIC,
        "وقع زلزال في المغرب وأدى إلى مقتل العشرات",
        "كفى",  # kaf and feh are undefined in ISO-8859-6
        "هذه هي الوثيقة",  # heh/yeh read as cp1256 would be accented Latin letters
    ],
)
def test_cp1256_and_iso8859_6_are_told_apart(text: str) -> None:
    for enc in ("cp1256", "iso8859-6"):
        decoded, used = decode_bytes(text.encode(enc))
        assert decoded == text, (enc, used, decoded)
        assert used == enc


def test_decode_rejects_binary() -> None:
    with pytest.raises(DecodeError, match="PNG"):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(b"abc\x00\x01\x02" * 100)


def test_utf16_without_bom_and_mostly_utf8(tmp_path: Path) -> None:
    assert decode_bytes(ARABIC.encode("utf-16-le"))[0] == ARABIC
    broken = ARABIC.encode("utf-8") * 20 + b"\xff" + ARABIC.encode("utf-8")
    text, enc = decode_bytes(broken)
    assert text.count("\ufffd") == 1 and enc.startswith("utf-8")


# ---------------------------------------------------------------- boilerplate


def test_boilerplate_never_reaches_text() -> None:
    raw = "\n".join(
        [
            "شارك المقال عبر: فيسبوك تويتر واتساب",
            ARABIC,
            "اقرأ أيضا: الرئيس يلتقي وزير الخارجية",
            "وأضاف أن مشاركة المملكة في القمة مهمة.",
            "Share prices fell on Monday.",
            "© 2023 الشرق الأوسط",
            "جميع الحقوق محفوظة",
            "طباعة",
            "...المزيد",
            "انتهى الاجتماع في وقت متأخر. مشاركة :",
        ]
    )
    text = clean_text(raw)
    assert text.splitlines() == [
        ARABIC,
        "وأضاف أن مشاركة المملكة في القمة مهمة.",
        "Share prices fell on Monday.",
        "انتهى الاجتماع في وقت متأخر.",
    ]


# ---------------------------------------------------------------- HTML

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Bank raises rates | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2019-11-19T08:30:00Z">
<meta name="author" content="Jane Roe">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>Bank raises rates</h1>
{paras}
<div class="share">Share: Facebook Twitter WhatsApp</div>
</article>
<footer><p>© 2023 Example News. All rights reserved.</p></footer>
</body></html>"""


def page(paras: list[str] = PARAS, head_extra: str = "", meta_date: bool = True) -> str:
    html = HTML_PAGE.format(paras="\n".join(f"<p>{p}</p>" for p in paras))
    if not meta_date:
        html = html.replace('<meta property="article:published_time" content="2019-11-19T08:30:00Z">', "")
    return html.replace("</head>", head_extra + "</head>")


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(page(), encoding="utf-8")
    doc = one(read(p))
    assert doc.published == date(2019, 11, 19)
    assert doc.title == "Bank raises rates"
    assert doc.author == "Jane Roe"
    assert doc.source == "Example News"
    for para in PARAS:
        assert para in doc.text
    assert "Home" not in doc.text and "©" not in doc.text and "Facebook" not in doc.text


def test_html_date_from_jsonld_and_never_the_copyright_year(tmp_path: Path) -> None:
    ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2021-03-04T10:00:00+02:00","author":{"@type":"Person","name":"Ali Hassan"}}]}</script>'
    p = tmp_path / "ld.html"
    p.write_text(page(head_extra=ld, meta_date=False).replace('<meta name="author" content="Jane Roe">', ""))
    doc = one(read(p))
    assert doc.published == date(2021, 3, 4)
    assert doc.author == "Ali Hassan"
    bare = tmp_path / "nodate.html"
    bare.write_text(page(meta_date=False))
    assert one(read(bare)).published is None  # the footer says © 2023: not a publication date


def test_html_date_from_byline(tmp_path: Path) -> None:
    paras = ["Published: 2022-05-06 by the desk"] + PARAS
    p = tmp_path / "byline.htm"
    p.write_text(page(paras, meta_date=False))
    assert one(read(p)).published == date(2022, 5, 6)


def test_arabic_html_in_cp1256_with_share_line(tmp_path: Path) -> None:
    body = "".join(f"<p>{s}.</p>" for s in ARABIC.split(".") if s.strip())
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        "<title>خبر</title></head><body><article>" + body + "<p>مشاركة :</p></article></body></html>"
    )
    p = tmp_path / "ar.html"
    p.write_bytes(html.encode("cp1256"))
    doc = one(read(p))
    assert "بوتين" in doc.text and "كييف" in doc.text
    assert not doc.text.rstrip().endswith("مشاركة :")
    assert doc.language is None or doc.language == "ar"


def test_arabic_page_mislabelled_latin1_and_arabic_byline(tmp_path: Path) -> None:
    body = "<p>نشر في: 16 سبتمبر 2023</p>" + "".join(f"<p>{s}.</p>" for s in ARABIC.split(".") if s.strip())
    html = '<html><head><meta charset="iso-8859-1"><title>خبر</title></head><body><article>' + body
    p = tmp_path / "ar.html"
    p.write_bytes((html + "</article></body></html>").encode("cp1256"))
    doc = one(read(p))
    assert "بوتين" in doc.text and doc.published == date(2023, 9, 16)


def test_json_file_with_one_object_a_line(tmp_path: Path) -> None:
    p = tmp_path / "lines.json"
    p.write_text(json.dumps({"text": ARABIC}) + "\n" + json.dumps({"text": "نص ثان."}) + "\n")
    assert len([d for d in read(p) if isinstance(d, Document)]) == 2


def test_truncated_html_falls_back_gracefully(tmp_path: Path) -> None:
    html = page()
    p = tmp_path / "cut.html"
    p.write_text(html[: html.index(PARAS[2][:30])])  # cut in the middle of the article
    doc = one(read(p))
    assert PARAS[0] in doc.text


# ---------------------------------------------------------------- JSONL / JSON


def test_jsonl_default_and_configured_fields(tmp_path: Path) -> None:
    recs = [
        {"content": ARABIC, "title": "عنوان", "date_extracted": "2015-07-21 02:51:32", "url": "http://x/1"},
        {"body_ar": "نص آخر في الخبر الثاني.", "when": "2020-01-02", "lang": "Arabic"},
    ]
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n")
    items = read(p)
    docs = [d for d in items if isinstance(d, Document)]
    assert docs[0].text == ARABIC and docs[0].published == date(2015, 7, 21) and docs[0].url == "http://x/1"
    assert [str(e) for e in items if isinstance(e, IngestError)] == [
        f"{p}:2: no text in any of the fields text, content, body"
    ]
    fields = JsonlFields.from_options(["text=body_ar", "published=when"])
    items = read(p, fields=fields)
    assert [(d.published, d.language) for d in items if isinstance(d, Document)] == [(date(2020, 1, 2), "ar")]
    with pytest.raises(ValueError, match="NAME"):
        JsonlFields.from_options(["nonsense=x"])


def test_jsonl_gz_and_json_array_and_html_field(tmp_path: Path) -> None:
    gz = tmp_path / "a.jsonl.gz"
    gz.write_bytes(gzip.compress(json.dumps({"text": ARABIC}, ensure_ascii=False).encode() + b"\n"))
    assert one(read(gz)).text == ARABIC
    arr = tmp_path / "b.json"
    arr.write_text(json.dumps([{"html": page(), "url": "https://example.com/a"}]))
    doc = one(read(arr))
    assert PARAS[1] in doc.text and doc.url == "https://example.com/a" and doc.published == date(2019, 11, 19)
    assert (
        doc.title == "Bank raises rates" and doc.author == "Jane Roe"
    )  # from the page, as none in the record


# ---------------------------------------------------------------- RSS / Atom

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Feed</title><link>https://example.com</link>
<item><title>First</title><link>https://example.com/1</link>
<pubDate>Tue, 19 Nov 2019 08:30:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>First paragraph of the story.</p><p>Second paragraph &amp; more.</p>]]></content:encoded>
</item>
<item><title>Second</title><link>https://example.com/2</link>
<pubDate>Wed, 20 Nov 2019 09:00:00 +0300</pubDate>
<description>&lt;p&gt;قال المتحدث إن الاجتماع انتهى.&lt;/p&gt;</description></item>
<item><title>Bad date</title><link>https://example.com/3</link><pubDate>yesterday-ish</pubDate>
<description>Text of the third.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title>
<entry><title>Atom entry</title><link href="https://example.org/a"/>
<updated>2021-06-07T10:00:00Z</updated><author><name>Sam</name></author>
<content type="html">&lt;p&gt;Atom body text here.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries_with_html_content_dates_links(tmp_path: Path) -> None:
    p = tmp_path / "feed.rss"
    p.write_text(RSS)
    items = read(p)
    docs = [d for d in items if isinstance(d, Document)]
    errors = [str(e) for e in items if isinstance(e, IngestError)]
    assert [d.url for d in docs] == ["https://example.com/1", "https://example.com/2"]
    assert docs[0].text == "First paragraph of the story.\nSecond paragraph & more."
    assert docs[0].published == date(2019, 11, 19) and docs[0].source == "Example Feed"
    assert docs[1].text == "قال المتحدث إن الاجتماع انتهى."
    assert len(errors) == 1 and errors[0].startswith(f"{p}#3: invalid date 'yesterday-ish'")


def test_atom_sniffed_without_extension(tmp_path: Path) -> None:
    p = tmp_path / "feed"
    p.write_text(ATOM)
    doc = one(read(p))
    assert doc.text == "Atom body text here." and doc.author == "Sam"
    assert doc.published == date(2021, 6, 7) and doc.url == "https://example.org/a"


# ---------------------------------------------------------------- WARC


def write_warc(path: Path, records: list[tuple[str, str, bytes]], gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        for uri, ctype, body in records:
            if ctype == "request":
                rec = w.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            else:
                headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
                rec = w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            w.write_record(rec)


@pytest.mark.parametrize("gz", [True, False])
def test_warc_response_records_with_html(tmp_path: Path, gz: bool) -> None:
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(
        p,
        [
            ("https://example.com/a", "request", b""),
            ("https://example.com/a", "text/html; charset=utf-8", page().encode()),
            ("https://example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://example.com/b", "text/html", page(PARAS[::-1], meta_date=False).encode()),
        ],
        gz,
    )
    docs = [d for d in read(p) if isinstance(d, Document)]
    assert [d.url for d in docs] == ["https://example.com/a", "https://example.com/b"]
    assert docs[0].published == date(2019, 11, 19) and docs[1].published is None
    assert PARAS[3] in docs[1].text


# ---------------------------------------------------------------- sniffing


def test_sniffing_by_content() -> None:
    assert sniff_format(b"WARC/1.0\r\n") == "warc"
    assert sniff_format(b'<?xml version="1.0"?><rss version="2.0">') == "feed"
    assert sniff_format(b"  <!DOCTYPE html><html>") == "html"
    assert sniff_format(b'{"text": "x"}\n{"text": "y"}\n') == "jsonl"
    assert sniff_format(b"[{}]") == "json"
    assert sniff_format("قال الرئيس".encode()) == "text"


def test_html_in_a_txt_file_and_directory_batch(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "page.txt").write_text(page())
    (tmp_path / "d" / "plain.txt").write_text(ARABIC)
    (tmp_path / "d" / ".hidden").write_text("ignored")
    docs = [d for d in read(tmp_path / "d") if isinstance(d, Document)]
    assert len(docs) == 2 and "<p>" not in docs[0].text and PARAS[0] in docs[0].text


def test_legacy_encodings_on_real_articles(shared_data: Path) -> None:
    """Real SaudiNewsNet articles re-encoded in cp1256 and ISO-8859-6 decode back exactly."""
    from itertools import islice

    checked = {"cp1256": 0, "iso8859-6": 0}
    with gzip.open(shared_data / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in islice(f, 300):
            text = json.loads(line)["content"].strip()
            if not text:
                continue
            for enc in checked:
                try:
                    raw = text.encode(enc)
                except UnicodeEncodeError:
                    continue  # a character the code page lacks
                assert decode_bytes(raw) == (text, enc)
                checked[enc] += 1
    assert checked["cp1256"] > 250 and checked["iso8859-6"] > 40  # ISO-8859-6 lacks « » and more


def test_clean_text_turns_arabic_presentation_forms_into_letters():
    # text set in contextual glyphs (PDF exports, old publishing tools): no stage reads them as Arabic letters
    from khabar.document import Document
    from khabar.ingest import document_from_text
    from khabar.ingest.clean import clean_text

    glyphs = "ﻓﺠﺮ ﺍﻧﺘﺤﺎﺭﻱ ﻧﻔﺴﻪ ﻭﻻ ﻳﺰﺍﻝ"
    assert clean_text(glyphs) == "فجر انتحاري نفسه ولا يزال"
    assert clean_text("قال «الرئيس» إن ١٢ جندياً ﻗﺘﻠﻮا") == "قال «الرئيس» إن ١٢ جندياً قتلوا"  # nothing else changes
    doc = document_from_text("ﺃﻋﻠﻨﺖ ﺍﻟﺸﺮﻃﺔ ﺍﻋﺘﻘﺎﻝ ﺧﻤﺴﺔ ﺃﺷﺨﺎﺹ.", input_name="glyphs.txt")
    assert isinstance(doc, Document) and doc.text == "أعلنت الشرطة اعتقال خمسة أشخاص."
