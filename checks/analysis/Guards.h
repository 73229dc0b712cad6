//===- Guards.h - which tests guard a write --------------------*- C++ -*-===//
//
// Whether a write runs only while a static is unset: the `if` that holds it
// and what its condition tests (`!x`, `c.empty()`, a sentinel, a local flag
// standing for such a test), or an earlier early return once a latch is
// set. The lazy-initialisation and latch recognisers are written in these.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_GUARDS_H
#define STATIC_STATE_TIDY_ANALYSIS_GUARDS_H

#include "analysis/Mutation.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::static_state {

/// `!x`, `x == 0`, `x == nullptr`, `c.empty()`: the condition holds while
/// the tested value is still unset.
bool isUnsetTest(const Expr *Cond);

/// `x`, `x != nullptr`, `!c.empty()`: the condition holds once the tested
/// static is set (the early return of `if (d) return; ... d = open();`).
/// Returns that static, or null.
const VarDecl *setTestedStatic(const Expr *Cond);

/// `ret == 2` where 2 is the initializer of the static `ret`: the value is
/// still the sentinel it started with (`static int ret = 2; if (ret == 2)
/// ret = compute();`).
bool isSentinelTest(const Expr *Cond, ASTContext &Ctx);

/// Whether \p Body assigns, increments or decrements the static \p Var (a
/// latch the guarded code sets), as opposed to only testing it.
bool assignsIn(const Stmt &Body, const VarDecl &Var);

/// Whether \p W runs once: a statement before it in an enclosing block of
/// its function returns once a static is set, and that static is either a
/// latch a later statement of the same block sets (`if (init) return v;
/// init = true; v.push_back(...)`; not necessarily the next one), or \p VD itself and \p W sets it (`if (d) return;
/// ... d = open();`; a `d = nullptr;` there would start it all again).
bool isBehindEarlyReturnOnceSet(const Stmt &Site, const Access &W,
                                const VarDecl &VD, ASTContext &Ctx);

/// The static-storage variables an expression names (canonical decls).
void collectStaticVars(const Stmt *S,
                       llvm::SmallVectorImpl<const VarDecl *> &Out);

/// What a condition that is a local flag stands for: the flag's initializer
/// (`int first = !s_ctx; ... if (first)`) when nothing in \p Body changes the
/// flag after it; \p Cond itself otherwise.
const Expr *throughLocalFlag(const Expr *Cond, const Stmt *Body,
                             ASTContext &Ctx);

/// `return`, `break`, `continue` or `throw`, or a block that ends in one:
/// the branch of `if (warned) return;` or `if (!mu.try_lock()) return;`.
bool isExit(const Stmt *S);

/// The ifs whose then-branch holds \p Site, innermost first, up to the
/// enclosing function or lambda.
llvm::SmallVector<const IfStmt *, 4> guardingIfs(const Stmt &Site,
                                                 ASTContext &Ctx);

/// The conditions of those ifs.
llvm::SmallVector<const Expr *, 4> guardingConditions(const Stmt &Site,
                                                      ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
