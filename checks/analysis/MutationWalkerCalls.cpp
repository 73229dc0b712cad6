//===- MutationWalkerCalls.cpp - the upward walk: calls and aliases -------===//

#include "analysis/AccessorTwins.h"
#include "analysis/CallNames.h"
#include "analysis/MutationWalker.h"
#include "analysis/References.h"

#include "clang/AST/DeclCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace clang::tidy::static_state {

namespace {

/// The mutating algorithm call that \p Iter is passed to, if any.
const CallExpr *iteratorConsumer(const Expr &Iter, ASTContext &Ctx) {
  const Stmt *S = &Iter;
  for (unsigned Depth = 0; Depth < 16; ++Depth) {
    const Stmt *P = parentStmt(*S, Ctx);
    if (!P)
      return nullptr;
    if (isa<ImplicitCastExpr>(P) || isa<MaterializeTemporaryExpr>(P) ||
        isa<CXXBindTemporaryExpr>(P) || isa<ParenExpr>(P) ||
        isa<CXXConstructExpr>(P)) {
      S = P;
      continue;
    }
    const auto *Call = dyn_cast<CallExpr>(P);
    if (Call && Call->getCallee() != S && Call->getDirectCallee() &&
        isMutatingAlgorithm(*Call->getDirectCallee()))
      return Call;
    if (Call && Call->getCallee() != S && isMutatingRangesCall(*Call))
      return Call;
    // std::for_each(v.begin(), v.end(), [](int &x) { x = 0; })
    const Expr *Fn = Call ? forEachFunction(*Call) : nullptr;
    if (Fn && Fn != S && takesElementByMutableReference(*Fn))
      return Call;
    return nullptr;
  }
  return nullptr;
}

} // namespace

std::optional<Access>
MutationWalker::operatorCall(const CXXOperatorCallExpr &OpCall) {
  if (M == Mode::Iterator)
    return throughIterator(OpCall);
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(OpCall.getDirectCallee());
  if (MD && !MD->isStatic() && OpCall.getNumArgs() > 0 &&
      (OpCall.getArg(0) == Cur ||
       OpCall.getArg(0)->IgnoreImplicit() == Cur->IgnoreImplicit())) {
    if (M == Mode::AddressOf || curIsPlainPointerObject())
      return read();
    return memberCall(*MD, OpCall, false);
  }
  return argument(OpCall, *Cur);
}

std::optional<Access>
MutationWalker::throughIterator(const CXXOperatorCallExpr &OpCall) {
  // Compared, advanced or copied, an iterator writes nothing; dereferenced,
  // it is an element of the variable.
  if (OpCall.getNumArgs() == 0 ||
      OpCall.getArg(0)->IgnoreImplicit() != Cur->IgnoreImplicit())
    return read();
  switch (OpCall.getOperator()) {
  case OO_Star:
  case OO_Subscript:
    M = Mode::Object;
    break;
  case OO_Arrow:
    M = Mode::AddressOf;
    break;
  case OO_Plus:
  case OO_Minus:
  case OO_PlusPlus:
  case OO_MinusMinus:
    // `s.begin() + 1`, `--s.end()`: another iterator into it.
    if (!isMutableIterator(OpCall.getType()))
      return read();
    Cur = &OpCall;
    return std::nullopt;
  default:
    return read();
  }
  Cur = &OpCall;
  ToPart = true;
  ConstView = false; // a const iterator object still yields mutable elements
  return std::nullopt;
}

std::optional<Access> MutationWalker::call(const CallExpr &Call) {
  if (Call.getCallee() == Cur)
    return read(); // calling a function pointer or functor by value
  if (isa<CXXMemberCallExpr>(Call) &&
      cast<CXXMemberCallExpr>(Call).getImplicitObjectArgument() == Cur)
    return read(); // reached through the callee MemberExpr instead
  return argument(Call, *Cur);
}

std::optional<Access> MutationWalker::dependentMemberCall(llvm::StringRef Name,
                                                          const Stmt *Site) {
  if (isReaderName(Name))
    return read();
  SizeEffect Size = sizeEffectOfMemberCall(Name);
  // An unknown name in a template: we cannot see whether it is const.
  return write(Size == SizeEffect::Unknown && Name != "swap"
                   ? WriteKind::PossibleWrite
                   : WriteKind::MutatingCall,
               Site, Size, Name.str());
}

