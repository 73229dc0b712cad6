//===- DeclarationText.cpp - source text of a static member's declarations ===//

#include "fixes/DeclarationText.h"
#include "analysis/DeclarationComments.h"
#include "analysis/Visibility.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::static_state {

namespace {

/// Raw tokens from \p Begin up to (not including) \p Stop, same file.
std::vector<Token> tokensBetween(SourceLocation Begin, SourceLocation Stop,
                                 const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<Token> Tokens;
  auto [File, Offset] = SM.getDecomposedLoc(Begin);
  auto [StopFile, StopOffset] = SM.getDecomposedLoc(Stop);
  if (File != StopFile)
    return Tokens;
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return Tokens;
  Lexer Lex(SM.getLocForStartOfFile(File), Ctx.getLangOpts(), Buffer.begin(),
            Buffer.begin() + Offset, Buffer.end());
  Token Tok;
  while (!Lex.LexFromRawLexer(Tok)) {
    if (SM.getFileOffset(Tok.getLocation()) >= StopOffset)
      break;
    Tokens.push_back(Tok);
  }
  return Tokens;
}

bool isStorageSpecifier(const Token &Tok) {
  if (!Tok.is(tok::raw_identifier))
    return false;
  llvm::StringRef S = Tok.getRawIdentifier();
  return S == "static" || S == "inline" || S == "thread_local" ||
         S == "constinit" || S == "__thread";
}

/// The blanks (spaces, tabs) right after \p Loc.
unsigned blanksAfter(SourceLocation Loc, const SourceManager &SM) {
  const char *P = SM.getCharacterData(Loc);
  unsigned N = 0;
  while (P[N] == ' ' || P[N] == '\t')
    ++N;
  return N;
}

/// Whether the line starting at \p P holds only blanks (and ends there).
bool isBlankLineAt(const char *P) {
  while (*P == ' ' || *P == '\t' || *P == '\r')
    ++P;
  return *P == '\n';
}

/// Whether the line that \p Newline ends is blank or ends with `{`.
bool previousLineIsBlankOrOpensBlock(const char *Newline, const char *BufferBegin) {
  const char *P = Newline;
  while (P > BufferBegin && (P[-1] == ' ' || P[-1] == '\t' || P[-1] == '\r'))
    --P;
  return P == BufferBegin || P[-1] == '\n' || P[-1] == '{';
}

/// The start of the comment lines right above the line at \p LineStart,
/// when a blank line (or the file's start) stands above them: a comment
/// that describes that line alone. Null when there is none.
const char *ownLeadingComment(const char *LineStart, const char *BufferBegin) {
  const char *Found = nullptr;
  bool InBlock = false; // walking up through a /* ... */ comment
  const char *Line = LineStart;
  while (Line > BufferBegin) {
    const char *Above = Line - 1; // the newline ending the line above
    while (Above > BufferBegin && Above[-1] != '\n')
      --Above;
    llvm::StringRef Text =
        llvm::StringRef(Above, Line - 1 - Above).trim(" \t\r");
    if (Text.empty())
      return InBlock ? nullptr : Found;
    bool Opens = Text.starts_with("/*"), Closes = Text.ends_with("*/");
    if (!InBlock && !Text.starts_with("//") && !Closes)
      return nullptr; // code right above: the comment may be about both
    if (!InBlock && Closes && !Opens)
      InBlock = true;
    else if (InBlock && Opens)
      InBlock = false;
    Found = Line = Above;
  }
  return InBlock ? nullptr : Found;
}

} // namespace

