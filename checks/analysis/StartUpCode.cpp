//===- StartUpCode.cpp - code that runs once per process ------------------===//

#include "analysis/StartUpCode.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::static_state {

namespace {

/// Counts the uses of one function in the declarations it is given, and how
/// many of them are direct calls made where code runs once per process.
class UsesOfFunction : public RecursiveASTVisitor<UsesOfFunction> {
  using Base = RecursiveASTVisitor<UsesOfFunction>;

public:
  explicit UsesOfFunction(const FunctionDecl &F) : F(F) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool onlyCalledAtStartUp() const { return Uses > 0 && Uses == StartUpCalls; }

  bool TraverseDecl(Decl *D) {
    // An initializer of a variable with static storage runs once (a static
    // local's included). main() runs once too, but its calls are the whole
    // program (an event loop, a server's requests): they do not count.
    bool Once = RunsOnce;
    if (isa_and_nonnull<FunctionDecl>(D))
      Once = false;
    else if (const auto *VD = dyn_cast_or_null<VarDecl>(D))
      Once = RunsOnce || VD->hasGlobalStorage();
    return runsOnceWhile(Once, [&] { return Base::TraverseDecl(D); });
  }
  bool TraverseLambdaExpr(LambdaExpr *L) {
    // Written in an initializer, but it runs whenever it is called.
    return runsOnceWhile(false, [&] { return Base::TraverseLambdaExpr(L); });
  }
  bool VisitCallExpr(CallExpr *Call) {
    if (RunsOnce && Call->getDirectCallee() &&
        Call->getDirectCallee()->getCanonicalDecl() == F.getCanonicalDecl())
      ++StartUpCalls;
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) { return countUse(DRE->getDecl()); }
  bool VisitMemberExpr(MemberExpr *ME) { return countUse(ME->getMemberDecl()); }

private:
  template <class Fn> bool runsOnceWhile(bool Once, Fn Traverse) {
    bool Saved = RunsOnce;
    RunsOnce = Once;
    bool Result = Traverse();
    RunsOnce = Saved;
    return Result;
  }
  bool countUse(const ValueDecl *D) {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
    Uses += FD && FD->getCanonicalDecl() == F.getCanonicalDecl();
    return true;
  }

  const FunctionDecl &F;
  bool RunsOnce = false;
  unsigned Uses = 0;
  unsigned StartUpCalls = 0;
};

} // namespace

bool runsAtStartUp(const Reference &R) {
  return R.Kind == ContextKind::StaticInitializer ||
         (R.Owner && R.Owner->isMain());
}

bool StartUpCode::holds(const Reference &R, ASTContext &Ctx) {
  if (runsAtStartUp(R))
    return true;
  return R.Owner && isCalledOnlyAtStartUp(*R.Owner, Ctx);
}

bool StartUpCode::isCalledOnlyAtStartUp(const FunctionDecl &F,
                                        ASTContext &Ctx) {
  auto [It, New] = CalledOnlyAtStartUp.try_emplace(F.getCanonicalDecl(), false);
  if (!New)
    return It->second;
  // Only a function first declared in the main file: code in a header
  // cannot name it, so the main file's declarations hold every use. A
  // virtual one may be called through its base. With compile errors, typo
  // correction may have invented calls (`undeclared_init` read as
  // `undeclaredNames`): no verdict from them.
  const SourceManager &SM = Ctx.getSourceManager();
  const auto *MD = dyn_cast<CXXMethodDecl>(&F);
  if (Ctx.getDiagnostics().hasUncompilableErrorOccurred() ||
      (MD && MD->isVirtual()) ||
      !SM.isInMainFile(SM.getExpansionLoc(F.getCanonicalDecl()->getLocation())))
    return false;
  UsesOfFunction Uses(F);
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
      Uses.TraverseDecl(D);
  return CalledOnlyAtStartUp[F.getCanonicalDecl()] = Uses.onlyCalledAtStartUp();
}

} // namespace clang::tidy::static_state
