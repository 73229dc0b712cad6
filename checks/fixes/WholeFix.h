//===- WholeFix.h - a fix is emitted whole or not at all -------*- C++ -*-===//
//
// The one gate every rewrite's edits pass before they are attached to a
// diagnostic: each edit must have a valid range in a file the user can edit
// (no macro expansion, no system header, no scratch buffer), no two edits
// may overlap, and the translation unit must have compiled: in code with
// errors the AST can miss the very nodes an edit is anchored to (a class
// with no closing brace yet), and a partial fix deletes code.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_FIXES_WHOLEFIX_H
#define STATIC_STATE_TIDY_FIXES_WHOLEFIX_H

#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>

namespace clang::tidy::static_state {

/// Why the edits \p Fixes cannot all be made, or nullopt when they can.
std::optional<std::string> whyNotWhole(llvm::ArrayRef<FixItHint> Fixes,
                                       const ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