SourceLocation declarationBegin(const VarDecl &VD, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Begin = VD.getOuterLocStart();
  // `alignas(16) char A::buf[32];`: leading attributes are the declaration's.
  for (const Attr *A : VD.attrs()) {
    if (A->isInherited() || A->isImplicit())
      continue; // written on another declaration
    SourceLocation At = A->getRange().getBegin();
    if (At.isValid() && At.isFileID() && Begin.isFileID() &&
        SM.getFileID(At) == SM.getFileID(Begin) &&
        SM.isBeforeInTranslationUnit(At, Begin))
      Begin = At;
  }
  // A `[[...]]` attribute is recorded at its name: step back over `[[`.
  if (Begin != VD.getOuterLocStart()) {
    auto [File, Offset] = SM.getDecomposedLoc(Begin);
    llvm::StringRef Buffer = SM.getBufferData(File);
    size_t I = Offset;
    auto SkipBlanks = [&] {
      while (I > 0 && (Buffer[I - 1] == ' ' || Buffer[I - 1] == '\t'))
        --I;
    };
    SkipBlanks();
    if (I > 0 && Buffer[I - 1] == '[') {
      --I;
      SkipBlanks();
      if (I > 0 && Buffer[I - 1] == '[')
        Begin = Begin.getLocWithOffset(static_cast<int>(I - 1) -
                                       static_cast<int>(Offset));
    }
  }
  return Begin;
}

std::vector<CharSourceRange> storageSpecifierRanges(const VarDecl &VD,
                                                    const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<CharSourceRange> Ranges;
  for (const Token &Tok :
       tokensBetween(VD.getBeginLoc(), VD.getLocation(), Ctx)) {
    if (!isStorageSpecifier(Tok))
      continue;
    SourceLocation End = Tok.getEndLoc();
    End = End.getLocWithOffset(blanksAfter(End, SM));
    Ranges.push_back(CharSourceRange::getCharRange(Tok.getLocation(), End));
  }
  return Ranges;
}

std::string declarationWithoutSpecifiers(const VarDecl &VD,
                                         const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  SourceLocation Begin = declarationBegin(VD, Ctx);
  SourceLocation End = Lexer::getLocForEndOfToken(VD.getSourceRange().getEnd(),
                                                  0, SM, LO);
  std::string Text;
  SourceLocation Cursor = Begin;
  for (const CharSourceRange &R : storageSpecifierRanges(VD, Ctx)) {
    Text += Lexer::getSourceText(
                CharSourceRange::getCharRange(Cursor, R.getBegin()), SM, LO)
                .str();
    Cursor = R.getEnd();
  }
  Text += Lexer::getSourceText(CharSourceRange::getCharRange(Cursor, End), SM,
                               LO)
              .str();
  return Text;
}

