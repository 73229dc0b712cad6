//===- Mutation.cpp - does a reference write the variable? ----------------===//
//
// The per-translation-unit cache and the words for notes; the walk itself is
// in MutationWalker.cpp and MutationWalkerCalls.cpp, what a callee does with
// a parameter in MutationParams.cpp.
//
//===----------------------------------------------------------------------===//

#include "analysis/Mutation.h"
#include "analysis/MutationWalker.h"
#include "analysis/References.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::static_state {

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

namespace {

/// Human words for a write: "assigned", "modified by 'push_back'".
std::string describeWriteKind(const Access &A) {
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
    if (isa_and_nonnull<CXXNewExpr>(A.Site))
      return "an object is made in it here by placement new";
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

/// Why a write found at a call or a hand-out is a possibility rather than a
/// seen write, for the note (empty when what writes is in view): a reader
/// can then judge such a finding quickly.
std::string uncertainty(const Access &A, const SourceManager &SM) {
  if (A.Kind == WriteKind::ReferenceEscapes)
    return ": whoever holds it may write it, which this translation unit "
           "does not show";
  if (A.Kind != WriteKind::NonConstReferenceArg &&
      A.Kind != WriteKind::NonConstPointerArg)
    return "";
  const FunctionDecl *Callee = nullptr;
  if (const auto *Call = dyn_cast_or_null<CallExpr>(A.Site))
    Callee = Call->getDirectCallee();
  else if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(A.Site))
    Callee = Construct->getConstructor();
  if (!Callee || SM.isInSystemHeader(Callee->getLocation()))
    return ""; // a library function's contract says what it writes
  if (A.ToOverridable)
    return ", a virtual function: an override may write it";
  const FunctionDecl *Def = Callee->getDefinition();
  if (!Def || !Def->hasBody())
    return ", whose body is not in this translation unit: it may only read it";
  return "";
}

} // namespace

std::string describeWrite(const Access &A, const SourceManager &SM) {
  return describeWriteKind(A) + uncertainty(A, SM);
}


bool MutationAnalyzer::isMutatedIn(const Expr &E, const Stmt &Body) {
  ExprMutationAnalyzer *Analyzer = analyzerFor(&Body);
  if (Analyzer->isMutated(&E))
    return true;
  // clang matches a reference's initializer through parentheses and
  // implicit casts only: in `auto &items = data["items"];` the key's
  // temporary wraps the call in ExprWithCleanups, and the writes through
  // `items` go unseen unless the wrapper is asked.
  const Stmt *Outer = &E;
  while (const Stmt *P = parentStmt(*Outer, Ctx)) {
    if (!isa<ParenExpr>(P) && !isa<ExprWithCleanups>(P))
      break;
    Outer = P;
  }
  return Outer != &E && Analyzer->isMutated(cast<Expr>(Outer));
}

ExprMutationAnalyzer *MutationAnalyzer::analyzerFor(const Stmt *Body) {
  if (!Body)
    return nullptr;
  auto &Slot = BodyAnalyzers[Body];
  if (!Slot)
    Slot = std::make_unique<ExprMutationAnalyzer>(*Body, Ctx);
  return Slot.get();
}

namespace {
/// Every method some method of a translation unit overrides, directly or
/// further up.
class OverriddenMethods : public RecursiveASTVisitor<OverriddenMethods> {
public:
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitCXXMethodDecl(CXXMethodDecl *MD) {
    llvm::SmallVector<const CXXMethodDecl *, 4> Work(MD->overridden_methods());
    while (!Work.empty()) {
      const CXXMethodDecl *Base = Work.pop_back_val()->getCanonicalDecl();
      if (Found.insert(Base).second)
        Work.append(Base->begin_overridden_methods(),
                    Base->end_overridden_methods());
    }
    return true;
  }
  llvm::DenseSet<const CXXMethodDecl *> Found;
};
} // namespace

bool MutationAnalyzer::mayRunAnotherBody(const CXXMethodDecl &Method) {
  const CXXMethodDecl &First = *Method.getCanonicalDecl();
  if (!Method.isVirtual() || First.hasAttr<FinalAttr>() ||
      Method.hasAttr<FinalAttr>() || Method.getParent()->hasAttr<FinalAttr>())
    return false;
  if (!OverriddenInView) {
    // Every top-level declaration, not the context's traversal scope,
    // which may have been narrowed to a few functions.
    OverriddenMethods Walk;
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
      Walk.TraverseDecl(D);
    OverriddenInView = std::move(Walk.Found);
  }
  return OverriddenInView->contains(&First);
}

