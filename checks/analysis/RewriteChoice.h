//===- RewriteChoice.h - which rewrite keeps the program's meaning -*- C++ -*-===//
//
// The decision table of docs/checks/static-state-written-by-instance.rst,
// shared by every check that moves shared state: a per-instance member, or a
// local of the one function that uses it. The fix on the warning (the one
// `--fix` applies) must keep the behaviour of a program that uses one object;
// when the other rewrite means something else, it is offered on a note with
// words saying what changes.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_REWRITECHOICE_H
#define STATIC_STATE_TIDY_ANALYSIS_REWRITECHOICE_H

#include "analysis/CrossCallFlow.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include <optional>
#include <string>

namespace clang::tidy::static_state {

/// Which rewrite a check may offer (the FixStrategy option).
enum class FixStrategy { Auto, Instance, Local, None };

enum class Rewrite { None, Local, Member };

/// What the table looks at.
struct RewriteFacts {
  std::string Name;                         // "'seq'"
  const FunctionDecl *SoleUser = nullptr;   // the one function using it
  CrossCallFlow Flow;                       // valid when SoleUser is set
  bool MemoTable = false;                   // looked up, then filled by key
  bool ReturnedFromConst = false;           // a const user returns it
  std::optional<std::string> WhyNotLocal;   // hazards of the local rewrite
  std::optional<std::string> WhyNotMember;  // hazards of the member rewrite
  std::string StartsFrom;                   // "0", "empty": for the words
};

struct RewriteChoice {
  Rewrite Pick = Rewrite::None;
  std::string PickWords;   // for the summary note; may be empty
  Rewrite Other = Rewrite::None;
  std::string OtherWords;  // what the alternative changes, for its note
  std::string WhyNot;      // why there is no fix, when Pick is None
};

RewriteChoice chooseRewrite(const RewriteFacts &Facts, FixStrategy Strategy);

/// A memo table: \p Fn looks a key up in map-like \p VD and inserts that same
/// key (`find(k)` / `count(k)` then `m[k] = v` / `emplace(k, ...)`).
bool isMemoTable(const VarDecl &VD, const FunctionDecl &Fn,
                 llvm::ArrayRef<FlowUse> Uses, ASTContext &Ctx);

/// Whether some use hands the variable's value back from \p Fn
/// (`return buf;`, `return out.str();`).
bool isReturnedValue(llvm::ArrayRef<FlowUse> Uses, ASTContext &Ctx);

/// Whether evaluating \p Init once per call or once per object, instead of
/// once, can be told apart: it calls code that is not constexpr and does not
/// only compute (a C library call, printf or rand, or a clock's now()),
/// allocates with new, has side effects of its own, reads another static,
/// takes the size of a class of the program, or (unless
/// \p ObjectStateCounts is false: a rewrite meant to read it at each call)
/// reads the object's state.
bool hasObservableEvaluation(const Expr &Init, ASTContext &Ctx,
                             bool ObjectStateCounts = true);

/// Whether evaluating \p Init does something besides computing a value: it
/// calls a function that is not constexpr, not of the standard library and
/// not a const member function, allocates, assigns or increments
/// (`static bool done = setUp(this);`: a run-once idiom, not a value).
bool hasEffectsBeyondValue(const Expr &Init, ASTContext &Ctx);

/// "0", "empty", "its initial value": what a fresh copy holds, for words.
std::string initialValueWords(const VarDecl &VD, const Expr *Init,
                              ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
