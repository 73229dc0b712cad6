//===- ClassLevelState.cpp - statics the class's own API treats as class-wide ===//

#include "analysis/ClassLevelState.h"
#include "analysis/References.h"
#include "analysis/WriteShapes.h"

namespace clang::tidy::static_state {

bool isClassWideTally(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                      bool ReadByClass) {
  if (Writes.empty() || !ReadByClass || !VD.isStaticDataMember())
    return false;
  // Counting down by a constant and removing an element keep it a tally (a gauge of work
  // in flight, qpdf's census of live objects per id); what instance code
  // must not do is store a value of its own in it, or wipe it whole.
  return llvm::all_of(Writes, [&](const WriteFact &W) {
    return accumulates(W.What) ||
           (isDecrement(W.What) &&
            stepsByConstant(W.What, VD.getASTContext())) ||
           removesElement(W.What);
  });
}

bool isClassLevelSetting(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                         llvm::ArrayRef<WriteFact> ClassLevelWrites) {
  if (Writes.empty() || !VD.isStaticDataMember())
    return false;
  bool Setter = llvm::any_of(ClassLevelWrites, [](const WriteFact &W) {
    const Expr *Value = assignedValue(W.What);
    return !W.What.ToPart && Value && W.Where.Owner &&
           namesParameterOf(*Value, *W.Where.Owner);
  });
  if (Setter && llvm::none_of(Writes, [](const WriteFact &W) {
        return W.What.Size == SizeEffect::Grows;
      }))
    return true;
  // A class-level resource: a static member function makes it (stores a
  // value that is not null, or adds to it), instances only release it or
  // their slot in it (`delete img_; img_ = nullptr;`, `if (all_[idx_] ==
  // this) all_[idx_] = nullptr;`): FLTK's test images built by a static
  // build_imgs(), openddlparser's nodes that a static create() registers.
  bool Maker = llvm::any_of(ClassLevelWrites, [](const WriteFact &W) {
    return setsValue(W.What);
  });
  return Maker && llvm::all_of(Writes, [](const WriteFact &W) {
           return storesNull(W.What);
         });
}

} // namespace clang::tidy::static_state
