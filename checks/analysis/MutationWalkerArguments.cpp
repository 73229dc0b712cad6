//===- MutationWalkerArguments.cpp - the variable handed to a call --------===//
//
// What a call does to an argument that is the variable (or its address, or
// an iterator into it): the parameter's type, a visible body that only
// reads, the standard functions that only copy or keep references.
//
//===----------------------------------------------------------------------===//

#include "analysis/CallNames.h"
#include "analysis/MutationWalker.h"
#include "analysis/RangeViews.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"

namespace clang::tidy::static_state {

namespace {

/// The parameter an argument initialises, or null (variadic, unknown).
const ParmVarDecl *parameterFor(const CallExpr &Call, const Expr &Arg) {
  const FunctionDecl *FD = Call.getDirectCallee();
  if (!FD)
    return nullptr;
  unsigned Offset = 0;
  // A member operator called as `a op b`: argument 0 is the object.
  if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(FD) &&
      !cast<CXXMethodDecl>(FD)->isStatic())
    Offset = 1;
  for (unsigned I = 0, N = Call.getNumArgs(); I < N; ++I) {
    if (Call.getArg(I)->IgnoreParenImpCasts() != Arg.IgnoreParenImpCasts() &&
        Call.getArg(I) != &Arg)
      continue;
    if (I < Offset)
      return nullptr;
    unsigned P = I - Offset;
    return P < FD->getNumParams() ? FD->getParamDecl(P) : nullptr;
  }
  return nullptr;
}

/// The name a call in a template will resolve (`swap` in `std::swap(a, b)`
/// or `e.swap(m)`), or "" when it names none.
std::string unresolvedCalleeName(const CallExpr &Call) {
  const Expr *Callee = Call.getCallee()->IgnoreParenImpCasts();
  if (const auto *Lookup = dyn_cast<UnresolvedLookupExpr>(Callee))
    return Lookup->getName().getAsString();
  if (const auto *Member = dyn_cast<CXXDependentScopeMemberExpr>(Callee))
    return Member->getMember().getAsString();
  if (const auto *Member = dyn_cast<UnresolvedMemberExpr>(Callee))
    return Member->getMemberName().getAsString();
  return "";
}

/// `std::tie(a, b) < std::tie(x, y)`: a tuple of references made only to be
/// compared writes nothing through them.
bool isTieOnlyCompared(const FunctionDecl &Callee, const CallExpr &Call) {
  if (!isStdFunction(&Callee, "tie"))
    return false;
  const Stmt *Cur = &Call;
  ASTContext &Ctx = Callee.getASTContext();
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(*Cur);
    const Stmt *P = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
    if (!P)
      return false;
    if (isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
            ParenExpr>(P)) {
      Cur = P;
      continue;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P))
      return Op->isComparisonOp();
    if (const auto *Rewritten = dyn_cast<CXXRewrittenBinaryOperator>(P))
      return Rewritten->isComparisonOp();
    return false;
  }
  return false;
}

} // namespace

