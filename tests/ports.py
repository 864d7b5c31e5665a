"""Free TCP ports on loopback for services a test starts."""

import socket


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def free_port_pair(*, taken: tuple[int, ...] = ()) -> int:
    """A free port whose next port is free too (Rasa replicas take consecutive ports), avoiding
    ports already handed out for other services that are not listening yet."""
    while True:
        port = free_port()
        if port not in taken and port + 1 not in taken and _is_free(port + 1):
            return port


def _is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