std::optional<CharSourceRange> removalRange(SourceLocation Begin,
                                            SourceLocation End,
                                            const ASTContext &Ctx,
                                            bool TakeOwnComment) {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  if (Begin.isMacroID())
    return std::nullopt;
  // A macro at the end of the declaration (`T *p = NULL;`) ends where its
  // expansion ends, when that is in the declaration's own file.
  if (End.isMacroID()) {
    End = SM.getExpansionRange(End).getEnd();
    if (End.isMacroID() || SM.getFileID(End) != SM.getFileID(Begin) ||
        SM.isBeforeInTranslationUnit(End, Begin))
      return std::nullopt;
  }
  SourceLocation AfterSemi =
      Lexer::findLocationAfterToken(End, tok::semi, SM, LO,
                                    /*SkipTrailingWhitespaceAndNewLine=*/false);
  if (AfterSemi.isInvalid())
    return std::nullopt;
  // Widen to whole lines when the declaration stands alone on them.
  const char *Start = SM.getCharacterData(Begin);
  const char *LineStart = Start;
  while (LineStart > SM.getBufferData(SM.getFileID(Begin)).begin() &&
         (LineStart[-1] == ' ' || LineStart[-1] == '\t'))
    --LineStart;
  bool AloneBefore = LineStart == SM.getBufferData(SM.getFileID(Begin)).begin() ||
                     LineStart[-1] == '\n';
  const char *Stop = SM.getCharacterData(AfterSemi);
  const char *LineEnd = Stop;
  while (*LineEnd == ' ' || *LineEnd == '\t')
    ++LineEnd;
  // A `// comment` after the declaration describes it: it goes too.
  if (LineEnd[0] == '/' && LineEnd[1] == '/')
    while (*LineEnd != '\n' && *LineEnd != '\0')
      ++LineEnd;
  bool AloneAfter = *LineEnd == '\n' || *LineEnd == '\0';
  if (AloneBefore && AloneAfter &&
      LineStart != SM.getBufferData(SM.getFileID(Begin)).begin()) {
    const char *BufferBegin = SM.getBufferData(SM.getFileID(Begin)).begin();
    if (TakeOwnComment && (*LineEnd == '\0' || isBlankLineAt(LineEnd + 1)))
      if (const char *Comment = ownLeadingComment(LineStart, BufferBegin))
        LineStart = Comment;
    // No blank line left where there was none: after an opening brace or
    // next to another blank line, the blank line that followed goes too.
    if (*LineEnd == '\n' && isBlankLineAt(LineEnd + 1) &&
        previousLineIsBlankOrOpensBlock(LineStart - 1, BufferBegin))
      while (*++LineEnd != '\n')
        ;
    // Remove from the newline before the line to the end of the line: the
    // renderer joins blanks around a removal, so leave none at its edges.
    return CharSourceRange::getCharRange(
        Begin.getLocWithOffset(-(Start - LineStart) - 1),
        AfterSemi.getLocWithOffset(LineEnd - Stop));
  }
  return CharSourceRange::getCharRange(Begin, AfterSemi);
}

std::string trailingLineComment(SourceLocation DeclEnd,
                                const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (DeclEnd.isMacroID())
    return "";
  SourceLocation AfterSemi = Lexer::findLocationAfterToken(
      DeclEnd, tok::semi, SM, Ctx.getLangOpts(),
      /*SkipTrailingWhitespaceAndNewLine=*/false);
  if (AfterSemi.isInvalid())
    return "";
  llvm::StringRef Comment =
      commentAfterToken(AfterSemi.getLocWithOffset(-1), SM, Ctx.getLangOpts(),
                        /*OnlyNext=*/true);
  if (!Comment.starts_with("//"))
    return "";
  return " " + Comment.str();
}

std::optional<MovedInitializer> definitionInitializer(const VarDecl &Def,
                                                      const ASTContext &Ctx) {
  MovedInitializer Moved;
  if (!Def.hasInit())
    return Moved;
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  SourceLocation AfterName =
      Lexer::getLocForEndOfToken(Def.getLocation(), 0, SM, LO);
  SourceLocation End =
      Lexer::getLocForEndOfToken(Def.getSourceRange().getEnd(), 0, SM, LO);
  std::string Text =
      Lexer::getSourceText(CharSourceRange::getCharRange(AfterName, End), SM,
                           LO)
          .str();
  // Array bounds belong to the declarator, not the initializer: skip `[N]`.
  size_t I = 0;
  while (true) {
    size_t J = I;
    while (J < Text.size() && (Text[J] == ' ' || Text[J] == '\t'))
      ++J;
    if (J >= Text.size() || Text[J] != '[')
      break;
    size_t Close = Text.find(']', J);
    if (Close == std::string::npos)
      return std::nullopt;
    I = Close + 1;
  }
  Text = llvm::StringRef(Text.substr(I)).trim().str();
  if (Text.empty())
    return Moved; // `std::map<K, V> A::x;`: default construction
  switch (Def.getInitStyle()) {
  case VarDecl::CallInit:
    if (Text.front() != '(')
      return std::nullopt;
    Moved.Form = MovedInitializer::Parens;
    Moved.Text = Text;
    return Moved;
  case VarDecl::ListInit:
    if (Text.front() != '{')
      return std::nullopt;
    Moved.Form = MovedInitializer::Braces;
    Moved.Text = Text;
    return Moved;
  default:
    if (Text.front() != '=')
      return std::nullopt;
    Moved.Form = MovedInitializer::Equals;
    Moved.Text = " " + Text;
    return Moved;
  }
}

