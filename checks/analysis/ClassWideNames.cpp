//===- ClassWideNames.cpp - statics other files use by class name ---------===//

#include "analysis/ClassWideNames.h"
#include "analysis/References.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::static_state {

std::string ClassWideNames::load(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return Buffer.getError().message();
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  (*Buffer)->getBuffer().split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.trim();
    if (!Line.empty() && !Line.starts_with("#"))
      Names.insert(Line);
  }
  return "";
}

bool ClassWideNames::lists(const VarDecl &VD) const {
  return !Names.empty() && canBeNamedElsewhere(VD) &&
         Names.contains(nameOf(VD));
}

bool ClassWideNames::canBeNamedElsewhere(const VarDecl &VD) {
  // A class in an anonymous namespace is another class in every file that
  // has one of the same name.
  return VD.isExternallyVisible();
}

std::string ClassWideNames::nameOf(const VarDecl &VD) {
  return canonicalVariable(&VD)->getQualifiedNameAsString();
}

std::string ClassWideNames::append(llvm::StringRef Path,
                                   llvm::ArrayRef<std::string> Names) {
  if (Names.empty())
    return "";
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Append);
  if (EC)
    return EC.message();
  OS.SetUnbuffered();
  for (const std::string &Name : Names)
    OS << (Name + "\n");
  std::string Error = OS.has_error() ? OS.error().message() : "";
  OS.clear_error(); // an unchecked error would abort in the destructor
  return Error;
}

} // namespace clang::tidy::static_state
