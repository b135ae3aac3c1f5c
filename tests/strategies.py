"""Shared hypothesis strategies: hostile Unicode and generated news-like documents.

- `hostile_text()`: arbitrary Unicode (lone surrogates and control characters
  included) interleaved with the pieces quotekit reacts to: every quote mark, speech
  verbs, capitalised names, sentence punctuation, line breaks, RTL text and emoji.
- `news_docs()`: `NewsDoc`s assembled from generated names, roles, verbs, dates and
  claims in the common news templates (QVS, QSV, SVQ, multi-paragraph quotes,
  indirect speech, narrative). A `NewsDoc` renders with straight or curly double
  marks and with neutral filler paragraphs inserted, for the metamorphic tests.

All names, places and sentences are invented here; nothing comes from a corpus.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

QUOTE_MARKS = ('"', "“", "”", "„", "«", "»", "‘", "’", "'", "‹", "›", "‚", "``", "''")
CONTROL = tuple(chr(c) for c in range(32)) + ("\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\u200b")
SURROGATES = ("\ud800", "\udbff", "\udc00", "\udfff", "\ud83d")
RTL = ("قال الوزير", "«لن نتراجع»", "שלום", "אמר", "\u200f", "\u202e", "\u202c")
EMOJI = ("😀", "👩‍👩‍👧‍👦", "🏳️‍🌈", "\ufe0f", "🇺🇳")
WORDS = ("said", "says", "told", "added", "according to", "he", "She", "they", "the mayor",
         "Ana Ruiz", "Mr.", "Sen.", "Dr. Oskar Varga", "on Monday", "yesterday", "RIVERTON", "—")
PUNCT = (". ", ".", ",", ", ", ": ", "!", "?", "...", " ", "  ", "\t", "\n", "\n\n", "\r\n", "(", ")")

_any_char = st.characters(codec=None, exclude_categories=())  # includes surrogates (Cs)
_pieces = st.one_of(
    st.text(_any_char, max_size=8),
    st.sampled_from(QUOTE_MARKS + CONTROL + SURROGATES + RTL + EMOJI + WORDS + PUNCT),
)


def hostile_text(max_pieces: int = 60) -> st.SearchStrategy[str]:
    """Return a strategy for arbitrary Unicode mixed with quote-relevant pieces."""
    return st.lists(_pieces, max_size=max_pieces).map("".join)


# -- news-like documents ---------------------------------------------------------------

_FIRST = st.sampled_from(("Ana", "Tomas", "Mirela", "Joaquin", "Priya", "Oskar", "Lena", "Imani"))
_LAST = st.sampled_from(("Ruiz", "Varga", "Okafor", "Lindqvist", "Castellano", "Haddad", "Novak"))
_TITLE = st.sampled_from(("", "", "Mayor ", "Sen. ", "Dr. ", "Minister "))
_ROLE = st.sampled_from(("the mayor", "a spokeswoman for the ministry", "the county sheriff",
                         "an aide", "one senior official", "the head of the union"))
_PRONOUN = st.sampled_from(("he", "she", "they"))
_VERB = st.sampled_from(("said", "added", "warned", "explained", "insisted", "argued"))
_WHEN = st.sampled_from(("", " on Monday", " on Friday", " yesterday", " Thursday"))
_CLAIM = st.sampled_from((
    "We will rebuild the bridge before winter", "The budget leaves no room for new hires",
    "Nobody warned us about the flooding", "The talks are going nowhere",
    "This plan protects the families who need it most", "Our officers acted within the rules",
    "The vote is a turning point for the region", "They will have to answer for this"))
FILLER = ("The weather stayed mild through the afternoon.",
          "Traffic on the coast road was light for most of the day.",
          "The hearing lasted a little over two hours.")
NARRATIVE = st.sampled_from(FILLER + (
    "The council met behind closed doors.", "Turnout fell for the second year in a row.",
    "The proposal would cost an estimated $4.2 million over five years."))


@st.composite
def speakers(draw: st.DrawFn) -> str:
    """Return a speaker as written: a (titled) name, a role or a pronoun."""
    kind = draw(st.sampled_from(("name", "name", "role", "pronoun")))
    if kind == "name":
        return f"{draw(_TITLE)}{draw(_FIRST)} {draw(_LAST)}"
    return draw(_ROLE) if kind == "role" else draw(_PRONOUN)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


@st.composite
def units(draw: st.DrawFn) -> tuple[str, ...]:
    """Return one news unit: one or more paragraphs, with `{o}`/`{c}` for the double marks."""
    who, verb, when, claim = draw(speakers()), draw(_VERB), draw(_WHEN), draw(_CLAIM)
    template = draw(st.sampled_from(("QVS", "QSV", "SVQ", "split", "multi", "indirect", "narrative")))
    if template == "QVS" and who not in ("he", "she", "they"):
        return (f"{{o}}{claim},{{c}} {verb} {who}{when}.",)
    if template in ("QVS", "QSV"):
        return (f"{{o}}{claim},{{c}} {who} {verb}{when}.",)
    if template == "SVQ":
        return (f"{_cap(who)} {verb}{when}: {{o}}{claim}.{{c}}",)
    if template == "split":
        return (f"{{o}}{claim},{{c}} {who} {verb}. {{o}}{draw(_CLAIM)}.{{c}}",)
    if template == "multi":
        n = draw(st.integers(1, 3))
        opening = tuple(f"{{o}}{draw(_CLAIM)}." for _ in range(n))
        return opening + (f"{{o}}{claim},{{c}} {who} {verb}{when}.",)
    if template == "indirect":
        return (f"{_cap(who)} {verb}{when} that {claim[0].lower()}{claim[1:]}.",)
    return (draw(NARRATIVE),)


@attrs.frozen
class NewsDoc:
    """A generated article: paragraphs grouped in units that a filler may separate."""

    units: tuple[tuple[str, ...], ...]

    def render(self, curly: bool = True, filler_after: frozenset[int] = frozenset(),
               filler: str | None = None) -> str:
        """Return the text, with straight or curly double marks and filler after the given units."""
        o, c = ("“", "”") if curly else ('"', '"')
        paras: list[str] = []
        for i, unit in enumerate(self.units):
            paras.extend(p.format(o=o, c=c) for p in unit)
            if i in filler_after:
                paras.append(filler or FILLER[i % len(FILLER)])
        return "\n\n".join(paras)


@st.composite
def news_docs(draw: st.DrawFn, max_units: int = 8) -> NewsDoc:
    """Return a generated article: a dateline unit followed by news units."""
    place = draw(st.sampled_from(("RIVERTON, Ore.", "PORT ELLIS", "KELDA")))
    lead = (f"{place} — {draw(NARRATIVE)}",)
    body = draw(st.lists(units(), min_size=1, max_size=max_units))
    return NewsDoc((lead, *body))
