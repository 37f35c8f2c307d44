"""Optional transformer backend: a local Hugging Face token-classification model directory.

``PipelineConfig(ner_backend="transformers", ner_model=PATH)`` (CLI ``--ner-backend transformers
--model PATH``). transformers and torch are imported only here, only when this backend is used, and
nothing is downloaded: the directory must hold the model, its config (with ``id2label``) and a fast
tokenizer. Sub-word predictions become character spans of ``doc.text``: a word's label is its first
sub-word's, BIO chunks over words become spans, and an Arabic mention starts after the proclitics
of its first word (the text layer's ``stem_start``).
"""

from __future__ import annotations

from pathlib import Path

from khabar.entities.crf import Span, bio_chunks
from khabar.entities.data import TYPE_MAP

# Label types of common Arabic/English NER models -> khabar types.
LABEL_TYPES = {**TYPE_MAP, "PERSON": "PERSON", "GPE": "GPE", "FAC": "FAC", "NORP": "MISC",
               "WEAPON": "WEAPON", "LOCATION": "LOC", "ORGANIZATION": "ORG", "MISCELLANEOUS": "MISC"}  # fmt: skip
MAX_WORDS = 200


class TransformersRecognizer:
    def __init__(self, model_dir: str | Path) -> None:
        import torch
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        path = Path(model_dir)
        if not path.is_dir():
            raise FileNotFoundError(f"--model must be a local model directory: {model_dir}")
        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        if not getattr(self.tokenizer, "is_fast", False):
            raise ValueError("the transformers backend needs a fast tokenizer (tokenizer.json)")
        self.model = AutoModelForTokenClassification.from_pretrained(str(path), local_files_only=True)
        self.model.eval()
        self.id2label = {int(k): v for k, v in self.model.config.id2label.items()}
        self.max_length = min(512, getattr(self.model.config, "max_position_embeddings", 512))

    @staticmethod
    def map_label(label: str) -> str:
        if label in ("O", "") or "-" not in label:
            return "O"
        bio, _, typ = label.partition("-")
        bio = {"S": "B", "E": "I", "L": "I", "U": "B"}.get(bio, bio)
        t = LABEL_TYPES.get(typ.upper(), "MISC")
        return f"{bio}-{t}"

    def tag_words(self, words: list[str]) -> list[str]:
        """One BIO label per word (the first sub-word's prediction)."""
        if not words:
            return []
        enc = self.tokenizer(words, is_split_into_words=True, truncation=True, max_length=self.max_length,
                             return_tensors="pt")  # fmt: skip
        with self.torch.no_grad():
            logits = self.model(**{k: v for k, v in enc.items() if k in ("input_ids", "attention_mask",
                                                                           "token_type_ids")}).logits[0]  # fmt: skip
        ids = logits.argmax(-1).tolist()
        labels = ["O"] * len(words)
        seen: set[int] = set()
        for pos, wid in enumerate(enc.word_ids(0)):
            if wid is None or wid in seen:
                continue
            seen.add(wid)
            labels[wid] = self.map_label(self.id2label.get(ids[pos], "O"))
        return labels

    def recognize(self, doc) -> list[Span]:
        layer = doc.layer
        spans: list[Span] = []
        for si in range(len(layer.sentences)):
            toks = layer.sentence_tokens(si)
            for k in range(0, len(toks), MAX_WORDS):
                group = toks[k : k + MAX_WORDS]
                labels = self.tag_words([t.text for t in group])
                for a, b, typ in bio_chunks(labels):
                    while b - 1 > a and group[b - 1].kind == "punct":
                        b -= 1
                    first, last = group[a], group[b - 1]
                    if first.kind == "punct":
                        continue
                    spans.append(Span(first.stem_start, last.end, typ, "transformers"))
        return spans
