"""Analyses in the background: at most one per document, a newer one cancelling
the older (an edit makes a running analysis stale), a limit on how many run at
once, and $/progress for the long ones."""

import os
import threading


class Job:
    def __init__(self, key, generation):
        self.key, self.generation = key, generation
        self.cancel_event = threading.Event()

    def cancelled(self):
        return self.cancel_event.is_set()

    def cancel(self):
        self.cancel_event.set()


class Scheduler:
    def __init__(self, max_parallel=None):
        self.lock = threading.Lock()
        self.generation = {}  # key -> newest generation submitted
        self.timers = {}      # key -> the timer of a job waiting for its delay
        self.jobs = {}        # key -> the newest job (waiting or running)
        self.slots = threading.Semaphore(max_parallel or max(1, os.cpu_count() or 1))
        self.idle = threading.Condition(self.lock)
        self.active = 0  # jobs whose work is running

    def submit(self, key, delay, work):
        """Runs work(job) on its own thread after `delay` seconds, cancelling
        the job submitted before for the same key."""
        with self.lock:
            self._cancel_locked(key)
            job = Job(key, self.generation.get(key, 0) + 1)
            self.generation[key] = job.generation
            self.jobs[key] = job
            timer = threading.Timer(delay, self._run, (job, work))
            timer.daemon = True
            self.timers[key] = timer
            timer.start()
        return job

    def _run(self, job, work):
        with self.lock:
            self.active += 1
        try:
            with self.slots:
                if not job.cancelled():
                    work(job)
        finally:
            with self.lock:
                self.active -= 1
                self.idle.notify_all()

    def wait_idle(self, timeout):
        """After cancel_all: give cancelled work time to kill its clang-tidy."""
        with self.lock:
            return self.idle.wait_for(lambda: self.active == 0, timeout)

    def _cancel_locked(self, key):
        timer = self.timers.pop(key, None)
        if timer:
            timer.cancel()
        job = self.jobs.pop(key, None)
        if job:
            job.cancel()
        if key in self.generation:
            self.generation[key] += 1  # whatever is still running is now stale

    def cancel(self, key):
        with self.lock:
            self._cancel_locked(key)

    def cancel_all(self):
        with self.lock:
            for key in list(self.jobs):
                self._cancel_locked(key)

    def finish(self, job, publish):
        """Calls publish() only if no newer job for the same key was submitted
        (under the lock, so a stale result can never overwrite a newer one)."""
        with self.lock:
            if job.cancelled() or self.generation.get(job.key) != job.generation:
                return False
            self.jobs.pop(job.key, None)
            self.timers.pop(job.key, None)
            publish()
            return True


class Progress:
    """Work-done progress for one job, shown only once it has run for `delay`
    seconds and only to clients that support it."""

    def __init__(self, endpoint, supported, token, title, message, delay, on_cancel):
        self.endpoint, self.supported, self.token = endpoint, supported, token
        self.title, self.message, self.on_cancel = title, message, on_cancel
        self.lock = threading.Lock()
        self.begun = self.finished = False
        self.timer = threading.Timer(delay, self._create)
        self.timer.daemon = True

    def start(self):
        if self.supported:
            self.timer.start()

    def _create(self):
        with self.lock:
            if self.finished:
                return
        self.endpoint.request("window/workDoneProgress/create", {"token": self.token}, self._created)

    def _created(self, _result, error):
        if error:
            return
        with self.lock:
            self.begun = True
            self._send({"kind": "begin", "title": self.title, "message": self.message,
                        "cancellable": True})
            if self.finished:
                self._send({"kind": "end"})

    def _send(self, value):
        self.endpoint.notify("$/progress", {"token": self.token, "value": value})

    def finish(self, message=None):
        self.timer.cancel()
        with self.lock:
            if self.finished:
                return
            self.finished = True
            if self.begun:
                self._send(dict({"kind": "end"}, **({"message": message} if message else {})))
