"""The report as a Word file (python-docx), a second renderer of the document model the PDF
prints.  Entry point: build_docx."""

from vqdesk.core.docx_export.build import DocxExportCancelled, DocxExportError, build_docx

__all__ = ["DocxExportCancelled", "DocxExportError", "build_docx"]
