//===- WholeFix.cpp - a fix is emitted whole or not at all ----------------===//

#include "fixes/WholeFix.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include <tuple>
#include <vector>

namespace clang::tidy::static_state {

namespace {

bool isEditableFileLocation(SourceLocation Loc, const SourceManager &SM) {
  if (Loc.isInvalid() || !Loc.isFileID() || SM.isInSystemHeader(Loc) ||
      SM.isWrittenInBuiltinFile(Loc) || SM.isWrittenInScratchSpace(Loc) ||
      SM.isWrittenInCommandLineFile(Loc))
    return false;
  return SM.getFileEntryRefForID(SM.getFileID(Loc)).has_value();
}

} // namespace

std::optional<std::string> whyNotWhole(llvm::ArrayRef<FixItHint> Fixes,
                                       const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (Ctx.getDiagnostics().hasUncompilableErrorOccurred())
    return std::string("the translation unit has compile errors: fix them "
                       "first, then run the check again");
  // (file, begin, end) of every edit, to find overlaps.
  std::vector<std::tuple<FileID, unsigned, unsigned>> Spans;
  for (const FixItHint &F : Fixes) {
    SourceLocation B = F.RemoveRange.getBegin(), E = F.RemoveRange.getEnd();
    if (!isEditableFileLocation(B, SM) || !isEditableFileLocation(E, SM))
      return std::string("an edit would fall outside the editable source "
                         "(a macro expansion, a system header, or a place "
                         "the parser did not reach)");
    if (F.RemoveRange.isTokenRange())
      return std::string("an edit has an unresolved token range");
    auto [FB, OB] = SM.getDecomposedLoc(B);
    auto [FE, OE] = SM.getDecomposedLoc(E);
    if (FB != FE || OE < OB)
      return std::string("an edit spans files or runs backwards");
    Spans.emplace_back(FB, OB, OE);
  }
  llvm::sort(Spans);
  for (size_t I = 1; I < Spans.size(); ++I) {
    auto [F0, B0, E0] = Spans[I - 1];
    auto [F1, B1, E1] = Spans[I];
    // Touching is fine; insertions at one point are merged by clang-tidy.
    if (F0 == F1 && B1 < E0)
      return std::string("two edits of the fix overlap");
  }
  return std::nullopt;
}

} // namespace clang::tidy::static_state
