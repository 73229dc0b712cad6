//===- SharedDeclaration.cpp - one declaration, several static locals -----===//

#include "fixes/SharedDeclaration.h"
#include "fixes/DeclarationText.h"

#include "clang/AST/ParentMapContext.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::static_state {

namespace {

/// Where \p VD's own declarator begins: its first `*`, `&`, `&&`, `C::*` or
/// `(` before the name, else the name. What comes before is shared.
SourceLocation declaratorBegin(const VarDecl &VD, const SourceManager &SM) {
  SourceLocation Begin = VD.getLocation();
  const TypeSourceInfo *TSI = VD.getTypeSourceInfo();
  if (!TSI)
    return Begin;
  for (TypeLoc TL = TSI->getTypeLoc(); !TL.isNull(); TL = TL.getNextTypeLoc()) {
    switch (TL.getTypeLocClass()) {
    case TypeLoc::Pointer:
    case TypeLoc::BlockPointer:
    case TypeLoc::LValueReference:
    case TypeLoc::RValueReference:
    case TypeLoc::MemberPointer:
    case TypeLoc::Paren: {
      SourceLocation At = TL.getLocalSourceRange().getBegin();
      if (At.isValid() && At.isFileID() && SM.isBeforeInTranslationUnit(At, Begin))
        Begin = At;
      continue;
    }
    case TypeLoc::Qualified:
    case TypeLoc::Attributed:
      continue;
    default:
      // Array bounds and parameter lists follow the name; anything else is
      // the type of the shared specifiers.
      if (TL.getAs<ArrayTypeLoc>() || TL.getAs<FunctionTypeLoc>())
        continue;
      return Begin;
    }
  }
  return Begin;
}

/// The end of \p VD's declarator (its initializer included) as a file
/// location just past the last token; a macro there ends where it expands.
SourceLocation declaratorEnd(const VarDecl &VD, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation End = VD.getSourceRange().getEnd();
  if (End.isMacroID())
    End = SM.getExpansionRange(End).getEnd();
  if (End.isInvalid() || End.isMacroID())
    return SourceLocation();
  return Lexer::getLocForEndOfToken(End, 0, SM, Ctx.getLangOpts());
}

std::string textBetween(SourceLocation Begin, SourceLocation End,
                        const ASTContext &Ctx) {
  return Lexer::getSourceText(CharSourceRange::getCharRange(Begin, End),
                              Ctx.getSourceManager(), Ctx.getLangOpts())
      .str();
}

/// The specifiers that every variable of \p DS shares, storage specifiers
/// dropped ("const char"), and the blanks that separated them from the
/// first declarator ("" in `char* a, *b`).
struct SharedSpecifiers {
  std::string Text, Separator;
};
std::optional<SharedSpecifiers> sharedSpecifiers(const VarDecl &First,
                                                 const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Begin = declarationBegin(First, Ctx);
  SourceLocation Stop = declaratorBegin(First, SM);
  if (Begin.isMacroID() || Stop.isMacroID() ||
      SM.getFileID(Begin) != SM.getFileID(Stop))
    return std::nullopt;
  std::string Text;
  SourceLocation Cursor = Begin;
  for (const CharSourceRange &R : storageSpecifierRanges(First, Ctx)) {
    if (!SM.isBeforeInTranslationUnit(R.getBegin(), Stop))
      break;
    Text += textBetween(Cursor, R.getBegin(), Ctx);
    Cursor = R.getEnd();
  }
  Text += textBetween(Cursor, Stop, Ctx);
  size_t Kept = Text.find_last_not_of(" \t");
  if (Kept == std::string::npos)
    return std::nullopt;
  return SharedSpecifiers{Text.substr(0, Kept + 1), Text.substr(Kept + 1)};
}

/// The blanks between the specifiers and a declarator: the author's own
/// before the first; one space before another that had none (`char *b`
/// from `char* a, *b`) or that the author put on a line of its own.
std::string separatorFor(const SharedSpecifiers &Specs, bool First) {
  if (First)
    return Specs.Separator;
  if (Specs.Separator.empty() || Specs.Separator.find('\n') != std::string::npos)
    return " ";
  return Specs.Separator;
}

/// \p VD's own declarator as written ("*p = nullptr", "buf[8]"), its name
/// replaced by \p NewName, and an array bound the initializer gave spelled
/// out ("a[2] = {1, 2}").
/// \p Declarator ("v(3, 7)") as a default member initializer can spell it,
/// which cannot use parentheses: "v = std::vector<int>(3, 7)" for a class
/// (guaranteed elision since C++17), "n = 5" for a scalar.
std::optional<std::string>
withoutParenthesisedInitializer(const VarDecl &VD, llvm::StringRef Declarator,
                                llvm::StringRef NewName, const ASTContext &Ctx) {
  // Default construction (`std::vector<int> seen`) has no parentheses.
  size_t Open = Declarator.find('(');
  if (Open == llvm::StringRef::npos)
    return Declarator.str();
  const Expr *Init = VD.getInit();
  llvm::StringRef Name = Declarator.substr(0, Open).rtrim();
  if (!Init || !Name.ends_with(NewName) || !Declarator.ends_with(")"))
    return std::nullopt;
  if (VD.getType()->isRecordType()) {
    std::string Type = typeText(VD, Ctx);
    if (llvm::StringRef(Type).contains("auto") ||
        llvm::StringRef(Type).contains("decltype"))
      return std::nullopt;
    return (Name + " = " + Type + Declarator.substr(Open)).str();
  }
  llvm::StringRef Inner = Declarator.substr(Open + 1).drop_back().trim();
  if (Inner.empty() || !Init->IgnoreImpCasts()->getType()->isScalarType())
    return std::nullopt;
  return (Name + " = " + Inner).str();
}

std::optional<std::string> ownDeclarator(const VarDecl &VD,
                                         llvm::StringRef NewName,
                                         const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Begin = declaratorBegin(VD, SM);
  SourceLocation End = declaratorEnd(VD, Ctx);
  if (Begin.isMacroID() || VD.getLocation().isMacroID() || End.isInvalid() ||
      SM.getFileID(Begin) != SM.getFileID(End))
    return std::nullopt;
  std::string Text = textBetween(Begin, End, Ctx);
  unsigned NameAt = SM.getFileOffset(VD.getLocation()) - SM.getFileOffset(Begin);
  // `a[] = {1, 2}`: a member cannot deduce its bound from the initializer.
  if (const TypeSourceInfo *TSI = VD.getTypeSourceInfo())
    if (auto Array = TSI->getTypeLoc().getAs<IncompleteArrayTypeLoc>())
      if (const ConstantArrayType *Bound = Ctx.getAsConstantArrayType(VD.getType())) {
        SourceLocation Close = Array.getRBracketLoc();
        if (Close.isInvalid() || Close.isMacroID() ||
            SM.getFileID(Close) != SM.getFileID(Begin))
          return std::nullopt;
        unsigned At = SM.getFileOffset(Close) - SM.getFileOffset(Begin);
        if (At > Text.size() || At < NameAt)
          return std::nullopt;
        Text.insert(At, std::to_string(Bound->getSize().getZExtValue()));
      }
  if (Text.empty() || NameAt + VD.getName().size() > Text.size() ||
      llvm::StringRef(Text).substr(NameAt, VD.getName().size()) != VD.getName())
    return std::nullopt;
  Text.replace(NameAt, VD.getName().size(), NewName.str());
  return Text;
}

} // namespace

