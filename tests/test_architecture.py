"""The layers stay apart: handlers/ and storage/ import no platform SDK, no web layer and no part
of bot/ but bot/core/, and read no wall clock; bot/core/ imports no database or SDK."""
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


def test_bot_package_init_is_empty() -> None:
    assert (ROOT / "bot" / "__init__.py").read_text().strip() == ""


def test_the_checks_would_catch_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import telegram\nfrom bot.outbox import OutboxSender\nx = datetime.now()\n")
    assert "telegram" in _imports(bad) and "bot.outbox" in _imports(bad)
    assert CLOCK.search(bad.read_text())