/// A call handed out a part of the object: follow it when it can write.
std::optional<Access> MutationWalker::followResult(const FunctionDecl &Callee,
                                                   const Expr &Call) {
  QualType Result = Callee.getReturnType();
  ConstView = false;
  if (isNonConstLValueRef(Result) || isNonConstRValueRef(Result)) {
    Cur = &Call;
    ToPart = true;
    M = Mode::Object;
    return std::nullopt;
  }
  if (isPointerToNonConst(Result)) {
    Cur = &Call;
    ToPart = true;
    M = Mode::AddressOf;
    return std::nullopt;
  }
  // A mutable iterator handed straight to an algorithm that writes through
  // it: std::sort(v.begin(), v.end()).
  if (Result->isRecordType() || Result->isPointerType())
    if (const CallExpr *Algo = iteratorConsumer(Call, Ctx))
      return write(WriteKind::MutatingCall, Algo, SizeEffect::None,
                   calledName(*Algo));
  // `auto it = m.find(k); it->second = v;`: follow the iterator.
  if (isMutableIterator(Result)) {
    Cur = &Call;
    ToPart = true;
    M = Mode::Iterator;
    return std::nullopt;
  }
  return read(); // values, const iterators
}

std::optional<Access> MutationWalker::memberCall(const CXXMethodDecl &MD,
                                                 const Expr &Call,
                                                 bool ViaArrow) {
  if (ViaArrow && curIsPlainPointerObject())
    return read(); // logger->log(): the pointee is not ours
  if (M == Mode::Object && ViaArrow)
    return read();
  if (isa<CXXConversionDecl>(MD) && MD.isConst())
    return read();
  const CXXRecordDecl *RD = MD.getParent();
  OverloadedOperatorKind Op = MD.getOverloadedOperator();
  std::string Name = MD.getNameAsString();

  if (Op == OO_Subscript && RD && isMapLike(*RD) && !MD.isConst())
    return write(WriteKind::MutatingCall, &Call, SizeEffect::Grows,
                 "operator[]");
  // Subscripts, smart-pointer and iterator dereference, and accessors
  // (`at`, `front`, `get`, `find`, `begin`) hand out a part of the object,
  // const member functions included (unique_ptr::operator-> is const): what
  // happens to that part decides.
  if (Op == OO_Subscript || Op == OO_Arrow || Op == OO_Star ||
      (Op == OO_None && isAccessorName(Name)))
    return followResult(MD, Call);
  // The non-const half of a const/non-const accessor pair does what the
  // const half does (drogon's `getThreadData()`): the result decides too.
  if (Op == OO_None && isNonConstTwinOfConstAccessor(MD))
    return followResult(MD, Call);
  if (ConstView)
    return read();
  // Locking, waiting and notifying change the synchronisation object only in
  // the way it exists for: never a write to report, whatever IgnoredTypes says.
  if (RD && isSynchronisationCall(*RD, Name))
    return read();
  if (MD.isConst())
    return read();
  // A getter that only lacks `const` (`bool enabled(int p) { return mask &
  // p; }`): its visible body decides, not its signature. A function that
  // returns nothing exists to change something, whatever its body (a stub).
  QualType Result = MD.getReturnType();
  if (Op == OO_None && !Result->isVoidType() && !isNonConstLValueRef(Result) &&
      !isPointerToNonConst(Result) && !ObjectWritten(MD))
    return read();
  if (Op == OO_Equal)
    return write(WriteKind::Assignment, &Call, SizeEffect::Shrinks);
  if (Op == OO_PlusPlus || Op == OO_MinusMinus)
    return write(WriteKind::IncrementDecrement, &Call);
  if (Op != OO_None && Op != OO_Call) {
    bool Compound = Op == OO_PlusEqual || Op == OO_MinusEqual ||
                    Op == OO_StarEqual || Op == OO_SlashEqual ||
                    Op == OO_PercentEqual || Op == OO_AmpEqual ||
                    Op == OO_PipeEqual || Op == OO_CaretEqual ||
                    Op == OO_LessLessEqual || Op == OO_GreaterGreaterEqual;
    return write(
        Compound ? WriteKind::Assignment : WriteKind::MutatingCall, &Call,
        Op == OO_PlusEqual ? SizeEffect::Grows : SizeEffect::Unknown, Name);
  }
  return write(WriteKind::MutatingCall, &Call, sizeEffectOfMemberCall(Name),
               Name);
}

