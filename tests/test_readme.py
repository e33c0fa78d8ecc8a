"""The README's commands are the ones CI runs, and its Python example prints what it says."""
import contextlib
import io
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, re.S)


def test_first_screen_commands_are_what_ci_runs():
    first = _blocks("bash")[0]
    commands = [l for l in first.splitlines() if l.strip() and not l.startswith("#")]
    assert len(commands) == 2
    install = commands[0].split("&& ", 2)[2]  # after creating and activating the venv
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert install in ci and commands[1] in ci


def test_python_example_output():
    code = _blocks("python")[0]
    expected = [l[2:] for l in code.splitlines() if l.startswith("# ")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue().splitlines() == expected
