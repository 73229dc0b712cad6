//===- SharingPatterns.cpp - shapes of deliberate sharing -----------------===//
//
// Each recogniser reads all the writes of one variable and says whether they
// form a shape that projects use on purpose (an instance counter, a warn-once
// latch, ...). Anything that does not fit a shape whole is reported.
//
//===----------------------------------------------------------------------===//

#include "analysis/SharingPatterns.h"
#include "analysis/FixedKeys.h"
#include "analysis/Teardown.h"
#include "analysis/Guards.h"
#include "analysis/ObjectNumbers.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::static_state {

namespace {


/// Whether \p Site runs at most once for the whole program: inside a lambda
/// handed to std::call_once, or in the initializer of a function-local
/// static (`static bool done = (table = build(), true);`).
bool runsOnce(const Stmt &Site, ASTContext &Ctx) {
  bool Once = false;
  forEachAncestor(
      DynTypedNode::create(Site), Ctx,
      [&](const DynTypedNode &P, const DynTypedNode &Child) {
        if (const auto *VD = P.get<VarDecl>())
          if (VD->isStaticLocal() && VD->getInit() &&
              Child.get<Stmt>() == VD->getInit()) {
            Once = true;
            return false;
          }
        if (const auto *L = P.get<LambdaExpr>()) {
          const Stmt *Up = L;
          while ((Up = parentStmt(*Up, Ctx)) &&
                 (isa<MaterializeTemporaryExpr>(Up) ||
                  isa<ImplicitCastExpr>(Up) || isa<CXXBindTemporaryExpr>(Up) ||
                  isa<CXXConstructExpr>(Up)))
            ;
          const auto *Call = dyn_cast_or_null<CallExpr>(Up);
          const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
          Once = Callee && Callee->isInStdNamespace() &&
                 Callee->getIdentifier() && Callee->getName() == "call_once";
          return false;
        }
        // A lambda's body may hang off its call operator: keep climbing
        // through the closure class to the LambdaExpr.
        if (const auto *FD = P.get<FunctionDecl>()) {
          const auto *MD = dyn_cast<CXXMethodDecl>(FD);
          return MD && MD->getParent()->isLambda();
        }
        return true;
      });
  return Once;
}


bool inAssignmentOperator(const WriteFact &W) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(W.Where.Owner);
  return MD && (MD->isCopyAssignmentOperator() || MD->isMoveAssignmentOperator());
}

bool inConstruction(const WriteFact &W) {
  return W.Where.Kind == ContextKind::Constructor ||
         W.Where.Kind == ContextKind::MemberInitializer;
}

/// Whether \p V is `this`, or a new object made to track `this`
/// (`new Fl_Widget_Tracker(this)`: a handle that designates this object).
bool designatesThis(const Expr *V) {
  V = V->IgnoreParenCasts();
  if (isa<CXXThisExpr>(V))
    return true;
  const auto *New = dyn_cast<CXXNewExpr>(V);
  const auto *Construct =
      New ? dyn_cast_or_null<CXXConstructExpr>(New->getInitializer()) : nullptr;
  return Construct && llvm::any_of(Construct->arguments(), [](const Expr *A) {
           return isa<CXXThisExpr>(A->IgnoreParenCasts());
         });
}

/// Whether \p VD is a static member pointing to an object of its own class
/// (or of a class derived from it): it designates one of the class's
/// objects. A pointer to a base class may point at anything of that base
/// (`static Widget *pushed;` in Input: the widget an event started on).
bool pointsToOwnClass(QualType T, const VarDecl &VD) {
  const auto *Owner = dyn_cast<CXXRecordDecl>(VD.getDeclContext());
  const CXXRecordDecl *Pointee = T->getPointeeCXXRecordDecl();
  return VD.isStaticDataMember() && Owner && Pointee &&
         isSameOrDerivedClass(Pointee, Owner);
}

} // namespace


