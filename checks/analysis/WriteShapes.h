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

/// The variable with static storage \p E names (parentheses and implicit
/// casts looked through), if it names one.
const VarDecl *staticVariableNamedBy(const Expr *E);

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

/// Whether \p W only returns the variable by non-const reference or pointer
/// because the signature is not the class's choice: an override of a virtual
/// function (`Context &context() override { return DEFAULT_CONTEXT; }`) or a
/// conversion function (`operator char *() const`). Nothing is written in
/// view; the interface made the reference mutable.
bool isHandOutTheSignatureImposes(const WriteFact &W);

/// Whether \p W hands the whole of \p VD, an object of a polymorphic class,
/// by address or reference to a function parameter typed as a polymorphic
/// class (`FTPStreamFactory::setPasswordProvider(&provider)`,
/// `bus.addListener(listener)`): the object is registered as an
/// implementation of an interface, and what the owner keeps is its identity
/// and lifetime, not state of the caller.
bool isHandedOverAsImplementation(const WriteFact &W, const VarDecl &VD);

/// Whether \p A leaves its variable set: assigns it something other than a
/// null or zero literal, or adds to it.
bool setsValue(const Access &A);
/// Whether \p A stores null (`p = nullptr;`, `slots[i] = 0;`): a release of
/// the whole or of one element.
bool storesNull(const Access &A);

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

/// The ifs whose then-branch holds \p Site, innermost first, up to the
/// enclosing function or lambda.
llvm::SmallVector<const IfStmt *, 4> guardingIfs(const Stmt &Site,
                                                 ASTContext &Ctx);

/// The conditions of those ifs.
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
