//===- ClassLayout.h - where a new member goes, as a person would put it -*- C++ -*-===//
//
// The rewrites edit classes the way their authors write them: a new member
// goes into the class's existing private section with the class's own
// indentation (tabs too), one new `private:` section at the end when there
// is none, shared by every member moved in one run; an access specifier
// left with nothing under it goes too. clang-format is not assumed.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_FIXES_CLASSLAYOUT_H
#define STATIC_STATE_TIDY_FIXES_CLASSLAYOUT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clang::tidy::static_state {

/// Constructors that an earlier fix in this translation unit already gave
/// an initializer list (`: a(1)`): later members are appended with `, `.
/// Such fixes apply together, as `clang-tidy --fix` applies them.
using OpenedInitializerLists = llvm::SmallPtrSet<const CXXConstructorDecl *, 4>;

/// What one translation unit's fixes have already done to its classes, so
/// that later fixes of the same run fit with earlier ones.
struct LayoutEdits {
  OpenedInitializerLists InitializerLists;
  /// Classes given a new `private:` section at their end in this run.
  llvm::SmallPtrSet<const CXXRecordDecl *, 4> OpenedSections;
  /// Member declarations removed from their class in this run.
  llvm::SmallPtrSet<const Decl *, 8> RemovedMembers;
  /// Names of the members added to each class in this run.
  std::map<const CXXRecordDecl *, std::set<std::string>> AddedMembers;
};

/// One indentation step of the file around \p Loc: a tab, or the spaces
/// between a class and its members ("  " when nothing tells).
std::string indentationStep(const CXXRecordDecl &RD, const ASTContext &Ctx);

/// The indentation of \p RD's member declarations.
std::string memberIndentation(const CXXRecordDecl &RD, const ASTContext &Ctx);

/// The insertions that add \p Declaration ("int count = 0;") to the
/// private part of \p RD (a new `private:` label, apart from the member,
/// when the class has no private section yet); records a newly opened
/// section in \p Edits. Empty when there is no place for it.
std::vector<FixItHint> insertPrivateMember(const CXXRecordDecl &RD,
                                           llvm::StringRef Declaration,
                                           const ASTContext &Ctx,
                                           LayoutEdits &Edits);

/// The removal of \p Member (whose own removal is \p MemberRemoval, from
/// the end of the previous line) together with the access specifier on the
/// line above it, when removing the member (and those already in \p Edits)
/// leaves that section empty; nullopt otherwise.
std::optional<CharSourceRange>
removalWithEmptiedAccessSpecifier(const Decl &Member, CharSourceRange MemberRemoval,
                                  const ASTContext &Ctx, const LayoutEdits &Edits);

/// The indentation of the statements of \p Body (one step in from the
/// function when the body has none on a line of their own).
std::string bodyIndentation(const CompoundStmt &Body, const FunctionDecl &Fn,
                            const ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
