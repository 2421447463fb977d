"""The layers stay apart: handlers/ and storage/ import no platform SDK, no web layer and no part
of bot/ but bot/core/, and read no wall clock; bot/core/ imports no database or SDK; no two of the
project's modules import each other in a loop (function-local and type-checking imports count)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN_SDKS = ("telegram", "twilio", "starlette", "uvicorn", "httpx")
CLOCK = re.compile(r"datetime\.(now|utcnow|today)\(|date\.today\(|time\.time\(|time\.monotonic\(")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _files(folder: str) -> list[Path]:
    files = sorted((ROOT / folder).rglob("*.py"))
    assert files, folder
    return files


def test_handlers_and_storage_stay_channel_neutral() -> None:
    problems = []
    for folder in ("handlers", "storage"):
        for path in _files(folder):
            for name in _imports(path):
                top = name.split(".")[0]
                if top in FORBIDDEN_SDKS:
                    problems.append(f"{path.relative_to(ROOT)} imports {name}")
                if top == "bot" and not (name == "bot.core" or name.startswith("bot.core.")):
                    problems.append(f"{path.relative_to(ROOT)} imports {name}")
                if folder == "storage" and top == "handlers":
                    problems.append(f"{path.relative_to(ROOT)} imports {name}")
    assert problems == []


def test_core_imports_no_database_or_sdk() -> None:
    problems = []
    for path in _files("bot/core"):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in FORBIDDEN_SDKS + ("sqlalchemy", "storage", "handlers", "alembic") or \
                    (top == "bot" and not name.startswith("bot.core")):
                problems.append(f"{path.relative_to(ROOT)} imports {name}")
    assert problems == []


def test_no_wall_clock_in_handlers_and_storage() -> None:
    offenders = [str(p.relative_to(ROOT)) for folder in ("handlers", "storage") for p in _files(folder)
                 if CLOCK.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


# SQLAlchemy names that are not its public API (the speed paths use only documented ones)
SQLALCHEMY_INTERNALS = re.compile(r"manager_of_class|new_instance\(|sqlalchemy\.orm\.instrumentation|(?<!bot)\.dispatch\b"
                                  r"|DBAPIError\.instance|_sa_instance_state|\._execution_options")


def test_no_sqlalchemy_internals() -> None:
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for folder in ("bot", "handlers", "storage") for path in _files(folder)
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if SQLALCHEMY_INTERNALS.search(line)]
    assert not found, found


def test_bot_package_init_is_empty() -> None:
    assert (ROOT / "bot" / "__init__.py").read_text().strip() == ""


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph(root: Path, folders: tuple[str, ...]) -> dict[str, set[str]]:
    """Module -> the project's modules it imports anywhere in its text (`from a import b` names a.b
    when that is a module)."""
    modules = {_module_name(p, root): p for folder in folders for p in (root / folder).rglob("*.py")
               if "migrations" not in p.parts}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            found: list[str] = []
            if isinstance(node, ast.Import):
                found = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            for target in found:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and modules[target].name != "__init__.py":
                    graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycles.append(stack[stack.index(target):] + [target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    return cycles


def test_no_import_cycles_among_the_projects_modules() -> None:
    graph = _import_graph(ROOT, ("bot", "handlers", "storage"))
    assert len(graph) > 40
    assert [" -> ".join(cycle) for cycle in _cycles(graph)] == []


def test_the_cycle_check_finds_a_cycle_through_a_function_local_import(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg import b\n")
    (package / "b.py").write_text("def f():\n    from pkg.a import x\n")
    (package / "c.py").write_text("import pkg.a\n")
    assert _cycles(_import_graph(tmp_path, ("pkg",))) == [["pkg.a", "pkg.b", "pkg.a"]]


def test_the_checks_would_catch_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import telegram\nfrom bot.outbox import OutboxSender\nx = datetime.now()\n")
    assert "telegram" in _imports(bad) and "bot.outbox" in _imports(bad)
    assert CLOCK.search(bad.read_text())
