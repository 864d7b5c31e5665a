"""Every language's lexicon. All run on every message: a child may write English with lang="pl"."""

from ..rules import Lexicon
from . import ar, en, gd, pl, uk

LEXICONS: list[Lexicon] = [en.LEXICON, gd.LEXICON, pl.LEXICON, uk.LEXICON, ar.LEXICON]
