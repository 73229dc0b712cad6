//===- ClassLayout.cpp - where a new member goes, as a person would put it ===//

#include "fixes/ClassLayout.h"
#include "fixes/DeclarationText.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::static_state {

namespace {

/// The declarations a reader sees in the class body, in order.
std::vector<const Decl *> writtenMembers(const CXXRecordDecl &RD,
                                         const SourceManager &SM) {
  std::vector<const Decl *> Members;
  for (const Decl *D : RD.decls()) {
    if (D->isImplicit() || !D->getBeginLoc().isFileID())
      continue;
    if (const auto *R = dyn_cast<CXXRecordDecl>(D))
      if (R->isInjectedClassName())
        continue;
    Members.push_back(D);
  }
  (void)SM;
  return Members;
}

/// Where the text of \p D ends: after its `;` when one follows.
SourceLocation endOfDeclaration(const Decl &D, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (const auto *AS = dyn_cast<AccessSpecDecl>(&D))
    return AS->getColonLoc().getLocWithOffset(1);
  SourceLocation End = D.getEndLoc();
  if (End.isInvalid() || End.isMacroID())
    return SourceLocation();
  SourceLocation After =
      Lexer::findLocationAfterToken(End, tok::semi, SM, Ctx.getLangOpts(),
                                    /*SkipTrailingWhitespaceAndNewLine=*/false);
  return After.isValid()
             ? After
             : Lexer::getLocForEndOfToken(End, 0, SM, Ctx.getLangOpts());
}

/// The end of the line at \p Loc when only blanks, `;` or a `//` comment
/// follow there; invalid otherwise.
SourceLocation endOfLineAfter(SourceLocation Loc, const SourceManager &SM) {
  if (Loc.isInvalid() || !Loc.isFileID())
    return SourceLocation();
  bool Invalid = false;
  const char *P = SM.getCharacterData(Loc, &Invalid);
  if (Invalid)
    return SourceLocation();
  const char *Q = P;
  while (*Q == ' ' || *Q == '\t' || *Q == ';')
    ++Q;
  if (Q[0] == '/' && Q[1] == '/')
    while (*Q && *Q != '\n' && *Q != '\r')
      ++Q;
  if (*Q != '\n' && *Q != '\r')
    return SourceLocation();
  return Loc.getLocWithOffset(Q - P);
}

bool isBlankBefore(SourceLocation Loc, const SourceManager &SM) {
  auto [File, Offset] = SM.getDecomposedLoc(Loc);
  llvm::StringRef Buffer = SM.getBufferData(File);
  for (size_t I = Offset; I > 0; --I) {
    char C = Buffer[I - 1];
    if (C == '\n')
      return true;
    if (C != ' ' && C != '\t')
      return false;
  }
  return true;
}

} // namespace

std::string memberIndentation(const CXXRecordDecl &RD, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const Decl *D : writtenMembers(RD, SM))
    if (!isa<AccessSpecDecl>(D) && isBlankBefore(D->getBeginLoc(), SM))
      return indentationOf(D->getBeginLoc(), Ctx);
  std::string ClassIndent = indentationOf(RD.getBeginLoc(), Ctx);
  return ClassIndent + (ClassIndent.find('\t') != std::string::npos ? "\t" : "  ");
}

std::string indentationStep(const CXXRecordDecl &RD, const ASTContext &Ctx) {
  std::string Class = indentationOf(RD.getBeginLoc(), Ctx);
  std::string Member = memberIndentation(RD, Ctx);
  if (Member.size() > Class.size() && llvm::StringRef(Member).starts_with(Class))
    return Member.substr(Class.size());
  return Member.find('\t') != std::string::npos ? "\t" : "  ";
}

