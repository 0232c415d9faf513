"""An HTML report for reading extractions: each article with its spans highlighted, and its tables.

Pages are self-contained (inline CSS, no scripts, nothing fetched from another host), so a report can
be mailed or opened offline. displaCy escapes the article text but not labels or titles, so every
other string is escaped here.
"""
from __future__ import annotations

import sys
from datetime import date
from html import escape
from os.path import relpath
from pathlib import Path
from urllib.parse import quote

import pandas as pd
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import articles, load, new_doc, schema
from .tables import Rows, doc_rows, frames

#: Highlight colour of each mention label.
COLORS = {"ACTOR": "#7aecec", "LOCATION": "#feca74", "WEAPON": "#ff9561", "RANGE": "#c887fb",
          "DATE": "#bfe1d9", "CASUALTY": "#ff8197"}

CSS = """
body { font: 16px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2rem auto;
       max-width: 70rem; padding: 0 1rem; color: #222; }
h1 { font-size: 1.5rem; }
.meta, .legend { color: #555; }
.legend mark { padding: 0.1em 0.4em; border-radius: 0.3em; margin-right: 0.3em; }
.entities { border: 1px solid #ddd; border-radius: 0.4em; padding: 1rem; margin: 1rem 0 2rem; }
.entities mark { white-space: nowrap; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
th, td { border: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; }
th { background: #f4f4f4; }
td.date { white-space: nowrap; }
.none { color: #777; font-style: italic; }
.errors li { color: #a00; }
.claims th[scope=row] { background: #fafafa; font-weight: normal; color: #555; }
.claims td.differs { background: #fff3cd; }
"""
#: Tables shown for each article and counted on the index: the six entity tables, then the events.
SHOWN_TABLES = (*schema.ENTITY_TABLES, schema.EVENTS)
#: Event columns compared across the accounts of one event.
CLAIM_ROWS = ("claim_verb", "event_type", "sub_event_type", "date", "location", "country", "actor1", "actor2",
              "weapons", "launched", "intercepted", "killed", "injured", "text")


def render_article(doc: Doc, rows: Rows, title: str) -> str:
    """HTML fragment: the article with every extracted span highlighted, its six tables, its events, and
    for each event the accounts of its sources side by side."""
    ents, colors = [], {}
    for group, span in _non_overlapping(doc):
        value = _normalized(group, span)
        kind = schema.TABLES[group].mention_label
        label = escape(f"{kind} · {value}" if value else kind)
        ents.append({"start": span.start_char, "end": span.end_char, "label": label})
        colors[label] = COLORS[kind]
    marked = displacy.render({"text": doc.text, "ents": ents}, style="ent", manual=True, jupyter=False,
                             options={"colors": colors})
    legend = " ".join(f'<mark style="background: {color}">{label}</mark>' for label, color in COLORS.items())
    parts = [f"<h1>{escape(title)}</h1>", f'<p class="legend">{legend}</p>', marked]
    tables = frames([rows])
    for table in SHOWN_TABLES:
        frame = tables[table.name].drop(columns="doc_id")
        parts.append(f'<h2 id="{table.name}">{table.name} ({len(frame)})</h2>')
        parts.append(frame.to_html(index=False, border=False, escape=True, na_rep="", float_format="{:g}".format)
                     if len(frame) else '<p class="none">none</p>')
    parts.append(render_claims(tables["events"]))
    return "\n".join(parts)


def render_claims(events: pd.DataFrame) -> str:
    """Each event's accounts side by side, one column per source, cells that differ between them marked."""
    if not len(events):
        return ""
    parts = ['<h2 id="claims">claims by event</h2>']
    for cluster, accounts in events.groupby("cluster", sort=False):
        heads = "".join(f"<th>{escape(row.claimant or 'the article')}</th>" for row in accounts.itertuples())
        body = []
        for column in CLAIM_ROWS:
            values = ["" if pd.isna(value) else str(value) for value in accounts[column].astype(object)]
            differs = len({v for v in values if v}) > 1
            cells = "".join(f'<td{" class=differs" if differs and v else ""}>{escape(v)}</td>' for v in values)
            body.append(f'<tr><th scope="row">{column}</th>{cells}</tr>')
        parts.append(f'<h3>{escape(cluster)}: {len(accounts)} account(s)</h3>\n<table class="claims"><thead><tr>'
                     f'<th></th>{heads}</tr></thead><tbody>{"".join(body)}</tbody></table>')
    return "\n".join(parts)


