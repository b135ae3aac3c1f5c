"""Deterministic synthetic news text for the benchmarks.

Gives articles assembled from invented names, places, roles and reporting verbs:
datelines, quotes attributed in the common news patterns (QVS, QSV, SVQ, according
to, multi-paragraph quotes, nested quotes), indirect speech and plain narrative.
The same seed always gives the same text, so runs compare across machines. It is
not meant to be realistic prose, only to exercise every stage at news-like density.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

FIRST = ("Ana", "Tomas", "Mirela", "Joaquin", "Priya", "Oskar", "Lena", "Dario", "Imani", "Kofi")
LAST = ("Ruiz", "Varga", "Okafor", "Lindqvist", "Castellano", "Mbeki", "Haddad", "Novak", "Sato")
ROLES = ("the mayor", "a spokeswoman for the ministry", "the county sheriff", "an aide",
         "the party chairman", "one senior official", "the head of the union")
TITLES = ("Mayor", "Sen.", "Gov.", "Dr.", "Minister", "Chief Inspector")
PLACES = ("RIVERTON, Ore.", "PORT ELLIS", "SANTA MIRA, Calif.", "NEW HAVENFORD", "KELDA")
VERBS = ("said", "told reporters", "added", "warned", "explained", "insisted", "argued")
DAYS = ("on Monday", "on Tuesday", "on Wednesday", "Thursday", "on Friday", "yesterday")
CLAIMS = ("we will rebuild the bridge before winter", "the budget leaves no room for new hires",
          "nobody warned us about the flooding", "the talks are going nowhere",
          "this plan protects the families who need it most", "the figures speak for themselves",
          "I have never met him", "our officers acted within the rules",
          "the vote is a turning point for the region", "they will have to answer for this")
NARRATIVE = ("The council met for three hours behind closed doors.",
             "Turnout in the district fell for the second year in a row.",
             "The proposal would cost an estimated $4.2 million over five years.",
             "Residents gathered outside the town hall (some carrying signs) before noon.",
             "The agency did not respond to a request for comment.",
             "Officials in the U.S. and abroad have followed the case closely.",
             "Mr. Novak's term ends in Jan. next year, according to records.")


def _name(r: random.Random) -> str:
    if r.random() < 0.4:
        return f"{r.choice(TITLES)} {r.choice(FIRST)} {r.choice(LAST)}"
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def _claim(r: random.Random) -> str:
    c = r.choice(CLAIMS)
    return c[0].upper() + c[1:]


def _paragraph(r: random.Random) -> str:
    who = _name(r) if r.random() < 0.6 else r.choice(ROLES)
    verb, day = r.choice(VERBS), r.choice(DAYS)
    k = r.randrange(9)
    if k == 0:
        return f"“{_claim(r)},” {verb.split()[0]} {who} {day}. {r.choice(NARRATIVE)}"
    if k == 1:
        return f"\"{_claim(r)},\" {who} {verb} {day}."
    if k == 2:
        return f"{who[0].upper() + who[1:]} {verb} {day}: “{_claim(r)}. {_claim(r)}.”"
    if k == 3:
        return f"“{_claim(r)},” {who} said. “{_claim(r)}.”"
    if k == 4:
        return f"According to {who}, {r.choice(CLAIMS)}. {r.choice(NARRATIVE)}"
    if k == 5:
        return f"{who[0].upper() + who[1:]} {verb} that {r.choice(CLAIMS)}."
    if k == 6:
        return f"“{_claim(r)}, and I told them ‘{r.choice(CLAIMS)}’ twice,” {who} said."
    if k == 7:
        # the news convention: a quote running over paragraphs, reopened each time
        return f"“{_claim(r)}.\n\n“{_claim(r)}.\n\n“{_claim(r)},” {who} said."
    return " ".join(r.choice(NARRATIVE) for _ in range(r.randrange(1, 4)))


def article(r: random.Random) -> str:
    """Return one article: headline, dateline paragraph and 6-20 body paragraphs."""
    head = f"{_name(r)} Faces Questions Over {r.choice(('Bridge', 'Budget', 'Flooding', 'Vote'))}"
    lead = f"{r.choice(PLACES)} (Wire) — {r.choice(NARRATIVE)} {_paragraph(r)}"
    body = [_paragraph(r) for _ in range(r.randrange(6, 21))]
    return "\n\n".join([head, lead, *body])


def articles(chars: int, seed: int = 2024) -> Iterator[str]:
    """Yield articles until their total length reaches `chars`."""
    r = random.Random(seed)
    total = 0
    while total < chars:
        a = article(r)
        total += len(a)
        yield a


def document(chars: int, seed: int = 2024) -> str:
    """Return one long document of about `chars` characters (articles joined)."""
    return "\n\n".join(articles(chars, seed))
