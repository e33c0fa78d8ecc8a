"""`kgner serve`: the HTTP service (FastAPI on uvicorn; `pip install kgner[serve]`)."""
from __future__ import annotations

import argparse
import sys

from ..types import LABELS


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from ..serve import Limits, run
    except ImportError as exc:
        print(f"kgner serve: {exc}", file=sys.stderr)
        return 2
    run(args.host, args.port, args.workers, args.labels,
        Limits(args.max_body_bytes, args.max_batch, args.max_chars), args.log_level, not args.no_model)
    return 0


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve POST /extract and /extract/batch over HTTP")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1, help="processes; each loads the pipeline once")
    p.add_argument("--labels", nargs="+", choices=LABELS, help="only these labels")
    p.add_argument("--max-body-bytes", type=int, default=10_000_000, help="413 above this")
    p.add_argument("--max-batch", type=int, default=1000, help="413 for longer batches")
    p.add_argument("--max-chars", type=int, default=1_000_000, help="413 for longer texts")
    p.add_argument("--no-model", action="store_true",
                   help="rules and knowledge base only (no statistical model)")
    p.add_argument("--log-level", default="info")
    p.set_defaults(func=cmd_serve)
