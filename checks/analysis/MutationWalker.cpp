//===- MutationWalker.cpp - the upward walk: structural steps -------------===//

#include "analysis/MutationWalker.h"
#include "analysis/References.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::static_state {

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

namespace {

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

/// A dependent specialization of a map template (`std::map<K, int>` in a
/// template of K): the template's pattern names a mapped_type.
bool isDependentMap(QualType T) {
  const auto *TST = T->getAs<TemplateSpecializationType>();
  if (!TST || !T->isDependentType())
    return false;
  // `CountMap<T>` for `template <class T> using CountMap = std::map<T, long>`.
  for (unsigned Depth = 0; TST->isTypeAlias() && Depth < 4; ++Depth) {
    const auto *Aliased =
        TST->getAliasedType()->getAs<TemplateSpecializationType>();
    if (!Aliased)
      return false;
    TST = Aliased;
  }
  const auto *CTD = dyn_cast_or_null<ClassTemplateDecl>(
      TST->getTemplateName().getAsTemplateDecl());
  return CTD && CTD->getTemplatedDecl() && isMapLike(*CTD->getTemplatedDecl());
}

} // namespace

Access MutationWalker::run(const Expr &Ref, Mode Start) {
  Cur = &Ref;
  M = Start;
  for (unsigned Depth = 0; Depth < 256; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(*Cur);
    if (Parents.empty())
      return read();
    if (std::optional<Access> Verdict = step(Parents[0]))
      return *Verdict;
  }
  return read();
}

std::optional<Access> MutationWalker::step(const DynTypedNode &PN) {
  if (const auto *VD = PN.get<VarDecl>())
    return declaration(*VD);
  if (const auto *Init = PN.get<CXXCtorInitializer>())
    return memberInitializer(*Init);
  const Stmt *P = PN.get<Stmt>();
  if (!P)
    return read();

  // Nodes that still denote the same object.
  if (isa<ParenExpr>(P) || isa<MaterializeTemporaryExpr>(P) ||
      isa<ExprWithCleanups>(P) || isa<CXXBindTemporaryExpr>(P))
    return climb(cast<Expr>(P));
  if (const auto *Cast = dyn_cast<CastExpr>(P))
    return conversion(*Cast);
  if (const auto *ME = dyn_cast<MemberExpr>(P))
    return member(*ME);
  if (const auto *Sub = dyn_cast<ArraySubscriptExpr>(P))
    return subscript(*Sub);
  if (const auto *UO = dyn_cast<UnaryOperator>(P))
    return unary(*UO);
  if (const auto *BO = dyn_cast<BinaryOperator>(P))
    return binary(*BO);
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(P))
    return conditional(*CO);
  if (const auto *OpCall = dyn_cast<CXXOperatorCallExpr>(P))
    return operatorCall(*OpCall);
  if (const auto *Call = dyn_cast<CallExpr>(P))
    return call(*Call);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(P))
    return constructArgument(*Construct);
  if (const auto *Return = dyn_cast<ReturnStmt>(P))
    return returned(*Return);
  // `new (buffer) T(...)`: an object is made in the variable's storage.
  if (const auto *New = dyn_cast<CXXNewExpr>(P))
    if (M == Mode::AddressOf &&
        llvm::is_contained(New->placement_arguments(), Cur))
      return write(WriteKind::NonConstPointerArg, New, SizeEffect::Unknown);
  if (const auto *Dep = dyn_cast<CXXDependentScopeMemberExpr>(P))
    return dependentMember(*Dep);
  if (const auto *Unresolved = dyn_cast<UnresolvedMemberExpr>(P))
    return unresolvedMember(*Unresolved);
  if (const auto *For = dyn_cast<CXXForRangeStmt>(P)) {
    if (For->getRangeInit() == Cur)
      return *rangeFor(*For);
    return read();
  }
  return read();
}

std::optional<Access> MutationWalker::declaration(const VarDecl &VD) {
  if (!VD.getInit() || VD.getInit()->IgnoreImplicit() != Cur->IgnoreImplicit())
    return read();
  // The hidden `__range` variable of a range-for.
  if (const CXXForRangeStmt *For = rangeForOfHiddenRange(VD, Ctx))
    return *rangeFor(*For);
  return *boundTo(VD, VD.getInit());
}

