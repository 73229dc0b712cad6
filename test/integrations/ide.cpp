// What IDEs run, with the settings docs/integrations.md gives:
// - VS Code's C/C++ extension: its clangTidy.path and .args (--load) from the
//   doc's settings.json, plus the enabled checks and --export-fixes for quick fixes;
// - ALE and flycheck style calls of static-state-tidy: -checks= given by the
//   editor is kept (no second --checks), compiler flags after --;
// - Qt Creator / CLion style: --export-fixes with our replacements, --list-checks.
// RUN: rm -rf %t && mkdir -p %t && cp %S/../../examples/api_wrapper.cpp %t/
// RUN: %python %S/Inputs/doc_snippet.py %S/../../docs/integrations.md json 1 > %t/settings.json
// RUN: %python %S/Inputs/vscode_command.py %t/api_wrapper.cpp %t/vscode.yaml \
// RUN:   /usr/bin/clang-tidy-22=%clang_tidy /usr/lib/static-state-tidy/llvm-22/StaticStateTidy.so=%plugin < %t/settings.json > %t/vscode.sh
// RUN: sh -e %t/vscode.sh > %t/vscode.log 2>&1
// RUN: %FileCheck %s --check-prefix=VSCODE < %t/vscode.log
// VSCODE: api_wrapper.cpp:38:58: warning: static member 'data' is written by instance method 'fetch'; every 'APIWrapper' object shares it [static-state-written-by-instance]
// RUN: %FileCheck %s --check-prefix=QUICKFIX < %t/vscode.yaml
// QUICKFIX: DiagnosticName: static-state-written-by-instance
// QUICKFIX: Replacements:
// QUICKFIX-NEXT: - FilePath: {{.*}}api_wrapper.cpp
//
// Vim's ALE with g:ale_cpp_clangtidy_checks = ['-*', 'static-state-written-by-instance'] passes one -checks=:
// RUN: cd %t && env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy '-checks=-*,static-state-written-by-instance' \
// RUN:   --config='{}' api_wrapper.cpp -- -std=c++17 > %t/ale.log 2>&1
// RUN: %FileCheck %s --check-prefix=ALE < %t/ale.log
// ALE: warning: static member 'data' is written by instance method 'fetch'
// ALE-NOT: static-state-unbounded-growth
//
// Qt Creator and CLion: --export-fixes into a temporary file, with the checks
// they were told to run; the fix-its are there for their quick fixes.
// RUN: cd %t && env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --checks='-*,static-state-*' \
// RUN:   --config='{}' --export-fixes=%t/qt.yaml api_wrapper.cpp -- -std=c++17 > %t/qt.log 2>&1
// RUN: %python -c "import yaml,sys; d=yaml.safe_load(open(sys.argv[1]))['Diagnostics']; print(sorted(set(x['DiagnosticName'] for x in d))); print(sum(len(x['DiagnosticMessage']['Replacements']) for x in d) > 0)" %t/qt.yaml \
// RUN:   | %FileCheck %s --check-prefix=QT
// QT: ['static-state-unbounded-growth', 'static-state-written-by-instance']
// QT-NEXT: True
