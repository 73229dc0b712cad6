//===- NamedSettings.cpp - a static loaded with a setting read by name ---===//

#include "analysis/NamedSettings.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"

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

/// Where the values written to one static come from. A local is followed
/// through its initializer and every full expression that writes it (the
/// check's one mutation analysis per body says which); a
/// local whose verdict is still being worked out counts as free (a value
/// going round between locals brings nothing new in).
class Provenance {
public:
  Provenance(const VarDecl &Setting, ASTContext &Ctx, IsMutatedInFn IsMutatedIn)
      : Setting(*Setting.getCanonicalDecl()), Ctx(Ctx), IsMutatedIn(IsMutatedIn) {}

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
      for (const DeclRefExpr *Use : usesOf(Local, *Body))
        if (IsMutatedIn(*Use, *Body) &&
            !isObjectFree(*fullExpressionOf(*Use, Ctx), &Local, Depth + 1)) {
          Free = false;
          break;
        }
    }
    Locals[&Local] = Free ? Verdict::Free : Verdict::Tied;
    return Free;
  }

  const VarDecl &Setting;
  ASTContext &Ctx;
  IsMutatedInFn IsMutatedIn;
  llvm::DenseMap<const VarDecl *, Verdict> Locals;
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
                         ASTContext &Ctx, IsMutatedInFn IsMutatedIn) {
  if (!VD.isStaticDataMember() || Writes.empty())
    return false;
  Provenance Values(VD, Ctx, IsMutatedIn);
  return llvm::all_of(Writes,
                      [&](const WriteFact &W) {
                        return storesObjectFreeValue(W, Values);
                      }) &&
         Values.readsByName();
}

} // namespace clang::tidy::static_state
