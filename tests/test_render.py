"""The HTML view: every entity highlighted with its label and norm; nothing fetched."""
from html.parser import HTMLParser

import kgner
from kgner.cli import main
from kgner.render import render

PIPELINE = kgner.Pipeline(model=False)
TEXT = ("Садыр Жапаров <b>проголосовал</b> в Бишкеке 28 ноября 2021 года.\n\n\n\n"
        "08:201047-бөлүм ачылды. «Ата-Мекен» набрала 22,5 процента & \"кавычки\".")


class Marks(HTMLParser):
    """The <mark> elements: attributes and visible text; plus anything that loads."""

    def __init__(self):
        super().__init__()
        self.marks, self.depth, self.loads, self.meta = [], 0, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark":
            self.marks.append({**attrs, "text": ""})
            self.depth = 1
        elif self.depth:
            self.depth += 1
        if tag in ("script", "link", "img", "iframe") or any(
                v and ("http://" in v or "https://" in v) for v in attrs.values()):
            self.loads.append(tag)
        if tag == "meta":
            self.meta.append(attrs)

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth == 1:  # the entity text, not the label inside the nested <span>
            self.marks[-1]["text"] += data


def parse(html):
    parser = Marks()
    parser.feed(html)
    return parser


def check(html, extraction):
    parser = parse(html)
    assert len(parser.marks) == len(extraction) > 0
    for mark, e in zip(parser.marks, extraction):
        assert mark["text"].strip() == e.text
        assert mark["data-label"] == e.label and mark["data-norm"] == e.norm
        assert e.label in mark["title"] and e.norm in mark["title"]
        if e.kb_id:
            assert e.kb_id in mark["title"] and mark["data-kb-id"] == e.kb_id
        assert "background" in mark["style"]
    assert parser.loads == []
    return parser


def test_to_html_is_a_self_contained_page():
    extraction = PIPELINE.extract(TEXT)
    html = extraction.to_html(title="test <page>")
    parser = check(html, extraction)
    assert {"charset": "utf-8"} in parser.meta
    assert html.startswith("<!DOCTYPE html>") and "<title>test &lt;page&gt;</title>" in html
    assert "<b>" not in html and "&lt;b&gt;" in html  # the text's markup is shown, not run


def test_colors_differ_by_label():
    extraction = PIPELINE.extract(TEXT)
    marks = parse(extraction.to_html()).marks
    by_label = {m["data-label"]: m["style"] for m in marks}
    assert len(set(by_label.values())) == len(by_label)


def test_jupyter_fragment():
    extraction = PIPELINE.extract(TEXT)
    html = extraction._repr_html_()
    assert "<html" not in html
    check(html, extraction)


def test_many_documents_and_empty():
    docs = [("one", PIPELINE.extract(TEXT)), ("two", PIPELINE.extract(""))]
    html = render(docs)
    assert html.count("<figure") == 2 and ">one</h2>" in html


def test_render_command(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "page.html"
    assert main(["render", str(tmp_path / "a.txt"), "-o", str(out), "--no-model"]) == 0
    check(out.read_text(encoding="utf-8"), PIPELINE.extract(TEXT))
