"""Scoring extracted tables against gold annotations.

Tables are compared on their normalized key (``schema.Table.key``): names are resolved through the
knowledge base's aliases first, so "UN" meets "United Nations". A second predicted row for an item
already matched is a false positive, so normalization failures show. Gold rows marked ``optional``
are neither credited nor charged. Matched rows are also checked attribute by attribute (type, country,
qualifier ...). Mentions are scored per label, strict and partial, with ``nervaluate``.

Events are matched one to one rather than by key: a predicted account meets a gold one of the same event
type and claimant, at the same place (the same entry or within ``PLACE_TOLERANCE_KM``; when either names
no place or cannot be located, in the same country) and on the same date where both give one; matched
accounts are then compared attribute by attribute (sub-type, actors, weapons, counts).
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pandas as pd
from nervaluate import Evaluator

from . import knowledge, output, schema
from .resources import MIN_SKELETON, fold, skeleton

Key = tuple[Any, ...]


class Normalizer:
    """Maps a table row to its comparison key, resolving names through the knowledge base."""

    def __init__(self, data_dir: str | None = None):
        kb = knowledge.load(data_dir)
        self.indexes = {"actors": (kb.actor_aliases(), "name"), "weapons": (kb.weapon_aliases(), "id"),
                        "ranges": (kb.weapon_aliases(), "id"), "locations": (kb.place_aliases(), "id")}
        places = self.indexes["locations"][0]
        for country in kb.countries:
            for name in (country["id"], *country.get("aliases", ())):
                places.add(name, {"id": country["id"]})

    def name(self, table: str, value: str) -> str:
        """The comparison key of a name: its canonical entry's name when the knowledge base knows it (by
        exact or transliteration-tolerant match), else the name itself, folded; a place the knowledge base
        does not know is compared by its :func:`~pipeline.resources.skeleton`, so "Beit Lahiya" meets
        "Beit Lahia" and "Bayt Lahya"."""
        if not value:
            return ""
        index, field = self.indexes.get(table, (None, ""))
        entry = index.get(value) if index is not None else None
        if entry is not None:
            return fold(entry[field])
        return skeleton(value) if table == "locations" and len(skeleton(value)) >= MIN_SKELETON else fold(value)

    def key(self, table: str, row: pd.Series) -> Key:
        if table in ("actors", "locations", "weapons"):
            return (self.name(table, row["name"]),)
        if table == "ranges":
            value = row["value_km"]
            return (None if pd.isna(value) else round(float(value), 1), self.name(table, row["weapon"]))
        if table == "dates":
            return (str(row["date"]),)
        count = row["count"]
        return (None if pd.isna(count) else int(count), str(row["outcome"]))


def score_table(table: str, gold: pd.DataFrame, pred: pd.DataFrame, normalize: Normalizer) -> dict[str, Any]:
    """True/false positives, misses and attribute agreement for one table of one article."""
    attributes = schema.TABLES[table].attributes
    optional = gold[schema.OPTIONAL].map(_truthy) if schema.OPTIONAL in gold.columns else \
        pd.Series(False, index=gold.index)
    required: dict[Key, pd.Series] = {}
    optional_keys: set[Key] = set()
    for (_, row), is_optional in zip(gold.iterrows(), optional):
        key = normalize.key(table, row)
        if is_optional:
            optional_keys.add(key)
        else:
            required.setdefault(key, row)
    matched: set[Key] = set()
    result: dict[str, Any] = {"tp": 0, "fp": 0, "fn": 0, "errors": [],
                              "attributes": {a: [0, 0] for a in attributes}}
    for _, row in pred.iterrows():
        key = normalize.key(table, row)
        if key in required and key not in matched:
            matched.add(key)
            result["tp"] += 1
            for attribute in attributes:
                agree = _same(attribute, required[key][attribute], row[attribute], normalize)
                result["attributes"][attribute][0] += int(agree)
                result["attributes"][attribute][1] += 1
                if not agree:
                    result["errors"].append({"kind": "attribute", "key": _show(key), "attribute": attribute,
                                             "gold": _plain(required[key][attribute]),
                                             "pred": _plain(row[attribute])})
        elif key in optional_keys and key not in matched:
            matched.add(key)
        else:
            result["fp"] += 1
            result["errors"].append({"kind": "duplicate" if key in matched else "false positive",
                                     "key": _show(key), "text": _describe(row)})
    for key, row in required.items():
        if key not in matched:
            result["fn"] += 1
            result["errors"].append({"kind": "miss", "key": _show(key), "text": _describe(row)})
    return result


def score_events(gold: pd.DataFrame, pred: pd.DataFrame, normalize: Normalizer) -> dict[str, Any]:
    """True/false positives, misses and attribute agreement of one article's event accounts."""
    attributes = schema.EVENTS.attributes
    optional = gold[schema.OPTIONAL].map(_truthy) if schema.OPTIONAL in gold.columns else \
        pd.Series(False, index=gold.index)
    candidates = [(row, bool(flag)) for (_, row), flag in zip(gold.iterrows(), optional)]
    used: set[int] = set()
    result: dict[str, Any] = {"tp": 0, "fp": 0, "fn": 0, "errors": [], "attributes": {a: [0, 0] for a in attributes}}
    for _, row in pred.iterrows():
        match = next((i for flag in (False, True) for i, (g, o) in enumerate(candidates)
                      if o == flag and i not in used and _same_event(g, row, normalize)), None)
        if match is None:
            result["fp"] += 1
            result["errors"].append({"kind": "false positive", "key": _event_key(row), "text": str(row["text"])})
            continue
        used.add(match)
        gold_row, is_optional = candidates[match]
        if is_optional:
            continue
        result["tp"] += 1
        for attribute in attributes:
            agree = _same_event_attribute(attribute, gold_row[attribute], row[attribute], normalize)
            result["attributes"][attribute][0] += int(agree)
            result["attributes"][attribute][1] += 1
            if not agree:
                result["errors"].append({"kind": "attribute", "key": _event_key(gold_row), "attribute": attribute,
                                         "gold": _plain(gold_row[attribute]), "pred": _plain(row[attribute])})
    for i, (row, is_optional) in enumerate(candidates):
        if i not in used and not is_optional:
            result["fn"] += 1
            result["errors"].append({"kind": "miss", "key": _event_key(row), "text": str(row["text"])})
    return result


