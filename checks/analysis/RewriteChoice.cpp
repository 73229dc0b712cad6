//===- RewriteChoice.cpp - which rewrite keeps the program's meaning ------===//

#include "analysis/RewriteChoice.h"
#include "analysis/CallNames.h"
#include "analysis/Mutation.h"
#include "analysis/References.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::static_state {

namespace {

std::string functionWords(const FunctionDecl &Fn) {
  return "'" + functionName(Fn) + "'";
}

/// The table's rows for a variable one function uses (see the check docs).
RewriteChoice chooseForSoleUser(const RewriteFacts &F) {
  RewriteChoice C;
  const FunctionDecl &Fn = *F.SoleUser;
  const auto *MD = dyn_cast<CXXMethodDecl>(&Fn);
  bool Const = MD && MD->isConst();
  std::string Starts = "as a local, every call of " + functionWords(Fn) +
                       " starts from " + F.StartsFrom;
  auto Offer = [&](Rewrite Pick, std::string PickWords, Rewrite Other,
                   std::string OtherWords) {
    std::optional<std::string> PickHazard =
        Pick == Rewrite::Local ? F.WhyNotLocal : F.WhyNotMember;
    std::optional<std::string> OtherHazard =
        Other == Rewrite::Local ? F.WhyNotLocal : F.WhyNotMember;
    if (PickHazard) {
      // The other rewrite is only a fallback when it means the same.
      if (Other == Rewrite::None || !OtherWords.empty() || OtherHazard) {
        C.WhyNot = *PickHazard;
        return C;
      }
      std::swap(Pick, Other);
      Other = Rewrite::None;
      PickWords.clear();
    }
    C.Pick = Pick;
    C.PickWords = std::move(PickWords);
    if (Other != Rewrite::None && !OtherHazard) {
      C.Other = Other;
      C.OtherWords = std::move(OtherWords);
    }
    return C;
  };

  switch (F.Flow.V) {
  case CrossCallFlow::Fresh:
    // Nothing carries over: both rewrites mean the same; a local is where
    // the author's intent (scratch of one call) lives.
    return Offer(Rewrite::Local, "", Rewrite::Member, "");
  case CrossCallFlow::Carries:
    if (Const && F.MemoTable)
      return Offer(Rewrite::Member,
                   "a mutable per-instance member keeps the cache of each "
                   "object",
                   Rewrite::Local,
                   Starts + ": nothing is cached between calls");
    // A const user returning what it accumulates keeps accumulating for one
    // object: the member keeps that; the local is what `const` promises.
    if (Const && F.ReturnedFromConst)
      return Offer(Rewrite::Member,
                   "a mutable per-instance member keeps accumulating from one "
                   "call to the next, for each object",
                   Rewrite::Local,
                   Starts + ", as a const member function promises");
    if (F.Flow.Reentrant)
      return Offer(Rewrite::Member, "", Rewrite::Local,
                   "as a local, each activation of " + functionWords(Fn) +
                       " has its own: a nested call no longer overwrites "
                       "what its caller wrote");
    return Offer(Rewrite::Member, "", Rewrite::Local,
                 Starts + ": the value no longer carries over between calls");
  case CrossCallFlow::Escapes:
  case CrossCallFlow::Unknown:
    return Offer(Rewrite::Member, "", Rewrite::None, "");
  }
  return C;
}

} // namespace

RewriteChoice chooseRewrite(const RewriteFacts &F, FixStrategy Strategy) {
  RewriteChoice C;
  if (Strategy == FixStrategy::None)
    return C;
  if (Strategy == FixStrategy::Instance) {
    if (F.WhyNotMember)
      C.WhyNot = *F.WhyNotMember;
    else
      C.Pick = Rewrite::Member;
    return C;
  }
  if (Strategy == FixStrategy::Local) {
    // Never a local that the flow analysis cannot prove.
    if (!F.SoleUser)
      C.WhyNot = F.Name + " is used by more than one function";
    else if (F.Flow.V != CrossCallFlow::Fresh)
      C.WhyNot = "as a local it would change what the program does: " +
                 F.Flow.Why;
    else if (F.WhyNotLocal)
      C.WhyNot = *F.WhyNotLocal;
    else
      C.Pick = Rewrite::Local;
    return C;
  }
  if (!F.SoleUser) {
    if (F.WhyNotMember)
      C.WhyNot = *F.WhyNotMember;
    else
      C.Pick = Rewrite::Member;
    return C;
  }
  return chooseForSoleUser(F);
}

