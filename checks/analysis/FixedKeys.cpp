//===- FixedKeys.cpp - growth of a unique-key table by constant keys ------===//

#include "analysis/FixedKeys.h"
#include "analysis/CallNames.h"
#include "analysis/TypeShapes.h"
#include "analysis/WriteShapes.h"

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

bool isConstantKeyAt(const Expr *E, ASTContext &Ctx, unsigned Depth) {
  E = peel(E);
  if (!E || Depth > 4 || E->isValueDependent() || E->isTypeDependent())
    return false;
  if (isa<StringLiteral>(E))
    return true;
  // `std::string("icon")`, `QString("x")`: one spelled argument, converted.
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    auto Args = spelledArgs({Construct->getArgs(), Construct->getNumArgs()});
    return Args.size() == 1 && isConstantKeyAt(Args[0], Ctx, Depth + 1);
  }
  // A named constant: `constexpr const char *kWindow = "Fl_Window";`.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
      if ((VD->isConstexpr() || VD->getType().isConstQualified()) &&
          !VD->getType()->isReferenceType() && VD->getInit())
        return isConstantKeyAt(VD->getInit(), Ctx, Depth + 1);
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

/// The object a member or operator call \p Site works on, or null.
const Expr *objectOf(const Stmt &Site) {
  if (const auto *Sub = dyn_cast<ArraySubscriptExpr>(&Site))
    return Sub->getLHS();
  const auto *Call = dyn_cast<CallExpr>(&Site);
  if (!Call)
    return nullptr;
  const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    return Op->getNumArgs() > 0 ? Op->getArg(0) : nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(Callee))
    return ME->getBase();
  if (const auto *Dep = dyn_cast<CXXDependentScopeMemberExpr>(Callee))
    return Dep->isImplicitAccess() ? nullptr : Dep->getBase();
  return nullptr;
}

/// The container record \p Site works on (its object's type).
const CXXRecordDecl *containerOf(const Stmt &Site) {
  const Expr *Object = objectOf(Site);
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

/// Whether \p Site is a call on \p Container itself (`c.find(k)`, `c[k]`).
bool isCallOn(const Stmt &Site, const VarDecl &Container) {
  const Expr *Object = objectOf(Site);
  const VarDecl *Named = Object ? staticVariableNamedBy(Object) : nullptr;
  return Named && Named->getCanonicalDecl() == Container.getCanonicalDecl();
}

/// The key of a lookup of \p Container (`count`, `contains`, `find`, `[]`),
/// or null when \p E is none.
const Expr *lookedUpKey(const Expr &E, const VarDecl &Container) {
  if (!isCallOn(E, Container))
    return nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&E))
    return Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2
               ? Op->getArg(1)
               : nullptr;
  std::string Name;
  llvm::SmallVector<const Expr *, 4> Args;
  if (!memberCallParts(E, Name, Args) || Args.size() != 1)
    return nullptr;
  return Name == "count" || Name == "contains" || Name == "find" ? Args[0]
                                                                 : nullptr;
}

bool hasKeys(QualType T) {
  const CXXRecordDecl *RD = classOrPatternOf(T);
  return RD && namesTypedef(*RD, "key_type");
}

