//===- FixedKeys.h - growth of a unique-key table by constant keys -*- C++ -*-===//
//
// A map or set with unique keys that is only ever inserted into with keys
// the program text spells as constants (`icons["Fl_Window"] = ...`,
// `seen.insert(kRed)`) holds at most one element per distinct constant: its
// size is bounded by the source, however often the inserting code runs
// (fluid's `pixmaps` table, filled by a load function main() calls from
// another file).
//
// The same keys tell when a table is a cache or a seen-set instead: a write
// guarded by a membership test of a variable key, or an insertion of a key
// looked up just before, adds one element per distinct key.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_FIXEDKEYS_H
#define STATIC_STATE_TIDY_ANALYSIS_FIXEDKEYS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::static_state {

/// A container with unique keys: it names a `key_type` and is not a
/// multi-container (std::map, set, unordered_map, unordered_set, and the
/// Qt/absl/boost maps and sets of the same kind).
bool hasUniqueKeys(QualType T);

/// Whether \p Site, a growing write of a unique-key container (`c[k]`,
/// `c.insert(k)`, `c.insert({k, v})`, `c.emplace(k, ...)`,
/// `c.try_emplace(k, ...)`, `c.insert_or_assign(k, v)`), inserts a key that
/// is a compile-time constant — a string literal or an integer constant
/// expression (enumerators included), possibly converted (`std::string`) —
/// and leaves the element it reaches unable to grow through it: a scalar
/// (`counts[Red] += 1`), one replaced whole (`icons["x"] = p`), a set's
/// element, an insertion whose result is not used, or an element \p IsMutated
/// says is not changed. `data["items"].push_back(x)` keeps one key but grows
/// its element: that is growth.
bool growsOnlyByConstantKey(const Stmt &Site, ASTContext &Ctx,
                            llvm::function_ref<bool(const Expr &)> IsMutated);

/// Whether \p E is a key the program text fixes: a string literal or an
/// integer constant expression (enumerators included), possibly converted
/// (`std::string("icon")`), or a constant variable initialised with one.
bool isConstantKey(const Expr *E, ASTContext &Ctx);

/// Whether \p Cond asks whether \p Container, a map or set, holds a key that
/// is not a constant: `c.count(k)`, `c.contains(k)`, `c.find(k) == c.end()`,
/// `!c[k]`, negated or compared, or through a local iterator initialised
/// with `c.find(k)`. A write under such a test runs once per distinct key,
/// which is no bound at all: it is not a one-time fill.
bool isKeyMembershipTest(const Expr &Cond, const VarDecl &Container);

/// Whether \p Site, a growing write of \p Container in \p Body, inserts a key
/// \p Body looks up in \p Container before it (`find(k)` ... `emplace(k, v)`),
/// or uses the `.second` of its insertion (`seen.insert(k).second`): a cache
/// or a seen-set, one entry per distinct key.
bool insertsLookedUpKey(const Stmt &Site, const VarDecl &Container,
                        const Stmt &Body, ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
