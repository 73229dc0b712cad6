//===- References.cpp - where a reference to a variable sits --------------===//

#include "analysis/References.h"
#include "analysis/TypeShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::static_state {

namespace {

bool isUnevaluatedOperand(const Stmt &S) {
  if (const auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(&S))
    return U->getKind() == UETT_SizeOf || U->getKind() == UETT_AlignOf ||
           U->getKind() == UETT_PreferredAlignOf;
  if (isa<CXXNoexceptExpr>(S))
    return true;
  if (const auto *T = dyn_cast<CXXTypeidExpr>(&S))
    return !T->isPotentiallyEvaluated();
  return false;
}

ContextKind kindOfFunction(const FunctionDecl &FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(&FD);
  if (!MD)
    return ContextKind::FreeFunction;
  if (MD->isStatic())
    return ContextKind::StaticMethod;
  if (isa<CXXConstructorDecl>(MD))
    return ContextKind::Constructor;
  if (isa<CXXDestructorDecl>(MD))
    return ContextKind::Destructor;
  return ContextKind::InstanceMethod;
}

/// The function a lambda class or local class is written in, if any.
const FunctionDecl *enclosingFunctionOf(const DeclContext *DC) {
  for (; DC; DC = DC->getParent()) {
    if (const auto *FD = dyn_cast<FunctionDecl>(DC))
      return FD;
    if (DC->isFileContext())
      return nullptr;
  }
  return nullptr;
}

} // namespace

void forEachAncestor(
    DynTypedNode Start, ASTContext &Ctx,
    llvm::function_ref<bool(const DynTypedNode &, const DynTypedNode &)>
        Visit) {
  DynTypedNode Child = Start;
  for (unsigned Depth = 0; Depth < 4096; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Child);
    if (Parents.empty())
      return;
    DynTypedNode Parent = Parents[0];
    for (const DynTypedNode &Candidate : Parents)
      if (Candidate.get<LambdaExpr>())
        Parent = Candidate;
    if (!Visit(Parent, Child))
      return;
    Child = Parent;
  }
}

void forEachEnclosingBlock(
    const Stmt &Site, ASTContext &Ctx,
    llvm::function_ref<bool(const CompoundStmt &, const Stmt *)> Visit) {
  forEachAncestor(DynTypedNode::create(Site), Ctx,
                  [&](const DynTypedNode &P, const DynTypedNode &Child) {
                    if (P.get<FunctionDecl>() || P.get<LambdaExpr>())
                      return false;
                    const auto *Block = P.get<CompoundStmt>();
                    return !Block || Visit(*Block, Child.get<Stmt>());
                  });
}

const Stmt *parentStmt(const Stmt &S, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(S);
  if (Parents.size() != 1)
    return nullptr;
  return Parents[0].get<Stmt>();
}

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

const CXXForRangeStmt *rangeForOfHiddenRange(const VarDecl &Range,
                                             ASTContext &Ctx) {
  if (!Range.isImplicit())
    return nullptr;
  for (const DynTypedNode &Up : Ctx.getParents(Range))
    if (const auto *DS = Up.get<DeclStmt>())
      for (const DynTypedNode &Up2 : Ctx.getParents(*DS))
        if (const auto *For = Up2.get<CXXForRangeStmt>())
          return For;
  return nullptr;
}

const Stmt *fullExpressionOf(const Stmt &Site, ASTContext &Ctx) {
  const Stmt *Top = &Site;
  while (const Stmt *P = parentStmt(*Top, Ctx)) {
    if (!isa<Expr>(P))
      break;
    Top = P;
  }
  return Top;
}

bool namesParameterOf(const Stmt &S, const FunctionDecl &Fn) {
  if (const auto *DRE = dyn_cast<DeclRefExpr>(&S))
    if (const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl()))
      return P->getDeclContext() == &Fn;
  for (const Stmt *Child : S.children())
    if (Child && namesParameterOf(*Child, Fn))
      return true;
  return false;
}

