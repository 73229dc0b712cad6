//===- DeclarationComments.h - what the source says about a static -*- C++ -*-===//
//
// Projects say in a comment when a static is shared on purpose: "The
// following members are static because we need them only once during mouse
// events" (FLTK's Fl_Help_View), "we *need* to store the text in an internal
// (static) buffer" (Fl_Message). This reads the comments that belong to a
// declaration: the one after it on its last line, and the block right above
// it or above the run of declarations it stands in.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_DECLARATIONCOMMENTS_H
#define STATIC_STATE_TIDY_ANALYSIS_DECLARATIONCOMMENTS_H

#include "clang/AST/Decl.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang::tidy::static_state {

/// The first comment after the token at \p At on the same line, found by
/// lexing (a `//` inside a string literal is no comment); with \p OnlyNext,
/// only a comment that is the very next token. Empty when there is none or
/// the token comes from a macro.
llvm::StringRef commentAfterToken(SourceLocation At, const SourceManager &SM,
                                  const LangOptions &LangOpts, bool OnlyNext);

/// An identifier as lower-case words separated by spaces, for the patterns
/// comments are matched with: `global_count_` -> "global count",
/// `allInstances` -> "all instances", `IDGen` -> "id gen".
std::string identifierAsWords(llvm::StringRef Name);

/// The text of the comments that belong to the declaration at \p Range:
/// a comment after it on its last line, and the comment block above it,
/// looking past the static declarations of the same run (consecutive lines
/// `static T name;`) and at most one blank line. Empty inside macros.
std::string commentsOfDeclaration(SourceRange Range, const SourceManager &SM,
                                  const LangOptions &LangOpts);

/// commentsOfDeclaration() of \p VD's declaration and, when it is written
/// elsewhere, of its definition (`int Widget::count = 0; // shared`).
std::string commentsOfVariable(const VarDecl &VD, const SourceManager &SM);

} // namespace clang::tidy::static_state

#endif
