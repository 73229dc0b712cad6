//===- UnboundedGrowthCheck.cpp - static-state-unbounded-growth -----------===//

#include "UnboundedGrowthCheck.h"
#include "analysis/FixedKeys.h"
#include "analysis/StartUpCode.h"
#include "analysis/Guards.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang::ast_matchers;

namespace clang::tidy::static_state {

namespace {

constexpr llvm::StringLiteral DefaultContainerTypes =
    "std::(vector|deque|list|forward_list|set|multiset|map|multimap|"
    "unordered_set|unordered_multiset|unordered_map|unordered_multimap|"
    "basic_string|queue|stack|priority_queue)";

/// Whether \p Init lists at least one element: `= {{1, "one"}, ...}`.
bool listsElements(const Stmt *Init, unsigned Depth = 0) {
  if (!Init || Depth > 6)
    return false;
  if (const auto *List = dyn_cast<InitListExpr>(Init))
    return List->getNumInits() > 0;
  for (const Stmt *Child : Init->children())
    if (listsElements(Child, Depth + 1))
      return true;
  return false;
}

/// The `table[key]` call that \p W is, or null.
const char *kindOfVariable(const VarDecl &VD) {
  if (VD.isStaticDataMember())
    return "static member";
  if (VD.isStaticLocal())
    return "static local variable";
  return "global";
}

} // namespace

UnboundedGrowthCheck::UnboundedGrowthCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : StaticStateCheck(Name, Context),
      ContainerTypesOption(Options.get("ContainerTypes", DefaultContainerTypes)),
      IgnoreProcessWideTables(Options.get("IgnoreProcessWideTables", true)) {
  // Empty, it would turn the check off: that is what disabling it is for.
  parseTypeNameOption("ContainerTypes", ContainerTypesOption,
                      DefaultContainerTypes, ContainerTypes,
                      EmptyList::UseDefault);
}

void UnboundedGrowthCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  StaticStateCheck::storeOptions(Opts);
  Options.store(Opts, "ContainerTypes", ContainerTypesOption);
  Options.store(Opts, "IgnoreProcessWideTables", IgnoreProcessWideTables);
}

bool UnboundedGrowthCheck::acceptCandidate(const VarDecl &VD) {
  QualType T = VD.getType();
  if (!VD.hasGlobalStorage() || T->isReferenceType() || T.isConstQualified() || VD.isConstexpr() ||
      !ContainerTypes.matches(T, VD.getASTContext()))
    return false;
  // A variable only declared here (`extern std::vector<int> log;`) is owned
  // by the file that defines it, which may well prune it.
  return VD.isStaticDataMember() || VD.isStaticLocal() ||
         VD.hasDefinition() != VarDecl::DeclarationOnly ||
         VD.getDefinition() != nullptr;
}

bool UnboundedGrowthCheck::collectGrowth(const VarDecl &VD,
                                         std::vector<WriteFact> &Growth) {
  for (const Reference &R : referencesTo(VD)) {
    const Access &A = classify(R);
    if (!A.IsWrite)
      continue;
    // Anything that may remove elements (erase, clear, assignment, swap,
    // a move, a non-const reference handed to unknown code) bounds it.
    if (A.Size == SizeEffect::Shrinks || A.Size == SizeEffect::Unknown)
      return false;
    // Growth in main() or in a static initializer happens once, at
    // start-up: bounded by the program text, not by its run time.
    if (A.Size == SizeEffect::Grows && !runsAtStartUp(R))
      Growth.push_back({R, A});
  }
  return true;
}