namespace {

/// The first argument of a call on \p Object, as text, when the call is one
/// of \p Names (`find(key)` -> "key").
std::optional<std::string> keyOfCall(const Expr &Object, const Access &A,
                                     llvm::ArrayRef<llvm::StringRef> Names,
                                     ASTContext &Ctx) {
  const Stmt *P = skipTransparentUp(&Object, Ctx);
  const Stmt *Up = P ? parentStmt(*P, Ctx) : nullptr;
  const Expr *Key = nullptr;
  llvm::StringRef Name;
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(Up)) {
    const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(parentStmt(*ME, Ctx));
    if (MC && MC->getNumArgs() > 0 && MC->getMethodDecl() &&
        MC->getMethodDecl()->getIdentifier()) {
      Name = MC->getMethodDecl()->getName();
      Key = MC->getArg(0);
    }
  } else if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Up)) {
    if (Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2) {
      Name = "operator[]";
      Key = Op->getArg(1);
    }
  }
  (void)A;
  if (!Key || llvm::find(Names, Name) == Names.end())
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange R = CharSourceRange::getTokenRange(Key->getSourceRange());
  return Lexer::getSourceText(R, SM, Ctx.getLangOpts()).trim().str();
}

/// Finds what makes evaluating an initializer more than computing a
/// value. With \p ValueOnly, a const member function called, a lambda made
/// and another static's value read count as computing: the question is then
/// whether the evaluation does anything, not whether it gives the same value
/// on every call.
class ObservableEvaluation : public RecursiveASTVisitor<ObservableEvaluation> {
public:
  ObservableEvaluation(ASTContext &Ctx, bool ValueOnly,
                       bool ObjectStateCounts = true)
      : Ctx(Ctx), ValueOnly(ValueOnly), ObjectStateCounts(ObjectStateCounts) {}
  bool Found = false;

  bool VisitCallExpr(CallExpr *E) {
    const FunctionDecl *FD = E->getDirectCallee();
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD);
    bool Getter = ValueOnly && MD && MD->isConst() && !MD->isStatic();
    if (!FD || !(FD->isConstexpr() || computesOnly(*FD) || Getter))
      Found = true;
    return !Found;
  }
  // The object (`static int base = val_;`, `scale()`): its state when the
  // initializer runs, which moves from the first call to construction.
  bool VisitCXXThisExpr(CXXThisExpr *) {
    if (!ValueOnly && ObjectStateCounts)
      Found = true;
    return !Found;
  }
  // `sizeof(*this)`: adding a member changes the class's size.
  bool VisitUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *E) {
    QualType T = E->isArgumentType() ? E->getArgumentType()
                                     : E->getArgumentExpr()->getType();
    if (!ValueOnly && T->getAsCXXRecordDecl() &&
        !inStandardLibrary(*T->getAsCXXRecordDecl()))
      Found = true;
    return !Found;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    const CXXConstructorDecl *Ctor = E->getConstructor();
    if (!(Ctor->isConstexpr() || Ctor->isTrivial() || inStandardLibrary(*Ctor)))
      Found = true;
    return !Found;
  }
  bool VisitCXXNewExpr(CXXNewExpr *) { return !(Found = true); }
  bool VisitLambdaExpr(LambdaExpr *) { return !(Found = !ValueOnly); }
  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->isIncrementDecrementOp())
      Found = true;
    return !Found;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->isAssignmentOp())
      Found = true;
    return !Found;
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    // Another static's value at the time of the first call, or volatile.
    if (ValueOnly)
      return true;
    if (const auto *V = dyn_cast<VarDecl>(E->getDecl()))
      if (V->hasGlobalStorage() && !V->getType().isConstQualified() &&
          !V->isConstexpr())
        Found = true;
    return !Found;
  }

