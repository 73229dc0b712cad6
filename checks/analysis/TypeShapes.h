//===- TypeShapes.h - types that are shared on purpose by what they are -*- C++ -*-===//
//
// Some types exist to be shared: an atomic, a mutex, a random engine seeded
// once for the process. The IgnoredTypes option lists them by name; these
// recognise them by their shape, so that a project's own wrapper (Qt's
// QBasicAtomicInteger, a PCG engine) needs no entry.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_TYPESHAPES_H
#define STATIC_STATE_TIDY_ANALYSIS_TYPESHAPES_H

#include "analysis/Intent.h"

#include "clang/AST/ASTContext.h"

namespace clang::tidy::static_state {

/// The definition of the class \p T is, arrays looked through; null for
/// anything else or an incomplete class.
const CXXRecordDecl *classOf(QualType T);

/// The class \p T names (references looked through), or, for a dependent
/// specialisation (`Fixture<T>`, `std::map<K, V>` in a template), the
/// template's pattern, which declares the same members and typedefs.
const CXXRecordDecl *classOrPatternOf(QualType T);

/// A class with no data members, in itself or its bases (arrays looked
/// through): an empty tag, a stateless function object, a registrar whose
/// constructor does its work before main(). Nothing in it can change, so
/// an object of it shares nothing; what its methods write is judged where
/// it lives.
bool holdsNoState(QualType T);

/// A uniform random bit generator (a nested unsigned `result_type`, static
/// `min()` and `max()`, and `operator()()`: every <random> engine and
/// std::random_device), or a <random> distribution (`result_type`,
/// `param_type`, `reset()`), or a class made of nothing else (a helper that
/// holds a random_device, an engine and a distribution, as assimp's tests'
/// RandomUniformRealGenerator). Arrays are looked through.
bool isRandomEngineOrDistribution(QualType T);

/// A class whose every data member (its bases' too, arrays looked through)
/// is a type \p Shared lists (std::atomic, a mutex, volatile), again such
/// a class, or a constant number, with at least one such part:
/// QBasicAtomicInteger holds only a std::atomic, so it is as shared on
/// purpose as the atomic itself; so is a limiter's atomic count next to its
/// `const int` limit.
bool isAtomicLikeClass(QualType T, const TypeNameFilter &Shared,
                       const ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
