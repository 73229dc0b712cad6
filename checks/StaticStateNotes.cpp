//===- StaticStateNotes.cpp - the notes under a warning -------------------===//
//
// The per-write notes every check puts under its warning (where the shared
// state is written, which per-instance lock fails to protect it), kept clear
// of lines that NOLINT covers.
//
//===----------------------------------------------------------------------===//

#include "StaticStateCheck.h"

#include "clang/Basic/SourceManager.h"

namespace clang::tidy::static_state {

namespace {

/// Where the line holding offset \p At of \p Buffer begins: just after the
/// newline before it (StringRef::rfind looks at indices below its start).
size_t lineBegin(llvm::StringRef Buffer, size_t At) {
  size_t NewLine = Buffer.rfind('\n', At);
  return NewLine == llvm::StringRef::npos ? 0 : NewLine + 1;
}

/// Whether \p Line holds a NOLINT for itself (not a NOLINTNEXTLINE, BEGIN
/// or END marker).
bool hasNolintForItself(llvm::StringRef Line) {
  for (size_t At = Line.find("NOLINT"); At != llvm::StringRef::npos;
       At = Line.find("NOLINT", At + 1)) {
    llvm::StringRef Rest = Line.substr(At + 6);
    if (!Rest.starts_with("NEXTLINE") && !Rest.starts_with("BEGIN") &&
        !Rest.starts_with("END"))
      return true;
  }
  return false;
}

} // namespace

bool StaticStateCheck::isOnNolintLine(SourceLocation Loc) const {
  if (Loc.isInvalid())
    return false;
  auto [File, Offset] = SM->getDecomposedLoc(SM->getExpansionLoc(Loc));
  bool Invalid = false;
  llvm::StringRef Buffer = SM->getBufferData(File, &Invalid);
  if (Invalid || Offset > Buffer.size())
    return false;
  size_t Begin = lineBegin(Buffer, Offset);
  if (hasNolintForItself(Buffer.slice(Begin, Buffer.find('\n', Offset))))
    return true;
  if (Begin == 0)
    return false;
  // The line before ends with the newline at Begin - 1.
  size_t PrevBegin = lineBegin(Buffer, Begin - 1);
  return Buffer.slice(PrevBegin, Begin).contains("NOLINTNEXTLINE");
}

void StaticStateCheck::emitWriteNotes(llvm::StringRef VarName,
                                      llvm::ArrayRef<ReportedWrite> Writes,
                                      const CXXRecordDecl *SharedBy) {
  // clang-tidy drops every later note of a warning once one note lands on
  // a NOLINT line, the no-fix reason with them: such writes get no note.
  std::vector<const ReportedWrite *> Noted;
  for (const ReportedWrite &W : Writes)
    if (!isOnNolintLine(W.Fact.What.location()) &&
        (W.Lock.K != LockInfo::InstanceMutex || !W.Lock.Lock ||
         !isOnNolintLine(W.Lock.Lock->getLocation())))
      Noted.push_back(&W);
  unsigned Shown = 0;
  for (const ReportedWrite *Each : Noted) {
    const ReportedWrite &W = *Each;
    if (Shown == MaxWriteNotes) {
      size_t Rest = Noted.size() - Shown;
      diag(W.Fact.What.location(), "and %0 more write%s0 of '%1', the next here",
           DiagnosticIDs::Note)
          << static_cast<unsigned>(Rest) << VarName;
      return;
    }
    ++Shown;
    diag(W.Fact.What.location(), describeWrite(W.Fact.What, *SM),
         DiagnosticIDs::Note);
    if (W.Lock.K == LockInfo::InstanceMutex && W.Lock.Lock) {
      auto D = diag(W.Lock.Lock->getLocation(),
                    "the lock held here is on %0, a per-instance mutex: it "
                    "does not protect state shared by every %1",
                    DiagnosticIDs::Note);
      if (W.Lock.Mutex)
        D << ("'" + W.Lock.Mutex->getNameAsString() + "'");
      else
        D << "an instance member";
      if (SharedBy)
        D << ("'" + SharedBy->getNameAsString() + "' object");
      else
        D << "caller";
    }
  }
}

} // namespace clang::tidy::static_state
