"""clang-tidy findings (static-state-sarif's dicts) to LSP diagnostics and
quick-fix code actions. Positions: 0-based lines, UTF-16 characters."""

import hashlib
import os
import re
import urllib.parse
import urllib.request

SOURCE = "static-state-tidy"
IDENTIFIER = re.compile(rb"[A-Za-z_0-9]+")


def path_to_uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def uri_to_path(uri):
    if not uri.startswith("file://"):
        raise ValueError("not a file URI: %s" % uri)
    return os.path.normpath(urllib.request.url2pathname(urllib.parse.urlparse(uri).path))


def position(line, col):
    return {"line": max(line - 1, 0), "character": max(col - 1, 0)}


def offset_range(files, path, offset, length):
    return {"start": position(*files.from_offset(path, offset)),
            "end": position(*files.from_offset(path, offset + length))}


def finding_range(files, finding):
    """The identifier clang-tidy points at (a point when it points elsewhere)."""
    data = files.content(finding["path"])
    offset = finding.get("offset")
    if data is None or offset is None:
        start = position(finding["line"], finding["col"])
        return {"start": start, "end": dict(start)}
    match = IDENTIFIER.match(data, offset)
    return offset_range(files, finding["path"], offset, match.end() - offset if match else 0)


class Entry:
    """One diagnostic to publish on `path`, with its quick fixes (code actions
    without the `diagnostics` field, which is added when one is asked for)
    and the files those edit."""

    def __init__(self, path, diagnostic, actions, edited=()):
        self.path, self.diagnostic, self.actions = path, diagnostic, actions
        self.edited = set(edited)


def digest(data):
    return hashlib.sha1(data).digest() if data is not None else None


class Analysis:
    """One run's entries, the editor's document versions it saw ({path:
    version}) and the contents its positions refer to."""

    def __init__(self, versions, entries, files):
        self.versions, self.entries = versions, entries
        paths = {e.path for e in entries} | {p for e in entries for p in e.edited}
        self.seen = {p: digest(files.content(p)) for p in paths} if files else {}

    def fits(self, path, text):
        """Do positions in `path` still hold for the editor's text (None: not open)?"""
        return text is None or self.seen.get(path) == digest(text.encode("utf-8"))


def workspace_edit(files, replacements, versions, document_changes):
    """replacements: [(path, byte offset, byte length, text)]; versions: {path:
    version} of the editor's documents the offsets refer to."""
    by_path = {}
    for path, offset, length, text in replacements:
        by_path.setdefault(path, []).append({"range": offset_range(files, path, offset, length),
                                             "newText": text})
    if not document_changes:
        return {"changes": {path_to_uri(p): edits for p, edits in by_path.items()}}
    # Open documents first: a client may check only the first edit's version.
    order = sorted(by_path, key=lambda p: (p not in versions, p))
    return {"documentChanges": [{"textDocument": {"uri": path_to_uri(p), "version": versions.get(p)},
                                 "edits": by_path[p]} for p in order]}


def short(message, limit=90):
    return message if len(message) <= limit else message[:limit - 3] + "..."


def fix_actions(files, finding, versions, document_changes):
    actions = []
    if finding["replacements"]:
        actions.append({"title": "Fix: " + short(finding["message"]), "kind": "quickfix",
                        "isPreferred": True,
                        "edit": workspace_edit(files, finding["replacements"], versions,
                                               document_changes)})
    for note, reps in zip(finding["notes"], finding.get("note_replacements") or []):
        if reps:
            actions.append({"title": "Fix (note): " + short(note[3]), "kind": "quickfix",
                            "edit": workspace_edit(files, reps, versions, document_changes)})
    return actions


def note_location(files, note):
    path, line, col, _message = note
    start = position(line, col)
    return {"uri": path_to_uri(path), "range": {"start": start, "end": dict(start)}}


def finding_entry(files, finding, versions, caps):
    diagnostic = {"range": finding_range(files, finding),
                  "severity": 1 if finding["level"] == "error" else 2,
                  "code": finding["name"], "source": SOURCE, "message": finding["message"]}
    if caps.get("relatedInformation"):
        diagnostic["relatedInformation"] = [
            {"location": note_location(files, n), "message": n[3]} for n in finding["notes"]]
    elif finding["notes"]:  # a client that cannot show related locations reads them here
        diagnostic["message"] += "".join("\n%s:%d:%d: note: %s" % (os.path.basename(p), l, c, m)
                                         for p, l, c, m in finding["notes"])
    actions = fix_actions(files, finding, versions, caps.get("documentChanges"))
    edited = [r[0] for reps in [finding["replacements"]] + (finding.get("note_replacements") or [])
              for r in reps]
    return Entry(finding["path"], diagnostic, actions, edited)


def problem_entry(problem):
    start = position(problem.line, problem.col)
    diagnostic = {"range": {"start": start, "end": dict(start)}, "severity": problem.severity,
                  "source": "static-state-lsp", "message": problem.message}
    return Entry(problem.path, diagnostic, [])


def analysis(result, versions, caps):
    """The Analysis of a tidy.Result. caps: {"relatedInformation": bool,
    "documentChanges": bool} from the client's capabilities."""
    entries = ([problem_entry(p) for p in result.problems]
               + [finding_entry(result.files, f, versions, caps) for f in result.findings])
    return Analysis(versions, entries, result.files)


def ranges_touch(a, b):
    key = lambda p: (p["line"], p["character"])
    return key(a["start"]) <= key(b["end"]) and key(b["start"]) <= key(a["end"])


def same_diagnostic(a, b):
    """A diagnostic the client sends back in a code action context. Only its
    line is compared: some clients (Neovim 0.7) return byte columns."""
    line = lambda d: ((d.get("range") or {}).get("start") or {}).get("line")
    return (a.get("code") == b.get("code") and a.get("message") == b.get("message")
            and line(a) == line(b))
