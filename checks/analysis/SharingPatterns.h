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
  IdGenerator,        // next_id++ copied into a new object, return ++uniqueID
  SelfRegistration,   // s_instance = this, current_ = this / = saved, first_ = this
  PrunedRegistry,     // constructors add, the destructor removes
  LazyInitialization, // if (!s_table) s_table = build();
  WarnOnceLatch,      // if (!warned) { warned = true; ... }, warn N times
  HighWaterMark,      // if (peak < n) peak = n;: a process-wide extreme
  ClassWideTally,     // instances count in it, a static member function reads it
  ClassLevelSetting,  // a static setter of the class sets it, instances use it
  LookupTable,        // instance code only looks it up with `[]`
  SettingReadByName,  // every write stores a setting looked up by a literal name
  NamedByClass,       // code outside the class uses it as Class::member
  SingletonClass,     // its class has one object by construction
  DeclaredByMacro,    // a macro's body declares it: the framework's design
  CallbackState,      // a static member function handed out as a callback uses it
  RegisteredObject,   // only handed by address to an owner as an interface
  ScopedFlag,         // raised around a call, restored after it
  ThreadLocal,        // thread_local: one per thread, by declaration
  NeverRead,          // only stepped or assigned, its value never read
  PrintedCount,       // a count read only to be printed: printf("%d times", n++)
  AssertionSink,      // returned by reference only after assert(false)
  ObjectFreeCache,    // a memo filled by key, nothing taken from the object
  SetAlikeEveryCall,  // every call stores the same constants before reading
  DocumentedSharing,  // a comment at the declaration, or the name, says it is shared
  TestFixtureState,   // a test class's static every test resets, or a suite tally
};

/// Which pattern explains every write in \p Writes, if one does.
SharingPattern recognisePattern(const VarDecl &VD,
                                llvm::ArrayRef<WriteFact> Writes,
                                ASTContext &Ctx);

/// Whether every write sets a flag or bumps a count under a test that it
/// is not set yet (or below its bound): a warn-once (or N times) latch.
bool isWarnOnceLatch(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                     ASTContext &Ctx);

/// Whether every write moves \p VD one way to a new extreme under a test
/// that compares it with the value stored (`if (peak < n) peak = n;`,
/// `peak = std::max(peak, n);`): a high-water mark over every call.
bool isHighWaterMark(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                     ASTContext &Ctx);

/// A short phrase for a pattern: "an instance counter".
llvm::StringRef describePattern(SharingPattern P);

} // namespace clang::tidy::static_state

#endif