std::optional<Access> MutationWalker::argument(const CallExpr &Call,
                                               const Expr &Arg) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee) {
    // `std::swap(m, e)`, `e.swap(m)` in a template: whichever overload is
    // picked, it exchanges contents (the growth check's bound).
    if (unresolvedCalleeName(Call) == "swap")
      return write(WriteKind::NonConstReferenceArg, &Call, SizeEffect::Shrinks,
                   "swap");
    // Dependent or indirect call: nothing tells us the parameter type, and
    // most such calls in templates only look (helpers taking const T&).
    return read();
  }
  // `s | std::views::take(2)`: the view's use decides, where it is seen.
  if (M == Mode::Object && isRangeAdaptorCall(Call)) {
    ViewUse Use = useOfView(Call, Ctx);
    ToPart = ToPart || Use.OnlyRead || Use.Loop;
    if (Use.OnlyRead)
      return read();
    if (Use.Loop)
      return *rangeFor(*Use.Loop);
  }
  // std::visit / invoke / apply: the function object's parameters decide.
  if (M == Mode::Object && handsArgumentsOnToReader(Call, Arg))
    return read();
  if (isStdFunction(Callee, "move") || isStdFunction(Callee, "forward")) {
    Cur = &Call;
    if (M == Mode::Object && isStdFunction(Callee, "move"))
      M = Mode::MovedObject;
    return std::nullopt;
  }
  // std::as_const only looks; std::call_once's flag is the synchronisation
  // object itself.
  if (isStdFunction(Callee, "as_const") || isStdFunction(Callee, "call_once"))
    return read();
  if (isStdFunction(Callee, "addressof")) {
    Cur = &Call;
    M = Mode::AddressOf;
    return std::nullopt;
  }
  // std::begin(arr), std::data(v), std::get<0>(t): a part handed back,
  // followed like a member accessor's (a reference, a pointer to non-const
  // elements, a mutable iterator).
  if (isFreeAccessor(*Callee))
    return followResult(*Callee, Call);
  if (curIsMutexHandedToLock(isStdLockFunction(Callee)) ||
      isNonModifyingRangesCall(Call))
    return read();
  // std::ranges::for_each(v, [](int x) { ... }): elements only handed out
  // by value or const reference.
  if (const Expr *Fn = forEachFunction(Call);
      Fn && Fn != &Arg && !takesElementByMutableReference(*Fn))
    return read();
  const ParmVarDecl *Param = parameterFor(Call, Arg);
  if (!Param)
    return read(); // variadic: passed by value
  QualType T = Param->getType();
  std::string Name = calledName(Call);
  SizeEffect Size = (Name == "swap" || Name == "exchange")
                        ? SizeEffect::Shrinks
                        : SizeEffect::Unknown;
  switch (M) {
  case Mode::Object:
    // A helper taking `T&` (or `T&&` bound to an lvalue) that only reads it:
    // its visible body decides, not its signature.
    if (isNonConstLValueRef(T) && (copiesForwardedArgument(*Callee) ||
                                   formatsArguments(*Callee) ||
                                   !ParamWritten(*Callee, *Param, false) ||
                                   isTieOnlyCompared(*Callee, Call)))
      return read();
    if (isNonConstLValueRef(T))
      return write(WriteKind::NonConstReferenceArg, &Call, Size, Name);
    return read();
  case Mode::MovedObject:
    if (isNonConstRValueRef(T) || !T->isReferenceType())
      return write(WriteKind::MovedFrom, &Call, SizeEffect::Shrinks, Name);
    if (isNonConstLValueRef(T))
      return write(WriteKind::NonConstReferenceArg, &Call, Size, Name);
    return read();
  case Mode::AddressOf:
    // A helper taking `T *` that only reads through it: its body decides.
    if (isPointerToNonConst(T) && !isStringTableToConstPointers(Arg, T, Ctx) &&
        ParamWritten(*Callee, *Param, true))
      return write(WriteKind::NonConstPointerArg, &Call, SizeEffect::Unknown,
                   Name);
    return read();
  case Mode::Iterator:
    // `std::find(s.begin(), s.end(), x)`, `std::next(it)`: a standard
    // function handing back an iterator of the same type points into it.
    if (isStdFunction(Callee, Callee->getIdentifier() ? Callee->getName() : "") &&
        isMutableIterator(Call.getType()) &&
        Call.getType().getCanonicalType().getUnqualifiedType() ==
            Arg.getType().getCanonicalType().getUnqualifiedType()) {
      Cur = &Call;
      return std::nullopt;
    }
    return read(); // handed on: only algorithms met directly are followed
  }
  return read();
}

std::optional<Access>
MutationWalker::constructArgument(const CXXConstructExpr &Construct) {
  const CXXConstructorDecl *Ctor = Construct.getConstructor();
  for (unsigned I = 0, N = Construct.getNumArgs(); I < N; ++I) {
    if (Construct.getArg(I) != Cur)
      continue;
    if (!Ctor || I >= Ctor->getNumParams() || curIsMutexHandedToLock(true))
      return read();
    // A copy of an iterator (`std::next(it)` takes it by value) points
    // where the original does.
    if (M == Mode::Iterator && Ctor->isCopyOrMoveConstructor()) {
      Cur = &Construct;
      return std::nullopt;
    }
    QualType T = Ctor->getParamDecl(I)->getType();
    if (M == Mode::MovedObject && isNonConstRValueRef(T))
      return write(WriteKind::MovedFrom, &Construct, SizeEffect::Shrinks);
    if (M == Mode::Object && isNonConstLValueRef(T) &&
        !constructionCopiesArgument(*Ctor->getParent()))
      return write(WriteKind::NonConstReferenceArg, &Construct,
                   SizeEffect::Unknown, Ctor->getParent()->getNameAsString());
    if (M == Mode::AddressOf && isPointerToNonConst(T))
      return write(WriteKind::NonConstPointerArg, &Construct,
                   SizeEffect::Unknown, Ctor->getParent()->getNameAsString());
    return read();
  }
  return read();
}

} // namespace clang::tidy::static_state
