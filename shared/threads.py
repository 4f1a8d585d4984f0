"""Worker threads: how many requests run blocking code at once, and the separate lane commits use.

Sync path functions (and anything sent to ``run_in_threadpool``) run on AnyIO's default thread
limiter, which :func:`configure_worker_threads` sizes to ``WORKER_THREADS``; the connection
pools (``shared.db``) are sized from the same figure.

A request's session is committed after its path function has returned (``shared.sessions``),
so the commit needs a thread of its own. Were it to queue on the default limiter, a burst could
fill every thread with requests waiting for SQLite's write lock while the transaction holding
that lock waits, behind them, for a thread to commit in: no one moves until the lock times out,
and the next burst does it again. Commits therefore take a thread from their own limiter, which
requests never hold.

Few threads run at once in practice: ``shared.admission`` lets only a handful of requests into
the application, and a request keeps its place until answered. The limits here are the second
line, for work that reaches the thread pool some other way.
"""

from __future__ import annotations

from anyio import CapacityLimiter, to_thread

#: Threads running requests' blocking code at once (AnyIO's default, made explicit).
WORKER_THREADS = 40
#: Commits running at once; they never wait on a lock, so a few suffice.
COMMIT_THREADS = 8
#: Request threads that may wait for SQLite's writer lock at once (``shared.db``). The rest stay
#: free: the writer holding the lock needs one after its path function has returned (FastAPI
#: validates a sync route's response on a worker thread) before its session commits and the
#: lock is released. Were every thread waiting for the lock, none would be left for the holder,
#: and every writer would wait out the busy timeout (a 60-connection wrk burst measured 10
#: requests a second, each about 5 s, until this bound).
WRITER_WAITING_THREADS = WORKER_THREADS - 8


def configure_worker_threads() -> CapacityLimiter:
    """Size the running event loop's default thread limiter; return a new commit limiter.

    Called in the app's lifespan: limiters belong to one event loop.
    """
    to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
    return CapacityLimiter(COMMIT_THREADS)
