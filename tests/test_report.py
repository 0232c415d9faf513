"""The HTML report: valid, self-contained pages that escape the article, and a usable folder index."""
from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from spacy.tokens import Span

from pipeline import report, schema
from pipeline.report import render_article, write_report
from pipeline.tables import doc_rows

TEXT = ("Russia fired Kinzhal missiles at Kyiv on Tuesday, killing 12 civilians, Ukrainian officials said. "
        '<script>alert("injected")</script>\n'
        "The ATACMS missile has a range of up to 300 kilometers.")
HIGHLIGHTED = ("Russia", "Kinzhal", "Kyiv", "Tuesday", "ATACMS", "up to 300 kilometers")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    """Parses a page, failing on unbalanced tags, and collects what the assertions need."""

    def __init__(self, markup: str):
        super().__init__()
        self.doctype, self.tags, self.links, self.marks = "", [], [], []
        self.open: list[str] = []
        self.feed(markup)
        self.close()
        assert not self.open, f"unclosed tags: {self.open}"

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "a":
            self.links.append(dict(attrs)["href"])
        if tag == "mark":
            self.marks.append("")
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
        self.open.pop()

    def handle_data(self, data):
        if "mark" in self.open and self.marks:
            self.marks[-1] += data


def check_page(path: Path) -> Page:
    """A valid, self-contained HTML5 page."""
    markup = path.read_text(encoding="utf-8")
    page = Page(markup)
    assert page.doctype.lower() == "doctype html"
    tags = {tag for tag, _ in page.tags}
    assert ("html", {"lang": "en"}) in page.tags and ("meta", {"charset": "utf-8"}) in page.tags and "title" in tags
    assert not {"script", "link", "img", "iframe", "object"} & tags, "pages load nothing"
    for _, attrs in page.tags:
        for name in ("src", "href"):
            assert not (attrs.get(name) or "").startswith(("http:", "https:", "//")), attrs
    assert "@import" not in markup and "url(" not in markup
    return page


@pytest.fixture(scope="module")
def folder_report(rules_nlp, tmp_path_factory):
    source = tmp_path_factory.mktemp("articles")
    (source / "alpha.txt").write_text(TEXT, encoding="utf-8")
    (source / "alpha.meta.json").write_text(json.dumps({"published": "2024-11-19", "title": "Strikes & <b>"}))
    (source / "region").mkdir()
    (source / "region" / "beta.txt").write_text("Houthi forces fired missiles at Eilat.", encoding="utf-8")
    (source / "empty.txt").write_text("", encoding="utf-8")
    index = tmp_path_factory.mktemp("html") / "report.html"
    return index, write_report(source, index, rules_nlp)


def test_single_article_page(rules_nlp, tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(TEXT, encoding="utf-8")
    html = tmp_path / "strike.html"
    assert write_report(article, html, rules_nlp, default_published=date(2024, 11, 19)) == [html]
    page = check_page(html)
    markup = html.read_text(encoding="utf-8")
    assert all(any(text in mark for mark in page.marks) for text in HIGHLIGHTED), page.marks
    assert "ACTOR · Russia" in markup and "RANGE · 300 km" in markup and "CASUALTY · 12 killed" in markup
    assert "DATE · 2024-11-19" in markup and "published 2024-11-19" in markup
    assert all(f'<h2 id="{table.name}">' in markup for table in schema.ENTITY_TABLES)
    assert "<script" not in markup and "&lt;script&gt;alert(" in markup


def test_folder_report_index_links_every_article(folder_report):
    index, pages = folder_report
    assert pages[0] == index
    assert {p.relative_to(index.parent).as_posix() for p in pages[1:]} == {
        "report_files/alpha.html", "report_files/region/beta.html"}
    page = check_page(index)
    assert {(index.parent / link).resolve() for link in page.links} == {p.resolve() for p in pages[1:]}
    markup = index.read_text(encoding="utf-8")
    assert "empty.txt: empty article" in markup
    assert "Strikes &amp; &lt;b&gt;" in markup and "<b>" not in markup


def test_folder_article_pages_link_back(folder_report):
    index, pages = folder_report
    for path in pages[1:]:
        page = check_page(path)
        assert [(path.parent / link).resolve() for link in page.links] == [index.resolve()]
    assert "Eilat" in pages[2].read_text(encoding="utf-8")


def test_report_inside_its_source_folder_is_not_read_back(rules_nlp, tmp_path):
    (tmp_path / "alpha.txt").write_text("Russia fired Kinzhal missiles at Kyiv.", encoding="utf-8")
    first = write_report(tmp_path, tmp_path / "report.html", rules_nlp)
    assert write_report(tmp_path, tmp_path / "report.html", rules_nlp) == first
    assert "could not be read" not in first[0].read_text(encoding="utf-8")


def test_run_report_reads_the_default_publication_date(rules_nlp, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(report, "load", lambda model: rules_nlp)
    article = tmp_path / "strike.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert report.run_report(str(article), str(tmp_path / "strike.html"), "rules", "2024-11-19") == 0
    assert "DATE · 2024-11-19" in (tmp_path / "strike.html").read_text(encoding="utf-8")
    assert "strike.html (1 page(s))" in capsys.readouterr().err


def test_overlapping_spans_drop_the_later_one(rules_nlp):
    doc = rules_nlp("Russia fired Kinzhal missiles at Kyiv.")
    rows = doc_rows(doc, "x")
    doc.spans["dates"] = [Span(doc, 1, 3, label="DATE", kb_id="<2024>")]  # "fired Kinzhal" overlaps the weapon
    markup = render_article(doc, rows, "Overlap")
    Page(markup)
    assert "ACTOR · Russia" in markup and "DATE · &lt;2024&gt;" in markup and "LOCATION · Kyiv" in markup
    assert "WEAPON · Kinzhal" not in markup and "<td>Kinzhal</td>" in markup


CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)


def test_report_renders_in_headless_chromium(folder_report, tmp_path):
    if CHROMIUM is None:
        pytest.skip("no Chromium installed: apt-get install chromium")
    _, pages = folder_report
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run",
               f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*command, "--dump-dom", pages[1].as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert "ACTOR · Russia" in dom and '<mark class="entity"' in dom and "<script>" not in dom
    screenshot = tmp_path / "page.png"
    subprocess.run([*command, "--window-size=1000,800", f"--screenshot={screenshot}", pages[1].as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
