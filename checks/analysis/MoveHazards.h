//===- MoveHazards.h - what a static's storage does that a member's does not -*- C++ -*-===//
//
// Moving a static into an object (or a call) changes more than who shares
// it: when it is constructed, when it is destroyed, and for which threads.
// Each question here finds one way that change shows in a program with a
// single object, so the rewrite is not offered:
// - a `thread_local` is one per thread; a member is one per object, shared by
//   every thread that uses the object;
// - a static is destroyed at exit (also after std::exit, also when the
//   object leaks); a member with its object, a local at the end of each
//   call: a destructor that runs user code would run at another time;
// - a member is initialised in declaration order: one declared before it
//   (or a base) whose initialisation can reach the object would use it
//   before it is initialised, and its destructor after it is gone;
// - a lambda that uses the static through `this` may outlive the object.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_MOVEHAZARDS_H
#define STATIC_STATE_TIDY_ANALYSIS_MOVEHAZARDS_H

#include "analysis/References.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include <optional>
#include <string>

namespace clang::tidy::static_state {

/// Why \p VD cannot become a per-object member for its storage class
/// (`thread_local`), or nullopt.
std::optional<std::string> whyNotPerObjectStorage(const VarDecl &VD);

/// Why destroying an object of type \p T at another time than at exit
/// can be told apart (its destructor, a member's, a base's, or that of an
/// object it owns, std::unique_ptr<Noisy>, runs code outside the standard
/// library), or nullopt.
std::optional<std::string> whyDestructionShows(QualType T,
                                               const ASTContext &Ctx);

/// Why a member added to \p Class at \p At (a data member's position in the
/// class, or its end) could be used before it is initialised: a base, or a
/// data member declared before \p At, is initialised (in a constructor's
/// list or its default member initializer) by an expression that names the
/// object (`Watcher w{*this};`, `size_(compute())`) or \p Static itself.
/// Nullopt when none is.
std::optional<std::string> whyInitialisedTooLate(const CXXRecordDecl &Class,
                                                 SourceLocation At,
                                                 const VarDecl &Static,
                                                 const ASTContext &Ctx);

/// Why a member reached through `this` from a lambda could be used after its
/// object is gone: a lambda using the static (\p Refs) is stored, returned
/// or handed to code of the program, a std::function or a thread, instead of
/// being called where it is written, kept in a local or passed to a standard
/// algorithm (`g_cb = [this] { return ++ticks; };`). Nullopt when none is.
std::optional<std::string> whyUsedByLastingLambda(const VarDecl &VD,
                                                  llvm::ArrayRef<Reference> Refs,
                                                  ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
