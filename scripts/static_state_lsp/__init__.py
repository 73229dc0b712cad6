"""static-state-lsp: a language server that shows the static-state-* clang-tidy
checks, with their fix-its as quick fixes, beside clangd (which cannot load
clang-tidy plugins)."""
