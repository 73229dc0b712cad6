//===- Mutation.cpp - does a reference write the variable? ----------------===//

#include "analysis/Mutation.h"
#include "analysis/References.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <initializer_list>

namespace clang::tidy::static_state {

namespace {

bool isOneOf(llvm::StringRef Name,
             std::initializer_list<llvm::StringLiteral> Names) {
  for (llvm::StringRef N : Names)
    if (N == Name)
      return true;
  return false;
}

/// Non-const member functions that hand out a part of the object without
/// changing it: the result decides whether the part is written.
bool isAccessorName(llvm::StringRef Name) {
  return isOneOf(Name, {"at", "front", "back", "data", "get", "value",
                        "begin", "end", "rbegin", "rend", "find",
                        "lower_bound", "upper_bound", "equal_range"});
}

/// Names that only look, for member calls in dependent code.
bool isReaderName(llvm::StringRef Name) {
  return isAccessorName(Name) ||
         isOneOf(Name, {"size", "empty", "count", "contains", "length",
                        "capacity", "max_size", "c_str", "cbegin", "cend",
                        "crbegin", "crend", "load", "has_value", "str",
                        "key_comp", "value_comp", "bucket_count",
                        "use_count"});
}

/// Free functions that hand a part of their argument back unchanged.
bool isFreeAccessor(const FunctionDecl &FD) {
  return FD.isInStdNamespace() && FD.getIdentifier() &&
         isOneOf(FD.getName(), {"begin", "end", "rbegin", "rend", "data", "get"});
}

bool isStdFunction(const FunctionDecl *FD, llvm::StringRef Name) {
  return FD && FD->isInStdNamespace() && FD->getIdentifier() &&
         FD->getName() == Name;
}

bool isNonConstLValueRef(QualType T) {
  if (const auto *R = T->getAs<LValueReferenceType>())
    return !R->getPointeeType().isConstQualified();
  return false;
}

bool isNonConstRValueRef(QualType T) {
  if (const auto *R = T->getAs<RValueReferenceType>())
    return !R->getPointeeType().isConstQualified();
  return false;
}

bool isPointerToNonConst(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *P = T->getAs<PointerType>())
    return !P->getPointeeType().isConstQualified();
  return false;
}

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

/// The declared return type of the function or lambda holding \p S.
QualType enclosingReturnType(const Stmt &S, ASTContext &Ctx) {
  QualType Result;
  forEachAncestor(DynTypedNode::create(S), Ctx,
                  [&](const DynTypedNode &P, const DynTypedNode &) {
                    if (const auto *FD = P.get<FunctionDecl>())
                      Result = FD->getReturnType();
                    else if (const auto *L = P.get<LambdaExpr>())
                      Result = L->getCallOperator()->getReturnType();
                    else
                      return true;
                    return false;
                  });
  return Result;
}

bool hasMethodNamed(const CXXRecordDecl &RD, llvm::StringRef Name) {
  for (const NamedDecl *D : RD.lookup(&RD.getASTContext().Idents.get(Name)))
    if (isa<CXXMethodDecl>(D) || isa<FunctionTemplateDecl>(D))
      return true;
  return false;
}

/// A call that locks, waits on or signals a synchronisation object: a class
/// with lock/unlock, notify_all, acquire/release or arrive/wait members.
bool isSynchronisationCall(const CXXRecordDecl &RD, llvm::StringRef Name) {
  if (!isOneOf(Name, {"lock", "unlock", "try_lock", "try_lock_for",
                      "try_lock_until", "lock_shared", "unlock_shared",
                      "try_lock_shared", "try_lock_shared_for",
                      "try_lock_shared_until", "notify_one", "notify_all",
                      "wait", "wait_for", "wait_until", "acquire", "release",
                      "try_acquire", "try_acquire_for", "try_acquire_until",
                      "arrive", "arrive_and_wait", "arrive_and_drop",
                      "count_down"}))
    return false;
  return (hasMethodNamed(RD, "lock") && hasMethodNamed(RD, "unlock")) ||
         hasMethodNamed(RD, "notify_all") ||
         (hasMethodNamed(RD, "acquire") && hasMethodNamed(RD, "release") &&
          !hasMethodNamed(RD, "get")) ||
         hasMethodNamed(RD, "arrive_and_wait") ||
         hasMethodNamed(RD, "count_down");
}

/// A mutex: a class that is locked and unlocked (lock/unlock, Lock/Unlock,
/// lock_shared/unlock_shared).
bool isLockable(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return false;
  RD = RD->getDefinition();
  return (hasMethodNamed(*RD, "lock") && hasMethodNamed(*RD, "unlock")) ||
         (hasMethodNamed(*RD, "Lock") && hasMethodNamed(*RD, "Unlock")) ||
         (hasMethodNamed(*RD, "lock_shared") &&
          hasMethodNamed(*RD, "unlock_shared"));
}

/// std::lock and std::try_lock lock the mutexes they are handed.
bool isStdLockFunction(const FunctionDecl *FD) {
  return isStdFunction(FD, "lock") || isStdFunction(FD, "try_lock");
}

/// Standard algorithms that write through the iterators they are given.
bool isMutatingAlgorithm(const FunctionDecl &FD) {
  return FD.isInStdNamespace() && FD.getIdentifier() &&
         isOneOf(FD.getName(),
                 {"sort", "stable_sort", "partial_sort", "nth_element",
                  "reverse", "rotate", "shuffle", "random_shuffle", "fill",
                  "fill_n", "generate", "generate_n", "transform", "copy",
                  "copy_n", "copy_if", "copy_backward", "move",
                  "move_backward", "replace", "replace_if", "remove",
                  "remove_if", "unique", "iota", "swap_ranges", "iter_swap",
                  "partition", "stable_partition", "inplace_merge",
                  "make_heap", "push_heap", "pop_heap", "sort_heap",
                  "next_permutation", "prev_permutation"});
}

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
    return nullptr;
  }
  return nullptr;
}

