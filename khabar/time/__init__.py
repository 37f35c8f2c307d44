"""khabar.time"""
