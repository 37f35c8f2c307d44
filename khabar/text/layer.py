"""The text layer of one document: normalized text, tokens and sentences, each computed once."""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from khabar.text.lang import detect_language
from khabar.text.normalize import NormalizedText, normalize_with_map
from khabar.text.sentences import split_sentences
from khabar.text.tokenize import Token, tokenize


class TextLayer:
    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def normalized(self) -> NormalizedText:
        return normalize_with_map(self.text)

    @cached_property
    def tokens(self) -> list[Token]:
        from khabar.text.vocab import is_known_stem

        return tokenize(self.text, is_known_stem)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return split_sentences(self.text)

    @cached_property
    def language(self) -> str:
        return detect_language(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (or the one before it)."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def sentence_tokens(self, index: int) -> list[Token]:
        s, e = self.sentences[index]
        lo = bisect_right(self._token_starts, s - 1)
        hi = bisect_right(self._token_starts, e - 1)
        return self.tokens[lo:hi]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        lo = bisect_right(self._token_starts, start - 1)
        hi = bisect_right(self._token_starts, end - 1)
        return self.tokens[lo:hi]
