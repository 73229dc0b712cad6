//===- InstanceCallers.cpp - functions that instance code calls -----------===//

#include "analysis/InstanceCallers.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::static_state {

namespace {

/// Finds a use of one function inside the code of an object: a
/// constructor, destructor or instance method (lambdas and local classes
/// inside them included).
class UseInInstanceCode : public RecursiveASTVisitor<UseInInstanceCode> {
  using Base = RecursiveASTVisitor<UseInInstanceCode>;

public:
  explicit UseInInstanceCode(const FunctionDecl &F) : F(F) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    bool Saved = InInstance;
    if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(D);
        MD && !MD->getParent()->isLambda())
      InInstance = MD->isInstance();
    else if (isa_and_nonnull<FunctionDecl>(D))
      InInstance = false; // a free function, wherever it is declared
    bool Result = Base::TraverseDecl(D);
    InInstance = Saved;
    return Result && !Found; // stop at the first use found
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) { return see(DRE->getDecl()); }
  bool VisitMemberExpr(MemberExpr *ME) { return see(ME->getMemberDecl()); }

  bool Found = false;

private:
  bool see(const ValueDecl *D) {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
    if (InInstance && FD && FD->getCanonicalDecl() == F.getCanonicalDecl())
      Found = true;
    return !Found;
  }

  const FunctionDecl &F;
  bool InInstance = false;
};

} // namespace

bool InstanceCallers::calledFromInstanceCode(const FunctionDecl &F,
                                             ASTContext &Ctx) {
  auto [It, New] = Known.try_emplace(F.getCanonicalDecl(), false);
  if (!New)
    return It->second;
  const SourceManager &SM = Ctx.getSourceManager();
  UseInInstanceCode Use(F);
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (!Use.Found && SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
      Use.TraverseDecl(D);
  return Known[F.getCanonicalDecl()] = Use.Found;
}

} // namespace clang::tidy::static_state
