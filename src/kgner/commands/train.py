"""`kgner train`: rebuild the shipped NER model from the repository and ../shared."""
from __future__ import annotations

import argparse
import sys


def cmd_train(args: argparse.Namespace) -> int:
    from ..corpus import default_root
    from ..model.train import train
    root = args.root or default_root()
    try:
        train(root, work=args.work, max_steps=args.max_steps, seed=args.seed,
              natasha=not args.no_natasha, install=not args.no_install)
    except FileNotFoundError as exc:
        print(f"kgner train: {exc} (pass --root to the folder holding data/)", file=sys.stderr)
        return 2
    return 0


def register(sub) -> None:
    p = sub.add_parser("train", help="train the NER model (models/config.cfg) and ship the best")
    p.add_argument("--root", default=None, help="the shared corpora folder (default ../shared)")
    p.add_argument("--work", default=None, help="work directory (default build/train)")
    p.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-natasha", action="store_true", help="no natasha silver on Russian text")
    p.add_argument("--no-install", action="store_true", help="keep the model in the work directory")
    p.set_defaults(func=cmd_train)
