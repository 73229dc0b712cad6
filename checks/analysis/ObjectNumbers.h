//===- ObjectNumbers.h - a shared counter that numbers new objects -*- C++ -*-===//
//
// An id generator hands each new object a number from one shared sequence:
// `Request() : id_(next_id++) {}`, or QScintilla's style allocator, which an
// init() helper of the constructors runs: `style = next_style_nr--; ...
// style_nr = style;`. One counter per object would give every object the
// same number: the sharing is the point.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_OBJECTNUMBERS_H
#define STATIC_STATE_TIDY_ANALYSIS_OBJECTNUMBERS_H

#include "analysis/Intent.h"

namespace clang::tidy::static_state {

/// Whether \p W steps the whole counter (up or down) while an object is
/// being built — in a constructor, a default member initializer, or a
/// non-public method of the class that only the class's constructors call
/// in the main file — and the value it takes ends up in a member of that
/// object: directly (`id_(n++)`, `id_ = ++n;`) or through a local or
/// parameter the same function then stores in a member.
bool numbersNewObject(const WriteFact &W, ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
