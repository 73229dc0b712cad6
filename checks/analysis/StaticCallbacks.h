//===- StaticCallbacks.h - static member functions as callbacks -*- C++ -*-===//
//
// A static member function whose address the class hands out (a signal
// handler given to sigaction, a thread entry, a C library's callback) runs
// with no object: the statics it uses are the callback's state, class-wide by
// necessity (doctest's saved signal actions, Qt's documented socket pair for
// Unix signals).
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_STATICCALLBACKS_H
#define STATIC_STATE_TIDY_ANALYSIS_STATICCALLBACKS_H

#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::static_state {

/// Whether code of \p Static's class (its member functions, as far as this
/// translation unit defines them) takes \p Static's address rather than
/// calling it: `sa.sa_handler = handleSignal;`, `&Class::run`.
/// Remembered per function for one translation unit.
class StaticCallbacks {
public:
  bool handedOut(const CXXMethodDecl &Static);
  /// handedOut, or called directly by a static member function of the
  /// class that is handed out.
  bool runsAsCallback(const CXXMethodDecl &Static);
  void forget() { Known.clear(); }

private:
  llvm::DenseMap<const CXXMethodDecl *, bool> Known;
};

} // namespace clang::tidy::static_state

#endif
