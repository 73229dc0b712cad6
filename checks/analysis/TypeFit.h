//===- TypeFit.h - can this type live where a rewrite puts it? -*- C++ -*-===//
//
// Compile hazards of moving a static's type: a class cannot hold a member of
// its own type or of a type still incomplete where the member is declared
// (`static value s_null;` inside `value`, `std::optional<value>` inside
// `value`); a type declared inside a function cannot leave it; an object of
// megabytes does not belong on the stack or in every object.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_TYPEFIT_H
#define STATIC_STATE_TIDY_ANALYSIS_TYPEFIT_H

#include "analysis/IncludeGraph.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include <optional>
#include <string>

namespace clang::tidy::static_state {

/// Why a non-static member of type \p T cannot be declared in \p Class at
/// \p At, or nullopt when it can.
std::optional<std::string> whyNotMemberType(QualType T,
                                            const CXXRecordDecl &Class,
                                            SourceLocation At,
                                            const ASTContext &Ctx);

/// Why a local of type \p T cannot be declared at \p At (an incomplete type).
std::optional<std::string> whyNotLocalType(QualType T, SourceLocation At,
                                           const ASTContext &Ctx);

/// Why an object of type \p T is too large to become a member or a local,
/// given the MaxMovedObjectBytes option, or nullopt.
std::optional<std::string> whyTooLarge(llvm::StringRef Name, QualType T,
                                       uint64_t MaxBytes,
                                       const ASTContext &Ctx);

/// Why a member of type \p T added to a class in the header holding
/// \p HeaderLoc would not compile in every file that includes the header:
/// a type it names is declared in a file the header does not include
/// (directly or through other headers: \p Includes has every #include).
std::optional<std::string> whyNotDeclaredForHeader(QualType T,
                                                   SourceLocation HeaderLoc,
                                                   const IncludeGraph &Includes,
                                                   const ASTContext &Ctx);

/// Whether \p T (or an element of it) is declared inside a function.
bool isTypeLocalToFunction(QualType T);

} // namespace clang::tidy::static_state

#endif