namespace {

/// The uses of `this` in a member function's body: members it names, the
/// member functions it calls; any other use (`this` passed, returned, stored,
/// `*this`, a lambda capturing it) is \p Escapes.
struct UsesOfThis {
  std::vector<const MemberExpr *> Fields;
  std::vector<const CXXMethodDecl *> Methods;
  bool Escapes = false;

  void collect(const Stmt *S) {
    if (!S || Escapes)
      return;
    if (const auto *ME = dyn_cast<MemberExpr>(S);
        ME && isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts())) {
      if (const auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl())) {
        if (!MD->isStatic())
          Methods.push_back(MD);
      } else if (isa<FieldDecl>(ME->getMemberDecl())) {
        Fields.push_back(ME);
      }
      return; // the base is this use of `this`
    }
    const auto *Lambda = dyn_cast<LambdaExpr>(S);
    if (isa<CXXThisExpr>(S) ||
        (Lambda && llvm::any_of(Lambda->captures(), [](const LambdaCapture &C) {
           return C.capturesThis();
         }))) {
      Escapes = true;
      return;
    }
    for (const Stmt *Child : S->children())
      collect(Child);
  }
};

/// A member through which the object's state lives elsewhere (a pointer,
/// a reference, a smart pointer or handle: `d->items.push_back(x)` in a
/// pimpl class changes the object without changing the member).
bool reachesStateElsewhere(QualType T, unsigned Depth = 0) {
  if (T->isPointerType() || T->isReferenceType() || T->isMemberPointerType())
    return true;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || Depth > 4)
    return false;
  RD = RD->getDefinition();
  ASTContext &C = RD->getASTContext();
  for (OverloadedOperatorKind Op : {OO_Arrow, OO_Star})
    if (!RD->lookup(C.DeclarationNames.getCXXOperatorName(Op)).empty())
      return true;
  // std::shared_ptr has its operator-> from a base.
  return llvm::any_of(RD->bases(), [&](const CXXBaseSpecifier &B) {
    return reachesStateElsewhere(B.getType(), Depth + 1);
  });
}

} // namespace

bool MutationAnalyzer::isObjectWritten(const CXXMethodDecl &Method,
                                       unsigned Depth) {
  const FunctionDecl *Def = Method.getDefinition();
  if (!Def || !Def->hasBody() || Def->isTemplated() || Depth > 3 ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return true;
  // A virtual call may reach an override whose body is not this one.
  if (mayRunAnotherBody(Method))
    return true;
  const auto *MD = cast<CXXMethodDecl>(Def);
  auto [Known, New] = WritesOwnObject.try_emplace(MD, true);
  if (!New)
    return Known->second;
  UsesOfThis Uses;
  Uses.collect(Def->getBody());
  bool Writes = Uses.Escapes;
  ExprMutationAnalyzer *EMA = analyzerFor(Def->getBody());
  for (const MemberExpr *Field : Uses.Fields)
    Writes = Writes || reachesStateElsewhere(Field->getType()) ||
             EMA->isMutated(Field);
  for (const CXXMethodDecl *Callee : Uses.Methods)
    Writes =
        Writes || (!Callee->isConst() && isObjectWritten(*Callee, Depth + 1));
  // The map may have grown: look the slot up again.
  WritesOwnObject[MD] = Writes;
  return Writes;
}

Access MutationAnalyzer::compute(const Expr &Ref, const Stmt *Body) {
  // function_ref does not own its callee: keep the lambdas alive.
  auto AnalyzerFor = [this](const Stmt *B) { return analyzerFor(B); };
  auto ParamWritten = [this](const FunctionDecl &F, const ParmVarDecl &P,
                             bool Pointee) {
    return isParamWritten(F, P, Pointee);
  };
  auto ObjectWritten = [this](const CXXMethodDecl &M) {
    return isObjectWritten(M);
  };
  MutationWalker W(Ctx, Body, AnalyzerFor, ParamWritten, ObjectWritten);
  return W.run(Ref, MutationWalker::Mode::Object);
}

const Access &MutationAnalyzer::classify(const Expr &Ref, const Stmt *Body) {
  auto It = Results.find(&Ref);
  if (It != Results.end())
    return It->second;
  Access A = compute(Ref, Body);
  if (A.Kind == WriteKind::NonConstReferenceArg ||
      A.Kind == WriteKind::NonConstPointerArg)
    if (const auto *Call = dyn_cast_or_null<CallExpr>(A.Site))
      if (const auto *MD =
              dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee()))
        A.ToOverridable = mayRunAnotherBody(*MD);
  return Results.try_emplace(&Ref, std::move(A)).first->second;
}

} // namespace clang::tidy::static_state
