"""Mapping the per-document step over this process, a process pool, or a Dask cluster.

Every way gives the same results in the same order (documents are cut into the same
chunks of :data:`BATCH_SIZE`, each parsed as one ``nlp.pipe`` batch), so ``--jobs 4``
and ``--cluster`` write exactly what one process writes. The caller assembles and
merges; this module only runs chunks and yields their results in input order, polling
``cancelled`` at least every :data:`POLL_SECONDS` so Cancel takes effect quickly.
"""

from __future__ import annotations

import atexit
import concurrent.futures as cf
import dataclasses
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from timeline_app.core.nlp import NO_MODEL_ENV
from timeline_app.model import Day
from timeline_app.pipeline.budget import Watchdog, budget_seconds
from timeline_app.pipeline.cache import CACHE_ENV
from timeline_app.pipeline.document import (
    BATCH_SIZE,
    PARSE_ALL_ENV,
    Source,
    extract_documents,
    iter_documents,
)
from timeline_app.pipeline.results import DocumentResult

Cancelled = Callable[[], bool]
POLL_SECONDS = 0.1
#: How long to wait for a Dask scheduler that does not answer.
CONNECT_TIMEOUT = "10s"
#: Environment a worker reads at start-up (a pool spawned under other values is replaced).
_WORKER_ENV = (NO_MODEL_ENV, CACHE_ENV, PARSE_ALL_ENV, "XDG_CACHE_HOME")
_pools: dict[tuple[int, tuple[str | None, ...]], cf.ProcessPoolExecutor] = {}


class ClusterUnavailable(RuntimeError):
    """``--cluster`` was asked for but Dask is missing or the scheduler is unreachable."""


def default_jobs() -> int:
    """Cores minus one (the window's thread and the user need one), at least one."""
    return max(1, (os.cpu_count() or 1) - 1)


def chunks(sources: Sequence[Source]) -> list[list[Source]]:
    """The batches every executor parses: consecutive, :data:`BATCH_SIZE` at a time."""
    return [list(sources[i : i + BATCH_SIZE]) for i in range(0, len(sources), BATCH_SIZE)]


def run_local(
    sources: Sequence[Source],
    reference_date: Day | None,
    use_cache: bool,
    cancelled: Cancelled,
    *,
    language: str = "",
    watch: Watchdog | None = None,
) -> Iterator[DocumentResult]:
    """In this process; each document inside ``watch``'s time budget, Cancel included."""
    yield from iter_documents(
        sources, reference_date, use_cache=use_cache, cancelled=cancelled,
        language=language, watch=watch,
    )  # fmt: skip


def run_pool(
    sources: Sequence[Source],
    reference_date: Day | None,
    use_cache: bool,
    cancelled: Cancelled,
    jobs: int,
    *,
    language: str = "",
) -> Iterator[DocumentResult]:
    """On ``jobs`` worker processes (spawned, each loading the model once, kept for reuse).

    Each worker keeps the time budget per document itself.
    """
    pool = _pool(jobs)
    futures = [
        pool.submit(
            extract_documents,
            chunk,
            reference_date,
            use_cache=use_cache,
            language=language,
            budget=budget_seconds(),
        )
        for chunk in chunks(sources)
    ]
    yield from _in_order(futures, cancelled, lambda f: f.cancel())


def run_cluster(
    sources: Sequence[Source],
    reference_date: Day | None,
    use_cache: bool,
    cancelled: Cancelled,
    address: str,
    jobs: int = 2,
    *,
    language: str = "",
) -> Iterator[DocumentResult]:
    """On a Dask cluster at ``address`` (``tcp://host:port``), or a LocalCluster ("local").

    Paths are sent as absolute paths: the workers read them from a shared file system.
    Results come back under the paths as given, so the output is a local run's.
    """
    client, cluster = _dask_client(address, jobs)
    try:
        sent = [os.path.abspath(s) if isinstance(s, (str, os.PathLike)) else s for s in sources]
        given = {a: str(s) for a, s in zip(sent, sources, strict=True) if isinstance(a, str)}
        futures = client.map(
            extract_documents, chunks(sent), reference_date=reference_date,
            use_cache=use_cache, language=language, budget=budget_seconds(), pure=False,
        )  # fmt: skip
        for result in _in_order(futures, cancelled, lambda f: f.cancel()):
            yield _as_given(result, given)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _as_given(result: DocumentResult, given: dict[str, str]) -> DocumentResult:
    """``result`` with the absolute path sent to the cluster turned back into the given one."""
    path = given.get(result.path)
    if path is None:
        return result
    document = result.document and dataclasses.replace(result.document, path=path)
    error = result.error
    if error is not None and error.path == result.path:
        error = dataclasses.replace(error, path=path)
    return dataclasses.replace(result, path=path, document=document, error=error)


def _in_order(
    futures: Sequence[Any], cancelled: Cancelled, cancel: Callable[[Any], object]
) -> Iterator[DocumentResult]:
    """Each future's results in submission order, polling ``cancelled`` meanwhile."""
    for k, future in enumerate(futures):
        while not future.done():
            if cancelled():
                for rest in futures[k:]:
                    cancel(rest)
                return
            cf.wait([future], timeout=POLL_SECONDS) if isinstance(future, cf.Future) else _sleep()
        if cancelled():
            for rest in futures[k:]:
                cancel(rest)
            return
        yield from future.result()


def _sleep() -> None:
    import time

    time.sleep(POLL_SECONDS / 2)


def _pool(jobs: int) -> cf.ProcessPoolExecutor:
    """A pool of ``jobs`` spawned workers (never forked: the GUI process has threads).

    Kept for the next run (the window's drops reuse it), unless the environment the
    workers were started with has changed since.
    """
    key = (jobs, tuple(os.environ.get(name) for name in _WORKER_ENV))
    pool = _pools.get(key)
    if pool is None:
        for old in [k for k in _pools if k[0] == jobs]:
            _pools.pop(old).shutdown(wait=False, cancel_futures=True)
        context = multiprocessing.get_context("spawn")
        pool = cf.ProcessPoolExecutor(jobs, mp_context=context, initializer=_warm_up)
        _pools[key] = pool
    return pool


def _warm_up() -> None:
    """Worker start: load spaCy once, before the first chunk arrives."""
    from timeline_app.core import nlp

    nlp.load_nlp()


@atexit.register
def _shut_down() -> None:
    for pool in _pools.values():
        pool.shutdown(wait=False, cancel_futures=True)
    _pools.clear()


def _dask_client(address: str, jobs: int) -> tuple[Any, Any]:
    """A connected ``distributed.Client``, and the LocalCluster it owns (or None)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClusterUnavailable(
            'Dask is not installed: pip install "timeline-app[cluster]"'
        ) from exc
    if address == "local":  # --jobs N workers; without --jobs, cores - 1 but at least two
        workers = jobs if jobs > 1 else max(2, default_jobs())
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(cluster), cluster
    try:
        return Client(address, timeout=CONNECT_TIMEOUT), None
    except OSError as exc:
        raise ClusterUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
