"""Weights of the learned quotation speaker ranker (``speaker_ranker.json``, CC BY-SA 4.0: fitted on ANERcorp)."""
