//===- SharingPatterns.h - shapes of deliberate sharing --------*- C++ -*-===//
//
// The shapes that all the writes of one shared variable form when a project
// shares it on purpose: instance counters, id generators, singleton
// self-registration, registries that the destructor prunes, lazy one-time
// initialisation and warn-once latches.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_SHARINGPATTERNS_H
#define STATIC_STATE_TIDY_ANALYSIS_SHARINGPATTERNS_H

#include "analysis/Intent.h"

namespace clang::tidy::static_state {

/// Deliberate patterns recognised from all the writes of one variable.
enum class SharingPattern {
  None,
  InstanceCounter,    // ++ in constructors, -- in the destructor
  IdGenerator,        // a constructor copies next_id++ into a member
  SelfRegistration,   // s_instance = this (and = nullptr)
  PrunedRegistry,     // constructors add, the destructor removes
  LazyInitialization, // if (!s_table) s_table = build();
  WarnOnceLatch,      // if (!warned) { warned = true; ... }
};

/// Which pattern explains every write in \p Writes, if one does.
SharingPattern recognisePattern(const VarDecl &VD,
                                llvm::ArrayRef<WriteFact> Writes,
                                ASTContext &Ctx);

/// A short phrase for a pattern: "an instance counter".
llvm::StringRef describePattern(SharingPattern P);

} // namespace clang::tidy::static_state

#endif
