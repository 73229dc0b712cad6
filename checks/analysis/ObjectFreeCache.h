//===- ObjectFreeCache.h - a memo whose entries owe nothing to the object -*- C++ -*-===//
//
// A static map that a method fills one key at a time (`if
// (!cache.count(k)) cache[k] = compute(k);`) is a memo. When nothing that
// fills it reads the object (no `this`, no member, no local computed from
// one), every entry is right for every object: sharing it is the point of
// the cache (KeePassXC's test key cache: one 2048-bit key per index, made
// once). A glyph cache filled from `this->font` is a different matter: one
// object would read entries another object's state made. Still reported.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_OBJECTFREECACHE_H
#define STATIC_STATE_TIDY_ANALYSIS_OBJECTFREECACHE_H

#include "analysis/Intent.h"

namespace clang::tidy::static_state {

/// Whether \p Writes, all the writes of \p VD (a map or set with unique
/// keys) in view, fill a memo one key at a time (one of them under a test
/// of that key, or after looking it up) and every write's expression is
/// computed from the key alone: no `this` (written or implied by a member),
/// no parameter but the one handed to the table as a key (a value the
/// caller brings, `if (!m.count(k)) m[k] = v;`, is the caller's data), and
/// locals only where their initializer is so too and nothing else sets them.
bool isObjectFreeCache(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                       ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
