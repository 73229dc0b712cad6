// The pre-commit hooks, run by Debian's pre-commit in a throw-away repository
// (hooks from a file:// copy of this repository, no network): a commit adding a
// static member written by an instance method is refused with the diagnostic,
// a clean commit passes; the changed-lines hook too. Then the difference: an
// edit elsewhere in a file with an old finding fails the changed-files hook
// and passes the changed-lines hook.
// REQUIRES: pre-commit
// RUN: rm -rf %t && mkdir -p %t/bin %t/repo %t/hooks
// RUN: cp %S/../../.pre-commit-hooks.yaml %t/hooks/
// The hooks call the installed commands; here they are the source tree's,
// bound to this suite's clang-tidy.
// RUN: printf '#!/bin/sh\nSTATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy exec %scripts/static-state-tidy "$@"\n' > %t/bin/static-state-tidy
// RUN: printf '#!/bin/sh\nexport STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy\nexec %scripts/static-state-tidy-diff "$@"\n' > %t/bin/static-state-tidy-diff
// RUN: chmod +x %t/bin/static-state-tidy %t/bin/static-state-tidy-diff
// RUN: %python %S/Inputs/make_precommit_repo.py %t/repo %t/hooks
// RUN: cd %t/repo && env PATH=%t/bin:$PATH PRE_COMMIT_HOME=%t/cache git commit -q -m clean > %t/clean.log 2>&1
// RUN: cp %S/Inputs/shared_state.cpp %t/repo/cache.cpp && cd %t/repo && git add cache.cpp
// RUN: cd %t/repo && %not env PATH=%t/bin:$PATH PRE_COMMIT_HOME=%t/cache git commit -q -m bad > %t/bad.log 2>&1
// RUN: %FileCheck %s --check-prefix=BAD < %t/bad.log
// BAD: static-state-tidy (changed files){{.*}}Failed
// BAD: cache.cpp:{{[0-9]+}}:{{[0-9]+}}: error: static member 'entries' is written by instance method 'put'; every 'Cache' object shares it [static-state-written-by-instance,-warnings-as-errors]
// BAD: static-state-tidy (changed lines){{.*}}Failed
// RUN: cd %t/repo && git log --oneline | %FileCheck %s --check-prefix=LOG
// LOG: clean
// LOG-NOT: bad
//
// RUN: cd %t/repo && git rm -q -f cache.cpp
// RUN: cp %S/Inputs/legacy.cpp %t/repo/legacy.cpp && cd %t/repo && git add legacy.cpp && git commit -q --no-verify -m legacy
// RUN: cd %t/repo && sed -i 's/return 0;/return 1;/' legacy.cpp && git add legacy.cpp
// RUN: cd %t/repo && env PATH=%t/bin:$PATH PRE_COMMIT_HOME=%t/cache pre-commit run static-state-tidy-diff > %t/lines.log 2>&1
// RUN: %FileCheck %s --check-prefix=LINES < %t/lines.log
// LINES: static-state-tidy (changed lines){{.*}}Passed
// RUN: cd %t/repo && %not env PATH=%t/bin:$PATH PRE_COMMIT_HOME=%t/cache pre-commit run static-state-tidy > %t/files.log 2>&1
// RUN: %FileCheck %s --check-prefix=FILES < %t/files.log
// FILES: static-state-tidy (changed files){{.*}}Failed
// FILES: legacy.cpp:8:{{[0-9]+}}: error: static member 'table' is written by instance method 'put'
// The same edit on the declaration's line is caught by the changed-lines hook:
// RUN: cd %t/repo && sed -i 's/static std::map<int, int> table;/static std::map<int, int> table; \/\/ edited/' legacy.cpp && git add legacy.cpp
// RUN: cd %t/repo && %not env PATH=%t/bin:$PATH PRE_COMMIT_HOME=%t/cache pre-commit run static-state-tidy-diff > %t/lines2.log 2>&1
// RUN: %FileCheck %s --check-prefix=LINES2 < %t/lines2.log
// LINES2: static-state-tidy (changed lines){{.*}}Failed
// LINES2: legacy.cpp:8:{{[0-9]+}}: error: static member 'table' is written by instance method 'put'
//
// The `repo: local` configuration from docs/integrations.md, as written there
// (with -p=build), in a second repository:
// RUN: %python %S/Inputs/doc_snippet.py %S/../../docs/integrations.md yaml 1 > %t/local-config.yaml
// RUN: grep -q 'repo: local' %t/local-config.yaml
// RUN: %python %S/Inputs/make_precommit_repo.py %t/local --config %t/local-config.yaml %clangxx
// RUN: cd %t/local && env PATH=%t/bin:$PATH PRE_COMMIT_HOME=%t/cache git commit -q -m clean > %t/local-clean.log 2>&1
// RUN: cp %S/Inputs/shared_state.cpp %t/local/cache.cpp && cd %t/local && git add cache.cpp
// RUN: cd %t/local && %not env PATH=%t/bin:$PATH PRE_COMMIT_HOME=%t/cache git commit -q -m bad > %t/local-bad.log 2>&1
// RUN: %FileCheck %s --check-prefix=BAD < %t/local-bad.log
// RUN: cd %t/local && git log --oneline | %FileCheck %s --check-prefix=LOG