private:
  bool inStandardLibrary(const Decl &D) const {
    return Ctx.getSourceManager().isInSystemHeader(D.getLocation());
  }
  /// A library function that only computes a value: of namespace std (the
  /// C library's functions, printf and rand among them, are not) or
  /// declared pure, and none that reads a clock, a device, a stream or the
  /// thread (`std::chrono::steady_clock::now()`, `std::random_device`).
  bool computesOnly(const FunctionDecl &FD) const {
    if (!inStandardLibrary(FD))
      return false;
    if (FD.hasAttr<PureAttr>() || FD.hasAttr<ConstAttr>())
      return true;
    if (!inStdNamespace(FD))
      return false;
    std::string Name = FD.getQualifiedNameAsString();
    for (llvm::StringRef Impure :
         {"::now", "random_device", "this_thread", "::operator<<",
          "::operator>>", "getline", "async", "::get_id", "::system"})
      if (llvm::StringRef(Name).contains(Impure))
        return false;
    return true;
  }
  ASTContext &Ctx;
  bool ValueOnly;
  bool ObjectStateCounts;
};

} // namespace

bool isMemoTable(const VarDecl &VD, const FunctionDecl &Fn,
                 llvm::ArrayRef<FlowUse> Uses, ASTContext &Ctx) {
  const CXXRecordDecl *RD = VD.getType()->getAsCXXRecordDecl();
  if (!RD || !isMapLike(*RD))
    return false;
  static const llvm::StringRef Lookups[] = {"find", "count", "contains",
                                            "lower_bound", "equal_range"};
  static const llvm::StringRef Inserts[] = {"operator[]", "emplace", "insert",
                                            "try_emplace", "insert_or_assign"};
  std::vector<std::string> Looked, Inserted;
  for (const FlowUse &U : Uses) {
    if (auto K = keyOfCall(*U.Ref, *U.What, Lookups, Ctx))
      Looked.push_back(*K);
    if (auto K = keyOfCall(*U.Ref, *U.What, Inserts, Ctx))
      Inserted.push_back(*K);
  }
  for (const std::string &L : Looked)
    for (const std::string &I : Inserted)
      if (L == I || llvm::StringRef(I).starts_with(L + ","))
        return true;
  (void)Fn;
  return false;
}

bool isReturnedValue(llvm::ArrayRef<FlowUse> Uses, ASTContext &Ctx) {
  for (const FlowUse &U : Uses) {
    const Stmt *Cur = U.Ref;
    for (unsigned Depth = 0; Cur && Depth < 16; ++Depth) {
      const Stmt *P = parentStmt(*Cur, Ctx);
      if (!P)
        break;
      if (isa<ReturnStmt>(P))
        return true;
      // The value itself, or what a member call computes from it.
      if (!(isa<ImplicitCastExpr>(P) || isa<ParenExpr>(P) ||
            isa<CXXConstructExpr>(P) || isa<MaterializeTemporaryExpr>(P) ||
            isa<ExprWithCleanups>(P) || isa<CXXBindTemporaryExpr>(P) ||
            isa<MemberExpr>(P) || isa<CXXMemberCallExpr>(P)))
        break;
      Cur = P;
    }
  }
  return false;
}

bool hasObservableEvaluation(const Expr &Init, ASTContext &Ctx,
                             bool ObjectStateCounts) {
  ObservableEvaluation V(Ctx, /*ValueOnly=*/false, ObjectStateCounts);
  V.TraverseStmt(const_cast<Expr *>(&Init));
  return V.Found;
}

bool hasEffectsBeyondValue(const Expr &Init, ASTContext &Ctx) {
  ObservableEvaluation V(Ctx, /*ValueOnly=*/true);
  V.TraverseStmt(const_cast<Expr *>(&Init));
  return V.Found;
}

std::string initialValueWords(const VarDecl &VD, const Expr *Init,
                              ASTContext &Ctx) {
  QualType T = VD.getType();
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Init))
    if (Construct->getNumArgs() == 0)
      Init = nullptr; // default construction
  if (Init) {
    Expr::EvalResult R;
    if (T->isIntegralOrEnumerationType() && !Init->isValueDependent() &&
        Init->EvaluateAsInt(R, Ctx))
      return llvm::toString(R.Val.getInt(), 10);
    if (T->isBooleanType())
      return "its initial value";
  } else if (T->isScalarType()) {
    return T->isPointerType() ? "null" : "0";
  }
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    if (!Init && RD->hasDefinition() &&
        (!RD->lookup(&Ctx.Idents.get("empty")).empty() ||
         !RD->lookup(&Ctx.Idents.get("size")).empty()))
      return "empty";
  return "its initial value";
}

} // namespace clang::tidy::static_state
