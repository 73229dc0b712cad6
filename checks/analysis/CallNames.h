//===- CallNames.h - what a called function's name says --------*- C++ -*-===//
//
// The mutation walk often cannot see into a callee (a template, a library
// function declared elsewhere), but its name and its class say enough: `find`
// only looks, `push_back` grows, `std::sort` writes through its iterators,
// `lock` changes a mutex only in the way it exists for. These vocabularies
// live here, apart from the walk that uses them.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_CALLNAMES_H
#define STATIC_STATE_TIDY_ANALYSIS_CALLNAMES_H

#include "analysis/Mutation.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/StringRef.h"
#include <initializer_list>
#include <string>

namespace clang::tidy::static_state {

/// Whether \p Name is one of \p Names.
bool isOneOf(llvm::StringRef Name,
             std::initializer_list<llvm::StringLiteral> Names);

/// Non-const member functions that hand out a part of the object without
/// changing it (`at`, `find`, `begin`): the result decides whether the part
/// is written.
bool isAccessorName(llvm::StringRef Name);

/// Names that only look (accessors, `size`, `empty`, `count`), for member
/// calls in dependent code, where constness is unknown.
bool isReaderName(llvm::StringRef Name);

/// std::begin, std::end, std::data, std::get and friends: free functions
/// that hand a part of their argument back unchanged.
bool isFreeAccessor(const FunctionDecl &FD);

/// Whether \p FD is `std::<Name>`.
bool isStdFunction(const FunctionDecl *FD, llvm::StringRef Name);

/// Standard algorithms that write through the iterators they are given.
bool isMutatingAlgorithm(const FunctionDecl &FD);

/// A call that locks, waits on or signals a synchronisation object: a class
/// with lock/unlock, notify_all, acquire/release or arrive/wait members.
bool isSynchronisationCall(const CXXRecordDecl &RD, llvm::StringRef Name);

/// A mutex: a class that is locked and unlocked (lock/unlock, Lock/Unlock,
/// lock_shared/unlock_shared).
bool isLockable(QualType T);

/// std::lock and std::try_lock lock the mutexes they are handed.
bool isStdLockFunction(const FunctionDecl *FD);

/// A call of a non-modifying std::ranges algorithm object
/// (`std::ranges::count(v, 1)`, `is_sorted`, `find`, `contains`, ...): it
/// takes its range by forwarding reference but only reads it.
bool isNonModifyingRangesCall(const CallExpr &Call);

/// The name a note gives the function \p Call calls: `std::ranges::copy`
/// for a call of a std::ranges algorithm object (not its `operator()`),
/// else the callee's name; empty when there is no direct callee.
std::string calledName(const CallExpr &Call);

/// A call of a std::ranges algorithm object that writes through the
/// iterators it is given (`std::ranges::copy(src, v.begin())`).
bool isMutatingRangesCall(const CallExpr &Call);

/// The function object a `std::for_each`, `for_each_n` or
/// `std::ranges::for_each(_n)` call hands every element to, or null for
/// any other call.
const Expr *forEachFunction(const CallExpr &Call);

/// Whether function object \p Fn may take an element by non-const lvalue
/// reference and so write it: a lambda or class whose call operator's
/// parameter is `T&` or `auto&` (not `const`), or a function pointer so
/// declared. Unknown callables count as writing.
bool takesElementByMutableReference(const Expr &Fn);

/// Whether \p Call is `std::visit(f, ...)`, `std::invoke(f, ...)` or
/// `std::apply(f, ...)` with \p Arg among what `f` is handed, and `f` (a
/// lambda, a functor, a function) binds none of its parameters mutably:
/// the function object decides what happens to the argument, and it only
/// reads (`std::visit([](const auto &x) {...}, s)`).
bool handsArgumentsOnToReader(const CallExpr &Call, const Expr &Arg);

/// A class iterator through which its container can be written: named like
/// an iterator (not a const_iterator) with an `operator*` that returns a
/// non-const reference. Raw-pointer iterators are plain pointers.
bool isMutableIterator(QualType T);

/// Whether a class is a map-like container whose operator[] inserts.
bool isMapLike(const CXXRecordDecl &RD);

/// Whether \p D is declared in namespace std or inside it (std::chrono,
/// a member of a standard class, an inline namespace).
bool inStdNamespace(const Decl &D);

/// Whether a standard function \p Callee that takes an lvalue argument by
/// forwarding reference only copies it into a value it makes
/// (`std::make_pair(s, 1)`, `make_tuple`, `make_shared<T>(s)`,
/// `v.emplace_back(s)`, `m.try_emplace(k, s)`): nothing refers to the
/// argument afterwards. Not when the container or value holds references
/// (`std::vector<std::reference_wrapper<int>>`).
bool copiesForwardedArgument(const FunctionDecl &Callee);

/// Whether \p Callee formats its arguments into text and only reads them,
/// though it takes them by forwarding (or, for `make_format_args`,
/// non-const) reference: `std::format`, `std::print`, `fmt::format`,
/// `fmt::print`, `fmt::format_to`'s values, spdlog's `info`/`warn`/...
/// (ccache's `FMT("test_{}", counter)` numbering test directories).
bool formatsArguments(const FunctionDecl &Callee);

/// Whether constructing standard class \p RD from an lvalue bound to a
/// forwarding reference only copies it (`std::pair<int, int> p(s, 1)`,
/// `std::optional<int> o(s)`), or only reads through it
/// (`std::span<const int> sp(v)`).
bool constructionCopiesArgument(const CXXRecordDecl &RD);

/// How a member function named \p Name changes a container's size; None
/// when it does not, Unknown when the name says nothing.
SizeEffect sizeEffectOfMemberCall(llvm::StringRef Name);

/// A table of string constants (`static const char *tokens[] = {"<amf",
/// "solid", nullptr};`: every element a string literal or null, no spare
/// slot) handed as \p Arg to a `const char **` parameter of type \p Param:
/// C-style APIs take token lists that way for want of `const char *const *`,
/// and do not store into them, so the call reads the table.
bool isStringTableToConstPointers(const Expr &Arg, QualType Param,
                                  ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
