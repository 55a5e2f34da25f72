"""The bureau's regional report, built from its schools' files or workbooks."""

from vqdesk.core.aggregate.build import AggregateResult, aggregate_files, aggregate_reports, aggregate_with_history
from vqdesk.core.aggregate.tables import aggregate_values

__all__ = ["AggregateResult", "aggregate_files", "aggregate_reports", "aggregate_values", "aggregate_with_history"]
