"""Regenerate the README's measured tables from commands, never by hand.

- accuracy: `kgner eval corpus/gold/test.jsonl --baseline natasha --by-lang --markdown`
  and the same on the factRuEval devset (`corpus/factru/heldout.jsonl`);
- facts: `kgner eval corpus/gold/{test,dev}.jsonl --facts corpus/facts/{test,dev}.jsonl --markdown`;
- speed: the table `bench/throughput.py` last wrote to `bench/results.md`.

Each table sits between `<!-- NAME:start -->` and `<!-- NAME:end -->` markers.
Usage: python scripts/update_readme.py [--root ../shared]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"


def run(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "kgner.cli", *args], cwd=REPO,
                            capture_output=True, text=True, check=True)
    return result.stdout.strip()


def replace_block(text: str, name: str, body: str) -> str:
    pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"README has no {name} markers")
    return pattern.sub(lambda m: m.group(1) + body.strip() + "\n" + m.group(2), text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=None)
    args = parser.parse_args()
    root = ["--root", args.root] if args.root else []
    text = README.read_text(encoding="utf-8")
    test = run("eval", "corpus/gold/test.jsonl", "--baseline", "natasha", "--by-lang",
               "--markdown", *root)
    factru = run("eval", "corpus/factru/heldout.jsonl", "--baseline", "natasha", "--markdown", *root)
    # factRuEval marks persons and places only: the rows of other labels score nothing
    factru = "\n".join(line for line in factru.splitlines()
                       if not line.startswith("| ") or line.startswith(("| label", "| PER ", "| LOCATION ")))
    body = (f"Test split (`kgner eval corpus/gold/test.jsonl --baseline natasha --by-lang --markdown`):\n\n{test}\n\n"
            f"factRuEval-2016 devset, the half held out of the model's training data (58 Russian "
            f"news documents), PER and LOCATION only "
            f"(`kgner eval corpus/factru/heldout.jsonl --baseline natasha --markdown`):\n\n{factru}")
    text = replace_block(text, "accuracy", body)
    facts = []
    for split in ("test", "dev"):
        command = (f"eval corpus/gold/{split}.jsonl --facts corpus/facts/{split}.jsonl --markdown")
        facts.append(f"{split.capitalize()} split (`kgner {command}`):\n\n{run(*command.split(), *root)}")
    text = replace_block(text, "facts", "\n\n".join(facts))
    results = REPO / "bench" / "results.md"
    if results.is_file():
        table = results.read_text(encoding="utf-8").strip()
        table = "\n".join(l for l in table.splitlines() if not l.startswith("# "))
        text = replace_block(text, "speed", table)
    README.write_text(text, encoding="utf-8")
    print("README tables updated")


if __name__ == "__main__":
    main()
