//===- LocalInMethodCheck.h - static-state-local-in-method -----*- C++ -*-===//
//
// Flags mutable function-local statics inside instance member functions that
// the function writes: one object shared by every instance of the class,
// exactly like a static data member, only harder to see.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_LOCALINMETHODCHECK_H
#define STATIC_STATE_TIDY_LOCALINMETHODCHECK_H

#include "StaticStateCheck.h"
#include "analysis/IncludeGraph.h"

namespace clang::tidy::static_state {

class LocalInMethodCheck : public StaticStateCheck {
public:
  LocalInMethodCheck(StringRef Name, ClangTidyContext *Context)
      : StaticStateCheck(Name, Context) {}

protected:
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerCandidateMatcher(ast_matchers::MatchFinder &Finder) override;
  bool acceptCandidate(const VarDecl &VD) override;
  void judge(const VarDecl &Candidate) override;

private:
  /// Every #include of the translation unit: whether a header can see a
  /// type, also through headers its include guard made empty.
  IncludeGraph Includes;
  RewriteFacts factsOf(const VarDecl &VD, const CXXMethodDecl &Method);
  PlannedRewrites planFor(const VarDecl &VD, const CXXMethodDecl &Method);
  std::vector<const VarDecl *> coupledWith(const VarDecl &VD);
  std::optional<std::string> whyNoFix(const VarDecl &VD) override;
  BuiltRewrite build(const VarDecl &VD, const CXXMethodDecl &Method, Rewrite R,
                     LayoutEdits &Edits);
};

} // namespace clang::tidy::static_state

#endif
