//===- Intent.h - is the sharing deliberate? -------------------*- C++ -*-===//
//
// What tells that shared state is shared on purpose, so the checks stay
// enabled on real code: synchronised and atomic types, GUARDED_BY members,
// statics a macro declares. Writes under a live lock on a shared mutex are
// Locks.h's; the shapes that the writes of one variable form (instance
// counters, warn-once latches, ...) are in SharingPatterns.h.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_INTENT_H
#define STATIC_STATE_TIDY_ANALYSIS_INTENT_H

#include "analysis/Locks.h"
#include "analysis/Mutation.h"
#include "analysis/References.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Regex.h"
#include <string>
#include <vector>

namespace clang::tidy::static_state {

/// A write together with where it happens.
struct WriteFact {
  Reference Where;
  Access What;
};

/// Whether \p QualifiedName ("std::lock_guard") is in \p Names, whose
/// entries may spell it with a leading "::" (LockTypes, TestFixtureBases).
bool isListedClassName(llvm::StringRef QualifiedName,
                       llvm::ArrayRef<std::string> Names);

/// A semicolon-separated list of regular expressions matched in full
/// against a type's qualified name.
class TypeNameFilter {
public:
  /// Returns the invalid entries with the regex engine's message.
  std::vector<std::pair<std::string, std::string>> parse(llvm::StringRef List);
  /// Whether \p T (arrays looked through, cv-qualifiers ignored) is listed.
  /// Remembered per type: a dozen regexes over three spellings of a name
  /// cost more than all else the checks do for a candidate.
  bool matches(QualType T, const ASTContext &Ctx) const;
  bool empty() const { return Patterns.empty(); }
  /// Forgets the remembered answers (their types die with the translation
  /// unit).
  void forgetTypes() const {
    Known.clear();
    KnownIn = nullptr;
  }

private:
  bool matchesUncached(QualType T, const ASTContext &Ctx) const;

  std::vector<llvm::Regex> Patterns;
  mutable llvm::DenseMap<const void *, bool> Known;
  mutable const ASTContext *KnownIn = nullptr;
};

/// Whether the variable carries a GUARDED_BY / PT_GUARDED_BY annotation.
bool isAnnotatedGuarded(const VarDecl &VD);

/// Whether the declaration of \p VD (its `static`) is spelled in a macro's
/// body: a framework declares it (`OATPP_DECLARE_LOG_CATEGORY(NAME)`, an
/// every-N logging macro's counter), not the code that uses the macro. A
/// declaration handed to a macro as an argument is the user's own.
bool isDeclaredByMacroBody(const VarDecl &VD, const SourceManager &SM);

/// Split a semicolon-separated option value into trimmed, non-empty items.
std::vector<std::string> splitList(llvm::StringRef List);

} // namespace clang::tidy::static_state

#endif
