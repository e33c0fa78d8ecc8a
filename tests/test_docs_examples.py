"""Every example in docs/ecosystem.md runs: ```python blocks in-process, ```bash blocks
in a shell in a temporary folder. (```sh blocks start a server: tests/test_serve.py.)"""
import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "ecosystem.md"
TEXT = DOC.read_text(encoding="utf-8")
PYTHON = re.findall(r"```python\n(.*?)```", TEXT, re.S)
BASH = re.findall(r"```bash\n(.*?)```", TEXT, re.S)


@pytest.fixture(autouse=True, scope="module")
def needs_model():
    from kgner.model import ModelError, load
    try:
        load()
    except ModelError as exc:
        pytest.skip(f"the examples use kgner's default pipeline, whose model is missing: {exc}")


def test_there_are_examples():
    assert len(PYTHON) >= 6 and len(BASH) >= 2


@pytest.mark.parametrize("code", PYTHON, ids=[f"python{i}" for i in range(len(PYTHON))])
def test_python_example(code):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(DOC), "exec"), {"__name__": "__docs__"})


@pytest.mark.parametrize("code", BASH, ids=[f"bash{i}" for i in range(len(BASH))])
def test_bash_example(code, tmp_path):
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", code], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr + done.stdout
