//===- CallNames.cpp - what a called function's name says -----------------===//

#include "analysis/CallNames.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include <initializer_list>

namespace clang::tidy::static_state {

bool isOneOf(llvm::StringRef Name,
             std::initializer_list<llvm::StringLiteral> Names) {
  for (llvm::StringRef N : Names)
    if (N == Name)
      return true;
  return false;
}

namespace {

bool hasMethodNamed(const CXXRecordDecl &RD, llvm::StringRef Name) {
  for (const NamedDecl *D : RD.lookup(&RD.getASTContext().Idents.get(Name)))
    if (isa<CXXMethodDecl>(D) || isa<FunctionTemplateDecl>(D))
      return true;
  return false;
}

} // namespace

bool isAccessorName(llvm::StringRef Name) {
  return isOneOf(Name, {"at", "front", "back", "data", "get", "value",
                        "begin", "end", "rbegin", "rend", "find",
                        "lower_bound", "upper_bound", "equal_range"});
}

bool isReaderName(llvm::StringRef Name) {
  return isAccessorName(Name) ||
         isOneOf(Name, {"size", "empty", "count", "contains", "length",
                        "capacity", "max_size", "c_str", "cbegin", "cend",
                        "crbegin", "crend", "load", "has_value", "str",
                        "key_comp", "value_comp", "bucket_count",
                        "use_count"});
}

bool isFreeAccessor(const FunctionDecl &FD) {
  return FD.isInStdNamespace() && FD.getIdentifier() &&
         isOneOf(FD.getName(), {"begin", "end", "rbegin", "rend", "data", "get"});
}

bool isStdFunction(const FunctionDecl *FD, llvm::StringRef Name) {
  return FD && FD->isInStdNamespace() && FD->getIdentifier() &&
         FD->getName() == Name;
}

bool isSynchronisationCall(const CXXRecordDecl &RD, llvm::StringRef Name) {
  if (!isOneOf(Name, {"lock", "unlock", "try_lock", "try_lock_for",
                      "try_lock_until", "lock_shared", "unlock_shared",
                      "try_lock_shared", "try_lock_shared_for",
                      "try_lock_shared_until", "notify_one", "notify_all",
                      "wait", "wait_for", "wait_until", "acquire", "release",
                      "try_acquire", "try_acquire_for", "try_acquire_until",
                      "arrive", "arrive_and_wait", "arrive_and_drop",
                      "count_down"}))
    return false;
  return (hasMethodNamed(RD, "lock") && hasMethodNamed(RD, "unlock")) ||
         hasMethodNamed(RD, "notify_all") ||
         (hasMethodNamed(RD, "acquire") && hasMethodNamed(RD, "release") &&
          !hasMethodNamed(RD, "get")) ||
         hasMethodNamed(RD, "arrive_and_wait") ||
         hasMethodNamed(RD, "count_down");
}

/// Names of the standard algorithms that write through their iterators
/// (in std and std::ranges alike).
static bool isMutatingAlgorithmName(llvm::StringRef Name) {
  return isOneOf(Name,
                 {"sort", "stable_sort", "partial_sort", "nth_element",
                  "reverse", "rotate", "shuffle", "random_shuffle", "fill",
                  "fill_n", "generate", "generate_n", "transform", "copy",
                  "copy_n", "copy_if", "copy_backward", "move",
                  "move_backward", "replace", "replace_if", "remove",
                  "remove_if", "unique", "iota", "swap_ranges", "iter_swap",
                  "partition", "stable_partition", "inplace_merge",
                  "make_heap", "push_heap", "pop_heap", "sort_heap",
                  "next_permutation", "prev_permutation"});
}

bool isMutatingAlgorithm(const FunctionDecl &FD) {
  return FD.isInStdNamespace() && FD.getIdentifier() &&
         isMutatingAlgorithmName(FD.getName());
}

namespace {

/// The `std::ranges` algorithm object a call `std::ranges::name(args)`
/// calls, or null.
const VarDecl *rangesAlgorithm(const CallExpr &Call) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
  if (!Op || Op->getOperator() != OO_Call || Op->getNumArgs() == 0)
    return nullptr;
  const auto *DRE = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts());
  const auto *Algo = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!Algo || !Algo->getIdentifier())
    return nullptr;
  const auto *NS = dyn_cast<NamespaceDecl>(Algo->getDeclContext());
  return NS && NS->getIdentifier() && NS->getName() == "ranges" &&
                 NS->isInStdNamespace()
             ? Algo
             : nullptr;
}

