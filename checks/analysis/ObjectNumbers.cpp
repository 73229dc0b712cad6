//===- ObjectNumbers.cpp - a shared counter that numbers new objects ------===//

#include "analysis/ObjectNumbers.h"
#include "analysis/FunctionUses.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::static_state {

namespace {

/// `this->field` or `field` of the object itself.
bool isOwnMember(const Expr *E) {
  const auto *ME = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
  return ME && isa<FieldDecl>(ME->getMemberDecl()) &&
         isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts());
}

/// Whether \p S names one of \p Vars.
bool namesAnyOf(const Stmt &S, const llvm::SmallPtrSetImpl<const VarDecl *> &Vars) {
  if (const auto *DRE = dyn_cast<DeclRefExpr>(&S))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); VD && Vars.count(VD))
      return true;
  return llvm::any_of(S.children(), [&](const Stmt *Child) {
    return Child && namesAnyOf(*Child, Vars);
  });
}

/// A local variable of automatic storage named by \p E.
const VarDecl *namedLocal(const Expr *E) {
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  return VD && VD->hasLocalStorage() ? VD : nullptr;
}

/// The local \p S initialises (`std::string s = ...;`) or assigns
/// (`s = ...`, `s += ...`, built-in or a class's operator).
const VarDecl *localAssigned(const Stmt &S) {
  if (const auto *DS = dyn_cast<DeclStmt>(&S))
    if (DS->isSingleDecl())
      if (const auto *VD = dyn_cast<VarDecl>(DS->getSingleDecl()))
        return VD->hasLocalStorage() && VD->getInit() ? VD : nullptr;
  if (const auto *BO = dyn_cast<BinaryOperator>(&S))
    return BO->isAssignmentOp() ? namedLocal(BO->getLHS()) : nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&S);
      Op && Op->getNumArgs() == 2 &&
      (Op->getOperator() == OO_Equal || Op->getOperator() == OO_PlusEqual))
    return namedLocal(Op->getArg(0));
  return nullptr;
}

/// The value localAssigned(\p S) gets (not WriteShapes' assignedValue,
/// which reads a write to a static).
const Stmt *valueGivenToLocal(const Stmt &S) {
  if (const auto *DS = dyn_cast<DeclStmt>(&S))
    return cast<VarDecl>(DS->getSingleDecl())->getInit();
  if (const auto *BO = dyn_cast<BinaryOperator>(&S))
    return BO->getRHS();
  return cast<CXXOperatorCallExpr>(&S)->getArg(1);
}

/// A local handed to a call as a buffer it may fill: an array (decayed to
/// a pointer) or the address of a local.
const VarDecl *localBuffer(const Expr &Arg) {
  const Expr *E = Arg.IgnoreParenImpCasts();
  if (const auto *Addr = dyn_cast<UnaryOperator>(E); Addr && Addr->getOpcode() == UO_AddrOf)
    return namedLocal(Addr->getSubExpr());
  const VarDecl *VD = namedLocal(E);
  return VD && VD->getType()->isArrayType() ? VD : nullptr;
}

/// `this->field = ...` (or `field = ...`): a store into the object's own
/// member.
bool assignsOwnMember(const BinaryOperator &BO) {
  return BO.getOpcode() == BO_Assign && isOwnMember(BO.getLHS());
}

/// Whether the value of \p Site ends up in a member of the object being
/// built: `id_(next_id++)`, `int id_ = next_id++;`, `id_ = ++next_id;`.
bool flowsIntoMember(const Stmt &Site, ASTContext &Ctx) {
  bool Flows = false;
  forEachAncestor(
      DynTypedNode::create(Site), Ctx,
      [&](const DynTypedNode &P, const DynTypedNode &) {
        if (const auto *Init = P.get<CXXCtorInitializer>()) {
          Flows = Init->isAnyMemberInitializer();
          return false;
        }
        if (P.get<FieldDecl>()) {
          Flows = true;
          return false;
        }
        if (const auto *BO = P.get<BinaryOperator>()) {
          Flows = assignsOwnMember(*BO);
          return false;
        }
        // Through the expressions that compute the value, not past them.
        const Stmt *S = P.get<Stmt>();
        return S && isa<Expr>(S) && !isa<StmtExpr>(S);
      });
  return Flows;
}

