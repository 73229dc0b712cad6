"""The language server: documents in, clang-tidy runs in the background,
diagnostics and quick fixes out."""

import os

from . import convert, jobs, jsonrpc, settings, tidy
from .documents import Documents

VERSION = "0.1.0"


def dig(obj, *keys):
    for key in keys:
        obj = obj.get(key) if isinstance(obj, dict) else None
    return obj


class Server:
    def __init__(self, endpoint, tools):
        self.endpoint, self.tools = endpoint, tools
        self.documents = Documents()
        self.scheduler = jobs.Scheduler()
        self.config = settings.defaults()
        self.caps = {}
        self.initialized = self.shut_down = False
        self.results = {}    # analysed path -> convert.Analysis
        self.published = {}  # path -> [analysed paths] whose entries were last published there
        self.progress = {}   # token -> jobs.Job
        self.exit_code = None
        endpoint.handlers.update({
            "initialize": self.initialize, "initialized": lambda p: None,
            "shutdown": self.shutdown, "exit": self.exit,
            "textDocument/didOpen": self.did_open, "textDocument/didChange": self.did_change,
            "textDocument/didSave": self.did_save, "textDocument/didClose": self.did_close,
            "textDocument/codeAction": self.code_action,
            "workspace/didChangeConfiguration": self.did_change_configuration,
            "window/workDoneProgress/cancel": self.cancel_progress,
        })
        for method in list(endpoint.handlers):
            endpoint.handlers[method] = self._guard(method, endpoint.handlers[method])

    def _guard(self, method, handler):
        """The lifecycle rules: nothing before initialize, nothing after shutdown."""
        def guarded(params):
            if method in ("initialize", "exit"):
                return handler(params)
            if not self.initialized:
                raise jsonrpc.RpcError(jsonrpc.SERVER_NOT_INITIALIZED, "initialize first")
            if self.shut_down:
                raise jsonrpc.RpcError(jsonrpc.INVALID_REQUEST, "the server was shut down")
            return handler(params)
        return guarded

    def show_message(self, severity, text):
        self.endpoint.notify("window/showMessage", {"type": severity, "message": "static-state-lsp: " + text})

    def apply_settings(self, given):
        try:
            self.config = settings.merged(self.config, given)
            return True
        except settings.SettingsError as e:
            self.show_message(1, "settings not applied: %s" % e)
            return False

    # ---- lifecycle ------------------------------------------------------------------------------
    def initialize(self, params):
        if self.initialized:
            raise jsonrpc.RpcError(jsonrpc.INVALID_REQUEST, "initialize was already called")
        caps = dig(params, "capabilities") or {}
        self.caps = {
            "relatedInformation": bool(dig(caps, "textDocument", "publishDiagnostics", "relatedInformation")),
            "documentChanges": bool(dig(caps, "workspace", "workspaceEdit", "documentChanges")),
            "workDoneProgress": bool(dig(caps, "window", "workDoneProgress")),
        }
        self.apply_settings(dig(params, "initializationOptions"))
        self.initialized = True
        return {
            "capabilities": {
                "positionEncoding": "utf-16",
                "textDocumentSync": {"openClose": True, "change": 1, "save": {"includeText": False}},
                "codeActionProvider": {"codeActionKinds": ["quickfix"]},
            },
            "serverInfo": {"name": "static-state-lsp", "version": VERSION},
        }

    def shutdown(self, _params):
        self.scheduler.cancel_all()
        self.shut_down = True
        return None

    def exit(self, _params):
        self.scheduler.cancel_all()
        self.exit_code = 0 if self.shut_down else 1
        self.endpoint.stop()

    # ---- documents ------------------------------------------------------------------------------
    def _path(self, params):
        uri = dig(params, "textDocument", "uri")
        try:
            return uri, convert.uri_to_path(uri)
        except (ValueError, AttributeError, TypeError):
            raise jsonrpc.RpcError(jsonrpc.INVALID_PARAMS, "not a file: URI: %r" % (uri,))

    def did_open(self, params):
        uri, path = self._path(params)
        item = params["textDocument"]
        self.documents.open(uri, path, item.get("text", ""), item.get("version", 0))
        self.schedule(uri, 0)

    def did_change(self, params):
        uri, _path = self._path(params)
        version = dig(params, "textDocument", "version")
        if self.documents.change(uri, params.get("contentChanges") or [], version):
            self.schedule(uri, self.config["debounceMs"] / 1000.0)

    def did_save(self, params):
        uri, path = self._path(params)
        if isinstance(params.get("text"), str):
            self.documents.set_text(uri, params["text"])
        self.schedule(uri, 0)
        # Translation units whose findings reach into the saved file (a header) see it anew.
        with self.scheduler.lock:
            results = dict(self.results)
        for other in self.documents.uris():
            found = results.get(convert.uri_to_path(other))
            if other != uri and found and any(e.path == path for e in found.entries):
                self.schedule(other, 0)

    def did_close(self, params):
        uri, path = self._path(params)
        self.scheduler.cancel(uri)
        self.documents.close(uri)
        with self.scheduler.lock:
            self._publish(path, None)

    def did_change_configuration(self, params):
        if self.apply_settings(dig(params, "settings")):
            for uri in self.documents.uris():
                self.schedule(uri, 0)

    def cancel_progress(self, params):
        job = self.progress.pop(dig(params, "token"), None)
        if job:
            self.scheduler.cancel(job.key)

    # ---- analysis -------------------------------------------------------------------------------
    def schedule(self, uri, delay):
        self.scheduler.submit(uri, delay, self.analyse)

    def analyse(self, job):
        doc = self.documents.get(job.key)
        if doc is None:
            return
        config, unsaved, versions = dict(self.config), {}, {}
        for path, text, version in self.documents.snapshot():
            versions[path] = version
            data = text.encode("utf-8")
            if read_bytes(path) != data:
                unsaved[path] = data
        token = "static-state-lsp/%s/%d" % (doc.path, job.generation)
        progress = jobs.Progress(self.endpoint, self.caps["workDoneProgress"], token,
                                 "static-state-tidy", os.path.basename(doc.path),
                                 config["progressDelayMs"] / 1000.0, job.cancel)
        self.progress[token] = job
        progress.start()
        try:
            result = tidy.analyse(self.tools, config, doc.path, unsaved, job.cancelled, jsonrpc.log)
        except Exception as e:  # the editor keeps a working server whatever one run does
            jsonrpc.log("analysis of %s failed: %r" % (doc.path, e))
            result = tidy.Result([], [tidy.Problem(1, "static-state-lsp failed: %r" % e, doc.path)],
                                 None)
        finally:
            self.progress.pop(token, None)
        if result is None:
            progress.finish("cancelled")
            return
        analysis = convert.analysis(result, versions, self.caps)
        progress.finish()
        self.scheduler.finish(job, lambda: self._publish(doc.path, analysis))

    def _publish(self, analysed, result):
        """Records `result` (a convert.Analysis, or None to forget) for the
        analysed file and republishes every file whose diagnostics change.
        Called with the scheduler's lock held."""
        old = self.results.pop(analysed, None)
        if result is not None:
            self.results[analysed] = result
        targets = {analysed} | {e.path for r in (old, result) if r for e in r.entries}
        for target in sorted(targets):
            diagnostics = [e.diagnostic for r in self.results.values()
                           for e in r.entries if e.path == target]
            params = {"uri": convert.path_to_uri(target), "diagnostics": diagnostics}
            if result is not None and target == analysed:
                params["version"] = result.versions.get(target)
            self.endpoint.notify("textDocument/publishDiagnostics", params)

    # ---- quick fixes ----------------------------------------------------------------------------
    def code_action(self, params):
        _uri, path = self._path(params)
        wanted = params.get("range")
        context = params.get("context") or {}
        if context.get("only") and not any(k in ("", "quickfix") for k in context["only"]):
            return []  # we only have quick fixes
        asked = context.get("diagnostics") or []
        actions = []
        with self.scheduler.lock:
            results = list(self.results.values())
        for analysis in results:
            for entry in analysis.entries:
                if entry.path != path or not entry.actions:
                    continue
                if not (any(convert.same_diagnostic(entry.diagnostic, d) for d in asked)
                        or (wanted and convert.ranges_touch(entry.diagnostic["range"], wanted))):
                    continue
                # Made for another text of a file it edits (an edit since): positions would be wrong.
                if not all(analysis.fits(p, self.documents.text_of(p)) for p in {path} | entry.edited):
                    continue
                actions += [dict(a, diagnostics=[entry.diagnostic]) for a in entry.actions]
        return actions


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None
