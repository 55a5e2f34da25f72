"""vqdesk: the 中等职业教育质量年度报告 desk — write, check and publish a school's annual quality report."""

__version__ = "0.1.0"
APP_NAME = "vqdesk"
APP_TITLE = "中职质量年报助手"
FILE_SUFFIX = ".vqd"
