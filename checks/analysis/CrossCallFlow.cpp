//===- CrossCallFlow.cpp - can a value flow from one call to the next? ----===//

#include "analysis/CrossCallFlow.h"
#include "analysis/References.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::static_state {

namespace {

std::string quoted(const NamedDecl &D) { return "'" + D.getNameAsString() + "'"; }

bool isInSystemHeader(const Decl &D) {
  return D.getASTContext().getSourceManager().isInSystemHeader(D.getLocation());
}

/// Iterators, views, spans and reference wrappers point into what they came
/// from: holding one is holding the variable.
bool isHandleType(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType() || T->isMemberPointerType())
    return true;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->getIdentifier())
    return false;
  std::string Name = RD->getName().lower();
  for (const char *Word : {"iterator", "view", "span", "reference", "ref"})
    if (Name.find(Word) != std::string::npos)
      return true;
  return false;
}

/// The nodes that never change what an expression denotes.
bool isTransparent(const Stmt &S) {
  return isa<ParenExpr>(S) || isa<MaterializeTemporaryExpr>(S) ||
         isa<ExprWithCleanups>(S) || isa<CXXBindTemporaryExpr>(S) ||
         isa<CXXFunctionalCastExpr>(S);
}

/// Every reference to local variable \p Local inside \p Body.
std::vector<const DeclRefExpr *> usesOf(const VarDecl &Local, const Stmt &Body) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const VarDecl *Target;
    std::vector<const DeclRefExpr *> Found;
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      if (E->getDecl() == Target)
        Found.push_back(E);
      return true;
    }
  } F;
  F.Target = &Local;
  F.TraverseStmt(const_cast<Stmt *>(&Body));
  return F.Found;
}

/// Follows what \p Start denotes (the variable, a part of it, or a handle
/// into it) up to the expression that consumes it, and says whether that
/// consumer can keep it past the call.
class EscapeWalker {
public:
  EscapeWalker(const FunctionDecl &Fn, ASTContext &Ctx) : Fn(Fn), Ctx(Ctx) {}

  std::string run(const Expr &Start, bool StartsAsHandle, unsigned Depth);

  /// After run() found an escape: whether what escaped may also outlive the
  /// object (everything but a plain reference handed to a call, which the
  /// object outlives while `this` is in use).
  bool mayOutliveObject() const { return PastObject; }

private:
  std::string throughLocal(const VarDecl &Local, unsigned Depth);
  std::string intoCall(const FunctionDecl *Callee, QualType Result,
                       bool &Continue, bool &AsHandle);

  const FunctionDecl &Fn;
  ASTContext &Ctx;
  bool PastObject = true;
};

std::string EscapeWalker::throughLocal(const VarDecl &Local, unsigned Depth) {
  if (!Local.isLocalVarDecl() || Local.isStaticLocal())
    return "a reference to it is kept in " + quoted(Local) +
           ", which outlives the call";
  if (Depth > 6)
    return "it is handed on through too many local references to follow";
  bool Handle = isHandleType(Local.getType()) || Local.getType()->isReferenceType();
  if (!Handle)
    return ""; // a copy
  for (const DeclRefExpr *Use : usesOf(Local, *Fn.getBody()))
    if (std::string Why = run(*Use, !Local.getType()->isReferenceType(),
                              Depth + 1);
        !Why.empty())
      return Why;
  return "";
}

std::string EscapeWalker::intoCall(const FunctionDecl *Callee, QualType Result,
                                   bool &Continue, bool &AsHandle) {
  Continue = false;
  if (!Callee)
    return "it is passed to a call that cannot be resolved";
  if (isInSystemHeader(*Callee)) {
    // The standard library keeps no reference to an argument, except in
    // what it hands back (std::ref, std::begin, a view).
    if (isHandleType(Result)) {
      Continue = true;
      AsHandle = true;
    }
    return "";
  }
  if (AsHandle)
    return "a pointer to it is handed to " + quoted(*Callee) +
           ", which may keep it";
  PastObject = false;
  return "it is passed by reference to " + quoted(*Callee) +
         ", which may keep it";
}

