//===- ForwardedArguments.cpp - what a library does with what it is handed ===//
//
// A standard function that takes an argument by forwarding reference and
// only copies it (`std::make_pair`, `emplace_back`), a standard class built
// from one (`std::pair`, `std::optional`), and formatting functions that
// only read theirs (`std::format`, `fmt::`, spdlog): the vocabulary of
// CallNames.h for arguments handed on.
//
//===----------------------------------------------------------------------===//

#include "analysis/CallNames.h"

#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::static_state {

namespace {

/// Whether a template argument of \p RD is a reference, a pointer to
/// non-const or a std::reference_wrapper: its values refer to others.
bool holdsReferences(const CXXRecordDecl &RD) {
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&RD);
  if (!Spec)
    return false;
  for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray()) {
    if (Arg.getKind() != TemplateArgument::Type)
      continue;
    QualType T = Arg.getAsType();
    if (T->isReferenceType() ||
        (T->isPointerType() && !T->getPointeeType().isConstQualified()))
      return true;
    if (const CXXRecordDecl *Inner = T->getAsCXXRecordDecl())
      if (Inner->getIdentifier() &&
          (Inner->getName() == "reference_wrapper" || holdsReferences(*Inner)))
        return true;
  }
  return false;
}

} // namespace

bool copiesForwardedArgument(const FunctionDecl &Callee) {
  if (!inStdNamespace(Callee) || !Callee.getIdentifier())
    return false;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(&Callee))
    if (holdsReferences(*MD->getParent()))
      return false;
  return isOneOf(Callee.getName(),
                 {"make_pair", "make_tuple", "make_shared", "make_unique",
                  "make_optional", "make_any", "emplace", "emplace_back",
                  "emplace_front", "emplace_hint", "try_emplace",
                  "insert_or_assign", "insert", "push_back", "push_front",
                  "push"});
}

/// The name of the outermost namespace \p D is declared in (`fmt` for
/// `fmt::v10::format`, `spdlog` for `spdlog::logger::info`), or "".
static llvm::StringRef outermostNamespace(const Decl &D) {
  llvm::StringRef Name;
  for (const DeclContext *DC = D.getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC); NS && NS->getIdentifier())
      Name = NS->getName();
  return Name;
}

bool formatsArguments(const FunctionDecl &Callee) {
  if (!Callee.getIdentifier())
    return false;
  llvm::StringRef Top = outermostNamespace(Callee);
  llvm::StringRef Name = Callee.getName();
  if (Top == "std" || Top == "fmt")
    return isOneOf(Name, {"format", "format_to", "format_to_n",
                          "formatted_size", "print", "println", "vformat",
                          "vprint", "make_format_args", "make_wformat_args",
                          "sprintf", "printf", "fprintf"});
  if (Top == "spdlog")
    return isOneOf(Name, {"trace", "debug", "info", "warn", "error",
                          "critical", "log"});
  return false;
}

bool constructionCopiesArgument(const CXXRecordDecl &RD) {
  if (!inStdNamespace(RD) || !RD.getIdentifier())
    return false;
  llvm::StringRef Name = RD.getName();
  if (Name == "span") {
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&RD);
    return Spec && Spec->getTemplateArgs().size() > 0 &&
           Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type &&
           Spec->getTemplateArgs()[0].getAsType().isConstQualified();
  }
  return !holdsReferences(RD) &&
         isOneOf(Name, {"pair", "tuple", "optional", "variant", "any"});
}

} // namespace clang::tidy::static_state
