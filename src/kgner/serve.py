"""kgner over HTTP, for election tools written in other languages.

FastAPI app: `POST /extract` (one text), `POST /extract/batch` (a list, streamed back
as JSONL, one record per line in input order), `GET /health`, and the OpenAPI schema
at `/openapi.json` (`/docs` for the browser). Each worker process builds the pipeline
once, at startup. Request size and batch length are limited (413 with a message that
names the limit); malformed JSON is a 422; a document that fails inside a batch becomes
an `{"id", "error"}` line instead of breaking the stream.

Limits and labels come from arguments or, for `uvicorn --factory` and its workers,
from the environment: KGNER_MAX_BODY_BYTES, KGNER_MAX_BATCH, KGNER_MAX_CHARS,
KGNER_LABELS (comma-separated), KGNER_MODEL (0: rules and knowledge base only).
"""
from __future__ import annotations

import json
import os
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from typing import Iterator, List, Optional, Sequence, Union

try:
    from fastapi import FastAPI, HTTPException, Request
    from fastapi.responses import JSONResponse, StreamingResponse
    from pydantic import BaseModel, Field
except ImportError:  # pragma: no cover - depends on the installed extras
    raise ImportError("kgner's HTTP service needs FastAPI and uvicorn: "
                      "pip install kgner[serve]") from None

from . import __version__
from .pipeline import Pipeline
from .types import Extraction


@dataclass(frozen=True)
class Limits:
    """What one request may ask for; larger requests get a 413."""

    max_body_bytes: int = 10_000_000
    max_batch: int = 1000
    max_chars: int = 1_000_000

    @classmethod
    def from_env(cls) -> "Limits":
        env = {f: os.environ.get(f"KGNER_{f.upper()}") for f in cls.__dataclass_fields__}
        return cls(**{f: int(v) for f, v in env.items() if v})


class Document(BaseModel):
    text: str = Field(description="The text, Kyrgyz, Russian or mixed.")
    id: Optional[str] = Field(None, description="Your id; echoed back (default: the position).")


class EntityOut(BaseModel):
    label: str
    text: str
    start: int = Field(description="Offset into the text, in code points.")
    end: int
    norm: str
    lang: str
    source: str
    kb_id: Optional[str] = None
    confidence: float = 1.0


class ExtractionOut(BaseModel):
    """A record of kgner/schema/extraction.schema.json."""

    id: str
    entities: List[EntityOut]


class Health(BaseModel):
    status: str
    version: str
    labels: List[str]
    limits: dict


def record(doc_id: str, extraction: Extraction) -> dict:
    return {"id": doc_id, "entities": [e.to_dict() for e in extraction]}


def too_large(message: str) -> JSONResponse:
    return JSONResponse({"detail": message}, status_code=413)


class BodyLimit:
    """ASGI middleware: refuse bodies over `max_bytes`, declared or streamed (chunked)."""

    def __init__(self, app, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    def message(self) -> str:
        return (f"request body is larger than {self.max_bytes} bytes (KGNER_MAX_BODY_BYTES); "
                "send fewer or shorter texts per request")

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", ())).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.max_bytes:
            return await too_large(self.message())(scope, receive, send)
        buffered, size = [], 0
        while True:  # read the body up to the limit, then hand it on unchanged
            msg = await receive()
            buffered.append(msg)
            if msg["type"] != "http.request":
                break
            size += len(msg.get("body", b""))
            if size > self.max_bytes:
                return await too_large(self.message())(scope, receive, send)
            if not msg.get("more_body"):
                break

        async def replay():
            return buffered.pop(0) if buffered else await receive()

        await self.app(scope, replay, send)


def create_app(labels: Sequence[str] | None = None, limits: Limits | None = None,
               model: bool | None = None) -> FastAPI:
    """The service; with no arguments, labels, limits and model come from the environment."""
    if model is None:
        model = os.environ.get("KGNER_MODEL", "1") not in ("0", "false", "no")
    if labels is None and os.environ.get("KGNER_LABELS"):
        labels = [l.strip() for l in os.environ["KGNER_LABELS"].split(",") if l.strip()]
    limits = limits or Limits.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.pipeline = Pipeline(labels, model=model)
        app.state.pipeline.extract("Саат 08:00дө №1053 участок ачылды")  # load everything now
        yield

    app = FastAPI(title="kgner", version=__version__, lifespan=lifespan,
                  description="Named entities of Kyrgyz and Russian election news.")
    app.add_middleware(BodyLimit, max_bytes=limits.max_body_bytes)

    def text_problem(doc: Document) -> str | None:
        if len(doc.text) > limits.max_chars:
            return (f"text has {len(doc.text)} characters; the limit is {limits.max_chars} "
                    "(KGNER_MAX_CHARS): split it")
        return None

    @app.get("/health", response_model=Health)
    def health(request: Request) -> dict:
        return {"status": "ok", "version": __version__,
                "labels": list(request.app.state.pipeline.labels), "limits": asdict(limits)}

    @app.post("/extract", response_model=ExtractionOut,
              responses={413: {"description": "text or body too large"},
                         422: {"description": "invalid JSON, or kgner failed on the text"}})
    def extract(doc: Document, request: Request) -> dict:
        """The entities of one text."""
        problem = text_problem(doc)
        if problem:
            raise HTTPException(413, problem)
        try:
            extraction = request.app.state.pipeline.extract(doc.text)
        except Exception as exc:  # a bug on this input: tell the caller, keep serving
            raise HTTPException(422, f"kgner failed on this text: {type(exc).__name__}: {exc}")
        return record(doc.id or "0", extraction)

    @app.post("/extract/batch",
              response_class=StreamingResponse,
              responses={200: {"content": {"application/x-ndjson": {}},
                               "description": "one JSON record per line, in input order; "
                                              "a failed document is {\"id\", \"error\"}"},
                         413: {"description": "too many documents or body too large"}})
    def extract_batch(docs: List[Union[Document, str]], request: Request) -> StreamingResponse:
        """The entities of many texts (objects `{"text", "id"}` or plain strings), as JSONL."""
        if len(docs) > limits.max_batch:
            raise HTTPException(413, f"batch has {len(docs)} documents; the limit is "
                                     f"{limits.max_batch} (KGNER_MAX_BATCH): split it")
        pipeline = request.app.state.pipeline

        def lines() -> Iterator[str]:
            for i, doc in enumerate(docs):
                doc = Document(text=doc) if isinstance(doc, str) else doc
                doc_id = doc.id or str(i)
                problem = text_problem(doc)
                try:
                    out = {"id": doc_id, "error": problem} if problem else \
                        record(doc_id, pipeline.extract(doc.text))
                except Exception as exc:
                    out = {"id": doc_id, "error": f"{type(exc).__name__}: {exc}"}
                yield json.dumps(out, ensure_ascii=False) + "\n"

        return StreamingResponse(lines(), media_type="application/x-ndjson")

    return app


def run(host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
        labels: Sequence[str] | None = None, limits: Limits | None = None,
        log_level: str = "info", model: bool = True) -> None:
    """Serve with uvicorn; workers get their settings through the environment."""
    import uvicorn
    if labels:
        os.environ["KGNER_LABELS"] = ",".join(labels)
    os.environ["KGNER_MODEL"] = "1" if model else "0"
    for name, value in asdict(limits or Limits()).items():
        os.environ[f"KGNER_{name.upper()}"] = str(value)
    uvicorn.run("kgner.serve:create_app", factory=True, host=host, port=port,
                workers=workers, log_level=log_level)