std::optional<MovedInitializer> outOfLineInitializer(const VarDecl &VD,
                                                     const ASTContext &Ctx,
                                                     std::string &WhyNot) {
  const VarDecl *Def = outOfLineDefinition(VD);
  if (!Def)
    return MovedInitializer();
  std::optional<MovedInitializer> Init = definitionInitializer(*Def, Ctx);
  if (!Init)
    WhyNot = "the initializer of '" + VD.getNameAsString() +
             "' in its definition cannot be read as one expression";
  return Init;
}

std::string initializerAfterName(const MovedInitializer &Init,
                                 const VarDecl &VD, bool InClass,
                                 const ASTContext &Ctx) {
  if (Init.Form != MovedInitializer::Parens || !InClass)
    return Init.Text;
  // A default member initializer cannot use parentheses; `= T(args)` says
  // the same (guaranteed elision since C++17).
  return " = " + typeText(VD, Ctx) + Init.Text;
}

std::string typeText(const VarDecl &VD, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (const TypeSourceInfo *TSI = VD.getTypeSourceInfo()) {
    TypeLoc TL = TSI->getTypeLoc();
    while (auto AL = TL.getAs<ArrayTypeLoc>())
      TL = AL.getElementLoc();
    SourceRange R = TL.getSourceRange();
    if (R.isValid() && R.getBegin().isFileID() && R.getEnd().isFileID()) {
      llvm::StringRef Text = Lexer::getSourceText(
          CharSourceRange::getTokenRange(R), SM, Ctx.getLangOpts());
      if (!Text.empty())
        return Text.str();
    }
  }
  return VD.getType().getAsString(PrintingPolicy(Ctx.getLangOpts()));
}

std::string declarationForMove(const VarDecl &VD, const ASTContext &Ctx) {
  std::string Text = declarationWithoutSpecifiers(VD, Ctx);
  const VarDecl *Def = outOfLineDefinition(VD);
  if (!Def || !VD.getType()->isIncompleteArrayType())
    return Text;
  const auto *Bound = Ctx.getAsConstantArrayType(Def->getType());
  if (!Bound)
    return Text;
  // `static int table[];` whose definition gives the bound.
  size_t Name = Text.rfind(VD.getName().str());
  size_t Open = Text.find("[]", Name == std::string::npos ? 0 : Name);
  if (Open == std::string::npos)
    return Text;
  return Text.substr(0, Open + 1) +
         std::to_string(Bound->getSize().getZExtValue()) +
         Text.substr(Open + 1);
}

bool needsValueInitialization(QualType T, const ASTContext &Ctx) {
  T = Ctx.getBaseElementType(T);
  if (T->isScalarType())
    return true;
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl()) {
    // Library classes (std::vector, std::string) initialise themselves;
    // `{}` after them would only be noise.
    if (!RD->hasDefinition() ||
        Ctx.getSourceManager().isInSystemHeader(RD->getLocation()))
      return false;
    return RD->isAggregate() || !RD->hasUserProvidedDefaultConstructor();
  }
  return false;
}

std::string indentationOf(SourceLocation Loc, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  Loc = SM.getFileLoc(Loc);
  auto [File, Offset] = SM.getDecomposedLoc(Loc);
  llvm::StringRef Buffer = SM.getBufferData(File);
  // StringRef::rfind(C, From) looks before From.
  size_t LineStart = Buffer.rfind('\n', Offset);
  LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  size_t End = LineStart;
  while (End < Buffer.size() && (Buffer[End] == ' ' || Buffer[End] == '\t'))
    ++End;
  return Buffer.substr(LineStart, End - LineStart).str();
}

} // namespace clang::tidy::static_state
