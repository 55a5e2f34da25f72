"""The report as a print-ready PDF (reportlab platypus).  Entry point: build_pdf."""

from vqdesk.core.pdf.build import PdfExportError, build_pdf

__all__ = ["PdfExportError", "build_pdf"]
