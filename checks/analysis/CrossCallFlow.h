//===- CrossCallFlow.h - can a value flow from one call to the next? -*- C++ -*-===//
//
// The proof behind every "make it a local" rewrite. A static used by one
// function may become a local of that function only when no call can see a
// value an earlier call left behind: on every path of the function's
// control-flow graph (clang's CFG) from its entry, the variable is wholly
// overwritten (`x = v` not reading x, `clear()`, `assign`) before anything
// reads it, and nothing keeps a reference, pointer or iterator to it past
// the call. Anything the analysis cannot follow counts as a carry-over.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_CROSSCALLFLOW_H
#define STATIC_STATE_TIDY_ANALYSIS_CROSSCALLFLOW_H

#include "analysis/Mutation.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>

namespace clang::tidy::static_state {

/// One reference to the variable inside the function, with its access.
struct FlowUse {
  const Expr *Ref = nullptr;
  const Access *What = nullptr;
};

struct CrossCallFlow {
  enum Verdict {
    Fresh,   // every call overwrites it before reading: no value carries over
    Carries, // some read may see what an earlier call left
    Escapes, // a reference or pointer to it may outlive the call
    Unknown, // the function could not be followed (no CFG, try, coroutine)
  };
  Verdict V = Unknown;
  /// Carries only because the function may run inside itself (recursion)
  /// between a write and a read: each activation of a local would differ.
  bool Reentrant = false;
  /// The read, escape or construct that decided it (null for Fresh).
  const Stmt *Where = nullptr;
  /// Why, in words, for a note: "'seq' is read here before anything in
  /// 'next' overwrites it".
  std::string Why;
};

/// Whether a value of \p VD can flow from one call of \p Fn to a later one.
/// \p Uses are every reference to \p VD, all inside \p Fn's body. With
/// \p EscapesCount false, a reference or pointer that leaves the call is an
/// ordinary read, and a use inside a lambda or a local class is a read where
/// the lambda is written or the local class's method is called (for state
/// that only needs each call to reset it first, not to die with the call).
CrossCallFlow analyseCrossCallFlow(const VarDecl &VD, const FunctionDecl &Fn,
                                   llvm::ArrayRef<FlowUse> Uses,
                                   ASTContext &Ctx, bool EscapesCount = true);

/// The statement at which \p Ref (classified as \p A) replaces the whole
/// value of the variable without reading it, or null: `x = v`, `x = {}`,
/// `x.clear()`, `x.assign(...)`, `p.reset()`. Reads inside the right-hand
/// side or the arguments are separate references, evaluated before it.
const Stmt *wholeOverwriteSite(const Expr &Ref, const Access &A,
                               ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
