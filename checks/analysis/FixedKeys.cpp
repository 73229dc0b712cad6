//===- FixedKeys.cpp - growth of a unique-key table by constant keys ------===//

#include "analysis/FixedKeys.h"
#include "analysis/CallNames.h"
#include "analysis/TypeShapes.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"

namespace clang::tidy::static_state {

namespace {

bool namesTypedef(const CXXRecordDecl &RD, llvm::StringRef Name) {
  for (const NamedDecl *D : RD.lookup(&RD.getASTContext().Idents.get(Name)))
    if (isa<TypedefNameDecl>(D))
      return true;
  return false;
}

/// The arguments the caller spelled: default arguments left out.
llvm::SmallVector<const Expr *, 4> spelledArgs(llvm::ArrayRef<const Expr *> Args) {
  llvm::SmallVector<const Expr *, 4> Spelled;
  for (const Expr *A : Args)
    if (!isa<CXXDefaultArgExpr>(A))
      Spelled.push_back(A);
  return Spelled;
}

const Expr *peel(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
      E = Cleanups->getSubExpr();
    else if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
      E = Temp->getSubExpr();
    else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
      E = Bind->getSubExpr();
    else if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
      E = Cast->getSubExpr();
    else
      return E;
  }
  return E;
}

bool isConstantKey(const Expr *E, ASTContext &Ctx, unsigned Depth = 0) {
  E = peel(E);
  if (!E || Depth > 4 || E->isValueDependent() || E->isTypeDependent())
    return false;
  if (isa<StringLiteral>(E))
    return true;
  // `std::string("icon")`, `QString("x")`: one spelled argument, converted.
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    auto Args = spelledArgs({Construct->getArgs(), Construct->getNumArgs()});
    return Args.size() == 1 && isConstantKey(Args[0], Ctx, Depth + 1);
  }
  // A named constant: `constexpr const char *kWindow = "Fl_Window";`.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
      if ((VD->isConstexpr() || VD->getType().isConstQualified()) &&
          !VD->getType()->isReferenceType() && VD->getInit())
        return isConstantKey(VD->getInit(), Ctx, Depth + 1);
  return E->getType()->isIntegralOrEnumerationType() &&
         E->isIntegerConstantExpr(Ctx);
}

/// The key of a map element spelled as `{k, v}`, `std::pair<K, V>(k, v)`,
/// `value_type(k, v)` or `std::make_pair(k, v)`; null for anything else.
const Expr *keyOfElement(const Expr *Element) {
  Element = peel(Element);
  if (const auto *List = dyn_cast_or_null<InitListExpr>(Element))
    return List->getNumInits() == 2 ? List->getInit(0) : nullptr;
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Element)) {
    auto Args = spelledArgs({Construct->getArgs(), Construct->getNumArgs()});
    return Args.size() == 2 ? Args[0] : nullptr;
  }
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Element))
    if (const auto *Callee = Call->getDirectCallee())
      if (Callee->getIdentifier() && Callee->getName() == "make_pair" &&
          Call->getNumArgs() == 2)
        return Call->getArg(0);
  return nullptr;
}

/// Callee name and spelled arguments of a member call, also where the
/// container's type depends on a template parameter.
bool memberCallParts(const Stmt &Site, std::string &Name,
                     llvm::SmallVector<const Expr *, 4> &Args) {
  const auto *Call = dyn_cast<CallExpr>(&Site);
  if (!Call || isa<CXXOperatorCallExpr>(Call))
    return false;
  const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
  if (const auto *ME = dyn_cast<MemberExpr>(Callee))
    Name = ME->getMemberDecl()->getNameAsString();
  else if (const auto *Dep = dyn_cast<CXXDependentScopeMemberExpr>(Callee))
    Name = Dep->getMember().getAsString();
  else if (const auto *Unresolved = dyn_cast<UnresolvedMemberExpr>(Callee))
    Name = Unresolved->getMemberName().getAsString();
  else
    return false;
  Args = spelledArgs({Call->getArgs(), Call->getNumArgs()});
  return true;
}

