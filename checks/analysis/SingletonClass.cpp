//===- SingletonClass.cpp - classes that have one object by design --------===//

#include "analysis/SingletonClass.h"
#include "analysis/TypeShapes.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::static_state {

namespace {

bool usableByAnyone(const CXXConstructorDecl &C) {
  return !C.isDeleted() && C.getAccess() == AS_public;
}

bool blocksCopies(const CXXRecordDecl &RD, unsigned Depth);

/// Whether a base or a data member of \p RD blocks copies of it.
bool holdsPartBlockingCopies(const CXXRecordDecl &RD, unsigned Depth) {
  for (const CXXBaseSpecifier &B : RD.bases())
    if (const CXXRecordDecl *Base = classOf(B.getType()))
      if (blocksCopies(*Base, Depth + 1))
        return true;
  for (const FieldDecl *F : RD.fields())
    if (const CXXRecordDecl *Part = classOf(F->getType()))
      if (blocksCopies(*Part, Depth + 1))
        return true;
  return false;
}

/// Whether a class holding a \p RD (as base or member) gets no copy or move
/// constructor: \p RD declares a copy constructor nobody may use and no move
/// constructor anybody may use (std::mutex), or holds such a part itself.
bool blocksCopies(const CXXRecordDecl &RD, unsigned Depth) {
  if (Depth > 4)
    return false;
  if (RD.hasUserDeclaredCopyConstructor()) {
    bool CopyBlocked = true;
    for (const CXXConstructorDecl *C : RD.ctors())
      if (C->isCopyOrMoveConstructor() && usableByAnyone(*C))
        CopyBlocked = false;
    return CopyBlocked;
  }
  return holdsPartBlockingCopies(RD, Depth);
}

/// Whether only the class itself (and its friends) can make objects of it.
bool nobodyElseConstructs(const CXXRecordDecl &Def) {
  if (!Def.hasUserDeclaredConstructor() || Def.isLambda() || Def.isUnion() ||
      Def.isDependentContext())
    return false;
  bool Final = Def.hasAttr<FinalAttr>();
  for (const CXXConstructorDecl *C : Def.ctors()) {
    if (C->isDeleted())
      continue;
    AccessSpecifier A = C->getAccess();
    if (A == AS_public || (A == AS_protected && !Final))
      return false;
  }
  // A declared copy or move constructor leaves no implicit public copy.
  if (Def.hasUserDeclaredCopyConstructor() ||
      Def.hasUserDeclaredMoveConstructor())
    return true;
  return holdsPartBlockingCopies(Def, /*Depth=*/0);
}

/// The construction of \p Class that \p Init makes, through `new` and a
/// smart pointer taking it (`std::unique_ptr<C>(new C)`).
const CXXConstructExpr *constructionIn(const Expr *Init,
                                       const CXXRecordDecl &Class,
                                       unsigned Depth = 0) {
  if (!Init || Depth > 2)
    return nullptr;
  Init = Init->IgnoreImplicit()->IgnoreParens();
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Init))
    return constructionIn(Cast->getSubExpr(), Class, Depth + 1);
  if (const auto *New = dyn_cast<CXXNewExpr>(Init))
    return New->isArray() ? nullptr : New->getConstructExpr();
  const auto *CE = dyn_cast<CXXConstructExpr>(Init);
  if (!CE)
    return nullptr;
  if (CE->getConstructor()->getParent()->getCanonicalDecl() ==
      Class.getCanonicalDecl())
    return CE;
  return CE->getNumArgs() == 1 ? constructionIn(CE->getArg(0), Class, Depth + 1)
                               : nullptr;
}

/// Every object of one class that some code makes, and which of them are
/// variables of static storage duration (or what such a variable points to,
/// set once under a test of that variable).
class ObjectsMade : public RecursiveASTVisitor<ObjectsMade> {
public:
  explicit ObjectsMade(const CXXRecordDecl &Class) : Class(Class) {}

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    if (E->getConstructor()->getParent()->getCanonicalDecl() ==
        Class.getCanonicalDecl())
      Made.insert(E);
    return true;
  }
  bool VisitVarDecl(VarDecl *V) {
    if (V->getStorageDuration() == SD_Static && V->hasInit())
      if (const CXXConstructExpr *E = constructionIn(V->getInit(), Class))
        Kept.insert(E);
    return true;
  }
  bool VisitIfStmt(IfStmt *If) {
    // `if (!s_) s_ = new C;`: the variable tested is the one set.
    llvm::SmallPtrSet<const VarDecl *, 2> Tested;
    collectStatics(If->getCond(), Tested);
    if (!Tested.empty() && If->getThen())
      collectAssignments(If->getThen(), Tested);
    return true;
  }

  bool allKept() const {
    return !Made.empty() && llvm::all_of(Made, [&](const CXXConstructExpr *E) {
      return Kept.contains(E);
    });
  }

