//===- MoveHazards.cpp - what a static's storage does that a member's does not ===//

#include "analysis/MoveHazards.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::static_state {

namespace {

/// The class whose destructor, outside the standard library, destroying a
/// \p T runs (directly, through a member or base, or through a standard
/// type's template argument: std::unique_ptr<Noisy>, std::vector<Noisy>).
const CXXRecordDecl *
userDestructorIn(QualType T, const ASTContext &Ctx, unsigned Depth,
                 llvm::SmallPtrSetImpl<const CXXRecordDecl *> &Seen) {
  if (Depth > 8)
    return nullptr;
  T = Ctx.getBaseElementType(T.getNonReferenceType());
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD || !Seen.insert(RD).second)
    return nullptr;
  const SourceManager &SM = Ctx.getSourceManager();
  bool Library = SM.isInSystemHeader(RD->getLocation());
  if (const CXXDestructorDecl *Dtor = RD->getDestructor())
    if (Dtor->isUserProvided() && !Library)
      return RD;
  // Standard classes whose destructor acts on the world: flushes and closes
  // a file, joins or terminates a thread, waits for a task, unlocks.
  if (Library && RD->getIdentifier() &&
      llvm::is_contained(
          {"basic_fstream", "basic_ofstream", "basic_filebuf", "thread",
           "jthread", "future", "shared_future", "lock_guard", "unique_lock",
           "scoped_lock", "shared_lock", "basic_osyncstream", "basic_syncbuf"},
          RD->getName()))
    return RD;
  for (const FieldDecl *Field : RD->fields())
    if (const CXXRecordDecl *In =
            userDestructorIn(Field->getType(), Ctx, Depth + 1, Seen))
      return In;
  for (const CXXBaseSpecifier &Base : RD->bases())
    if (const CXXRecordDecl *In =
            userDestructorIn(Base.getType(), Ctx, Depth + 1, Seen))
      return In;
  // What a standard container or smart pointer owns is named by its
  // arguments; its own members are implementation details.
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
      if (Arg.getKind() == TemplateArgument::Type)
        if (const CXXRecordDecl *In =
                userDestructorIn(Arg.getAsType(), Ctx, Depth + 1, Seen))
          return In;
  return nullptr;
}

/// Finds, in an initializer, the object itself (`*this`, a member function
/// called) or the moved static: reading a field of the object is fine.
/// Naming the static or calling a member function uses it for sure; handing
/// `this` elsewhere (`std::bind(&C::f, this)`) only may.
enum class ObjectReach { None, MayUse, Uses };

class ReachesObject : public RecursiveASTVisitor<ReachesObject> {
public:
  explicit ReachesObject(const VarDecl &Static) : Static(Static) {}
  ObjectReach Found = ObjectReach::None;

  bool VisitMemberExpr(MemberExpr *E) {
    if (const auto *This =
            dyn_cast<CXXThisExpr>(E->getBase()->IgnoreParenImpCasts())) {
      if (isa<FieldDecl>(E->getMemberDecl()))
        FieldBases.insert(This);
      else if (isa<CXXMethodDecl>(E->getMemberDecl()))
        Found = ObjectReach::Uses;
    }
    if (E->getMemberDecl()->getCanonicalDecl() == Static.getCanonicalDecl())
      Found = ObjectReach::Uses;
    return Found != ObjectReach::Uses;
  }
  bool VisitCXXThisExpr(CXXThisExpr *E) {
    if (!FieldBases.count(E) && Found == ObjectReach::None)
      Found = ObjectReach::MayUse;
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (E->getDecl()->getCanonicalDecl() == Static.getCanonicalDecl())
      Found = ObjectReach::Uses;
    return Found != ObjectReach::Uses;
  }

private:
  const VarDecl &Static;
  llvm::SmallPtrSet<const CXXThisExpr *, 8> FieldBases;
};

ObjectReach reachesObject(const Expr *Init, const VarDecl &Static) {
  if (!Init)
    return ObjectReach::None;
  ReachesObject V(Static);
  V.TraverseStmt(const_cast<Expr *>(Init));
  return V.Found;
}

/// The lambda \p E is written in, or null.
const LambdaExpr *enclosingLambda(const Expr &E, ASTContext &Ctx) {
  DynTypedNode Cur = DynTypedNode::create(E);
  for (unsigned Depth = 0; Depth < 64; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Cur);
    if (Parents.empty())
      return nullptr;
    if (const auto *Lambda = Parents[0].get<LambdaExpr>())
      return Lambda;
    // A lambda's body hangs from its call operator, whose parent is the
    // closure class, whose parent is the lambda expression.
    Cur = Parents[0];
  }
  return nullptr;
}

bool isLibraryFunction(const FunctionDecl &FD, ASTContext &Ctx) {
  if (!Ctx.getSourceManager().isInSystemHeader(FD.getLocation()))
    return false;
  std::string Name = FD.getQualifiedNameAsString();
  for (llvm::StringRef Keeps : {"thread", "async", "bind", "function"})
    if (llvm::StringRef(Name).contains(Keeps))
      return false;
  return true;
}

