//===- LocalInMethodCheck.cpp - static-state-local-in-method --------------===//

#include "LocalInMethodCheck.h"
#include "analysis/MoveHazards.h"
#include "fixes/LocalToMember.h"
#include "analysis/TypeFit.h"
#include "fixes/SharedDeclaration.h"
#include "fixes/ToLocalVariable.h"
#include "fixes/WholeFix.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang::ast_matchers;

namespace clang::tidy::static_state {

namespace {

/// The instance member function a static local lives in, or null. A lambda
/// is folded into the function it is written in (its call operator is not a
/// method anyone calls by name); a local class's member function is a method
/// of that class in its own right: its static is shared by every object of
/// the local class.
const CXXMethodDecl *owningInstanceMethod(const VarDecl &VD) {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(VD.getDeclContext());
  while (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD)) {
    if (!MD->getParent()->isLambda())
      break;
    // A lambda outside any function (a namespace-scope or default member
    // initializer) belongs to no method.
    FD = dyn_cast_or_null<FunctionDecl>(MD->getParent()->getDeclContext());
  }
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD);
  if (!MD || MD->isStatic())
    return nullptr;
  return MD;
}

} // namespace

void LocalInMethodCheck::registerPPCallbacks(const SourceManager &SM,
                                             Preprocessor *PP,
                                             Preprocessor *) {
  Includes.clear();
  Conditionals.clear();
  PP->addPPCallbacks(IncludeGraph::recorder(Includes, SM));
  PP->addPPCallbacks(ConditionalBlocks::recorder(Conditionals));
}

bool LocalInMethodCheck::acceptCandidate(const VarDecl &VD) {
  // The type test (a regex over the type's name) last: it is the dearest.
  if (!VD.isStaticLocal() || !owningInstanceMethod(VD))
    return false;
  if (!isImmutableOrIgnoredType(VD))
    return true;
  // A constant cannot be written, but the first call may freeze its value.
  return ReportFirstCallValues && isFirstCallValueCandidate(VD);
}

void LocalInMethodCheck::judge(const VarDecl &VD) {
  const CXXMethodDecl *Method = owningInstanceMethod(VD);
  if (!Method)
    return;
  // Every reference to a static local sits in its function (or a lambda or
  // local class inside it): each write is a write by the method.
  std::vector<WriteFact> Writes =
      writesOf(VD, [](const Reference &) { return true; });
  if (Writes.empty())
    return judgeFirstCallValue(VD, *Method);
  std::vector<ReportedWrite> Reported = filterDeliberate(VD, std::move(Writes));
  if (Reported.empty() || !isShownLocation(VD.getLocation()))
    return;
  const CXXRecordDecl *Class = Method->getParent();
  PlannedRewrites Plan = planKeepingStateTogether(
      VD, [&] { return coupledWith(VD); }, [&] { return planFor(VD, *Method); });
  if (const DeclStmt *DS = declarationStatementOf(VD, context()))
    if (!DS->isSingleDecl() && DS->decl_begin()[0] == &VD)
      FirstOfDeclarationOutcome[DS] =
          !Plan.Main.Fixes.empty()    ? ""
          : Plan.Main.WhyNot.empty() ? "no fix is offered"
                                     : Plan.Main.WhyNot;
  {
    auto D = diag(VD.getLocation(), "static local variable %0 in %1 is "
                                    "written there; every %2 object shares it")
             << &VD << describeFunction(*Method) << Class;
    for (const FixItHint &F : Plan.Main.Fixes)
      D << F;
  }
  emitWriteNotes(VD.getName(), Reported, Class);
  emitRewriteNotes(VD, Plan);
}

StaticStateCheck::PlannedRewrites
LocalInMethodCheck::planFor(const VarDecl &VD, const CXXMethodDecl &Method) {
  const DeclStmt *DS = declarationStatementOf(VD, context());
  if (DS && !DS->isSingleDecl())
    return planSharedDeclaration(VD, *DS, Method);
  return planRewrites(factsOf(VD, Method), [&](Rewrite R, LayoutEdits &Edits) {
    return build(VD, Method, R, Edits);
  });
}

bool LocalInMethodCheck::isReportedWrite(const VarDecl &VD) {
  return llvm::is_contained(candidates(), &VD) &&
         !filterDeliberate(VD, writesOf(VD, [](const Reference &) {
                             return true;
                           })).empty();
}