/// How the walk sees the current expression.
enum class Mode {
  Object,       // denotes the variable or a part of it
  AddressOf,    // a pointer to the variable or to a part it owns
  MovedObject,  // std::move(x): an xvalue of the variable
};

class Walker {
public:
  Walker(ASTContext &Ctx, const Stmt *Body,
         llvm::function_ref<ExprMutationAnalyzer *(const Stmt *)> Analyzer,
         unsigned Depth = 0)
      : Ctx(Ctx), Body(Body), AnalyzerFor(Analyzer), Depth(Depth) {}

  Access run(const Expr &Ref, Mode Start);

private:
  Access write(WriteKind K, const Stmt *Site, SizeEffect Size = SizeEffect::None,
               std::string Detail = {}) {
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
  /// The variable's own type is a plain pointer: what it points to is not
  /// the variable (a logger, a service), only the pointer value is.
  bool curIsPlainPointerObject() const {
    return M == Mode::Object && Cur->getType()->isAnyPointerType();
  }
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

  ASTContext &Ctx;
  const Stmt *Body;
  llvm::function_ref<ExprMutationAnalyzer *(const Stmt *)> AnalyzerFor;
  unsigned Depth; // alias nesting: auto &a = x; auto &b = a; ...
  const Expr *Cur = nullptr;
  Mode M = Mode::Object;
  bool ToPart = false;
  /// Seen through a cast that adds const: only const members can be called.
  bool ConstView = false;
};

std::optional<Access> Walker::dependentMemberCall(llvm::StringRef Name,
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
std::optional<Access> Walker::followResult(const FunctionDecl &Callee,
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
                   Algo->getDirectCallee()->getNameAsString());
  return read(); // values, const iterators, iterators kept for reading
}

std::optional<Access> Walker::memberCall(const CXXMethodDecl &MD,
                                         const Expr &Call, bool ViaArrow) {
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
  if (ConstView)
    return read();
  // Locking, waiting and notifying change the synchronisation object only in
  // the way it exists for: never a write to report, whatever IgnoredTypes says.
  if (RD && isSynchronisationCall(*RD, Name))
    return read();
  if (MD.isConst())
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
    return write(Compound ? WriteKind::Assignment : WriteKind::MutatingCall,
                 &Call,
                 Op == OO_PlusEqual ? SizeEffect::Grows : SizeEffect::Unknown,
                 Name);
  }
  return write(WriteKind::MutatingCall, &Call, sizeEffectOfMemberCall(Name),
               Name);
}

