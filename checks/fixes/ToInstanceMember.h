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

#include "fixes/ClassLayout.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "clang/Basic/Diagnostic.h"
#include <string>
#include <vector>

namespace clang::tidy::static_state {

enum class InitializationStyle { DefaultMemberInitializer, Constructor };

/// The edits, or none with \p WhyNot set. Call only once Visibility has
/// proven every reference is rewritable.
/// \p Mutable: a const member function writes it (`static` -> `mutable`).
std::vector<FixItHint> makeInstanceMember(const VarDecl &VD,
                                          InitializationStyle Style,
                                          bool Mutable, ASTContext &Ctx,
                                          OpenedInitializerLists &Opened,
                                          std::string &WhyNot);

} // namespace clang::tidy::static_state

#endif
