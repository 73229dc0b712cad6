//===- ValueSinks.cpp - where a static's value goes -----------------------===//

#include "analysis/ValueSinks.h"
#include "analysis/DeclarationComments.h"
#include "analysis/References.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"

#include <functional>

namespace clang::tidy::static_state {

bool allUsesInView(const VarDecl &VD, const SourceManager &SM) {
  if (VD.isStaticLocal())
    return true;
  const auto *Class = dyn_cast<CXXRecordDecl>(VD.getDeclContext());
  if (!VD.isStaticDataMember() || !Class || !Class->getDefinition())
    return false;
  return SM.isInMainFile(
      SM.getExpansionLoc(Class->getDefinition()->getLocation()));
}

namespace {

/// The node above \p E once casts, parentheses, temporaries and arithmetic
/// on it are passed (`n++ * 2`, `(double)total / 1000`); \p Child is set to
/// the expression that node holds.
const Stmt *consumerOfValue(const Expr &E, ASTContext &Ctx,
                            const Stmt *&Child) {
  Child = &E;
  const Stmt *P = parentStmt(E, Ctx);
  while (P) {
    bool Transparent =
        isa<ParenExpr, ImplicitCastExpr, ExprWithCleanups,
            MaterializeTemporaryExpr, CXXBindTemporaryExpr>(P) ||
        (isa<ExplicitCastExpr>(P) &&
         !cast<ExplicitCastExpr>(P)->getType()->isVoidType());
    if (const auto *BO = dyn_cast<BinaryOperator>(P))
      Transparent = BO->isAdditiveOp() || BO->isMultiplicativeOp();
    if (const auto *UO = dyn_cast<UnaryOperator>(P))
      Transparent = UO->getOpcode() == UO_Minus || UO->getOpcode() == UO_Plus;
    if (!Transparent)
      return P;
    Child = P;
    P = parentStmt(*P, Ctx);
  }
  return nullptr;
}

bool isVariadicArgument(const CallExpr &Call, const Stmt *Arg) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || !Callee->isVariadic())
    return false;
  for (unsigned I = Callee->getNumParams(); I < Call.getNumArgs(); ++I)
    if (Call.getArg(I) == Arg)
      return true;
  return false;
}

bool namesNumbering(llvm::StringRef Name) {
  // Not "seq": a packet sequence number is one per connection.
  static constexpr llvm::StringLiteral Numbering[] = {
      "id", "ids", "uid", "uuid", "guid", "serial", "unique"};
  llvm::SmallVector<llvm::StringRef, 4> Words;
  std::string Spaced = identifierAsWords(Name);
  llvm::StringRef(Spaced).split(Words, ' ', -1, /*KeepEmpty=*/false);
  return llvm::any_of(Words, [](llvm::StringRef W) {
    return llvm::is_contained(Numbering, W);
  });
}

/// `++n`, `n++`, `n += 1` (\p Down: `--n`, `n -= 1` too): a step of a
/// count, whatever the spelling.
bool isStepOfOne(const Access &A, bool Down = true) {
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(A.Site))
    return UO->isIncrementOp() || (Down && UO->isDecrementOp());
  if (const auto *CA = dyn_cast_or_null<CompoundAssignOperator>(A.Site)) {
    const auto *One =
        dyn_cast<IntegerLiteral>(CA->getRHS()->IgnoreParenImpCasts());
    return One && One->getValue() == 1 &&
           (CA->getOpcode() == BO_AddAssign ||
            (Down && CA->getOpcode() == BO_SubAssign));
  }
  return false;
}

const FunctionDecl *enclosingFunction(const Stmt &S, ASTContext &Ctx) {
  const FunctionDecl *Found = nullptr;
  forEachAncestor(DynTypedNode::create(S), Ctx,
                  [&](const DynTypedNode &P, const DynTypedNode &) {
                    Found = P.get<FunctionDecl>();
                    return !Found;
                  });
  return Found;
}

