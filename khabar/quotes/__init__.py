"""khabar.quotes: direct, partial and indirect quotations with speaker and source entities.

Use ``khabar.quotes.extract.extract_quotes(doc)`` or the pipeline stage ``quotes``.
"""
