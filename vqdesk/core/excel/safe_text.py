"""Writing user text into cells safely: never a formula, never a character xlsx cannot hold.

openpyxl turns any str starting with "=" into a formula, and spreadsheet programs treat text
starting with + - @ tab or CR as a formula when a user edits the cell (CWE-1236).  Such text is
stored as a literal string with the quote prefix set, the xlsx form of a leading apostrophe.
"""

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def clean_text(text) -> str:
    """The text without the control characters an xlsx file cannot hold.  A lone CR would come
    back as LF anyway (XML normalises line ends), so line breaks are made LF here."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def write_text(cell, text):
    """Put free text into a cell as literal text (blank for None or "")."""
    if text is None or text == "":
        cell.value = None
        return
    text = clean_text(text)
    cell.value = text
    if text.lstrip(" \u3000").startswith(FORMULA_TRIGGERS):     # “ =cmd|…” is a formula to Excel too
        cell.data_type = "s"       # overrides openpyxl's formula guess for "=..."
        cell.quotePrefix = True    # and keeps Excel from evaluating it once edited


def write_number(cell, number, number_format: str):
    """Numbers stay numbers; the format decides how they print."""
    if number is None:
        cell.value = None
        return
    if isinstance(number, float) and number.is_integer() and number_format == "0":
        number = int(number)
    cell.value = number
    cell.number_format = number_format