std::optional<Access>
MutationWalker::memberInitializer(const CXXCtorInitializer &Init) {
  // A reference member bound to the variable escapes it.
  const FieldDecl *F = Init.getMember();
  if (F && M == Mode::Object && isNonConstLValueRef(F->getType()))
    return write(WriteKind::ReferenceEscapes, Init.getInit(),
                 SizeEffect::Unknown, F->getNameAsString());
  if (M == Mode::MovedObject && F && !F->getType()->isReferenceType())
    return write(WriteKind::MovedFrom, Init.getInit(), SizeEffect::Shrinks);
  return read();
}

std::optional<Access> MutationWalker::conversion(const CastExpr &Cast) {
  switch (Cast.getCastKind()) {
  case CK_NoOp:
  case CK_DerivedToBase:
  case CK_UncheckedDerivedToBase:
  case CK_BaseToDerived:
    if (M == Mode::AddressOf && !isPointerToNonConst(Cast.getType()))
      return read();
    // A cast that adds const only looks, unless it only serves to call a
    // const accessor that hands out a mutable part (operator->), or it is
    // an iterator bound to be copied: a const iterator object still points
    // at mutable elements (`auto jt = it;`, `std::next(it)`).
    if (Cast.getType().isConstQualified() &&
        !(M == Mode::Iterator && isa_and_nonnull<CXXConstructExpr>(
                                     parentStmt(Cast, Ctx)))) {
      const Stmt *Up = parentStmt(Cast, Ctx);
      if (!Up || !(isa<MemberExpr>(Up) || isa<CXXOperatorCallExpr>(Up)))
        return read();
      ConstView = true;
    }
    return climb(&Cast);
  case CK_ArrayToPointerDecay:
    M = Mode::AddressOf;
    return climb(&Cast);
  case CK_BitCast:
    if (M == Mode::AddressOf && isPointerToNonConst(Cast.getType()))
      return climb(&Cast);
    return read();
  case CK_LValueToRValue:
    if (M == Mode::MovedObject)
      return write(WriteKind::MovedFrom, &Cast, SizeEffect::Shrinks);
    // A pointer to our elements, copied: keep following it.
    if (M == Mode::AddressOf)
      return climb(&Cast);
    return read();
  default:
    return read();
  }
}

std::optional<Access> MutationWalker::member(const MemberExpr &ME) {
  if (M == Mode::Iterator)
    return read(); // it.base(), a member of the iterator itself
  if (ME.getBase()->IgnoreImplicit() != Cur->IgnoreImplicit() &&
      ME.getBase() != Cur)
    return read();
  const ValueDecl *Member = ME.getMemberDecl();
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Member)) {
    if (MD->isStatic())
      return read();
    const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(parentStmt(ME, Ctx));
    if (!Call)
      return read(); // &X::f or an unresolved bound member
    return memberCall(*MD, *Call, ME.isArrow());
  }
  if (!isa<FieldDecl>(Member))
    return read(); // another static member named through the object
  if (ME.isArrow()) {
    if (M != Mode::AddressOf)
      return read(); // through a plain pointer: not ours
    M = Mode::Object;
  }
  ToPart = true;
  return climb(&ME);
}

std::optional<Access> MutationWalker::subscript(const ArraySubscriptExpr &Sub) {
  // getBase() picks the side that is not an integer: with a dependent key
  // (`table[k]` in a template) that is the key, so look at what is written.
  const Expr *Base = Sub.isTypeDependent() ? Sub.getLHS() : Sub.getBase();
  if (Base->IgnoreImplicit() != Cur->IgnoreImplicit() && Base != Cur)
    return read();
  // `table[k]` on a dependent std::map<K, V>: operator[] inserts a missing
  // key, as it does once the template is instantiated.
  if (M == Mode::Object && isDependentMap(Cur->getType()))
    return write(WriteKind::MutatingCall, &Sub, SizeEffect::Grows,
                 "operator[]");
  // Arrays decay before indexing, except in templates, where a dependent
  // array is indexed as it is.
  bool DependentArray =
      M == Mode::Object &&
      (Cur->getType()->isArrayType() || Cur->getType()->isDependentType());
  if (M != Mode::AddressOf && !DependentArray)
    return read(); // a plain pointer's pointee
  M = Mode::Object;
  ToPart = true;
  return climb(&Sub);
}

