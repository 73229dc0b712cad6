"""Makes a throw-away git repository with pre-commit installed and a clean C++
file staged.
  make_precommit_repo.py REPO HOOKS
      hooks from a local (file://) git copy of this project's .pre-commit-hooks.yaml
      (HOOKS holds that file), flags given as arguments
  make_precommit_repo.py REPO --config CONFIG CXX
      CONFIG (e.g. the docs' `repo: local` snippet) as .pre-commit-config.yaml,
      and a build/compile_commands.json for cache.cpp and clean.cpp (as -p=build wants)"""
import json, os, shutil, subprocess, sys
repo = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))

def git(*args, cwd):
    subprocess.run(["git", "-c", "init.defaultBranch=main"] + list(args), cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL)

def init(d):
    os.makedirs(d, exist_ok=True)
    git("init", "-q", cwd=d)
    git("config", "user.email", "test@example.invalid", cwd=d)
    git("config", "user.name", "test", cwd=d)

init(repo)
config = os.path.join(repo, ".pre-commit-config.yaml")
staged = [".pre-commit-config.yaml", "clean.cpp"]
if sys.argv[2] == "--config":
    shutil.copy(sys.argv[3], config)
    build = os.path.join(repo, "build")
    os.makedirs(build)
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump([{"directory": build, "file": os.path.join(repo, n),
                    "arguments": [sys.argv[4], "-std=c++17", "-c", os.path.join(repo, n)]}
                   for n in ("cache.cpp", "clean.cpp")], f, indent=1)
    # No .clang-tidy of the directories above the test may leak in.
    with open(os.path.join(repo, ".clang-tidy"), "w") as f:
        f.write("{}\n")
    staged.append(".clang-tidy")
else:
    hooks = sys.argv[2]
    init(hooks)
    git("add", ".pre-commit-hooks.yaml", cwd=hooks)
    git("commit", "-q", "-m", "hooks", cwd=hooks)
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hooks, check=True,
                         stdout=subprocess.PIPE, universal_newlines=True).stdout.strip()
    with open(config, "w") as f:
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
git("add", *staged, cwd=repo)
subprocess.run(["pre-commit", "install"], cwd=repo, check=True, stdout=subprocess.DEVNULL,
               env=dict(os.environ, PRE_COMMIT_HOME=os.path.join(os.path.dirname(repo), "cache")))
