//===- ConstantStores.h - every call leaves a static the same ---*- C++ -*-===//
//
// A static local that every call sets to the same constants before anything
// reads it (`static std::string s(text); s.at(2) = '\0'; use(s);`, kept
// static because googletest's EXPECT_FATAL_FAILURE cannot name locals)
// shows no call, and no object, what another left: each read sees the
// initial value with the same constant stores applied.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_CONSTANTSTORES_H
#define STATIC_STATE_TIDY_ANALYSIS_CONSTANTSTORES_H

#include "analysis/CrossCallFlow.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/ArrayRef.h"

namespace clang::tidy::static_state {

/// Whether \p VD, a static local, is set to the same state by every call
/// before any read: every write in \p Uses stores a constant into the whole
/// (`done = true;`, `s = "x";`) or into an element at a constant index or
/// key (`buf[0] = 0;`, `s.at(2) = '\0';`, `m["k"] = 1;`), as a statement of
/// the function's own body (not under an if or a loop: it runs on every
/// call that gets that far), every other use comes after the last such
/// store in the text (lambdas and local classes too: they can only be
/// made after it), and no `goto` can jump past the stores.
bool isSetAlikeEveryCall(const VarDecl &VD, llvm::ArrayRef<FlowUse> Uses,
                         ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