def _same_event(gold: pd.Series, pred: pd.Series, normalize: Normalizer) -> bool:
    if gold["event_type"] != pred["event_type"]:
        return False
    if normalize.name("actors", str(gold["claimant"])) != normalize.name("actors", str(pred["claimant"])):
        return False
    if gold["date"] and pred["date"] and gold["date"] != pred["date"]:
        return False
    if gold["location"] and pred["location"] and \
            normalize.name("locations", gold["location"]) == normalize.name("locations", pred["location"]):
        return True
    if gold["location"] and pred["location"] and _located(gold) and _located(pred):
        return _km(gold, pred) <= PLACE_TOLERANCE_KM  # a village and the town beside it, a camp and its city
    return not (gold["country"] and pred["country"]) or gold["country"] == pred["country"]


#: Two places of one event agree within this distance: annotators differ on which of two nested or
#: neighbouring places to name (a neighbourhood or its town, a camp or its city), as ACLED's geo precision
#: 2 ("near") allows.
PLACE_TOLERANCE_KM = 50.0


def _located(row: pd.Series) -> bool:
    return not (pd.isna(row["latitude"]) or pd.isna(row["longitude"]))


def _km(a: pd.Series, b: pd.Series) -> float:
    """Great-circle distance between two rows' coordinates."""
    from .gazetteer import km_between

    return km_between(float(a["latitude"]), float(a["longitude"]), float(b["latitude"]), float(b["longitude"]))


def _same_event_attribute(attribute: str, gold: Any, pred: Any, normalize: Normalizer) -> bool:
    if attribute in ("actor1", "actor2"):
        return normalize.name("actors", str(gold)) == normalize.name("actors", str(pred))
    if attribute == "weapons":
        def names(value: Any) -> set[str]:
            return {normalize.name("weapons", part.strip()) for part in str(value).split(";") if part.strip()}
        return names(gold) == names(pred)
    return _same(attribute, gold, pred, normalize)


def _event_key(row: pd.Series) -> str:
    parts = (row["sub_event_type"], row["location"] or row["country"], row["date"], row["claimant"] or "(article)")
    return " / ".join(str(part) for part in parts if part)