/// The key \p Site inserts, or null when it is not one argument of a
/// recognised inserting call.
const Expr *insertedKey(const Stmt &Site, bool IsMap) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Site))
    return Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2
               ? Op->getArg(1)
               : nullptr;
  if (const auto *Sub = dyn_cast<ArraySubscriptExpr>(&Site))
    return Sub->getRHS();
  std::string Name;
  llvm::SmallVector<const Expr *, 4> Args;
  if (!memberCallParts(Site, Name, Args) || Args.empty())
    return nullptr;
  if (Name == "try_emplace" || Name == "insert_or_assign")
    return Args[0]; // the hint overloads start with an iterator: not constant
  if (Name == "insert" && Args.size() == 1)
    return IsMap ? keyOfElement(Args[0]) : Args[0];
  if (Name == "emplace") {
    if (!IsMap)
      return Args.size() == 1 ? Args[0] : nullptr;
    return Args.size() == 2 ? Args[0] : keyOfElement(Args[0]);
  }
  return nullptr;
}

/// The container record \p Site works on (its object's type).
const CXXRecordDecl *containerOf(const Stmt &Site) {
  if (const auto *Sub = dyn_cast<ArraySubscriptExpr>(&Site))
    return classOrPatternOf(Sub->getLHS()->getType());
  const auto *Call = dyn_cast<CallExpr>(&Site);
  if (!Call)
    return nullptr;
  const Expr *Object = nullptr;
  const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    Object = Op->getNumArgs() > 0 ? Op->getArg(0) : nullptr;
  else if (const auto *ME = dyn_cast<MemberExpr>(Callee))
    Object = ME->getBase();
  else if (const auto *Dep = dyn_cast<CXXDependentScopeMemberExpr>(Callee))
    Object = Dep->isImplicitAccess() ? nullptr : Dep->getBase();
  return Object ? classOrPatternOf(Object->getType()) : nullptr;
}

/// The expression that uses the value of \p E, past parentheses, implicit
/// conversions and temporaries; null when there is none or several.
const Stmt *userOf(const Expr &E, ASTContext &Ctx) {
  const Stmt *Cur = &E;
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    auto Parents = Ctx.getParents(*Cur);
    if (Parents.size() != 1)
      return nullptr;
    const Stmt *Parent = Parents[0].get<Stmt>();
    if (!Parent)
      return nullptr;
    if (!isa<ParenExpr, ImplicitCastExpr, MaterializeTemporaryExpr,
             CXXBindTemporaryExpr, ExprWithCleanups>(Parent))
      return Parent;
    Cur = Parent;
  }
  return nullptr;
}

bool isAssignedWhole(const Expr &Element, ASTContext &Ctx) {
  const Stmt *User = userOf(Element, Ctx);
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(User))
    return BO->getOpcode() == BO_Assign &&
           BO->getLHS()->IgnoreParenImpCasts() == &Element;
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(User))
    return Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
           Op->getArg(0)->IgnoreParenImpCasts() == &Element;
  return false;
}

/// Whether the element \p Site reaches cannot grow through it (see
/// growsOnlyByConstantKey).
bool keepsElementSize(const Stmt &Site, bool IsMap, ASTContext &Ctx,
                      llvm::function_ref<bool(const Expr &)> IsMutated) {
  if (!IsMap)
    return true; // a set's elements are const
  const auto *Element = dyn_cast<Expr>(&Site);
  if (!Element)
    return false;
  if (isa<CXXOperatorCallExpr, ArraySubscriptExpr>(Element)) {
    QualType T = Element->getType().getNonReferenceType();
    if ((!T->isDependentType() && T->isScalarType()) ||
        isAssignedWhole(*Element, Ctx))
      return true;
    // Bound to a declaration (`auto &items = data["items"];`): clang's
    // analyzer misses writes through a reference initialised under
    // cleanups, so such an element may grow.
    return userOf(*Element, Ctx) && !IsMutated(*Element);
  }
  // insert/emplace/try_emplace: the returned iterator reaches the element.
  const Stmt *User = userOf(*Element, Ctx);
  return User && isa<CompoundStmt>(User);
}

} // namespace

bool hasUniqueKeys(QualType T) {
  const CXXRecordDecl *RD = classOrPatternOf(T);
  if (!RD || !RD->getIdentifier() || !namesTypedef(*RD, "key_type"))
    return false;
  return !RD->getName().contains_insensitive("multi");
}

bool growsOnlyByConstantKey(const Stmt &Site, ASTContext &Ctx,
                            llvm::function_ref<bool(const Expr &)> IsMutated) {
  const CXXRecordDecl *Container = containerOf(Site);
  if (!Container)
    return false;
  bool IsMap = isMapLike(*Container);
  const Expr *Key = insertedKey(Site, IsMap);
  return Key && isConstantKey(Key, Ctx) &&
         keepsElementSize(Site, IsMap, Ctx, IsMutated);
}

} // namespace clang::tidy::static_state
