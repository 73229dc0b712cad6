//===- WrittenByInstanceCheck.h - static-state-written-by-instance -*- C++ -*-===//
//
// Flags mutable static data members that instance code (member functions,
// constructors, destructors, default member initializers, and lambdas or
// local classes inside them) of the owning class or a derived class writes:
// one object is shared by every instance.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_WRITTENBYINSTANCECHECK_H
#define STATIC_STATE_TIDY_WRITTENBYINSTANCECHECK_H

#include "StaticStateCheck.h"
#include "fixes/ToInstanceMember.h"

namespace clang::tidy::static_state {

class WrittenByInstanceCheck : public StaticStateCheck {
public:
  WrittenByInstanceCheck(StringRef Name, ClangTidyContext *Context)
      : StaticStateCheck(Name, Context) {}

protected:
  void registerCandidateMatcher(ast_matchers::MatchFinder &Finder) override;
  bool acceptCandidate(const VarDecl &VD) override;
  void judge(const VarDecl &Candidate) override;
  void resetCheckState() override { OpenedLists.clear(); }

private:
  /// The rewrite to attach to the warning, or why there is none.
  struct FixPlan {
    std::vector<FixItHint> Fixes;
    std::string Summary; // "make 'items' a per-instance member"
    std::string WhyNot;
  };
  FixPlan planFix(const VarDecl &VD);
  OpenedInitializerLists OpenedLists; // per translation unit
};

} // namespace clang::tidy::static_state

#endif