/// Whether parameter type \p T binds an element so that it can be written.
bool bindsMutably(QualType T) {
  QualType Bound = T.getNonReferenceType();
  if (Bound.isConstQualified())
    return false;
  // `auto &&x` (a forwarding reference) binds an lvalue element as `T&`.
  return T->isLValueReferenceType() ||
         (T->isRValueReferenceType() && Bound->getAs<TemplateTypeParmType>());
}

} // namespace

bool isNonModifyingRangesCall(const CallExpr &Call) {
  const VarDecl *Algo = rangesAlgorithm(Call);
  if (!Algo)
    return false;
  return isOneOf(Algo->getName(),
                 {"all_of", "any_of", "none_of", "count", "count_if", "find",
                  "find_if", "find_if_not", "find_end", "find_first_of",
                  "find_last", "find_last_if", "find_last_if_not",
                  "adjacent_find", "mismatch", "equal",
                  "lexicographical_compare", "is_sorted", "is_sorted_until",
                  "is_partitioned", "is_heap", "is_heap_until", "min", "max",
                  "minmax", "min_element", "max_element", "minmax_element",
                  "contains", "contains_subrange", "starts_with", "ends_with",
                  "search", "search_n", "binary_search", "lower_bound",
                  "upper_bound", "equal_range", "includes", "is_permutation",
                  "fold_left", "fold_right", "fold_left_first",
                  "fold_right_last", "distance", "size", "ssize", "empty"});
}

std::string calledName(const CallExpr &Call) {
  if (const VarDecl *Algo = rangesAlgorithm(Call))
    return "std::ranges::" + Algo->getName().str();
  const FunctionDecl *FD = Call.getDirectCallee();
  return FD ? FD->getNameAsString() : std::string();
}

bool isMutatingRangesCall(const CallExpr &Call) {
  const VarDecl *Algo = rangesAlgorithm(Call);
  return Algo && isMutatingAlgorithmName(Algo->getName());
}

const Expr *forEachFunction(const CallExpr &Call) {
  if (Call.getNumArgs() < 2)
    return nullptr;
  const FunctionDecl *FD = Call.getDirectCallee();
  const NamedDecl *Named = FD;
  if (const VarDecl *Algo = rangesAlgorithm(Call))
    Named = Algo;
  else if (!FD || !FD->isInStdNamespace())
    return nullptr;
  if (!Named || !Named->getIdentifier() ||
      !isOneOf(Named->getName(), {"for_each", "for_each_n"}))
    return nullptr;
  if (Named == FD)
    return Call.getArg(Call.getNumArgs() - 1);
  // std::ranges' take a projection last, defaulted to std::identity: an
  // explicit one may hand out anything.
  const Expr *Projection = Call.getArg(Call.getNumArgs() - 1);
  if (!isa<CXXDefaultArgExpr>(Projection) || Call.getNumArgs() < 4)
    return nullptr;
  return Call.getArg(Call.getNumArgs() - 2);
}

/// Whether function object \p Fn may bind one of the arguments it is
/// called with mutably: its first parameter only (\p FirstOnly), or any.
/// Unknown callables may.
static bool mayBindMutably(const Expr &Fn, bool FirstOnly) {
  auto Binds = [&](llvm::ArrayRef<QualType> Params) {
    if (Params.empty())
      return FirstOnly;
    return llvm::any_of(FirstOnly ? Params.take_front() : Params, bindsMutably);
  };
  QualType T = Fn.IgnoreParenImpCasts()->getType().getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  if (const auto *FPT = T->getAs<FunctionProtoType>())
    return Binds(FPT->getParamTypes());
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return true;
  DeclarationName Call =
      RD->getASTContext().DeclarationNames.getCXXOperatorName(OO_Call);
  bool Any = false;
  for (const NamedDecl *D : RD->lookup(Call)) {
    const FunctionDecl *Op = D->getAsFunction(); // the pattern of `auto &x`
    if (!Op)
      return true;
    llvm::SmallVector<QualType, 4> Params;
    for (const ParmVarDecl *P : Op->parameters())
      Params.push_back(P->getType());
    if (Binds(Params))
      return true;
    Any = true;
  }
  return !Any;
}

bool takesElementByMutableReference(const Expr &Fn) {
  return mayBindMutably(Fn, /*FirstOnly=*/true);
}

