//===- Escape.h - does a reference to the variable outlive the call? -*- C++ -*-===//
//
// Follows what a reference to a variable denotes (the variable, a part of it,
// or a handle into it: a pointer, an iterator, a view) up to what consumes it,
// and says whether that consumer can keep it: returned, stored outside,
// captured, handed to code that may keep it. A local rewrite needs nothing
// to outlive the call; a member rewrite needs nothing to outlive the object.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_ESCAPE_H
#define STATIC_STATE_TIDY_ANALYSIS_ESCAPE_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include <string>

namespace clang::tidy::static_state {

/// Why a reference, pointer or iterator to the variable named by \p Ref may
/// outlive a call of \p Fn (returned, stored outside, handed to code that
/// may keep it), or an empty string when it cannot.
std::string escapeOfReference(const Expr &Ref, const FunctionDecl &Fn,
                              ASTContext &Ctx);

/// Why a reference, pointer or iterator to the variable named by \p Ref may
/// be used after the object whose method \p Fn is has gone: returned,
/// stored, captured, or a pointer handed to code that may keep it. A static
/// outlives every object; a per-instance member dies with its object, so
/// such a use makes the member rewrite change what the program does. Empty
/// when nothing of it leaves the call but a reference passed to a callee.
std::string escapePastObject(const Expr &Ref, const FunctionDecl &Fn,
                             ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
