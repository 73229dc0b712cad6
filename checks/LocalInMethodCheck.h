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
#include "analysis/ConditionalBlocks.h"
#include "analysis/IncludeGraph.h"

#include <map>
#include <vector>

namespace clang::tidy::static_state {

class LocalInMethodCheck : public StaticStateCheck {
public:
  LocalInMethodCheck(StringRef Name, ClangTidyContext *Context)
      : StaticStateCheck(Name, Context),
        ReportFirstCallValues(Options.get("ReportFirstCallValues", true)) {}
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override {
    StaticStateCheck::storeOptions(Opts);
    Options.store(Opts, "ReportFirstCallValues", ReportFirstCallValues);
  }

protected:
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  bool acceptCandidate(const VarDecl &VD) override;
  void judge(const VarDecl &Candidate) override;

private:
  /// Report static locals whose initializer reads a parameter or the object.
  bool ReportFirstCallValues;
  /// Every #include of the translation unit: whether a header can see a
  /// type, also through headers its include guard made empty.
  IncludeGraph Includes;
  ConditionalBlocks Conditionals;
  /// Whether the conditional block at \p If that holds \p VD but not its
  /// class may still see the member: it encloses the whole of \p Method and
  /// the member's type is built in.
  bool isHarmlessOutsideBlock(const VarDecl &VD, const CXXMethodDecl &Method,
                              SourceLocation If);
  /// Whether \p DS's first variable got its fix ("") or why not: the other
  /// variables of a shared declaration are rewritten by that fix.
  llvm::DenseMap<const DeclStmt *, std::string> FirstOfDeclarationOutcome;
  /// What the decision table picks for each variable of a shared
  /// declaration, alone: worked out once, every variable's plan asks.
  std::map<const DeclStmt *, std::vector<RewriteChoice>> SharedDeclarationChoices;
  void resetCheckState() override {
    FirstOfDeclarationOutcome.clear();
    SharedDeclarationChoices.clear();
  }
  RewriteFacts factsOf(const VarDecl &VD, const CXXMethodDecl &Method);
  PlannedRewrites planFor(const VarDecl &VD, const CXXMethodDecl &Method);
  /// The plan for a static local declared together with others
  /// (`static int ix, drag;`): one fix, on the first variable's warning,
  /// rewrites the declaration for all, each as the table picks for it.
  PlannedRewrites planSharedDeclaration(const VarDecl &VD, const DeclStmt &DS,
                                        const CXXMethodDecl &Method);
  BuiltRewrite buildSharedDeclaration(const DeclStmt &DS,
                                      llvm::ArrayRef<const VarDecl *> Vars,
                                      llvm::ArrayRef<RewriteChoice> Choices,
                                      const CXXMethodDecl &Method,
                                      LayoutEdits &Edits);
  /// Whether judge() reports \p VD: a candidate with a write the rules
  /// leave, in its method.
  bool isReportedWrite(const VarDecl &VD);
  /// A static local nothing writes whose initializer reads a parameter or
  /// the object (LocalInMethodFirstCall.cpp): frozen at the first call.
  bool isFirstCallValueCandidate(const VarDecl &VD) const;
  void judgeFirstCallValue(const VarDecl &VD, const CXXMethodDecl &Method);
  std::vector<FixItHint> planPlainLocal(const VarDecl &VD,
                                        const CXXMethodDecl &Method,
                                        std::string &WhyNot);
  std::vector<const VarDecl *> coupledWith(const VarDecl &VD);
  std::optional<std::string> whyNoFix(const VarDecl &VD) override;
  BuiltRewrite build(const VarDecl &VD, const CXXMethodDecl &Method, Rewrite R,
                     LayoutEdits &Edits);
};

} // namespace clang::tidy::static_state

#endif
