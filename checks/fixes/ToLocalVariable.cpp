//===- ToLocalVariable.cpp - static state -> local of its one user --------===//

#include "fixes/ToLocalVariable.h"
#include "fixes/SharedDeclaration.h"
#include "analysis/Visibility.h"
#include "fixes/DeclarationText.h"

#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::static_state {

namespace {

/// The local's declaration: type and name as in the class, initializer as
/// in the definition, value-initialised where the static was zeroed.
std::optional<std::string> localDeclaration(const VarDecl &VD, ASTContext &Ctx,
                                            std::string &WhyNot) {
  std::string Text = declarationForMove(VD, Ctx);
  if (outOfLineDefinition(VD)) {
    std::optional<MovedInitializer> Init = outOfLineInitializer(VD, Ctx, WhyNot);
    if (!Init)
      return std::nullopt;
    Text += initializerAfterName(*Init, VD, /*InClass=*/false, Ctx);
    if (Init->Form == MovedInitializer::None &&
        needsValueInitialization(VD.getType(), Ctx))
      Text += "{}";
  } else if (!VD.hasInit() && needsValueInitialization(VD.getType(), Ctx)) {
    Text += "{}";
  }
  return Text + ";" + trailingLineComment(VD.getSourceRange().getEnd(), Ctx);
}

bool onSameLine(SourceLocation A, SourceLocation B, const SourceManager &SM) {
  return SM.getFileID(A) == SM.getFileID(B) &&
         SM.getSpellingLineNumber(A) == SM.getSpellingLineNumber(B);
}

/// The edits putting \p Decl at the top of \p Body on a line of its own.
/// A body written on one line (`{ return ++n; }`) is laid out on lines, so
/// that every statement keeps a line of its own and the brace closes alone.
std::vector<FixItHint> insertAtTop(const CompoundStmt &Body,
                                   const FunctionDecl &Fn,
                                   const std::string &Decl, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::string Indent = bodyIndentation(Body, Fn, Ctx);
  SourceLocation Open = Body.getLBracLoc(), Close = Body.getRBracLoc();
  SourceLocation AfterOpen = Open.getLocWithOffset(1);
  std::vector<FixItHint> Fixes;
  if (Body.body_empty() || !onSameLine(Open, (*Body.body_begin())->getBeginLoc(), SM)) {
    // `{` ends its line: the new line goes right after it.
    Fixes.push_back(FixItHint::CreateInsertion(AfterOpen, "\n" + Indent + Decl));
    return Fixes;
  }
  auto Blanks = [&](SourceLocation From, SourceLocation To) {
    return CharSourceRange::getCharRange(From, To);
  };
  std::string FnIndent = indentationOf(Fn.getBeginLoc(), Ctx);
  SourceLocation Prev = AfterOpen;
  bool OneLine = onSameLine(Open, Close, SM);
  for (const Stmt *S : Body.body()) {
    if (!onSameLine(Open, S->getBeginLoc(), SM))
      break;
    std::string Lead = S == *Body.body_begin() ? "\n" + Indent + Decl : "";
    Fixes.push_back(FixItHint::CreateReplacement(Blanks(Prev, S->getBeginLoc()),
                                                 Lead + "\n" + Indent));
    SourceLocation End = Lexer::getLocForEndOfToken(S->getEndLoc(), 0, SM,
                                                    Ctx.getLangOpts());
    SourceLocation Semi = Lexer::findLocationAfterToken(
        S->getEndLoc(), tok::semi, SM, Ctx.getLangOpts(), false);
    Prev = Semi.isValid() ? Semi : End;
  }
  if (OneLine)
    Fixes.push_back(
        FixItHint::CreateReplacement(Blanks(Prev, Close), "\n" + FnIndent));
  return Fixes;
}

} // namespace

std::vector<FixItHint> makeLocalVariable(const VarDecl &VD,
                                         const FunctionDecl &Fn,
                                         ASTContext &Ctx, LayoutEdits &Edits,
                                         std::string &WhyNot) {
  const FunctionDecl *Def = Fn.getDefinition();
  const auto *Body = Def ? dyn_cast_or_null<CompoundStmt>(Def->getBody())
                         : nullptr;
  if (!Body || Body->getLBracLoc().isMacroID()) {
    WhyNot = "'" + Fn.getNameAsString() + "' has no body to hold it";
    return {};
  }
  std::optional<std::string> Decl = localDeclaration(VD, Ctx, WhyNot);
  if (!Decl)
    return {};
  const VarDecl *OutOfLine = outOfLineDefinition(VD);
  std::optional<CharSourceRange> RemoveDecl =
      removalRange(declarationBegin(VD, Ctx), VD.getSourceRange().getEnd(), Ctx);
  std::optional<CharSourceRange> RemoveDef =
      OutOfLine ? removalRange(declarationBegin(*OutOfLine, Ctx),
                               OutOfLine->getSourceRange().getEnd(), Ctx,
                               /*TakeOwnComment=*/true)
                : std::nullopt;
  if (!RemoveDecl || (OutOfLine && !RemoveDef)) {
    WhyNot = "the declarations of '" + VD.getNameAsString() +
             "' cannot be removed cleanly";
    return {};
  }
  std::vector<FixItHint> Fixes;
  // The access specifier this leaves with nothing under it goes too.
  if (std::optional<CharSourceRange> WithSpec =
          removalWithEmptiedAccessSpecifier(VD, *RemoveDecl, Ctx, Edits))
    RemoveDecl = WithSpec;
  Fixes.push_back(FixItHint::CreateRemoval(*RemoveDecl));
  if (RemoveDef)
    Fixes.push_back(FixItHint::CreateRemoval(*RemoveDef));
  for (FixItHint &F : insertAtTop(*Body, *Def, *Decl, Ctx))
    Fixes.push_back(std::move(F));
  Edits.RemovedMembers.insert(&VD);
  return Fixes;
}

std::vector<FixItHint> makePlainLocal(const VarDecl &VD, ASTContext &Ctx,
                                      std::string &WhyNot,
                                      bool WholeSharedDeclaration) {
  std::vector<FixItHint> Fixes;
  if (VD.getBeginLoc().isMacroID() || VD.getLocation().isMacroID()) {
    WhyNot = "'" + VD.getNameAsString() + "' is declared inside a macro expansion";
    return {};
  }
  // `static int a, b;`: the specifier belongs to every declarator.
  const DeclStmt *DS = declarationStatementOf(VD, Ctx);
  if (DS && !DS->isSingleDecl() && !WholeSharedDeclaration) {
    WhyNot = "'" + VD.getNameAsString() +
             "' shares its declaration with another variable";
    return {};
  }
  for (const CharSourceRange &R : storageSpecifierRanges(VD, Ctx))
    Fixes.push_back(FixItHint::CreateRemoval(R));
  if (Fixes.empty())
    WhyNot = "the 'static' of '" + VD.getNameAsString() + "' is not spelled "
             "where it can be removed";
  return Fixes;
}

} // namespace clang::tidy::static_state
