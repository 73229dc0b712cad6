"""One clang-tidy run on one file, through the `static-state-tidy` command
(which picks clang-tidy and the matching plugin), read back with
`static-state-sarif`'s YAML and text readers."""

import importlib.machinery
import importlib.util
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time

from . import settings as settings_mod


class Tools:
    """The commands installed beside static-state-lsp (scripts/ or <prefix>/bin/)."""

    def __init__(self, bin_dir):
        self.wrapper = os.path.join(bin_dir, "static-state-tidy")
        sarif_path = os.path.join(bin_dir, "static-state-sarif")
        loader = importlib.machinery.SourceFileLoader("static_state_sarif", sarif_path)
        spec = importlib.util.spec_from_loader(loader.name, loader)
        self.sarif = importlib.util.module_from_spec(spec)
        loader.exec_module(self.sarif)


class Problem:
    """Something to tell the user about a run, shown as a diagnostic."""

    def __init__(self, severity, message, path=None, line=1, col=1):
        self.severity, self.message = severity, message
        self.path, self.line, self.col = path, line, col


class Result:
    """findings: static-state-sarif's finding dicts; problems: [Problem];
    files: the positions reader that knows the contents clang-tidy saw."""

    def __init__(self, findings, problems, files):
        self.findings, self.problems, self.files = findings, problems, files


def write_overlay(unsaved, directory):
    """A --vfsoverlay file showing clang-tidy `unsaved` ({path: bytes}) in place
    of those files, under their own names (diagnostics and fixes keep the real
    paths, and compile_commands.json is looked up for the real file)."""
    roots = []
    for i, (path, data) in enumerate(sorted(unsaved.items())):
        copy = os.path.join(directory, "unsaved-%d%s" % (i, os.path.splitext(path)[1]))
        with open(copy, "wb") as f:
            f.write(data)
        roots.append({"name": path, "type": "file", "external-contents": copy})
    overlay = os.path.join(directory, "overlay.yaml")
    with open(overlay, "w", encoding="utf-8") as f:
        json.dump({"version": 0, "use-external-names": False, "roots": roots}, f)
    return overlay


def command(tools, config, path, database, export_path, overlay_path):
    cmd = [sys.executable, tools.wrapper]
    if config["clangTidy"]:
        cmd.append("--clang-tidy-binary=" + config["clangTidy"])
    if config["plugin"]:
        cmd.append("--plugin=" + config["plugin"])
    if config["checks"]:
        cmd.append("--checks=" + config["checks"])
    extra = config["extraArgs"]
    if not any(a.startswith(("--header-filter", "-header-filter")) for a in extra):
        cmd.append("--header-filter=.*")  # findings in the project's headers too
    cmd += ["--quiet", "--export-fixes=" + export_path]
    if overlay_path:
        cmd.append("--vfsoverlay=" + overlay_path)
    if database.directory:
        cmd += ["-p", database.directory]
    cmd += extra + [path]
    if not database.directory:
        cmd += ["--"] + config["fallbackFlags"]
    return cmd


def run_cancellable(cmd, cancelled, cwd):
    """(returncode, stdout, stderr), or None when `cancelled()` became true
    first (then the whole process group is killed)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd,
                            start_new_session=True)
    out_chunks, err_chunks = [], []
    readers = [threading.Thread(target=lambda s=s, c=c: c.append(s.read()), daemon=True)
               for s, c in ((proc.stdout, out_chunks), (proc.stderr, err_chunks))]
    for r in readers:
        r.start()
    while proc.poll() is None:
        if cancelled():
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
            proc.wait()
            return None
        time.sleep(0.02)
    for r in readers:
        r.join()
    decode = lambda chunks: b"".join(chunks).decode("utf-8", "replace")
    return proc.returncode, decode(out_chunks), decode(err_chunks)


def failure_problem(returncode, stderr, path):
    """The message for a run that wrote no YAML: a crash or a refusal."""
    lines = [l.strip() for l in stderr.splitlines() if l.strip()]
    name = os.path.basename(path)
    if returncode < 0:
        try:
            sig = signal.Signals(-returncode).name
        except ValueError:
            sig = "signal %d" % -returncode
        # LLVM's stack dump lists what it was doing, innermost last ("2.  ASTMatcher: ...").
        doing = [l.split(None, 1)[1].rstrip(":") for l in lines if re.match(r"\d+\.\s", l) and " " in l
                 and "Program arguments" not in l]
        return Problem(1, "clang-tidy crashed (%s) analysing %s%s; its output is in the "
                       "static-state-lsp log" % (sig, name, ", at: " + doing[-1] if doing else ""),
                       path)
    detail = " / ".join(lines[-3:]) or "no output"
    return Problem(1, "static-state-tidy could not analyse %s (exit code %d): %s"
                   % (name, returncode, detail), path)


def compile_problem(findings, path):
    """One diagnostic for a translation unit that does not compile."""
    errors = [f for f in findings if f["name"].startswith("clang-diagnostic") and f["level"] == "error"]
    if not errors:
        return None
    first = errors[0]
    here = first if first["path"] == path else {"line": 1, "col": 1}
    return Problem(2, "this file does not compile (%d error%s; first: %s:%d: %s): static-state "
                   "findings may be missing" % (len(errors), "s" * (len(errors) > 1),
                                                os.path.basename(first["path"]), first["line"],
                                                first["message"]),
                   path, here["line"], here["col"])


def analyse(tools, config, path, unsaved, cancelled, log):
    """Runs clang-tidy on `path` as the editor has it. Returns a Result, or
    None when cancelled. unsaved: {path: bytes} of the editor's dirty buffers."""
    database = settings_mod.find_database(path, config["compilationDatabasePath"])
    with tempfile.TemporaryDirectory(prefix="static-state-lsp-") as tmp:
        export = os.path.join(tmp, "fixes.yaml")
        overlay = write_overlay(unsaved, tmp) if unsaved else None
        cmd = command(tools, config, path, database, export, overlay)
        log("running: %s" % " ".join(cmd))
        cwd = database.directory or os.path.dirname(path)  # relative paths in the output
        outcome = run_cancellable(cmd, cancelled, cwd)
        if outcome is None:
            return None
        returncode, stdout, stderr = outcome
        files = tools.sarif.Files(unsaved)
        problems = []
        if database.problem():
            problems.append(Problem(3, database.problem(), path))
        if os.path.isfile(export):
            with open(export, encoding="utf-8", errors="replace") as f:
                findings = tools.sarif.from_yaml(f.read(), files, cwd)
        else:
            # clang-tidy writes no YAML when it finds nothing, and none when it dies:
            # whatever it printed before is still worth showing.
            findings = tools.sarif.from_text(stdout, files, cwd)
            if returncode != 0:
                log("clang-tidy output:\n%s%s" % (stdout, stderr))
                problems.append(failure_problem(returncode, stderr, path))
    broken = compile_problem(findings, path)
    if broken:
        problems.append(broken)
    findings = [f for f in findings if not f["name"].startswith("clang-diagnostic")]
    return Result(findings, problems, files)
