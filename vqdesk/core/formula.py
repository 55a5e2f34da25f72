"""A tiny, safe formula language for derived indicators, checks and narrative fields.

Syntax (a subset of Python expressions):
    [6.1] / [6.4c]                        an indicator by its id
    count(majors)                         the number of rows of a record list
    sum(conditions.books)                 a field summed over a record list
    sum(funding.amount, category="财政拨款")  ... over the rows whose field equals a value
    + - * / ( ), numbers, min(), max(), round(), abs()

A formula evaluates to a float, or None when a value it needs is missing or a divisor is 0.
"""

import ast
import functools
import re
from dataclasses import dataclass, field
from typing import Protocol

from vqdesk.core.errors import FormulaError

_INDICATOR_REF = re.compile(r"\[([0-9A-Za-z][0-9A-Za-z._]*)\]")
_FUNCS = {"sum", "count", "min", "max", "round", "abs", "_ind"}
_BINOPS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
           ast.Mult: lambda a, b: a * b, ast.Div: lambda a, b: a / b}


class Context(Protocol):
    def indicator(self, indicator_id: str) -> float | None: ...

    def records(self, list_id: str) -> list[dict]: ...


@dataclass(frozen=True)
class References:
    indicators: frozenset = frozenset()
    lists: frozenset = frozenset()          # list ids
    fields: frozenset = frozenset()         # (list id, field key)


@dataclass
class Formula:
    source: str
    tree: ast.Expression = field(repr=False)

    @classmethod
    def parse(cls, source: str) -> "Formula":
        """The checked formula; parsed once per source (bound fields repeat in every text)."""
        return _parse(cls, source)

    @classmethod
    def _parse_uncached(cls, source: str) -> "Formula":
        text = _INDICATOR_REF.sub(lambda m: f'_ind("{m.group(1)}")', source)
        try:
            tree = ast.parse(text, mode="eval")
        except SyntaxError as exc:
            raise FormulaError(f"公式“{source}”无法解析：{exc.msg}") from None
        _check(tree.body, source)
        return cls(source, tree)

    def references(self) -> References:
        """What the formula reads; found once per formula (validation asks after every edit)."""
        refs = self.__dict__.get("_references")
        if refs is None:
            refs = self.__dict__["_references"] = self._find_references()
        return refs

    def _find_references(self) -> References:
        indicators, lists, fields = set(), set(), set()
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and node.func.id == "_ind":
                indicators.add(node.args[0].value)
            elif isinstance(node, ast.Call) and node.func.id in ("sum", "count"):
                arg = node.args[0]
                list_id = arg.value.id if isinstance(arg, ast.Attribute) else arg.id
                lists.add(list_id)
                if isinstance(arg, ast.Attribute):
                    fields.add((list_id, arg.attr))
                fields.update((list_id, kw.arg) for kw in node.keywords)
        return References(frozenset(indicators), frozenset(lists), frozenset(fields))

    def evaluate(self, ctx: Context) -> float | None:
        try:
            value = _eval(self.tree.body, ctx)
        except _Missing:
            return None
        except ZeroDivisionError:
            return None
        return None if value is None else float(value)


class _Missing(Exception):
    """A value needed by the formula is blank."""


def _check(node, source):
    bad = lambda what: FormulaError(f"公式“{source}”中不允许使用{what}")  # noqa: E731
    if isinstance(node, ast.BinOp):
        if type(node.op) not in _BINOPS:
            raise bad("该运算符")
        _check(node.left, source)
        _check(node.right, source)
    elif isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, (ast.USub, ast.UAdd)):
            raise bad("该运算符")
        _check(node.operand, source)
    elif isinstance(node, ast.Constant):
        if not isinstance(node.value, (int, float)) or isinstance(node.value, bool):
            raise bad("非数值常量")
    elif isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in _FUNCS:
            raise bad("未知函数")
        name = node.func.id
        if name == "_ind":
            return
        if name in ("sum", "count"):
            _check_aggregate(node, source, bad)
        else:
            if node.keywords:
                raise bad("关键字参数")
            for arg in node.args:
                _check(arg, source)
    else:
        raise bad(f"“{ast.unparse(node)}”")


def _check_aggregate(node, source, bad):
    if len(node.args) != 1:
        raise bad(f"{node.func.id}() 的多个参数")
    arg = node.args[0]
    if node.func.id == "sum":
        ok = isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name)
        if not ok:
            raise FormulaError(f"公式“{source}”：sum() 的参数应写成 名单.字段")
    elif not isinstance(arg, ast.Name):
        raise FormulaError(f"公式“{source}”：count() 的参数应是名单编号")
    for kw in node.keywords:
        if not isinstance(kw.value, ast.Constant):
            raise bad("非常量的筛选条件")


def _eval(node, ctx):
    if isinstance(node, ast.BinOp):
        return _BINOPS[type(node.op)](_eval(node.left, ctx), _eval(node.right, ctx))
    if isinstance(node, ast.UnaryOp):
        value = _eval(node.operand, ctx)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.Constant):
        return node.value
    name = node.func.id
    if name == "_ind":
        value = ctx.indicator(node.args[0].value)
        if value is None or isinstance(value, str):
            raise _Missing
        return value
    if name in ("sum", "count"):
        return _aggregate(node, ctx)
    args = [_eval(a, ctx) for a in node.args]
    return {"min": min, "max": max, "round": round, "abs": abs}[name](*args)


def _aggregate(node, ctx):
    arg = node.args[0]
    list_id = arg.value.id if isinstance(arg, ast.Attribute) else arg.id
    filters = {kw.arg: kw.value.value for kw in node.keywords}
    rows = [r for r in ctx.records(list_id)
            if all(r.get(k) == v for k, v in filters.items())]
    if node.func.id == "count":
        return len(rows)
    values = [r.get(arg.attr) for r in rows]
    numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if not numbers:
        raise _Missing  # an empty list tells nothing about the quantity
    return sum(numbers)


@functools.lru_cache(maxsize=4096)
def _parse(cls, source: str) -> Formula:
    # Formulas are never changed after parsing, so one instance per source can be shared.
    return cls._parse_uncached(source)
