//===- Intent.cpp - is the sharing deliberate? ----------------------------===//

#include "analysis/Intent.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::static_state {

std::vector<std::string> splitList(llvm::StringRef List) {
  std::vector<std::string> Items;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  List.split(Parts, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    if (!P.empty())
      Items.push_back(P.str());
  }
  return Items;
}

std::vector<std::pair<std::string, std::string>>
TypeNameFilter::parse(llvm::StringRef List) {
  std::vector<std::pair<std::string, std::string>> Invalid;
  Patterns.clear();
  for (const std::string &Item : splitList(List)) {
    llvm::Regex R("^(" + Item + ")$");
    std::string Error;
    if (!R.isValid(Error)) {
      Invalid.emplace_back(Item, Error);
      continue;
    }
    Patterns.push_back(std::move(R));
  }
  return Invalid;
}

bool TypeNameFilter::matches(QualType T, const ASTContext &Ctx) const {
  if (Patterns.empty() || T.isNull())
    return false;
  T = Ctx.getBaseElementType(T.getNonReferenceType());
  llvm::SmallVector<std::string, 4> Names;
  // The name as written (a project's `using Counter = std::atomic<long>`),
  // the canonical type, and the class's qualified name without arguments.
  Names.push_back(T.getUnqualifiedType().getAsString(Ctx.getPrintingPolicy()));
  // With its qualifiers, so that `volatile .*` can select volatile objects.
  if (T.isVolatileQualified())
    Names.push_back(T.getAsString(Ctx.getPrintingPolicy()));
  QualType Canon = T.getCanonicalType().getUnqualifiedType();
  Names.push_back(Canon.getAsString(Ctx.getPrintingPolicy()));
  if (const CXXRecordDecl *RD = Canon->getAsCXXRecordDecl())
    Names.push_back(RD->getQualifiedNameAsString());
  else if (const auto *TST = T->getAs<TemplateSpecializationType>())
    if (const TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl())
      Names.push_back(TD->getQualifiedNameAsString());
  for (const std::string &N : Names)
    for (const llvm::Regex &R : Patterns)
      if (R.match(N))
        return true;
  return false;
}

namespace {

std::string qualifiedRecordName(QualType T) {
  T = T.getNonReferenceType();
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return RD->getQualifiedNameAsString();
  if (const auto *TST = T->getAs<TemplateSpecializationType>())
    if (const TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl())
      return TD->getQualifiedNameAsString();
  return {};
}

/// What a lock variable's constructor arguments lock.
LockInfo lockedBy(const VarDecl &Lock) {
  LockInfo Info;
  const Expr *Init = Lock.getInit();
  if (!Init)
    return Info;
  Init = Init->IgnoreImplicit();
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Init))
    Init = Cast->getSubExpr()->IgnoreImplicit();
  llvm::SmallVector<const Expr *, 4> Args;
  if (const auto *CE = dyn_cast<CXXConstructExpr>(Init))
    Args.append(CE->arg_begin(), CE->arg_end());
  else if (const auto *PL = dyn_cast<ParenListExpr>(Init))
    for (unsigned I = 0, N = PL->getNumExprs(); I < N; ++I)
      Args.push_back(PL->getExpr(I));
  else if (const auto *IL = dyn_cast<InitListExpr>(Init))
    Args.append(IL->inits().begin(), IL->inits().end());
  else if (const auto *UC = dyn_cast<CXXUnresolvedConstructExpr>(Init))
    Args.append(UC->arg_begin(), UC->arg_end());

  for (const Expr *Arg : Args) {
    const Expr *A = Arg->IgnoreParenImpCasts();
    if (qualifiedRecordName(A->getType()) == "std::defer_lock_t")
      return LockInfo(); // constructed unlocked
  }
  for (const Expr *Arg : Args) {
    const Expr *A = Arg->IgnoreParenImpCasts();
    const ValueDecl *D = nullptr;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(A))
      D = DRE->getDecl();
    else if (const auto *ME = dyn_cast<MemberExpr>(A))
      D = ME->getMemberDecl();
    else if (const auto *Dep = dyn_cast<CXXDependentScopeMemberExpr>(A)) {
      (void)Dep; // this->mu_ in a template: an instance mutex
      Info.K = LockInfo::InstanceMutex;
      continue;
    } else if (isa<CallExpr>(A) && A->isLValue()) {
      // registryMutex(): a function handing out a mutex by reference
      // returns one that outlives the call, i.e. a shared one.
      Info.K = LockInfo::SharedMutex;
      Info.Lock = &Lock;
      return Info;
    }
    if (const auto *VD = dyn_cast_or_null<VarDecl>(D)) {
      if (VD->hasGlobalStorage()) {
        Info.K = LockInfo::SharedMutex;
        Info.Mutex = VD;
        Info.Lock = &Lock;
        return Info;
      }
    } else if (const auto *FD = dyn_cast_or_null<FieldDecl>(D)) {
      Info.K = LockInfo::InstanceMutex;
      Info.Mutex = FD;
      Info.Lock = &Lock;
    }
  }
  return Info;
}

