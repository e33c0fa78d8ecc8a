"""Every example in the README runs: the first screen is what CI runs, the Python blocks
run as scripts (the first one prints what it says), the CLI block runs in a shell."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
PYTHON = re.findall(r"```python\n(.*?)```", README, re.S)
BASH = re.findall(r"```bash\n(.*?)```", README, re.S)


def test_first_screen_commands_are_what_ci_runs():
    commands = [l for l in BASH[0].splitlines() if l.strip() and not l.startswith("#")]
    assert len(commands) == 2
    install = commands[0].split("&& ", 2)[2]  # after creating and activating the venv
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert install in ci and commands[1] in ci


def run_python(code: str, tmp_path: Path) -> str:
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], cwd=REPO, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_first_python_example_prints_what_it_says(tmp_path):
    expected = [l[2:] for l in PYTHON[0].splitlines() if l.startswith("# ")]
    assert run_python(PYTHON[0], tmp_path).splitlines() == expected


@pytest.mark.parametrize("index", range(1, len(PYTHON)))
def test_python_example_runs(index, tmp_path, shared_root):
    assert run_python(PYTHON[index], tmp_path).strip()


def test_cli_examples_run(tmp_path, shared_root):
    """The command-line block, in a copy of the samples so outputs stay out of the repo."""
    for name in ("samples", "corpus"):
        (tmp_path / name).symlink_to(REPO / name)
    (tmp_path.parent / "shared").exists() or (tmp_path.parent / "shared").symlink_to(shared_root)
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    for line in BASH[1].splitlines():
        command = line.split("#")[0].strip()
        if not command:
            continue
        result = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True,
                                text=True, timeout=600, env=env)
        assert result.returncode == 0, f"{command}\n{result.stderr[-2000:]}"
