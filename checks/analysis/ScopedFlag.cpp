//===- ScopedFlag.cpp - a flag raised around a call -----------------------===//

#include "analysis/ScopedFlag.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::static_state {

namespace {

/// One write that is a whole statement of a block.
struct FlagWrite {
  const CompoundStmt *Block = nullptr;
  unsigned Index = 0;
  bool Raises = false;
  bool Matched = false;
  std::optional<llvm::APSInt> Value; // a constant stored, if any
};

/// The block and position of the statement that is \p Site itself.
bool statementOf(const Stmt &Site, ASTContext &Ctx, FlagWrite &Out) {
  bool Whole = false;
  forEachEnclosingBlock(Site, Ctx, [&](const CompoundStmt &Block,
                                       const Stmt *Child) {
    const auto *E = dyn_cast_or_null<Expr>(Child);
    if (!E || E->IgnoreImplicit()->IgnoreParens() != &Site)
      return false;
    unsigned I = 0;
    for (const Stmt *S : Block.body()) {
      if (S == Child)
        break;
      ++I;
    }
    Out.Block = &Block;
    Out.Index = I;
    Whole = true;
    return false;
  });
  return Whole;
}

std::optional<llvm::APSInt> constantOf(const Expr *E, ASTContext &Ctx) {
  Expr::EvalResult R;
  if (!E || E->isValueDependent() || !E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  return R.Val.getInt();
}

/// `saved` in `bool saved = flag; flag = true; ...; flag = saved;`.
bool isCopyTakenOf(const Expr *E, const VarDecl &VD) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *Local = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Local || !Local->isLocalVarDecl() || Local->isStaticLocal() ||
      !Local->getInit())
    return false;
  const VarDecl *Copied = staticVariableNamedBy(Local->getInit());
  return Copied && Copied->getCanonicalDecl() == VD.getCanonicalDecl();
}

class CallFinder : public RecursiveASTVisitor<CallFinder> {
public:
  bool Found = false;
  bool VisitCallExpr(CallExpr *) { return !(Found = true); }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    Found = !E->getConstructor()->isTrivial();
    return !Found;
  }
};

/// A jump out of the block (return, break, continue, goto, throw, co_return)
/// in the statements between: the flag may stay raised, and then it is
/// state carried to the next call, not a mark of a call in progress.
class ExitFinder : public RecursiveASTVisitor<ExitFinder> {
public:
  bool Found = false;
  bool VisitReturnStmt(ReturnStmt *) { return !(Found = true); }
  bool VisitGotoStmt(GotoStmt *) { return !(Found = true); }
  bool VisitCXXThrowExpr(CXXThrowExpr *) { return !(Found = true); }
  bool VisitCoreturnStmt(CoreturnStmt *) { return !(Found = true); }
  // A break or continue leaves the block only outside a loop or switch of
  // its own; these are not entered.
  bool VisitBreakStmt(BreakStmt *) { return !(Found = true); }
  bool VisitContinueStmt(ContinueStmt *) { return !(Found = true); }
  bool TraverseForStmt(ForStmt *) { return true; }
  bool TraverseWhileStmt(WhileStmt *) { return true; }
  bool TraverseDoStmt(DoStmt *) { return true; }
  bool TraverseCXXForRangeStmt(CXXForRangeStmt *) { return true; }
  bool TraverseSwitchStmt(SwitchStmt *) { return true; }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
};

bool leavesBetween(const CompoundStmt &Block, unsigned From, unsigned To) {
  ExitFinder Finder;
  for (unsigned I = From + 1; I < To && !Finder.Found; ++I)
    Finder.TraverseStmt(const_cast<Stmt *>(Block.body_begin()[I]));
  return Finder.Found;
}

/// `++n`, `--n`, `n += 1`: a step, not an amount (`delta_ += delta` adds
/// data).
bool stepsByConstant(const Access &A, ASTContext &Ctx) {
  if (isa_and_nonnull<UnaryOperator>(A.Site))
    return true;
  const auto *BO = dyn_cast_or_null<CompoundAssignOperator>(A.Site);
  return BO && constantOf(BO->getRHS(), Ctx).has_value();
}

bool callsBetween(const CompoundStmt &Block, unsigned From, unsigned To) {
  CallFinder Finder;
  for (unsigned I = From + 1; I < To && !Finder.Found; ++I)
    Finder.TraverseStmt(const_cast<Stmt *>(Block.body_begin()[I]));
  return Finder.Found;
}

/// The value \p VD rests at between calls, when its initializer says so.
std::optional<llvm::APSInt> restingValue(const VarDecl &VD, ASTContext &Ctx) {
  const VarDecl *Def = VD.getDefinition() ? VD.getDefinition() : &VD;
  if (const Expr *Init = Def->getInit())
    return constantOf(Init, Ctx);
  if (VD.getDefinition()) // zero-initialised
    return llvm::APSInt::get(0);
  return std::nullopt;
}

} // namespace

bool isScopedFlag(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                  ASTContext &Ctx) {
  if (!VD.getType()->isIntegralOrEnumerationType() || Writes.empty())
    return false;
  std::optional<llvm::APSInt> Rest = restingValue(VD, Ctx);
  std::vector<FlagWrite> Flags;
  for (const WriteFact &W : Writes) {
    FlagWrite F;
    if (W.What.ToPart || !W.What.Site || !statementOf(*W.What.Site, Ctx, F))
      return false;
    if (int Step = countingDirection(W.What)) {
      if (!stepsByConstant(W.What, Ctx))
        return false;
      F.Raises = Step > 0;
    } else if (const Expr *V = assignedValue(W.What)) {
      std::optional<llvm::APSInt> C = constantOf(V, Ctx);
      F.Value = C;
      bool Restores = isCopyTakenOf(V, VD) ||
                      (C && Rest && llvm::APSInt::isSameValue(*C, *Rest));
      if (!Restores && !C)
        return false;
      // With no initializer in view, a later constant restores.
      F.Raises = !Restores;
    } else {
      return false;
    }
    Flags.push_back(F);
  }
  bool AnyRaise = false;
  for (FlagWrite &Raise : Flags) {
    if (!Raise.Raises)
      continue;
    AnyRaise = true;
    for (FlagWrite &Restore : Flags)
      if (Restore.Block == Raise.Block && Restore.Index > Raise.Index &&
          (!Restore.Raises || !Rest) && &Restore != &Raise &&
          !(Raise.Value && Restore.Value &&
            llvm::APSInt::isSameValue(*Raise.Value, *Restore.Value)) &&
          callsBetween(*Raise.Block, Raise.Index, Restore.Index) &&
          !leavesBetween(*Raise.Block, Raise.Index, Restore.Index)) {
        Raise.Matched = Restore.Matched = true;
        break;
      }
  }
  return AnyRaise && llvm::all_of(Flags, [](const FlagWrite &F) {
           return F.Matched;
         });
}

} // namespace clang::tidy::static_state