private:
  void collectStatics(const Stmt *S,
                      llvm::SmallPtrSetImpl<const VarDecl *> &Out) {
    if (!S)
      return;
    if (const auto *E = dyn_cast<Expr>(S))
      if (const VarDecl *VD = staticVariableNamedBy(E))
        Out.insert(VD);
    for (const Stmt *Child : S->children())
      collectStatics(Child, Out);
  }
  void
  collectAssignments(const Stmt *S,
                     const llvm::SmallPtrSetImpl<const VarDecl *> &Tested) {
    if (!S)
      return;
    if (const auto *BO = dyn_cast<BinaryOperator>(S);
        BO && BO->getOpcode() == BO_Assign) {
      const VarDecl *Target = staticVariableNamedBy(BO->getLHS());
      if (Target && Target->getStorageDuration() == SD_Static &&
          Tested.contains(Target))
        if (const CXXConstructExpr *E = constructionIn(BO->getRHS(), Class))
          Kept.insert(E);
    }
    for (const Stmt *Child : S->children())
      collectAssignments(Child, Tested);
  }

  const CXXRecordDecl &Class;
  llvm::SmallPtrSet<const CXXConstructExpr *, 4> Made;
  llvm::SmallPtrSet<const CXXConstructExpr *, 4> Kept;
};

/// Walks the code that may call \p Owner's private constructors: its member
/// functions' bodies (not constructor initializers: delegating to another
/// constructor makes no object), its static data members' definitions, its
/// nested classes and its friends. False when a member function template
/// has a body: its specializations are not walked, so the count is unknown.
bool walkPrivilegedCode(const CXXRecordDecl &RD, ObjectsMade &Objects,
                        bool WithFriends, unsigned Depth = 0) {
  if (Depth > 3)
    return true;
  for (const Decl *D : RD.decls()) {
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D)) {
      if (FT->getTemplatedDecl()->hasBody())
        return false;
    } else if (const auto *MD = dyn_cast<CXXMethodDecl>(D)) {
      if (const FunctionDecl *Def = MD->getDefinition())
        if (Stmt *Body = Def->getBody())
          Objects.TraverseStmt(Body);
    } else if (const auto *VD = dyn_cast<VarDecl>(D)) {
      if (const VarDecl *Def = VD->getDefinition())
        Objects.TraverseDecl(const_cast<VarDecl *>(Def));
    } else if (const auto *Nested = dyn_cast<CXXRecordDecl>(D)) {
      if (!Nested->isInjectedClassName() && Nested->hasDefinition() &&
          !walkPrivilegedCode(*Nested->getDefinition(), Objects,
                              /*WithFriends=*/false, Depth + 1))
        return false;
    }
  }
  // Out-of-line definitions of member functions are found through their
  // declarations above; friends are the rest of who may construct.
  if (!WithFriends)
    return true;
  for (const FriendDecl *F : RD.friends()) {
    if (const NamedDecl *ND = F->getFriendDecl()) {
      if (isa<FunctionTemplateDecl>(ND))
        return false;
      if (const auto *FD = dyn_cast<FunctionDecl>(ND))
        if (const FunctionDecl *Def = FD->getDefinition())
          if (Stmt *Body = Def->getBody())
            Objects.TraverseStmt(Body);
    } else if (const TypeSourceInfo *TSI = F->getFriendType()) {
      if (const CXXRecordDecl *Friend = classOf(TSI->getType()))
        if (!walkPrivilegedCode(*Friend, Objects, /*WithFriends=*/false,
                                Depth + 1))
          return false;
    }
  }
  return true;
}

/// Whether \p Def is defined in the main file (no other translation unit
/// can make one) and the only object this one makes of it is one variable
/// of static storage duration: cppcheck's `static const CheckInstancesImpl
/// s_impl;` in checks.cpp, a file-local registry or implementation class.
bool isMainFileClassWithOneStaticObject(
    const CXXRecordDecl &Def, llvm::function_ref<const ObjectCensus &()> Census) {
  if (Def.isLambda() || Def.isUnion() || Def.isDependentContext() ||
      isa<ClassTemplateSpecializationDecl>(Def) ||
      Def.getDescribedClassTemplate())
    return false;
  const ASTContext &Ctx = Def.getASTContext();
  const SourceManager &SM = Ctx.getSourceManager();
  // With compile errors, code that makes objects may be missing from the
  // AST: no count from it.
  if (Ctx.getDiagnostics().hasUncompilableErrorOccurred() ||
      !SM.isInMainFile(SM.getExpansionLoc(Def.getLocation())))
    return false;
  return Census().soleHolder(Def) != nullptr;
}

} // namespace

bool isSingletonClass(const CXXRecordDecl &Class,
                      llvm::function_ref<const ObjectCensus &()> Census) {
  const CXXRecordDecl *Def = Class.getDefinition();
  if (!Def)
    return false;
  if (nobodyElseConstructs(*Def)) {
    ObjectsMade Objects(*Def);
    if (walkPrivilegedCode(*Def, Objects, /*WithFriends=*/true) &&
        Objects.allKept())
      return true;
  }
  return isMainFileClassWithOneStaticObject(*Def, Census);
}

const CXXRecordDecl *classSharingVariable(const VarDecl &VD) {
  if (VD.isStaticDataMember())
    return dyn_cast<CXXRecordDecl>(VD.getDeclContext());
  if (!VD.isStaticLocal())
    return nullptr;
  const auto *Method =
      dyn_cast_or_null<CXXMethodDecl>(VD.getParentFunctionOrMethod());
  return Method && Method->isInstance() ? Method->getParent() : nullptr;
}

bool SingletonClasses::holds(const CXXRecordDecl &Class) {
  auto [It, Inserted] = Known.try_emplace(&Class, false);
  if (Inserted)
    It->second = isSingletonClass(Class, [&]() -> const ObjectCensus & {
      if (!Census)
        Census = std::make_unique<ObjectCensus>(Class.getASTContext());
      return *Census;
    });
  return It->second;
}

} // namespace clang::tidy::static_state