def score_mentions(gold: pd.DataFrame, pred: pd.DataFrame) -> dict[str, Any]:
    """Strict and partial span scores per label (SemEval-2013 style, via nervaluate)."""
    def spans(frame: pd.DataFrame) -> list[list[dict[str, Any]]]:
        docs = sorted(set(gold["doc_id"]))
        grouped = {doc: [] for doc in docs}
        for row in frame.itertuples():
            if row.doc_id in grouped:  # nervaluate counts inclusive end offsets
                grouped[row.doc_id].append({"label": row.label, "start": int(row.start), "end": int(row.end) - 1})
        return [grouped[doc] for doc in docs]

    true, predicted = spans(gold), spans(pred)
    summary: dict[str, Any] = {"overall": {}, "labels": {}}
    if not any(true) and not any(predicted):
        perfect = {"precision": 1.0, "recall": 1.0, "f1": 1.0, "correct": 0, "partial": 0, "missed": 0,
                   "spurious": 0}
        summary["overall"] = {"strict": perfect, "partial": perfect}
        return summary
    results = Evaluator(true, predicted, tags=list(schema.MENTION_LABELS)).evaluate()
    for mode in ("strict", "partial"):
        summary["overall"][mode] = _prf(results["overall"][mode])
        for label in schema.MENTION_LABELS:
            if label in results["entities"]:  # labels absent from gold and prediction are not scored
                summary["labels"].setdefault(label, {})[mode] = _prf(results["entities"][label][mode])
    return summary


def evaluate(gold: dict[str, dict[str, pd.DataFrame]], pred: dict[str, pd.DataFrame],
             normalize: Normalizer, splits: dict[str, str] | None = None) -> dict[str, Any]:
    """Score every gold article (``gold[doc_id][table]``) against one prediction table set."""
    splits = splits or {}
    per_table = {table.name: {"tp": 0, "fp": 0, "fn": 0, "attributes": defaultdict(lambda: [0, 0])}
                 for table in schema.ENTITY_TABLES}
    per_doc: dict[str, Any] = {}
    by_split: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    by_split_table: dict[str, dict[str, dict[str, int]]] = defaultdict(
        lambda: {t.name: {"tp": 0, "fp": 0, "fn": 0} for t in schema.ENTITY_TABLES})
    errors = []
    events = {"tp": 0, "fp": 0, "fn": 0, "attributes": defaultdict(lambda: [0, 0])}
    events_by_split: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"tp": 0, "fp": 0, "fn": 0, "attributes": defaultdict(lambda: [0, 0])})
    for doc_id, gold_tables in sorted(gold.items()):
        predicted_events = pred["events"][pred["events"]["doc_id"] == doc_id]
        result = score_events(gold_tables["events"], predicted_events, normalize)
        for totals in (events, events_by_split[splits.get(doc_id, "all")]):
            for count in ("tp", "fp", "fn"):
                totals[count] += result[count]
            for attribute, (right, total) in result["attributes"].items():
                totals["attributes"][attribute][0] += right
                totals["attributes"][attribute][1] += total
        errors.extend({"doc_id": doc_id, "table": "events", **error} for error in result["errors"])
        doc_counts = {"tp": 0, "fp": 0, "fn": 0}
        doc_tables = {}
        for table in schema.ENTITY_TABLES:
            predicted = pred[table.name][pred[table.name]["doc_id"] == doc_id]
            result = score_table(table.name, gold_tables[table.name], predicted, normalize)
            for count in ("tp", "fp", "fn"):
                per_table[table.name][count] += result[count]
                doc_counts[count] += result[count]
                by_split[splits.get(doc_id, "all")][count] += result[count]
                by_split_table[splits.get(doc_id, "all")][table.name][count] += result[count]
            for attribute, (right, total) in result["attributes"].items():
                per_table[table.name]["attributes"][attribute][0] += right
                per_table[table.name]["attributes"][attribute][1] += total
            doc_tables[table.name] = _prf_counts(result)
            errors.extend({"doc_id": doc_id, "table": table.name, **error} for error in result["errors"])
        per_doc[doc_id] = {"split": splits.get(doc_id, ""), **_prf_counts(doc_counts), "tables": doc_tables}
    tables = {name: {**_prf_counts(counts),
                     "attribute_accuracy": {a: (r / t if t else None) for a, (r, t) in counts["attributes"].items()}}
              for name, counts in per_table.items()}
    micro = _prf_counts({c: sum(t[c] for t in per_table.values()) for c in ("tp", "fp", "fn")})
    macro_f1 = sum(t["f1"] for t in tables.values()) / len(tables)
    gold_mentions = pd.concat([g["mentions"] for g in gold.values()], ignore_index=True) if gold else \
        schema.MENTIONS.empty()
    return {
        "documents": len(gold),
        "tables": tables,
        "micro": micro,
        "macro": {"f1": macro_f1},
        "splits": {name: {**_prf_counts(counts),
                          "tables": {t: _prf_counts(c) for t, c in by_split_table[name].items()}}
                   for name, counts in sorted(by_split.items())},
        "events": {**_event_scores(events),
                   "splits": {name: _event_scores(counts) for name, counts in sorted(events_by_split.items())}},
        "per_document": per_doc,
        "mentions": score_mentions(gold_mentions, pred["mentions"]),
        "errors": errors,
    }


