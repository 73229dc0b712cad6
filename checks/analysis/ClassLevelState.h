//===- ClassLevelState.h - statics the class's own API treats as class-wide ===//
//
// A class that reads, resets or sets a static through its own static member
// functions treats it as class-wide state: a tally that a static report()
// prints, a setting that a static setter stores. These recognisers take the
// writes of instance code and of the class's static functions apart.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_CLASSLEVELSTATE_H
#define STATIC_STATE_TIDY_ANALYSIS_CLASSLEVELSTATE_H

#include "analysis/Intent.h"

namespace clang::tidy::static_state {

/// Whether instance code only adds to \p VD (counts up, appends, streams
/// into it), counts it down by a constant or removes an element of it,
/// while a static member function of its class reports it (\p ReadByClass:
/// cppcheck's TestFixture::runTests() prints the failures every fixture
/// counted; qpdf's census of live objects per id), whether or not one also
/// resets it: the class itself treats it as class-wide state.
bool isClassWideTally(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                      bool ReadByClass);

/// Whether a static member function of \p VD's class stores its own
/// argument in \p VD (among \p ClassLevelWrites: a static setter such as
/// `static void position(int x) { form_x_ = x; }`), and instance code only
/// consumes or resets it, never grows it: the class's own API makes it a
/// class-wide setting. Also a class-level resource: a static member function
/// stores a value that is not null, and every write of instance code stores
/// null (releases it).
bool isClassLevelSetting(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                         llvm::ArrayRef<WriteFact> ClassLevelWrites);

} // namespace clang::tidy::static_state

#endif
