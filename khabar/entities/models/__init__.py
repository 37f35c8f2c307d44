"""Shipped NER artifacts (built by `khabar train ner`; committed once by the lead)."""