std::vector<const VarDecl *> LocalInMethodCheck::coupledWith(const VarDecl &VD) {
  // The other written static locals of the same function: its state.
  std::vector<const VarDecl *> Coupled;
  for (const VarDecl *Other : candidates())
    if (Other != &VD && Other->getDeclContext() == VD.getDeclContext() &&
        isReportedWrite(*Other))
      Coupled.push_back(Other);
  return Coupled;
}

std::optional<std::string> LocalInMethodCheck::whyNoFix(const VarDecl &VD) {
  const CXXMethodDecl *Method = owningInstanceMethod(VD);
  if (!Method)
    return std::string("it is not in an instance method");
  LayoutEdits Saved = Layout;
  PlannedRewrites Plan = planFor(VD, *Method);
  Layout = Saved;
  if (!Plan.Main.Fixes.empty() || !Plan.FixedWith.empty())
    return std::nullopt;
  return Plan.Main.WhyNot;
}

bool LocalInMethodCheck::isHarmlessOutsideBlock(const VarDecl &VD,
                                                const CXXMethodDecl &Method,
                                                SourceLocation If) {
  // A block around the whole function (FLTK's `#ifndef FL_DOXYGEN`) leaves
  // the member unused where it is left out; a member of a built-in type
  // compiles there too. One inside the body, or a type of the project's,
  // may not exist in that configuration (glog's `struct flock`).
  const SourceManager &SM = sources();
  QualType T = VD.getType();
  while (T->isArrayType() || T->isPointerType())
    T = T->isArrayType() ? QualType(T->getPointeeOrArrayElementType(), 0)
                         : T->getPointeeType();
  return T->isBuiltinType() &&
         SM.isBeforeInTranslationUnit(If, SM.getFileLoc(Method.getBeginLoc()));
}

RewriteFacts LocalInMethodCheck::factsOf(const VarDecl &VD,
                                         const CXXMethodDecl &Method) {
  RewriteFacts F;
  std::string Name = "'" + VD.getNameAsString() + "'";
  F.Name = Name;
  const CXXRecordDecl *Class = Method.getParent();
  std::string Note;
  F.WhyNotMember = whyNotEditClassAt(Class->getLocation(), Class->getName(), Note);
  if (!F.WhyNotMember)
    F.WhyNotMember = whyNotMemberFromLocal(VD, Method, referencesTo(VD), context());
  if (!F.WhyNotMember)
    F.WhyNotMember =
        whyNotMergedAcrossFiles(Class->getLocation(), Method.getLocation());
  if (!F.WhyNotMember)
    if (SourceLocation If = Conditionals.blockLeaving(
            VD.getLocation(), Class->getSourceRange(), sources());
        If.isValid() && !isHarmlessOutsideBlock(VD, Method, If))
      F.WhyNotMember =
          Name + " is declared inside the preprocessor conditional at line " +
          std::to_string(sources().getSpellingLineNumber(If)) + ", which " +
          "'" + Class->getNameAsString() + "' is not: as a member it would " +
          "be declared where that code is left out";
  // A rename would miss the uses in sizeof/decltype, which are not recorded.
  if (!F.WhyNotMember)
    F.WhyNotMember = whyNotTiedToObject(VD);
  if (!F.WhyNotMember)
    F.WhyNotMember = whyNotPerObjectStorage(VD);
  if (!F.WhyNotMember)
    F.WhyNotMember = whyInitialisedTooLate(
        *Class, Class->getBraceRange().getEnd(), VD, context());
  if (!F.WhyNotMember && hasUnevaluatedUse(VD))
    F.WhyNotMember = Name + " is used in sizeof, decltype or noexcept";
  if (!F.WhyNotMember && !sources().isInMainFile(
                            sources().getFileLoc(Class->getLocation())))
    if (auto Why = whyNotDeclaredForHeader(VD.getType(), Class->getLocation(),
                                           Includes, context()))
      F.WhyNotMember = Name + " cannot move into the header: " + *Why;
  std::optional<std::string> TooLarge =
      whyTooLarge(VD.getName(), VD.getType(), MaxMovedObjectBytes, context());
  std::optional<std::string> Destruction;
  if (auto Why = whyDestructionShows(VD.getType(), context()))
    Destruction = Name + ": " + *Why;
  if (!F.WhyNotMember)
    F.WhyNotMember = TooLarge ? TooLarge : Destruction;
  // The function that holds the static is its one user, by construction.
  const auto *Holder = cast<FunctionDecl>(VD.getDeclContext());
  F.SoleUser = Holder;
  std::vector<FlowUse> Uses = flowUsesOf(VD);
  F.Flow = analyseCrossCallFlow(VD, *Holder, Uses, context());
  F.MemoTable = isMemoTable(VD, *Holder, Uses, context());
  F.ReturnedFromConst = isReturnedValue(Uses, context());
  F.StartsFrom = initialValueWords(VD, VD.getInit(), context());
  if (Holder != &Method)
    F.WhyNotLocal = Name + " is in a lambda of " + describeFunction(Method);
  else if (TooLarge || Destruction)
    F.WhyNotLocal = TooLarge ? TooLarge : Destruction;
  else if (VD.getInit() && hasObservableEvaluation(*VD.getInit(), context()))
    F.WhyNotLocal = "the initializer of " + Name + " runs once, on the first "
                    "call: as a plain local it would run on every call";
  return F;
}

