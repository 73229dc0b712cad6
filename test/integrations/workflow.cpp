// The sample GitHub workflow (docs/github-workflow.yml) for real, short of
// GitHub: its Configure and Analyse steps run, for each of its two shards, on a
// small CMake project, with the commands bound to this suite's clang-tidy. The
// two shards' SARIF logs together hold every source file's finding, each once,
// and Microsoft's SARIF validator accepts them.
// REQUIRES: sarif-validator
// RUN: rm -rf %t && mkdir -p %t/bin
// RUN: printf '#!/bin/sh\nSTATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy exec %scripts/static-state-tidy "$@"\n' > %t/bin/static-state-tidy
// RUN: printf '#!/bin/sh\nexec %scripts/static-state-sarif "$@"\n' > %t/bin/static-state-sarif
// RUN: chmod +x %t/bin/static-state-tidy %t/bin/static-state-sarif
// RUN: %python %S/Inputs/make_project.py %t/p %clangxx a b c && rm -r %t/p/build
// RUN: printf 'cmake_minimum_required(VERSION 3.20)\nproject(demo CXX)\nfile(GLOB SRCS src/*.cpp)\nadd_library(demo STATIC ${SRCS})\ntarget_include_directories(demo PRIVATE include)\nset_target_properties(demo PROPERTIES CXX_STANDARD 17)\n' > %t/p/CMakeLists.txt
// RUN: %python %S/Inputs/run_workflow_step.py %S/../../docs/github-workflow.yml Configure > %t/configure.sh
// RUN: cd %t/p && env CXX=%clangxx sh -e %t/configure.sh > %t/configure.log 2>&1
// RUN: %python %S/Inputs/run_workflow_step.py %S/../../docs/github-workflow.yml Analyse shard=1 > %t/analyse1.sh
// RUN: %python %S/Inputs/run_workflow_step.py %S/../../docs/github-workflow.yml Analyse shard=2 > %t/analyse2.sh
// RUN: grep -q -- '--shard=1/2' %t/analyse1.sh
// RUN: cd %t/p && env PATH=%t/bin:$PATH sh -e %t/analyse1.sh > %t/analyse1.log 2>&1 && mv static-state.sarif %t/shard1.sarif
// RUN: cd %t/p && env PATH=%t/bin:$PATH sh -e %t/analyse2.sh > %t/analyse2.log 2>&1 && mv static-state.sarif %t/shard2.sarif
// RUN: %python %S/Inputs/sarif_summary.py %t/shard1.sarif > %t/s1.txt
// RUN: %python %S/Inputs/sarif_summary.py %t/shard2.sarif > %t/s2.txt
// RUN: cat %t/s1.txt %t/s2.txt | grep '^result .* SRCROOT:src/' | sort | %FileCheck %s --check-prefix=ALL
// ALL: result static-state-written-by-instance SRCROOT:src/a.cpp 2:62
// ALL-NEXT: result static-state-written-by-instance SRCROOT:src/b.cpp 2:62
// ALL-NEXT: result static-state-written-by-instance SRCROOT:src/c.cpp 2:62
// ALL-NOT: result
// Each shard has some of them:
// RUN: grep -q 'SRCROOT:src/' %t/s1.txt && grep -q 'SRCROOT:src/' %t/s2.txt
// RUN: cd %t && %sarif_multitool validate %t/shard1.sarif --output %t/v1.sarif --log ForceOverwrite > %t/v1.log 2>&1
// RUN: %python %S/Inputs/sarif_errors.py %t/v1.sarif | %FileCheck %s --check-prefix=VALID
// VALID: problems: 0
