//===- ConditionalBlocks.h - #if ... #endif regions of a TU ----*- C++ -*-===//
//
// Where the preprocessor's conditional blocks are, so that a rewrite never
// moves a declaration out of the #if that guards it: a static local under
// `#ifdef HAVE_FCNTL` made a member of a class outside it would be declared
// on platforms where its type does not exist.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_CONDITIONALBLOCKS_H
#define STATIC_STATE_TIDY_ANALYSIS_CONDITIONALBLOCKS_H

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/PPCallbacks.h"
#include <memory>
#include <vector>

namespace clang::tidy::static_state {

class ConditionalBlocks {
public:
  void clear() { Blocks.clear(); }
  /// The `#if`/`#ifdef`/`#ifndef` of a conditional block that holds \p Inside
  /// but not the whole of \p Around (both as written in files), if any.
  SourceLocation blockLeaving(SourceLocation Inside, SourceRange Around,
                              const SourceManager &SM) const;
  /// Callbacks that record every #if ... #endif block (taken or skipped) of
  /// the preprocessor they are added to.
  static std::unique_ptr<PPCallbacks> recorder(ConditionalBlocks &Blocks);

private:
  friend class ConditionalRecorder;
  std::vector<SourceRange> Blocks; // #if location .. #endif location
};

} // namespace clang::tidy::static_state

#endif
