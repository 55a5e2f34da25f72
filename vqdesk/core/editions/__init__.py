"""Editions (报告模板): data files under resources/templates/, loaded into plain objects."""

from vqdesk.core.editions.loader import edition_paths, get_edition, list_editions, load_edition
from vqdesk.core.editions.model import Edition

__all__ = ["Edition", "edition_paths", "get_edition", "list_editions", "load_edition"]
