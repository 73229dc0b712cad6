"""Prints the `run:` script of one step (by name prefix) of a GitHub Actions
workflow, with ${{ matrix.NAME }} replaced by the values given as NAME=VALUE.
usage: run_workflow_step.py WORKFLOW STEP [NAME=VALUE...]"""
import re, sys
import yaml
wf = yaml.safe_load(open(sys.argv[1]))
values = dict(a.split("=", 1) for a in sys.argv[3:])
steps = [s for job in wf["jobs"].values() for s in job["steps"]
         if s.get("name", "").startswith(sys.argv[2])]
if len(steps) != 1:
    sys.exit("expected one step named %r, found %d" % (sys.argv[2], len(steps)))
script = re.sub(r"\$\{\{\s*matrix\.(\w+)\s*\}\}", lambda m: values[m.group(1)], steps[0]["run"])
if "${{" in script:
    sys.exit("unreplaced expression in: " + script)
print(script)