const DeclStmt *declarationStatementOf(const VarDecl &VD, ASTContext &Ctx) {
  for (const DynTypedNode &P : Ctx.getParents(VD))
    if (const auto *DS = P.get<DeclStmt>())
      return DS;
  return nullptr;
}

std::vector<const VarDecl *> variablesOf(const DeclStmt &DS) {
  std::vector<const VarDecl *> Vars;
  for (const Decl *D : DS.decls()) {
    const auto *VD = dyn_cast<VarDecl>(D);
    if (!VD)
      return {};
    Vars.push_back(VD);
  }
  return Vars;
}

std::optional<std::string> ownDeclaration(const VarDecl &VD,
                                          const DeclStmt &DS,
                                          llvm::StringRef NewName,
                                          const ASTContext &Ctx) {
  std::vector<const VarDecl *> Vars = variablesOf(DS);
  if (Vars.empty())
    return std::nullopt;
  std::optional<SharedSpecifiers> Specs = sharedSpecifiers(*Vars.front(), Ctx);
  std::optional<std::string> Declarator = ownDeclarator(VD, NewName, Ctx);
  if (!Specs || !Declarator)
    return std::nullopt;
  if (VD.getInitStyle() == VarDecl::CallInit &&
      !(Declarator =
            withoutParenthesisedInitializer(VD, *Declarator, NewName, Ctx)))
    return std::nullopt;
  return Specs->Text + separatorFor(*Specs, &VD == Vars.front()) + *Declarator;
}

std::optional<FixItHint>
rewriteKeepingLocals(const DeclStmt &DS, llvm::ArrayRef<const VarDecl *> Kept,
                     const ASTContext &Ctx) {
  std::vector<const VarDecl *> Vars = variablesOf(DS);
  if (Vars.empty())
    return std::nullopt;
  SourceLocation Begin = declarationBegin(*Vars.front(), Ctx);
  if (Kept.empty()) {
    std::optional<CharSourceRange> Whole =
        removalRange(Begin, Vars.back()->getSourceRange().getEnd(), Ctx);
    if (!Whole)
      return std::nullopt;
    return FixItHint::CreateRemoval(*Whole);
  }
  std::optional<SharedSpecifiers> Specs = sharedSpecifiers(*Vars.front(), Ctx);
  SourceLocation End = declaratorEnd(*Vars.back(), Ctx);
  if (!Specs || End.isInvalid() || Begin.isMacroID())
    return std::nullopt;
  std::string Text = Specs->Text + separatorFor(*Specs, Kept.front() == Vars.front());
  for (const VarDecl *VD : Kept) {
    std::optional<std::string> Declarator = ownDeclarator(*VD, VD->getName(), Ctx);
    if (!Declarator)
      return std::nullopt;
    Text += (VD == Kept.front() ? "" : ", ") + *Declarator;
  }
  return FixItHint::CreateReplacement(CharSourceRange::getCharRange(Begin, End),
                                      Text);
}

std::vector<FixItHint> joinInsertions(std::vector<FixItHint> Fixes) {
  std::vector<FixItHint> Joined;
  for (FixItHint &F : Fixes) {
    bool Insertion = F.RemoveRange.getBegin() == F.RemoveRange.getEnd();
    auto Same = llvm::find_if(Joined, [&](const FixItHint &J) {
      return Insertion && J.RemoveRange.getBegin() == J.RemoveRange.getEnd() &&
             J.RemoveRange.getBegin() == F.RemoveRange.getBegin();
    });
    if (Same != Joined.end())
      Same->CodeToInsert += F.CodeToInsert;
    else
      Joined.push_back(std::move(F));
  }
  return Joined;
}

} // namespace clang::tidy::static_state
