"""khabar.quotes"""
