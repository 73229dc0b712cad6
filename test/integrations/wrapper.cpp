// The static-state-tidy command behaves like clang-tidy for what IDEs and
// scripts call: it picks the plugin matching its clang-tidy, passes every
// argument through, and says clearly when no plugin matches.
// RUN: rm -rf %t && mkdir -p %t
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --which | %FileCheck %s --check-prefix=WHICH -DTIDY=%clang_tidy
// WHICH: clang-tidy: [[TIDY]]{{$}}
// WHICH: plugin: {{.*}}StaticStateTidy.so
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --version | %FileCheck %s --check-prefix=VERSION -DMAJOR=%llvm_major
// VERSION: LLVM version [[MAJOR]].
// VERSION: static-state-tidy {{[0-9.]+}} (plugin:
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --list-checks | %FileCheck %s --check-prefix=LIST
// LIST: static-state-local-in-method
// LIST: static-state-unbounded-growth
// LIST: static-state-written-by-instance
//
// -p with a compilation database, and --export-fixes with our replacements:
// RUN: cp %s %t/widget.cpp
// RUN: echo '[{"directory": "%t", "file": "%t/widget.cpp", "arguments": ["clang++", "-std=c++17", "-c", "widget.cpp"]}]' > %t/compile_commands.json
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --config='{}' -p %t %t/widget.cpp --export-fixes=%t/fixes.yaml 2>&1 | %FileCheck %s --check-prefix=DIAG
// DIAG: widget.cpp:[[@LINE+9]]:69: warning: static member 'hits' is written by instance method 'hit'; every 'Widget' object shares it [static-state-written-by-instance]
// RUN: %FileCheck %s --check-prefix=YAML < %t/fixes.yaml
// YAML: DiagnosticName: static-state-written-by-instance
// YAML: Replacements:
// YAML: ReplacementText: ''
//
// A clang-tidy without a matching plugin is refused with a clear message:
// RUN: %not env STATIC_STATE_TIDY_CLANG_TIDY=%t/nowhere/clang-tidy %scripts/static-state-tidy --list-checks 2>&1 | %FileCheck %s --check-prefix=MISSING
// MISSING: static-state-tidy: error: clang-tidy '{{.*}}nowhere/clang-tidy' not found
class Widget { public: void hit(); void miss(); private: static int hits; };
int Widget::hits;
void Widget::hit() { ++hits; }
void Widget::miss() { hits = 0; }
