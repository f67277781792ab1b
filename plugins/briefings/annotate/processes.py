"""spaCy in worker processes of our own, each given one task (a batch of texts) at a time.

A worker that dies (a seed that exhausts the memory and is killed, or crashes spaCy's compiled
code) costs only the task it held, and the caller knows which one. spaCy's own
`nlp.pipe(n_process=…)` cannot say: it waits forever for a worker that died (its siblings,
forked with the dead one's pipe open, keep it open), then again at exit for the texts still
queued for it. Every worker also dies with the build (`kill -9` of a build must not leave
workers of 500 MB each running forever).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Key = TypeVar("Key")

#: The process whose workers are being forked, while it forks them: each dies with it.
_PARENT: int | None = None
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In a process just forked while `_PARENT` is set: be killed when the parent dies (Linux's
    parent-death signal; elsewhere, a thread that watches the parent's pid)."""
    parent = _PARENT
    if parent is None:
        return
    watched = not sys.platform.startswith("linux")
    if not watched:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            watched = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0
        except (OSError, AttributeError):
            watched = True
    if watched:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


os.register_at_fork(after_in_child=_die_with_parent)


@dataclass(frozen=True)
class Task:
    """Texts for one `nlp.pipe` call (one batch) with its `options`, and what to keep of each Doc
    (`result`, a function of a module: workers are sent its name)."""

    texts: list[str]
    options: dict[str, Any]
    result: Callable[[Doc], Any]


@dataclass(frozen=True)
class Failure:
    """Why a task gave no result: what it raised, or how its worker died."""

    reason: str


def run_task(nlp: Language, task: Task) -> list[Any]:
    docs = nlp.pipe(task.texts, batch_size=max(1, len(task.texts)), **task.options)
    return [task.result(doc) for doc in docs]


def run_tasks(
    nlp: Language, tasks: deque[tuple[Key, Task]], processes: int
) -> Iterator[tuple[Key, list[Any] | Failure]]:
    """Each task's key with its results, or why it failed, as tasks finish (in any order).

    The caller may add tasks to `tasks` while this runs. With `processes` > 1, tasks run in up to
    that many worker processes (started as tasks come, and again after one dies), else here; here,
    a seed that kills the process kills the build, so a build parses in workers wherever a batch
    of seeds or a long seed makes them worth starting."""
    if processes <= 1:
        while tasks:
            key, task = tasks.popleft()
            try:
                outcome: list[Any] | Failure = run_task(nlp, task)
            except Exception as error:
                outcome = Failure(f"{type(error).__name__}: {error}")
            yield key, outcome
        return
    pool: _Pool[Key] = _Pool(nlp, processes)
    try:
        yield from pool.run(tasks)
    finally:
        pool.close()


@dataclass
class _Worker(Generic[Key]):
    process: BaseProcess
    connection: Connection
    task: tuple[Key, Task] | None = field(default=None)


class _Pool(Generic[Key]):
    def __init__(self, nlp: Language, size: int):
        self.nlp = nlp
        self.size = size
        self.workers: list[_Worker[Key]] = []

    def run(self, tasks: deque[tuple[Key, Task]]) -> Iterator[tuple[Key, list[Any] | Failure]]:
        while True:
            self._hand_out(tasks)
            busy = [worker for worker in self.workers if worker.task is not None]
            if not busy:
                return
            ready = set(wait([w.connection for w in busy] + [w.process.sentinel for w in busy]))
            finished = []
            for worker in busy:
                if worker.connection in ready or worker.process.sentinel in ready:
                    assert worker.task is not None
                    finished.append((worker.task[0], self._outcome(worker)))
            # the workers have their next task before the caller looks at what came back
            self._hand_out(tasks)
            yield from finished

    def _hand_out(self, tasks: deque[tuple[Key, Task]]) -> None:
        while tasks:
            worker = next((w for w in self.workers if w.task is None), None)
            if worker is None:
                if len(self.workers) == self.size:
                    return
                worker = self._start()
            key, task = tasks.popleft()
            try:
                worker.connection.send(task)
            except OSError:  # it died after its last task: the task goes to another one
                tasks.appendleft((key, task))
                self._drop(worker)
                continue
            worker.task = (key, task)

    def _outcome(self, worker: _Worker[Key]) -> list[Any] | Failure:
        """What a worker whose connection or process is ready sent back, or how it died."""
        worker.task = None
        try:
            if worker.connection.poll():
                done, payload = worker.connection.recv()
                if not worker.process.is_alive():  # it died right after: no task for it
                    self._drop(worker)
                return payload if done else Failure(payload)
        except (EOFError, OSError):
            pass
        worker.process.join(timeout=5)
        self._drop(worker)
        return Failure(_death(worker.process.exitcode))

    def _start(self) -> _Worker[Key]:
        global _PARENT
        ours, theirs = multiprocessing.Pipe()
        process = multiprocessing.Process(target=_serve, args=(self.nlp, theirs), daemon=True)
        _PARENT = os.getpid()
        try:
            process.start()
        finally:
            _PARENT = None
        theirs.close()  # the worker holds its end alone: when it dies, the pipe says so
        worker: _Worker[Key] = _Worker(process, ours)
        self.workers.append(worker)
        return worker

    def _drop(self, worker: _Worker[Key]) -> None:
        worker.connection.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        self.workers.remove(worker)

    def close(self) -> None:
        """Idle workers are told to stop; busy ones (the caller gave up) are killed."""
        for worker in list(self.workers):
            if worker.task is None:
                try:
                    worker.connection.send(None)
                    worker.process.join(timeout=5)
                except OSError:
                    pass
            self._drop(worker)


def _serve(nlp: Language, connection: Connection) -> None:
    """A worker: run each task it is sent, send back its results or what it raised."""
    # Ctrl-C in the terminal reaches the whole process group: the build stops its workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            task = connection.recv()
        except EOFError:
            return
        if task is None:
            return
        try:
            reply: tuple[bool, Any] = (True, run_task(nlp, task))
        except Exception as error:
            reply = (False, f"{type(error).__name__}: {error}")
        connection.send(reply)


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        # SIGKILL from nobody in the build is most often the system out of memory
        return f"spaCy's worker process was killed ({name})"
    return f"spaCy's worker process died (exit code {code})"
