//===- ObjectCensus.cpp - the objects a translation unit makes ------------===//

#include "analysis/ObjectCensus.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/Version.h"

namespace clang::tidy::static_state {

namespace {

const CXXRecordDecl *canonicalClassOf(const Type *T) {
  const CXXRecordDecl *RD = T ? T->getAsCXXRecordDecl() : nullptr;
  return RD ? RD->getCanonicalDecl() : nullptr;
}

const CXXRecordDecl *canonicalClassOf(QualType T) {
  if (T.isNull() || T->isArrayType())
    return nullptr;
  return canonicalClassOf(T.getTypePtr());
}

class CensusWalk : public RecursiveASTVisitor<CensusWalk> {
public:
  using Tallies = llvm::DenseMap<const CXXRecordDecl *, ObjectCensus::Tally>;
  CensusWalk(Tallies &ByClass, const SourceManager &SM)
      : ByClass(ByClass), SM(SM) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  // A type spelled in a system header makes no object of a user's class at
  // run time: its expressions are constants or unevaluated (array bounds,
  // decltype, noexcept), and a default argument is counted where a call
  // uses it. Skipping them saves a third of the walk. The user's own types
  // are walked (a lambda in decltype may hold a static), and so is the
  // bound of a variable-length array, which runs.
#if CLANG_VERSION_MAJOR >= 22
  bool TraverseTypeLoc(TypeLoc TL, bool TraverseQualifier = true) {
    return skipsType(TL) ||
           RecursiveASTVisitor::TraverseTypeLoc(TL, TraverseQualifier);
  }
#else
  bool TraverseTypeLoc(TypeLoc TL) {
    return skipsType(TL) || RecursiveASTVisitor::TraverseTypeLoc(TL);
  }
#endif

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    made(E->getConstructor()->getParent()->getCanonicalDecl(), E);
    return true;
  }
  bool VisitInitListExpr(InitListExpr *E) {
    if (E->isSemanticForm())
      made(canonicalClassOf(E->getType()), E);
    return true;
  }
  bool VisitCXXNewExpr(CXXNewExpr *E) {
    if (!E->getConstructExpr()) // no constructor call to count it by
      made(canonicalClassOf(E->getAllocatedType()), E);
    return true;
  }
  bool VisitFieldDecl(FieldDecl *F) {
    other(canonicalClassOf(F->getType()->getBaseElementTypeUnsafe()));
    return true;
  }
  bool VisitCXXRecordDecl(CXXRecordDecl *RD) {
    if (RD->hasDefinition() && RD == RD->getDefinition())
      for (const CXXBaseSpecifier &B : RD->bases())
        other(canonicalClassOf(B.getType()));
    return true;
  }
  bool VisitVarDecl(VarDecl *V) {
    if (isa<ParmVarDecl>(V) ||
        V->isThisDeclarationADefinition() == VarDecl::DeclarationOnly)
      return true;
    // An array of it: several objects, which a brace list may make with no
    // construction the walk sees (`static T more[3] = {};`).
    if (V->getType()->isArrayType()) {
      other(canonicalClassOf(V->getType()->getBaseElementTypeUnsafe()));
      return true;
    }
    const CXXRecordDecl *Class = canonicalClassOf(V->getType());
    if (!Class)
      return true;
    // In a template: one per specialization, however many there are.
    if (V->getStorageDuration() == SD_Static && V->hasInit() &&
        !V->isTemplated()) {
      auto &Holders = ByClass[Class].Holders;
      if (Holders.size() < 2)
        Holders.push_back(V);
    } else
      other(Class); // a local, a thread_local or one without an initializer
    return true;
  }

private:
  bool skipsType(TypeLoc TL) const {
    return TL.isNull() || (!TL.getType()->isVariablyModifiedType() &&
                           SM.isInSystemHeader(TL.getBeginLoc()));
  }
  void made(const CXXRecordDecl *Class, const Expr *E) {
    if (!Class)
      return;
    ObjectCensus::Tally &T = ByClass[Class];
    if (T.Made.size() < 2)
      T.Made.insert(E);
  }
  void other(const CXXRecordDecl *Class) {
    if (Class)
      ByClass[Class].Other = true;
  }

  Tallies &ByClass;
  const SourceManager &SM;
};

} // namespace

ObjectCensus::ObjectCensus(ASTContext &Ctx) {
  CensusWalk Walk(ByClass, Ctx.getSourceManager());
  // The translation unit's declarations one by one: traversing the unit
  // itself follows clang-tidy's traversal scope and would see nothing.
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    Walk.TraverseDecl(D);
}

const VarDecl *ObjectCensus::soleHolder(const CXXRecordDecl &Class) const {
  auto It = ByClass.find(Class.getCanonicalDecl());
  if (It == ByClass.end())
    return nullptr;
  const Tally &T = It->second;
  if (T.Other || T.Holders.size() != 1 || T.Made.size() != 1)
    return nullptr;
  const Expr *Init = T.Holders.front()->getInit()->IgnoreImplicit();
  return *T.Made.begin() == Init ? T.Holders.front() : nullptr;
}

} // namespace clang::tidy::static_state
