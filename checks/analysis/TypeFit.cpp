//===- TypeFit.cpp - can this type live where a rewrite puts it? ----------===//

#include "analysis/TypeFit.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::static_state {

namespace {

std::string typeWords(QualType T, const ASTContext &Ctx) {
  PrintingPolicy P(Ctx.getLangOpts());
  P.SuppressTagKeyword = true;
  return "'" + T.getAsString(P) + "'";
}

/// Standard templates that may be instantiated with an incomplete type, or
/// hold their argument behind a pointer.
bool holdsIndirectly(const CXXRecordDecl &RD) {
  if (!RD.getIdentifier())
    return false;
  llvm::StringRef N = RD.getName();
  return N == "vector" || N == "list" || N == "forward_list" ||
         N == "unique_ptr" || N == "shared_ptr" || N == "weak_ptr" ||
         N == "function" || N == "basic_string_view" || N == "span" ||
         N == "reference_wrapper";
}

bool isBeingDefinedAt(const CXXRecordDecl &RD, SourceLocation At,
                      const SourceManager &SM) {
  const CXXRecordDecl *Def = RD.getDefinition();
  if (!Def)
    return true;
  SourceLocation End = SM.getFileLoc(Def->getBraceRange().getEnd());
  return End.isInvalid() || !SM.isBeforeInTranslationUnit(End, At);
}

/// A record inside \p T held by value that is incomplete at \p At, or that
/// is \p Class itself (or one of the classes around it).
const CXXRecordDecl *incompleteByValue(QualType T, const CXXRecordDecl *Class,
                                       SourceLocation At,
                                       const SourceManager &SM,
                                       unsigned Depth) {
  if (Depth > 8 || T.isNull())
    return nullptr;
  T = T.getCanonicalType();
  while (const auto *AT = dyn_cast<ArrayType>(T.getTypePtr()))
    T = AT->getElementType().getCanonicalType();
  if (T->isPointerType() || T->isReferenceType() || T->isMemberPointerType())
    return nullptr;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return nullptr;
  for (const DeclContext *DC = Class; DC; DC = DC->getParent())
    if (const auto *Around = dyn_cast<CXXRecordDecl>(DC))
      if (Around->getCanonicalDecl() == RD->getCanonicalDecl())
        return RD;
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
  if (!Spec && isBeingDefinedAt(*RD, At, SM))
    return RD;
  if (Spec && !holdsIndirectly(*Spec))
    for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
      if (Arg.getKind() == TemplateArgument::Type)
        if (const CXXRecordDecl *Bad =
                incompleteByValue(Arg.getAsType(), Class, At, SM, Depth + 1))
          return Bad;
  return nullptr;
}

} // namespace

std::optional<std::string> whyNotMemberType(QualType T,
                                            const CXXRecordDecl &Class,
                                            SourceLocation At,
                                            const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (T->isIncompleteArrayType())
    return "its array bound is not known in the class";
  if (const CXXRecordDecl *Bad =
          incompleteByValue(T, &Class, SM.getFileLoc(At), SM, 0)) {
    if (Bad->getCanonicalDecl() == Class.getCanonicalDecl())
      return "its type " + typeWords(T, Ctx) + " holds '" +
             Class.getNameAsString() +
             "' itself: a class cannot contain an object of its own type";
    return "its type " + typeWords(T, Ctx) + " needs '" +
           Bad->getNameAsString() +
           "', which is incomplete where the member would be declared";
  }
  return std::nullopt;
}

std::optional<std::string> whyNotLocalType(QualType T, SourceLocation At,
                                           const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (T->isIncompleteArrayType())
    return "its array bound is not known where the local would be declared";
  if (const CXXRecordDecl *Bad =
          incompleteByValue(T, nullptr, SM.getFileLoc(At), SM, 0))
    return "its type needs '" + Bad->getNameAsString() +
           "', which is incomplete where the local would be declared";
  return std::nullopt;
}