namespace {

/// A pointer that designates one of the class's objects, which the class
/// itself points it at: `s_instance = this;` (and `= nullptr`), a current
/// object (`current_ = this;` ... `current_ = saved;`), the head of an
/// intrusive list of all objects (`first_ = this;` ... `first_ = next_;`),
/// or, where the `this` is in another file, a pointer to the class's own
/// type (`current_timeout = t;` in Fl_Timeout); also a handle made for this
/// object (`tracker_ = new Fl_Widget_Tracker(this);`). Which object it
/// points to is the shared fact; one per object would mean nothing. Only
/// whole assignments: `++p` or a write through it is not this. Also a
/// one-instance guard: `if (created) fail(); created = true;` in the
/// constructor, a flag that exists to be shared (it enforces a singleton).
bool pointsAtOneObject(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes) {
  QualType T = VD.getType();
  if (T->isPointerType())
    return llvm::all_of(Writes,
                        [](const WriteFact &W) {
                          return !W.What.ToPart && assignedValue(W.What);
                        }) &&
           (pointsToOwnClass(T, VD) ||
            llvm::any_of(Writes, [](const WriteFact &W) {
              return designatesThis(assignedValue(W.What));
            }));
  return T->isBooleanType() && llvm::all_of(Writes, [](const WriteFact &W) {
           const Expr *V = assignedValue(W.What);
           return V && isTrueLiteral(V) &&
                  W.Where.Kind == ContextKind::Constructor;
         });
}

/// An integer that counts objects: an id generator (every write an
/// increment in construction whose value becomes the new object's member),
/// a count of destructions, or an instance counter (++ while constructing,
/// -- while destroying; instrumentation that tracks live objects, copies
/// and moves also counts in the copy and move assignment operators).
SharingPattern countsObjects(const VarDecl &VD,
                             llvm::ArrayRef<WriteFact> Writes,
                             ASTContext &Ctx) {
  QualType T = VD.getType();
  if (!T->isIntegralOrEnumerationType() || T->isBooleanType())
    return SharingPattern::None;
  auto All = [&](auto Pred) { return llvm::all_of(Writes, Pred); };
  if (All([&](const WriteFact &W) { return numbersNewObject(W, Ctx); }))
    return SharingPattern::IdGenerator;
  if (All([](const WriteFact &W) {
        return !W.What.ToPart && isIncrement(W.What) &&
               W.Where.Kind == ContextKind::Destructor;
      }))
    return SharingPattern::InstanceCounter;
  if (All([](const WriteFact &W) {
        if (W.What.ToPart)
          return false;
        if (isIncrement(W.What))
          return inConstruction(W) || inAssignmentOperator(W);
        if (isDecrement(W.What))
          return W.Where.Kind == ContextKind::Destructor ||
                 inAssignmentOperator(W);
        return false;
      }))
    return SharingPattern::InstanceCounter;
  return SharingPattern::None;
}

/// Registry pruned by the destructor: constructors add, the destructor (or
/// a helper it calls on the object) removes, with whatever helps it:
/// std::remove, find, ...
bool isPrunedRegistry(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes) {
  if (!VD.getType()->isRecordType())
    return false;
  bool Pruned = false, Grown = false;
  for (const WriteFact &W : Writes) {
    // One look at the destructor's body per write.
    if (inTeardown(W)) {
      if (W.What.Size == SizeEffect::Grows)
        return false;
      Pruned |= W.What.Size == SizeEffect::Shrinks;
    } else if (W.What.Size != SizeEffect::Grows || !inConstruction(W)) {
      return false;
    }
    Grown |= W.What.Size == SizeEffect::Grows;
  }
  return Pruned && Grown;
}

/// Whether one guard of \p W's site lets it run only while \p VD (or a
/// latch its function sets) is unset, or still holds its sentinel.
bool isGuardedUntilSet(const VarDecl &VD, const WriteFact &W,
                       ASTContext &Ctx) {
  const Stmt *Body = W.Where.Innermost ? W.Where.Innermost->getBody() : nullptr;
  for (const Expr *Guard : guardingConditions(*W.What.Site, Ctx)) {
    const Expr *Cond = throughLocalFlag(Guard, Body, Ctx);
    // `if (!cache.count(k))` lets one write through per key: no bound.
    if (isKeyMembershipTest(*Cond, VD))
      continue;
    if (isSentinelTest(Cond, Ctx))
      return true;
    llvm::SmallVector<const VarDecl *, 2> Vars;
    collectStaticVars(Cond, Vars);
    // The static tested is this one, or a latch the function sets
    // (`if (!s_init) { s_table = build(); s_init = true; }`); a switch it
    // only reads (bullet3's `if (!gUseLargeBatches)`) says nothing about
    // how often the write runs.
    if (isUnsetTest(Cond) && llvm::any_of(Vars, [&](const VarDecl *T) {
          return T->getCanonicalDecl() == VD.getCanonicalDecl() ||
                 (Body && assignsIn(*Body, *T));
        }))
      return true;
  }
  return false;
}

/// Lazy one-time initialisation: written only under `if (!shared)` or
/// `if (ret == 2)` (its initial sentinel), directly or through a local flag
/// holding that test, after `if (d) return;`, in a std::call_once lambda,
/// or in a function-local static's initializer.
bool isLazyInitialization(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                          ASTContext &Ctx) {
  return llvm::all_of(Writes, [&](const WriteFact &W) {
    return runsOnce(*W.What.Site, Ctx) ||
           isBehindEarlyReturnOnceSet(*W.What.Site, W.What, VD, Ctx) ||
           isGuardedUntilSet(VD, W, Ctx);
  });
}

} // namespace