std::vector<FixItHint> insertPrivateMember(const CXXRecordDecl &RD,
                                           llvm::StringRef Declaration,
                                           const ASTContext &Ctx,
                                           LayoutEdits &Edits) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::string Indent = memberIndentation(RD, Ctx);
  // The last thing in the last private section: a member or `private:`.
  AccessSpecifier Current = RD.isClass() ? AS_private : AS_public;
  const Decl *Anchor = nullptr;
  for (const Decl *D : writtenMembers(RD, SM)) {
    if (const auto *AS = dyn_cast<AccessSpecDecl>(D))
      Current = AS->getAccess();
    if (Current == AS_private)
      Anchor = D;
  }
  if (Anchor) {
    SourceLocation At = endOfLineAfter(endOfDeclaration(*Anchor, Ctx), SM);
    if (At.isValid()) {
      std::string AnchorIndent = isa<AccessSpecDecl>(Anchor)
                                     ? Indent
                                     : indentationOf(Anchor->getBeginLoc(), Ctx);
      return {FixItHint::CreateInsertion(At, "\n" + AnchorIndent + Declaration.str())};
    }
  }
  SourceLocation Close = RD.getBraceRange().getEnd();
  if (Close.isInvalid() || Close.isMacroID())
    return {};
  bool First = Edits.OpenedSections.insert(&RD).second;
  // A new label is indented like the class's own labels (some styles
  // indent `public:` one step), else like the class.
  std::string LabelIndent = indentationOf(RD.getBeginLoc(), Ctx);
  for (const Decl *D : writtenMembers(RD, SM))
    if (isa<AccessSpecDecl>(D) && isBlankBefore(D->getBeginLoc(), SM)) {
      LabelIndent = indentationOf(D->getBeginLoc(), Ctx);
      break;
    }
  if (isBlankBefore(Close, SM)) {
    // Members at the start of the closing brace's line. The new `private:`
    // goes at the end of the line before: insertions of several warnings'
    // fixes at one offset are concatenated in an order clang-tidy chooses,
    // so the label must not share the members' offset.
    SourceLocation LineStart = Close.getLocWithOffset(
        -static_cast<int>(indentationOf(Close, Ctx).size()));
    std::vector<FixItHint> Fixes;
    if (First) {
      const char *P = SM.getCharacterData(LineStart);
      int Back = (P[-1] == '\n') + (P[-1] == '\n' && P[-2] == '\r');
      if (Back == 0)
        return {};
      Fixes.push_back(FixItHint::CreateInsertion(
          LineStart.getLocWithOffset(-Back), "\n" + LabelIndent + "private:"));
    }
    Fixes.push_back(FixItHint::CreateInsertion(
        LineStart, Indent + Declaration.str() + "\n"));
    return Fixes;
  }
  // A class written on one line stays on one line.
  return {FixItHint::CreateInsertion(
      Close, (First ? "private: " : "") + Declaration.str() + " ")};
}

std::optional<CharSourceRange>
removalWithEmptiedAccessSpecifier(const Decl &Member, CharSourceRange MemberRemoval,
                                  const ASTContext &Ctx, const LayoutEdits &Edits) {
  const auto *RD = dyn_cast<CXXRecordDecl>(Member.getDeclContext());
  if (!RD)
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  const AccessSpecDecl *Spec = nullptr;
  bool Others = false, Seen = false;
  for (const Decl *D : writtenMembers(*RD, SM)) {
    if (const auto *AS = dyn_cast<AccessSpecDecl>(D)) {
      if (Seen)
        break;
      Spec = AS;
      Others = false;
      continue;
    }
    if (D == &Member) {
      Seen = true;
      continue;
    }
    if (!Edits.RemovedMembers.count(D))
      Others = true;
  }
  if (!Seen || !Spec || Others)
    return std::nullopt;
  SourceLocation Begin = Spec->getAccessSpecifierLoc();
  SourceLocation SpecEnd =
      endOfLineAfter(Spec->getColonLoc().getLocWithOffset(1), SM);
  if (Begin.isMacroID() || SpecEnd.isInvalid() || !isBlankBefore(Begin, SM))
    return std::nullopt;
  // Only when the member's line follows the specifier's line directly (a
  // comment in between stays with its `private:`), and as whole lines from
  // the specifier's line start: the removal then touches no indentation.
  SourceLocation MemberLineStart = MemberRemoval.getBegin().getLocWithOffset(1);
  if (SM.getFileOffset(SpecEnd) + 1 != SM.getFileOffset(MemberLineStart))
    return std::nullopt;
  bool Invalid = false;
  const char *After = SM.getCharacterData(MemberRemoval.getEnd(), &Invalid);
  if (Invalid || After[0] != '\n' || After[1] == ' ' || After[1] == '\t')
    return std::nullopt;
  SourceLocation LineStart =
      Begin.getLocWithOffset(-static_cast<int>(indentationOf(Begin, Ctx).size()));
  return CharSourceRange::getCharRange(LineStart,
                                       MemberRemoval.getEnd().getLocWithOffset(1));
}

std::string bodyIndentation(const CompoundStmt &Body, const FunctionDecl &Fn,
                            const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const Stmt *S : Body.body())
    if (S->getBeginLoc().isFileID() && isBlankBefore(S->getBeginLoc(), SM))
      return indentationOf(S->getBeginLoc(), Ctx);
  std::string Step = "  ";
  if (const auto *MD = dyn_cast<CXXMethodDecl>(&Fn))
    Step = indentationStep(*MD->getParent(), Ctx);
  return indentationOf(Fn.getBeginLoc(), Ctx) + Step;
}

} // namespace clang::tidy::static_state
