"""Server settings (initializationOptions, workspace/didChangeConfiguration)
and finding a file's compile_commands.json the way clangd does."""

import json
import os

# name: (type, default, meaning) -- docs/integrations.md lists the same.
SETTINGS = {
    "clangTidy": (str, None, "clang-tidy binary (default: the newest one with a static-state plugin)"),
    "plugin": (str, None, "StaticStateTidy.so matching that clang-tidy (default: chosen by static-state-tidy)"),
    "checks": (str, None, "clang-tidy --checks value (default: -*,static-state-*)"),
    "extraArgs": (list, [], "more clang-tidy arguments, e.g. --config-file=..."),
    "compilationDatabasePath": (str, None, "directory holding compile_commands.json"),
    "fallbackFlags": (list, [], "compiler flags for files with no compile_commands.json"),
    "debounceMs": (int, 500, "wait this long after the last edit before analysing unsaved text"),
    "progressDelayMs": (int, 500, "report $/progress for runs longer than this"),
}

SECTION_NAMES = ("static-state-lsp", "staticStateLsp", "staticState")


class SettingsError(ValueError):
    pass


def defaults():
    return {name: (list(d) if isinstance(d, list) else d) for name, (_, d, _m) in SETTINGS.items()}


def merged(current, given):
    """current updated with the settings in `given` (a client's object, maybe
    under one of SECTION_NAMES). Raises SettingsError naming every bad entry;
    then nothing is changed."""
    if given is None or given == []:  # Lua clients send an empty table as []
        return dict(current)
    if not isinstance(given, dict):
        raise SettingsError("settings must be a JSON object, got %s" % type(given).__name__)
    for section in SECTION_NAMES:
        if isinstance(given.get(section), dict):
            given = given[section]
            break
    result, problems = dict(current), []
    for name, value in given.items():
        if name not in SETTINGS:
            problems.append("unknown setting '%s' (known: %s)" % (name, ", ".join(sorted(SETTINGS))))
            continue
        kind = SETTINGS[name][0]
        if value is None:
            result[name] = defaults()[name]
        elif kind is list and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            problems.append("setting '%s' must be a list of strings" % name)
        elif kind is int and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            problems.append("setting '%s' must be a number of milliseconds >= 0" % name)
        elif kind is str and not isinstance(value, str):
            problems.append("setting '%s' must be a string" % name)
        else:
            result[name] = value
    if problems:
        raise SettingsError("; ".join(problems))
    return result


class CompileDatabase:
    """Where a file's compile command comes from."""

    def __init__(self, path, directory, has_entry, looked_in):
        self.path = path
        self.directory = directory    # holds compile_commands.json, or None
        self.has_entry = has_entry    # the file itself is listed there
        self.looked_in = looked_in    # directories searched, for the message

    def problem(self):
        """Why the flags may be wrong, or None."""
        if self.directory is None:
            return ("no compile_commands.json found for this file (looked in %s and build/ below each); "
                    "analysed with fallbackFlags only" % ", ".join(self.looked_in[:3] + (
                        ["..."] if len(self.looked_in) > 3 else [])))
        if not self.has_entry and not is_header(self.path):  # headers never have one
            return ("no compile command for this file in %s; clang-tidy borrowed the flags of a "
                    "similar file" % os.path.join(self.directory, "compile_commands.json"))
        return None


HEADER_SUFFIXES = (".h", ".hh", ".hpp", ".hxx", ".h++", ".inc", ".ipp", ".tcc")


def is_header(path):
    return path.lower().endswith(HEADER_SUFFIXES) or not os.path.splitext(path)[1]


_entries_cache = {}  # path of compile_commands.json -> (mtime, set of files)


def listed_files(db_path):
    try:
        mtime = os.stat(db_path).st_mtime
    except OSError:
        return set()
    cached = _entries_cache.get(db_path)
    if cached and cached[0] == mtime:
        return cached[1]
    try:
        with open(db_path, encoding="utf-8") as f:
            entries = json.load(f)
        files = {os.path.normpath(os.path.join(e.get("directory", ""), e["file"]))
                 for e in entries if isinstance(e, dict) and "file" in e}
    except (OSError, ValueError, TypeError):
        files = set()
    _entries_cache[db_path] = (mtime, files)
    return files


def find_database(path, configured_dir=None):
    """clangd's search: each parent of the file, and build/ under each, or the
    configured directory only."""
    if configured_dir:
        candidates = [os.path.abspath(os.path.expanduser(configured_dir))]
    else:
        candidates, d = [], os.path.dirname(os.path.abspath(path))
        while True:
            candidates += [d, os.path.join(d, "build")]
            parent = os.path.dirname(d)
            if parent == d:
                break
            d = parent
    for d in candidates:
        db = os.path.join(d, "compile_commands.json")
        if os.path.isfile(db):
            return CompileDatabase(path, d, os.path.normpath(path) in listed_files(db), candidates)
    return CompileDatabase(path, None, False, [c for c in candidates if not c.endswith(os.sep + "build")])
