// cmake --install puts static-state-lsp in <prefix>/bin and its package in
// <prefix>/lib/static-state-tidy/python; the installed server runs the
// installed static-state-tidy, which loads the installed plugin.
// RUN: rm -rf %t && mkdir -p %t
// RUN: cmake --install %builddir --prefix %t/inst > %t/install.log 2>&1
// RUN: test -x %t/inst/bin/static-state-lsp && test -f %t/inst/lib/static-state-tidy/python/static_state_lsp/server.py
// RUN: %t/inst/bin/static-state-lsp --version | %FileCheck %s --check-prefix=VERSION
// VERSION: static-state-lsp 0.1.0
// RUN: %python %S/Inputs/lsp_project.py %t/proj build shared.cpp
// RUN: %python %S/Inputs/installed_check.py %t/inst/bin/static-state-lsp %t/proj %clang_tidy | %FileCheck %s
// RUN: %FileCheck %s --check-prefix=LOG -DPREFIX=%t/inst < %t/proj/server.log
// CHECK: server: {'name': 'static-state-lsp', 'version': '0.1.0'}
// CHECK: 8:27 static-state-written-by-instance static member 'data' is written by instance method 'fetch'
// CHECK-NEXT: quick fixes: 2
// CHECK-NEXT: exit: 0
// LOG: running: {{.*}} [[PREFIX]]/bin/static-state-tidy --clang-tidy-binary=
// LOG-NOT: --plugin=
// Running it wrote no bytecode beside the installed files:
// RUN: %python -c "import glob, sys; sys.exit(bool(glob.glob(sys.argv[1] + '/**/__pycache__', recursive=True)))" %t/inst
