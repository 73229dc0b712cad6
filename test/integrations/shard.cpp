// --shard K/N splits a compilation database into N disjoint slices that
// together cover every file, so CI machines can share a large code base.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_classes.py %t a b c d e
// RUN: %python %S/../static-state-written-by-instance/Inputs/make_cdb.py %t %clangxx
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --shard=1/2 --config='{}' -p %t > %t/s1.txt 2>&1
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --shard=2/2 --config='{}' -p %t > %t/s2.txt 2>&1
// RUN: grep -o "static member 'n' is written by instance method 'f'; every 'C_[a-e]'" %t/s1.txt | sort > %t/s1.names
// RUN: grep -o "static member 'n' is written by instance method 'f'; every 'C_[a-e]'" %t/s2.txt | sort > %t/s2.names
// RUN: %FileCheck %s --check-prefix=ONE < %t/s1.names
// RUN: %FileCheck %s --check-prefix=TWO < %t/s2.names
// ONE: 'C_a'
// ONE-NEXT: 'C_c'
// ONE-NEXT: 'C_e'
// ONE-NOT: C_
// TWO: 'C_b'
// TWO-NEXT: 'C_d'
// TWO-NOT: C_
// RUN: %not env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --shard=3/2 -p %t 2>&1 | %FileCheck %s --check-prefix=BAD
// BAD: --shard wants K/N with 1 <= K <= N, got '3/2'
