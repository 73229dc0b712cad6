//===- ReferenceHolders.h - which declarations hold some references -*- C++ -*-===//
//
// The declarations whose code holds a few given expressions, found from
// source positions instead of a matcher on every declaration of the
// translation unit (that matcher was most of the checks' cost on header-heavy
// translation units) or a parent map (built over the whole translation unit).
//
// Only the declarations of the files that hold one of the expressions, or
// include such a file, are visited; namespaces and class bodies are entered,
// function bodies never. A holder is a declaration that is not entered (a
// function, a variable, a field, a typedef, ...) whose expansion range
// contains the expression's position. The answer may name more than one
// holder (functions made by one macro expansion share a range) or none (an
// expression in a class's base list): the caller's parent map is then built
// over all of them or over the whole translation unit, so a wrong guess costs
// time, never a wrong parent.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_REFERENCEHOLDERS_H
#define STATIC_STATE_TIDY_ANALYSIS_REFERENCEHOLDERS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include <vector>

namespace clang::tidy::static_state {

/// For each of \p Refs, the outermost declarations whose range contains it:
/// for a function the function itself (never a lambda or local class in
/// it), for a template its templated declaration, for a friend the befriended
/// function. Empty when no declaration was found.
std::vector<llvm::SmallVector<const Decl *, 1>>
findReferenceHolders(ASTContext &Ctx, llvm::ArrayRef<const Expr *> Refs);

} // namespace clang::tidy::static_state

#endif
