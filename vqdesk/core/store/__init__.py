"""The report file: one SQLite database per school holding every report year."""
