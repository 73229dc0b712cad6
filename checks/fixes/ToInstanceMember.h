//===- ToInstanceMember.h - static member -> per-instance member -*- C++ -*-===//
//
// The rewrite for state several member functions use: drop `static` (and
// `inline`, `thread_local`), move the out-of-line definition's initializer
// into the class (or into every constructor), value-initialise what the
// static got zero-initialised, and delete the out-of-line definition.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_FIXES_TOINSTANCEMEMBER_H
#define STATIC_STATE_TIDY_FIXES_TOINSTANCEMEMBER_H

#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include <string>
#include <vector>

namespace clang::tidy::static_state {

enum class InitializationStyle { DefaultMemberInitializer, Constructor };

/// The edits, or none with \p WhyNot set. Call only once Visibility has
/// proven every reference is rewritable.
std::vector<FixItHint> makeInstanceMember(const VarDecl &VD,
                                          InitializationStyle Style,
                                          ASTContext &Ctx,
                                          std::string &WhyNot);

} // namespace clang::tidy::static_state

#endif
