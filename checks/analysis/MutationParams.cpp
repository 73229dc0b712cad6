//===- MutationParams.cpp - does a callee write through a parameter? ------===//
//
// What the body of a function does with a reference or pointer parameter a
// static is handed to: clang's FunctionParmMutationAnalyzer, a proof that a
// pointer is only loaded through, and calls that hand the parameter on to
// another helper followed a few calls deep.
//
//===----------------------------------------------------------------------===//

#include "analysis/CallNames.h"
#include "analysis/Mutation.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/Version.h"

namespace clang::tidy::static_state {

namespace {

/// Whether every use of a pointer parameter in a body loads a value through
/// it (`p[i]`, `rows[i][j]`, `*p` read as a value) and nothing else: the
/// pointer is never stored, handed on, compared or written through. Walked
/// top down from each load, so no parent map of the callee is needed.
/// clang's pointee analysis counts a row of `int rows[][3]` decaying to a
/// non-const `int *` as a possible write; this proof does not.
class OnlyElementLoads : public RecursiveASTVisitor<OnlyElementLoads> {
public:
  explicit OnlyElementLoads(const ParmVarDecl &Param) : Param(Param) {}

  bool holdsIn(const Stmt &Body) {
    TraverseStmt(const_cast<Stmt *>(&Body));
    return Uses > 0 && Loads.size() == Uses;
  }

  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    Uses += DRE->getDecl() == &Param;
    return true;
  }

  bool VisitImplicitCastExpr(ImplicitCastExpr *Cast) {
    if (Cast->getCastKind() != CK_LValueToRValue)
      return true;
    const Expr *E = Cast->getSubExpr()->IgnoreParens();
    bool ThroughPointer = false;
    while (true) {
      if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
        E = ASE->getBase()->IgnoreParens();
        ThroughPointer = true;
      } else if (const auto *UO = dyn_cast<UnaryOperator>(E);
                 UO && UO->getOpcode() == UO_Deref) {
        E = UO->getSubExpr()->IgnoreParens();
        ThroughPointer = true;
      } else if (const auto *Inner = dyn_cast<ImplicitCastExpr>(E);
                 Inner && (Inner->getCastKind() == CK_ArrayToPointerDecay ||
                           Inner->getCastKind() == CK_LValueToRValue ||
                           Inner->getCastKind() == CK_NoOp)) {
        E = Inner->getSubExpr()->IgnoreParens();
      } else {
        break;
      }
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E);
        ThroughPointer && DRE && DRE->getDecl() == &Param)
      Loads.insert(DRE);
    return true;
  }

private:
  const ParmVarDecl &Param;
  unsigned Uses = 0;
  llvm::SmallPtrSet<const DeclRefExpr *, 8> Loads;
};

} // namespace

