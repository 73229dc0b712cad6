//===- ToLocalVariable.h - static member -> local of its one user -*- C++ -*-===//
//
// The rewrite for state only one member function uses: the member becomes a
// local variable at the top of that function, with its original initializer,
// and its in-class declaration and out-of-line definition go.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_FIXES_TOLOCALVARIABLE_H
#define STATIC_STATE_TIDY_FIXES_TOLOCALVARIABLE_H

#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include <string>
#include <vector>

namespace clang::tidy::static_state {

/// The edits, or none with \p WhyNot set. Call only once Visibility has
/// proven the function is the only user and every use names a local.
std::vector<FixItHint> makeLocalVariable(const VarDecl &VD,
                                         const FunctionDecl &Fn,
                                         ASTContext &Ctx, std::string &WhyNot);

} // namespace clang::tidy::static_state

#endif