std::string EscapeWalker::run(const Expr &Start, bool StartsAsHandle,
                              unsigned Depth) {
  const Stmt *Cur = &Start;
  bool AsHandle = StartsAsHandle; // a pointer/iterator into it, not itself
  for (unsigned Steps = 0; Steps < 256; ++Steps) {
    DynTypedNodeList Parents = Ctx.getParents(*Cur);
    if (Parents.empty())
      return "";
    if (const auto *VD = Parents[0].get<VarDecl>()) {
      if (!AsHandle && !VD->getType()->isReferenceType())
        return ""; // copied into a value
      return throughLocal(*VD, Depth);
    }
    if (Parents[0].get<CXXCtorInitializer>())
      return AsHandle || Fn.getReturnType()->isReferenceType()
                 ? "a reference to it is stored in a member"
                 : "";
    if (Parents[0].get<LambdaExpr>())
      return "a lambda captures it";
    const Stmt *P = Parents[0].get<Stmt>();
    if (!P)
      return "";
    if (isTransparent(*P)) {
      Cur = P;
      continue;
    }
    if (const auto *Cast = dyn_cast<CastExpr>(P)) {
      switch (Cast->getCastKind()) {
      case CK_LValueToRValue:
        if (!AsHandle)
          return ""; // its value is read
        break;
      case CK_ArrayToPointerDecay:
        AsHandle = true;
        break;
      default:
        if (!isHandleType(Cast->getType()) && !Cast->isGLValue())
          return "";
        AsHandle = AsHandle || isHandleType(Cast->getType());
      }
      Cur = P;
      continue;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(P)) {
      if (isa<CXXMethodDecl>(ME->getMemberDecl())) {
        const Stmt *Call = parentStmt(*ME, Ctx);
        const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(Call);
        if (!MC)
          return "";
        QualType R = MC->getType();
        if (MC->isGLValue() || isHandleType(R)) {
          AsHandle = isHandleType(R) && !MC->isGLValue();
          Cur = MC;
          continue;
        }
        return ""; // a value computed from it
      }
      AsHandle = false; // a member of it (or of what the handle points to)
      Cur = P;
      continue;
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(P)) {
      if (AS->getIdx()->IgnoreParenImpCasts() == Cur)
        return "";
      AsHandle = false;
      Cur = P;
      continue;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(P)) {
      if (UO->getOpcode() == UO_AddrOf) {
        AsHandle = true;
      } else if (UO->getOpcode() == UO_Deref) {
        AsHandle = false;
      } else if (!AsHandle || !UO->isIncrementDecrementOp()) {
        return "";
      }
      Cur = P;
      continue;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P)) {
      bool IsObject = Op->getNumArgs() > 0 &&
                      Op->getArg(0)->IgnoreParenImpCasts() ==
                          cast<Expr>(Cur)->IgnoreParenImpCasts() &&
                      isa_and_nonnull<CXXMethodDecl>(Op->getDirectCallee());
      if (IsObject) {
        if (Op->getOperator() == OO_Equal)
          return ""; // assigned to
        if (Op->isGLValue() || isHandleType(Op->getType())) {
          AsHandle = isHandleType(Op->getType()) && !Op->isGLValue();
          Cur = P;
          continue;
        }
        return "";
      }
      bool Continue = false;
      std::string Why =
          intoCall(Op->getDirectCallee(), Op->getType(), Continue, AsHandle);
      if (!Continue)
        return Why;
      Cur = P;
      continue;
    }
    if (const auto *Call = dyn_cast<CallExpr>(P)) {
      if (Call->getCallee()->IgnoreParenImpCasts() == Cur)
        return "";
      bool Continue = false;
      std::string Why =
          intoCall(Call->getDirectCallee(), Call->getType(), Continue, AsHandle);
      if (!Continue)
        return Why;
      Cur = P;
      continue;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(P)) {
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      if (!AsHandle && (Ctor->isCopyOrMoveConstructor() ||
                        isInSystemHeader(*Ctor)) &&
          !isHandleType(Construct->getType()))
        return ""; // a copy of it
      bool Continue = false;
      std::string Why = intoCall(Ctor, Construct->getType(), Continue, AsHandle);
      if (!Continue)
        return Why;
      Cur = P;
      continue;
    }
    if (const auto *Ret = dyn_cast<ReturnStmt>(P)) {
      (void)Ret;
      if (AsHandle)
        return "a pointer or iterator into it is returned";
      if (Fn.getReturnType()->isReferenceType())
        return "it is returned by reference";
      return "";
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(P)) {
      if (!AsHandle)
        return "";
      if (BO->isAdditiveOp()) {
        Cur = P;
        continue;
      }
      if (BO->getOpcode() == BO_Assign && BO->getRHS()->IgnoreParenImpCasts() ==
                                              cast<Expr>(Cur)->IgnoreParenImpCasts()) {
        const auto *LHS = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts());
        const auto *Local = LHS ? dyn_cast<VarDecl>(LHS->getDecl()) : nullptr;
        if (!Local)
          return "a pointer to it is stored outside the function";
        return throughLocal(*Local, Depth);
      }
      return "";
    }
    if (isa<InitListExpr>(P) || isa<CXXThrowExpr>(P))
      return AsHandle ? "a pointer to it is stored in another object" : "";
    return "";
  }
  return "";
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

std::string escapeOfReference(const Expr &Ref, const FunctionDecl &Fn,
                              ASTContext &Ctx) {
  if (!Fn.getBody())
    return "";
  return EscapeWalker(Fn, Ctx).run(Ref, /*StartsAsHandle=*/false, 0);
}

std::string escapePastObject(const Expr &Ref, const FunctionDecl &Fn,
                             ASTContext &Ctx) {
  if (!Fn.getBody())
    return "";
  EscapeWalker Walker(Fn, Ctx);
  std::string Why = Walker.run(Ref, /*StartsAsHandle=*/false, 0);
  return Walker.mayOutliveObject() ? Why : "";
}

CrossCallFlow analyseCrossCallFlow(const VarDecl &VD, const FunctionDecl &Fn,
                                   llvm::ArrayRef<FlowUse> Uses,
                                   ASTContext &Ctx) {
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
    if (std::string Why = escapeOfReference(*U.Ref, Fn, Ctx); !Why.empty()) {
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
  Result.V = CrossCallFlow::Fresh;
  return Result;
}

} // namespace clang::tidy::static_state
