//===- ToLocalVariable.cpp - static member -> local of its one user -------===//

#include "fixes/ToLocalVariable.h"
#include "analysis/Visibility.h"
#include "fixes/DeclarationText.h"

#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::static_state {

std::vector<FixItHint> makeLocalVariable(const VarDecl &VD,
                                         const FunctionDecl &Fn,
                                         ASTContext &Ctx, std::string &WhyNot) {
  const FunctionDecl *Def = Fn.getDefinition();
  const auto *Body = Def ? dyn_cast_or_null<CompoundStmt>(Def->getBody())
                         : nullptr;
  if (!Body || Body->getLBracLoc().isMacroID()) {
    WhyNot = "'" + Fn.getNameAsString() + "' has no body to hold it";
    return {};
  }
  std::string Text = declarationWithoutSpecifiers(VD, Ctx);
  const VarDecl *OutOfLine = outOfLineDefinition(VD);
  if (OutOfLine) {
    std::optional<std::string> Init = outOfLineInitializer(VD, Ctx, WhyNot);
    if (!Init)
      return {};
    Text += *Init;
    if (Init->empty() && needsValueInitialization(VD.getType(), Ctx))
      Text += "{}";
  } else if (!VD.hasInit() && needsValueInitialization(VD.getType(), Ctx)) {
    Text += "{}";
  }

  // Indent like the body's first statement when it has its own line; else
  // one level in from the function, and give the statements a line too.
  const SourceManager &SM = Ctx.getSourceManager();
  bool FirstOnBraceLine =
      !Body->body_empty() &&
      SM.getSpellingLineNumber((*Body->body_begin())->getBeginLoc()) ==
          SM.getSpellingLineNumber(Body->getLBracLoc());
  std::string Indent =
      Body->body_empty() || FirstOnBraceLine
          ? indentationOf(Def->getBeginLoc(), Ctx) + "  "
          : indentationOf((*Body->body_begin())->getBeginLoc(), Ctx);
  std::string After = FirstOnBraceLine ? "\n" + Indent : "";
  // The declaration's own comment moves with it.
  std::string Comment =
      trailingLineComment(VD.getSourceRange().getEnd(), Ctx);
  std::vector<FixItHint> Fixes;
  std::optional<CharSourceRange> RemoveDecl =
      removalRange(VD.getBeginLoc(), VD.getSourceRange().getEnd(), Ctx);
  std::optional<CharSourceRange> RemoveDef =
      OutOfLine ? removalRange(OutOfLine->getOuterLocStart(),
                               OutOfLine->getSourceRange().getEnd(), Ctx)
                : std::nullopt;
  if (!RemoveDecl || (OutOfLine && !RemoveDef)) {
    WhyNot = "the declarations of '" + VD.getNameAsString() +
             "' cannot be removed cleanly";
    return {};
  }
  Fixes.push_back(FixItHint::CreateRemoval(*RemoveDecl));
  if (RemoveDef)
    Fixes.push_back(FixItHint::CreateRemoval(*RemoveDef));
  SourceLocation At = Body->getLBracLoc().getLocWithOffset(1);
  if (FirstOnBraceLine) {
    // `{ stmt` -> `{\n  T x;\n  stmt`: replace the blanks in between.
    SourceLocation First = (*Body->body_begin())->getBeginLoc();
    if (First.isFileID() &&
        llvm::StringRef(SM.getCharacterData(At),
                        SM.getFileOffset(First) - SM.getFileOffset(At))
            .trim()
            .empty()) {
      Fixes.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getCharRange(At, First),
          "\n" + Indent + Text + ";" + Comment + After));
      return Fixes;
    }
  }
  Fixes.push_back(
      FixItHint::CreateInsertion(At, "\n" + Indent + Text + ";" + Comment + After));
  return Fixes;
}

} // namespace clang::tidy::static_state
