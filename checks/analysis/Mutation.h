//===- Mutation.h - does a reference write the variable? -------*- C++ -*-===//
//
// Classifies one reference to a variable as a read or a write, and for
// containers whether the write grows or shrinks it.
//
// The classifier walks upward from the reference through the expressions that
// still denote the variable or a part it owns (members, elements, what a
// container or smart pointer owns) and judges the first one that uses it.
// Bindings to local references and pointers are followed with clang's
// ExprMutationAnalyzer, which tracks a local variable through its function;
// the upward walk covers what that analyzer does not see or gets wrong here:
// static members named through `this->x`, `obj.x` or `A::x`, template code,
// non-const accessors whose result is only read (`find`, `at`, vector
// `operator[]`), addresses used only as identity, and calls through a plain
// pointer to a shared service (the pointee is not the variable's).
//
// The walk is in MutationWalker.{h,cpp} and MutationWalkerCalls.cpp; what a
// callee's name says (accessors, growth, algorithms, locks) in CallNames.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_MUTATION_H
#define STATIC_STATE_TIDY_ANALYSIS_MUTATION_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <optional>
#include <string>

namespace clang::tidy::static_state {

enum class WriteKind {
  None,
  Assignment,            // x = v, x += v, operator= on a class
  IncrementDecrement,    // ++x, x--
  MutatingCall,          // x.push_back(v), map[k], non-const member call
  NonConstReferenceArg,  // f(x) with f(T&), std::swap(x, y)
  NonConstPointerArg,    // f(&x) with f(T*), std::sort(arr, arr + n)
  WrittenThroughAlias,   // auto &r = x; r.clear();  int *p = &x; *p = 1;
  ReferenceEscapes,      // return x; from T&, a reference member bound to x
  MovedFrom,             // T y = std::move(x);
  PossibleWrite,         // dependent code whose callee is unknown
};

/// What a write does to the number of elements of a container.
enum class SizeEffect { None, Grows, Shrinks, Unknown };

struct Access {
  bool IsWrite = false;
  WriteKind Kind = WriteKind::None;
  SizeEffect Size = SizeEffect::None;
  /// The expression or statement that writes (operator, call, declaration).
  const Stmt *Site = nullptr;
  /// The outermost expression that still denotes the variable or its part.
  const Expr *Object = nullptr;
  /// The write reaches a member, element or owned object, not the whole.
  bool ToPart = false;
  /// Name of the mutating function or the alias written through.
  std::string Detail;
  /// Handed to a virtual function that a class in view overrides: another
  /// body than the one called may run (the note says so).
  bool ToOverridable = false;

  SourceLocation location() const;
};

/// One per translation unit: caches per-body analyzers and per-reference
/// results so that each reference is classified once.
class MutationAnalyzer {
public:
  explicit MutationAnalyzer(ASTContext &Ctx) : Ctx(Ctx) {}

  /// Classifies \p Ref, a reference to a variable inside \p Body (the
  /// innermost function body holding it; may be null for initializers).
  const Access &classify(const Expr &Ref, const Stmt *Body);
  /// clang's own verdict: whether \p Body may mutate what \p E denotes
  /// (one ExprMutationAnalyzer per body, shared with classify()), also
  /// asked of the ExprWithCleanups that wraps \p E.
  bool isMutatedIn(const Expr &E, const Stmt &Body);

private:
  Access compute(const Expr &Ref, const Stmt *Body);
  ExprMutationAnalyzer *analyzerFor(const Stmt *Body);
  /// Whether the body of \p Callee (a user function, not virtual) may write
  /// through \p Param (a reference; with \p Pointee, what the pointer \p Param
  /// points to); true when the body cannot be seen. \p Depth counts the
  /// calls followed to get here (MutationParams.cpp).
  bool isParamWritten(const FunctionDecl &Callee, const ParmVarDecl &Param,
                      bool Pointee, unsigned Depth = 0);
  /// Whether clang finds \p Param of \p Def written, following the uses it
  /// blames that only hand the parameter on to another function's reference
  /// parameter into that function, a few calls deep.
  bool isWrittenOrHandedOnToWriter(const FunctionDecl &Def,
                                   const ParmVarDecl &Param, unsigned Depth);
  /// Makes the parent map cover \p Def's body, which clang's analyzers of
  /// it need (the checks may have restricted the map to their own code).
  void coverWithParents(const FunctionDecl &Def);
  unsigned HelpersAddedToScope = 0;
  /// Whether the body of \p Method (non-const, not virtual unless final) may
  /// write its own object; true when it cannot be seen.
  bool isObjectWritten(const CXXMethodDecl &Method, unsigned Depth = 0);

  ASTContext &Ctx;
  llvm::DenseMap<const Expr *, Access> Results;
  llvm::DenseMap<const Stmt *, std::unique_ptr<ExprMutationAnalyzer>>
      BodyAnalyzers;
  /// Shared by every FunctionParmMutationAnalyzer of the translation unit.
  ExprMutationAnalyzer::Memoized ParamMemo;
  /// Pointer parameters whose callee body only loads values through them.
  llvm::DenseMap<const ParmVarDecl *, bool> OnlyLoadedThrough;
  /// Reference parameters judged from a first call (none being judged).
  llvm::DenseMap<const ParmVarDecl *, bool> ParamWrites;
  /// The parameters whose uses are being followed: a recursive call.
  llvm::DenseSet<const ParmVarDecl *> ParamsBeingJudged;
  /// Whether a call of \p Method may run another body than its own: it is
  /// virtual, neither it nor its class is `final`, and a class of this
  /// translation unit overrides it. With no override in view its own body
  /// is the only one there is to judge (an override in another file that
  /// writes through a parameter its base only reads is the one thing missed).
  bool mayRunAnotherBody(const CXXMethodDecl &Method);
  /// The canonical declarations of every method some method of the
  /// translation unit overrides, worked out on first need.
  std::optional<llvm::DenseSet<const CXXMethodDecl *>> OverriddenInView;
  /// isObjectWritten's answers (true while one is being worked out: a
  /// recursive call writes, as far as it can tell).
  llvm::DenseMap<const CXXMethodDecl *, bool> WritesOwnObject;
};

/// Human words for a write, for notes: "assigned", "modified by 'push_back'",
/// and where the write is only possible by nature (a reference handed out,
/// an argument to a function whose body is not in view or that is virtual),
/// why: "..., whose body is not in this translation unit: it may only read
/// it".
std::string describeWrite(const Access &A, const SourceManager &SM);

} // namespace clang::tidy::static_state

#endif
