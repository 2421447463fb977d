"""A TCP proxy that can simulate a network outage between samen and its database.

    with TcpProxy("127.0.0.1", 5432) as proxy:
        url = f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/db"
        ...
        proxy.cut()      # every open connection is closed at once; new ones are closed on accept
        proxy.restore()  # new connections are forwarded again

One thread accepts (blocking in a selector, woken through a socket pair to stop); each forwarded
connection has two threads, one per direction, blocking in `recv`.  Cutting shuts the sockets
down, which wakes those threads; the thread that finishes last closes both sockets.
"""
from __future__ import annotations

import selectors
import socket
import threading
from typing import Any

CHUNK = 65536


class _Link:
    """One client connection and its connection to the target, pumped both ways."""

    def __init__(self, client: socket.socket, upstream: socket.socket, on_closed: Any) -> None:
        self.client, self.upstream = client, upstream
        self._on_closed = on_closed
        self._lock = threading.Lock()
        self._running = 2

    def start(self) -> None:
        for source, sink, name in ((self.client, self.upstream, "up"), (self.upstream, self.client, "down")):
            threading.Thread(target=self._pump, args=(source, sink), daemon=True,
                             name=f"tcp-proxy-{name}").start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while True:
                data = source.recv(CHUNK)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            self.shut()  # one side is gone: so is the other (as when a network path fails)
            with self._lock:
                self._running -= 1
                last = self._running == 0
            if last:
                self.client.close()
                self.upstream.close()
                self._on_closed(self)

    def shut(self) -> None:
        """End both connections now; the pump threads wake up and finish."""
        for sock in (self.client, self.upstream):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:  # already shut or never connected
                pass


class TcpProxy:
    """Forwards connections to 127.0.0.1:`port` (a free port) on to `target_host`:`target_port`."""

    def __init__(self, target_host: str, target_port: int, connect_timeout: float = 5.0) -> None:
        self.target = (target_host, target_port)
        self.connect_timeout = connect_timeout
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._waker_r, self._waker_w = socket.socketpair()
        self._lock = threading.Lock()
        self._links: set[_Link] = set()
        self._cut = False
        self._closed = False
        self._thread: threading.Thread | None = None
        self.accepted = 0  # connections forwarded
        self.refused = 0  # connections closed on arrival while cut

    # -- lifecycle --------------------------------------------------------------------------
    def start(self) -> "TcpProxy":
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, daemon=True, name="tcp-proxy")
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop accepting, end every connection, release the port."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._waker_w.send(b"x")
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._shut_all()
        self._listener.close()
        self._waker_r.close()
        self._waker_w.close()

    def __enter__(self) -> "TcpProxy":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the outage -------------------------------------------------------------------------
    @property
    def is_cut(self) -> bool:
        return self._cut

    def cut(self) -> None:
        """The network fails: close every open connection at once; new ones are closed on arrival."""
        with self._lock:
            self._cut = True  # first, so that nothing reconnects in between
        self._shut_all()

    def restore(self) -> None:
        """The network is back: forward new connections again."""
        with self._lock:
            self._cut = False

    def open_connections(self) -> int:
        with self._lock:
            return len(self._links)

    # -- internals --------------------------------------------------------------------------
    def _shut_all(self) -> None:
        with self._lock:
            links = list(self._links)
        for link in links:
            link.shut()

    def _forget(self, link: _Link) -> None:
        with self._lock:
            self._links.discard(link)

    def _serve(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._listener, selectors.EVENT_READ)
            selector.register(self._waker_r, selectors.EVENT_READ)
            while True:
                ready = [key.fileobj for key, _ in selector.select()]
                if self._waker_r in ready:
                    return
                try:
                    client, _ = self._listener.accept()
                except OSError:
                    continue
                self._handle(client)

    def _handle(self, client: socket.socket) -> None:
        with self._lock:
            refuse = self._cut or self._closed
        if refuse:
            self.refused += 1
            client.close()
            return
        # NOTE: connecting can take up to `connect_timeout`; done in the pump's thread so that a slow
        # target never holds up accepting (or refusing) other connections.
        threading.Thread(target=self._connect, args=(client,), daemon=True, name="tcp-proxy-connect").start()

    def _connect(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.target, timeout=self.connect_timeout)
        except OSError:
            client.close()
            return
        upstream.settimeout(None)
        for sock in (client, upstream):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        link = _Link(client, upstream, self._forget)
        with self._lock:
            if self._cut or self._closed:  # cut while we were connecting
                link = None
            else:
                self._links.add(link)
                self.accepted += 1
        if link is None:
            client.close()
            upstream.close()
            return
        link.start()
