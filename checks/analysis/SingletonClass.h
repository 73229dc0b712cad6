//===- SingletonClass.h - classes with one object by design ---*- C++ -*-===//
//
// A static of a class that can only ever have one object is not shared
// between objects: there is no second one. The checks recognise the
// singleton idiom from the class's declaration and the code that makes its
// object, never from its name.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_SINGLETONCLASS_H
#define STATIC_STATE_TIDY_ANALYSIS_SINGLETONCLASS_H

#include "analysis/ObjectCensus.h"

#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <memory>

namespace clang::tidy::static_state {

/// Whether \p Class is a singleton by construction:
/// - nobody else can make one: every constructor is private or deleted
///   (protected is enough for a final class), and copies cannot be made
///   (a copy or move constructor is declared private or deleted, or a base
///   or member cannot be copied or moved);
/// - and every object that the code able to call those constructors makes
///   (the class's member functions, its nested classes and its friends, as
///   far as this translation unit defines them) is a variable of static
///   storage duration: `static Registry instance; return instance;`,
///   `static Registry *p = new Registry;`, `if (!s_) s_ = new Registry;`.
///   At least one such object must be in view: without it nothing shows
///   how many objects the code makes;
/// - or it is defined in the main file and \p Census finds its only object
///   held by one static variable.
bool isSingletonClass(const CXXRecordDecl &Class,
                      llvm::function_ref<const ObjectCensus &()> Census);

/// The class whose objects share \p VD: the class of a static data member,
/// the class of the instance method holding a static local. Null otherwise.
const CXXRecordDecl *classSharingVariable(const VarDecl &VD);

/// isSingletonClass, remembered per class for one translation unit, with
/// one census of its objects taken on first need.
class SingletonClasses {
public:
  bool holds(const CXXRecordDecl &Class);
  void forget() {
    Known.clear();
    Census.reset();
  }

private:
  llvm::DenseMap<const CXXRecordDecl *, bool> Known;
  std::unique_ptr<ObjectCensus> Census;
};

} // namespace clang::tidy::static_state

#endif