std::optional<std::string> whyTooLarge(llvm::StringRef Name, QualType T,
                                       uint64_t MaxBytes,
                                       const ASTContext &Ctx) {
  if (T->isDependentType() || T->isIncompleteType() || !T->isConstantSizeType())
    return std::nullopt;
  uint64_t Bytes = Ctx.getTypeSizeInChars(T).getQuantity();
  if (Bytes <= MaxBytes)
    return std::nullopt;
  return "'" + Name.str() + "' is " + std::to_string(Bytes) +
         " bytes: too large for the stack or for every object "
         "(MaxMovedObjectBytes is " + std::to_string(MaxBytes) + ")";
}

namespace {

/// Whether the file of \p Loc is \p Header or included from it (directly
/// or through other headers, also where an include guard made the
/// inclusion empty).
bool isReachableFrom(SourceLocation Loc, FileID Header,
                     const IncludeGraph &Includes, const SourceManager &SM) {
  Loc = SM.getFileLoc(Loc);
  for (FileID F = SM.getFileID(Loc); F.isValid();) {
    if (F == Header)
      return true;
    SourceLocation Inc = SM.getIncludeLoc(F);
    if (Inc.isInvalid())
      break;
    F = SM.getFileID(SM.getFileLoc(Inc));
  }
  OptionalFileEntryRef From = SM.getFileEntryRefForID(Header);
  OptionalFileEntryRef To = SM.getFileEntryRefForID(SM.getFileID(Loc));
  return From && To &&
         Includes.reaches(&From->getFileEntry(), &To->getFileEntry());
}

/// The first declaration \p T names that \p Header cannot see, or null.
const NamedDecl *unseenDeclaration(QualType T, FileID Header,
                                   const IncludeGraph &Includes,
                                   const SourceManager &SM, unsigned Depth) {
  if (T.isNull() || Depth > 8)
    return nullptr;
  while (true) {
    if (const auto *TT = T->getAs<TypedefType>())
      if (!isReachableFrom(TT->getDecl()->getLocation(), Header, Includes, SM))
        return TT->getDecl();
    QualType Inner = T->getPointeeOrArrayElementType() != T.getTypePtr()
                         ? QualType(T->getPointeeOrArrayElementType(), 0)
                         : T.getNonReferenceType();
    if (Inner == T)
      break;
    T = Inner;
  }
  const TagDecl *TD = T->getAsTagDecl();
  if (!TD)
    return nullptr;
  if (!isReachableFrom(TD->getLocation(), Header, Includes, SM))
    return TD;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(TD))
    for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
      if (Arg.getKind() == TemplateArgument::Type)
        if (const NamedDecl *D =
                unseenDeclaration(Arg.getAsType(), Header, Includes, SM,
                                  Depth + 1))
          return D;
  return nullptr;
}

} // namespace

std::optional<std::string> whyNotDeclaredForHeader(QualType T,
                                                   SourceLocation HeaderLoc,
                                                   const IncludeGraph &Includes,
                                                   const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  FileID Header = SM.getFileID(SM.getFileLoc(HeaderLoc));
  if (const NamedDecl *D = unseenDeclaration(T, Header, Includes, SM, 0))
    return "'" + D->getQualifiedNameAsString() + "' is declared in a file '" +
           std::string(llvm::sys::path::filename(SM.getFilename(HeaderLoc))) +
           "' does not include";
  return std::nullopt;
}

bool isTypeLocalToFunction(QualType T) {
  T = T.getNonReferenceType();
  while (const auto *AT = T->getAsArrayTypeUnsafe())
    T = AT->getElementType();
  if (const auto *TT = T->getAs<TypedefType>())
    if (TT->getDecl()->getParentFunctionOrMethod())
      return true;
  if (const TagDecl *TD = T->getAsTagDecl())
    return TD->getParentFunctionOrMethod() != nullptr;
  return false;
}

} // namespace clang::tidy::static_state
