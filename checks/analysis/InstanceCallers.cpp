//===- InstanceCallers.cpp - functions that instance code calls -----------===//

#include "analysis/InstanceCallers.h"

#include "analysis/FunctionUses.h"

#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::static_state {

bool InstanceCallers::calledFromInstanceCode(const FunctionDecl &F,
                                             ASTContext &Ctx) {
  auto [It, New] = Known.try_emplace(F.getCanonicalDecl(), false);
  if (!New)
    return It->second;
  return Known[F.getCanonicalDecl()] =
             llvm::any_of(usesInMainFile(F, Ctx), [](const FunctionUse &U) {
               return U.InInstanceCode;
             });
}

} // namespace clang::tidy::static_state
