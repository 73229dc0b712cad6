//===- FirstCallValue.h - a static local frozen at the first call -*- C++ -*-===//
//
// A static local is initialised once, on the first call. When its
// initializer reads what differs from call to call — a parameter, or the
// object (`this`, its members) — every later call, on every object, sees the
// first call's value: `static const char **names = upper ? UPPER : lower;`
// (doxygen's roman numerals), `static const int w = width();`.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_FIRSTCALLVALUE_H
#define STATIC_STATE_TIDY_ANALYSIS_FIRSTCALLVALUE_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include <string>

namespace clang::tidy::static_state {

/// The first part of \p Init (evaluated, not in sizeof or decltype) whose
/// value belongs to one call of \p Fn: a parameter of \p Fn, a non-static
/// member read or called through `this`; null when there is none. `this`
/// alone (`static Widget *first = this;`) remembers the first object on
/// purpose and does not count.
const Expr *perCallValueIn(const Expr &Init, const FunctionDecl &Fn);

/// Words for what perCallValueIn() found: "parameter 'upper'", "member
/// 'width_'", "the object ('width()')".
std::string describePerCallValue(const Expr &E);

} // namespace clang::tidy::static_state

#endif