/// The local or parameter \p Site's value is stored in (`style = n--;`,
/// `int id = ++n;`), if that is what the expression around it does.
const VarDecl *storedInLocal(const Stmt &Site, ASTContext &Ctx) {
  const Stmt *Top = skipTransparentUp(&Site, Ctx);
  const Stmt *P = Top ? parentStmt(*Top, Ctx) : nullptr;
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(P);
      Assign && Assign->getOpcode() == BO_Assign && Assign->getRHS() == Top)
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreParenImpCasts()))
      if (const auto *Local = dyn_cast<VarDecl>(DRE->getDecl());
          Local && !Local->hasGlobalStorage())
        return Local;
  // An initializer's parent is its variable, not the DeclStmt.
  if (!Top)
    return nullptr;
  DynTypedNodeList Parents = Ctx.getParents(*Top);
  if (Parents.size() == 1)
    if (const auto *Local = Parents[0].get<VarDecl>();
        Local && !Local->hasGlobalStorage() && Local->getInit() == Top)
      return Local;
  return nullptr;
}

/// The assignment `this->member = value` (`+=` too), built-in or a class's
/// operator: its value, or null.
const Expr *valueStoredInOwnMember(const Stmt &S) {
  if (const auto *BO = dyn_cast<BinaryOperator>(&S))
    return BO->isAssignmentOp() && isOwnMember(BO->getLHS()) ? BO->getRHS()
                                                             : nullptr;
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(&S);
  if (!Op || Op->getNumArgs() != 2 ||
      (Op->getOperator() != OO_Equal && Op->getOperator() != OO_PlusEqual))
    return nullptr;
  return isOwnMember(Op->getArg(0)) ? Op->getArg(1) : nullptr;
}

/// Whether \p Body stores \p Local, or a value made from it, in a member
/// of `this`: `style_nr = style;`, or muduo's thread name,
/// `snprintf(buf, sizeof buf, "Thread%d", num); name_ = buf;`. A value is
/// made from the local when a local is initialised or assigned from an
/// expression naming it, or is a buffer handed (as an array or by address)
/// to a call that is also handed it.
bool storesInMember(const Stmt &Body, const VarDecl &Local) {
  class Finder : public RecursiveASTVisitor<Finder> {
  public:
    explicit Finder(const VarDecl &Local) : Carriers{&Local} {}
    llvm::SmallPtrSet<const VarDecl *, 4> Carriers;
    bool Stored = false;

    bool VisitStmt(Stmt *S) {
      if (const Expr *Value = valueStoredInOwnMember(*S))
        Stored |= carries(Value);
      if (const VarDecl *To = localAssigned(*S); To && carries(valueGivenToLocal(*S)))
        Carriers.insert(To);
      if (const auto *Call = dyn_cast<CallExpr>(S);
          Call && llvm::any_of(Call->arguments(),
                               [&](const Expr *Arg) { return carries(Arg); }))
        for (const Expr *Arg : Call->arguments())
          if (const VarDecl *Buffer = localBuffer(*Arg))
            Carriers.insert(Buffer);
      return !Stored;
    }

  private:
    bool carries(const Stmt *E) const { return E && namesAnyOf(*E, Carriers); }
  } F(Local);
  // A value may pass through several locals before its store: walk again
  // while that finds new ones (the body is short, the chain shorter).
  for (size_t Known = 0; !F.Stored && Known != F.Carriers.size();) {
    Known = F.Carriers.size();
    F.TraverseStmt(const_cast<Stmt *>(&Body));
  }
  return F.Stored;
}

/// Whether \p Method, a non-public method, is called in the main file only
/// by constructors of its class (QScintilla's `QsciStyle::init`).
bool runsOnlyInConstructors(const CXXMethodDecl &Method, ASTContext &Ctx) {
  if (Method.getAccess() == AS_public || Method.isVirtual() ||
      Method.isStatic())
    return false;
  std::vector<FunctionUse> Uses = usesInMainFile(Method, Ctx);
  const CXXRecordDecl *Class = Method.getParent()->getCanonicalDecl();
  return !Uses.empty() && llvm::all_of(Uses, [&](const FunctionUse &U) {
    return U.Call && U.InConstructorOf &&
           U.InConstructorOf->getCanonicalDecl() == Class;
  });
}

} // namespace

bool numbersNewObject(const WriteFact &W, ASTContext &Ctx) {
  if (W.What.ToPart || countingDirection(W.What) == 0 || !W.What.Site)
    return false;
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(W.Where.Innermost);
  // Where the value lands first: a look at the expression and its function
  // is cheap, the walk over the main file for the method's callers is not.
  bool LandsInMember = flowsIntoMember(*W.What.Site, Ctx);
  if (!LandsInMember)
    if (const VarDecl *Local = storedInLocal(*W.What.Site, Ctx))
      LandsInMember = Method && Method->getBody() &&
                      storesInMember(*Method->getBody(), *Local);
  if (!LandsInMember)
    return false;
  if (W.Where.Kind == ContextKind::Constructor ||
      W.Where.Kind == ContextKind::MemberInitializer)
    return true;
  return Method && W.Where.Innermost == W.Where.Owner &&
         runsOnlyInConstructors(*Method, Ctx);
}

} // namespace clang::tidy::static_state
