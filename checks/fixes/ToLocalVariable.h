//===- ToLocalVariable.h - static state -> local of its one user -*- C++ -*-===//
//
// The rewrites for state only one function uses and that never carries a
// value from one call to the next (analysis/CrossCallFlow proves it):
// a static member becomes a local at the top of that function, with its
// original initializer, and its in-class declaration and out-of-line
// definition go; a static local simply loses `static`.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_FIXES_TOLOCALVARIABLE_H
#define STATIC_STATE_TIDY_FIXES_TOLOCALVARIABLE_H

#include "fixes/ClassLayout.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include <string>
#include <vector>

namespace clang::tidy::static_state {

/// The edits moving static member \p VD into \p Fn, or none with \p WhyNot
/// set. Call only once Visibility has proven the function is the only user
/// and every use names a local.
std::vector<FixItHint> makeLocalVariable(const VarDecl &VD,
                                         const FunctionDecl &Fn,
                                         ASTContext &Ctx, LayoutEdits &Edits,
                                         std::string &WhyNot);

/// The edits turning static local \p VD into a plain local (dropping
/// `static`, `thread_local`, `constinit`), or none with \p WhyNot set.
/// The specifiers of a declaration that declares several variables belong
/// to all of them: only with \p WholeSharedDeclaration, when every one of
/// them is to become a plain local.
std::vector<FixItHint> makePlainLocal(const VarDecl &VD, ASTContext &Ctx,
                                      std::string &WhyNot,
                                      bool WholeSharedDeclaration = false);

} // namespace clang::tidy::static_state

#endif