StaticStateCheck::BuiltRewrite
LocalInMethodCheck::build(const VarDecl &VD, const CXXMethodDecl &Method,
                          Rewrite R, LayoutEdits &Edits) {
  BuiltRewrite B;
  std::string Name = "'" + VD.getNameAsString() + "'";
  const CXXRecordDecl *Class = Method.getParent();
  if (R == Rewrite::Local) {
    B.Fixes = makePlainLocal(VD, context(), B.WhyNot);
    B.Summary = "make " + Name + " a plain local variable (drop 'static')";
    return B;
  }
  std::string NewName;
  B.Fixes = makeMemberFromLocal(VD, Method, referencesTo(VD), context(), Edits,
                                NewName, B.WhyNot);
  B.Summary = "make " + Name + " a per-instance member of '" +
              Class->getNameAsString() + "'";
  if (!NewName.empty() && NewName != VD.getName())
    B.Summary += " named '" + NewName + "' (the class already uses " + Name + ")";
  if (!B.Fixes.empty())
    whyNotEditClassAt(Class->getLocation(), Class->getName(), B.Extra);
  return B;
}

namespace {

std::string quotedName(const VarDecl &VD) {
  return "'" + VD.getNameAsString() + "'";
}

/// "'a'", "'a' and 'b'", "'a', 'b' and 'c'".
std::string listOfNames(llvm::ArrayRef<std::string> Names) {
  std::string Text;
  for (size_t I = 0; I < Names.size(); ++I)
    Text += (I == 0 ? "" : I + 1 == Names.size() ? " and " : ", ") + Names[I];
  return Text;
}

std::string becomesWords(Rewrite R, const CXXMethodDecl &Method, bool Plural) {
  if (R == Rewrite::Local)
    return Plural ? "plain local variables" : "a plain local variable";
  return (Plural ? "per-instance members of '" : "a per-instance member of '") +
         Method.getParent()->getNameAsString() + "'";
}

} // namespace

