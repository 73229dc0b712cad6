//===- ClassWideNames.h - statics other files use by class name -*- C++ -*-===//
//
// One translation unit cannot see that another file uses a static as
// `Class::member` (FLTK's settings panel setting Node_Browser's colours, a
// factory reading Window_Node::popupx). A first pass over the project records
// the statics each file names that way, or hands out through a static
// getter (RecordClassWideNamesTo); the real run reads that list
// (ClassWideNamesFile) and takes them as class-wide, as if the use were in
// view. The list is plain text: one qualified name a line.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_CLASSWIDENAMES_H
#define STATIC_STATE_TIDY_ANALYSIS_CLASSWIDENAMES_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringSet.h"
#include <string>

namespace clang::tidy::static_state {

class ClassWideNames {
public:
  /// Reads the names listed in \p Path (blank lines and `#` comments
  /// skipped). Returns why it could not, or an empty string.
  std::string load(llvm::StringRef Path);
  /// Whether \p VD's qualified name is listed.
  bool lists(const VarDecl &VD) const;
  /// Whether other files can name \p VD at all (not in an anonymous
  /// namespace, no internal linkage): only those are recorded and looked up.
  static bool canBeNamedElsewhere(const VarDecl &VD);
  /// The name a list holds for \p VD: its qualified name, for a member of a
  /// class template instantiation the template's (`ns::Pool<T>::all` is
  /// `ns::Pool::all`).
  static std::string nameOf(const VarDecl &VD);
  /// Appends \p Names to \p Path, one write per line, so that parallel
  /// clang-tidy processes never interleave inside a line. Returns why it
  /// could not, or an empty string.
  static std::string append(llvm::StringRef Path,
                            llvm::ArrayRef<std::string> Names);

private:
  llvm::StringSet<> Names;
};

} // namespace clang::tidy::static_state

#endif
