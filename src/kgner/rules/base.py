"""What every rule yields, and the regular-expression pieces that several rules share."""
from __future__ import annotations

from dataclasses import dataclass

# Lower-case Cyrillic letters including the Kyrgyz ones; a glued case suffix is a run of
# them, optionally after a hyphen or apostrophe (`08:00дө`, `9,17%ы`, `1047-бөлүм`).
LOWER = "а-яёөүңһ"
LETTER = "а-яёөүңһА-ЯЁӨҮҢҺa-zA-Z"
SUFFIX = rf"(?:['-]?[{LOWER}]+)?"
# A word end: no letter or digit follows.
WORD_END = rf"(?![{LETTER}0-9])"
WORD_START = rf"(?<![{LETTER}0-9])"
NUMBER_SIGN = r"(?:№|No\.?|N|Nо|Н)"  # `№`, `No`, Latin `N`, and homoglyph spellings


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span in the cleaned view with its label and normalized value."""

    label: str
    start: int
    end: int
    norm: str
    source: str = "rule"
    score: float = 1.0
    kb_id: str | None = None


def decimal_norm(number: str) -> str:
    """`9,17` -> `9.17`; `10,50` -> `10.5`; `05` -> `5`: one canonical decimal string."""
    number = number.replace(" ", "").replace(",", ".")
    whole, _, frac = number.partition(".")
    whole = whole.lstrip("0") or "0"
    frac = frac.rstrip("0")
    return f"{whole}.{frac}" if frac else whole