/// `sprintf`, `snprintf`, `DString::sprintf`, `QString::asprintf`,
/// `format`: formats into memory, which the program may go on to use.
bool isFormatter(const FunctionDecl &Callee) {
  if (!Callee.getIdentifier())
    return false;
  std::string Lower = Callee.getName().lower();
  llvm::StringRef Name = Lower;
  Name.consume_front("v"); // vsprintf, vsnprintf, vasprintf
  return Name == "sprintf" || Name == "snprintf" || Name == "asprintf" ||
         Name.contains("format");
}

/// `puts`, `fputs`: output that takes one string, not a variadic list.
bool isStringOutput(const FunctionDecl &Callee) {
  return Callee.getIdentifier() && !isa<CXXMethodDecl>(Callee) &&
         (Callee.getName() == "puts" || Callee.getName() == "fputs");
}

bool reachesOutput(const Expr &E, ASTContext &Ctx, bool FollowBuffer);

/// Whether \p Buf, a local buffer that \p Formatter writes into, is used
/// for nothing but output: every other reference to it is printed
/// (`snprintf(name, ...); fprintf(f, "%s", name);`).
bool isOutputOnlyBuffer(const VarDecl &Buf, const CallExpr &Formatter,
                        ASTContext &Ctx) {
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(Buf.getParentFunctionOrMethod());
  if (!Fn || !Fn->getBody())
    return false;
  const Expr *Destination = Formatter.getArg(0)->IgnoreParenImpCasts();
  bool OnlyOutput = true;
  std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
    if (!S || !OnlyOutput || isa<UnaryExprOrTypeTraitExpr>(S))
      return; // `sizeof buf` reads nothing
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S);
        DRE && DRE->getDecl() == &Buf && DRE != Destination)
      OnlyOutput = reachesOutput(*DRE, Ctx, /*FollowBuffer=*/false);
    for (const Stmt *Child : S->children())
      Walk(Child);
  };
  Walk(Fn->getBody());
  return OnlyOutput;
}

/// What isPrintedValue says; \p FollowBuffer lets a value formatted into a
/// local buffer count as printed when the buffer only is (one step deep).
bool reachesOutput(const Expr &E, ASTContext &Ctx, bool FollowBuffer) {
  const Stmt *Child = nullptr;
  const Stmt *User = consumerOfValue(E, Ctx, Child);
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(User)) {
    if (Op->getOperator() != OO_LessLess || Op->getNumArgs() != 2 ||
        Op->getArg(1) != Child)
      return false;
    // A string stream formats into memory, like sprintf. The stream is the
    // leftmost operand of a chain (`os << "L" << n`).
    const Expr *Root = Op->getArg(0)->IgnoreImplicit();
    while (const auto *Inner = dyn_cast<CXXOperatorCallExpr>(Root)) {
      if (Inner->getOperator() != OO_LessLess || Inner->getNumArgs() != 2)
        break;
      Root = Inner->getArg(0)->IgnoreImplicit();
    }
    const CXXRecordDecl *Stream =
        Root->getType().getNonReferenceType()->getAsCXXRecordDecl();
    return Stream && !Stream->getName().contains("stringstream");
  }
  const auto *Call = dyn_cast_or_null<CallExpr>(User);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee)
    return false;
  if (isStringOutput(*Callee))
    return Call->getNumArgs() > 0 && Call->getArg(0) == Child;
  if (!isVariadicArgument(*Call, Child))
    return false;
  if (!isFormatter(*Callee))
    return true;
  // `sprintf(buf, "%d", n++)` into a local buffer that is only printed.
  const auto *Dest = dyn_cast<DeclRefExpr>(Call->getArg(0)->IgnoreParenImpCasts());
  const auto *Buf = Dest ? dyn_cast<VarDecl>(Dest->getDecl()) : nullptr;
  return FollowBuffer && !isa<CXXMemberCallExpr>(Call) && Buf &&
         Buf->isLocalVarDecl() && isOutputOnlyBuffer(*Buf, *Call, Ctx);
}

} // namespace