namespace {

/// How many calls deep a parameter handed on is followed.
constexpr unsigned MaxHandOnDepth = 4;
/// Helpers added one by one to the parent map's scope before it takes the
/// whole translation unit (MutationAnalyzer::coverWithParents).
constexpr unsigned MaxHelpersAddedToScope = 16;

/// One walk over a body for a parameter: its uses, and those that are
/// nothing but an argument bound to a reference parameter of a named
/// function (`readSize(v)`, `helper(t)` with `T &`), through parentheses
/// and casts that keep the object, with the function and parameter (not an
/// operator call, whose object is an argument too), or the object of a call
/// handing out an element. Found top down: the parent map may not cover a
/// callee's body.
class ReferenceArguments : public RecursiveASTVisitor<ReferenceArguments> {
public:
  using Binding = std::pair<const FunctionDecl *, const ParmVarDecl *>;
  ReferenceArguments(const ParmVarDecl &Param, const Stmt &Body)
      : Param(Param) {
    TraverseStmt(const_cast<Stmt *>(&Body));
  }
  /// Every use of the parameter in the body, in order.
  llvm::ArrayRef<const DeclRefExpr *> uses() const { return Uses; }
  Binding of(const DeclRefExpr &Use) const { return Found.lookup(&Use); }
  /// The call that hands out a reference to a part of the parameter, when
  /// \p Use is only its object (`v[i]`, `v.at(i)`, `v.front()`), or null.
  const CallExpr *partHandedOut(const DeclRefExpr &Use) const {
    return Parts.lookup(&Use);
  }

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (E->getDecl() == &Param)
      Uses.push_back(E);
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (const DeclRefExpr *Object = objectOfPartAccessor(*Call))
      Parts[Object] = Call;
    if (!Callee || isa<CXXOperatorCallExpr>(Call))
      return true;
    for (unsigned I = 0; I < Call->getNumArgs() && I < Callee->getNumParams();
         ++I)
      if (const DeclRefExpr *Use = namedParam(Call->getArg(I));
          Use && Callee->getParamDecl(I)->getType()->isReferenceType())
        Found[Use] = {Callee, Callee->getParamDecl(I)};
    return true;
  }

private:
  /// `p[i]` of a class that is not map-like (its `[]` would insert),
  /// `p.at(i)`, `p.front()`, `p.back()`, returning a reference: the object
  /// if it is the parameter. Iterators and pointers are not followed.
  const DeclRefExpr *objectOfPartAccessor(const CallExpr &Call) const {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call.getDirectCallee());
    if (!MD || !MD->getReturnType()->isLValueReferenceType())
      return nullptr;
    const Expr *Object = nullptr;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call)) {
      if (Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2 &&
          !isMapLike(*MD->getParent()))
        Object = Op->getArg(0);
    } else if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call)) {
      if (MD->getIdentifier() &&
          isOneOf(MD->getName(), {"at", "front", "back"}))
        Object = Member->getImplicitObjectArgument();
    }
    return Object ? namedParam(Object) : nullptr;
  }

  const DeclRefExpr *namedParam(const Expr *E) const {
    while (true) {
      E = E->IgnoreParens();
      const auto *Cast = dyn_cast<ImplicitCastExpr>(E);
      if (!Cast || !(Cast->getCastKind() == CK_NoOp ||
                     Cast->getCastKind() == CK_DerivedToBase ||
                     Cast->getCastKind() == CK_UncheckedDerivedToBase))
        break;
      E = Cast->getSubExpr();
    }
    const auto *DRE = dyn_cast<DeclRefExpr>(E);
    return DRE && DRE->getDecl() == &Param ? DRE : nullptr;
  }

  const ParmVarDecl &Param;
  std::vector<const DeclRefExpr *> Uses;
  llvm::DenseMap<const DeclRefExpr *, Binding> Found;
  llvm::DenseMap<const DeclRefExpr *, const CallExpr *> Parts;
};

} // namespace

bool MutationAnalyzer::isParamWritten(const FunctionDecl &Callee,
                                      const ParmVarDecl &Param, bool Pointee,
                                      unsigned Depth) {
  const FunctionDecl *Def = Callee.getDefinition();
  if (!Def || !Def->hasBody() || Def->isTemplated() ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return true;
  // A virtual call may reach an override whose body is not this one.
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Def); MD && mayRunAnotherBody(*MD))
    return true;
  unsigned Index = Param.getFunctionScopeIndex();
  if (Index >= Def->getNumParams())
    return true;
  coverWithParents(*Def);
  // Through a pointer: a body that only loads values through it reads;
  // otherwise clang's pointee analysis of the callee's body (a write through
  // it, or the pointer handed on to anything that may write). LLVM 19's
  // misses writes through `p[i][j]` and a pointer stored away: there, a
  // pointer parameter used in any other way stays a write.
  if (Pointee) {
    const ParmVarDecl *P = Def->getParamDecl(Index);
    auto [Known, New] = OnlyLoadedThrough.try_emplace(P, false);
    if (New)
      Known->second = OnlyElementLoads(*P).holdsIn(*Def->getBody());
    if (Known->second)
      return false;
#if CLANG_VERSION_MAJOR >= 22
    return analyzerFor(Def->getBody())->isPointeeMutated(
        Def->getParamDecl(Index));
#else
    return true;
#endif
  }
  const ParmVarDecl *DefParam = Def->getParamDecl(Index);
  // A call back into a parameter being judged adds no write of its own:
  // whatever writes it is another use, judged on its own.
  if (ParamsBeingJudged.contains(DefParam))
    return false;
  if (Depth > 0)
    return isWrittenOrHandedOnToWriter(*Def, *DefParam, Depth);
  auto [Known, New] = ParamWrites.try_emplace(DefParam, true);
  if (New)
    Known->second = isWrittenOrHandedOnToWriter(*Def, *DefParam, Depth);
  return Known->second;
}


