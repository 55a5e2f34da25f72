"""Errors the user sees.  Every message is Chinese and names where the problem is."""


class VqdeskError(Exception):
    """Base class: str(error) is a complete Chinese sentence fit for a dialog or stderr."""


class EditionError(VqdeskError):
    """An edition (template) file is missing or malformed."""

    def __init__(self, file: str, entry: str, problem: str):
        self.file, self.entry, self.problem = file, entry, problem
        where = f"{entry}：" if entry else ""
        super().__init__(f"模板文件 {file} 有误：{where}{problem}")


class FormulaError(VqdeskError):
    """A formula in an edition cannot be parsed or refers to something unknown."""


class ReportFileError(VqdeskError):
    """A report file cannot be opened, created or written."""


class NotFoundError(VqdeskError):
    """A year, record, case or photo that was asked for does not exist."""


class InputError(VqdeskError):
    """A value typed or imported does not fit its field."""


class FileInUseError(ReportFileError):
    """Another program holds the report file open for editing; it can still be opened read-only.

    `holder` describes who holds it (user, computer, program, since when), for a read-only notice.
    """

    def __init__(self, message: str, holder: str = "", can_take_over: bool = False):
        super().__init__(message)
        self.holder = holder
        #: The lock names another computer and the file system cannot tell whether it still holds
        #: the file: the user may take over once they confirm that computer has let go.
        self.can_take_over = can_take_over


class DiskFullError(ReportFileError):
    """The disk filled up while writing; nothing of the failed write was kept."""
