//===- CrossCallFlow.cpp - can a value flow from one call to the next? ----===//

#include "analysis/CrossCallFlow.h"
#include "analysis/Escape.h"
#include "analysis/References.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <functional>

namespace clang::tidy::static_state {

namespace {

std::string quoted(const NamedDecl &D) { return "'" + D.getNameAsString() + "'"; }

/// Whether \p S calls \p Target, directly or through functions defined
/// here that call it (up to \p Depth deep): \p Target may run inside itself.
bool mayCall(const Stmt &S, const FunctionDecl &Target, unsigned Depth,
             llvm::DenseSet<const FunctionDecl *> &Seen) {
  if (const auto *Call = dyn_cast<CallExpr>(&S))
    if (const FunctionDecl *Callee = Call->getDirectCallee()) {
      Callee = Callee->getCanonicalDecl();
      if (Callee == Target.getCanonicalDecl())
        return true;
      const FunctionDecl *Def = nullptr;
      if (Depth > 0 && Seen.insert(Callee).second && Callee->hasBody(Def) &&
          mayCall(*Def->getBody(), Target, Depth - 1, Seen))
        return true;
    }
  for (const Stmt *Child : S.children())
    if (Child && mayCall(*Child, Target, Depth, Seen))
      return true;
  return false;
}

/// The first call in \p Body that may run \p Fn again before one of
/// \p Reads: the nested activation shares the static (and a member) with
/// this one, a local would not.
const CallExpr *reenteringCallBefore(const Stmt &Body, const FunctionDecl &Fn,
                                     const llvm::DenseSet<const Stmt *> &Reads,
                                     const SourceManager &SM) {
  const CallExpr *Found = nullptr;
  std::function<void(const Stmt &)> Walk = [&](const Stmt &S) {
    if (Found)
      return;
    if (const auto *Call = dyn_cast<CallExpr>(&S)) {
      llvm::DenseSet<const FunctionDecl *> Seen;
      if (mayCall(*Call, Fn, 3, Seen) &&
          llvm::any_of(Reads, [&](const Stmt *Read) {
            return SM.isBeforeInTranslationUnit(Call->getBeginLoc(),
                                                Read->getBeginLoc());
          })) {
        Found = Call;
        return;
      }
    }
    for (const Stmt *Child : S.children())
      if (Child)
        Walk(*Child);
  };
  Walk(Body);
  return Found;
}

bool isInSystemHeader(const Decl &D) {
  return D.getASTContext().getSourceManager().isInSystemHeader(D.getLocation());
}

bool containsTryOrCoroutine(const Stmt &S) {
  if (isa<CXXTryStmt>(S) || isa<CoroutineBodyStmt>(S) || isa<ObjCAtTryStmt>(S))
    return true;
  for (const Stmt *Child : S.children())
    if (Child && containsTryOrCoroutine(*Child))
      return true;
  return false;
}

/// The first read reached on a path from the entry with no overwrite before
/// it, or null: a forward "not yet overwritten" analysis over the CFG.
const Stmt *firstUnkilledRead(const CFG &G,
                              const llvm::DenseSet<const Stmt *> &Reads,
                              const llvm::DenseSet<const Stmt *> &Kills) {
  std::vector<char> Live(G.getNumBlockIDs(), 0);
  std::vector<const CFGBlock *> Work{&G.getEntry()};
  Live[G.getEntry().getBlockID()] = 1;
  while (!Work.empty()) {
    const CFGBlock *B = Work.back();
    Work.pop_back();
    bool StillLive = true;
    for (const CFGElement &E : *B) {
      std::optional<CFGStmt> S = E.getAs<CFGStmt>();
      if (!S)
        continue;
      if (Reads.count(S->getStmt()))
        return S->getStmt();
      if (Kills.count(S->getStmt())) {
        StillLive = false;
        break;
      }
    }
    if (!StillLive)
      continue;
    for (const CFGBlock::AdjacentBlock &Succ : B->succs())
      if (const CFGBlock *Next = Succ.getReachableBlock())
        if (!Live[Next->getBlockID()]) {
          Live[Next->getBlockID()] = 1;
          Work.push_back(Next);
        }
  }
  return nullptr;
}

llvm::DenseSet<const Stmt *> statementsOf(const CFG &G) {
  llvm::DenseSet<const Stmt *> All;
  for (const CFGBlock *B : G)
    for (const CFGElement &E : *B)
      if (std::optional<CFGStmt> S = E.getAs<CFGStmt>())
        All.insert(S->getStmt());
  return All;
}

/// Calls in \p S (not inside nested functions' bodies) to \p Callee.
void collectCallsTo(const Stmt &S, const FunctionDecl &Callee,
                    llvm::SmallVectorImpl<const Stmt *> &Out) {
  if (const auto *Call = dyn_cast<CallExpr>(&S))
    if (const FunctionDecl *F = Call->getDirectCallee())
      if (F->getCanonicalDecl() == Callee.getCanonicalDecl())
        Out.push_back(Call);
  for (const Stmt *Child : S.children())
    if (Child && !isa<LambdaExpr>(Child))
      collectCallsTo(*Child, Callee, Out);
}

/// Where, on \p Fn's graph, a use inside a function nested in \p Fn can
/// run: at the lambda expression that holds it, or at each call of the
/// local class's method that holds it. Empty when neither is found.
llvm::SmallVector<const Stmt *, 2>
nestedUseAnchors(const Expr &Ref, const FunctionDecl &Fn,
                 const llvm::DenseSet<const Stmt *> &InGraph, ASTContext &Ctx) {
  llvm::SmallVector<const Stmt *, 2> Anchors;
  const FunctionDecl *Innermost = nullptr;
  forEachAncestor(DynTypedNode::create(Ref), Ctx,
                  [&](const DynTypedNode &P, const DynTypedNode &) {
                    if (const auto *S = P.get<Stmt>(); S && InGraph.count(S)) {
                      Anchors.push_back(S);
                      return false;
                    }
                    const auto *F = P.get<FunctionDecl>();
                    if (F && !Innermost)
                      Innermost = F;
                    return F != &Fn;
                  });
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Innermost);
  if (Anchors.empty() && Method && Method != &Fn &&
      Method->getParent()->isLocalClass() && Fn.getBody()) {
    collectCallsTo(*Fn.getBody(), *Method, Anchors);
    llvm::erase_if(Anchors, [&](const Stmt *S) { return !InGraph.count(S); });
  }
  return Anchors;
}

/// The local class's method that \p S is in, or null.
const CXXMethodDecl *enclosingLocalClassMethod(const Stmt &S, ASTContext &Ctx) {
  const CXXMethodDecl *Method = nullptr;
  forEachAncestor(DynTypedNode::create(S), Ctx,
                  [&](const DynTypedNode &P, const DynTypedNode &) {
                    if (const auto *F = P.get<FunctionDecl>()) {
                      Method = dyn_cast<CXXMethodDecl>(F);
                      return false;
                    }
                    return !P.get<LambdaExpr>();
                  });
  return Method && Method->getParent()->isLocalClass() ? Method : nullptr;
}

/// The local class's method whose first statement is \p Kill (blocks that
/// open its body looked into): EXPECT_FATAL_FAILURE({ aborted = true; ... })
/// expands to such a helper. Calling it overwrites the variable before
/// anything else the helper does.
const CXXMethodDecl *helperStartingWith(const Stmt &Kill, ASTContext &Ctx) {
  const CXXMethodDecl *Method = enclosingLocalClassMethod(Kill, Ctx);
  const Stmt *First = Method ? Method->getBody() : nullptr;
  while (const auto *Block = dyn_cast_or_null<CompoundStmt>(First))
    First = Block->body_empty() ? nullptr : Block->body_front();
  return First == &Kill ? Method : nullptr;
}

/// Without escapes, a use in a lambda or local class is a read where it can
/// run (a local class's helper called by a test macro's expansion); a helper
/// that starts by overwriting the variable overwrites it where it is called,
/// and its other uses come after that.
void anchorNestedUses(const FunctionDecl &Fn,
                      const llvm::DenseSet<const Stmt *> &InGraph,
                      llvm::DenseSet<const Stmt *> &Reads,
                      llvm::DenseSet<const Stmt *> &Kills, ASTContext &Ctx) {
  llvm::SmallPtrSet<const CXXMethodDecl *, 2> Killing;
  for (const Stmt *K : Kills)
    if (!InGraph.count(K))
      if (const CXXMethodDecl *Helper = helperStartingWith(*K, Ctx))
        Killing.insert(Helper);
  for (const CXXMethodDecl *Helper : Killing) {
    llvm::SmallVector<const Stmt *, 2> Calls;
    collectCallsTo(*Fn.getBody(), *Helper, Calls);
    for (const Stmt *Call : Calls)
      if (InGraph.count(Call))
        Kills.insert(Call);
  }
  for (const Stmt *S : llvm::SmallVector<const Stmt *, 8>(Reads.begin(),
                                                         Reads.end())) {
    if (InGraph.count(S))
      continue;
    if (Killing.count(enclosingLocalClassMethod(*S, Ctx))) {
      Reads.erase(S);
      continue;
    }
    auto Anchors = nestedUseAnchors(*cast<Expr>(S), Fn, InGraph, Ctx);
    if (Anchors.empty())
      continue; // nowhere to place it: reported as off the graph
    Reads.erase(S);
    Reads.insert(Anchors.begin(), Anchors.end());
  }
}

} // namespace