bool isValueDiscarded(const Stmt &E, ASTContext &Ctx) {
  const Stmt *Child = &E;
  const Stmt *P = parentStmt(E, Ctx);
  while (P && (isa<ParenExpr>(P) || isa<ExprWithCleanups>(P))) {
    Child = P;
    P = parentStmt(*P, Ctx);
  }
  if (!P)
    return false;
  if (const auto *Cast = dyn_cast<CastExpr>(P))
    return Cast->getType()->isVoidType();
  if (const auto *Comma = dyn_cast<BinaryOperator>(P);
      Comma && Comma->getOpcode() == BO_Comma)
    return Comma->getLHS()->IgnoreParens() == Child;
  // Used: an operand, a return value, an initializer, a condition.
  if (isa<Expr>(P) || isa<ReturnStmt>(P) || isa<DeclStmt>(P))
    return false;
  if (const auto *If = dyn_cast<IfStmt>(P))
    return If->getCond() != Child;
  if (const auto *While = dyn_cast<WhileStmt>(P))
    return While->getCond() != Child;
  if (const auto *Do = dyn_cast<DoStmt>(P))
    return Do->getCond() != Child;
  if (const auto *Switch = dyn_cast<SwitchStmt>(P))
    return Switch->getCond() != Child;
  if (const auto *For = dyn_cast<ForStmt>(P))
    return For->getCond() != Child;
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(P))
    return Range->getBody() == Child;
  return true; // a statement of a block, a case or a label
}

ParentScope::ParentScope(ASTContext &Ctx, llvm::ArrayRef<const Decl *> Owners)
    : Ctx(Ctx) {
  if (llvm::is_contained(Owners, nullptr))
    return;
  // A vector by value before LLVM 22, an ArrayRef since: keep what it holds.
  auto Current = Ctx.getTraversalScope();
  Saved.assign(Current.begin(), Current.end());
  std::vector<Decl *> Scope;
  Scope.reserve(Owners.size());
  for (const Decl *D : Owners)
    Scope.push_back(const_cast<Decl *>(D));
  // Also drops any map built so far: it is rebuilt for the scope on demand.
  Ctx.setTraversalScope(Scope);
  Restricted = true;
}

ParentScope::~ParentScope() { widen(); }

void ParentScope::widen() {
  if (!Restricted)
    return;
  Ctx.setTraversalScope(Saved);
  Restricted = false;
}

void ParentScope::cover(llvm::ArrayRef<const Expr *> Nodes) {
  for (const Expr *E : Nodes)
    if (Restricted && Ctx.getParents(*E).empty())
      widen();
}

const Stmt *skipTransparentUp(const Stmt *S, ASTContext &Ctx) {
  while (S) {
    const Stmt *P = parentStmt(*S, Ctx);
    if (!P || !(isa<ParenExpr>(P) || isa<ExprWithCleanups>(P) ||
                isa<MaterializeTemporaryExpr>(P) ||
                isa<CXXBindTemporaryExpr>(P) || isa<ImplicitCastExpr>(P)))
      return S;
    S = P;
  }
  return S;
}

Reference describeReference(const Expr &E, ASTContext &Ctx) {
  Reference R;
  R.Ref = &E;
  R.InMacro = E.getBeginLoc().isMacroID();

  // Walk up to the first declaration that owns the code.
  DynTypedNode Node = DynTypedNode::create(E);
  for (unsigned Depth = 0; Depth < 4096; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      break;
    // Templates may give a node several parents; the first one is the
    // pattern's, which is what we analyse. A default member initializer is
    // also reachable from each constructor's CXXDefaultInitExpr: name the
    // field, where it is written.
    DynTypedNode P = Parents[0];
    for (const DynTypedNode &Candidate : Parents)
      if (Candidate.get<FieldDecl>())
        P = Candidate;
    if (const auto *Default = P.get<CXXDefaultInitExpr>()) {
      // Seen from a constructor, but written in the field's initializer.
      R.InitializerOf = Default->getField();
      break;
    }
    if (const auto *S = P.get<Stmt>()) {
      if (isUnevaluatedOperand(*S))
        R.Unevaluated = true;
      if (const auto *L = dyn_cast<LambdaExpr>(S)) {
        if (!R.Innermost)
          R.Innermost = L->getCallOperator();
      }
    } else if (P.get<TypeLoc>() || P.get<QualType>()) {
      // decltype(x) and friends: the expression sits in a type. A default
      // argument also hangs off the function's type, but it is evaluated.
      if (!R.InDefaultArgument)
        R.Unevaluated = true;
    } else if (const auto *FD = P.get<FunctionDecl>()) {
      if (!R.Innermost)
        R.Innermost = FD;
      break;
    } else if (const auto *Field = P.get<FieldDecl>()) {
      R.InitializerOf = Field;
      break;
    } else if (const auto *VD = P.get<VarDecl>()) {
      if (isa<ParmVarDecl>(VD))
        R.InDefaultArgument = true;
      if (!VD->isLocalVarDeclOrParm()) {
        R.Kind = ContextKind::StaticInitializer;
        break;
      }
    } else if (P.get<Decl>() && !P.get<BindingDecl>()) {
      // Enumerators, template arguments, attributes: no code that runs.
      break;
    }
    Node = P;
  }

  if (R.InitializerOf) {
    R.Kind = ContextKind::MemberInitializer;
    return R;
  }
  if (!R.Innermost)
    return R;

  // Fold lambdas and local classes into the function they are written in.
  const FunctionDecl *Owner =
      namedEnclosingFunction(*R.Innermost, &R.InLambda, &R.InLocalClass);
  R.Owner = Owner;
  R.Kind = kindOfFunction(*Owner);
  return R;
}

