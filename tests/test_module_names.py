"""No module of khabar binds the same top-level name twice.

Rule modules are long word lists; twice now a later list took an earlier one's name and silently replaced it
where functions read it at call time (recognize._OUTLET_HEADS, modality_ar._AR_STIPULATE). Ruff's F811 sees
redefined functions and imports, not re-assigned constants, so this test does.
"""

from __future__ import annotations

import ast
from pathlib import Path

import khabar

ROOT = Path(khabar.__file__).resolve().parent


def _top_level_names(tree: ast.Module) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign):
            out += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            out.append((node.target.id, node.lineno))
    return out


def test_no_top_level_name_is_bound_twice() -> None:
    twice = []
    for path in sorted(ROOT.rglob("*.py")):
        seen: dict[str, int] = {}
        for name, line in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))):
            if name in seen and name != "__all__":
                twice.append(f"{path.relative_to(ROOT)}: {name} (lines {seen[name]} and {line})")
            seen.setdefault(name, line)
    assert twice == []


def test_the_check_sees_a_constant_bound_twice() -> None:
    tree = ast.parse("A = 1\ndef f():\n    return A\nA = 2\n")
    names = [n for n, _ in _top_level_names(tree)]
    assert names.count("A") == 2
