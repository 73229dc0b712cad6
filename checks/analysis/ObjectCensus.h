//===- ObjectCensus.h - the objects a translation unit makes --*- C++ -*-===//
//
// How many objects of each class the translation unit makes, and which
// static variables hold them: a class defined in the main file whose only
// object is one static variable has one object in the whole program. One
// walk counts every class at once; asking class by class would walk the
// whole translation unit once per class (a test file with a hundred
// classes made the plugin cost a tenth of the parse).
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_OBJECTCENSUS_H
#define STATIC_STATE_TIDY_ANALYSIS_OBJECTCENSUS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::static_state {

class ObjectCensus {
public:
  /// Walks every declaration of \p Ctx's translation unit, template
  /// instantiations and implicit code included.
  explicit ObjectCensus(ASTContext &Ctx);

  /// The one static variable that holds the one object the translation
  /// unit makes of \p Class, or null: a variable, member or `new` of the
  /// class, an aggregate built from a brace list, an array of it, and a
  /// class derived from it (whose objects hold one) all count as objects.
  const VarDecl *soleHolder(const CXXRecordDecl &Class) const;

  /// What the walk saw of one class (by canonical declaration).
  struct Tally {
    /// Up to two: a second object is enough to say "not one".
    llvm::SmallPtrSet<const Expr *, 2> Made;
    llvm::SmallVector<const VarDecl *, 2> Holders; // up to two, likewise
    /// An object not counted by a construction: a local, a member, a base,
    /// an array, a static without an initializer.
    bool Other = false;
  };

private:
  llvm::DenseMap<const CXXRecordDecl *, Tally> ByClass;
};

} // namespace clang::tidy::static_state

#endif
