//===- Intent.cpp - is the sharing deliberate? ----------------------------===//

#include "analysis/Intent.h"
#include "analysis/WriteShapes.h"

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
  if (KnownIn != &Ctx)
    forgetTypes();
  KnownIn = &Ctx;
  auto [It, New] = Known.try_emplace(T.getAsOpaquePtr(), false);
  if (New)
    It->second = matchesUncached(T, Ctx);
  return It->second;
}

bool TypeNameFilter::matchesUncached(QualType T, const ASTContext &Ctx) const {
  llvm::SmallVector<std::string, 4> Names;
  // The name as written (a project's `using Counter = std::atomic<long>`),
  // the canonical type, and the class's qualified name without arguments.
  Names.push_back(T.getUnqualifiedType().getAsString(Ctx.getPrintingPolicy()));
  QualType Canon = T.getCanonicalType().getUnqualifiedType();
  Names.push_back(Canon.getAsString(Ctx.getPrintingPolicy()));
  // `volatile .*` selects volatile objects, by the object's own qualifier:
  // `int *volatile p` is one ("volatile int *" here), `volatile int *p`,
  // a pointer to volatile, is not, though it is spelled with the word.
  bool Volatile = T.isVolatileQualified() ||
                  T.getCanonicalType().isVolatileQualified();
  for (std::string &N : Names)
    if (!Volatile && llvm::StringRef(N).starts_with("volatile "))
      N = N.substr(llvm::StringRef("volatile ").size());
  if (Volatile)
    Names.push_back("volatile " + Names.front());
  if (const CXXRecordDecl *RD = Canon->getAsCXXRecordDecl())
    Names.push_back(RD->getQualifiedNameAsString());
  else
    // A dependent specialization, through alias templates
    // (`template <class T> using CountMap = std::map<T, long>;`).
    for (auto [Cur, Depth] = std::pair(T, 0); !Cur.isNull() && Depth < 4;
         ++Depth) {
      const auto *TST = Cur->getAs<TemplateSpecializationType>();
      if (!TST)
        break;
      if (const TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl())
        Names.push_back(TD->getQualifiedNameAsString());
      Cur = TST->isTypeAlias() ? TST->getAliasedType() : QualType();
    }
  for (const std::string &N : Names)
    for (const llvm::Regex &R : Patterns)
      if (R.match(N))
        return true;
  return false;
}

bool isListedClassName(llvm::StringRef QualifiedName,
                       llvm::ArrayRef<std::string> Names) {
  return llvm::any_of(Names, [&](const std::string &N) {
    llvm::StringRef Entry(N);
    Entry.consume_front("::");
    return Entry == QualifiedName;
  });
}

bool isAnnotatedGuarded(const VarDecl &VD) {
  for (const VarDecl *R : VD.redecls())
    if (R->hasAttr<GuardedByAttr>() || R->hasAttr<PtGuardedByAttr>())
      return true;
  return false;
}

bool isDeclaredByMacroBody(const VarDecl &VD, const SourceManager &SM) {
  // The first declaration: a static member's in-class one.
  SourceLocation Begin = VD.getCanonicalDecl()->getBeginLoc();
  if (!Begin.isMacroID())
    return false;
  // Tokens the user handed in as an argument (through any number of macros)
  // are spelled inside the invocation; a macro body's are spelled at its
  // #define.
  CharSourceRange Invocation = SM.getExpansionRange(Begin);
  SourceLocation Spelled = SM.getSpellingLoc(Begin);
  return SM.isBeforeInTranslationUnit(Spelled, Invocation.getBegin()) ||
         SM.isBeforeInTranslationUnit(Invocation.getEnd(), Spelled);
}

} // namespace clang::tidy::static_state