SharingPattern recognisePattern(const VarDecl &VD,
                                llvm::ArrayRef<WriteFact> Writes,
                                ASTContext &Ctx) {
  if (Writes.empty())
    return SharingPattern::None;
  if (pointsAtOneObject(VD, Writes))
    return SharingPattern::SelfRegistration;
  if (SharingPattern Counting = countsObjects(VD, Writes, Ctx);
      Counting != SharingPattern::None)
    return Counting;
  if (isPrunedRegistry(VD, Writes))
    return SharingPattern::PrunedRegistry;
  if (isWarnOnceLatch(VD, Writes, Ctx))
    return SharingPattern::WarnOnceLatch;
  if (isHighWaterMark(VD, Writes, Ctx))
    return SharingPattern::HighWaterMark;
  if (isLazyInitialization(VD, Writes, Ctx))
    return SharingPattern::LazyInitialization;
  return SharingPattern::None;
}


bool isHighWaterMark(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                     ASTContext &Ctx) {
  if (Writes.empty() || !VD.getType()->isArithmeticType())
    return false;
  const VarDecl *Var = VD.getCanonicalDecl();
  const auto IsVar = [&](const Expr *E) {
    const VarDecl *Named = staticVariableNamedBy(E);
    return Named && Named->getCanonicalDecl() == Var;
  };
  return llvm::all_of(Writes, [&](const WriteFact &W) {
    const Expr *Value = W.What.ToPart ? nullptr : assignedValue(W.What);
    if (!Value || !W.What.Site)
      return false;
    // `peak = std::max(peak, n);`
    if (const auto *Call = dyn_cast<CallExpr>(Value->IgnoreParenImpCasts()))
      if (const FunctionDecl *Fn = Call->getDirectCallee();
          Fn && Fn->isInStdNamespace() && Fn->getIdentifier() &&
          (Fn->getName() == "max" || Fn->getName() == "min") &&
          Call->getNumArgs() == 2 &&
          (IsVar(Call->getArg(0)) || IsVar(Call->getArg(1))))
        return true;
    // `if (peak < n) peak = n;`: it only moves one way. A branch that also
    // names another static keeps state together with it (a buffer's
    // capacity: `if (n > cap) { buf = realloc(buf, n); cap = n; }`).
    return llvm::any_of(guardingIfs(*W.What.Site, Ctx), [&](const IfStmt *If) {
      llvm::SmallVector<const VarDecl *, 4> Named;
      collectStaticVars(If->getThen(), Named);
      if (llvm::any_of(Named, [&](const VarDecl *Other) {
            return Other->getCanonicalDecl() != Var;
          }))
        return false;
      const auto *Cmp =
          dyn_cast<BinaryOperator>(If->getCond()->IgnoreParenImpCasts());
      if (!Cmp || !Cmp->isRelationalOp())
        return false;
      return (IsVar(Cmp->getLHS()) &&
              Expr::isSameComparisonOperand(Cmp->getRHS(), Value)) ||
             (IsVar(Cmp->getRHS()) &&
              Expr::isSameComparisonOperand(Cmp->getLHS(), Value));
    });
  });
}

