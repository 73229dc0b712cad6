//===- Teardown.h - code that runs when an object dies ---------*- C++ -*-===//
//
// A registry pruned when its objects die may do the pruning in a helper
// the destructor calls (KeePassXC's ~Database() calls releaseData(), which
// removes the database from the static uuid map). The registry recogniser
// asks whether a write is part of that teardown.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_TEARDOWN_H
#define STATIC_STATE_TIDY_ANALYSIS_TEARDOWN_H

#include "analysis/Intent.h"

namespace clang::tidy::static_state {

/// Whether \p W is in the destructor of its class, or in a member function
/// of that class the destructor's visible body calls directly on the
/// object being destroyed (`releaseData();`, `this->clear();`).
bool inTeardown(const WriteFact &W);

} // namespace clang::tidy::static_state

#endif