/// Whether the closure \p Lambda makes lives only as long as the call it is
/// written in: called right there, kept in a local, or handed to a
/// standard algorithm.
bool diesWithTheCall(const LambdaExpr &Lambda, ASTContext &Ctx) {
  const Stmt *Cur = &Lambda;
  for (unsigned Depth = 0; Depth < 16; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(*Cur);
    if (Parents.empty())
      return false;
    if (const auto *Var = Parents[0].get<VarDecl>())
      return Var->isLocalVarDecl() && !Var->isStaticLocal() &&
             Var->getType()->getAsCXXRecordDecl() == Lambda.getLambdaClass();
    const Stmt *P = Parents[0].get<Stmt>();
    if (!P)
      return false;
    if (isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
            ExprWithCleanups, ParenExpr>(P)) {
      Cur = P;
      continue;
    }
    if (const auto *Call = dyn_cast<CallExpr>(P)) {
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
        if (Op->getOperator() == OO_Call && Op->getArg(0) == Cur)
          return true; // `[this] { ... }()`
      const FunctionDecl *Callee = Call->getDirectCallee();
      return Callee && isLibraryFunction(*Callee, Ctx);
    }
    return false;
  }
  return false;
}

} // namespace

std::optional<std::string> whyUsedByLastingLambda(const VarDecl &VD,
                                                  llvm::ArrayRef<Reference> Refs,
                                                  ASTContext &Ctx) {
  for (const Reference &R : Refs) {
    if (!R.InLambda || !R.Ref)
      continue;
    const LambdaExpr *Lambda = enclosingLambda(*R.Ref, Ctx);
    if (Lambda && !diesWithTheCall(*Lambda, Ctx))
      return "'" + VD.getNameAsString() +
             "' is used in a lambda that is stored or handed on: as a member "
             "it would be reached through an object that may be gone by the "
             "time the lambda runs";
  }
  return std::nullopt;
}

std::optional<std::string> whyNotPerObjectStorage(const VarDecl &VD) {
  if (VD.getTLSKind() == VarDecl::TLS_None)
    return std::nullopt;
  return "'" + VD.getNameAsString() +
         "' is thread_local, one per thread: as a member it would be one per "
         "object, shared by every thread that uses the object";
}

std::optional<std::string> whyDestructionShows(QualType T,
                                               const ASTContext &Ctx) {
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  const CXXRecordDecl *RD = userDestructorIn(T, Ctx, 0, Seen);
  if (!RD)
    return std::nullopt;
  return "destroying it runs the destructor of '" + RD->getNameAsString() +
         "', which acts (code of this program, or a file, thread or lock), at "
         "exit for a static: moved, it would run when the object dies or the "
         "call returns";
}

std::optional<std::string> whyInitialisedTooLate(const CXXRecordDecl &Class,
                                                 SourceLocation At,
                                                 const VarDecl &Static,
                                                 const ASTContext &Ctx) {
  const CXXRecordDecl *Def = Class.getDefinition();
  if (!Def)
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  const auto Before = [&](const FieldDecl &Field) {
    return SM.isBeforeInTranslationUnit(Field.getLocation(), At);
  };
  // The first initializer that surely uses the static or the object is
  // named; failing one, the first that hands `this` elsewhere.
  std::string MayUse;
  const auto Consider = [&](ObjectReach Reach, std::string What) {
    if (Reach == ObjectReach::MayUse && MayUse.empty())
      MayUse = std::move(What);
    return Reach == ObjectReach::Uses;
  };
  const auto Why = [&](llvm::StringRef What) {
    std::string Name = "'" + Static.getNameAsString() + "'";
    return What.str() + " is initialised first, by code that reads " + Name +
           " or calls into the object: as a member, " + Name +
           " could be used there before it is initialised";
  };
  for (const FieldDecl *Field : Def->fields())
    if (Before(*Field) && Field->hasInClassInitializer()) {
      std::string What = "member '" + Field->getNameAsString() + "'";
      if (Consider(reachesObject(Field->getInClassInitializer(), Static), What))
        return Why(What);
    }
  for (const CXXConstructorDecl *Ctor : Def->ctors()) {
    const FunctionDecl *Body = nullptr;
    if (!Ctor->hasBody(Body))
      continue;
    for (const CXXCtorInitializer *Init :
         cast<CXXConstructorDecl>(Body)->inits()) {
      if (!Init->isWritten())
        continue;
      const FieldDecl *Field = Init->getMember();
      if (!Init->isBaseInitializer() && !(Field && Before(*Field)))
        continue;
      std::string What = Field ? "member '" + Field->getNameAsString() + "'"
                               : std::string("a base class");
      if (Consider(reachesObject(Init->getInit(), Static), What))
        return Why(What);
    }
  }
  if (!MayUse.empty())
    return Why(MayUse);
  return std::nullopt;
}

} // namespace clang::tidy::static_state
