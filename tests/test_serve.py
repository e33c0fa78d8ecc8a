"""The HTTP service: in-process for the edge cases, and once as a real uvicorn server."""
import json
import os
import socket
import subprocess
import sys
import time

import httpx
import jsonschema
import pytest
from fastapi.testclient import TestClient

from kgner import schema
from kgner.serve import Limits, create_app

LIMITS = Limits(max_body_bytes=4000, max_batch=3, max_chars=200)
TEXT = "Саат 08:00дө №1053 участок ачылды. Садыр Жапаров в Бишкеке."


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(limits=LIMITS, model=False)) as c:
        yield c


def test_extract(client):
    r = client.post("/extract", json={"text": TEXT, "id": "a"})
    assert r.status_code == 200
    body = r.json()
    jsonschema.validate(body, schema.load())
    assert body["id"] == "a" and {e["label"] for e in body["entities"]} >= {"TIME", "POLLING_STATION"}


def test_batch_streams_jsonl_with_error_records(client):
    r = client.post("/extract/batch", json=[TEXT, {"id": "long", "text": "x" * 300}, {"text": ""}])
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(l) for l in r.text.splitlines()]
    assert [l["id"] for l in lines] == ["0", "long", "2"]
    assert "limit is 200" in lines[1]["error"]
    jsonschema.validate(lines[0], schema.load())


def test_limits_give_413(client):
    r = client.post("/extract/batch", json=["a"] * 4)
    assert r.status_code == 413 and "limit is 3" in r.json()["detail"]
    r = client.post("/extract", json={"text": "x" * 300})
    assert r.status_code == 413 and "limit is 200" in r.json()["detail"]
    r = client.post("/extract", json={"text": "x" * 5000})
    assert r.status_code == 413 and "4000 bytes" in r.json()["detail"]


def test_bad_input_gives_422(client):
    assert client.post("/extract", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422
    assert client.post("/extract", json={"text": 5}).status_code == 422
    assert client.post("/extract", json={}).status_code == 422
    assert client.post("/extract/batch", json={"text": "not a list"}).status_code == 422


def test_failing_document_never_500(client):
    class Broken:
        labels = ()

        def extract(self, text):
            if "boom" in text:
                raise RuntimeError("boom")
            return client.app.state.real.extract(text)

    client.app.state.real = client.app.state.pipeline
    client.app.state.pipeline = Broken()
    try:
        r = client.post("/extract/batch", json=["ok 08:00", "boom"])
        lines = [json.loads(l) for l in r.text.splitlines()]
        assert r.status_code == 200 and "entities" in lines[0] and "boom" in lines[1]["error"]
        r = client.post("/extract", json={"text": "boom"})
        assert r.status_code == 422 and "RuntimeError" in r.json()["detail"]
    finally:
        client.app.state.pipeline = client.app.state.real


def test_openapi(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/extract", "/extract/batch", "/health"} <= set(paths)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_real_server():
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kgner.cli", "serve", "--port", str(port), "--no-model",
         "--max-batch", "2", "--max-body-bytes", "3000", "--log-level", "warning"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=10) as http:
            deadline = time.monotonic() + 30
            while True:
                try:
                    health = http.get("/health")
                    break
                except httpx.TransportError:
                    assert proc.poll() is None, proc.stdout.read().decode()
                    assert time.monotonic() < deadline, "server did not start"
                    time.sleep(0.2)
            assert health.json()["status"] == "ok"
            r = http.post("/extract", json={"text": TEXT})
            assert r.status_code == 200 and r.json()["entities"]
            with http.stream("POST", "/extract/batch", json=[TEXT, "9,17%"]) as r:
                lines = [json.loads(l) for l in r.iter_lines() if l]
            assert r.status_code == 200 and [l["id"] for l in lines] == ["0", "1"]
            assert http.post("/extract/batch", json=["a"] * 3).status_code == 413
            assert http.post("/extract", json={"text": "x" * 4000}).status_code == 413
            assert http.post("/extract", content=b"{", headers={"content-type": "application/json"}).status_code == 422
            assert "/extract" in http.get("/openapi.json").json()["paths"]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
