//===- WrittenByInstanceCheck.cpp - static-state-written-by-instance ------===//

#include "WrittenByInstanceCheck.h"
#include "analysis/MoveHazards.h"
#include "analysis/Visibility.h"
#include "fixes/ToInstanceMember.h"
#include "fixes/ToLocalVariable.h"
#include "analysis/TypeFit.h"
#include "fixes/DeclarationText.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang::ast_matchers;

namespace clang::tidy::static_state {

bool WrittenByInstanceCheck::acceptCandidate(const VarDecl &VD) {
  return VD.isStaticDataMember() && isa<CXXRecordDecl>(VD.getDeclContext()) &&
         !isImmutableOrIgnoredType(VD);
}

std::vector<StaticStateCheck::ReportedWrite>
WrittenByInstanceCheck::reportedWritesOf(const VarDecl &VD) {
  const auto *Owner = cast<CXXRecordDecl>(VD.getDeclContext());
  return filterDeliberate(VD, writesOf(VD, [&](const Reference &R) {
                            return isInstanceCode(R.Kind) &&
                                   isSameOrDerivedClass(contextRecord(R), Owner);
                          }));
}

void WrittenByInstanceCheck::judge(const VarDecl &VD) {
  const auto *Owner = cast<CXXRecordDecl>(VD.getDeclContext());
  std::vector<ReportedWrite> Reported = reportedWritesOf(VD);
  if (Reported.empty() || !isShownLocation(VD.getLocation()))
    return;

  const Reference &First = Reported.front().Fact.Where;
  PlannedRewrites Plan = planKeepingStateTogether(
      VD, [&] { return coupledWith(VD); }, [&] { return planFor(VD); });
  {
    auto D = diag(VD.getLocation(), "static member %0 is written by %1; every "
                                    "%2 object shares it")
             << &VD << describeCode(First, Owner) << Owner;
    for (const FixItHint &F : Plan.Main.Fixes)
      D << F;
  }
  emitWriteNotes(VD.getName(), Reported, Owner);
  emitRewriteNotes(VD, Plan);
}

namespace {

/// Whether the non-const member call that consumes \p Ref has a const
/// overload of the same name and arity that a const object would pick.
bool hasConstOverloadForCall(const Expr &Ref, ASTContext &Ctx) {
  const Stmt *Top = skipTransparentUp(&Ref, Ctx);
  const auto *ME = dyn_cast_or_null<MemberExpr>(Top ? parentStmt(*Top, Ctx) : nullptr);
  const auto *MD = ME ? dyn_cast<CXXMethodDecl>(ME->getMemberDecl()) : nullptr;
  if (!MD || MD->isConst())
    return MD != nullptr;
  for (const NamedDecl *D : MD->getParent()->lookup(MD->getDeclName()))
    if (const auto *Other = dyn_cast<CXXMethodDecl>(D->getAsFunction()))
      if (Other->isConst() && Other->getNumParams() == MD->getNumParams())
        return true;
  return false;
}

} // namespace

bool WrittenByInstanceCheck::isChangedByConstMethod(const VarDecl &VD) {
  for (const Reference &R : referencesTo(VD)) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(R.Innermost);
    if (!MD || !MD->isConst() || !MD->getBody())
      continue;
    // As a member it is const there: a write needs `mutable`, and so does
    // any other non-const use that has no const overload to fall back to.
    if (classify(R).IsWrite)
      return true;
    if (isMutatedIn(*R.Ref, *MD->getBody()) &&
        !hasConstOverloadForCall(*R.Ref, context()))
      return true;
  }
  return false;
}

std::optional<std::string> WrittenByInstanceCheck::whyNotMoved(
    const VarDecl &VD, std::optional<std::string> TypeHazard,
    llvm::StringRef RunsHowOften) {
  std::string Name = "'" + VD.getNameAsString() + "'";
  if (TypeHazard)
    return Name + ": " + *TypeHazard;
  if (auto Why = whyDestructionShows(VD.getType(), context()))
    return Name + ": " + *Why;
  if (auto Why = whyTooLarge(VD.getName(), VD.getType(), MaxMovedObjectBytes,
                             context()))
    return Why;
  const VarDecl *Def = outOfLineDefinition(VD);
  const Expr *Init = Def ? Def->getInit() : VD.getInit();
  if (Init && hasObservableEvaluation(*Init, context()))
    return "the initializer of " + Name + " runs once, before main: " +
           RunsHowOften.str();
  return std::nullopt;
}

namespace {

/// Where the static is defined: the translation units that see this are
/// the ones that propose its fix.
SourceLocation definitionLoc(const VarDecl &VD) {
  const VarDecl *Def = VD.getDefinition();
  return Def ? Def->getLocation() : VD.getLocation();
}

} // namespace

std::optional<std::string>
WrittenByInstanceCheck::whyNotMember(const VarDecl &VD, std::string &Note) {
  const auto *RD = cast<CXXRecordDecl>(VD.getDeclContext());
  if (auto Why = whyNotEditClassAt(RD->getLocation(), RD->getName(), Note))
    return Why;
  if (auto Why = whyNotMergedAcrossFiles(RD->getLocation(), definitionLoc(VD)))
    return Why;
  if (auto Why = whyNotInstanceMember(VD, referencesTo(VD),
                                      hasUnevaluatedUse(VD),
                                      isInHeader(RD->getLocation()), context()))
    return Why;
  if (auto Why = whyNotTiedToObject(VD))
    return Why;
  if (auto Why = whyNotPerObjectStorage(VD))
    return Why;
  if (auto Why = whyUsedByLastingLambda(VD, referencesTo(VD), context()))
    return Why;
  if (auto Why = whyInitialisedTooLate(*RD, VD.getLocation(), VD, context()))
    return Why;
  // `static int table[];` takes its bound from the definition.
  const VarDecl *Def = outOfLineDefinition(VD);
  QualType T = Def ? Def->getType() : VD.getType();
  return whyNotMoved(
      VD, whyNotMemberType(T, *RD, VD.getLocation(), context()),
      "as a member it would run once for every object");
}

