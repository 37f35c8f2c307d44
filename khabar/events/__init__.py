"""khabar.events"""