std::optional<Access> Walker::argument(const CallExpr &Call, const Expr &Arg) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee) {
    // Dependent or indirect call: nothing tells us the parameter type, and
    // most such calls in templates only look (helpers taking const T&).
    return read();
  }
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
  if (isFreeAccessor(*Callee)) {
    QualType Result = Callee->getReturnType();
    if (isNonConstLValueRef(Result)) {
      Cur = &Call;
      ToPart = true;
      M = Mode::Object;
      return std::nullopt;
    }
    return read();
  }
  if (curIsMutexHandedToLock(isStdLockFunction(Callee)))
    return read();
  const ParmVarDecl *Param = parameterFor(Call, Arg);
  if (!Param)
    return read(); // variadic: passed by value
  QualType T = Param->getType();
  std::string Name = Callee->getNameAsString();
  SizeEffect Size = (Name == "swap" || Name == "exchange")
                        ? SizeEffect::Shrinks
                        : SizeEffect::Unknown;
  switch (M) {
  case Mode::Object:
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
    if (isPointerToNonConst(T))
      return write(WriteKind::NonConstPointerArg, &Call, SizeEffect::Unknown,
                   Name);
    return read();
  }
  return read();
}

std::optional<Access>
Walker::constructArgument(const CXXConstructExpr &Construct) {
  const CXXConstructorDecl *Ctor = Construct.getConstructor();
  for (unsigned I = 0, N = Construct.getNumArgs(); I < N; ++I) {
    if (Construct.getArg(I) != Cur)
      continue;
    if (!Ctor || I >= Ctor->getNumParams() || curIsMutexHandedToLock(true))
      return read();
    QualType T = Ctor->getParamDecl(I)->getType();
    if (M == Mode::MovedObject && isNonConstRValueRef(T))
      return write(WriteKind::MovedFrom, &Construct, SizeEffect::Shrinks);
    if (M == Mode::Object && isNonConstLValueRef(T))
      return write(WriteKind::NonConstReferenceArg, &Construct,
                   SizeEffect::Unknown, Ctor->getParent()->getNameAsString());
    if (M == Mode::AddressOf && isPointerToNonConst(T))
      return write(WriteKind::NonConstPointerArg, &Construct,
                   SizeEffect::Unknown, Ctor->getParent()->getNameAsString());
    return read();
  }
  return read();
}

/// `auto &r = x;` or `T *p = &x;`: written when the alias is written through.
std::optional<Access> Walker::boundTo(const VarDecl &VD, const Stmt *Site) {
  QualType T = VD.getType();
  bool RefAlias = M == Mode::Object && T->isReferenceType() &&
                  !T.getNonReferenceType().isConstQualified();
  bool PtrAlias = M == Mode::AddressOf && isPointerToNonConst(T);
  if (M == Mode::MovedObject && !T->isReferenceType())
    return write(WriteKind::MovedFrom, Site, SizeEffect::Shrinks);
  if (!RefAlias && !PtrAlias)
    return read();
  if (!VD.isLocalVarDecl() || VD.hasGlobalStorage())
    return write(WriteKind::ReferenceEscapes, Site, SizeEffect::Unknown,
                 VD.getNameAsString());
  // Follow every use of the alias with this same walker (it knows
  // accessors, smart pointers and container growth), then ask clang's
  // ExprMutationAnalyzer about what the walker saw no write in.
  std::optional<Access> Found;
  if (Body && Depth < 4) {
    for (const ast_matchers::BoundNodes &Use : ast_matchers::match(
             ast_matchers::findAll(
                 ast_matchers::declRefExpr(ast_matchers::to(
                                               ast_matchers::equalsNode(&VD)))
                     .bind("use")),
             *Body, Ctx)) {
      Walker Inner(Ctx, Body, AnalyzerFor, Depth + 1);
      Access A = Inner.run(*Use.getNodeAs<Expr>("use"),
                           PtrAlias ? Mode::AddressOf : Mode::Object);
      if (!A.IsWrite)
        continue;
      // Keep the write that says least about growth: one shrinking or
      // unknown use makes the alias as a whole not only-growing.
      if (!Found || A.Size == SizeEffect::Shrinks ||
          (A.Size == SizeEffect::Unknown && Found->Size != SizeEffect::Shrinks))
        Found = A;
    }
  }
  if (Found) {
    Access W = write(WriteKind::WrittenThroughAlias, Found->Site, Found->Size,
                     VD.getNameAsString());
    W.ToPart = W.ToPart || Found->ToPart;
    return W;
  }
  ExprMutationAnalyzer *EMA = AnalyzerFor(Body);
  if (!EMA)
    return read();
  const Stmt *By =
      RefAlias ? EMA->findMutation(&VD) : EMA->findPointeeMutation(&VD);
  if (!By)
    return read();
  return write(WriteKind::WrittenThroughAlias, By, SizeEffect::Unknown,
               VD.getNameAsString());
}

