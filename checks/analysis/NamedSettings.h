//===- NamedSettings.h - a static loaded with a setting read by name -*- C++ -*-===//
//
// `MaxRecentFiles = Settings::getValue("General", "maxRecentFiles").toInt();`
// in a constructor, `prefs.get("label_color", c, 72); label_color = c;` in
// a load_prefs() method: the value owes nothing to the object or to the
// call (no `this`, no parameter, no allocation, not the static's own old
// value) and is looked up by a literal name. Every object would load the
// same value, so no object can leave its own state for another to find:
// the class keeps one setting for all of them (fluid's browser colours,
// sqlitebrowser's recent-files limit). A value from a parameter or from the
// object, a count, a buffer made with `new`, a timestamp or `errno` taken
// without a name stay reported.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_NAMEDSETTINGS_H
#define STATIC_STATE_TIDY_ANALYSIS_NAMEDSETTINGS_H

#include "analysis/Intent.h"

namespace clang::tidy::static_state {

/// Whether \p VD, a static data member, is set by every write in \p Writes
/// (all it has in view) to a setting read by name: each write assigns the
/// whole (or a part) a value
/// computed from nothing of an object or a caller (no `this`, no parameter,
/// no `new`, not \p VD itself; locals only where every write to them is so
/// too), none of them in a destructor, and at least one reads its value
/// through a call given a string literal (a key: `settings.value("limit")`,
/// `getenv("HOME")`).
/// \p IsMutatedIn is the check's clang ExprMutationAnalyzer verdict on an
/// expression in a body (one analyzer per body for the translation unit).
using IsMutatedInFn = llvm::function_ref<bool(const Expr &, const Stmt &)>;
bool isSettingReadByName(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                         ASTContext &Ctx, IsMutatedInFn IsMutatedIn);

} // namespace clang::tidy::static_state

#endif
