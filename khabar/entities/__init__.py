"""khabar.entities"""
