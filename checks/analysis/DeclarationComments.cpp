//===- DeclarationComments.cpp - what the source says about a static ------===//

#include "analysis/DeclarationComments.h"

#include "clang/AST/ASTContext.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include <algorithm>
#include <cctype>

namespace clang::tidy::static_state {

std::string identifierAsWords(llvm::StringRef Name) {
  std::string Words;
  bool InWord = false;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!llvm::isAlpha(C)) {
      InWord = false;
      continue;
    }
    bool PrevLower = I > 0 && llvm::isLower(Name[I - 1]);
    bool PrevUpper = I > 0 && llvm::isUpper(Name[I - 1]);
    bool NextLower = I + 1 < Name.size() && llvm::isLower(Name[I + 1]);
    // A capital starts a word after a small letter (`uniqueID`), or ends a
    // run of capitals before a small letter (`IDGen`).
    if (llvm::isUpper(C) && (PrevLower || (PrevUpper && NextLower)))
      InWord = false;
    if (!InWord && !Words.empty())
      Words.push_back(' ');
    Words.push_back(llvm::toLower(C));
    InWord = true;
  }
  return Words;
}

namespace {

/// Lines looked at above a declaration before giving up.
constexpr unsigned MaxLinesAbove = 40;

struct SourceLines {
  llvm::StringRef Buffer;
  const SourceManager &SM;
  FileID File;

  /// Line \p Line (1-based) without its newline; empty past the ends.
  llvm::StringRef line(unsigned Line) const {
    if (Line == 0)
      return {};
    SourceLocation Start = SM.translateLineCol(File, Line, 1);
    unsigned Offset = SM.getFileOffset(Start);
    if (Offset >= Buffer.size())
      return {};
    llvm::StringRef Rest = Buffer.drop_front(Offset);
    return Rest.take_until([](char C) { return C == '\n'; });
  }
};

/// A line that is all comment: `// ...`, `/* ...`, or ` * ...` inside a
/// block comment. (`int x; /* kept */` is code with a comment after it.)
bool isCommentLine(llvm::StringRef Trimmed) {
  return Trimmed.starts_with("//") || Trimmed.starts_with("/*") ||
         Trimmed.starts_with("*");
}

/// Where a comment starts on \p Line, or npos.
size_t commentStart(llvm::StringRef Line) {
  return std::min(Line.find("//"), Line.find("/*"));
}

/// The code before a comment on \p Line.
llvm::StringRef codeOf(llvm::StringRef Line) {
  return Line.take_front(commentStart(Line)).trim();
}

/// A line of a run of static variable declarations (`static int x_; //
/// ...`): a comment heading the run speaks for all of them. A function
/// declaration or an ordinary member ends the run.
bool isStaticDeclarationLine(llvm::StringRef Line) {
  llvm::StringRef Code = codeOf(Line);
  for (llvm::StringRef Prefix : {"inline ", "constinit ", "thread_local "})
    Code.consume_front(Prefix);
  return Code.starts_with("static ") && Code.ends_with(";") &&
         !Code.contains('(') && !Code.contains('{') && !Code.contains('}');
}

} // namespace

llvm::StringRef commentAfterToken(SourceLocation At, const SourceManager &SM,
                                  const LangOptions &LangOpts, bool OnlyNext) {
  if (At.isInvalid() || At.isMacroID())
    return {};
  auto [File, Offset] = SM.getDecomposedLoc(At);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid || Offset >= Buffer.size())
    return {};
  Lexer Raw(SM.getLocForStartOfFile(File), LangOpts, Buffer.begin(),
            Buffer.begin() + Offset, Buffer.end());
  Raw.SetCommentRetentionState(true);
  Token Tok;
  Raw.LexFromRawLexer(Tok); // the token at At itself
  // A line holds a bounded number of tokens; the bound only guards odd input.
  for (unsigned Seen = 0; Seen < 4096; ++Seen) {
    Raw.LexFromRawLexer(Tok);
    if (Tok.is(tok::eof) || Tok.isAtStartOfLine())
      return {};
    if (Tok.is(tok::comment))
      return Buffer.substr(SM.getFileOffset(Tok.getLocation()),
                           Tok.getLength());
    if (OnlyNext)
      return {};
  }
  return {};
}

std::string commentsOfDeclaration(SourceRange Range, const SourceManager &SM,
                                  const LangOptions &LangOpts) {
  if (Range.isInvalid() || Range.getBegin().isMacroID() ||
      Range.getEnd().isMacroID())
    return {};
  FileID File = SM.getFileID(Range.getBegin());
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid || SM.getFileID(Range.getEnd()) != File)
    return {};
  SourceLines Lines{Buffer, SM, File};
  std::string Text;
  // After it, on its last line: `static int n; // shared by every view`
  // (not a comment before it: `/* size */ static int n;`).
  llvm::StringRef After =
      commentAfterToken(Range.getEnd(), SM, LangOpts, /*OnlyNext=*/false);
  if (!After.empty())
    Text += After.str() + "\n";
  // Above it, past its own run of declarations and one blank line, when it
  // starts its line (in `class W { static int n; };` the comment above is
  // the class's).
  unsigned First = SM.getSpellingLineNumber(Range.getBegin());
  llvm::StringRef Before = Lines.line(First).take_front(
      SM.getSpellingColumnNumber(Range.getBegin()) - 1);
  if (!Before.trim().empty())
    return Text;
  bool InComment = false;
  unsigned Blanks = 0;
  for (unsigned L = First - 1, Seen = 0; L > 0 && Seen < MaxLinesAbove;
       --L, ++Seen) {
    llvm::StringRef Trimmed = Lines.line(L).trim();
    if (isCommentLine(Trimmed)) {
      InComment = true;
      Text += Trimmed.str() + "\n";
      continue;
    }
    if (InComment)
      break;
    if (Trimmed.empty() && ++Blanks <= 1)
      continue;
    if (Blanks == 0 && isStaticDeclarationLine(Trimmed))
      continue;
    break;
  }
  return Text;
}

namespace {

/// \p Text without NOLINT markers and without this tool's own names:
/// `// NOLINT(static-state-...)` or "run static-state-tidy" names a check,
/// it does not say why the variable is static.
std::string withoutToolNames(llvm::StringRef Text) {
  std::string Out;
  while (!Text.empty()) {
    size_t At = std::min(Text.find("NOLINT"), Text.find("static-state-"));
    Out += Text.take_front(At).str();
    if (At == llvm::StringRef::npos)
      break;
    Text = Text.drop_front(At);
    if (Text.consume_front("static-state-")) {
      Text = Text.drop_while([](char C) { return isalnum(C) || C == '-'; });
      continue;
    }
    // NOLINT, NOLINTNEXTLINE, NOLINTBEGIN, NOLINTEND and their check list.
    Text = Text.drop_while([](char C) { return isalpha(C); });
    if (Text.starts_with("("))
      Text = Text.drop_until([](char C) { return C == ')'; }).drop_front();
  }
  return Out;
}

} // namespace

std::string commentsOfVariable(const VarDecl &VD, const SourceManager &SM) {
  const LangOptions &LangOpts = VD.getASTContext().getLangOpts();
  std::string Text = commentsOfDeclaration(VD.getSourceRange(), SM, LangOpts);
  const VarDecl *Def = VD.getDefinition();
  if (Def && Def != &VD)
    Text += commentsOfDeclaration(Def->getSourceRange(), SM, LangOpts);
  return withoutToolNames(Text);
}

} // namespace clang::tidy::static_state
