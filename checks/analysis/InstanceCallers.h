//===- InstanceCallers.h - functions that instance code calls --*- C++ -*-===//
//
// The growth check reports a container that instance code grows. A helper
// that grows it for an instance method (`void Server::handle(r) {
// record(r); }` with a free `record` appending to a global) is instance
// code's growth one call away: this says whether a function is so called.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_INSTANCECALLERS_H
#define STATIC_STATE_TIDY_ANALYSIS_INSTANCECALLERS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::static_state {

/// Answers, per function, whether the main file's code calls it (or names
/// it) from a constructor, destructor or instance method, or a lambda
/// inside one. Walks the main file's declarations once per function asked
/// about; asked only for growth about to be dropped as process-wide.
class InstanceCallers {
public:
  bool calledFromInstanceCode(const FunctionDecl &F, ASTContext &Ctx);
  void forget() { Known.clear(); }

private:
  llvm::DenseMap<const FunctionDecl *, bool> Known;
};

} // namespace clang::tidy::static_state

#endif
