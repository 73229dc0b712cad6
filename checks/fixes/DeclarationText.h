//===- DeclarationText.h - source text of a static member's declarations -*- C++ -*-===//
//
// Token-level helpers the rewrites share: where the `static` / `inline` /
// `thread_local` specifiers are, the whole-line range of a declaration to
// delete, and the initializer of an out-of-line definition as text.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_FIXES_DECLARATIONTEXT_H
#define STATIC_STATE_TIDY_FIXES_DECLARATIONTEXT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceLocation.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::static_state {

/// Where the declaration's text begins, its leading attributes
/// (`alignas(16)`, `[[maybe_unused]]`) included.
SourceLocation declarationBegin(const VarDecl &VD, const ASTContext &Ctx);

/// The `static`, `inline`, `thread_local` and `constinit` tokens before the declared name,
/// each with the blanks after it (comments and attributes are kept).
std::vector<CharSourceRange> storageSpecifierRanges(const VarDecl &VD,
                                                    const ASTContext &Ctx);

/// The text of a declaration from its first token to the end of its
/// declarator (and in-class initializer), without the storage specifiers.
std::string declarationWithoutSpecifiers(const VarDecl &VD,
                                         const ASTContext &Ctx);

/// The range deleting a declaration and its `;`: the whole lines when nothing
/// else stands on them, so no blank line is left behind. With
/// \p TakeOwnComment (an out-of-line definition that goes), the comment
/// right above it goes too when the two stand apart, blank lines above
/// and below: it describes nothing once the definition is gone.
std::optional<CharSourceRange> removalRange(SourceLocation Begin,
                                            SourceLocation End,
                                            const ASTContext &Ctx,
                                            bool TakeOwnComment = false);

/// The `// comment` that follows a declaration's `;` on its line, with one
/// leading space (" // the feed's items"), or "" when there is none.
std::string trailingLineComment(SourceLocation DeclEnd, const ASTContext &Ctx);

/// How an out-of-line definition initialises the variable, as text that can
/// follow the member's name: " = 5", "{1, 2}", "(4, -1)", or "" for none.
struct MovedInitializer {
  enum Kind { None, Equals, Braces, Parens } Form = None;
  std::string Text;
};
std::optional<MovedInitializer> definitionInitializer(const VarDecl &Def,
                                                      const ASTContext &Ctx);

/// The initializer of \p VD's out-of-line definition (None when there is no
/// definition or no initializer); nullopt with \p WhyNot set when its text
/// cannot be read.
std::optional<MovedInitializer> outOfLineInitializer(const VarDecl &VD,
                                                     const ASTContext &Ctx,
                                                     std::string &WhyNot);

/// \p Init as text after the name of a local (\p InClass false) or of a
/// default member initializer: `(4, -1)` becomes ` = std::vector<int>(4, -1)`
/// in a class, where parentheses cannot be used.
std::string initializerAfterName(const MovedInitializer &Init,
                                 const VarDecl &VD, bool InClass,
                                 const ASTContext &Ctx);

/// The spelled type of \p VD without array bounds ("std::vector<int>").
std::string typeText(const VarDecl &VD, const ASTContext &Ctx);

/// declarationWithoutSpecifiers(), with an array bound that only the
/// out-of-line definition gives (`int table[];` + `int A::table[16];`).
std::string declarationForMove(const VarDecl &VD, const ASTContext &Ctx);

/// A member of type \p T without initializer would be left uninitialised
/// where the static was zero-initialised: scalars, pointers, aggregates and
/// arrays of them need `{}`.
bool needsValueInitialization(QualType T, const ASTContext &Ctx);

/// The indentation (blanks) that starts the line holding \p Loc.
std::string indentationOf(SourceLocation Loc, const ASTContext &Ctx);

} // namespace clang::tidy::static_state

#endif