def _event_scores(counts: dict[str, Any]) -> dict[str, Any]:
    """P/R/F1 of event accounts, accuracy per attribute, and over all attributes of matched accounts."""
    right = sum(r for r, _ in counts["attributes"].values())
    total = sum(t for _, t in counts["attributes"].values())
    return {**_prf_counts(counts),
            "attribute_accuracy": {a: (r / t if t else None) for a, (r, t) in counts["attributes"].items()},
            "attribute_accuracy_all": right / total if total else None}


def load_gold(folder: str | Path) -> dict[str, dict[str, pd.DataFrame]]:
    """Gold tables of every article: one sub-folder per ``doc_id`` (nested folders allowed)."""
    folder = Path(folder)
    gold = {}
    for marker in sorted(folder.rglob("mentions.csv")):
        doc_id = marker.parent.relative_to(folder).as_posix()
        gold[doc_id] = output.read_tables(marker.parent, "csv")
    if not gold:
        raise FileNotFoundError(f"{folder}: no gold annotations (expected DOC_ID/mentions.csv ...)")
    return gold


def read_splits(articles: str | Path | None) -> dict[str, str]:
    """``doc_id -> split`` ("dev", "heldout" ...) from the articles' metadata, when a folder is given."""
    if not articles:
        return {}
    root = Path(articles)
    splits = {}
    for meta in root.rglob("*.meta.json"):
        doc_id = meta.relative_to(root).as_posix()[: -len(".meta.json")]
        try:
            splits[doc_id] = json.loads(meta.read_text(encoding="utf-8")).get("split", "")
        except (OSError, json.JSONDecodeError):
            continue
    return splits


def evaluate_folders(gold: str | Path, pred: str | Path, data_dir: str | None = None,
                     articles: str | Path | None = None) -> dict[str, Any]:
    return evaluate(load_gold(gold), output.read_tables(pred), Normalizer(data_dir), read_splits(articles))


