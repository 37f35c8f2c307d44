"""khabar.web"""
