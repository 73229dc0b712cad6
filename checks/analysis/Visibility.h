//===- Visibility.h - may a fix see every reference? -----------*- C++ -*-===//
//
// The closed-world test behind every fix-it: a rewrite of a static member is
// offered only when this translation unit provably shows every place that can
// name it, and each of those places stays valid after the rewrite. When it
// does not, the answer is the reason in words, for a note.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_VISIBILITY_H
#define STATIC_STATE_TIDY_ANALYSIS_VISIBILITY_H

#include "analysis/References.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>

namespace clang::tidy::static_state {

/// Why turning static member \p VD into a per-instance member is not proven
/// safe, or nullopt when it is. \p Refs are all its evaluated references;
/// \p UnevaluatedUse says whether sizeof/decltype also name it;
/// \p ClassInHeader whether other files may see the class (then only a
/// private member is closed).
std::optional<std::string> whyNotInstanceMember(const VarDecl &VD,
                                                llvm::ArrayRef<Reference> Refs,
                                                bool UnevaluatedUse,
                                                bool ClassInHeader,
                                                ASTContext &Ctx);

/// Why turning \p VD into a local variable of \p Fn is not proven safe.
std::optional<std::string> whyNotLocalVariable(const VarDecl &VD,
                                               llvm::ArrayRef<Reference> Refs,
                                               bool UnevaluatedUse,
                                               const FunctionDecl &Fn,
                                               bool ClassInHeader,
                                               ASTContext &Ctx);

/// The one function all references sit in, or null when there are several
/// (or none).
const FunctionDecl *soleUser(llvm::ArrayRef<Reference> Refs);

/// The out-of-line definition of a static data member, if this translation
/// unit has one.
const VarDecl *outOfLineDefinition(const VarDecl &VD);

} // namespace clang::tidy::static_state

#endif