bool UnboundedGrowthCheck::isBoundedByDesign(const VarDecl &VD,
                                             llvm::ArrayRef<WriteFact> Growth) {
  // Grown only by code that uses no object (free functions, static member
  // functions), none of which instance code of this file calls: a
  // process-wide table the author made one on purpose, not state that
  // looks per-instance (doxygen's run-long symbol tables).
  if (IgnoreProcessWideTables &&
      llvm::none_of(Growth, [&](const WriteFact &W) {
        return isInstanceCode(W.Where.Kind) ||
               (W.Where.Owner &&
                Callers.calledFromInstanceCode(*W.Where.Owner, context()));
      }))
    return true;
  // A lazily filled table, or a registry the destructor prunes, is bounded.
  // Locks do not bound anything: a registry appended under a mutex and
  // never pruned is the classic leak, so guarded writes stay in.
  SharingPattern P = recognisePattern(VD, Growth, context());
  if ((P == SharingPattern::LazyInitialization && IgnoreLazyInitialization) ||
      (P == SharingPattern::PrunedRegistry && IgnorePrunedRegistries))
    return true;
  // A table filled where it is declared and only looked up with `[]`
  // (FLTK's fl_eventnames[e]): it grows only by keys it was not filled with.
  const VarDecl *Def = VD.getDefinition() ? VD.getDefinition() : &VD;
  if (IgnoreLookupTables && listsElements(Def->getInit()) &&
      // `table[key]` whose element is only read where it is written
      // (`printf("%s", names[e])`): it inserts only for a key the table
      // was not filled with.
      llvm::all_of(Growth,
                   [&](const WriteFact &W) { return isLookUpOnly(W); }))
    return true;
  // A map or set with unique keys only ever given constant keys
  // (`icons["Fl_Window"] = ...`) holds one element per constant at most.
  if (IgnoreLookupTables && hasUniqueKeys(VD.getType()) &&
      llvm::all_of(Growth, [&](const WriteFact &W) {
        const Stmt *Site = W.What.Site;
        const FunctionDecl *Fn = W.Where.Innermost;
        return Site && Fn && Fn->getBody() &&
               growsOnlyByConstantKey(*Site, context(), [&](const Expr &E) {
                 return isMutatedIn(E, *Fn->getBody());
               });
      }))
    return true;
  return false;
}

void UnboundedGrowthCheck::judge(const VarDecl &VD) {
  std::vector<WriteFact> Growth;
  if (!collectGrowth(VD, Growth) || Growth.empty() ||
      isBoundedByDesign(VD, Growth) || !isShownLocation(VD.getLocation()))
    return;
  // Grown only by functions that start-up code alone calls (a test
  // registry's collect() called from static initializers): once, too.
  if (llvm::all_of(Growth, [&](const WriteFact &W) {
        return StartUp.holds(W.Where, context());
      }))
    return;
  report(VD, std::move(Growth));
}

void UnboundedGrowthCheck::report(const VarDecl &VD,
                                  std::vector<WriteFact> Growth) {
  llvm::stable_sort(Growth, [&](const WriteFact &A, const WriteFact &B) {
    return sources().isBeforeInTranslationUnit(A.What.location(),
                                               B.What.location());
  });
  diag(VD.getLocation(),
       "%0 %1 only ever grows: nothing in this translation unit removes its "
       "elements, so its memory is held until the program exits")
      << kindOfVariable(VD) << &VD;
  const WriteFact *Keyed = firstKeyedGrowth(VD, Growth);
  std::vector<ReportedWrite> Notes;
  for (const WriteFact &W : Growth)
    Notes.push_back({W, LockInfo()});
  emitWriteNotes(VD.getName(), Notes, nullptr);
  // A cache or seen-set is a leak only if its keys are unbounded: say so,
  // since only the reader knows where the keys come from.
  if (Keyed)
    diag(Keyed->What.location(),
         "%0 only gains keys it does not hold yet: it keeps one element per "
         "distinct key (a cache or seen-set without eviction), so it is "
         "bounded only if its keys come from a bounded set",
         DiagnosticIDs::Note)
        << &VD;
  // Grown only by `table[key]` whose element is then read: the insertions
  // are a side effect of looking up a key the table does not hold.
  else if (llvm::all_of(Growth,
                        [&](const WriteFact &W) { return isLookUpOnly(W); }))
    diag(Growth.front().What.location(),
         "%0 grows only where '[]' looks up a key and the element is only "
         "read: '[]' inserts a default element for every key it does not "
         "hold, so it is bounded only if the keys looked up are; 'find' "
         "would not insert",
         DiagnosticIDs::Note)
        << &VD;
}

const WriteFact *
UnboundedGrowthCheck::firstKeyedGrowth(const VarDecl &VD,
                                       llvm::ArrayRef<WriteFact> Growth) {
  for (const WriteFact &W : Growth) {
    const Stmt *Site = W.What.Site;
    const FunctionDecl *Fn = W.Where.Innermost;
    if (!Site || !Fn || !Fn->getBody())
      continue;
    if (insertsLookedUpKey(*Site, VD, *Fn->getBody(), context()) ||
        llvm::any_of(guardingConditions(*Site, context()),
                     [&](const Expr *Cond) {
                       return isKeyMembershipTest(*Cond, VD);
                     }))
      return &W;
  }
  return nullptr;
}

} // namespace clang::tidy::static_state