void MutationAnalyzer::coverWithParents(const FunctionDecl &Def) {
  // clang's analyzers climb parents: `auto &r = v; r.push_back(1);` is
  // found through the DeclStmt above `r`. The checks restrict the parent
  // map to the code that names their statics; a helper outside it has no
  // parents, and a write through an alias would go unseen. Add the helper
  // to the scope rather than the whole translation unit, whose map may cost
  // more than the checks. Each addition rebuilds the map on its next use:
  // past a few helpers, one map of the whole translation unit is cheaper.
  if (!Ctx.getParents(*Def.getBody()).empty())
    return;
  auto Current = Ctx.getTraversalScope();
  std::vector<Decl *> Scope(Current.begin(), Current.end());
  Scope.push_back(const_cast<FunctionDecl *>(&Def));
  if (++HelpersAddedToScope <= MaxHelpersAddedToScope) {
    Ctx.setTraversalScope(Scope);
    if (!Ctx.getParents(*Def.getBody()).empty())
      return;
  }
  Ctx.setTraversalScope(std::vector<Decl *>{Ctx.getTranslationUnitDecl()});
}

bool MutationAnalyzer::isWrittenOrHandedOnToWriter(const FunctionDecl &Def,
                                                   const ParmVarDecl &Param,
                                                   unsigned Depth) {
  if (!FunctionParmMutationAnalyzer::getFunctionParmMutationAnalyzer(
           Def, Ctx, ParamMemo)
           ->isMutated(&Param))
    return false;
  // clang follows a parameter handed on only into a forwarding reference:
  // `chain(v)` calling `readSize(v)`, or a template helper taking `T &`,
  // counts as a write. Follow each such use into the callee's body; any
  // other use clang calls a write is one. A constructor's initializers
  // are not uses of its body: keep clang's verdict there.
  if (Depth + 1 >= MaxHandOnDepth || isa<CXXConstructorDecl>(Def))
    return true;
  ExprMutationAnalyzer *Body = analyzerFor(Def.getBody());
  ReferenceArguments HandedOn(Param, *Def.getBody());
  ParamsBeingJudged.insert(&Param);
  bool Written = false, Explained = false;
  for (const DeclRefExpr *Use : HandedOn.uses()) {
    if (!Body->isMutated(Use))
      continue;
    Explained = true;
    // clang calls a non-const `v[i]` a write whatever happens to the
    // element; only what happens to it decides.
    if (const CallExpr *Part = HandedOn.partHandedOut(*Use);
        Part && !Body->isMutated(Part))
      continue;
    auto [Callee, CalleeParam] = HandedOn.of(*Use);
    Written = !Callee || isParamWritten(*Callee, *CalleeParam,
                                        /*Pointee=*/false, Depth + 1);
    if (Written)
      break;
  }
  ParamsBeingJudged.erase(&Param);
  // A write clang found in no use of the body (a lambda's capture): keep it.
  return Written || !Explained;
}

} // namespace clang::tidy::static_state