const FunctionDecl *namedEnclosingFunction(const FunctionDecl &Innermost,
                                           bool *InLambda,
                                           bool *InLocalClass) {
  const FunctionDecl *Owner = &Innermost;
  while (true) {
    const auto *MD = dyn_cast<CXXMethodDecl>(Owner);
    if (!MD)
      break;
    const CXXRecordDecl *Cls = MD->getParent();
    const FunctionDecl *Outer = enclosingFunctionOf(Cls->getDeclContext());
    if (!Outer)
      break;
    if (Cls->isLambda()) {
      if (InLambda)
        *InLambda = true;
    } else if (InLocalClass) {
      *InLocalClass = true;
    }
    Owner = Outer;
  }
  return Owner;
}

const CXXRecordDecl *contextRecord(const Reference &R) {
  if (R.InitializerOf)
    return dyn_cast<CXXRecordDecl>(R.InitializerOf->getParent());
  if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(R.Owner))
    return MD->getParent();
  return nullptr;
}

bool isSameOrDerivedClass(const CXXRecordDecl *Writer,
                          const CXXRecordDecl *Owner) {
  if (!Writer || !Owner)
    return false;
  Writer = Writer->getCanonicalDecl();
  Owner = Owner->getCanonicalDecl();
  if (Writer == Owner)
    return true;
  if (!Writer->hasDefinition())
    return false;
  // isDerivedFrom does not look through dependent bases; walk them by hand
  // so that `template <class T> struct D : Base<T>` still counts.
  for (const CXXBaseSpecifier &B : Writer->getDefinition()->bases()) {
    const CXXRecordDecl *Base = classOrPatternOf(B.getType());
    if (Base && isSameOrDerivedClass(Base, Owner))
      return true;
  }
  return false;
}

bool isCodeOfClass(const Reference &R, const CXXRecordDecl *Class) {
  auto Within = [&](const DeclContext *DC) {
    for (; DC; DC = DC->getParent())
      if (isSameOrDerivedClass(dyn_cast<CXXRecordDecl>(DC), Class))
        return true;
    return false;
  };
  return Within(contextRecord(R)) ||
         (R.Owner && Within(R.Owner->getLexicalDeclContext()));
}

const VarDecl *canonicalVariable(const VarDecl *VD) {
  while (const VarDecl *From = VD->getInstantiatedFromStaticDataMember())
    VD = From;
  return VD->getCanonicalDecl();
}

std::string functionName(const FunctionDecl &FD,
                         const CXXRecordDecl *Relative) {
  std::string Name = FD.getNameAsString();
  const auto *MD = dyn_cast<CXXMethodDecl>(&FD);
  if (MD && Relative &&
      MD->getParent()->getCanonicalDecl() != Relative->getCanonicalDecl())
    return MD->getParent()->getNameAsString() + "::" + Name;
  return Name;
}

bool isInstanceCode(ContextKind K) {
  return K == ContextKind::InstanceMethod || K == ContextKind::Constructor ||
         K == ContextKind::Destructor || K == ContextKind::MemberInitializer;
}

std::string describeFunction(const FunctionDecl &FD,
                             const CXXRecordDecl *Relative) {
  std::string Name = "'" + functionName(FD, Relative) + "'";
  switch (kindOfFunction(FD)) {
  case ContextKind::Constructor:
    return "constructor " + Name;
  case ContextKind::Destructor:
    return "destructor " + Name;
  case ContextKind::InstanceMethod:
    return "instance method " + Name;
  case ContextKind::StaticMethod:
    return "static member function " + Name;
  default:
    return "function " + Name;
  }
}

std::string describeCode(const Reference &R, const CXXRecordDecl *Relative) {
  if (R.Kind == ContextKind::MemberInitializer && R.InitializerOf)
    return "the default member initializer of '" +
           R.InitializerOf->getNameAsString() + "'";
  if (R.Owner)
    return describeFunction(*R.Owner, Relative);
  return "a static initializer";
}

} // namespace clang::tidy::static_state
