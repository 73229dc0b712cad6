//===- StaticStateRewrites.cpp - planning and emitting the fix-its --------===//
//
// The part of the base check that turns the decision table's choice
// (analysis/RewriteChoice) into diagnostics: the rewrite it picked goes on
// the warning (what `--fix` applies), the other one, when it means something
// else, on a note of its own, and every fix passes the whole-fix gate.
//
//===----------------------------------------------------------------------===//

#include "StaticStateCheck.h"
#include "analysis/Escape.h"
#include "fixes/WholeFix.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::static_state {

std::vector<FlowUse> StaticStateCheck::flowUsesOf(const VarDecl &VD) {
  std::vector<FlowUse> Uses;
  for (const Reference &R : referencesTo(VD))
    Uses.push_back({R.Ref, &classify(R)});
  return Uses;
}

namespace {

/// `new T[n]`, `malloc(n)`, `(T *)realloc(p, n)`, `strdup(s)`: memory that
/// whoever holds the pointer must free.
bool isAllocation(const Expr *E) {
  if (!E)
    return false;
  E = E->IgnoreParenCasts();
  if (isa<CXXNewExpr>(E))
    return true;
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
  if (!F || !F->getIdentifier())
    return false;
  llvm::StringRef Name = F->getName();
  return Name == "malloc" || Name == "calloc" || Name == "realloc" ||
         Name == "strdup" || Name == "strndup" || Name == "aligned_alloc";
}

/// The value stored by a write `p = v` (built-in assignment), or null.
const Expr *storedValue(const Access &A) {
  const auto *BO = dyn_cast_or_null<BinaryOperator>(A.Site);
  return BO && BO->getOpcode() == BO_Assign ? BO->getRHS() : nullptr;
}

} // namespace

std::optional<std::string>
StaticStateCheck::whyNotTiedToObject(const VarDecl &VD) {
  // A raw pointer that owns what it points to: as a member, every object
  // would allocate its own block and, with no destructor freeing it, leak it.
  if (VD.getType()->isPointerType()) {
    bool Owns = isAllocation(VD.getInit());
    for (const Reference &R : referencesTo(VD))
      Owns = Owns || isAllocation(storedValue(classify(R)));
    if (Owns)
      return "'" + VD.getNameAsString() +
             "' owns the memory it points to: as a member, each object would "
             "allocate its own and nothing would free it";
  }
  for (const Reference &R : referencesTo(VD)) {
    if (!R.Innermost || !R.Innermost->getBody())
      continue;
    std::string Why = escapePastObject(*R.Ref, *R.Innermost, context());
    if (!Why.empty())
      return "as a member '" + VD.getNameAsString() +
             "' would die with its object, but " + Why +
             " (whether that outlives the object cannot be seen here)";
  }
  return std::nullopt;
}

std::optional<std::string>
StaticStateCheck::whySplitsState(const VarDecl &VD,
                                 llvm::ArrayRef<const VarDecl *> Coupled) {
  if (Strategy == FixStrategy::None)
    return std::nullopt;
  // Name the other's own reason: a group whose notes only point at each
  // other hides what blocks them all.
  for (const VarDecl *Other : Coupled)
    if (std::optional<std::string> Why = whyNoFix(*Other)) {
      std::string Reason = Why->empty() ? "" : " (" + *Why + ")";
      return "'" + Other->getNameAsString() + "', used together with '" +
             VD.getNameAsString() + "', gets no fix" + Reason +
             ": moving '" + VD.getNameAsString() +
             "' alone would split state that is kept together";
    }
  return std::nullopt;
}

StaticStateCheck::PlannedRewrites StaticStateCheck::planKeepingStateTogether(
    const VarDecl &VD, CoupledLookup Coupled,
    llvm::function_ref<PlannedRewrites()> Plan) {
  // Its own reasons come first: only a fix it gets can split state. Planned
  // once; when the fix would split state, what it recorded is undone.
  LayoutEdits Before = Layout;
  PlannedRewrites Planned = Plan();
  if (Planned.Main.Fixes.empty())
    return Planned;
  std::optional<std::string> Why = whySplitsState(VD, Coupled());
  if (!Why)
    return Planned;
  Layout = std::move(Before);
  PlannedRewrites None;
  None.Main.WhyNot = *Why;
  return None;
}

StaticStateCheck::PlannedRewrites
StaticStateCheck::planRewrites(const RewriteFacts &Facts,
                               RewriteBuilder Build) {
  PlannedRewrites Plan;
  Plan.Choice = chooseRewrite(Facts, Strategy);
  const RewriteChoice &C = Plan.Choice;
  if (C.Pick == Rewrite::None) {
    Plan.Main.WhyNot = C.WhyNot;
    return Plan;
  }
  // The alternative is built as if the main fix were not applied.
  LayoutEdits Before = Layout;
  Plan.Main = Build(C.Pick, Layout);
  auto Gate = [&](BuiltRewrite &B) {
    if (B.Fixes.empty())
      return;
    if (std::optional<std::string> Why = whyNotWhole(B.Fixes, context())) {
      B.Fixes.clear();
      B.WhyNot = *Why;
    }
  };
  Gate(Plan.Main);
  if (Plan.Main.Fixes.empty()) {
    Layout = Before;
    return Plan;
  }
  if (C.Other != Rewrite::None) {
    Plan.Alternative = Build(C.Other, Before);
    Gate(Plan.Alternative);
  }
  return Plan;
}