def write_report(source: str | Path, html_path: str | Path, nlp: Language,
                 default_published: date | None = None) -> list[Path]:
    """Write the report; returns the pages written, the index (or the single page) first.

    One article file gives one page. A folder gives an index at ``html_path`` and one page per article
    in ``<stem>_files/<doc_id>.html`` beside it; unreadable articles are listed on the index, not fatal.
    """
    html_path = Path(html_path)
    if not Path(source).is_dir():
        ((doc_id, path),) = articles.discover(source)
        article = articles.read(doc_id, path, default_published)
        _write(html_path, _title(article), _article_page(nlp, article)[0])
        return [html_path]
    pages_dir = html_path.with_name(f"{html_path.stem}_files")
    written: list[Path] = []
    listed: list[tuple[articles.Article, Path, dict[str, int]]] = []
    failures: list[str] = []
    for doc_id, path in articles.discover(source):
        if path.resolve() == html_path.resolve() or pages_dir.resolve() in path.resolve().parents:
            continue  # a report written inside its source folder is not an article of the next run
        try:
            article = articles.read(doc_id, path, default_published)
        except articles.ArticleError as error:
            failures.append(str(error))
            continue
        page = pages_dir / f"{doc_id}.html"
        body, rows = _article_page(nlp, article, index=Path(relpath(html_path, page.parent)))
        _write(page, _title(article), body)
        written.append(page)
        listed.append((article, page, {t.name: len(rows[t.name]) for t in SHOWN_TABLES}))
    _write(html_path, f"conflict-ie report: {source}", _index(html_path, listed, failures))
    return [html_path, *written]


def run_report(source: str, html: str, model: str, published: str | None) -> int:
    """``conflict-ie report``: write the HTML report and say where it is."""
    default_published = articles.parse_published(published, "--published") if published else None
    pages = write_report(source, html, load(model), default_published)
    print(f"report written to {pages[0]} ({len(pages)} page(s))", file=sys.stderr)
    return 0


def _article_page(nlp: Language, article: articles.Article, index: Path | None = None) -> tuple[str, Rows]:
    """Run the pipeline on one article; its page body (with a link back to ``index``) and its rows."""
    doc = nlp(new_doc(nlp, article))
    rows = doc_rows(doc, article.doc_id)
    crumbs = [escape(article.doc_id), f"published {article.published}" if article.published else "no date"]
    if index is not None:
        crumbs.insert(0, f'<a href="{escape(quote(index.as_posix()))}">all articles</a>')
    return f'<p class="meta">{" · ".join(crumbs)}</p>\n{render_article(doc, rows, _title(article))}', rows


def _title(article: articles.Article) -> str:
    return str(article.meta.get("title") or article.doc_id)


def _non_overlapping(doc: Doc) -> list[tuple[str, Span]]:
    """Spans of every group in text order; of two overlapping spans the later one is dropped."""
    spans = [(table.name, span) for table in schema.ENTITY_TABLES if table.name in doc.spans
             for span in doc.spans[table.name]]
    spans.sort(key=lambda item: (item[1].start_char, -item[1].end_char))
    kept: list[tuple[str, Span]] = []
    for group, span in spans:
        if not kept or span.start_char >= kept[-1][1].end_char:
            kept.append((group, span))
    return kept


def _normalized(group: str, span: Span) -> str:
    """The span's normalized value as an analyst reads it: ranges in km, casualties with their outcome."""
    attrs = span._.attrs or {}
    if group == "ranges":
        return f"{span.kb_id_} km"
    if group == "casualties":
        return f"{span.kb_id_} {attrs.get('outcome', '')}".strip()
    return span.kb_id_


def _index(html_path: Path, listed: list[tuple[articles.Article, Path, dict[str, int]]],
           failures: list[str]) -> str:
    names = [t.name for t in SHOWN_TABLES]
    head = "".join(f"<th>{name}</th>" for name in names)
    rows = []
    for article, page, counts in listed:
        link = escape(quote(page.relative_to(html_path.parent).as_posix()))
        cells = "".join(f"<td>{counts[name]}</td>" for name in names)
        rows.append(f'<tr><td><a href="{link}">{escape(article.doc_id)}</a></td><td>{escape(_title(article))}</td>'
                    f'<td class="date">{article.published or ""}</td>{cells}</tr>')
    parts = [f"<h1>Extraction report: {len(listed)} article(s)</h1>",
             f"<table><thead><tr><th>doc_id</th><th>title</th><th>published</th>{head}</tr></thead>"
             f"<tbody>{''.join(rows)}</tbody></table>" if listed else '<p class="none">no articles</p>']
    if failures:
        items = "".join(f"<li>{escape(message)}</li>" for message in failures)
        parts.append(f'<h2>{len(failures)} article(s) could not be read</h2>\n<ul class="errors">{items}</ul>')
    return "\n".join(parts)


def _write(path: Path, title: str, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        encoding="utf-8")