bool handsArgumentsOnToReader(const CallExpr &Call, const Expr &Arg) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || Call.getNumArgs() < 2 ||
      Call.getArg(0)->IgnoreParenImpCasts() == Arg.IgnoreParenImpCasts() ||
      !(isStdFunction(Callee, "visit") || isStdFunction(Callee, "invoke") ||
        isStdFunction(Callee, "apply")))
    return false;
  return !mayBindMutably(*Call.getArg(0), /*FirstOnly=*/false);
}

bool isMutableIterator(QualType T) {
  if (T->isReferenceType())
    return false;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->getIdentifier() || !RD->hasDefinition())
    return false;
  std::string Name = RD->getName().lower();
  if (Name.find("iterator") == std::string::npos ||
      Name.find("const") != std::string::npos)
    return false;
  DeclarationName Star =
      RD->getASTContext().DeclarationNames.getCXXOperatorName(OO_Star);
  for (const NamedDecl *D : RD->lookup(Star))
    if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(D->getAsFunction())) {
      QualType R = MD->getReturnType();
      if (R->isLValueReferenceType() &&
          !R.getNonReferenceType().isConstQualified())
        return true;
    }
  return false;
}

bool isMapLike(const CXXRecordDecl &RD) {
  // std::map, unordered_map, absl/boost/Qt maps: they name a mapped_type.
  for (const NamedDecl *D : RD.lookup(&RD.getASTContext().Idents.get("mapped_type")))
    if (isa<TypedefNameDecl>(D))
      return true;
  return false;
}

SizeEffect sizeEffectOfMemberCall(llvm::StringRef Name) {
  if (isOneOf(Name, {"push_back", "push_front", "emplace", "emplace_back",
                     "emplace_front", "emplace_hint", "insert",
                     "insert_or_assign", "try_emplace", "append", "push",
                     "operator+=", "append_range", "insert_range",
                     "prepend_range", "push_range",
                     // Qt's containers.
                     "prepend", "emplaceBack", "emplaceFront", "insertMulti"}))
    return SizeEffect::Grows;
  // resize and assign count as shrinking: their direction is unknown, and
  // a container that is ever cut back is not the unbounded kind.
  if (isOneOf(Name, {"erase", "clear", "pop_back", "pop_front", "pop", "swap",
                     "shrink_to_fit", "extract", "resize", "assign", "reset",
                     "release", "remove", "remove_if", "unique", "splice",
                     "merge", "erase_if", "operator=", "assign_range",
                     // Qt's containers.
                     "removeOne", "removeAll", "removeAt", "removeFirst",
                     "removeLast", "removeIf", "takeAt", "takeFirst",
                     "takeLast", "take", "squeeze", "truncate", "chop"}))
    return SizeEffect::Shrinks;
  if (isOneOf(Name, {"sort", "reverse", "reserve", "rehash"}))
    return SizeEffect::None;
  return SizeEffect::Unknown;
}

bool isLockable(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return false;
  RD = RD->getDefinition();
  return (hasMethodNamed(*RD, "lock") && hasMethodNamed(*RD, "unlock")) ||
         (hasMethodNamed(*RD, "Lock") && hasMethodNamed(*RD, "Unlock")) ||
         (hasMethodNamed(*RD, "lock_shared") &&
          hasMethodNamed(*RD, "unlock_shared"));
}

bool isStdLockFunction(const FunctionDecl *FD) {
  return isStdFunction(FD, "lock") || isStdFunction(FD, "try_lock");
}

bool isStringTableToConstPointers(const Expr &Arg, QualType Param,
                                  ASTContext &Ctx) {
  const auto *DRE = dyn_cast<DeclRefExpr>(Arg.IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  const auto *Init =
      VD ? dyn_cast_or_null<InitListExpr>(VD->getInit()) : nullptr;
  const PointerType *Outer = Param->getAs<PointerType>();
  const PointerType *Inner =
      Outer ? Outer->getPointeeType()->getAs<PointerType>() : nullptr;
  if (!Init || !Inner || !Inner->getPointeeType().isConstQualified())
    return false;
  const auto *Array = Ctx.getAsConstantArrayType(VD->getType());
  if (!Array || Array->getSize().getZExtValue() != Init->getNumInits())
    return false; // elements beyond the initializer: room to store into
  return llvm::all_of(Init->inits(), [&](const Expr *E) {
    return isa<StringLiteral>(E->IgnoreParenImpCasts()) ||
           E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) !=
               Expr::NPCK_NotNull;
  });
}

bool inStdNamespace(const Decl &D) {
  for (const DeclContext *DC = D.getDeclContext(); DC; DC = DC->getParent())
    if (DC->isStdNamespace())
      return true;
  return false;
}

} // namespace clang::tidy::static_state
