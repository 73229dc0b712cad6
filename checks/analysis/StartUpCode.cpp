//===- StartUpCode.cpp - code that runs once per process ------------------===//

#include "analysis/StartUpCode.h"

#include "analysis/FunctionUses.h"

#include "clang/Basic/SourceManager.h"

namespace clang::tidy::static_state {

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
  // main() runs once too, but its calls are the whole program (an event
  // loop, a server's requests): they do not count.
  std::vector<FunctionUse> Uses = usesInMainFile(F, Ctx);
  bool Once = !Uses.empty() && llvm::all_of(Uses, [](const FunctionUse &U) {
                return U.Call && U.RunsOnce;
              });
  return CalledOnlyAtStartUp[F.getCanonicalDecl()] = Once;
}

} // namespace clang::tidy::static_state
