//===- Teardown.cpp - code that runs when an object dies ------------------===//

#include "analysis/Teardown.h"

#include "clang/AST/ExprCXX.h"

namespace clang::tidy::static_state {

namespace {

/// Whether \p S calls \p Method on `this` (spelled or implicit).
bool callsOnThis(const Stmt &S, const CXXMethodDecl &Method) {
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(&S))
    if (const CXXMethodDecl *Callee = Call->getMethodDecl();
        Callee && Callee->getCanonicalDecl() == Method.getCanonicalDecl() &&
        isa<CXXThisExpr>(Call->getImplicitObjectArgument()->IgnoreParenImpCasts()))
      return true;
  for (const Stmt *Child : S.children())
    if (Child && callsOnThis(*Child, Method))
      return true;
  return false;
}

} // namespace

bool inTeardown(const WriteFact &W) {
  if (W.Where.Kind == ContextKind::Destructor)
    return true;
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(W.Where.Owner);
  if (!Method || W.Where.Kind != ContextKind::InstanceMethod)
    return false;
  const CXXRecordDecl *Class = Method->getParent()->getDefinition();
  const CXXDestructorDecl *Dtor = Class ? Class->getDestructor() : nullptr;
  const FunctionDecl *Def = Dtor ? Dtor->getDefinition() : nullptr;
  return Def && Def->getBody() && callsOnThis(*Def->getBody(), *Method);
}

} // namespace clang::tidy::static_state