bool isLockType(const VarDecl &VD, llvm::ArrayRef<std::string> LockTypes) {
  std::string Name = qualifiedRecordName(VD.getType());
  if (Name.empty())
    return false;
  for (const std::string &L : LockTypes)
    if (Name == L || ("::" + Name) == L)
      return true;
  return false;
}

bool isUnsetTest(const Expr *Cond) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond))
    return UO->getOpcode() == UO_LNot;
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond)) {
    if (BO->getOpcode() != BO_EQ)
      return false;
    auto IsNullish = [](const Expr *E) {
      E = E->IgnoreParenImpCasts();
      if (isa<CXXNullPtrLiteralExpr>(E) || isa<GNUNullExpr>(E))
        return true;
      if (const auto *IL = dyn_cast<IntegerLiteral>(E))
        return IL->getValue() == 0;
      if (const auto *BL = dyn_cast<CXXBoolLiteralExpr>(E))
        return !BL->getValue();
      return false;
    };
    return IsNullish(BO->getLHS()) || IsNullish(BO->getRHS());
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Cond))
    if (const auto *MD = MC->getMethodDecl())
      return MD->getIdentifier() && MD->getName() == "empty";
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Cond))
    return Op->getOperator() == OO_Exclaim || Op->getOperator() == OO_EqualEqual;
  return false;
}

/// The static-storage variables an expression names.
void collectStaticVars(const Stmt *S,
                       llvm::SmallVectorImpl<const VarDecl *> &Out) {
  if (!S)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->hasGlobalStorage())
        Out.push_back(VD->getCanonicalDecl());
  } else if (const auto *ME = dyn_cast<MemberExpr>(S)) {
    if (const auto *VD = dyn_cast<VarDecl>(ME->getMemberDecl()))
      if (VD->hasGlobalStorage())
        Out.push_back(VD->getCanonicalDecl());
  }
  for (const Stmt *C : S->children())
    collectStaticVars(C, Out);
}

/// The conditions of the ifs whose then-branch holds \p Site, innermost
/// first, within its function.
llvm::SmallVector<const Expr *, 4> guardingConditions(const Stmt &Site,
                                                      ASTContext &Ctx) {
  llvm::SmallVector<const Expr *, 4> Conds;
  forEachAncestor(DynTypedNode::create(Site), Ctx,
                  [&](const DynTypedNode &P, const DynTypedNode &Child) {
                    if (P.get<FunctionDecl>() || P.get<LambdaExpr>())
                      return false;
                    if (const auto *If = P.get<IfStmt>())
                      if (If->getThen() == Child.get<Stmt>() && If->getCond())
                        Conds.push_back(If->getCond());
                    return true;
                  });
  return Conds;
}

/// Whether \p Site runs at most once for the whole program: inside a lambda
/// handed to std::call_once, or in the initializer of a function-local
/// static (`static bool done = (table = build(), true);`).
bool runsOnce(const Stmt &Site, ASTContext &Ctx) {
  bool Once = false;
  forEachAncestor(
      DynTypedNode::create(Site), Ctx,
      [&](const DynTypedNode &P, const DynTypedNode &Child) {
        if (const auto *VD = P.get<VarDecl>())
          if (VD->isStaticLocal() && VD->getInit() &&
              Child.get<Stmt>() == VD->getInit()) {
            Once = true;
            return false;
          }
        if (const auto *L = P.get<LambdaExpr>()) {
          const Stmt *Up = L;
          while ((Up = parentStmt(*Up, Ctx)) &&
                 (isa<MaterializeTemporaryExpr>(Up) ||
                  isa<ImplicitCastExpr>(Up) || isa<CXXBindTemporaryExpr>(Up) ||
                  isa<CXXConstructExpr>(Up)))
            ;
          const auto *Call = dyn_cast_or_null<CallExpr>(Up);
          const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
          Once = Callee && Callee->isInStdNamespace() &&
                 Callee->getIdentifier() && Callee->getName() == "call_once";
          return false;
        }
        // A lambda's body may hang off its call operator: keep climbing
        // through the closure class to the LambdaExpr.
        if (const auto *FD = P.get<FunctionDecl>()) {
          const auto *MD = dyn_cast<CXXMethodDecl>(FD);
          return MD && MD->getParent()->isLambda();
        }
        return true;
      });
  return Once;
}

