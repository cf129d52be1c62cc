"""The test suite cannot reach the network: pytest-socket (``--allow-hosts`` in
pyproject.toml) replaces ``socket.socket.connect`` with a guard that only lets
loopback addresses through.

Order matters in ``test_non_loopback_connect_is_blocked``: it first proves the guard
is installed, and only then tries a connection, so a missing guard fails the test
before anything could leave the machine. The guard checks the host before calling
the real ``connect``, so no packet is sent for a blocked address. The address used
is 192.0.2.1 (TEST-NET-1, RFC 5737: reserved for documentation, never routed).
"""

from __future__ import annotations

import socket

import pytest
import pytest_socket

BLOCKED_ADDRESS = "192.0.2.1"


def assert_guard_installed() -> None:
    connect = socket.socket.connect
    assert connect is not pytest_socket._true_connect, "socket.socket.connect is the real one: no guard"
    assert getattr(connect, "__module__", None) == "pytest_socket", connect
    assert connect.__qualname__.endswith("guarded_connect"), connect.__qualname__


def test_allow_hosts_option_is_loopback_only(pytestconfig):
    allowed = pytestconfig.getoption("--allow-hosts")
    assert allowed, "pyproject.toml addopts lost --allow-hosts"
    assert set(allowed.split(",")) == {"127.0.0.1", "::1", "localhost"}


def test_non_loopback_connect_is_blocked():
    assert_guard_installed()  # must come first: see the module docstring
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(0.5)
    try:
        with pytest.raises(pytest_socket.SocketConnectBlockedError) as info, pytest.warns(UserWarning):
            sock.connect((BLOCKED_ADDRESS, 80))
        assert BLOCKED_ADDRESS in str(info.value)
        assert sock.fileno() == -1  # the guard closed the socket without connecting it
    finally:
        sock.close()


def test_create_connection_is_blocked_too():
    assert_guard_installed()
    with pytest.raises(pytest_socket.SocketConnectBlockedError), pytest.warns(UserWarning):
        socket.create_connection((BLOCKED_ADDRESS, 443), timeout=0.5)


def test_loopback_is_allowed():
    assert_guard_installed()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
            conn, _ = server.accept()
            with conn:
                client.sendall(b"ping")
                assert conn.recv(4) == b"ping"
