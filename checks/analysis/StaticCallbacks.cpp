//===- StaticCallbacks.cpp - static member functions used as callbacks ----===//

#include "analysis/StaticCallbacks.h"

#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::static_state {

namespace {

/// Finds a use of one function that is not a direct call of it.
class AddressTaken : public RecursiveASTVisitor<AddressTaken> {
public:
  explicit AddressTaken(const FunctionDecl &Fn) : Fn(Fn) {}

  bool TraverseCallExpr(CallExpr *Call) {
    // `handler(1)`: a call, not a hand-out; its arguments may still be one.
    if (isa_and_nonnull<DeclRefExpr>(
            Call->getCallee()->IgnoreParenImpCasts())) {
      for (Expr *Arg : Call->arguments())
        if (!TraverseStmt(Arg))
          return false;
      return true;
    }
    return RecursiveASTVisitor::TraverseCallExpr(Call);
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (Ref->getDecl()->getCanonicalDecl() == Fn.getCanonicalDecl())
      Found = true;
    return !Found;
  }

  bool Found = false;

private:
  const FunctionDecl &Fn;
};

} // namespace

bool StaticCallbacks::handedOut(const CXXMethodDecl &Static) {
  auto [It, New] = Known.try_emplace(&Static, false);
  if (!New)
    return It->second;
  AddressTaken Finder(Static);
  for (const CXXMethodDecl *M : Static.getParent()->methods()) {
    const FunctionDecl *Def = M->getDefinition();
    if (Def && Def->getBody() && !Finder.Found)
      Finder.TraverseStmt(Def->getBody());
  }
  // The map may have grown meanwhile: look the slot up again.
  Known[&Static] = Finder.Found;
  return Finder.Found;
}

} // namespace clang::tidy::static_state
