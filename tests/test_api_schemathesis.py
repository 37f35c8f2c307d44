"""Property-based API tests from the OpenAPI spec (schemathesis): no input makes the server fail (5xx)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from store_samples import annotated_examples

from khabar.api.app import ApiSettings, create_app
from khabar.store import open_store

TOKEN = "fuzz-token"
_DIR = tempfile.mkdtemp(prefix="khabar-schemathesis-")
# The schema must exist when the module is collected (parametrize), so the store is made at import, not in a
# fixture; remove it when the session ends, or every pytest run (even one that deselects this file) leaves a dir.
atexit.register(shutil.rmtree, _DIR, ignore_errors=True)
_STORE = open_store(Path(_DIR) / "khabar.db")
_STORE.put_many(annotated_examples())
# Writes go through the whole pipeline; a bounded body keeps generated articles small.
APP = create_app(ApiSettings(store=_STORE, token=TOKEN, rate_limit=0, max_body=200_000))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:300]}"
    )
    if response.status_code >= 400:
        assert response.json().get("detail"), "a 4xx answer says what is wrong"
