//===- WriteShapes.h - small facts about one write or condition -*- C++ -*-===//
//
// The vocabulary the sharing-pattern recognisers are written in: what value
// a write stores, which way it counts, which `if` guards it and whether a
// condition tests a flag for "not yet set".
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_WRITESHAPES_H
#define STATIC_STATE_TIDY_ANALYSIS_WRITESHAPES_H

#include "analysis/Intent.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::static_state {

/// `!x`, `x == 0`, `x == nullptr`, `c.empty()`: the condition holds while
/// the tested value is still unset.
bool isUnsetTest(const Expr *Cond);

/// The static-storage variables an expression names (canonical decls).
void collectStaticVars(const Stmt *S,
                       llvm::SmallVectorImpl<const VarDecl *> &Out);

/// The conditions of the ifs whose then-branch holds \p Site, innermost
/// first, within its function.
llvm::SmallVector<const Expr *, 4> guardingConditions(const Stmt &Site,
                                                      ASTContext &Ctx);

/// `true` or a non-zero integer literal.
bool isTrueLiteral(const Expr *E);

/// The right-hand side of `x = v` (built-in or operator=), or null.
const Expr *assignedValue(const Access &A);

/// +1 for `++x` / `x += n`, -1 for `--x` / `x -= n`, 0 otherwise.
int countingDirection(const Access &A);
bool isIncrement(const Access &A);
/// Adds to what it holds: counts up, appends, streams or concatenates.
bool accumulates(const Access &A);
bool isDecrement(const Access &A);

} // namespace clang::tidy::static_state

#endif