std::optional<Access> Walker::rangeFor(const CXXForRangeStmt &For) {
  const VarDecl *LoopVar = For.getLoopVariable();
  if (!LoopVar || !isNonConstLValueRef(LoopVar->getType()) ||
      M != Mode::Object)
    return read();
  ExprMutationAnalyzer *EMA = AnalyzerFor(For.getBody());
  const Stmt *By = EMA ? EMA->findMutation(LoopVar) : nullptr;
  if (!By)
    return read();
  ToPart = true;
  return write(WriteKind::WrittenThroughAlias, By, SizeEffect::None,
               LoopVar->getNameAsString());
}

Access Walker::run(const Expr &Ref, Mode Start) {
  Cur = &Ref;
  M = Start;
  for (unsigned Depth = 0; Depth < 256; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(*Cur);
    if (Parents.empty())
      return read();
    const DynTypedNode &PN = Parents[0];

    if (const auto *VD = PN.get<VarDecl>()) {
      if (VD->getInit() && VD->getInit()->IgnoreImplicit() ==
                               Cur->IgnoreImplicit()) {
        // The hidden `__range` variable of a range-for.
        if (VD->isImplicit())
          for (const DynTypedNode &Up : Ctx.getParents(*VD))
            if (const auto *DS = Up.get<DeclStmt>())
              for (const DynTypedNode &Up2 : Ctx.getParents(*DS))
                if (const auto *For = Up2.get<CXXForRangeStmt>())
                  return *rangeFor(*For);
        return *boundTo(*VD, VD->getInit());
      }
      return read();
    }
    if (const auto *Init = PN.get<CXXCtorInitializer>()) {
      // A reference member bound to the variable escapes it.
      const FieldDecl *F = Init->getMember();
      if (F && M == Mode::Object && isNonConstLValueRef(F->getType()))
        return write(WriteKind::ReferenceEscapes, Init->getInit(),
                     SizeEffect::Unknown, F->getNameAsString());
      if (M == Mode::MovedObject && F && !F->getType()->isReferenceType())
        return write(WriteKind::MovedFrom, Init->getInit(),
                     SizeEffect::Shrinks);
      return read();
    }
    const Stmt *P = PN.get<Stmt>();
    if (!P)
      return read();

    // Nodes that still denote the same object.
    if (isa<ParenExpr>(P) || isa<MaterializeTemporaryExpr>(P) ||
        isa<ExprWithCleanups>(P) || isa<CXXBindTemporaryExpr>(P)) {
      Cur = cast<Expr>(P);
      continue;
    }
    if (const auto *Cast = dyn_cast<CastExpr>(P)) {
      switch (Cast->getCastKind()) {
      case CK_NoOp:
      case CK_DerivedToBase:
      case CK_UncheckedDerivedToBase:
      case CK_BaseToDerived:
        if (M == Mode::AddressOf && !isPointerToNonConst(Cast->getType()))
          return read();
        // A cast that adds const only looks, unless it only serves to call
        // a const accessor that hands out a mutable part (operator->).
        if (Cast->getType().isConstQualified()) {
          const Stmt *Up = parentStmt(*Cast, Ctx);
          if (!Up || !(isa<MemberExpr>(Up) || isa<CXXOperatorCallExpr>(Up)))
            return read();
          ConstView = true;
        }
        Cur = Cast;
        continue;
      case CK_ArrayToPointerDecay:
        Cur = Cast;
        M = Mode::AddressOf;
        continue;
      case CK_BitCast:
        if (M == Mode::AddressOf && isPointerToNonConst(Cast->getType())) {
          Cur = Cast;
          continue;
        }
        return read();
      case CK_LValueToRValue:
        if (M == Mode::MovedObject)
          return write(WriteKind::MovedFrom, Cast, SizeEffect::Shrinks);
        // A pointer to our elements, copied: keep following it.
        if (M == Mode::AddressOf) {
          Cur = Cast;
          continue;
        }
        return read();
      default:
        return read();
      }
    }
    if (const auto *ME = dyn_cast<MemberExpr>(P)) {
      if (ME->getBase()->IgnoreImplicit() != Cur->IgnoreImplicit() &&
          ME->getBase() != Cur)
        return read();
      const ValueDecl *Member = ME->getMemberDecl();
      if (const auto *MD = dyn_cast<CXXMethodDecl>(Member)) {
        if (MD->isStatic())
          return read();
        const Stmt *CallP = parentStmt(*ME, Ctx);
        const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(CallP);
        if (!Call)
          return read(); // &X::f or an unresolved bound member
        if (auto R = memberCall(*MD, *Call, ME->isArrow()))
          return *R;
        continue;
      }
      if (!isa<FieldDecl>(Member))
        return read(); // another static member named through the object
      if (ME->isArrow()) {
        if (M != Mode::AddressOf)
          return read(); // through a plain pointer: not ours
        M = Mode::Object;
      }
      Cur = ME;
      ToPart = true;
      continue;
    }
    if (const auto *Sub = dyn_cast<ArraySubscriptExpr>(P)) {
      if (Sub->getBase()->IgnoreImplicit() != Cur->IgnoreImplicit() &&
          Sub->getBase() != Cur)
        return read();
      // Arrays decay before indexing, except in templates, where a
      // dependent array is indexed as it is.
      bool DependentArray = M == Mode::Object &&
                            (Cur->getType()->isArrayType() ||
                             Cur->getType()->isDependentType());
      if (M != Mode::AddressOf && !DependentArray)
        return read(); // a plain pointer's pointee
      Cur = Sub;
      M = Mode::Object;
      ToPart = true;
      continue;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(P)) {
      switch (UO->getOpcode()) {
      case UO_PreInc:
      case UO_PreDec:
      case UO_PostInc:
      case UO_PostDec:
        if (M == Mode::AddressOf)
          return read(); // pointer arithmetic on a temporary pointer
        return write(WriteKind::IncrementDecrement, UO);
      case UO_AddrOf:
        if (M != Mode::Object)
          return read();
        Cur = UO;
        M = Mode::AddressOf;
        continue;
      case UO_Deref:
        if (M != Mode::AddressOf)
          return read();
        Cur = UO;
        M = Mode::Object;
        continue;
      default:
        return read();
      }
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(P)) {
      if (BO->isAssignmentOp()) {
        if (BO->getLHS()->IgnoreParens() == Cur->IgnoreParens() ||
            BO->getLHS() == Cur) {
          if (M != Mode::Object)
            return read();
          return write(WriteKind::Assignment, BO,
                       BO->getOpcode() == BO_Assign ? SizeEffect::Shrinks
                                                    : SizeEffect::Unknown);
        }
        // `alias = &x;` into a local pointer: followed like a declaration.
        if (M == Mode::AddressOf)
          if (const auto *DRE =
                  dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
            if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
              return *boundTo(*VD, BO);
        return read(); // stored as a marker, or a value copied
      }
      if (BO->getOpcode() == BO_Comma && BO->getRHS() == Cur) {
        Cur = BO;
        continue;
      }
      if (BO->isAdditiveOp() && M == Mode::AddressOf) {
        Cur = BO; // arr + n: still our elements
        continue;
      }
      if (BO->isTypeDependent() && M == Mode::Object &&
          BO->getOpcode() == BO_Assign && BO->getLHS() == Cur)
        return write(WriteKind::Assignment, BO);
      return read(); // comparisons, arithmetic: values and identity
    }
    if (const auto *CO = dyn_cast<AbstractConditionalOperator>(P)) {
      if (CO->getCond() == Cur)
        return read();
      if (CO->isGLValue() || M == Mode::AddressOf) {
        Cur = CO;
        continue;
      }
      return read();
    }
    if (const auto *OpCall = dyn_cast<CXXOperatorCallExpr>(P)) {
      const auto *MD = dyn_cast_or_null<CXXMethodDecl>(OpCall->getDirectCallee());
      if (MD && !MD->isStatic() && OpCall->getNumArgs() > 0 &&
          (OpCall->getArg(0) == Cur ||
           OpCall->getArg(0)->IgnoreImplicit() == Cur->IgnoreImplicit())) {
        if (M == Mode::AddressOf || curIsPlainPointerObject())
          return read();
        if (auto R = memberCall(*MD, *OpCall, false))
          return *R;
        continue;
      }
      if (auto R = argument(*OpCall, *Cur))
        return *R;
      continue;
    }
    if (const auto *Call = dyn_cast<CallExpr>(P)) {
      if (Call->getCallee() == Cur)
        return read(); // calling a function pointer or functor by value
      if (isa<CXXMemberCallExpr>(Call) &&
          cast<CXXMemberCallExpr>(Call)->getImplicitObjectArgument() == Cur)
        return read(); // reached through the callee MemberExpr instead
      if (auto R = argument(*Call, *Cur))
        return *R;
      continue;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(P)) {
      if (auto R = constructArgument(*Construct))
        return *R;
      continue;
    }
    if (isa<CXXFunctionalCastExpr>(P) || isa<CXXStaticCastExpr>(P) ||
        isa<CStyleCastExpr>(P)) {
      Cur = cast<Expr>(P);
      continue;
    }
    if (isa<ReturnStmt>(P)) {
      // Handing out a non-const reference or pointer lets callers write.
      QualType RT = enclosingReturnType(*P, Ctx);
      if (RT.isNull())
        return read();
      if (M == Mode::Object && isNonConstLValueRef(RT))
        return write(WriteKind::ReferenceEscapes, P, SizeEffect::Unknown);
      if (M == Mode::AddressOf && isPointerToNonConst(RT))
        return write(WriteKind::ReferenceEscapes, P, SizeEffect::Unknown);
      if (M == Mode::MovedObject && !RT->isReferenceType())
        return write(WriteKind::MovedFrom, P, SizeEffect::Shrinks);
      return read();
    }
    if (const auto *Dep = dyn_cast<CXXDependentScopeMemberExpr>(P)) {
      if (Dep->isImplicitAccess() || Dep->getBase() != Cur)
        return read();
      if (M == Mode::AddressOf && !Dep->isArrow())
        return read();
      const Stmt *CallP = parentStmt(*Dep, Ctx);
      if (const auto *Call = dyn_cast_or_null<CallExpr>(CallP))
        if (Call->getCallee() == Dep)
          return *dependentMemberCall(Dep->getMember().getAsString(), Call);
      Cur = Dep; // a member of a dependent object: part of it
      ToPart = true;
      continue;
    }
    if (const auto *Unresolved = dyn_cast<UnresolvedMemberExpr>(P)) {
      if (Unresolved->isImplicitAccess() || Unresolved->getBase() != Cur)
        return read();
      const Stmt *CallP = parentStmt(*Unresolved, Ctx);
      if (const auto *Call = dyn_cast_or_null<CallExpr>(CallP))
        return *dependentMemberCall(Unresolved->getMemberName().getAsString(),
                                    Call);
      return read();
    }
    if (const auto *For = dyn_cast<CXXForRangeStmt>(P)) {
      if (For->getRangeInit() == Cur)
        return *rangeFor(*For);
      return read();
    }
    return read();
  }
  return read();
}

} // namespace

