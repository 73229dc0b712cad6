//===- UnboundedGrowthCheck.h - static-state-unbounded-growth --*- C++ -*-===//
//
// Flags containers with static storage duration (static members, static
// locals, namespace-scope variables) that the translation unit only ever
// grows: their memory is held until the program exits.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_UNBOUNDEDGROWTHCHECK_H
#define STATIC_STATE_TIDY_UNBOUNDEDGROWTHCHECK_H

#include "StaticStateCheck.h"
#include "analysis/InstanceCallers.h"
#include "analysis/StartUpCode.h"

namespace clang::tidy::static_state {

class UnboundedGrowthCheck : public StaticStateCheck {
public:
  UnboundedGrowthCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  bool acceptCandidate(const VarDecl &VD) override;
  void judge(const VarDecl &Candidate) override;
  void resetCheckState() override {
    ContainerTypes.forgetTypes();
    StartUp.forget();
    Callers.forget();
  }

private:
  /// Every growth of \p VD outside start-up code into \p Growth; false
  /// when some write may remove elements (the container is bounded).
  bool collectGrowth(const VarDecl &VD, std::vector<WriteFact> &Growth);
  /// Growth the options excuse: a process-wide table, lazy filling, a
  /// pruned registry, a lookup table, only constant keys.
  bool isBoundedByDesign(const VarDecl &VD, llvm::ArrayRef<WriteFact> Growth);
  /// The warning, a note per growth site and the cache note.
  void report(const VarDecl &VD, std::vector<WriteFact> Growth);
  /// The first growth that adds a key looked up or tested just before (a
  /// cache or seen-set), or null.
  const WriteFact *firstKeyedGrowth(const VarDecl &VD,
                                    llvm::ArrayRef<WriteFact> Growth);

  std::string ContainerTypesOption;
  bool IgnoreProcessWideTables;
  TypeNameFilter ContainerTypes;
  StartUpCode StartUp;
  InstanceCallers Callers;
};

} // namespace clang::tidy::static_state

#endif