const Stmt *wholeOverwriteSite(const Expr &Ref, const Access &A,
                               ASTContext &Ctx) {
  if (!A.IsWrite || A.ToPart || !A.Site)
    return nullptr;
  const Expr *Object = Ref.IgnoreParenImpCasts();
  if (const auto *BO = dyn_cast<BinaryOperator>(A.Site))
    if (BO->getOpcode() == BO_Assign &&
        BO->getLHS()->IgnoreParenImpCasts() == Object &&
        !BO->getLHS()->getType()->isRecordType())
      return BO;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(A.Site)) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
    if (Op->getOperator() == OO_Equal && MD &&
        Op->getArg(0)->IgnoreParenImpCasts() == Object &&
        (MD->isDefaulted() || isInSystemHeader(*MD)))
      return Op;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(A.Site)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    const Expr *Obj = MC->getImplicitObjectArgument();
    if (!MD || !Obj || Obj->IgnoreParenImpCasts() != Object ||
        !isInSystemHeader(*MD) || !MD->getIdentifier())
      return nullptr;
    llvm::StringRef Name = MD->getName();
    if (Name == "clear" || Name == "assign" || Name == "reset" ||
        Name == "fill")
      return MC;
  }
  return nullptr;
}

CrossCallFlow analyseCrossCallFlow(const VarDecl &VD, const FunctionDecl &Fn,
                                   llvm::ArrayRef<FlowUse> Uses,
                                   ASTContext &Ctx, bool EscapesCount) {
  CrossCallFlow Result;
  std::string Name = quoted(VD), Function = quoted(Fn);
  Stmt *Body = Fn.getBody();
  if (!Body) {
    Result.Why = Function + " has no body here";
    return Result;
  }
  if (containsTryOrCoroutine(*Body)) {
    Result.Why = Function + " has a try block or is a coroutine: its "
                            "exceptional paths are not followed";
    return Result;
  }
  llvm::DenseSet<const Stmt *> Reads, Kills;
  for (const FlowUse &U : Uses) {
    std::string Why;
    if (EscapesCount)
      Why = escapeOfReference(*U.Ref, Fn, Ctx);
    if (!Why.empty()) {
      Result.V = CrossCallFlow::Escapes;
      Result.Where = U.Ref;
      Result.Why = Why;
      return Result;
    }
    if (const Stmt *Kill = wholeOverwriteSite(*U.Ref, *U.What, Ctx))
      Kills.insert(Kill);
    else
      Reads.insert(U.Ref);
  }
  CFG::BuildOptions Options;
  Options.setAllAlwaysAdd();
  Options.AddInitializers = true;
  std::unique_ptr<CFG> G = CFG::buildCFG(&Fn, Body, &Ctx, Options);
  if (!G) {
    Result.Why = "the control flow of " + Function + " could not be built";
    return Result;
  }
  llvm::DenseSet<const Stmt *> InGraph = statementsOf(*G);
  if (!EscapesCount)
    anchorNestedUses(Fn, InGraph, Reads, Kills, Ctx);
  for (const Stmt *S : Reads)
    if (!InGraph.count(S)) {
      Result.Why = "a use of " + Name + " is not on the control-flow graph "
                                        "of " + Function;
      return Result;
    }
  if (const Stmt *Read = firstUnkilledRead(*G, Reads, Kills)) {
    Result.V = CrossCallFlow::Carries;
    Result.Where = Read;
    Result.Why = Name + " is read before " + Function +
                 " overwrites it, so a call sees what the previous call left";
    return Result;
  }
  // Overwritten before every read of one activation, but a nested one
  // (recursion) between a write and a read overwrites it too.
  if (const CallExpr *Nested =
          reenteringCallBefore(*Body, Fn, Reads, Ctx.getSourceManager())) {
    Result.V = CrossCallFlow::Carries;
    Result.Reentrant = true;
    Result.Where = Nested;
    Result.Why = Function + " may run again inside this call, here: the "
                 "nested call overwrites " + Name + " before this one reads it";
    return Result;
  }
  Result.V = CrossCallFlow::Fresh;
  return Result;
}

} // namespace clang::tidy::static_state
