"""Arabic-aware text layer: normalization with offset maps, tokens with proclitics, sentences."""

from khabar.text.lang import detect_language
from khabar.text.layer import TextLayer
from khabar.text.normalize import NormalizedText, normalize, normalize_with_map
from khabar.text.sentences import split_sentences
from khabar.text.tokenize import Token, proclitic_split, tokenize

__all__ = [
    "NormalizedText", "TextLayer", "Token", "detect_language", "normalize", "normalize_with_map",
    "proclitic_split", "split_sentences", "tokenize",
]  # fmt: skip
