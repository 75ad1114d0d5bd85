"""Watching and closing a program's windows from outside it, on a private Xvfb screen.

The standalone build is a separate program with no test hooks, so a test sees it as a
person does: a top-level window with a title appears (``xwininfo -root -tree``, from
x11-utils), and closing it as a window manager would (a ``WM_DELETE_WINDOW`` message,
sent through libX11 with ctypes) makes the app quit by itself.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import random
import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass

_WINDOW_LINE = re.compile(r'^\s+(0x[0-9a-f]+) "(.*)": \(.*\)\s+(\d+)x(\d+)\+', re.MULTILINE)


@dataclass(frozen=True)
class Window:
    id: int
    title: str
    width: int
    height: int


@contextlib.contextmanager
def virtual_screen(width: int = 1280, height: int = 900) -> Iterator[str]:
    """Start Xvfb on a free display; yield its ``DISPLAY`` value.

    The number is drawn at random from a range ``xvfb-run -a`` (which counts up from 99)
    rarely reaches, and another is tried when that one is taken, so parallel sessions on
    one machine do not end up sharing (and closing) a screen.
    """
    for number in random.sample(range(300, 900), 10):
        server, ready = _start_xvfb(number, width, height)
        if ready:
            try:
                yield f":{number}"
            finally:
                server.terminate()
                server.wait(timeout=10)
            return
        server.wait(timeout=10)
    raise RuntimeError("Xvfb did not start on any of ten free-looking displays")


def _start_xvfb(number: int, width: int, height: int) -> tuple[subprocess.Popen[bytes], bool]:
    """Xvfb writes its display number to ``-displayfd`` once it accepts connections."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            f":{number}",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        ready = announced.readline().strip() == str(number)
    if not ready:
        server.terminate()
    return server, ready


def top_level_windows(display: str) -> list[Window]:
    """The root window's children with their titles (``xwininfo -root -children``)."""
    listing = subprocess.run(
        ["xwininfo", "-root", "-children", "-display", display],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    ).stdout
    return [
        Window(int(match[1], 16), match[2], int(match[3]), int(match[4]))
        for match in _WINDOW_LINE.finditer(listing)
    ]


def wait_for_window(
    display: str, title: str, timeout: float, alive: subprocess.Popen[bytes] | None = None
) -> tuple[Window, float]:
    """Poll until a top-level window named ``title`` exists; return it and the time taken."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        for window in top_level_windows(display):
            if window.title == title:
                return window, time.perf_counter() - start
        if alive is not None and alive.poll() is not None:
            raise RuntimeError(f"the program ended (exit {alive.returncode}) before {title!r}")
        time.sleep(0.02)
    raise TimeoutError(f"no window {title!r} within {timeout} s")


class _ClientMessage(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    )


class _Event(ctypes.Union):
    _fields_ = (("xclient", _ClientMessage), ("pad", ctypes.c_long * 24))


_CLIENT_MESSAGE = 33
_NO_EVENT_MASK = 0
_CURRENT_TIME = 0


def close_window(display: str, window: int) -> None:
    """Ask ``window`` to close, as a window manager's close button does."""
    name = ctypes.util.find_library("X11")
    if name is None:
        raise RuntimeError("libX11 not found")
    x11 = ctypes.CDLL(name)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
    x11.XSendEvent.argtypes = (
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_Event),
    )
    x11.XFlush.argtypes = (ctypes.c_void_p,)
    x11.XCloseDisplay.argtypes = (ctypes.c_void_p,)
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open display {display}")
    try:
        event = _Event()
        message = event.xclient
        message.type = _CLIENT_MESSAGE
        message.display = connection
        message.window = window
        message.message_type = x11.XInternAtom(connection, b"WM_PROTOCOLS", 0)
        message.format = 32
        message.data[0] = x11.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
        message.data[1] = _CURRENT_TIME
        x11.XSendEvent(connection, window, 0, _NO_EVENT_MASK, ctypes.byref(event))
        x11.XFlush(connection)
    finally:
        x11.XCloseDisplay(connection)
