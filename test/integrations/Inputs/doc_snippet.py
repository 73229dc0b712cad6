"""Prints one fenced code block of a Markdown file: the N-th (from 1) block of
the given language. usage: doc_snippet.py FILE LANG [N]"""
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
blocks = re.findall(r"^```%s\n(.*?)^```" % re.escape(sys.argv[2]), text, re.S | re.M)
n = int(sys.argv[3]) if len(sys.argv) > 3 else 1
if len(blocks) < n:
    sys.exit("%s: only %d ```%s blocks" % (sys.argv[1], len(blocks), sys.argv[2]))
sys.stdout.write(blocks[n - 1])
