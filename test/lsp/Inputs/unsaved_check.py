"""An unsaved buffer is analysed as the editor has it (clang-tidy sees it
through --vfsoverlay under the file's own name, with the file's compile
command): the file on disk is clean, the buffer adds a shared static after
lines and text with non-ASCII characters, and the finding's position counts
UTF-16 code units of the buffer. The quick fix applies to the buffer's text.
usage: unsaved_check.py DIR CLANG_TIDY PLUGIN"""
import os
import sys

import lspclient as L

root, tidy, plugin = sys.argv[1:4]
path = os.path.join(root, "clean.cpp")
disk = open(path, encoding="utf-8").read()
log = os.path.join(root, "server.log")
c = L.Client({"clangTidy": tidy, "plugin": plugin, "extraArgs": ["--config={}"], "debounceMs": 100},
             stderr_path=log)
c.open(path)
print("open:", L.summary(c.diagnostics(path, version=1)["diagnostics"]))
# 'ö' and 'ß' are 2 bytes and 1 UTF-16 unit each; the emoji is 4 bytes and 2 units.
edited = disk.replace("class Api {", "// größe 😀\nclass Api { /* 😀 */").replace(
    "  std::vector<int> data;", "  /* größe 😀 */ static std::vector<int> data;") + "std::vector<int> Api::data;\n"
c.change(path, edited, 2)
d = c.diagnostics(path, version=2)["diagnostics"]
print("change:", L.summary(d))
warning = next(x for x in d if x["code"] == "static-state-written-by-instance")
start = L.utf16_index(edited, warning["range"]["start"])
end = L.utf16_index(edited, warning["range"]["end"])
print("range:", warning["range"], "text:", repr(edited[start:end]))
fix = c.code_actions(path, warning)[0]
print("edit version:", fix["edit"]["documentChanges"][0]["textDocument"]["version"])
# An edit made since: the old fix's positions no longer hold, so none is offered.
c.change(path, "\n" + edited, 3)
print("stale:", c.code_actions(path, warning))
c.diagnostics(path, version=3)
fixed = L.apply_text_edits(edited, L.edits_by_path(fix["edit"])[path])
print("fixed buffer keeps the comments:", fixed.startswith("#include <vector>\n\n// größe 😀\nclass Api { /* 😀 */\n"),
      "static left:", "static" in fixed)
print("disk untouched:", open(path, encoding="utf-8").read() == disk)
c.change(path, fixed, 4)
print("after fix:", L.summary(c.diagnostics(path, version=4)["diagnostics"]))
print("exit:", c.close())
