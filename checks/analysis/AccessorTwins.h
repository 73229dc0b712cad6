//===- AccessorTwins.h - non-const accessors with a const twin -*- C++ -*-===//
//
// The const/non-const accessor pair: `T &get()` next to `const T &get()
// const`, the non-const one written as a copy of the const one's body or
// as a call of it on `std::as_const(*this)`. Calling the non-const twin
// changes nothing the const one would not: only what the caller does with
// the part handed out can write.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_ACCESSORTWINS_H
#define STATIC_STATE_TIDY_ANALYSIS_ACCESSORTWINS_H

#include "clang/AST/DeclCXX.h"

namespace clang::tidy::static_state {

/// Whether \p MD, a non-const member function returning a mutable reference
/// or pointer, has a const overload with the same parameters whose body it
/// repeats (the same source text, calling no non-const member function but
/// accessors: the same text may pick other overloads) or calls on `*this`
/// made const
/// (`std::as_const(*this).get()`, `static_cast<const X &>(*this).get()`,
/// under a `const_cast` of the result): drogon's
/// `IOThreadStorage::getThreadData()`.
bool isNonConstTwinOfConstAccessor(const CXXMethodDecl &MD);

} // namespace clang::tidy::static_state

#endif