StaticStateCheck::PlannedRewrites
LocalInMethodCheck::planSharedDeclaration(const VarDecl &VD, const DeclStmt &DS,
                                          const CXXMethodDecl &Method) {
  PlannedRewrites Plan;
  std::string Name = quotedName(VD);
  std::vector<const VarDecl *> Vars = variablesOf(DS);
  if (Vars.empty() || !llvm::is_contained(Vars, &VD)) {
    Plan.Main.WhyNot = Name + " shares its declaration with a type";
    return Plan;
  }
  // Each variable's rewrite as the table picks it for that variable alone;
  // the variable's own reasons come first.
  auto [Cached, New] = SharedDeclarationChoices.try_emplace(&DS);
  if (New)
    for (const VarDecl *V : Vars)
      Cached->second.push_back(chooseRewrite(factsOf(*V, Method), Strategy));
  const std::vector<RewriteChoice> &Choices = Cached->second;
  Plan.Choice = Choices[llvm::find(Vars, &VD) - Vars.begin()];
  if (Plan.Choice.Pick == Rewrite::None) {
    Plan.Main.WhyNot = Plan.Choice.WhyNot;
    return Plan;
  }
  for (size_t I = 0; I < Vars.size() && Plan.Main.WhyNot.empty(); ++I) {
    std::string Other = Name + " shares its declaration with " +
                        quotedName(*Vars[I]) + ", which ";
    if (!isReportedWrite(*Vars[I]))
      Plan.Main.WhyNot = Other + "stays static (it is not reported): the "
                                 "declaration is not split";
    else if (Choices[I].Pick == Rewrite::None)
      Plan.Main.WhyNot = Other + "gets no fix (" + Choices[I].WhyNot + ")";
  }
  if (!Plan.Main.WhyNot.empty())
    return Plan;
  const VarDecl &First = *Vars.front();
  if (&VD != &First) {
    auto Outcome = FirstOfDeclarationOutcome.find(&DS);
    if (Outcome != FirstOfDeclarationOutcome.end() && !Outcome->second.empty()) {
      Plan.Main.WhyNot = Name + " shares its declaration with " +
                         quotedName(First) + ", which gets no fix (" +
                         Outcome->second + ")";
      return Plan;
    }
    Plan.FixedWith = "the fix on " + quotedName(First) +
                     ", which shares its declaration, makes " + Name + " " +
                     becomesWords(Plan.Choice.Pick, Method, false);
    if (!Plan.Choice.PickWords.empty())
      Plan.FixedWith += ": " + Plan.Choice.PickWords;
    return Plan;
  }
  // The first variable's warning carries the one fix of the declaration;
  // no alternative: the other rewrite differs per variable.
  LayoutEdits Before = Layout;
  Plan.Main = buildSharedDeclaration(DS, Vars, Choices, Method, Layout);
  if (!Plan.Main.Fixes.empty())
    if (std::optional<std::string> Why = whyNotWhole(Plan.Main.Fixes, context())) {
      Plan.Main.Fixes.clear();
      Plan.Main.WhyNot = *Why;
    }
  if (Plan.Main.Fixes.empty())
    Layout = std::move(Before);
  else if (!Plan.Choice.PickWords.empty())
    Plan.Main.Summary += " (for " + Name + ", " + Plan.Choice.PickWords + ")";
  Plan.Choice.PickWords.clear();
  Plan.Choice.Other = Rewrite::None;
  return Plan;
}

StaticStateCheck::BuiltRewrite LocalInMethodCheck::buildSharedDeclaration(
    const DeclStmt &DS, llvm::ArrayRef<const VarDecl *> Vars,
    llvm::ArrayRef<RewriteChoice> Choices, const CXXMethodDecl &Method,
    LayoutEdits &Edits) {
  BuiltRewrite B;
  std::vector<const VarDecl *> Locals, Members;
  std::vector<std::string> LocalNames, MemberNames;
  for (size_t I = 0; I < Vars.size(); ++I)
    (Choices[I].Pick == Rewrite::Local ? Locals : Members).push_back(Vars[I]);
  std::vector<FixItHint> Fixes;
  if (Members.empty()) {
    // The one `static` is every variable's: dropping it makes all locals.
    Fixes = makePlainLocal(*Vars.front(), context(), B.WhyNot,
                           /*SharedDeclaration=*/true);
  } else if (std::optional<FixItHint> Rest =
                 rewriteKeepingLocals(DS, Locals, context())) {
    Fixes.push_back(*Rest);
  } else {
    B.WhyNot = "the declaration of " + quotedName(*Vars.front()) +
               " cannot be rewritten cleanly";
  }
  if (Fixes.empty())
    return B;
  for (const VarDecl *V : Locals)
    LocalNames.push_back(quotedName(*V));
  for (const VarDecl *V : Members) {
    std::string NewName;
    std::vector<FixItHint> Added = addMemberForLocal(
        *V, Method, referencesTo(*V), context(), Edits, NewName, B.WhyNot);
    if (Added.empty())
      return BuiltRewrite{{}, "", "", B.WhyNot};
    Fixes.insert(Fixes.end(), Added.begin(), Added.end());
    MemberNames.push_back(quotedName(*V) +
                          (NewName == V->getName() ? "" : " (as '" + NewName + "')"));
  }
  B.Fixes = joinInsertions(std::move(Fixes));
  B.Summary = "make ";
  if (!Locals.empty())
    B.Summary += listOfNames(LocalNames) + " " +
                 becomesWords(Rewrite::Local, Method, Locals.size() > 1);
  if (!Locals.empty() && !Members.empty())
    B.Summary += " and ";
  if (!Members.empty())
    B.Summary += listOfNames(MemberNames) + " " +
                 becomesWords(Rewrite::Member, Method, Members.size() > 1);
  B.Summary += Members.empty() ? " (dropping the 'static' they share)"
                                : ", rewriting the declaration they share";
  if (!Members.empty()) {
    const CXXRecordDecl *Class = Method.getParent();
    whyNotEditClassAt(Class->getLocation(), Class->getName(), B.Extra);
  }
  return B;
}

} // namespace clang::tidy::static_state
