"""The editor's open documents: their text and version, as didOpen/didChange
left them."""

import threading


class Document:
    def __init__(self, uri, path, text, version):
        self.uri, self.path, self.text, self.version = uri, path, text, version


def utf16_index(line_text, character):
    """Index into a str line of the given UTF-16 offset (clamped to the line)."""
    units = 0
    for i, ch in enumerate(line_text):
        if units >= character:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(line_text)


def offset_of(text, pos):
    """str index of an LSP position in text."""
    lines = text.split("\n")
    line = min(max(pos["line"], 0), len(lines))
    if line == len(lines):
        return len(text)
    start = sum(len(l) + 1 for l in lines[:line])
    return start + utf16_index(lines[line], pos["character"])


def apply_change(text, change):
    """One TextDocumentContentChangeEvent: the whole text, or a range replaced."""
    if "range" not in change or change["range"] is None:
        return change["text"]
    start = offset_of(text, change["range"]["start"])
    end = offset_of(text, change["range"]["end"])
    return text[:start] + change["text"] + text[end:]


class Documents:
    """Thread-safe store: the reading thread writes, analysis threads snapshot."""

    def __init__(self):
        self.lock = threading.Lock()
        self.by_uri = {}

    def open(self, uri, path, text, version):
        with self.lock:
            self.by_uri[uri] = Document(uri, path, text, version)

    def change(self, uri, changes, version):
        with self.lock:
            doc = self.by_uri.get(uri)
            if doc is None:
                return None
            for change in changes:
                doc.text = apply_change(doc.text, change)
            doc.version = version
            return doc

    def set_text(self, uri, text):
        with self.lock:
            doc = self.by_uri.get(uri)
            if doc is not None:
                doc.text = text

    def close(self, uri):
        with self.lock:
            return self.by_uri.pop(uri, None)

    def get(self, uri):
        with self.lock:
            return self.by_uri.get(uri)

    def text_of(self, path):
        """The editor's text of path, or None when it is not open."""
        with self.lock:
            for doc in self.by_uri.values():
                if doc.path == path:
                    return doc.text
        return None

    def snapshot(self):
        """[(path, text, version)] of every open document."""
        with self.lock:
            return [(d.path, d.text, d.version) for d in self.by_uri.values()]

    def uris(self):
        with self.lock:
            return list(self.by_uri)
