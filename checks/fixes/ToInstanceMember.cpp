//===- ToInstanceMember.cpp - static member -> per-instance member --------===//

#include "fixes/ToInstanceMember.h"
#include "analysis/Visibility.h"
#include "fixes/DeclarationText.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::static_state {

namespace {

/// " = 5" -> "(5)", "= {1, 2}" / "{1, 2}" -> "{1, 2}", "" -> "{}".
std::string asMemberInitializerArgs(llvm::StringRef Init) {
  Init = Init.trim();
  if (Init.empty())
    return "{}";
  if (Init.consume_front("="))
    Init = Init.trim();
  else
    return Init.str(); // already braces
  if (Init.starts_with("{"))
    return Init.str();
  return "(" + Init.str() + ")";
}

/// Adds `Name(args)` to every constructor that initialises members itself.
bool addToConstructors(const CXXRecordDecl &RD, llvm::StringRef Name,
                       llvm::StringRef Args, ASTContext &Ctx,
                       OpenedInitializerLists &Opened,
                       std::vector<FixItHint> &Fixes, std::string &WhyNot) {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  bool Any = false;
  for (const CXXConstructorDecl *Decl : RD.ctors()) {
    if (Decl->isImplicit() || Decl->isDeleted())
      continue;
    Any = true;
    if (Decl->isDefaulted()) {
      WhyNot = "constructor '" + RD.getNameAsString() +
               "' is defaulted; use InitializationStyle: "
               "default-member-initializer";
      return false;
    }
    const auto *Ctor = dyn_cast_or_null<CXXConstructorDecl>(Decl->getDefinition());
    if (!Ctor || !Ctor->getBody()) {
      WhyNot = "a constructor of '" + RD.getNameAsString() + "' has no body here";
      return false;
    }
    if (Ctor->isDelegatingConstructor())
      continue; // the target constructor initialises it
    const CXXCtorInitializer *LastWritten = nullptr;
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isWritten())
        LastWritten = Init;
    std::string Item = (Name + Args).str();
    if (LastWritten) {
      SourceLocation End = Lexer::getLocForEndOfToken(
          LastWritten->getSourceRange().getEnd(), 0, SM, LO);
      Fixes.push_back(FixItHint::CreateInsertion(End, ", " + Item));
    } else {
      bool First = Opened.insert(Ctor->getCanonicalDecl()).second;
      Fixes.push_back(FixItHint::CreateInsertion(
          Ctor->getBody()->getBeginLoc(), (First ? ": " : ", ") + Item + " "));
    }
  }
  if (!Any) {
    // No constructor to carry the initializer: add the default one.
    SourceLocation Close = RD.getBraceRange().getEnd();
    std::string Indent = indentationOf(RD.getBeginLoc(), Ctx);
    Fixes.push_back(FixItHint::CreateInsertion(
        Close, "public:\n" + Indent + "  " + RD.getNameAsString() + "() : " +
                   (Name + Args).str() + " {}\n" + Indent));
  }
  return true;
}

} // namespace


std::vector<FixItHint> makeInstanceMember(const VarDecl &VD,
                                          InitializationStyle Style,
                                          ASTContext &Ctx,
                                          OpenedInitializerLists &Opened,
                                          std::string &WhyNot) {
  std::vector<FixItHint> Fixes;
  const auto *RD = cast<CXXRecordDecl>(VD.getDeclContext());
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();

  const VarDecl *Def = outOfLineDefinition(VD);
  std::optional<std::string> Moved = outOfLineInitializer(VD, Ctx, WhyNot);
  if (!Moved)
    return {};
  std::string Init = *Moved;
  bool HasInClassInit = VD.hasInit() && !Def;
  if (HasInClassInit && Style == InitializationStyle::Constructor) {
    // Keep an in-class initializer where it is: it is already spelled right.
    Style = InitializationStyle::DefaultMemberInitializer;
  }

  for (const CharSourceRange &R : storageSpecifierRanges(VD, Ctx))
    Fixes.push_back(FixItHint::CreateRemoval(R));

  if (!HasInClassInit) {
    if (Init.empty() && needsValueInitialization(VD.getType(), Ctx))
      Init = "{}";
    if (!Init.empty()) {
      if (Style == InitializationStyle::DefaultMemberInitializer) {
        SourceLocation End = Lexer::getLocForEndOfToken(
            VD.getSourceRange().getEnd(), 0, SM, LO);
        Fixes.push_back(FixItHint::CreateInsertion(End, Init));
      } else if (!addToConstructors(*RD, VD.getName(),
                                    asMemberInitializerArgs(Init), Ctx, Opened,
                                    Fixes, WhyNot)) {
        return {};
      }
    }
  }

  if (Def) {
    SourceLocation Begin = Def->getOuterLocStart();
    std::optional<CharSourceRange> Remove =
        removalRange(Begin, Def->getSourceRange().getEnd(), Ctx);
    if (!Remove) {
      WhyNot = "the definition of '" + VD.getNameAsString() +
               "' cannot be removed cleanly";
      return {};
    }
    Fixes.push_back(FixItHint::CreateRemoval(*Remove));
  }
  return Fixes;
}

} // namespace clang::tidy::static_state
