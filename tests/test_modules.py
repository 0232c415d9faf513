"""The package's modules bind each module-level name once: a second binding of a constant silently
changes every use of the first."""
import ast
from pathlib import Path

import pytest

import pipeline

MODULES = sorted(Path(pipeline.__file__).parent.rglob("*.py"))


def _bound_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign) else []
        names += [target.id for target in targets if isinstance(target, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_each_module_level_name_is_bound_once(path):
    names = _bound_names(ast.parse(path.read_text(encoding="utf-8")))
    assert sorted({name for name in names if names.count(name) > 1}) == []