bool isPrintedValue(const Expr &E, ASTContext &Ctx) {
  return reachesOutput(E, Ctx, /*FollowBuffer=*/true);
}

bool isPrintedCount(const VarDecl &VD, llvm::ArrayRef<FlowUse> Uses,
                    ASTContext &Ctx) {
  if (!VD.getType()->isIntegerType() || VD.getType()->isBooleanType() ||
      Uses.empty())
    return false;
  bool Printed = false;
  bool OnlyPrinted = llvm::all_of(Uses, [&](const FlowUse &U) {
    const Access &A = *U.What;
    // Counting, not accumulating (a total of what objects bring, `total +=
    // bytes`, may well be meant per object), and never read apart from a
    // step: a tally shown later (`++clicks;` ... `printf("%d", clicks)`)
    // may be meant as one object's.
    if (!A.IsWrite || A.ToPart || !isStepOfOne(A))
      return false;
    const auto *Step = cast<Expr>(A.Site);
    if (isValueDiscarded(*Step, Ctx))
      return true;
    bool Here = isPrintedValue(*Step, Ctx);
    Printed |= Here;
    return Here;
  });
  return OnlyPrinted && Printed;
}

bool handsOutIds(const VarDecl &VD, llvm::ArrayRef<FlowUse> Uses,
                 ASTContext &Ctx) {
  QualType T = VD.getType();
  if (!T->isIntegerType() || T->isBooleanType() || Uses.empty())
    return false;
  bool FunctionsSayIds = true;
  for (const FlowUse &U : Uses) {
    const Access &A = *U.What;
    if (!A.IsWrite || A.ToPart || !isStepOfOne(A, /*Down=*/false) ||
        isValueDiscarded(*A.Site, Ctx))
      return false;
    const FunctionDecl *Fn = enclosingFunction(*A.Site, Ctx);
    FunctionsSayIds &= Fn && Fn->getIdentifier() && namesNumbering(Fn->getName());
  }
  return namesNumbering(VD.getName()) || FunctionsSayIds;
}

