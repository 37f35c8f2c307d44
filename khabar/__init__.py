"""khabar: Arabic-first news event extraction."""

__version__ = "0.1.0"