SourceLocation Access::location() const {
  // Point at the operator, as clang does for built-in operators.
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Site))
    if (Op->getOperator() != OO_Call && Op->getOperator() != OO_Subscript &&
        Op->getOperator() != OO_Arrow)
      return Op->getOperatorLoc();
  if (Site) {
    if (const auto *E = dyn_cast<Expr>(Site))
      return E->getExprLoc();
    return Site->getBeginLoc();
  }
  return Object ? Object->getExprLoc() : SourceLocation();
}

bool isMapLike(const CXXRecordDecl &RD) {
  // std::map, unordered_map, absl/boost/Qt maps: they name a mapped_type.
  for (const NamedDecl *D : RD.lookup(&RD.getASTContext().Idents.get("mapped_type")))
    if (isa<TypedefNameDecl>(D))
      return true;
  return false;
}

SizeEffect sizeEffectOfMemberCall(llvm::StringRef Name) {
  if (isOneOf(Name, {"push_back", "push_front", "emplace", "emplace_back",
                     "emplace_front", "emplace_hint", "insert",
                     "insert_or_assign", "try_emplace", "append", "push",
                     "operator+=", "append_range", "insert_range",
                     "prepend_range", "push_range"}))
    return SizeEffect::Grows;
  // resize and assign count as shrinking: their direction is unknown, and
  // a container that is ever cut back is not the unbounded kind.
  if (isOneOf(Name, {"erase", "clear", "pop_back", "pop_front", "pop", "swap",
                     "shrink_to_fit", "extract", "resize", "assign", "reset",
                     "release", "remove", "remove_if", "unique", "splice",
                     "merge", "erase_if", "operator=", "assign_range"}))
    return SizeEffect::Shrinks;
  if (isOneOf(Name, {"sort", "reverse", "reserve", "rehash"}))
    return SizeEffect::None;
  return SizeEffect::Unknown;
}

