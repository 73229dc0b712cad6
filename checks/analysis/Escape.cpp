//===- Escape.cpp - does a reference to the variable outlive the call? -----===//

#include "analysis/Escape.h"
#include "analysis/References.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

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
    // `new (buffer) T`: the object made lives in it; follow the pointer.
    if (const auto *New = dyn_cast<CXXNewExpr>(P)) {
      if (!llvm::is_contained(New->placement_arguments(), Cur))
        return "";
      AsHandle = true;
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

} // namespace

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

} // namespace clang::tidy::static_state
