//===- References.h - where a reference to a variable sits -----*- C++ -*-===//
//
// Facts about one reference to a variable with static storage: the code that
// contains it. A verdict needs every reference of a variable (a counter needs
// its constructor ++ and destructor --), so checks collect these while
// matching and judge at the end of the translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_REFERENCES_H
#define STATIC_STATE_TIDY_ANALYSIS_REFERENCES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang::tidy::static_state {

/// What kind of code a reference sits in, seen from the class that owns it.
enum class ContextKind {
  InstanceMethod,     // non-static member function (incl. operators)
  Constructor,        // constructor body or member-initializer list
  Destructor,         // destructor body
  MemberInitializer,  // default member initializer: runs in every constructor
  StaticMethod,       // static member function
  FreeFunction,       // function that is not a member
  StaticInitializer,  // namespace-scope or static member initializer
  Unknown,
};

/// The code that contains one reference to a variable.
struct Reference {
  const Expr *Ref = nullptr; // DeclRefExpr, MemberExpr or dependent member
  /// Innermost function whose body holds the reference: a lambda's call
  /// operator or a local class's method when the reference is inside one.
  const FunctionDecl *Innermost = nullptr;
  /// The named function the reference belongs to once lambdas and local
  /// classes are folded into their enclosing function.
  const FunctionDecl *Owner = nullptr;
  /// The field whose default member initializer holds the reference.
  const FieldDecl *InitializerOf = nullptr;
  ContextKind Kind = ContextKind::Unknown;
  bool InLambda = false;      // inside a lambda within Owner
  bool InLocalClass = false;  // inside a local class within Owner
  bool Unevaluated = false;   // sizeof, decltype, noexcept, typeid operand
  bool InMacro = false;       // spelled inside a macro expansion
  bool InDefaultArgument = false; // in a parameter's default argument
};

/// Works out where \p E sits: its functions, the kind of code, whether it is
/// evaluated. Walks the parent map upward once: O(depth).
Reference describeReference(const Expr &E, ASTContext &Ctx);

/// The named function \p Innermost is written in, once lambdas and local
/// classes are folded into their enclosing function; says which it crossed.
const FunctionDecl *namedEnclosingFunction(const FunctionDecl &Innermost,
                                           bool *InLambda = nullptr,
                                           bool *InLocalClass = nullptr);

/// The record a reference's code belongs to: the class of Owner (or of the
/// field holding the default member initializer), null for free code.
const CXXRecordDecl *contextRecord(const Reference &R);

/// Whether \p Writer is \p Owner or derives from it (templates included).
bool isSameOrDerivedClass(const CXXRecordDecl *Writer,
                          const CXXRecordDecl *Owner);

/// Whether the code holding \p R belongs to \p Class: a member of it or of a
/// class derived from it, of a class nested in one of those, or a friend
/// defined inside one.
bool isCodeOfClass(const Reference &R, const CXXRecordDecl *Class);

/// The declaration every reference maps to: the in-class declaration of the
/// primary template's member for members of template instantiations.
const VarDecl *canonicalVariable(const VarDecl *VD);

/// A short human name for a function: 'fetch', 'operator+=', '~Api', with
/// the class prefix when it is not \p Relative ('Derived::fetch').
std::string functionName(const FunctionDecl &FD,
                         const CXXRecordDecl *Relative = nullptr);

/// Constructors, destructors, member functions, default member initializers:
/// code that runs for one object.
bool isInstanceCode(ContextKind K);

/// "constructor 'Api'", "destructor '~Api'", "instance method 'fetch'",
/// "static member function 'reset'", "function 'main'"; the class is named
/// when it is not \p Relative.
std::string describeFunction(const FunctionDecl &FD,
                             const CXXRecordDecl *Relative = nullptr);

/// describeFunction() of the reference's owner, or "the default member
/// initializer of 'id_'".
std::string describeCode(const Reference &R,
                         const CXXRecordDecl *Relative = nullptr);

/// Skips the nodes that never change what an expression denotes.
const Stmt *skipTransparentUp(const Stmt *S, ASTContext &Ctx);

/// Walks up from \p Start through first parents (a LambdaExpr preferred, so
/// a lambda's body leads to the lambda rather than its call operator),
/// calling \p Visit(Parent, Child) until it returns false or the root is
/// reached. The one upward walk every analysis here uses.
void forEachAncestor(
    DynTypedNode Start, ASTContext &Ctx,
    llvm::function_ref<bool(const DynTypedNode &Parent,
                            const DynTypedNode &Child)>
        Visit);

/// Calls \p Visit(Block, Child) for each block (`{ ... }`) that holds \p Site
/// within its function or lambda, innermost first; \p Child is the block's
/// statement that holds \p Site, so the statements before it ran earlier.
/// Stops when \p Visit returns false.
void forEachEnclosingBlock(
    const Stmt &Site, ASTContext &Ctx,
    llvm::function_ref<bool(const CompoundStmt &Block, const Stmt *Child)>
        Visit);

/// The single parent of \p S as a statement, or null (none, a declaration,
/// or several parents).
const Stmt *parentStmt(const Stmt &S, ASTContext &Ctx);

/// Every reference to local variable \p Local inside \p Body, in order.
std::vector<const DeclRefExpr *> usesOf(const VarDecl &Local, const Stmt &Body);

/// The range-for whose hidden `auto &&__range = ...;` variable \p Range is,
/// or null.
const CXXForRangeStmt *rangeForOfHiddenRange(const VarDecl &Range,
                                             ASTContext &Ctx);

/// The full expression (or the statement's expression) \p Site sits in:
/// `keys.insert(i, make(i))`, not only `keys.insert`.
const Stmt *fullExpressionOf(const Stmt &Site, ASTContext &Ctx);

/// Whether \p S names a parameter of \p Fn: a value each call brings.
bool namesParameterOf(const Stmt &S, const FunctionDecl &Fn);

/// Whether the value of the expression \p E is thrown away: it is a
/// statement of its own (`frame++;`, a for-loop's increment) or cast to
/// `void`, through parentheses and the comma operator's left side.
bool isValueDiscarded(const Stmt &E, ASTContext &Ctx);

/// While it lives, the parents of \p Ctx (ASTContext::getParents, and every
/// matcher such as hasAncestor or clang analysis that climbs through them)
/// cover only the code under \p Owners, so the first parent query builds a
/// map of those declarations instead of the whole translation unit. A null
/// owner keeps the whole translation unit. Nodes under the owners see the
/// same parents as with the whole translation unit, up to each owner, whose
/// parent becomes the TranslationUnitDecl.
class ParentScope {
public:
  ParentScope(ASTContext &Ctx, llvm::ArrayRef<const Decl *> Owners);
  ~ParentScope();
  ParentScope(const ParentScope &) = delete;
  ParentScope &operator=(const ParentScope &) = delete;

  /// Widens the scope to the whole translation unit unless every node of
  /// \p Nodes has a parent within it.
  void cover(llvm::ArrayRef<const Expr *> Nodes);
  bool isRestricted() const { return Restricted; }

private:
  void widen();

  ASTContext &Ctx;
  std::vector<Decl *> Saved;
  bool Restricted = false;
};

} // namespace clang::tidy::static_state

#endif
