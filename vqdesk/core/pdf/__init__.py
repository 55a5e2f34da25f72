"""The report as a print-ready PDF (reportlab platypus).  Entry point: build_pdf."""

from vqdesk.core.pdf.build import ExportCancelled, PdfExportError, build_pdf, is_draft

__all__ = ["ExportCancelled", "PdfExportError", "build_pdf", "is_draft"]