/// `auto &r = x;` or `T *p = &x;`: written when the alias is written through.
std::optional<Access> MutationWalker::boundTo(const VarDecl &VD,
                                              const Stmt *Site) {
  QualType T = VD.getType();
  bool RefAlias = M == Mode::Object && T->isReferenceType() &&
                  !T.getNonReferenceType().isConstQualified();
  bool PtrAlias = M == Mode::AddressOf && isPointerToNonConst(T);
  bool IterAlias = M == Mode::Iterator && isMutableIterator(T);
  if (M == Mode::MovedObject && !T->isReferenceType())
    return write(WriteKind::MovedFrom, Site, SizeEffect::Shrinks);
  if (!RefAlias && !PtrAlias && !IterAlias)
    return read();
  if (!VD.isLocalVarDecl() || VD.hasGlobalStorage())
    return write(WriteKind::ReferenceEscapes, Site, SizeEffect::Unknown,
                 VD.getNameAsString());
  // Follow every use of the alias with this same walker (it knows
  // accessors, smart pointers and container growth), then ask clang's
  // ExprMutationAnalyzer about what the walker saw no write in.
  // `auto &[a, b] = x;`: the uses are those of the bindings.
  llvm::SmallVector<const ValueDecl *, 4> Names{&VD};
  if (const auto *DD = dyn_cast<DecompositionDecl>(&VD)) {
    Names.clear();
    for (const BindingDecl *B : DD->bindings())
      Names.push_back(B);
  }
  std::optional<Access> Found;
  std::string Through;
  if (Body && Depth < 4) {
    for (const ValueDecl *Name : Names)
      for (const ast_matchers::BoundNodes &Use : ast_matchers::match(
               ast_matchers::findAll(
                   ast_matchers::declRefExpr(
                       ast_matchers::to(ast_matchers::equalsNode(Name)))
                       .bind("use")),
               *Body, Ctx)) {
        MutationWalker Inner(Ctx, Body, AnalyzerFor, ParamWritten,
                             ObjectWritten, Depth + 1);
        Access A = Inner.run(*Use.getNodeAs<Expr>("use"),
                             PtrAlias    ? Mode::AddressOf
                             : IterAlias ? Mode::Iterator
                                         : Mode::Object);
        if (!A.IsWrite)
          continue;
        // Keep the write that says least about growth: one shrinking or
        // unknown use makes the alias as a whole not only-growing.
        if (!Found || A.Size == SizeEffect::Shrinks ||
            (A.Size == SizeEffect::Unknown &&
             Found->Size != SizeEffect::Shrinks)) {
          Found = A;
          Through = Name->getNameAsString();
        }
      }
  }
  if (Found) {
    Access W = write(WriteKind::WrittenThroughAlias, Found->Site, Found->Size,
                     Through);
    W.ToPart = W.ToPart || Found->ToPart;
    return W;
  }
  ExprMutationAnalyzer *EMA = AnalyzerFor(Body);
  if (!EMA)
    return read();
  for (const ValueDecl *Name : Names) {
    const Stmt *By =
        RefAlias ? EMA->findMutation(Name) : EMA->findPointeeMutation(Name);
    if (By)
      return write(WriteKind::WrittenThroughAlias, By, SizeEffect::Unknown,
                   Name->getNameAsString());
  }
  return read();
}

std::optional<Access> MutationWalker::rangeFor(const CXXForRangeStmt &For) {
  const VarDecl *LoopVar = For.getLoopVariable();
  if (!LoopVar || !isNonConstLValueRef(LoopVar->getType()) || M != Mode::Object)
    return read();
  ExprMutationAnalyzer *EMA = AnalyzerFor(For.getBody());
  const Stmt *By = EMA ? EMA->findMutation(LoopVar) : nullptr;
  if (!By)
    return read();
  ToPart = true;
  return write(WriteKind::WrittenThroughAlias, By, SizeEffect::None,
               LoopVar->getNameAsString());
}

} // namespace clang::tidy::static_state
