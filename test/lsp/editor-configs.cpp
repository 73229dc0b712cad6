// The VS Code and Helix configurations of docs/integrations.md (no such
// editor in the suite): the command they start is static-state-lsp, Helix
// runs it next to clangd, and the server accepts their initializationOptions.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/../integrations/Inputs/doc_snippet.py %S/../../docs/integrations.md json 2 > %t/vscode.json
// RUN: %python %S/../integrations/Inputs/doc_snippet.py %S/../../docs/integrations.md toml 1 > %t/helix.toml
// RUN: env PATH=%scripts:$PATH %python %S/Inputs/editor_configs_check.py %t/vscode.json %t/helix.toml | %FileCheck %s
// CHECK: vscode command: static-state-lsp on PATH: True
// CHECK-NEXT: vscode languages: ['c', 'cpp']
// CHECK-NEXT: vscode options: accepted
// CHECK-NEXT: helix command: static-state-lsp
// CHECK-NEXT: helix languages: [('cpp', ['clangd', 'static-state-lsp']), ('c', ['clangd', 'static-state-lsp'])]
// CHECK-NEXT: helix options: accepted
// CHECK-NEXT: bad options: ["static-state-lsp: settings not applied: setting 'fallbackFlags' must be a list of strings"]
