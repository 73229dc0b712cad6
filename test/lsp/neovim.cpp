// Neovim's built-in LSP client (Debian 12's nvim 0.7.2), headless, with the
// init.lua from docs/integrations.md as its configuration: the diagnostic is
// shown, the "Fix:" code action applied removes the shared static, and the
// diagnostic is gone after :write; then a header whose fix edits the source
// too (:wall). The server is found on PATH; it runs this suite's clang-tidy
// and plugin (the environment variables static-state-tidy reads).
// REQUIRES: neovim
// RUN: rm -rf %t && %python %S/Inputs/lsp_project.py %t build shared.cpp header-project
// RUN: %python %S/../integrations/Inputs/doc_snippet.py %S/../../docs/integrations.md lua 1 > %t/init.lua
// RUN: cd %t && env PATH=%scripts:$PATH HOME=%t STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy STATIC_STATE_TIDY_PLUGIN=%plugin \
// RUN:   NVIM_TEST_OUT=%t/out.txt timeout 120 nvim --headless -n -i NONE -u %t/init.lua \
// RUN:   -c 'luafile %S/Inputs/nvim_drive.lua' shared.cpp > %t/nvim.log 2>&1 < /dev/null || { cat %t/out.txt; false; }
// RUN: %FileCheck %s < %t/out.txt
// CHECK: related: {{[0-9]+}} grown here by 'push_back'
// CHECK-NEXT: diagnostic: 8:27 static member 'data' is written by instance method 'fetch'; every 'Api' object shares it
// CHECK-NEXT: offered: Fix: static member 'data' is written by instance method 'fetch'{{.*}}
// CHECK-NEXT: static in buffer: false
// CHECK-NEXT: after write: 0 diagnostics; file has static: false
// CHECK-NEXT: diagnostic: 10:27 static member 'data' is written by instance method 'fetch'
// CHECK-NEXT: offered: Fix: static member 'data'
// CHECK-NEXT: static in header: false; source changed: true
// CHECK-NEXT: after wall: 0 diagnostics
// CHECK-NEXT: done
