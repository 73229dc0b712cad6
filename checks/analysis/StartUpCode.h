//===- StartUpCode.h - code that runs once per process ---------*- C++ -*-===//
//
// Growth that happens once per process is bounded by the program text, not by
// its run time: in main(), in the initializer of a variable with static
// storage, or in a function that only such initializers call (a test
// registry's `static bool collect() { tests.push_back(...); }` called from
// `static bool registered = collect();`, jsoncpp's JSONTEST_FIXTURE). A
// function main() calls is not one: main's calls are the whole program.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_STARTUPCODE_H
#define STATIC_STATE_TIDY_ANALYSIS_STARTUPCODE_H

#include "analysis/References.h"

#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::static_state {

/// Whether \p R sits in main() or in an initializer of a variable with
/// static storage.
bool runsAtStartUp(const Reference &R);

/// Answers, per function, whether every use of it in the translation unit is
/// a direct call from start-up code. Walks the main file's declarations once
/// per function asked about; asked only for growth about to be reported.
class StartUpCode {
public:
  /// Whether \p R sits in start-up code: main(), an initializer of a
  /// variable with static storage, or a function only such initializers
  /// call.
  bool holds(const Reference &R, ASTContext &Ctx);
  void forget() { CalledOnlyAtStartUp.clear(); }

private:
  bool isCalledOnlyAtStartUp(const FunctionDecl &F, ASTContext &Ctx);

  llvm::DenseMap<const FunctionDecl *, bool> CalledOnlyAtStartUp;
};

} // namespace clang::tidy::static_state

#endif