bool isTrueLiteral(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(E))
    return B->getValue();
  if (const auto *I = dyn_cast<IntegerLiteral>(E))
    return I->getValue() != 0;
  return false;
}

const Expr *assignedValue(const Access &A) {
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(A.Site))
    if (BO->getOpcode() == BO_Assign)
      return BO->getRHS();
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(A.Site))
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      return Op->getArg(1);
  return nullptr;
}

/// +1 for `++x` / `x += n`, -1 for `--x` / `x -= n`, 0 otherwise.
int countingDirection(const Access &A) {
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(A.Site))
    return UO->isIncrementOp() ? 1 : UO->isDecrementOp() ? -1 : 0;
  if (const auto *BO = dyn_cast_or_null<CompoundAssignOperator>(A.Site))
    return BO->getOpcode() == BO_AddAssign   ? 1
           : BO->getOpcode() == BO_SubAssign ? -1
                                             : 0;
  return 0;
}
bool isIncrement(const Access &A) { return countingDirection(A) > 0; }
bool isDecrement(const Access &A) { return countingDirection(A) < 0; }

bool inConstruction(const WriteFact &W) {
  return W.Where.Kind == ContextKind::Constructor ||
         W.Where.Kind == ContextKind::MemberInitializer;
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
          const auto *ME =
              dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts());
          Flows = BO->getOpcode() == BO_Assign && ME &&
                  isa<FieldDecl>(ME->getMemberDecl()) &&
                  isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts());
          return false;
        }
        // Through the expressions that compute the value, not past them.
        const Stmt *S = P.get<Stmt>();
        return S && isa<Expr>(S) && !isa<StmtExpr>(S);
      });
  return Flows;
}

} // namespace

LockInfo findEnclosingLock(const Stmt &Site, ASTContext &Ctx,
                           llvm::ArrayRef<std::string> LockTypes) {
  LockInfo Found, Shared;
  forEachAncestor(
      DynTypedNode::create(Site), Ctx,
      [&](const DynTypedNode &P, const DynTypedNode &Child) {
        // A lambda may run after the enclosing lock is gone.
        if (P.get<FunctionDecl>() || P.get<LambdaExpr>())
          return false;
        const auto *Block = P.get<CompoundStmt>();
        if (!Block)
          return true;
        for (const Stmt *S : Block->body()) {
          if (S == Child.get<Stmt>())
            break;
          const auto *DS = dyn_cast<DeclStmt>(S);
          if (!DS)
            continue;
          for (const Decl *D : DS->decls()) {
            const auto *VD = dyn_cast<VarDecl>(D);
            if (!VD || !isLockType(*VD, LockTypes))
              continue;
            LockInfo Info = lockedBy(*VD);
            if (Info.K == LockInfo::SharedMutex) {
              Shared = Info;
              return false;
            }
            if (Info.K == LockInfo::InstanceMutex && Found.K == LockInfo::None)
              Found = Info;
          }
        }
        return true;
      });
  return Shared.K == LockInfo::SharedMutex ? Shared : Found;
}

bool isAnnotatedGuarded(const VarDecl &VD) {
  for (const VarDecl *R : VD.redecls())
    if (R->hasAttr<GuardedByAttr>() || R->hasAttr<PtGuardedByAttr>())
      return true;
  return false;
}

