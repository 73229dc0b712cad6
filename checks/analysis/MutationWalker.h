//===- MutationWalker.h - the upward walk behind classify() ----*- C++ -*-===//
//
// Internal to analysis/Mutation: one walk from a reference upward through the
// expressions that still denote the variable or a part it owns, judging the
// first one that uses it. The structural steps (casts, members, operators,
// declarations, returns) live in MutationWalker.cpp; calls, arguments and
// aliases in MutationWalkerCalls.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_MUTATIONWALKER_H
#define STATIC_STATE_TIDY_ANALYSIS_MUTATIONWALKER_H

#include "analysis/CallNames.h"
#include "analysis/Mutation.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>
#include <string>

namespace clang::tidy::static_state {

bool isNonConstLValueRef(QualType T);
bool isNonConstRValueRef(QualType T);
/// A pointer (or a reference to one) whose pointee is not const.
bool isPointerToNonConst(QualType T);

class MutationWalker {
public:
  /// How the walk sees the current expression.
  enum class Mode {
    Object,      // denotes the variable or a part of it
    AddressOf,   // a pointer to the variable or to a part it owns
    MovedObject, // std::move(x): an xvalue of the variable
    Iterator,    // a mutable iterator into it (`auto it = m.find(k);`)
  };
  using AnalyzerLookup =
      llvm::function_ref<ExprMutationAnalyzer *(const Stmt *)>;
  /// Whether the callee's body may write through its reference parameter
  /// (clang's FunctionParmMutationAnalyzer), or with the flag set through
  /// its pointer parameter (the pointee analysis); true when it cannot be
  /// seen.
  using ParamLookup = llvm::function_ref<bool(
      const FunctionDecl &, const ParmVarDecl &, bool Pointee)>;

  /// Whether a non-const member function's body may write its own object
  /// (a member assigned, a non-const member function called, `this` handed
  /// on); true when it cannot be seen.
  using ObjectLookup = llvm::function_ref<bool(const CXXMethodDecl &)>;

  MutationWalker(ASTContext &Ctx, const Stmt *Body, AnalyzerLookup Analyzer,
                 ParamLookup ParamWritten, ObjectLookup ObjectWritten,
                 unsigned Depth = 0)
      : Ctx(Ctx), Body(Body), AnalyzerFor(Analyzer),
        ParamWritten(ParamWritten), ObjectWritten(ObjectWritten),
        Depth(Depth) {}

  Access run(const Expr &Ref, Mode Start);

private:
  // Each step looks at the parent of Cur: it either returns the verdict or
  // moves Cur up (and returns nullopt) for the walk to go on.
  std::optional<Access> step(const DynTypedNode &Parent);
  std::optional<Access> declaration(const VarDecl &VD);
  std::optional<Access> memberInitializer(const CXXCtorInitializer &Init);
  std::optional<Access> conversion(const CastExpr &Cast);
  std::optional<Access> member(const MemberExpr &ME);
  std::optional<Access> subscript(const ArraySubscriptExpr &Sub);
  std::optional<Access> unary(const UnaryOperator &UO);
  std::optional<Access> binary(const BinaryOperator &BO);
  std::optional<Access> conditional(const AbstractConditionalOperator &CO);
  std::optional<Access> returned(const ReturnStmt &Return);
  std::optional<Access> throughIterator(const CXXOperatorCallExpr &OpCall);
  std::optional<Access> dependentMember(const CXXDependentScopeMemberExpr &Dep);
  std::optional<Access> unresolvedMember(const UnresolvedMemberExpr &UME);

  // Calls, arguments and aliases (MutationWalkerCalls.cpp).
  std::optional<Access> operatorCall(const CXXOperatorCallExpr &OpCall);
  std::optional<Access> call(const CallExpr &Call);
  std::optional<Access> memberCall(const CXXMethodDecl &MD, const Expr &Call,
                                   bool ViaArrow);
  std::optional<Access> followResult(const FunctionDecl &Callee,
                                     const Expr &Call);
  std::optional<Access> argument(const CallExpr &Call, const Expr &Arg);
  std::optional<Access> constructArgument(const CXXConstructExpr &Construct);
  std::optional<Access> boundTo(const VarDecl &VD, const Stmt *Site);
  std::optional<Access> rangeFor(const CXXForRangeStmt &For);
  std::optional<Access> dependentMemberCall(llvm::StringRef Name,
                                            const Stmt *Site);

  Access write(WriteKind K, const Stmt *Site,
               SizeEffect Size = SizeEffect::None, std::string Detail = {}) {
    Access A;
    A.IsWrite = true;
    A.Kind = K;
    A.Site = Site;
    A.Object = Cur;
    A.ToPart = ToPart;
    A.Size = ToPart && Size != SizeEffect::Unknown ? SizeEffect::None : Size;
    A.Detail = std::move(Detail);
    return A;
  }
  Access read() {
    Access A;
    A.Object = Cur;
    A.ToPart = ToPart;
    return A;
  }
  /// Moves the walk up to \p E, which still denotes what Cur did.
  std::optional<Access> climb(const Expr *E) {
    Cur = E;
    return std::nullopt;
  }
  /// The variable's own type is a plain pointer: what it points to is not
  /// the variable (a logger, a service), only the pointer value is.
  /// A mutex (or a pointer to one) handed to a lock: a constructor builds a
  /// lock holder (lock_guard, unique_lock, a project's RAII lock), std::lock
  /// locks it. Locking is never a write to report, whatever IgnoredTypes and
  /// LockTypes say: the object changes only in the way it exists for.
  bool curIsMutexHandedToLock(bool ToLock) const {
    if (!ToLock || M == Mode::MovedObject)
      return false;
    QualType T = Cur->getType();
    if (M == Mode::AddressOf && T->isPointerType())
      T = T->getPointeeType();
    return isLockable(T);
  }
  bool curIsPlainPointerObject() const {
    return M == Mode::Object && Cur->getType()->isAnyPointerType();
  }

  ASTContext &Ctx;
  const Stmt *Body;
  AnalyzerLookup AnalyzerFor;
  ParamLookup ParamWritten;
  ObjectLookup ObjectWritten;
  unsigned Depth; // alias nesting: auto &a = x; auto &b = a; ...
  const Expr *Cur = nullptr;
  Mode M = Mode::Object;
  bool ToPart = false;
  /// Seen through a cast that adds const: only const members can be called.
  bool ConstView = false;
};

} // namespace clang::tidy::static_state

#endif
