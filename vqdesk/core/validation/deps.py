"""What each rule reads, and what an edit changes: the map that lets validation re-run only the
rules an edit touches.

Every rule unit (a family module's UNITS) names what it reads:

- "values"    stored cells of the six tables
- "records"   any record list (an edit names its list: "records:majors")
- "figures"   numbers as rules see them: stored cells and derived figures, which also read the
              lists the edition's formulas count or sum
- "tokens"    bound fields printed in the document's texts (they read cells, lists, the profile)
- "profile", "document" (outline, blocks, settings), "photos", "masters", "report" (the year's
  settings and edition), "history" (the other years of the file)

An edit changes "values", "records:<list>", "profile", "document", "photos" or "masters"; the
year's settings, the edition and the history change only with a full refresh.
"""

from vqdesk.core.binding import TOKEN_RE

#: The controller's change kinds and what each one changes; a kind not named needs a full run.
DOCUMENT_KINDS = ("text", "outline", "case", "block", "settings", "photo")


def changes_of(kind: str, key: str = "") -> set | None:
    """What an edit of `kind` (and key) changes; None when everything must be read again."""
    if kind == "value":
        return {f"values:{key}"} if key else {"values"}
    if kind == "record" and key:
        return {f"records:{key}", "masters"}
    if kind == "profile":
        return {"profile"}
    if kind in DOCUMENT_KINDS:
        return {"document", "photos"}
    return None


def touched(changes: set, edition, document_has_tokens: bool) -> set:
    """The resources rules read that `changes` may have changed."""
    out = {c.split(":", 1)[0] for c in changes}
    lists = {c.split(":", 1)[1] for c in changes if c.startswith("records:")}
    if "values" in out or lists & formula_lists(edition):
        out.add("figures")
    if document_has_tokens and ("values" in out or "profile" in out or lists):
        out.add("tokens")
    return out


def formula_lists(edition) -> frozenset:
    """The lists the edition's derived figures and key figures read."""
    def lists(ed):
        formulas = [d.formula for d in ed.derived.values()] + [kf.formula for kf in ed.key_figures]
        return frozenset(lid for f in formulas for lid in f.references().lists)
    return per_edition(edition, "formula_lists", lists)


_PER_EDITION: dict = {}


def per_edition(edition, name: str, compute):
    """`compute(edition)` once per loaded edition (editions are loaded once and never change)."""
    key = (id(edition), name)
    entry = _PER_EDITION.get(key)
    if entry is None or entry[0] is not edition:
        entry = _PER_EDITION[key] = (edition, compute(edition))
    return entry[1]


def has_tokens(document) -> bool:
    """Whether any text of the document (headings, cases, preface) holds a bound field."""
    preface = (document.settings.get("preface") or {}).get("text") or ""
    return bool(TOKEN_RE.search(preface)) or any(
        block.kind == "text" and TOKEN_RE.search(block.text or "") for _, block in document.blocks())
