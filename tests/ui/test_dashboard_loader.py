"""The dashboard's worker: a failing computation never leaves it stuck."""

from __future__ import annotations

from kpidesk.ui.dashboard.loader import LatestLoader


def _boom() -> object:
    raise RuntimeError("a bug in a figure")


def test_a_runtime_error_while_computing_is_reported_and_the_loader_goes_on(qtbot) -> None:
    loader = LatestLoader()
    with qtbot.waitSignal(loader.failed, timeout=5000) as failed:
        loader.request(_boom, lambda figures: figures)
    assert "log file" in failed.args[1]
    assert loader.wait(5)
    with qtbot.waitSignal(loader.series_ready, timeout=5000) as ready:
        token = loader.request(lambda: 41, lambda figures: figures + 1)
    assert ready.args == [token, 42]
    # The worker signals before it takes its next (empty) job: wait for it, then it is idle.
    assert loader.wait(5), "the worker must go idle once its last request is done"
    assert not loader.busy()


def test_a_closed_view_stops_the_worker_but_not_the_loader(qtbot) -> None:
    loader = LatestLoader()
    calls: list[str] = []

    def gone(signal: object, *args: object) -> bool:
        calls.append("emit")
        return LatestLoader._emit(loader, _Deleted(), *args)

    loader._emit = gone  # type: ignore[method-assign]
    loader.request(lambda: 1, lambda figures: figures)
    assert loader.wait(5), "the worker must finish even though its view is gone"
    assert calls == ["emit"]
    assert not loader.busy()


class _Deleted:
    def emit(self, *args: object) -> None:
        raise RuntimeError("Internal C++ object (Signal) already deleted.")