std::optional<Access> MutationWalker::unary(const UnaryOperator &UO) {
  switch (UO.getOpcode()) {
  case UO_PreInc:
  case UO_PreDec:
  case UO_PostInc:
  case UO_PostDec:
    if (M == Mode::AddressOf)
      return read(); // pointer arithmetic on a temporary pointer
    return write(WriteKind::IncrementDecrement, &UO);
  case UO_AddrOf:
    if (M != Mode::Object)
      return read();
    M = Mode::AddressOf;
    return climb(&UO);
  case UO_Deref:
    if (M != Mode::AddressOf)
      return read();
    M = Mode::Object;
    return climb(&UO);
  default:
    return read();
  }
}

std::optional<Access> MutationWalker::binary(const BinaryOperator &BO) {
  if (BO.isAssignmentOp()) {
    if (BO.getLHS()->IgnoreParens() == Cur->IgnoreParens() ||
        BO.getLHS() == Cur) {
      if (M != Mode::Object)
        return read();
      return write(WriteKind::Assignment, &BO,
                   BO.getOpcode() == BO_Assign ? SizeEffect::Shrinks
                                               : SizeEffect::Unknown);
    }
    // `alias = &x;` into a local pointer: followed like a declaration.
    if (M == Mode::AddressOf)
      if (const auto *DRE =
              dyn_cast<DeclRefExpr>(BO.getLHS()->IgnoreParenImpCasts()))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          return *boundTo(*VD, &BO);
    return read(); // stored as a marker, or a value copied
  }
  if (BO.getOpcode() == BO_Comma && BO.getRHS() == Cur)
    return climb(&BO);
  if (BO.isAdditiveOp() && M == Mode::AddressOf)
    return climb(&BO); // arr + n: still our elements
  if (BO.isTypeDependent() && M == Mode::Object &&
      BO.getOpcode() == BO_Assign && BO.getLHS() == Cur)
    return write(WriteKind::Assignment, &BO);
  return read(); // comparisons, arithmetic: values and identity
}

std::optional<Access>
MutationWalker::conditional(const AbstractConditionalOperator &CO) {
  if (CO.getCond() == Cur)
    return read();
  if (CO.isGLValue() || M == Mode::AddressOf)
    return climb(&CO);
  return read();
}

std::optional<Access> MutationWalker::returned(const ReturnStmt &Return) {
  // Handing out a non-const reference or pointer lets callers write.
  QualType RT = enclosingReturnType(Return, Ctx);
  if (RT.isNull())
    return read();
  if (M == Mode::Object && isNonConstLValueRef(RT))
    return write(WriteKind::ReferenceEscapes, &Return, SizeEffect::Unknown);
  if (M == Mode::AddressOf && isPointerToNonConst(RT))
    return write(WriteKind::ReferenceEscapes, &Return, SizeEffect::Unknown);
  if (M == Mode::MovedObject && !RT->isReferenceType())
    return write(WriteKind::MovedFrom, &Return, SizeEffect::Shrinks);
  return read();
}

std::optional<Access>
MutationWalker::dependentMember(const CXXDependentScopeMemberExpr &Dep) {
  if (Dep.isImplicitAccess() || Dep.getBase() != Cur)
    return read();
  if (M == Mode::AddressOf && !Dep.isArrow())
    return read();
  if (const auto *Call = dyn_cast_or_null<CallExpr>(parentStmt(Dep, Ctx)))
    if (Call->getCallee() == &Dep)
      return *dependentMemberCall(Dep.getMember().getAsString(), Call);
  ToPart = true; // a member of a dependent object: part of it
  return climb(&Dep);
}

std::optional<Access>
MutationWalker::unresolvedMember(const UnresolvedMemberExpr &UME) {
  if (UME.isImplicitAccess() || UME.getBase() != Cur)
    return read();
  if (const auto *Call = dyn_cast_or_null<CallExpr>(parentStmt(UME, Ctx)))
    return *dependentMemberCall(UME.getMemberName().getAsString(), Call);
  return read();
}

} // namespace clang::tidy::static_state
