"""Several server processes, each listening on a socket of its own (``SO_REUSEPORT``).

uvicorn's own ``workers=N`` shares one listening socket between its processes, and the kernel
hands each new connection to whichever process happens to be waiting in ``accept``: under
load one worker ends up with far more keep-alive connections than the other (136 of 200
measured with bench/load.py), which sets the tail latency. With one socket per worker, bound
with ``SO_REUSEPORT``, Linux spreads the connections over the workers by a hash of their
addresses. The supervisor here starts the workers, restarts one that dies, gives up when
they keep dying at start-up (a port taken, a database gone), and stops them all on SIGINT or
SIGTERM. Where ``SO_REUSEPORT`` is missing, :func:`run` falls back to uvicorn's supervisor.
"""
from __future__ import annotations

import logging
import multiprocessing
import signal
import socket
import sys
import time
from typing import Any

from ..errors import Code, RightsledgerError

log = logging.getLogger("rightsledger.serve")

#: a worker that dies sooner than this after its start counts as a failed start
QUICK_DEATH_S = 5.0
#: failed starts in a row after which the supervisor gives up
MAX_QUICK_DEATHS = 5


def reuseport_available() -> bool:
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def listening_socket(host: str, port: int, backlog: int = 2048) -> socket.socket:
    """A TCP socket bound to (host, port) with ``SO_REUSEPORT``, listening.

    Made with ``proto=IPPROTO_TCP``: asyncio turns Nagle off (``TCP_NODELAY``) only on accepted
    sockets whose ``proto`` says TCP, and with ``proto=0`` a response written in two pieces waited
    for the client's delayed ACK (a 304 p95 of 40 ms instead of a few)."""
    sock = socket.socket(_family(host), socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(backlog)
    return sock


def _probe(host: str, port: int) -> None:
    """Fail fast when anything listens on (host, port) already, another rightsledger included:
    a plain bind, without ``SO_REUSEPORT``, which would let a second server share the port and
    split the requests between two databases."""
    with socket.socket(_family(host), socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))


def _worker(host: str, port: int, options: dict[str, Any]) -> None:
    import uvicorn

    sock = listening_socket(host, port, options.get("backlog", 2048))
    uvicorn.Server(uvicorn.Config(**options)).run(sockets=[sock])


def run(app: str, *, host: str, port: int, workers: int, **options: Any) -> int:
    """Serve ``app`` (an import string; ``factory=True`` etc. in ``options``) with ``workers``
    processes. Returns the exit status: 0 after a stop signal, 1 when workers keep dying."""
    import uvicorn

    if workers <= 1 or not reuseport_available():
        uvicorn.run(app, host=host, port=port, workers=workers, **options)
        return 0
    try:
        _probe(host, port)
    except OSError as err:
        raise RightsledgerError(Code.CANNOT_LISTEN, host=host, port=port, detail=err.strerror) from None
    options = {**options, "app": app}
    ctx = multiprocessing.get_context("spawn")

    def start() -> tuple[Any, float]:
        p = ctx.Process(target=_worker, args=(host, port, options), daemon=False)
        p.start()
        return p, time.monotonic()

    procs = [start() for _ in range(workers)]
    stopping = False

    def stop(_signum: int, _frame: Any) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    quick_deaths, status = 0, 0
    try:
        while not stopping:
            time.sleep(0.2)
            for i, (p, started) in enumerate(procs):
                if p.is_alive() or stopping:
                    continue
                quick = time.monotonic() - started < QUICK_DEATH_S
                quick_deaths = quick_deaths + 1 if quick else 0
                log.warning("worker %s exited with %s; starting another", p.pid, p.exitcode)
                if quick_deaths >= MAX_QUICK_DEATHS:
                    log.error("workers keep dying at start-up; stopping")
                    stopping, status = True, 1
                    break
                procs[i] = start()
    finally:
        for p, _ in procs:
            if p.is_alive():
                p.terminate()
        for p, _ in procs:
            p.join(20)
            if p.is_alive():
                p.kill()
        for s, handler in previous.items():
            signal.signal(s, handler)
    return status
