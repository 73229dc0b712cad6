//===- ObjectFreeCache.cpp - a memo whose entries owe nothing to the object ===//

#include "analysis/ObjectFreeCache.h"
#include "analysis/FixedKeys.h"
#include "analysis/Guards.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <functional>
#include <map>
#include <memory>

namespace clang::tidy::static_state {

namespace {

/// The parameters of \p Fn that \p Fn hands straight to \p VD as a key
/// (`m.count(k)`, `m.find(k)`, `m[k]`, `m.insert(k, v)`'s first argument):
/// the key a memo entry is computed from.
llvm::SmallPtrSet<const ParmVarDecl *, 4>
keyParameters(const FunctionDecl &Fn, const VarDecl &VD) {
  llvm::SmallPtrSet<const ParmVarDecl *, 4> Keys;
  auto AddKey = [&](const Expr *Arg) {
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts()->IgnoreUnlessSpelledInSource()))
      if (const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl()))
        Keys.insert(P);
  };
  std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
    if (!S)
      return;
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S);
        Call && Call->getNumArgs() > 0 &&
        namesStaticVariable(Call->getImplicitObjectArgument(), VD))
      AddKey(Call->getArg(0));
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
        Op && Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2 &&
        namesStaticVariable(Op->getArg(0), VD))
      AddKey(Op->getArg(1));
    for (const Stmt *Child : S->children())
      Walk(Child);
  };
  Walk(Fn.getBody());
  return Keys;
}

/// What the writes of one function are judged against, worked out once
/// per function: the parameters it hands the table as keys, and one
/// mutation analysis of its body for the locals the writes name.
struct FunctionFacts {
  FunctionFacts(const FunctionDecl &Fn, const VarDecl &VD, ASTContext &Ctx)
      : Fn(Fn), Keys(keyParameters(Fn, VD)), Mutations(*Fn.getBody(), Ctx) {}
  const FunctionDecl &Fn;
  llvm::SmallPtrSet<const ParmVarDecl *, 4> Keys;
  ExprMutationAnalyzer Mutations;
};

/// Whether \p S computes anything from the object that runs the function
/// or from what its caller brings besides the key: `this`, written or
/// implied (a member read, a member function called), a parameter other
/// than the keys, or a local whose value may come from one. \p Depth
/// bounds the locals followed through their initializers.
bool dependsOnObject(const Stmt &S, FunctionFacts &Facts, unsigned Depth = 0) {
  if (isa<CXXThisExpr>(S))
    return true;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(&S)) {
    if (const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl()))
      return !Facts.Keys.count(P);
    if (const auto *Local = dyn_cast<VarDecl>(DRE->getDecl());
        Local && Local->isLocalVarDecl() && !Local->isStaticLocal()) {
      // A local is as good as the value it was given, and only if nothing
      // gives it another.
      const Expr *Init = Local->getInit();
      return Depth >= 3 || !Init || dependsOnObject(*Init, Facts, Depth + 1) ||
             Facts.Mutations.isMutated(Local);
    }
  }
  for (const Stmt *Child : S.children())
    if (Child && dependsOnObject(*Child, Facts, Depth))
      return true;
  return false;
}

/// Whether \p Access, `.first` or `.second` of what an insertion returns
/// (through `->` on the iterator), ends up only read: returned by value or
/// by const reference, or converted to a value.
bool isOnlyReadEntry(const Expr &Access, ASTContext &Ctx) {
  const Stmt *Top = &Access;
  while (const Stmt *P = parentStmt(*Top, Ctx)) {
    const auto *Arrow = dyn_cast<CXXOperatorCallExpr>(P);
    if (!(isa<MemberExpr, ParenExpr, ExprWithCleanups>(P) ||
          (Arrow && Arrow->getOperator() == OO_Arrow) ||
          (isa<ImplicitCastExpr>(P) &&
           cast<ImplicitCastExpr>(P)->getCastKind() != CK_LValueToRValue)))
      break;
    Top = P;
  }
  const Stmt *User = parentStmt(*Top, Ctx);
  if (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(User))
    return Cast->getCastKind() == CK_LValueToRValue;
  if (isa_and_nonnull<CXXConstructExpr>(User))
    return true; // copied
  // Bound to a const reference (a return of `const T&`, a const local
  // reference): the binding is a no-op cast to the const type.
  return isa_and_nonnull<ReturnStmt, DeclStmt>(User) &&
         cast<Expr>(Top)->getType().isConstQualified();
}

