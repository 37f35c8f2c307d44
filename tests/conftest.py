from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED.exists():
        pytest.fail(f"../shared/data is missing: {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def quote_names(shared_data: Path) -> None:
    """The quotes stage's person-name list is built data (`khabar build quote-names`): build it when missing."""
    from quotes_helpers import ensure_name_tokens

    ensure_name_tokens(shared_data)
