"""quotekit: find quotes in news text and say who said them, when and where.

>>> import quotekit
>>> q = quotekit.extract('"Taxes will not rise," Mayor Ana Ruiz said on Monday.')[0]
>>> q.text, q.kind, q.speaker.text
('Taxes will not rise,', 'direct', 'Mayor Ana Ruiz')
"""

from ._extract import analyze, extract
from ._lexicon import Lexicon
from ._model import QUOTE_KEYS, Document, Entity, Quote, Speaker
from ._version import __version__
from .errors import InputError, QuotekitError

__all__ = [
    "QUOTE_KEYS",
    "Document",
    "Entity",
    "InputError",
    "Lexicon",
    "Quote",
    "QuotekitError",
    "Speaker",
    "__version__",
    "analyze",
    "extract",
]
