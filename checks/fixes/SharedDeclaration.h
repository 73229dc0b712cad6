//===- SharedDeclaration.h - one declaration, several static locals -*- C++ -*-===//
//
// `static int ix, drag = -1;` declares two statics with one `static`: an edit
// for one of them touches text the other shares, and clang-tidy drops both
// of two warnings' fixes that overlap. So such a declaration is rewritten
// once, on the warning of its first variable: each variable keeps its own
// declarator (name, pointer, bounds, initializer) behind the shared
// specifiers, and becomes a member or a plain local as its own proof says.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_FIXES_SHAREDDECLARATION_H
#define STATIC_STATE_TIDY_FIXES_SHAREDDECLARATION_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::static_state {

/// The declaration statement that declares local \p VD, or null.
const DeclStmt *declarationStatementOf(const VarDecl &VD, ASTContext &Ctx);

/// The variables \p DS declares, in source order (empty when it declares
/// anything else too, such as a struct).
std::vector<const VarDecl *> variablesOf(const DeclStmt &DS);

/// One variable of a shared declaration as a declaration of its own,
/// without storage specifiers: "const char *name = nullptr" for `name` in
/// `static const char *name = nullptr, buf[8];`, renamed to \p NewName.
std::optional<std::string> ownDeclaration(const VarDecl &VD,
                                          const DeclStmt &DS,
                                          llvm::StringRef NewName,
                                          const ASTContext &Ctx);

/// The edit that leaves \p DS declaring only \p Kept, as plain locals (no
/// storage specifier): the whole statement goes when \p Kept is empty.
/// Nullopt when the text cannot be edited.
std::optional<FixItHint>
rewriteKeepingLocals(const DeclStmt &DS, llvm::ArrayRef<const VarDecl *> Kept,
                     const ASTContext &Ctx);

/// \p Fixes with the insertions at one place joined into one, in order:
/// several members added to one class by one fix.
std::vector<FixItHint> joinInsertions(std::vector<FixItHint> Fixes);

} // namespace clang::tidy::static_state

#endif
