//===- LocalToMember.h - static local -> per-instance member ---*- C++ -*-===//
//
// The rewrite for static-state-local-in-method: the function-local static
// becomes a private member of the class (with its initializer), and the local
// declaration goes. `mutable` when a const member function writes it.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_FIXES_LOCALTOMEMBER_H
#define STATIC_STATE_TIDY_FIXES_LOCALTOMEMBER_H

#include "analysis/References.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>
#include <vector>

namespace clang::tidy::static_state {

/// The edits moving static local \p VD of \p Method into its class, or none
/// with \p WhyNot set to the reason in words.
std::vector<FixItHint> makeMemberFromLocal(const VarDecl &VD,
                                           const CXXMethodDecl &Method,
                                           llvm::ArrayRef<Reference> Refs,
                                           ASTContext &Ctx,
                                           std::string &WhyNot);

} // namespace clang::tidy::static_state

#endif
