#!/usr/bin/env python3
"""Records what a full-screen program writes to its terminal, for the terminal's replay tests.

Runs the program in a pseudo-terminal of a fixed size with TERM=xterm-256color, types the keys
of its script at set times, and saves every byte the program wrote. The keys are those a person
would press; the program gets no answer to the queries it sends (as from a terminal that ignores
them), so the recording does not depend on the terminal it was made in.

    python3 tests/data/terminal/record.py vim tests/data/terminal/vim.bin
"""

import os
import pty
import select
import shutil
import struct
import sys
import tempfile
import termios
import fcntl
import time

ROWS, COLUMNS = 24, 80


def sample_text(lines):
    """A text the tests know: numbered lines, each with a word to search for."""
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
    return "".join(f"line {n:03} {words[n % len(words)]} the quick brown fox\n" for n in range(1, lines + 1))


# Each program: its command (the sample file's path is {file}), the sample's length in lines (0:
# none), and its keys, as (seconds to wait first, bytes to type).
PROGRAMS = {
    # vim with its defaults.vim and no user settings: open a file shorter than the screen (the
    # rest shows "~"), go to the end (G), insert a line, back to normal mode, then quit without
    # saving.
    "vim": (["vim", "-u", "DEFAULTS", "-i", "NONE", "-n", "{file}"], 10,
            [(1.5, b"G"), (0.5, b"otyped in vim"), (0.5, b"\x1b"), (0.5, b":q!\r")]),
    # less: a page down, to the end (G) where it shows "(END)", then quit.
    "less": (["less", "{file}"], 60,
             [(1.0, b" "), (0.5, b"G"), (0.5, b"q")]),
    # top: two refreshes a second apart, then quit. Only process 1 is listed: a recording shows no
    # more of the machine it was made on than that.
    "top": (["top", "-d", "1", "-p", "1"], 0,
            [(2.5, b"q")]),
    # htop: two refreshes, then quit; process 1 only, as for top.
    "htop": (["htop", "-d", "10", "-p", "1"], 0,
             [(2.5, b"q")]),
}


def record(name, out_path):
    argv, lines, keys = PROGRAMS[name]
    if shutil.which(argv[0]) is None:
        sys.exit(f"{argv[0]} is not installed")
    workdir = tempfile.mkdtemp(prefix="teleterm-record-")
    sample = os.path.join(workdir, "sample.txt")
    with open(sample, "w") as f:
        f.write(sample_text(lines))
    argv = [a.replace("{file}", "sample.txt") for a in argv]  # relative: the same in every recording

    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": workdir,
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "LESSHISTFILE": "-",
    }
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(workdir)
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))

    output = bytearray()
    pending = list(keys)
    due = time.monotonic() + (pending[0][0] if pending else 0)
    done = False
    while not done:
        timeout = max(0.0, due - time.monotonic()) if pending else 2.0
        ready, _, _ = select.select([fd], [], [], timeout)
        if ready:
            try:
                data = os.read(fd, 65536)
            except OSError:  # EIO: the program ended
                data = b""
            if not data:
                done = True
            output += data
        elif pending:
            os.write(fd, pending.pop(0)[1])
            if pending:
                due = time.monotonic() + pending[0][0]
        else:
            done = True  # quiet for two seconds after the last key
    os.waitpid(pid, 0)
    shutil.rmtree(workdir)
    with open(out_path, "wb") as f:
        f.write(output)
    print(f"{out_path}: {len(output)} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in PROGRAMS:
        sys.exit(f"usage: {sys.argv[0]} {{{'|'.join(PROGRAMS)}}} OUT.bin")
    record(sys.argv[1], sys.argv[2])
