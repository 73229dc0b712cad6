//===- FunctionUses.h - where the main file uses a function ----*- C++ -*-===//
//
// Two questions about a function of the translation unit need every place
// the main file names it, and what code that place is: whether only
// start-up code calls it (StartUpCode: growth there runs once), and whether
// instance code does (InstanceCallers: growth there is an object's). One
// walk answers both.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_FUNCTIONUSES_H
#define STATIC_STATE_TIDY_ANALYSIS_FUNCTIONUSES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include <vector>

namespace clang::tidy::static_state {

/// One place the main file names a function.
struct FunctionUse {
  /// A direct call (not an address taken or a reference to it).
  bool Call = false;
  /// In code that runs once per process: the initializer of a variable with
  /// static storage (main() is not: its calls are the whole program).
  bool RunsOnce = false;
  /// In a constructor, destructor or instance method, or a lambda or local
  /// class's instance method inside one.
  bool InInstanceCode = false;
  /// The class whose constructor holds the use (a lambda inside one too).
  const CXXRecordDecl *InConstructorOf = nullptr;
};

/// Every use of \p F in the main file's declarations (template
/// instantiations and implicit code included). Walks them once per call.
std::vector<FunctionUse> usesInMainFile(const FunctionDecl &F,
                                        ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
