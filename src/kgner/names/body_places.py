"""Places inside the name of a body are not labelled on their own (the guideline's flat spans):
`АКШнын Кыргызстандагы элчилиги`, `Посольство России`, `ТИК Бишкека`, `ГУВД Бишкека`,
`Жогорку Кенеша Кыргызстана`. Whichever stage found the place (rules, knowledge base, model),
a place that names the body it stands in is dropped after the merge."""
from __future__ import annotations

import re

from ..rules.base import Candidate

# an embassy or consulate within the next two words: `АКШнын Кыргызстандагы элчилиги`
_EMBASSY_AFTER = re.compile(r"[а-яөүң]*(?:\s+[А-ЯЁӨҮҢ][\w-]*){0,1}\s+(?:элчилиг|консулдуг|посольств|консульств)", re.I)
# the body before the place: `Посольство России`, `ТИК Бишкека`, `Жогорку Кенеша Кыргызстана`
_BODY_BEFORE = re.compile(r"(?:[Пп]осольств\w*|[Кк]онсульств\w*|ТИК|ЦИК|ГУВД|УВД|ОВД|МВД|ГКНБ|[Мм]эри[яи]|"
                          r"Жогорку\s+Кене?ш\w*)\s+$")


def places_in_body_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without the places that are part of a body's name."""
    return [c for c in candidates if not (c.label == "LOCATION" and (
        _EMBASSY_AFTER.match(text, c.end) or _BODY_BEFORE.search(text, max(0, c.start - 25), c.start)))]
