// With plugins for both supported LLVM majors installed, static-state-tidy runs
// the newest clang-tidy (22), whichever suite runs this test; an explicit
// clang-tidy (option or environment) gets the plugin of its own major.
// REQUIRES: other-plugin
// RUN: rm -rf %t && mkdir -p %t/prefix/bin %t/prefix/lib/static-state-tidy/llvm-%llvm_major %t/prefix/lib/static-state-tidy/llvm-%other_major
// RUN: cp %scripts/static-state-tidy %t/prefix/bin/
// RUN: cp %plugin %t/prefix/lib/static-state-tidy/llvm-%llvm_major/
// RUN: cp %other_plugin %t/prefix/lib/static-state-tidy/llvm-%other_major/
// RUN: env -u STATIC_STATE_TIDY_CLANG_TIDY %t/prefix/bin/static-state-tidy --which | %FileCheck %s --check-prefix=NEWEST
// NEWEST: clang-tidy: /usr/lib/llvm-22/bin/clang-tidy
// NEWEST-NEXT: plugin: {{.*}}/prefix/lib/static-state-tidy/llvm-22/StaticStateTidy.so
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %t/prefix/bin/static-state-tidy --which | %FileCheck %s --check-prefix=MINE -DMAJOR=%llvm_major
// RUN: env -u STATIC_STATE_TIDY_CLANG_TIDY %t/prefix/bin/static-state-tidy --clang-tidy-binary=%clang_tidy --which | %FileCheck %s --check-prefix=MINE -DMAJOR=%llvm_major
// MINE: plugin: {{.*}}/prefix/lib/static-state-tidy/llvm-[[MAJOR]]/StaticStateTidy.so
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %t/prefix/bin/static-state-tidy --version | %FileCheck %s --check-prefix=VERSION -DMAJOR=%llvm_major
// VERSION: LLVM version [[MAJOR]].
// VERSION: static-state-tidy {{.*}}llvm-[[MAJOR]]/StaticStateTidy.so
