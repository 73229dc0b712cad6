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

/// Whether \p Body calls \p Callee directly.
bool calls(const Stmt &Body, const FunctionDecl &Callee) {
  if (const auto *Call = dyn_cast<CallExpr>(&Body))
    if (const FunctionDecl *Fn = Call->getDirectCallee();
        Fn && Fn->getCanonicalDecl() == Callee.getCanonicalDecl())
      return true;
  for (const Stmt *Child : Body.children())
    if (Child && calls(*Child, Callee))
      return true;
  return false;
}

} // namespace

bool StaticCallbacks::runsAsCallback(const CXXMethodDecl &Static) {
  if (handedOut(Static))
    return true;
  // doctest's handleSignal() calls reset(), which restores what the
  // constructor saved: reset() runs as part of the callback.
  for (const CXXMethodDecl *M : Static.getParent()->methods()) {
    const FunctionDecl *Def = M->getDefinition();
    if (M != &Static && M->isStatic() && Def && Def->getBody() &&
        handedOut(*M) && calls(*Def->getBody(), Static))
      return true;
  }
  return false;
}

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
