//===- ConditionalBlocks.cpp - #if ... #endif regions of a TU -------------===//

#include "analysis/ConditionalBlocks.h"

namespace clang::tidy::static_state {

class ConditionalRecorder : public PPCallbacks {
public:
  explicit ConditionalRecorder(ConditionalBlocks &Blocks) : Blocks(Blocks) {}

  void Endif(SourceLocation Loc, SourceLocation IfLoc) override {
    if (Loc.isValid() && IfLoc.isValid())
      Blocks.Blocks.emplace_back(IfLoc, Loc);
  }

private:
  ConditionalBlocks &Blocks;
};

namespace {

bool holds(SourceRange Block, SourceLocation L, const SourceManager &SM) {
  return SM.getFileID(Block.getBegin()) == SM.getFileID(L) &&
         SM.isBeforeInTranslationUnit(Block.getBegin(), L) &&
         SM.isBeforeInTranslationUnit(L, Block.getEnd());
}

} // namespace

SourceLocation ConditionalBlocks::blockLeaving(SourceLocation Inside,
                                               SourceRange Around,
                                               const SourceManager &SM) const {
  Inside = SM.getFileLoc(Inside);
  SourceLocation Begin = SM.getFileLoc(Around.getBegin());
  SourceLocation End = SM.getFileLoc(Around.getEnd());
  for (SourceRange Block : Blocks)
    if (holds(Block, Inside, SM) &&
        !(holds(Block, Begin, SM) && holds(Block, End, SM)))
      return Block.getBegin();
  return {};
}

std::unique_ptr<PPCallbacks>
ConditionalBlocks::recorder(ConditionalBlocks &Blocks) {
  return std::make_unique<ConditionalRecorder>(Blocks);
}

} // namespace clang::tidy::static_state
