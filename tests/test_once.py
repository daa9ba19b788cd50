"""extract/embeddings/once.py: a model loaded once per process, by whichever thread asks first."""
from __future__ import annotations

import threading
import time

import pytest

from rightsledger.errors import RightsledgerError
from rightsledger.extract.embeddings.once import Once


def test_many_threads_asking_at_once_load_the_model_one_time():
    calls = []

    def load():
        calls.append(1)
        time.sleep(0.05)  # a slow load: the others arrive while it runs
        return object()

    model = Once(load, "the model could not be loaded")
    got = []
    threads = [threading.Thread(target=lambda: got.append(model())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert len(got) == 8 and all(g is got[0] for g in got)


def test_a_failed_load_names_what_failed_and_the_next_call_tries_again():
    attempts = []

    def load():
        attempts.append(1)
        if len(attempts) == 1:
            raise FileNotFoundError("weights.bin is missing")
        return "model"

    model = Once(load, "the re-ranker is not available")
    with pytest.raises(RightsledgerError) as err:
        model()
    assert "the re-ranker is not available: FileNotFoundError: weights.bin is missing" in str(err.value)
    assert model() == "model" and len(attempts) == 2
