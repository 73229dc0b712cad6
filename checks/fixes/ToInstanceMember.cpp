//===- ToInstanceMember.cpp - static member -> per-instance member --------===//

#include "fixes/ToInstanceMember.h"
#include "analysis/Visibility.h"
#include "fixes/ClassLayout.h"
#include "fixes/DeclarationText.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::static_state {

namespace {

/// The initializer as constructor-list arguments: " = 5" -> "(5)",
/// "{1, 2}" stays, "(4, -1)" stays, none -> "{}".
std::string asMemberInitializerArgs(const MovedInitializer &Init) {
  llvm::StringRef Text = llvm::StringRef(Init.Text).trim();
  switch (Init.Form) {
  case MovedInitializer::None:
    return "{}";
  case MovedInitializer::Equals:
    Text.consume_front("=");
    Text = Text.trim();
    return Text.starts_with("{") ? Text.str() : "(" + Text.str() + ")";
  case MovedInitializer::Braces:
  case MovedInitializer::Parens:
    return Text.str();
  }
  return "{}";
}

/// The insertion of an array bound only the definition spells
/// (`static int table[];` + `int A::table[16];`), if one is needed.
std::optional<FixItHint> arrayBoundFromDefinition(const VarDecl &VD,
                                                  const ASTContext &Ctx) {
  const VarDecl *Def = outOfLineDefinition(VD);
  if (!Def || !VD.getType()->isIncompleteArrayType())
    return std::nullopt;
  const auto *Bound = Ctx.getAsConstantArrayType(Def->getType());
  if (!Bound)
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation AfterName =
      Lexer::getLocForEndOfToken(VD.getLocation(), 0, SM, Ctx.getLangOpts());
  std::optional<Token> Open =
      Lexer::findNextToken(VD.getLocation(), SM, Ctx.getLangOpts());
  if (!Open || !Open->is(tok::l_square) || AfterName.isMacroID())
    return std::nullopt;
  return FixItHint::CreateInsertion(
      Open->getEndLoc(),
      std::to_string(Bound->getSize().getZExtValue()));
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
        Close, "public:\n" + Indent + indentationStep(RD, Ctx) +
                   RD.getNameAsString() + "() : " + (Name + Args).str() +
                   " {}\n" + Indent));
  }
  return true;
}

} // namespace


std::vector<FixItHint> makeInstanceMember(const VarDecl &VD,
                                          InitializationStyle Style,
                                          bool Mutable, ASTContext &Ctx,
                                          OpenedInitializerLists &Opened,
                                          std::string &WhyNot) {
  std::vector<FixItHint> Fixes;
  const auto *RD = cast<CXXRecordDecl>(VD.getDeclContext());
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();

  const VarDecl *Def = outOfLineDefinition(VD);
  std::optional<MovedInitializer> Moved = outOfLineInitializer(VD, Ctx, WhyNot);
  if (!Moved)
    return {};
  bool HasInClassInit = VD.hasInit() && !Def;
  if (HasInClassInit && Style == InitializationStyle::Constructor) {
    // Keep an in-class initializer where it is: it is already spelled right.
    Style = InitializationStyle::DefaultMemberInitializer;
  }

  // `static` becomes `mutable` when a const member function writes it.
  std::vector<CharSourceRange> Specifiers = storageSpecifierRanges(VD, Ctx);
  if (Specifiers.empty()) {
    WhyNot = "the 'static' of '" + VD.getNameAsString() +
             "' is not spelled where it can be removed";
    return {};
  }
  for (size_t I = 0; I < Specifiers.size(); ++I)
    Fixes.push_back(I == 0 && Mutable
                        ? FixItHint::CreateReplacement(Specifiers[I], "mutable ")
                        : FixItHint::CreateRemoval(Specifiers[I]));
  if (std::optional<FixItHint> Bound = arrayBoundFromDefinition(VD, Ctx))
    Fixes.push_back(*Bound);

  if (!HasInClassInit) {
    MovedInitializer Init = *Moved;
    if (Init.Form == MovedInitializer::None &&
        needsValueInitialization(VD.getType(), Ctx))
      Init = {MovedInitializer::Braces, "{}"};
    if (Init.Form != MovedInitializer::None) {
      if (Style == InitializationStyle::DefaultMemberInitializer) {
        SourceLocation End = Lexer::getLocForEndOfToken(
            VD.getSourceRange().getEnd(), 0, SM, LO);
        Fixes.push_back(FixItHint::CreateInsertion(
            End, initializerAfterName(Init, VD, /*InClass=*/true, Ctx)));
      } else if (!addToConstructors(*RD, VD.getName(),
                                    asMemberInitializerArgs(Init), Ctx, Opened,
                                    Fixes, WhyNot)) {
        return {};
      }
    }
  }

  if (Def) {
    SourceLocation Begin = declarationBegin(*Def, Ctx);
    std::optional<CharSourceRange> Remove =
        removalRange(Begin, Def->getSourceRange().getEnd(), Ctx,
                     /*TakeOwnComment=*/true);
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
