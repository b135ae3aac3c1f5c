"""Shared test set-up: hypothesis profiles and the optional ../shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("fast", max_examples=60, deadline=None)
settings.register_profile(
    "thorough", max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "thorough" if os.environ.get("CI") else "fast"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEKIT_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only ../shared folder; tests that need it skip cleanly when it is absent."""
    if not (SHARED / "corpora" / "polnear" / "dev.jsonl").exists():
        pytest.skip("../shared is not present")
    return SHARED
