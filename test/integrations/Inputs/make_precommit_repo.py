"""Makes a throw-away git repository that uses the hooks of this project from
a local (file) hook repository, with a clean C++ file staged."""
import os, shutil, subprocess, sys
repo, hooks = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))

def git(*args, cwd):
    subprocess.run(["git", "-c", "init.defaultBranch=main"] + list(args), cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL)

for d in (repo, hooks):
    git("init", "-q", cwd=d)
    git("config", "user.email", "test@example.invalid", cwd=d)
    git("config", "user.name", "test", cwd=d)
git("add", ".pre-commit-hooks.yaml", cwd=hooks)
git("commit", "-q", "-m", "hooks", cwd=hooks)
rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hooks, check=True,
                     stdout=subprocess.PIPE, universal_newlines=True).stdout.strip()
with open(os.path.join(repo, ".pre-commit-config.yaml"), "w") as f:
    f.write("""repos:
- repo: file://%s
  rev: %s
  hooks:
  - id: static-state-tidy
    args: [--quiet, "--warnings-as-errors=static-state-*", "--config={}", --extra-arg=-std=c++17]
  - id: static-state-tidy-diff
    args: [-quiet, "--warnings-as-errors=static-state-*", -extra-arg=-std=c++17]
""" % (hooks, rev))
shutil.copy(os.path.join(here, "clean.cpp"), os.path.join(repo, "clean.cpp"))
git("add", ".pre-commit-config.yaml", "clean.cpp", cwd=repo)
subprocess.run(["pre-commit", "install"], cwd=repo, check=True, stdout=subprocess.DEVNULL,
               env=dict(os.environ, PRE_COMMIT_HOME=os.path.join(os.path.dirname(repo), "cache")))
