//===- IncludeGraph.h - which file includes which -------------*- C++ -*-===//
//
// Every #include directive of a translation unit, also those the include
// guard makes empty. The source manager knows a header only through its
// first inclusion, so `Fl_Input.H -> Fl_Input_.H -> Fl_Widget.H` is invisible
// there when the main file included Fl_Widget.H first; this graph keeps it.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_INCLUDEGRAPH_H
#define STATIC_STATE_TIDY_ANALYSIS_INCLUDEGRAPH_H

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/PPCallbacks.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>

namespace clang::tidy::static_state {

class IncludeGraph {
public:
  void clear() { Edges.clear(); }
  void add(const FileEntry *Includer, const FileEntry *Included);
  /// Whether \p From is \p To or includes it, directly or through others.
  bool reaches(const FileEntry *From, const FileEntry *To) const;
  /// Callbacks that record every #include of the preprocessor they are
  /// added to into \p Graph.
  static std::unique_ptr<PPCallbacks> recorder(IncludeGraph &Graph,
                                               const SourceManager &SM);

private:
  llvm::DenseMap<const FileEntry *, llvm::SmallVector<const FileEntry *, 4>>
      Edges;
};

} // namespace clang::tidy::static_state

#endif
