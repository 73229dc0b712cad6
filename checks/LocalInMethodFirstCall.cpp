//===- LocalInMethodFirstCall.cpp - static locals frozen at the first call ===//
//
// static-state-local-in-method's second finding: a static local that nothing
// writes, whose initializer reads a parameter or the object. It runs once,
// so every later call, on every object, sees the first call's value.
// Dropping `static` lets each call compute its own, which changes what later
// calls see even with one object: it is offered on a note (--fix-notes), not
// as the warning's fix, and only when it changes nothing else — the
// initializer has no effect of its own to repeat, nothing of the variable
// outlives the call, and no lambda or local class names it.
//
//===----------------------------------------------------------------------===//

#include "LocalInMethodCheck.h"
#include "analysis/DeclarationComments.h"
#include "analysis/Escape.h"
#include "analysis/FirstCallValue.h"
#include "analysis/RewriteChoice.h"
#include "analysis/TypeFit.h"
#include "fixes/ToLocalVariable.h"
#include "fixes/WholeFix.h"

namespace clang::tidy::static_state {

bool LocalInMethodCheck::isFirstCallValueCandidate(const VarDecl &VD) const {
  const auto *Holder = dyn_cast<FunctionDecl>(VD.getDeclContext());
  return Holder && !VD.isConstexpr() && VD.getInit() && !isIgnoredType(VD) &&
         perCallValueIn(*VD.getInit(), *Holder);
}

void LocalInMethodCheck::judgeFirstCallValue(const VarDecl &VD,
                                             const CXXMethodDecl &Method) {
  const auto *Holder = dyn_cast<FunctionDecl>(VD.getDeclContext());
  const Expr *Init = VD.getInit();
  if (!ReportFirstCallValues || !Holder || !Init)
    return;
  const Expr *Source = perCallValueIn(*Init, *Holder);
  // An initializer with effects of its own (`static bool done = setUp(this);`)
  // is a run-once idiom; one never read afterwards freezes nothing anyone sees.
  if (!Source || hasEffectsBeyondValue(*Init, context()) ||
      referencesTo(VD).empty() || !isShownLocation(VD.getLocation()))
    return;
  if (SharingComment && SharingComment->match(commentsOfVariable(VD, sources())))
    return;
  // Read only from the object, of a class with one object by construction:
  // no other object's call can see the first one's value (cppcheck's
  // CheckInstancesImpl, whose one object is a static).
  if (IgnoreSingletonClasses && !namesParameterOf(*Init, *Holder) &&
      isSingleton(*Method.getParent()))
    return;
  std::string WhyNot;
  std::vector<FixItHint> Fixes = planPlainLocal(VD, Method, WhyNot);
  std::string What = describePerCallValue(*Source);
  diag(VD.getLocation(),
       "static local variable %0 in %1 keeps %2 of the first call: every "
       "later call, on every %3 object, sees that first value")
      << &VD << describeFunction(Method) << What << Method.getParent();
  diag(Source->getBeginLoc(), "%0 is read only when the initializer runs, on "
                              "the first call", DiagnosticIDs::Note)
      << What;
  // Dropping `static` changes what every later call sees, even with one
  // object: that is the author's decision, so the edit rides on a note
  // (applied by --fix-notes), never on the warning (--fix).
  if (Fixes.empty()) {
    if (!WhyNot.empty())
      diag(VD.getLocation(), "no automatic fix: %0", DiagnosticIDs::Note)
          << WhyNot;
    return;
  }
  diag(VD.getLocation(), "no automatic fix: later calls would no longer see "
                         "the first call's value, which code may rely on",
       DiagnosticIDs::Note);
  auto Alternative =
      diag(VD.getLocation(),
           "alternatively, make '%0' a plain local variable (drop 'static'): "
           "every call then computes it from its own %1",
           DiagnosticIDs::Note)
      << VD.getName() << What;
  for (const FixItHint &F : Fixes)
    Alternative << F;
}

std::vector<FixItHint>
LocalInMethodCheck::planPlainLocal(const VarDecl &VD,
                                   const CXXMethodDecl &Method,
                                   std::string &WhyNot) {
  if (Strategy == FixStrategy::None || Strategy == FixStrategy::Instance)
    return {};
  std::string Name = "'" + VD.getNameAsString() + "'";
  const auto *Holder = cast<FunctionDecl>(VD.getDeclContext());
  if (Holder != &Method) {
    WhyNot = Name + " is in a lambda of " + describeFunction(Method);
    return {};
  }
  // Each call would evaluate it: a call, or another static's value of the
  // moment, may then differ from what the first call saw.
  // Reading the object at each call is what this rewrite is for.
  if (hasObservableEvaluation(*VD.getInit(), context(),
                              /*ObjectStateCounts=*/false)) {
    WhyNot = "the initializer of " + Name + " runs once, on the first call: "
             "as a plain local it would run on every call";
    return {};
  }
  for (const Reference &R : referencesTo(VD)) {
    // A plain local cannot be named by a local class, nor by a lambda that
    // does not capture it.
    if (R.Innermost != Holder) {
      WhyNot = Name + " is used inside a lambda or local class of " +
               describeFunction(Method);
      return {};
    }
    if (std::string Why = escapeOfReference(*R.Ref, *Holder, context());
        !Why.empty()) {
      WhyNot = "as a plain local " + Name + " would end with the call, but " +
               Why;
      return {};
    }
  }
  if (std::optional<std::string> Why = whyTooLarge(
          VD.getName(), VD.getType(), MaxMovedObjectBytes, context())) {
    WhyNot = *Why;
    return {};
  }
  if (std::optional<std::string> Why =
          whyNotMergedAcrossFiles(VD.getLocation(), VD.getLocation())) {
    WhyNot = *Why;
    return {};
  }
  std::vector<FixItHint> Fixes = makePlainLocal(VD, context(), WhyNot);
  if (std::optional<std::string> Why = whyNotWhole(Fixes, context())) {
    WhyNot = *Why;
    return {};
  }
  return Fixes;
}

} // namespace clang::tidy::static_state
