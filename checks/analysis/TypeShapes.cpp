//===- TypeShapes.cpp - types that are shared on purpose by what they are -===//

#include "analysis/TypeShapes.h"

#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::static_state {

const CXXRecordDecl *classOf(QualType T) {
  if (T.isNull())
    return nullptr;
  while (const ArrayType *AT = T->getAsArrayTypeUnsafe())
    T = AT->getElementType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  return RD ? RD->getDefinition() : nullptr;
}

const CXXRecordDecl *classOrPatternOf(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType();
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return RD;
  if (const auto *TST = T->getAs<TemplateSpecializationType>())
    if (const auto *CTD = dyn_cast_or_null<ClassTemplateDecl>(
            TST->getTemplateName().getAsTemplateDecl()))
      return CTD->getTemplatedDecl();
  return nullptr;
}

namespace {

/// A member (own or inherited) called \p Name that is a type.
const TypeDecl *nestedType(const CXXRecordDecl &RD, llvm::StringRef Name) {
  IdentifierInfo &II = RD.getASTContext().Idents.get(Name);
  for (const NamedDecl *D : RD.lookup(&II))
    if (const auto *TD = dyn_cast<TypeDecl>(D))
      return TD;
  for (const CXXBaseSpecifier &B : RD.bases())
    if (const CXXRecordDecl *Base = classOf(B.getType()))
      if (const TypeDecl *TD = nestedType(*Base, Name))
        return TD;
  return nullptr;
}

/// A method called \p Name (own or inherited) taking \p Params parameters
/// (any number when negative) and, when \p Static, static.
bool hasMethod(const CXXRecordDecl &RD, DeclarationName Name, int Params,
               bool Static) {
  for (const NamedDecl *D : RD.lookup(Name)) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(D->getAsFunction());
    if (MD && (Params < 0 || MD->getNumParams() == unsigned(Params)) &&
        (!Static || MD->isStatic()))
      return true;
  }
  for (const CXXBaseSpecifier &B : RD.bases())
    if (const CXXRecordDecl *Base = classOf(B.getType()))
      if (hasMethod(*Base, Name, Params, Static))
        return true;
  return false;
}

bool hasNamedMethod(const CXXRecordDecl &RD, llvm::StringRef Name, int Params,
                    bool Static) {
  return hasMethod(RD, &RD.getASTContext().Idents.get(Name), Params, Static);
}

bool isConstantArithmetic(QualType T) {
  return T.isConstQualified() &&
         (T->isArithmeticType() || T->isEnumeralType());
}

/// Whether \p T is \p Part, or a class made of nothing else: every base and
/// every data member (again made of such parts, or constant numbers), at
/// least one of them a part.
template <class PartTest>
bool isMadeOf(QualType T, const PartTest &Part, unsigned Depth = 0) {
  if (Part(T))
    return true;
  const CXXRecordDecl *RD = classOf(T);
  if (!RD || Depth > 4 || RD->isUnion() || RD->isDependentContext())
    return false;
  bool Any = false;
  for (const CXXBaseSpecifier &B : RD->bases()) {
    if (!isMadeOf(B.getType(), Part, Depth + 1))
      return false;
    Any = true;
  }
  for (const FieldDecl *F : RD->fields()) {
    // A constant number or enumerator (`const int limit = 10;`) never
    // changes: it neither makes nor unmakes the class's kind.
    if (isConstantArithmetic(F->getType()))
      continue;
    if (!isMadeOf(F->getType(), Part, Depth + 1))
      return false;
    Any = true;
  }
  return Any;
}

/// A uniform random bit generator or a <random> distribution itself.
bool isRandomPart(QualType T) {
  const CXXRecordDecl *RD = classOf(T);
  if (!RD)
    return false;
  const TypeDecl *Result = nestedType(*RD, "result_type");
  if (!Result)
    return false;
  DeclarationName Call = RD->getASTContext().DeclarationNames.getCXXOperatorName(
      OO_Call);
  // A uniform random bit generator: engines and std::random_device.
  if (hasNamedMethod(*RD, "min", 0, /*Static=*/false) &&
      hasNamedMethod(*RD, "max", 0, /*Static=*/false) && hasMethod(*RD, Call, 0, false))
    return true;
  // A distribution draws from such a generator and keeps its own state.
  return nestedType(*RD, "param_type") && hasNamedMethod(*RD, "reset", 0, false) &&
         hasMethod(*RD, Call, -1, false);
}

} // namespace

bool holdsNoState(QualType T) {
  const CXXRecordDecl *RD = classOf(T);
  // A dependent base's definition is not known: classOf gives null.
  if (!RD || RD->isUnion() || !RD->field_empty())
    return false;
  return llvm::all_of(RD->bases(), [](const CXXBaseSpecifier &B) {
    return holdsNoState(B.getType());
  });
}

bool isRandomEngineOrDistribution(QualType T) {
  return isMadeOf(T, isRandomPart);
}

bool isAtomicLikeClass(QualType T, const TypeNameFilter &Shared,
                       const ASTContext &Ctx) {
  return classOf(T) &&
         isMadeOf(T, [&](QualType Part) { return Shared.matches(Part, Ctx); });
}

} // namespace clang::tidy::static_state
