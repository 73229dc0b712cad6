// --shard K/N splits a compilation database into N disjoint slices that
// together cover every file (sorted, every N-th from the K-th), so CI machines
// can share a large code base. Options given in their separate form
// (--config-file FILE) stay options, not sources.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_project.py %t %clangxx a b c d e
// RUN: echo '{}' > %t/empty-config.yaml
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --shard=1/2 --config-file %t/empty-config.yaml -p %t/build > %t/s1.txt 2>&1
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --shard 2/2 --config-file %t/empty-config.yaml -p %t/build > %t/s2.txt 2>&1
// RUN: grep -o "static member 'n' is written by instance method 'f'; every 'C_[a-e]'" %t/s1.txt | sort > %t/s1.names
// RUN: grep -o "static member 'n' is written by instance method 'f'; every 'C_[a-e]'" %t/s2.txt | sort > %t/s2.names
// RUN: %FileCheck %s --check-prefix=ONE < %t/s1.names
// RUN: %FileCheck %s --check-prefix=TWO < %t/s2.names
// Sorted: a b c clean d e.
// ONE: 'C_a'
// ONE-NEXT: 'C_c'
// ONE-NEXT: 'C_d'
// ONE-NOT: C_
// TWO: 'C_b'
// TWO-NEXT: 'C_e'
// TWO-NOT: C_
// RUN: cat %t/s1.names %t/s2.names | sort | uniq -d > %t/dups && test ! -s %t/dups
// RUN: %not env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --shard=3/2 -p %t/build 2>&1 | %FileCheck %s --check-prefix=BAD
// BAD: --shard wants K/N with 1 <= K <= N, got '3/2'
// RUN: %not env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --shard=1/2 2>&1 | %FileCheck %s --check-prefix=NODB
// NODB: --shard needs -p <build dir> or source files
// --all: every file of the database (the same as --shard=1/1).
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --all --config='{}' -p %t/build 2>&1 \
// RUN:   | grep -o "every 'C_[a-e]'" | sort | %FileCheck %s --check-prefix=ALL
// ALL: 'C_a'
// ALL-NEXT: 'C_b'
// ALL-NEXT: 'C_c'
// ALL-NEXT: 'C_d'
// ALL-NEXT: 'C_e'