std::optional<std::string>
WrittenByInstanceCheck::whyNotLocal(const VarDecl &VD, const FunctionDecl &User) {
  const auto *RD = cast<CXXRecordDecl>(VD.getDeclContext());
  std::string Unused;
  if (auto Why = whyNotEditClassAt(RD->getLocation(), RD->getName(), Unused))
    return Why;
  if (auto Why = whyNotMergedAcrossFiles(RD->getLocation(), definitionLoc(VD)))
    return Why;
  if (auto Why = whyNotLocalVariable(VD, referencesTo(VD), hasUnevaluatedUse(VD),
                                     User, isInHeader(RD->getLocation()),
                                     context()))
    return Why;
  const Stmt *Body = User.getDefinition()->getBody();
  return whyNotMoved(VD,
                     whyNotLocalType(VD.getType(), Body->getBeginLoc(), context()),
                     "as a local it would run on every call");
}

StaticStateCheck::PlannedRewrites
WrittenByInstanceCheck::planFor(const VarDecl &VD) {
  const FunctionDecl *User = soleUser(referencesTo(VD));
  return planRewrites(factsOf(VD), [&](Rewrite R, LayoutEdits &Edits) {
    return build(VD, User, R, Edits);
  });
}

std::vector<const VarDecl *>
WrittenByInstanceCheck::coupledWith(const VarDecl &VD) {
  // The other reported statics of the class that a function of VD's uses
  // too: state those functions keep together.
  llvm::SmallPtrSet<const FunctionDecl *, 8> Users;
  for (const Reference &R : referencesTo(VD))
    if (R.Owner)
      Users.insert(R.Owner->getCanonicalDecl());
  std::vector<const VarDecl *> Coupled;
  for (const VarDecl *Other : candidates()) {
    if (Other == &VD || Other->getDeclContext() != VD.getDeclContext())
      continue;
    bool Shares = llvm::any_of(referencesTo(*Other), [&](const Reference &R) {
      return R.Owner && Users.count(R.Owner->getCanonicalDecl());
    });
    if (Shares && !reportedWritesOf(*Other).empty())
      Coupled.push_back(Other);
  }
  return Coupled;
}

std::optional<std::string>
WrittenByInstanceCheck::whyNoFix(const VarDecl &VD) {
  LayoutEdits Saved = Layout;
  PlannedRewrites Plan = planFor(VD);
  Layout = Saved;
  if (!Plan.Main.Fixes.empty())
    return std::nullopt;
  return Plan.Main.WhyNot;
}

RewriteFacts WrittenByInstanceCheck::factsOf(const VarDecl &VD) {
  RewriteFacts F;
  F.Name = "'" + VD.getNameAsString() + "'";
  std::string Note;
  F.WhyNotMember = whyNotMember(VD, Note);
  F.SoleUser = soleUser(referencesTo(VD));
  if (!F.SoleUser)
    return F;
  const FunctionDecl *Def = F.SoleUser->getDefinition();
  if (!Def || !Def->getBody()) {
    F.SoleUser = nullptr;
    return F;
  }
  F.SoleUser = Def;
  std::vector<FlowUse> Uses = flowUsesOf(VD);
  F.Flow = analyseCrossCallFlow(VD, *Def, Uses, context());
  F.MemoTable = isMemoTable(VD, *Def, Uses, context());
  F.ReturnedFromConst = isReturnedValue(Uses, context());
  F.WhyNotLocal = whyNotLocal(VD, *Def);
  const VarDecl *OutOfLine = outOfLineDefinition(VD);
  F.StartsFrom = initialValueWords(
      VD, OutOfLine ? OutOfLine->getInit() : VD.getInit(), context());
  return F;
}

StaticStateCheck::BuiltRewrite
WrittenByInstanceCheck::build(const VarDecl &VD, const FunctionDecl *User,
                              Rewrite R, LayoutEdits &Edits) {
  BuiltRewrite B;
  std::string Name = "'" + VD.getNameAsString() + "'";
  if (R == Rewrite::Local && User) {
    B.Fixes = makeLocalVariable(VD, *User, context(), Edits, B.WhyNot);
    B.Summary = "make " + Name + " a local variable of " +
                describeFunction(*User);
  } else {
    bool Mutable = isChangedByConstMethod(VD);
    B.Fixes = makeInstanceMember(VD, InitStyle, Mutable, context(),
                                 Edits.InitializerLists,
                                 B.WhyNot);
    B.Summary = "make " + Name + (Mutable ? " a mutable" : " a") +
                " per-instance member";
  }
  if (!B.Fixes.empty()) {
    const auto *RD = cast<CXXRecordDecl>(VD.getDeclContext());
    whyNotEditClassAt(RD->getLocation(), RD->getName(), B.Extra);
  }
  return B;
}

} // namespace clang::tidy::static_state