std::string describeWrite(const Access &A) {
  std::string Part = A.ToPart ? " (a part of it)" : "";
  switch (A.Kind) {
  case WriteKind::None:
    return "read here";
  case WriteKind::Assignment:
    return "assigned here" + Part;
  case WriteKind::IncrementDecrement: {
    bool Dec = false;
    if (const auto *UO = dyn_cast_or_null<UnaryOperator>(A.Site))
      Dec = UO->isDecrementOp();
    else if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(A.Site))
      Dec = Op->getOperator() == OO_MinusMinus;
    return (Dec ? "decremented here" : "incremented here") + Part;
  }
  case WriteKind::MutatingCall:
    if (A.Size == SizeEffect::Grows)
      return "grown here by '" + A.Detail + "'";
    return "modified here by '" + A.Detail + "'" + Part;
  case WriteKind::NonConstReferenceArg:
    return "passed by non-const reference to '" + A.Detail + "' here" + Part;
  case WriteKind::NonConstPointerArg:
    return "passed by non-const pointer to '" + A.Detail + "' here" + Part;
  case WriteKind::WrittenThroughAlias:
    return "written here through '" + A.Detail + "'";
  case WriteKind::ReferenceEscapes:
    return "handed out here by non-const reference or pointer";
  case WriteKind::MovedFrom:
    return "moved from here";
  case WriteKind::PossibleWrite:
    return A.Detail.empty() ? "possibly modified here (dependent call)"
                            : "possibly modified here by '" + A.Detail + "'";
  }
  return "written here";
}

ExprMutationAnalyzer *MutationAnalyzer::analyzerFor(const Stmt *Body) {
  if (!Body)
    return nullptr;
  auto &Slot = BodyAnalyzers[Body];
  if (!Slot)
    Slot = std::make_unique<ExprMutationAnalyzer>(*Body, Ctx);
  return Slot.get();
}

Access MutationAnalyzer::compute(const Expr &Ref, const Stmt *Body) {
  // function_ref does not own its callee: keep the lambda alive.
  auto AnalyzerFor = [this](const Stmt *B) { return analyzerFor(B); };
  Walker W(Ctx, Body, AnalyzerFor);
  return W.run(Ref, Mode::Object);
}

const Access &MutationAnalyzer::classify(const Expr &Ref, const Stmt *Body) {
  auto It = Results.find(&Ref);
  if (It != Results.end())
    return It->second;
  Access A = compute(Ref, Body);
  return Results.try_emplace(&Ref, std::move(A)).first->second;
}

} // namespace clang::tidy::static_state