llvm::StringRef describePattern(SharingPattern P) {
  switch (P) {
  case SharingPattern::None:
    return "";
  case SharingPattern::InstanceCounter:
    return "an instance counter";
  case SharingPattern::IdGenerator:
    return "an id generator";
  case SharingPattern::SelfRegistration:
    return "a pointer the class points at one of its objects";
  case SharingPattern::PrunedRegistry:
    return "a registry pruned by the destructor";
  case SharingPattern::LazyInitialization:
    return "lazy one-time initialisation";
  case SharingPattern::WarnOnceLatch:
    return "a warn-once latch";
  case SharingPattern::ClassWideTally:
    return "a class-wide tally that a static member function reports";
  case SharingPattern::ClassLevelSetting:
    return "a class-wide setting that a static setter of the class sets";
  case SharingPattern::NamedByClass:
    return "used through its class's name by code outside the class";
  case SharingPattern::SingletonClass:
    return "a static of a singleton class: there is no second object";
  case SharingPattern::DeclaredByMacro:
    return "declared by a macro: the macro's author made it shared";
  case SharingPattern::HighWaterMark:
    return "a high-water mark: only ever raised (or lowered) to a new extreme";
  case SharingPattern::CallbackState:
    return "used by a static member function the class hands out as a "
           "callback";
  case SharingPattern::ScopedFlag:
    return "a flag raised around a call and restored after it: it says a "
           "call is in progress";
  case SharingPattern::NeverRead:
    return "never read: only stepped or assigned, so sharing it changes "
           "nothing anyone observes";
  case SharingPattern::PrintedCount:
    return "read only to be printed: sharing it changes what is printed, "
           "nothing the program computes";
  case SharingPattern::SetAlikeEveryCall:
    return "set to the same constants by every call before anything reads "
           "it: no call sees what another left";
  case SharingPattern::LookupTable:
    return "a table instance code only looks up: `[]` inserts at most an "
           "empty element for a missing key, nothing of an object";
  case SharingPattern::SettingReadByName:
    return "a setting read by name: every write stores a value looked up by "
           "a literal key and taken from nothing of the object or the call";
  case SharingPattern::ObjectFreeCache:
    return "a cache filled one key at a time from nothing of the object: "
           "every entry is right for every object";
  case SharingPattern::AssertionSink:
    return "a dummy handed out only after an assertion that always fails";
  case SharingPattern::ThreadLocal:
    return "thread_local: one per thread by its declaration";
  case SharingPattern::RegisteredObject:
    return "an object registered with an owner as an implementation of an "
           "interface";
  case SharingPattern::DocumentedSharing:
    return "documented as shared by a comment at its declaration or by its "
           "name";
  case SharingPattern::TestFixtureState:
    return "test-fixture state that every test resets or the suite tallies";
  }
  return "";
}

} // namespace clang::tidy::static_state