SharingPattern recognisePattern(const VarDecl &VD,
                                llvm::ArrayRef<WriteFact> Writes,
                                ASTContext &Ctx) {
  if (Writes.empty())
    return SharingPattern::None;
  QualType T = VD.getType();
  auto All = [&](auto Pred) {
    for (const WriteFact &W : Writes)
      if (!Pred(W))
        return false;
    return true;
  };
  auto Any = [&](auto Pred) {
    for (const WriteFact &W : Writes)
      if (Pred(W))
        return true;
    return false;
  };

  // s_instance = this; ... s_instance = nullptr;
  if (T->isPointerType() &&
      All([&](const WriteFact &W) {
        const Expr *V = assignedValue(W.What);
        if (!V || W.What.ToPart)
          return false;
        V = V->IgnoreParenCasts();
        return isa<CXXThisExpr>(V) ||
               V->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) !=
                   Expr::NPCK_NotNull;
      }) &&
      Any([&](const WriteFact &W) {
        return isa<CXXThisExpr>(assignedValue(W.What)->IgnoreParenCasts());
      }))
    return SharingPattern::SelfRegistration;

  // One-instance guard: `if (created) fail(); created = true;` in the
  // constructor. The flag exists to be shared: it enforces a singleton.
  if (T->isBooleanType() && All([&](const WriteFact &W) {
        const Expr *V = assignedValue(W.What);
        return V && isTrueLiteral(V) &&
               W.Where.Kind == ContextKind::Constructor;
      }))
    return SharingPattern::SelfRegistration;

  if (T->isIntegralOrEnumerationType() && !T->isBooleanType()) {
    // Id generator: every write is an increment in construction whose value
    // becomes the new object's member.
    if (All([&](const WriteFact &W) {
          return !W.What.ToPart && isIncrement(W.What) && inConstruction(W) &&
                 flowsIntoMember(*W.What.Site, Ctx);
        }))
      return SharingPattern::IdGenerator;
    // Instance counter: ++ while constructing, -- while destroying.
    if (All([&](const WriteFact &W) {
          if (W.What.ToPart)
            return false;
          if (isIncrement(W.What))
            return inConstruction(W);
          if (isDecrement(W.What))
            return W.Where.Kind == ContextKind::Destructor;
          return false;
        }))
      return SharingPattern::InstanceCounter;
  }

  // Registry pruned by the destructor: constructors add, the destructor
  // removes (with whatever helps it: std::remove, find, ...).
  if (T->isRecordType() &&
      All([&](const WriteFact &W) {
        if (W.Where.Kind == ContextKind::Destructor)
          return W.What.Size != SizeEffect::Grows;
        return W.What.Size == SizeEffect::Grows && inConstruction(W);
      }) &&
      Any([](const WriteFact &W) {
        return W.What.Size == SizeEffect::Shrinks &&
               W.Where.Kind == ContextKind::Destructor;
      }) &&
      Any([](const WriteFact &W) { return W.What.Size == SizeEffect::Grows; }))
    return SharingPattern::PrunedRegistry;

  // Warn-once latch: if (!warned) { warned = true; ... }
  const VarDecl *Canon = VD.getCanonicalDecl();
  if (T->isBooleanType() && All([&](const WriteFact &W) {
        const Expr *V = assignedValue(W.What);
        if (!V || !isTrueLiteral(V))
          return false;
        for (const Expr *Cond : guardingConditions(*W.What.Site, Ctx)) {
          llvm::SmallVector<const VarDecl *, 2> Vars;
          collectStaticVars(Cond, Vars);
          if (isUnsetTest(Cond) && llvm::is_contained(Vars, Canon))
            return true;
        }
        return false;
      }))
    return SharingPattern::WarnOnceLatch;

  // Lazy one-time initialisation: written only under `if (!shared)`, in a
  // std::call_once lambda, or in a function-local static's initializer.
  if (All([&](const WriteFact &W) {
        if (runsOnce(*W.What.Site, Ctx))
          return true;
        for (const Expr *Cond : guardingConditions(*W.What.Site, Ctx)) {
          llvm::SmallVector<const VarDecl *, 2> Vars;
          collectStaticVars(Cond, Vars);
          if (isUnsetTest(Cond) && !Vars.empty())
            return true;
        }
        return false;
      }))
    return SharingPattern::LazyInitialization;

  return SharingPattern::None;
}

llvm::StringRef describePattern(SharingPattern P) {
  switch (P) {
  case SharingPattern::None:
    return "";
  case SharingPattern::InstanceCounter:
    return "an instance counter";
  case SharingPattern::IdGenerator:
    return "an id generator";
  case SharingPattern::SelfRegistration:
    return "singleton self-registration";
  case SharingPattern::PrunedRegistry:
    return "a registry pruned by the destructor";
  case SharingPattern::LazyInitialization:
    return "lazy one-time initialisation";
  case SharingPattern::WarnOnceLatch:
    return "a warn-once latch";
  }
  return "";
}

} // namespace clang::tidy::static_state
