//===- Locks.h - is a write made under a lock? -----------------*- C++ -*-===//
//
// A write made while a shared (static-storage) mutex is held is guarded:
// the author thought about sharing. Scoped locks (std::lock_guard and
// friends, or any class shaped like one), manual `mu.lock()` ... `unlock()`
// pairs, and their deferred or tried forms.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_LOCKS_H
#define STATIC_STATE_TIDY_ANALYSIS_LOCKS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>

namespace clang::tidy::static_state {

/// The lock protecting a write, if any.
struct LockInfo {
  enum Kind { None, SharedMutex, InstanceMutex } K = None;
  const NamedDecl *Mutex = nullptr;
  const VarDecl *Lock = nullptr;
};

/// Finds a scoped lock (one of \p LockTypes, by qualified name, or with
/// \p ByShape any class with a destructor built from a class that has
/// lock() and unlock()) declared earlier in an enclosing block of \p Site,
/// within the same function, and says whether it locks a shared
/// (static-storage) mutex or an instance one.
LockInfo findEnclosingLock(const Stmt &Site, ASTContext &Ctx,
                           llvm::ArrayRef<std::string> LockTypes,
                           bool ByShape);

} // namespace clang::tidy::static_state

#endif
