//===- NamedSettings.cpp - a static loaded with a setting read by name ---===//

#include "analysis/NamedSettings.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"

#include <memory>

namespace clang::tidy::static_state {

namespace {

/// `"maxRecentFiles"` as an argument, through the conversions that make a
/// `std::string` or `QString` of it.
bool isStringLiteralArgument(const Expr *Arg) {
  for (unsigned Step = 0; Arg && Step < 8; ++Step) {
    Arg = Arg->IgnoreUnlessSpelledInSource();
    if (isa<StringLiteral>(Arg))
      return true;
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Arg);
        Construct && Construct->getNumArgs() >= 1)
      Arg = Construct->getArg(0);
    else if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Arg))
      Arg = Cast->getSubExpr();
    else
      return false;
  }
  return false;
}

/// Every reference to one local in a body.
class LocalUses : public RecursiveASTVisitor<LocalUses> {
public:
  explicit LocalUses(const VarDecl &Local) : Local(Local) {}
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (DRE->getDecl() == &Local)
      Uses.push_back(DRE);
    return true;
  }
  const VarDecl &Local;
  std::vector<const DeclRefExpr *> Uses;
};

/// Where the values written to one static come from. A local is followed
/// through its initializer and every full expression that writes it; a
/// local whose verdict is still being worked out counts as free (a value
/// going round between locals brings nothing new in).
class Provenance {
public:
  Provenance(const VarDecl &Setting, ASTContext &Ctx)
      : Setting(*Setting.getCanonicalDecl()), Ctx(Ctx) {}

  /// Whether \p S computes nothing from an object or a caller; \p Skip, a
  /// variable \p S writes, is not counted as read.
  bool isObjectFree(const Stmt &S, const VarDecl *Skip, unsigned Depth) {
    if (isa<CXXThisExpr, CXXNewExpr, LambdaExpr, BlockExpr>(S))
      return false;
    if (const auto *Call = dyn_cast<CallExpr>(&S);
        Call && llvm::any_of(Call->arguments(), isStringLiteralArgument))
      ReadsByName = true;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(&S)) {
      const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
      // `auto [a, b] = ...;`: a binding is as free as what it decomposes.
      if (const auto *B = dyn_cast<BindingDecl>(DRE->getDecl()))
        V = dyn_cast_or_null<VarDecl>(B->getDecomposedDecl());
      if (isa<ParmVarDecl>(DRE->getDecl()))
        return false;
      if (!V)
        return !isa<BindingDecl>(DRE->getDecl());
      if (Skip && V->getCanonicalDecl() == Skip->getCanonicalDecl())
        return true;
      if (V->getCanonicalDecl() == &Setting)
        return false; // its own old value: a count, an accumulation
      return !V->hasLocalStorage() || isLocalObjectFree(*V, Depth);
    }
    for (const Stmt *Child : S.children())
      if (Child && !isObjectFree(*Child, Skip, Depth))
        return false;
    return true;
  }

  bool readsByName() const { return ReadsByName; }

private:
  enum class Verdict { InProgress, Free, Tied };

  bool isLocalObjectFree(const VarDecl &Local, unsigned Depth) {
    if (auto It = Locals.find(&Local); It != Locals.end())
      return It->second != Verdict::Tied;
    const auto *Fn = dyn_cast<FunctionDecl>(Local.getDeclContext());
    const Stmt *Body = Fn ? Fn->getBody() : nullptr;
    if (!Body || Depth > 4)
      return false;
    Locals[&Local] = Verdict::InProgress;
    bool Free = !Local.getInit() ||
                isObjectFree(*Local.getInit(), nullptr, Depth + 1);
    if (Free) {
      LocalUses Finder(Local);
      Finder.TraverseStmt(const_cast<Stmt *>(Body));
      ExprMutationAnalyzer &Mutations = analyzerFor(*Body);
      for (const DeclRefExpr *Use : Finder.Uses)
        if (Mutations.isMutated(Use) &&
            !isObjectFree(*fullExpressionOf(*Use, Ctx), &Local, Depth + 1)) {
          Free = false;
          break;
        }
    }
    Locals[&Local] = Free ? Verdict::Free : Verdict::Tied;
    return Free;
  }

  ExprMutationAnalyzer &analyzerFor(const Stmt &Body) {
    std::unique_ptr<ExprMutationAnalyzer> &A = Analyzers[&Body];
    if (!A)
      A = std::make_unique<ExprMutationAnalyzer>(Body, Ctx);
    return *A;
  }

  const VarDecl &Setting;
  ASTContext &Ctx;
  llvm::DenseMap<const VarDecl *, Verdict> Locals;
  llvm::DenseMap<const Stmt *, std::unique_ptr<ExprMutationAnalyzer>>
      Analyzers;
  bool ReadsByName = false;
};

/// Whether \p W stores a value that owes nothing to an object or a caller:
/// `setting = value` (the whole or a part). The setting handed to a call
/// that fills it (`prefs.get("width", width, 640)`) is not enough: the
/// callee may as well append to it or parse into it (`add("x", list)`).
bool storesObjectFreeValue(const WriteFact &W, Provenance &Values) {
  if (W.Where.Kind == ContextKind::Destructor || !W.What.Site)
    return false;
  const Expr *Value = assignedValue(W.What);
  return Value && Values.isObjectFree(*Value, nullptr, 0);
}

} // namespace

bool isSettingReadByName(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                         ASTContext &Ctx) {
  if (!VD.isStaticDataMember() || Writes.empty())
    return false;
  Provenance Values(VD, Ctx);
  return llvm::all_of(Writes,
                      [&](const WriteFact &W) {
                        return storesObjectFreeValue(W, Values);
                      }) &&
         Values.readsByName();
}

} // namespace clang::tidy::static_state
