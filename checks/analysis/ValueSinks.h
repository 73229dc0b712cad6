//===- ValueSinks.h - where a static's value goes ---------------*- C++ -*-===//
//
// Some statics are shared and nothing the program computes depends on it:
// a count only printed (`printf("... %d times", n++)`), a number handed out
// as a fresh id (`return ++uniqueID;`), a dummy handed out by reference only
// after an assertion that always fails (`btAssert(0); return er;`). These
// rules read every use of the variable, so they apply only where every use
// is in view (allUsesInView).
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_VALUESINKS_H
#define STATIC_STATE_TIDY_ANALYSIS_VALUESINKS_H

#include "analysis/CrossCallFlow.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/ArrayRef.h"

namespace clang::tidy::static_state {

/// Whether every use of \p VD is in this translation unit: a static local,
/// or a static member of a class defined in the main file (no other file
/// sees that class).
bool allUsesInView(const VarDecl &VD, const SourceManager &SM);

/// Whether the value of \p E only reaches output: through casts and
/// arithmetic it is an argument a C variadic function takes in its `...`
/// (printf, fprintf, a project's logging function), the right operand of
/// `<<` on a class (a stream, QDebug), or `puts`'s string. Formatting into
/// memory (`sprintf`, `DString::sprintf`, a string stream) is output only
/// when it formats into a local buffer that is itself only printed; a file
/// name made with it is something the program computes.
bool isPrintedValue(const Expr &E, ASTContext &Ctx);

/// Whether \p VD, an integer, numbers what is printed: every use in \p Uses
/// is a step of one (`++`, `--`, `+= 1`) whose value is thrown away or
/// printed, and one is printed (`"it happened %d times", count++`). Sharing
/// it changes the numbers printed, nothing the program computes. A total
/// of what objects bring (`total += bytes`), or a tally read apart from its
/// steps (`++clicks;` ... `printf("%d", clicks)`: maybe meant as one
/// object's), is reported.
bool isPrintedCount(const VarDecl &VD, llvm::ArrayRef<FlowUse> Uses,
                    ASTContext &Ctx);

/// Whether \p VD, an integer, hands out numbers: every use in \p Uses is an
/// increment whose new value the code takes (`return ++uniqueID;`,
/// `item.id = next_id++`), nothing else reads or resets it, and its name, or
/// the name of every function stepping it, says it numbers things (a word
/// id, ids, uid, uuid, guid, serial or unique). One per object would hand
/// out the same numbers twice. A page counter (`fetch(++page)`) or a
/// connection's packet sequence number (`++seq`) has the shape but not the
/// name: still reported.
bool handsOutIds(const VarDecl &VD, llvm::ArrayRef<FlowUse> Uses,
                 ASTContext &Ctx);

/// Whether \p VD, a static local, is only ever returned (by reference or
/// address) right after an assertion that always fails (`assert(false);`,
/// `btAssert(0);`, `abort();`, `__builtin_unreachable();`, an empty macro
/// included): a dummy for a path that is not supposed to run, shared on
/// purpose.
bool isFailedAssertionSink(const VarDecl &VD, llvm::ArrayRef<FlowUse> Uses,
                           ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
