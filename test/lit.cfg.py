# lit configuration for the static-state-tidy suite. One suite per build
# directory: build/ (LLVM 22) and build-19/ (LLVM 19) each run every test.
import os
import shutil
import subprocess
import sys

import lit.formats

config.name = "static-state-tidy (LLVM %s)" % config.llvm_version_major
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py.in"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.static_state_binary_root, "test")

tools = config.llvm_tools_dir
clang_tidy = config.static_state_clang_tidy
filecheck = os.path.join(tools, "FileCheck")
not_tool = os.path.join(tools, "not")
harness = os.path.join(config.static_state_source_root, "test", "check_static_state.py")

for tool in (clang_tidy, filecheck, not_tool, config.clangxx, config.static_state_plugin):
    if not os.path.exists(tool):
        lit_config.fatal("missing %s: build the plugin and install LLVM %s tools first"
                         % (tool, config.llvm_version_major))

# Keep the environment small and deterministic: no user .clang-tidy, no locale surprises.
config.environment["LC_ALL"] = "C"
for var in ("CLANG_TIDY_CONFIG", "CPLUS_INCLUDE_PATH", "CPATH"):
    config.environment.pop(var, None)

config.substitutions.append(
    ("%check_static_state",
     "%s %s --clang-tidy %s --plugin %s --clangxx %s --filecheck %s"
     % (sys.executable, harness, clang_tidy, config.static_state_plugin,
        config.clangxx, filecheck)))
config.substitutions.append(("%clang_tidy", clang_tidy))
config.substitutions.append(("%plugin", config.static_state_plugin))
config.substitutions.append(("%clangxx", config.clangxx))
config.substitutions.append(("%FileCheck", filecheck))
config.substitutions.append(("%not", not_tool))
config.substitutions.append(("%python", sys.executable))
config.substitutions.append(("%srcroot", config.static_state_source_root))
config.substitutions.append(("%llvm_major", config.llvm_version_major))
config.available_features.add("llvm-%s" % config.llvm_version_major)
# The ASan+UBSan plugin: %clang_tidy preloads the sanitizer runtime. Tests that need an
# uninstrumented plugin (installed or packaged copies loaded by a plain clang-tidy) say
# `UNSUPPORTED: sanitizer`, with the reason.
if config.static_state_sanitize:
    config.available_features.add("sanitizer")

# The plugin built against the other supported LLVM major, when both are built:
# loading it into this clang-tidy must fail with a clear message.
other_major = "19" if config.llvm_version_major == "22" else "22"
other_dir = "build" if other_major == "22" else "build-" + other_major
other_plugin = os.path.join(config.static_state_source_root, other_dir, "lib", "StaticStateTidy.so")
if os.path.exists(other_plugin):
    config.available_features.add("other-plugin")
    config.substitutions.append(("%other_plugin", other_plugin))
    config.substitutions.append(("%other_major", other_major))

# Whole-project tools of the same LLVM.
config.substitutions.append(("%run_clang_tidy", os.path.join(tools, "run-clang-tidy")))
config.substitutions.append(("%clang_apply_replacements", os.path.join(tools, "clang-apply-replacements")))

# Integrations: the wrapper commands, the build directory (for cpack), and the
# tools --test-tools installs.
config.substitutions.append(("%scripts", os.path.join(config.static_state_source_root, "scripts")))
config.substitutions.append(("%builddir", config.static_state_binary_root))
sarif_tool = os.path.join(config.static_state_source_root, "build", "tools", "node_modules", ".bin", "sarif-multitool")
if os.path.exists(sarif_tool):
    config.available_features.add("sarif-validator")
    config.substitutions.append(("%sarif_multitool", sarif_tool))
if shutil.which("pre-commit") and shutil.which("git"):
    config.available_features.add("pre-commit")
# Editors the language server tests drive (scripts/bootstrap.sh --test-tools installs them).
if shutil.which("nvim"):
    config.available_features.add("neovim")
if shutil.which("emacs"):
    import subprocess
    probe = subprocess.run(["emacs", "--batch", "--eval", "(require 'eglot)"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    if probe.returncode == 0:
        config.available_features.add("eglot")

# The header sweep's CI subset (scripts/sweep-headers): small header-only -dev packages that
# scripts/bootstrap.sh --test-tools installs (keep in step with SWEEP_PACKAGES there).
SWEEP_PACKAGES = ["libtclap-dev", "libfmt-dev", "libcxxopts-dev", "libexpected-dev", "libutfcpp-dev"]


def installed(pkg):
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, universal_newlines=True).stdout
    except OSError:
        return False
    return out.strip() == "install ok installed"


if all(installed(p) for p in SWEEP_PACKAGES):
    config.available_features.add("sweep-packages")
    config.substitutions.append(("%sweep_packages", " ".join(SWEEP_PACKAGES)))
for var in ("HOME", "PATH"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
# The SARIF validator is a .NET program: do not depend on ICU being present.
config.environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1"
