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


# -- library errors in Chinese -----------------------------------------------------------------
# Messages name the problem in Chinese; the library's own (English) text goes to the log only.

_SQLITE = (  # (error name prefix, words in the message, Chinese reason), first match wins
    ("SQLITE_CORRUPT", "malformed", "文件已损坏"),
    ("SQLITE_NOTADB", "not a database", "文件格式无法识别，不是有效的报告文件"),
    ("SQLITE_FULL", "is full", "磁盘空间不足"),
    ("SQLITE_BUSY", "is locked", "文件正被其他程序占用"),
    ("SQLITE_LOCKED", "table is locked", "文件正被其他程序占用"),
    ("SQLITE_READONLY", "readonly database", "文件或所在文件夹是只读的"),
    ("SQLITE_CANTOPEN", "unable to open", "无法打开文件（没有权限，或路径不存在）"),
    ("SQLITE_IOERR", "disk I/O error", "磁盘读写出错"),
    ("SQLITE_PERM", "access permission denied", "没有访问权限"),
    ("", "no such table", "文件缺少数据表（不完整，或不是本程序的文件）"),
    ("", "no such column", "文件的数据结构不符（可能来自其他版本）"),
)

_ERRNO = {
    "ENOENT": "找不到文件或文件夹", "EACCES": "没有访问权限", "EPERM": "没有访问权限",
    "ENOSPC": "磁盘空间不足", "EDQUOT": "磁盘空间不足（超出配额）", "EROFS": "所在磁盘是只读的",
    "EIO": "磁盘读写出错", "ENAMETOOLONG": "文件名或路径太长", "EISDIR": "这是一个文件夹，不是文件",
    "ENOTDIR": "路径中有一项不是文件夹", "EBUSY": "文件正被其他程序占用", "EEXIST": "同名文件已存在",
    "EINVAL": "文件名含有不允许的字符", "EMFILE": "打开的文件太多", "ENXIO": "设备不存在或未连接",
    "ETIMEDOUT": "网络连接超时", "EHOSTDOWN": "网络位置无法访问", "ESTALE": "网络位置上的文件已失效",
}
_WINERROR = {32: "文件正被其他程序占用", 33: "文件的一部分被其他程序锁定", 5: "没有访问权限",
             112: "磁盘空间不足", 53: "网络路径无法访问", 123: "文件名含有不允许的字符"}


def reason_of(exc: BaseException) -> str:
    """What went wrong, as a short Chinese phrase, for an error raised by a library (sqlite3,
    the file system, zipfile, openpyxl…).  Our own errors are returned as they are."""
    if isinstance(exc, VqdeskError):
        return str(exc)
    import errno
    import sqlite3
    import zipfile
    import zlib
    text = str(exc)
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        for prefix, words, reason in _SQLITE:
            if (prefix and name.startswith(prefix)) or words in text:
                return reason
        return "读写报告文件时出错"
    if isinstance(exc, OSError):
        if getattr(exc, "winerror", None) in _WINERROR:
            return _WINERROR[exc.winerror]
        code = errno.errorcode.get(exc.errno or 0, "")
        return _ERRNO.get(code) or (f"系统错误（错误号 {exc.errno}）" if exc.errno else "读写文件时出错")
    if isinstance(exc, zipfile.BadZipFile) or type(exc).__name__ == "InvalidFileException":
        return "不是有效的 Excel 工作簿（.xlsx），或文件不完整"
    if isinstance(exc, zlib.error) or isinstance(exc, EOFError):
        return "文件中的压缩数据已损坏"
    if isinstance(exc, KeyError) and "There is no item named" in text:
        return "工作簿缺少必需的组成部分，文件已损坏"
    if isinstance(exc, UnicodeError):
        return "文字编码无法识别"
    if isinstance(exc, MemoryError):
        return "内存不足"
    return f"程序内部出错（{type(exc).__name__}）"
