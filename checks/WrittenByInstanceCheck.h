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
  bool acceptCandidate(const VarDecl &VD) override;
  void judge(const VarDecl &Candidate) override;

private:
  /// What the decision table needs to know about \p VD.
  RewriteFacts factsOf(const VarDecl &VD);
  PlannedRewrites planFor(const VarDecl &VD);
  std::vector<ReportedWrite> reportedWritesOf(const VarDecl &VD);
  std::vector<const VarDecl *> coupledWith(const VarDecl &VD);
  std::optional<std::string> whyNoFix(const VarDecl &VD) override;
  std::optional<std::string> whyNotMember(const VarDecl &VD, std::string &Note);
  /// The hazards both rewrites share: the type, the size, an initializer
  /// that would run more often (\p RunsHowOften says how, in words).
  std::optional<std::string> whyNotMoved(const VarDecl &VD,
                                         std::optional<std::string> TypeHazard,
                                         llvm::StringRef RunsHowOften);
  std::optional<std::string> whyNotLocal(const VarDecl &VD,
                                         const FunctionDecl &User);
  /// Whether a const member function uses \p VD as non-const.
  bool isChangedByConstMethod(const VarDecl &VD);
  BuiltRewrite build(const VarDecl &VD, const FunctionDecl *User, Rewrite R,
                     LayoutEdits &Edits);
};

} // namespace clang::tidy::static_state

#endif
