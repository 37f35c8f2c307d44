"""Shipped weights of the learned factuality classifier (khabar.events.factuality_model)."""