/// Whether \p W adds or looks up an entry of the table, or replaces one
/// whole (`m.insert(k, v)`, `m.emplace(k, v)`, `return m[k];`,
/// `m[k] = v`), rather than changing what an entry holds
/// (`m[k].push_back(x)`, `it->second += 1`): a memo's entries are made once.
bool makesOrReadsEntry(const WriteFact &W, const VarDecl &VD,
                       ASTContext &Ctx) {
  const auto *Call = dyn_cast_or_null<CallExpr>(W.What.Site);
  if (!Call)
    return false;
  const Expr *Object = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Object = Member->getImplicitObjectArgument();
  else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
           Op && Op->getNumArgs() > 0)
    Object = Op->getArg(0);
  if (!namesStaticVariable(Object, VD))
    return false;
  const Stmt *Top = skipTransparentUp(Call, Ctx);
  const Stmt *User = Top ? parentStmt(*Top, Ctx) : nullptr;
  // `return memo.emplace(k, v).first->second;`: the entry just made, read.
  if (isa_and_nonnull<MemberExpr>(User))
    return isOnlyReadEntry(*cast<Expr>(User), Ctx);
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(User))
    return Assign->getOpcode() == BO_Assign && Assign->getLHS() == Top;
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(User);
      Op && Op->getNumArgs() > 0 && Op->getArg(0) == Top)
    return Op->getOperator() == OO_Equal;
  return !isa_and_nonnull<MemberExpr, UnaryOperator, CompoundAssignOperator>(
      User);
}

/// Whether \p W fills the memo one key at a time: under a test of the key
/// (`if (!m.contains(k))`, through a local iterator too), or after a look-up
/// of the same key in its function.
bool fillsOneKey(const WriteFact &W, const VarDecl &VD, ASTContext &Ctx) {
  if (!W.What.Site)
    return false;
  if (llvm::any_of(guardingConditions(*W.What.Site, Ctx), [&](const Expr *C) {
        return isKeyMembershipTest(*C, VD);
      }))
    return true;
  const FunctionDecl *Fn = W.Where.Innermost;
  return Fn && Fn->getBody() &&
         insertsLookedUpKey(*W.What.Site, VD, *Fn->getBody(), Ctx);
}

} // namespace

bool isObjectFreeCache(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                       ASTContext &Ctx) {
  if (Writes.empty() || !hasUniqueKeys(VD.getType()))
    return false;
  if (!llvm::any_of(Writes, [&](const WriteFact &W) {
        return fillsOneKey(W, VD, Ctx);
      }))
    return false;
  std::map<const FunctionDecl *, std::unique_ptr<FunctionFacts>> PerFunction;
  return llvm::none_of(Writes, [&](const WriteFact &W) {
    const FunctionDecl *Fn = W.Where.Innermost;
    if (!Fn || !Fn->getBody() || !W.What.Site ||
        !makesOrReadsEntry(W, VD, Ctx))
      return true;
    std::unique_ptr<FunctionFacts> &Facts = PerFunction[Fn];
    if (!Facts)
      Facts = std::make_unique<FunctionFacts>(*Fn, VD, Ctx);
    return dependsOnObject(*fullExpressionOf(*W.What.Site, Ctx), *Facts);
  });
}

} // namespace clang::tidy::static_state
