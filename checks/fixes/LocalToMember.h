//===- LocalToMember.h - static local -> per-instance member ---*- C++ -*-===//
//
// The rewrite for a static local whose value carries from one call to the
// next: it becomes a private member of the class (with its initializer, in
// the class's private section), and the local declaration goes. `mutable`
// when a const member function writes it; a distinct name when the class
// (or a base, or another moved local) already uses the name.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_FIXES_LOCALTOMEMBER_H
#define STATIC_STATE_TIDY_FIXES_LOCALTOMEMBER_H

#include "analysis/References.h"
#include "fixes/ClassLayout.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::static_state {

/// Why static local \p VD of \p Method cannot become a member of its class
/// (hazards of compiling or of meaning), or nullopt.
std::optional<std::string> whyNotMemberFromLocal(const VarDecl &VD,
                                                 const CXXMethodDecl &Method,
                                                 llvm::ArrayRef<Reference> Refs,
                                                 ASTContext &Ctx);

/// The member that static local \p VD becomes: its insertion into the
/// class (its own declarator behind the specifiers it may share with other
/// variables) and the renames of its uses; its local declaration is left to
/// the caller. None, with \p WhyNot set, when it cannot be built.
std::vector<FixItHint> addMemberForLocal(const VarDecl &VD,
                                         const CXXMethodDecl &Method,
                                         llvm::ArrayRef<Reference> Refs,
                                         ASTContext &Ctx, LayoutEdits &Edits,
                                         std::string &NewName,
                                         std::string &WhyNot);

/// The edits moving \p VD, declared alone, into its class, or none with \p WhyNot set. Call
/// only once whyNotMemberFromLocal() found nothing. \p NewName is set to the
/// member's name (the local's, or a distinct one when that is taken).
std::vector<FixItHint> makeMemberFromLocal(const VarDecl &VD,
                                           const CXXMethodDecl &Method,
                                           llvm::ArrayRef<Reference> Refs,
                                           ASTContext &Ctx, LayoutEdits &Edits,
                                           std::string &NewName,
                                           std::string &WhyNot);

} // namespace clang::tidy::static_state

#endif
