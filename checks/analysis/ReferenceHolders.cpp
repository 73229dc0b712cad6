//===- ReferenceHolders.cpp - which declarations hold some references -----===//

#include "ReferenceHolders.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::static_state {

namespace {

/// One expression's position in one file: where it is written, or where the
/// #include that brought its file in is (a holder may span that line).
struct Position {
  unsigned Offset;
  unsigned Ref;
};

/// The declarations whose members are searched rather than held whole.
const DeclContext *enteredContext(const Decl &D) {
  if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl>(D))
    return cast<DeclContext>(&D);
  const Decl *Inner = &D;
  if (const auto *CT = dyn_cast<ClassTemplateDecl>(&D))
    Inner = CT->getTemplatedDecl();
  const auto *RD = dyn_cast_or_null<CXXRecordDecl>(Inner);
  if (!RD || !RD->isThisDeclarationADefinition() || RD->isLambda())
    return nullptr;
  // `template class Box<int>;` holds instantiated members, which no
  // matcher of ours looks into: the declaration itself is the holder.
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    if (Spec->isExplicitInstantiationOrSpecialization() &&
        !Spec->isExplicitSpecialization())
      return nullptr;
  return RD;
}

/// What a reference's code belongs to: the templated declaration of a
/// template, the befriended function of a friend declaration.
const Decl *holderOf(const Decl &D) {
  const Decl *H = &D;
  if (const auto *Friend = dyn_cast<FriendDecl>(&D))
    if (const NamedDecl *Befriended = Friend->getFriendDecl())
      H = Befriended;
  if (const auto *FT = dyn_cast<FunctionTemplateDecl>(H))
    return FT->getTemplatedDecl();
  if (const auto *VT = dyn_cast<VarTemplateDecl>(H))
    return VT->getTemplatedDecl();
  return H;
}

class HolderFinder {
public:
  HolderFinder(ASTContext &Ctx, llvm::ArrayRef<const Expr *> Refs)
      : SM(Ctx.getSourceManager()), Holders(Refs.size()) {
    for (unsigned I = 0; I < Refs.size(); ++I)
      place(Refs[I]->getBeginLoc(), I);
    for (auto &Entry : ByFile)
      llvm::sort(Entry.second, [](const Position &A, const Position &B) {
        return A.Offset < B.Offset;
      });
  }

  void walk(const DeclContext &DC) {
    for (const Decl *D : DC.decls()) {
      if (D->isImplicit())
        continue;
      std::pair<FileID, unsigned> Begin = filePosition(D->getBeginLoc());
      auto It = ByFile.find(Begin.first);
      if (It == ByFile.end())
        continue; // nothing of interest is written in or included from here
      if (const DeclContext *Inner = enteredContext(*D))
        walk(*Inner);
      else
        hold(*D, Begin.second, It->second);
    }
  }

  std::vector<llvm::SmallVector<const Decl *, 1>> take() {
    return std::move(Holders);
  }

private:
  std::pair<FileID, unsigned> filePosition(SourceLocation Loc) const {
    if (Loc.isInvalid())
      return {FileID(), 0};
    return SM.getDecomposedExpansionLoc(Loc);
  }

  void place(SourceLocation Loc, unsigned Ref) {
    Loc = Loc.isValid() ? SM.getExpansionLoc(Loc) : Loc;
    for (unsigned Depth = 0; Loc.isValid() && Depth < 512; ++Depth) {
      auto [File, Offset] = SM.getDecomposedLoc(Loc);
      if (File.isInvalid())
        return;
      ByFile[File].push_back({Offset, Ref});
      Loc = SM.getIncludeLoc(File);
      if (Loc.isValid())
        Loc = SM.getExpansionLoc(Loc);
    }
  }

  void hold(const Decl &D, unsigned BeginOffset,
            llvm::ArrayRef<Position> Positions) {
    CharSourceRange Range = SM.getExpansionRange(D.getSourceRange());
    std::pair<FileID, unsigned> End = filePosition(Range.getEnd());
    // A declaration that ends in another file (a body with an #include in
    // it ends where it started only if the include line is in it).
    unsigned EndOffset = End.first == SM.getFileID(Range.getBegin())
                             ? End.second
                             : ~0u;
    const Decl *Holder = holderOf(D);
    const Position *First = llvm::partition_point(
        Positions, [&](const Position &P) { return P.Offset < BeginOffset; });
    for (const Position *P = First;
         P != Positions.end() && P->Offset <= EndOffset; ++P) {
      llvm::SmallVector<const Decl *, 1> &List = Holders[P->Ref];
      if (!llvm::is_contained(List, Holder))
        List.push_back(Holder);
    }
  }

  const SourceManager &SM;
  llvm::DenseMap<FileID, std::vector<Position>> ByFile;
  std::vector<llvm::SmallVector<const Decl *, 1>> Holders;
};

} // namespace

std::vector<llvm::SmallVector<const Decl *, 1>>
findReferenceHolders(ASTContext &Ctx, llvm::ArrayRef<const Expr *> Refs) {
  HolderFinder Finder(Ctx, Refs);
  if (!Refs.empty())
    Finder.walk(*Ctx.getTranslationUnitDecl());
  return Finder.take();
}

} // namespace clang::tidy::static_state
