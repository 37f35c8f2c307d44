"""khabar.amounts"""
