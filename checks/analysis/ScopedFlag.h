//===- ScopedFlag.h - a flag raised around a call -------------*- C++ -*-===//
//
// `busy = true; notify(); busy = false;` (with `if (busy) return;` before
// it), `++depth; recurse(); --depth;`: the static says that a call is in
// progress, and it is back at its resting value whenever none is. Which
// object made the call does not matter to whoever tests it — KeePassXC's
// recursion guard on a shortcut event that may come back through another
// widget: class-wide by intent.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_SCOPEDFLAG_H
#define STATIC_STATE_TIDY_ANALYSIS_SCOPEDFLAG_H

#include "analysis/Intent.h"

namespace clang::tidy::static_state {

/// Whether every write of \p VD (an integer, enum or bool) belongs to a
/// raise-and-restore pair: whole statements of one block, a raise (a
/// constant, or `++`/`+= 1`) followed by a restore (its resting value — the
/// initial value, or a local copy taken before the raise — or the matching
/// `--`/`-= 1`), with a call in between.
bool isScopedFlag(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                  ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
