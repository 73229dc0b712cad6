//===- WriteShapes.h - small facts about one write or condition -*- C++ -*-===//
//
// The vocabulary the sharing-pattern recognisers are written in: what value
// a write stores, which way it counts, what it hands out. Which tests guard
// a write are Guards.h's.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_WRITESHAPES_H
#define STATIC_STATE_TIDY_ANALYSIS_WRITESHAPES_H

#include "analysis/Intent.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::static_state {

/// `0`, `nullptr`, `NULL`, `false`: a value that leaves a variable unset.
bool isNullish(const Expr *E);

/// The variable with static storage \p E names (parentheses and implicit
/// casts looked through), if it names one.
const VarDecl *staticVariableNamedBy(const Expr *E);

/// Whether \p E (possibly null) names \p VD, a variable with static
/// storage, as staticVariableNamedBy() reads it.
bool namesStaticVariable(const Expr *E, const VarDecl &VD);

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
/// Whether \p A counts by a constant step: `++x`, `--x`, `x += 2`,
/// `x = x - 1`; not `x -= cost`.
bool stepsByConstant(const Access &A, const ASTContext &Ctx);
/// The `c[k]` operator call \p A writes through (a class type's `[]`, a
/// map's insertion of a missing key), or null.
const CXXOperatorCallExpr *subscriptOf(const Access &A);
/// Removes one element it names (`erase(k)`, `pop_back()`, Qt's
/// `removeOne(x)`): not `clear()`, `swap()` or an assignment, which replace
/// the whole.
bool removesElement(const Access &A);

} // namespace clang::tidy::static_state

#endif
