//===- IncludeGraph.cpp - which file includes which -----------------------===//

#include "analysis/IncludeGraph.h"

#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::static_state {

namespace {

class Recorder : public PPCallbacks {
public:
  Recorder(IncludeGraph &Graph, const SourceManager &SM)
      : Graph(Graph), SM(SM) {}

  void InclusionDirective(SourceLocation HashLoc, const Token &,
                          StringRef, bool, CharSourceRange,
                          OptionalFileEntryRef File, StringRef, StringRef,
                          const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    if (!File)
      return;
    OptionalFileEntryRef Includer =
        SM.getFileEntryRefForID(SM.getFileID(SM.getExpansionLoc(HashLoc)));
    if (Includer)
      Graph.add(&Includer->getFileEntry(), &File->getFileEntry());
  }

private:
  IncludeGraph &Graph;
  const SourceManager &SM;
};

} // namespace

void IncludeGraph::add(const FileEntry *Includer, const FileEntry *Included) {
  auto &Out = Edges[Includer];
  if (llvm::find(Out, Included) == Out.end())
    Out.push_back(Included);
}

bool IncludeGraph::reaches(const FileEntry *From, const FileEntry *To) const {
  if (!From || !To)
    return false;
  llvm::DenseSet<const FileEntry *> Seen{From};
  llvm::SmallVector<const FileEntry *, 16> Work{From};
  while (!Work.empty()) {
    const FileEntry *F = Work.pop_back_val();
    if (F == To)
      return true;
    auto It = Edges.find(F);
    if (It == Edges.end())
      continue;
    for (const FileEntry *Next : It->second)
      if (Seen.insert(Next).second)
        Work.push_back(Next);
  }
  return false;
}

std::unique_ptr<PPCallbacks> IncludeGraph::recorder(IncludeGraph &Graph,
                                                    const SourceManager &SM) {
  return std::make_unique<Recorder>(Graph, SM);
}

} // namespace clang::tidy::static_state