bool isMembershipTestAt(const Expr *Cond, const VarDecl &Container,
                        unsigned Depth) {
  Cond = peel(Cond);
  if (!Cond || Depth > 4)
    return false;
  const auto Either = [&](const Expr *A, const Expr *B) {
    return isMembershipTestAt(A, Container, Depth + 1) ||
           isMembershipTestAt(B, Container, Depth + 1);
  };
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond))
    return UO->getOpcode() == UO_LNot &&
           isMembershipTestAt(UO->getSubExpr(), Container, Depth + 1);
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond))
    return BO->isEqualityOp() && Either(BO->getLHS(), BO->getRHS());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Cond)) {
    if (Op->getOperator() == OO_Exclaim && Op->getNumArgs() == 1)
      return isMembershipTestAt(Op->getArg(0), Container, Depth + 1);
    if ((Op->getOperator() == OO_EqualEqual ||
         Op->getOperator() == OO_ExclaimEqual) &&
        Op->getNumArgs() == 2)
      return Either(Op->getArg(0), Op->getArg(1));
  }
  if (const auto *CastCall = dyn_cast<CXXMemberCallExpr>(Cond))
    if (isa<CXXConversionDecl>(CastCall->getMethodDecl()))
      return isMembershipTestAt(CastCall->getImplicitObjectArgument(),
                                Container, Depth + 1);
  // `auto it = c.find(k); if (it == c.end())`.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Cond))
    if (const auto *Local = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Local->isLocalVarDecl() && !Local->isStaticLocal() &&
          !Local->getType()->isReferenceType())
        return isMembershipTestAt(Local->getInit(), Container, Depth + 1);
  const Expr *Key = lookedUpKey(*Cond, Container);
  return Key && !isConstantKey(Key, Container.getASTContext());
}

/// The same variable, or the same member of the same object (`k`,
/// `req.name`, `this->id_`): one value where both are read in one function.
bool sameKey(const Expr *A, const Expr *B, unsigned Depth = 0) {
  A = peel(A);
  B = peel(B);
  if (!A || !B || Depth > 4)
    return false;
  if (isa<CXXThisExpr>(A) && isa<CXXThisExpr>(B))
    return true;
  const auto *RefA = dyn_cast<DeclRefExpr>(A);
  const auto *RefB = dyn_cast<DeclRefExpr>(B);
  if (RefA && RefB)
    return RefA->getDecl()->getCanonicalDecl() ==
           RefB->getDecl()->getCanonicalDecl();
  const auto *MemA = dyn_cast<MemberExpr>(A);
  const auto *MemB = dyn_cast<MemberExpr>(B);
  return MemA && MemB &&
         MemA->getMemberDecl()->getCanonicalDecl() ==
             MemB->getMemberDecl()->getCanonicalDecl() &&
         sameKey(MemA->getBase(), MemB->getBase(), Depth + 1);
}

/// Calls on \p Container in \p S whose key is \p Key, before \p Before.
bool looksUpBefore(const Stmt &S, const VarDecl &Container, const Expr &Key,
                   SourceLocation Before, const SourceManager &SM) {
  if (const auto *E = dyn_cast<Expr>(&S))
    if (const Expr *Looked = lookedUpKey(*E, Container))
      if (SM.isBeforeInTranslationUnit(E->getBeginLoc(), Before) &&
          sameKey(Looked, &Key))
        return true;
  for (const Stmt *Child : S.children())
    if (Child && looksUpBefore(*Child, Container, Key, Before, SM))
      return true;
  return false;
}

} // namespace

bool isConstantKey(const Expr *E, ASTContext &Ctx) {
  return isConstantKeyAt(E, Ctx, 0);
}

bool isKeyMembershipTest(const Expr &Cond, const VarDecl &Container) {
  return hasKeys(Container.getType()) &&
         isMembershipTestAt(&Cond, Container, 0);
}

bool insertsLookedUpKey(const Stmt &Site, const VarDecl &Container,
                        const Stmt &Body, ASTContext &Ctx) {
  if (!hasKeys(Container.getType()))
    return false;
  const CXXRecordDecl *RD = containerOf(Site);
  const Expr *Key = RD ? insertedKey(Site, isMapLike(*RD)) : nullptr;
  if (!Key || isConstantKey(Key, Ctx))
    return false;
  // `if (seen.insert(k).second)`: the insertion is the membership test.
  if (const auto *Member =
          dyn_cast_or_null<MemberExpr>(userOf(*dyn_cast<Expr>(&Site), Ctx)))
    if (const IdentifierInfo *Name = Member->getMemberDecl()->getIdentifier())
      if (Name->getName() == "second")
        return true;
  return looksUpBefore(Body, Container, *Key, Site.getBeginLoc(),
                       Ctx.getSourceManager());
}

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