# ---------------------------------------------------------------------- reports
def write_report(report: dict[str, Any], out: str | Path) -> tuple[Path, Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    metrics, markdown = out / "metrics.json", out / "report.md"
    metrics.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")
    markdown.write_text(render_markdown(report), encoding="utf-8")
    return metrics, markdown


def render_terminal(report: dict[str, Any]) -> str:
    lines = [f"{'table':<12}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}  attribute accuracy"]
    for name, scores in report["tables"].items():
        lines.append(f"{name:<12}" + _scores(scores) + "  " + _attributes(scores["attribute_accuracy"]))
    lines.append(f"{'micro':<12}" + _scores(report["micro"]))
    lines.append(f"{'macro F1':<12}{'':>14}{report['macro']['f1']:>7.3f}")
    for split, scores in report["splits"].items():
        lines.append(f"{'[' + split + ']':<12}" + _scores(scores))
    events = report["events"]
    lines.append(f"{'events':<12}" + _scores(events) + f"  attributes {_accuracy(events['attribute_accuracy_all'])}: "
                 + _attributes(events["attribute_accuracy"]))
    for split, scores in events["splits"].items():
        lines.append(f"{'[' + split + ']':<12}" + _scores(scores)
                     + f"  attributes {_accuracy(scores['attribute_accuracy_all'])}")
    mentions = report["mentions"]["overall"]
    lines.append(f"mentions strict P/R/F1 {mentions['strict']['precision']:.3f}/{mentions['strict']['recall']:.3f}/"
                 f"{mentions['strict']['f1']:.3f}, partial {mentions['partial']['precision']:.3f}/"
                 f"{mentions['partial']['recall']:.3f}/{mentions['partial']['f1']:.3f}")
    lines.append(f"{report['documents']} documents, {len(report['errors'])} errors listed in report.md")
    return "\n".join(lines)


def render_markdown(report: dict[str, Any]) -> str:
    out = ["# Evaluation report", "", f"{report['documents']} gold documents.", "",
           "## Tables", "", "| table | P | R | F1 | TP | FP | FN | attribute accuracy |",
           "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, s in report["tables"].items():
        out.append(f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['tp']} | {s['fp']} | "
                   f"{s['fn']} | {_attributes(s['attribute_accuracy'])} |")
    m = report["micro"]
    out.append(f"| **micro** | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['tp']} | {m['fp']} | "
               f"{m['fn']} | |")
    out.append(f"| **macro** | | | {report['macro']['f1']:.3f} | | | | |")
    out += ["", "## Splits", "", "| split | P | R | F1 | " + " | ".join(t.name for t in schema.ENTITY_TABLES) + " |",
            "| --- | --- | --- | --- |" + " --- |" * len(schema.ENTITY_TABLES)]
    for split, s in report["splits"].items():
        out.append(f"| {split} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
                   + " | ".join(f"{s['tables'][t.name]['f1']:.3f}" for t in schema.ENTITY_TABLES) + " |")
    events = report["events"]
    out += ["", "## Events", "",
            "Accounts matched on event type, claimant, place (or country) and date; attribute accuracy "
            "over matched accounts.", "", "| split | P | R | F1 | TP | FP | FN | attributes (all) | per attribute |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for split, s in {**events["splits"], "**all**": events}.items():
        out.append(f"| {split} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['tp']} | {s['fp']} | "
                   f"{s['fn']} | {_accuracy(s['attribute_accuracy_all'])} | {_attributes(s['attribute_accuracy'])} |")
    out += ["", "## Mentions", "", "| label | strict P | strict R | strict F1 | partial P | partial R | partial F1 |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    rows = {**report["mentions"]["labels"], "all": report["mentions"]["overall"]}
    for label, s in rows.items():
        out.append(f"| {label} | " + " | ".join(f"{s[m][k]:.3f}" for m in ("strict", "partial")
                                               for k in ("precision", "recall", "f1")) + " |")
    out += ["", "## Per document", "", "| doc_id | split | P | R | F1 | TP | FP | FN |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for doc_id, s in report["per_document"].items():
        out.append(f"| {doc_id} | {s['split']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
                   f"{s['tp']} | {s['fp']} | {s['fn']} |")
    out += ["", "## Errors", "", "| doc_id | table | kind | key | detail |", "| --- | --- | --- | --- | --- |"]
    for e in report["errors"]:
        detail = e.get("text") or f"{e.get('attribute')}: gold {e.get('gold')!r}, predicted {e.get('pred')!r}"
        out.append(f"| {e['doc_id']} | {e['table']} | {e['kind']} | {e['key']} | {str(detail).replace('|', '/')} |")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------- helpers
def _prf_counts(counts: dict[str, int]) -> dict[str, Any]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def _prf(result) -> dict[str, float]:
    return {"precision": float(result.precision), "recall": float(result.recall), "f1": float(result.f1),
            "correct": int(result.correct), "partial": int(result.partial), "missed": int(result.missed),
            "spurious": int(result.spurious)}


def _same(attribute: str, gold: Any, pred: Any, normalize: Normalizer) -> bool:
    if attribute == "source":
        return normalize.name("actors", str(gold)) == normalize.name("actors", str(pred))
    if isinstance(gold, str) or isinstance(pred, str):
        return str(_plain(gold)).casefold().strip() == str(_plain(pred)).casefold().strip()
    return _plain(gold) == _plain(pred)


def _plain(value: Any) -> Any:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) else value


def _truthy(value: Any) -> bool:
    return str(value).strip().lower() in ("true", "1", "yes")


def _show(key: Key) -> str:
    return " / ".join(str(part) for part in key if part not in ("", None)) or "(empty)"


def _describe(row: pd.Series) -> str:
    for column in ("text", "name", "date"):
        if column in row and str(row[column]):
            return str(row[column])
    return ""


def _scores(s: dict[str, Any]) -> str:
    return f"{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}"


def _accuracy(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _attributes(accuracy: dict[str, Any]) -> str:
    return ", ".join(f"{a} {v:.2f}" for a, v in accuracy.items() if v is not None)