namespace {

/// The text of the statements of \p Block just before \p Child: from the end
/// of the statement two before it (or the opening brace), so that an
/// assertion macro that expands to nothing (`btAssert(0);` is then a bare
/// `;`) is in it. Comments removed. Empty when it cannot be read.
std::string textBefore(const CompoundStmt &Block, const Stmt &Child,
                       ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::SmallVector<const Stmt *, 16> Body(Block.body());
  auto It = llvm::find(Body, &Child);
  if (It == Body.end() || It == Body.begin())
    return "";
  size_t Index = It - Body.begin();
  // Only an unconditional statement can be the assertion: an expression,
  // `;` (a macro that expanded to nothing), `do { ... } while (0)`.
  const Stmt *Prev = Body[Index - 1];
  while (const auto *Label = dyn_cast<SwitchCase>(Prev))
    Prev = Label->getSubStmt();
  if (!isa<Expr, NullStmt, DoStmt>(Prev))
    return "";
  SourceLocation From =
      Index >= 2 ? Lexer::getLocForEndOfToken(
                       SM.getExpansionRange(Body[Index - 2]->getEndLoc()).getEnd(),
                       0, SM, Ctx.getLangOpts())
                 : SM.getExpansionLoc(Block.getLBracLoc()).getLocWithOffset(1);
  SourceLocation To = SM.getExpansionLoc(Child.getBeginLoc());
  if (From.isInvalid() || To.isInvalid() ||
      SM.getFileID(From) != SM.getFileID(To) ||
      SM.getFileOffset(From) > SM.getFileOffset(To))
    return "";
  llvm::StringRef Text = Lexer::getSourceText(
      CharSourceRange::getCharRange(From, To), SM, Ctx.getLangOpts());
  // Comments out: `btAssert(0);  // never` must still end in the assertion.
  static const llvm::Regex Comments("//[^\n]*|/\\*([^*]|\\*+[^*/])*\\*+/");
  std::string Clean = Text.str();
  while (Comments.match(Clean))
    Clean = Comments.sub("", Clean);
  return Clean;
}

/// Whether the statement of \p Block before \p Child calls a function that
/// never returns (`std::abort()`, a project's `fatal(...)` declared
/// `[[noreturn]]`), whatever macro spells it.
bool followsNoReturnCall(const CompoundStmt &Block, const Stmt &Child) {
  const Stmt *Prev = nullptr;
  for (const Stmt *S : Block.body()) {
    if (S == &Child)
      break;
    Prev = S;
  }
  while (const auto *Label = dyn_cast_or_null<SwitchCase>(Prev))
    Prev = Label->getSubStmt();
  const auto *Call = dyn_cast_or_null<CallExpr>(
      dyn_cast_or_null<Expr>(Prev) ? cast<Expr>(Prev)->IgnoreParenCasts()
                                   : nullptr);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && Callee->isNoReturn();
}

/// Whether \p Text ends with a statement that stops the program or asserts
/// a constant false: `assert(false);`, `btAssert(0);`, `assert(!"no");`,
/// `assert(0 && "why");`, `abort();`, `std::terminate();`,
/// `__builtin_unreachable();`, `llvm_unreachable("...");`.
bool endsWithFailedAssertion(llvm::StringRef Text) {
  static const llvm::Regex Failed(
      "([A-Za-z0-9_]*([Aa][Ss][Ss][Ee][Rr][Tt])[A-Za-z0-9_]*"
      "[[:space:]]*\\([[:space:]]*(0|false|FALSE|nullptr|NULL|"
      "(0|false)[[:space:]]*&&[^;]*|![[:space:]]*\"[^\"]*\")[[:space:]]*\\)"
      "|(std::)?(abort|terminate|__builtin_trap|__builtin_unreachable)"
      "[[:space:]]*\\([[:space:]]*\\)"
      "|[A-Za-z0-9_]*[Uu][Nn][Rr][Ee][Aa][Cc][Hh][Aa][Bb][Ll][Ee]"
      "[[:space:]]*\\([^;]*\\))"
      "[[:space:]]*;[[:space:]]*$");
  return Failed.match(Text);
}

bool returnsAfterFailedAssertion(const Expr &Ref, ASTContext &Ctx) {
  const Stmt *Up = skipTransparentUp(&Ref, Ctx);
  if (const auto *Addr = dyn_cast_or_null<UnaryOperator>(parentStmt(*Up, Ctx));
      Addr && Addr->getOpcode() == UO_AddrOf)
    Up = skipTransparentUp(Addr, Ctx);
  const auto *Ret = dyn_cast_or_null<ReturnStmt>(parentStmt(*Up, Ctx));
  if (!Ret)
    return false;
  bool Failed = false;
  forEachEnclosingBlock(*Ret, Ctx,
                        [&](const CompoundStmt &Block, const Stmt *Child) {
                          Failed = Child && (followsNoReturnCall(Block, *Child) ||
                                             endsWithFailedAssertion(textBefore(
                                                 Block, *Child, Ctx)));
                          return false; // the innermost block only
                        });
  return Failed;
}

} // namespace

bool isFailedAssertionSink(const VarDecl &VD, llvm::ArrayRef<FlowUse> Uses,
                           ASTContext &Ctx) {
  return VD.isStaticLocal() && !Uses.empty() &&
         llvm::all_of(Uses, [&](const FlowUse &U) {
           return U.Ref && returnsAfterFailedAssertion(*U.Ref, Ctx);
         });
}

} // namespace clang::tidy::static_state
