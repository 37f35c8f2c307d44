"""khabar.scale"""