void StaticStateCheck::emitRewriteNotes(const VarDecl &VD,
                                        const PlannedRewrites &Plan) {
  SourceLocation Loc = VD.getLocation();
  if (!Plan.FixedWith.empty()) {
    diag(Loc, "%0", DiagnosticIDs::Note) << Plan.FixedWith;
    return;
  }
  if (Plan.Main.Fixes.empty()) {
    if (!Plan.Main.WhyNot.empty())
      diag(Loc, "no automatic fix: %0", DiagnosticIDs::Note)
          << Plan.Main.WhyNot;
    return;
  }
  std::string Summary = Plan.Main.Summary;
  if (!Plan.Choice.PickWords.empty())
    Summary += ": " + Plan.Choice.PickWords;
  diag(Loc, "%0", DiagnosticIDs::Note) << Summary;
  if (!Plan.Main.Extra.empty())
    diag(Loc, "%0", DiagnosticIDs::Note) << Plan.Main.Extra;
  if (Plan.Alternative.Fixes.empty())
    return;
  std::string Words = "alternatively, " + Plan.Alternative.Summary;
  if (!Plan.Choice.OtherWords.empty())
    Words += " (" + Plan.Choice.OtherWords + ")";
  auto D = diag(Loc, "%0", DiagnosticIDs::Note) << Words;
  for (const FixItHint &F : Plan.Alternative.Fixes)
    D << F;
}

bool StaticStateCheck::isInHeader(SourceLocation FileLoc) const {
  const SourceManager &SM = sources();
  FileLoc = SM.getFileLoc(FileLoc);
  if (!SM.isInMainFile(FileLoc))
    return true;
  if (context().getLangOpts().IsHeaderFile)
    return true;
  llvm::StringRef Ext = llvm::sys::path::extension(SM.getFilename(FileLoc));
  for (const char *H : {".h", ".hh", ".hpp", ".hxx", ".h++", ".inc", ".inl",
                        ".ipp", ".tcc", ".H"})
    if (Ext == H)
      return true;
  return false;
}

std::optional<std::string>
StaticStateCheck::whyNotEditClassAt(SourceLocation Loc,
                                    llvm::StringRef ClassName,
                                    std::string &Note) const {
  const SourceManager &SM = sources();
  Loc = SM.getFileLoc(Loc);
  if (!isInHeader(Loc))
    return std::nullopt;
  std::string Class = "'" + ClassName.str() + "'";
  llvm::StringRef File = llvm::sys::path::filename(SM.getFilename(Loc));
  if (SM.isInSystemHeader(Loc))
    return Class + " is declared in a system header";
  if (!isShownLocation(Loc))
    return Class + " is declared in a header the header filter leaves out";
  if (!FixClassesInHeaders)
    return Class + " is declared in a header and FixClassesInHeaders is off";
  Note = "this changes the layout of " + Class + ", declared in '" +
         File.str() + "': rebuild every file that includes it (and do not "
         "apply it to a library's public headers)";
  return std::nullopt;
}

std::optional<std::string>
StaticStateCheck::whyNotMergedAcrossFiles(SourceLocation ClassLoc,
                                          SourceLocation Proposer) const {
  const SourceManager &SM = sources();
  ClassLoc = SM.getFileLoc(ClassLoc);
  // Only this file's translation unit proposes edits for code in its main
  // file: the copies that need merging come from code in headers.
  if (!isInHeader(ClassLoc) || SM.isInMainFile(SM.getFileLoc(Proposer)))
    return std::nullopt;
  // clang-apply-replacements merges the same edit from several translation
  // units only when they name the header alike: a header reached as
  // `dir/../x.h` here and as `x.h` elsewhere would get the member twice.
  OptionalFileEntryRef Header = SM.getFileEntryRefForID(SM.getFileID(ClassLoc));
  if (!Header)
    return std::nullopt;
  // Only the real path itself is one name for every file: `./x.h` (from a
  // main file named relatively), `dir/../x.h` and symbolic links are others.
  llvm::StringRef Real = Header->getFileEntry().tryGetRealPathName();
  if (Real.empty() || Header->getName() == Real)
    return std::nullopt;
  return "'" + llvm::sys::path::filename(Real).str() + "', which this file " +
         "reaches as '" + Header->getName().str() + "', not by its real " +
         "path, is edited by every file that includes it: copies of the fix " +
         "from files that name it otherwise would not be merged";
}

} // namespace clang::tidy::static_state
