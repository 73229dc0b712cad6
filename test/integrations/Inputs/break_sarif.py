"""Copies a SARIF log without the tool's name (required by the schema)."""
import json, sys
log = json.load(open(sys.argv[1]))
del log["runs"][0]["tool"]["driver"]["name"]
json.dump(log, open(sys.argv[2], "w"))
