//===- RangeViews.h - a std::ranges view made of the variable -*- C++ -*-===//
//
// `for (int x : s | std::views::take(2))`: the view refers to `s`, so what
// is done with its elements is done to `s`. C++20 code reads a static this
// way as often as with a plain range-for; counting every view as a write
// (the walk's answer for an unknown handle) reported those reads. A view
// is followed to where it is used, through further adaptors: iterated by a
// range-for (the loop variable decides, as for `s` itself) or handed to a
// std::ranges algorithm that only reads (`std::ranges::count`). Anything
// else (a view kept in a local, handed to a function) stays a write.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_RANGEVIEWS_H
#define STATIC_STATE_TIDY_ANALYSIS_RANGEVIEWS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::static_state {

/// Whether \p Call makes a view of a range: a function of std::ranges
/// (`operator|` of an adaptor closure, `std::views::reverse(s)`) returning
/// a std::ranges class, with no function object among its arguments that
/// may take an element by mutable reference (`views::transform([](int &x)
/// {...})` can write what it is handed).
bool isRangeAdaptorCall(const CallExpr &Call);

/// Where the view \p View (an adaptor call) ends up, through further
/// adaptors.
struct ViewUse {
  /// Handed to a std::ranges algorithm that only reads.
  bool OnlyRead = false;
  /// Iterated by this range-for.
  const CXXForRangeStmt *Loop = nullptr;
};
ViewUse useOfView(const CallExpr &View, ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
