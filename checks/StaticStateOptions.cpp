//===- StaticStateOptions.cpp - the options every check shares ------------===//
//
// The base check's constructor reads the options the three checks have in
// common, reports an invalid value by the option's name (a
// [clang-tidy-config] warning) and falls back to the default; storeOptions
// writes them back for --dump-config.
//
//===----------------------------------------------------------------------===//

#include "StaticStateCheck.h"

#include "clang/Basic/CharInfo.h"
#include "llvm/ADT/STLExtras.h"
#include <cstdlib>

namespace clang::tidy::static_state {

namespace {

// Types whose whole point is to be shared between threads and instances.
constexpr llvm::StringLiteral DefaultIgnoredTypes =
    "std::atomic.*;std::atomic_flag;std::atomic_ref.*;"
    "std::(recursive_|timed_|recursive_timed_|shared_|shared_timed_)?mutex;"
    "std::once_flag;std::condition_variable(_any)?;"
    "std::(counting|binary)_semaphore.*;std::latch;std::barrier.*;"
    "pthread_(mutex|rwlock|spinlock|once|cond)_t;"
    // Flags shared with signal handlers or hardware: volatile on purpose.
    "sig_atomic_t;volatile .*;"
    "(.*::)?Atomic[A-Za-z0-9_]*(<.*>)?;(.*::)?[A-Za-z0-9_]*Mutex(<.*>)?;"
    "(.*::)?[A-Za-z0-9_]*Spin[Ll]ock(<.*>)?;"
    // A slot per thread by design (Poco::ThreadLocal, folly::ThreadLocal).
    "(.*::)?ThreadLocal[A-Za-z0-9_]*(<.*>)?;boost::thread_specific_ptr<.*>";

constexpr llvm::StringLiteral DefaultLockTypes =
    "std::lock_guard;std::unique_lock;std::scoped_lock;std::shared_lock";

constexpr llvm::StringLiteral DefaultTestFixtureBases =
    "::testing::Test;::CppUnit::TestCase;::CppUnit::TestFixture";

// Words a comment uses when it says a static is shared on purpose (FLTK:
// "The following members are static because we need them only once",
// "an internal (static) buffer"). "static" alone is no reason: "// ----
// static variables" heads a section, "static so it is all zeros" is about
// zero initialisation.
constexpr llvm::StringLiteral DefaultSharingCommentPattern =
    "[[:<:]](shared|global|class-wide|process-wide|all instances|"
    "all objects|every instance|every object|(is|are|be|kept|made) static|"
    "static (because|on purpose|by design)|"
    // Weighing locks or thread safety for it: every thread shares it.
    "mutex|thread[- ]?safe|thread[- ]?safety|data races?|racy)[[:>:]]|"
    "\\(static\\)";

/// The default of a path option that a wrapper running both passes sets
/// for its clang-tidy processes: --config would hide the project's
/// .clang-tidy files.
std::string environmentDefault(const char *Variable) {
  const char *Value = std::getenv(Variable);
  return Value ? Value : "";
}

/// `std::lock_guard`, `::absl::MutexLock`: what LockTypes entries are
/// compared with (a class's qualified name, no template arguments).
bool isQualifiedClassName(llvm::StringRef Name) {
  Name.consume_front("::");
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::", -1, /*KeepEmpty=*/true);
  return llvm::all_of(Parts, [](llvm::StringRef P) {
    return isValidAsciiIdentifier(P);
  });
}

} // namespace

StaticStateCheck::StaticStateCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      IgnoredTypesOption(Options.get("IgnoredTypes", DefaultIgnoredTypes)),
      LockTypesOption(Options.get("LockTypes", DefaultLockTypes)),
      TestFixtureBasesOption(
          Options.get("TestFixtureBases", DefaultTestFixtureBases)),
      SharingCommentOption(Options.get("SharingCommentPattern",
                                       DefaultSharingCommentPattern)),
      LockTypesByShape(Options.get("LockTypesByShape", true)),
      IgnoreGuardedWrites(Options.get("IgnoreGuardedWrites", true)),
      IgnoreInstanceCounters(Options.get("IgnoreInstanceCounters", true)),
      IgnoreIdGenerators(Options.get("IgnoreIdGenerators", true)),
      IgnoreSelfRegistration(Options.get("IgnoreSelfRegistration", true)),
      IgnorePrunedRegistries(Options.get("IgnorePrunedRegistries", true)),
      IgnoreLazyInitialization(Options.get("IgnoreLazyInitialization", true)),
      IgnoreWarnOnceLatches(Options.get("IgnoreWarnOnceLatches", true)),
      IgnoreClassWideTallies(Options.get("IgnoreClassWideTallies", true)),
      IgnoreClassLevelSettings(Options.get("IgnoreClassLevelSettings", true)),
      IgnoreUsesByClassName(Options.get("IgnoreUsesByClassName", true)),
      IgnoreSingletonClasses(Options.get("IgnoreSingletonClasses", true)),
      IgnoreMacroDeclaredStatics(
          Options.get("IgnoreMacroDeclaredStatics", true)),
      IgnoreCallbackState(Options.get("IgnoreCallbackState", true)),
      IgnoreRegisteredObjects(Options.get("IgnoreRegisteredObjects", true)),
      IgnoreScopedFlags(Options.get("IgnoreScopedFlags", true)),
      IgnoreHighWaterMarks(Options.get("IgnoreHighWaterMarks", true)),
      IgnoreThreadLocal(Options.get("IgnoreThreadLocal", true)),
      IgnoreWriteOnlyStatics(Options.get("IgnoreWriteOnlyStatics", true)),
      IgnorePrintedCounts(Options.get("IgnorePrintedCounts", true)),
      IgnoreAssertionSinks(Options.get("IgnoreAssertionSinks", true)),
      IgnoreObjectFreeCaches(Options.get("IgnoreObjectFreeCaches", true)),
      IgnoreConstantStores(Options.get("IgnoreConstantStores", true)),
      IgnoreSettingsReadByName(Options.get("IgnoreSettingsReadByName", true)),
      IgnoreLookupTables(Options.get("IgnoreLookupTables", true)),
      ClassWideNamesFile(Options.get(
          "ClassWideNamesFile",
          environmentDefault("STATIC_STATE_TIDY_CLASS_WIDE_NAMES"))),
      RecordClassWideNamesTo(Options.get(
          "RecordClassWideNamesTo",
          environmentDefault("STATIC_STATE_TIDY_RECORD_CLASS_WIDE_NAMES"))),
      IgnoreRandomEngines(Options.get("IgnoreRandomEngines", true)),
      IgnoreAtomicLikeTypes(Options.get("IgnoreAtomicLikeTypes", true)),
      MaxWriteNotes(Options.get("MaxWriteNotes", 3U)),
      Strategy(Options.get("FixStrategy", FixStrategy::Auto)),
      InitStyle(Options.get("InitializationStyle",
                            InitializationStyle::DefaultMemberInitializer)),
      MaxMovedObjectBytes(Options.get("MaxMovedObjectBytes", uint64_t(65536))),
      FixClassesInHeaders(Options.get("FixClassesInHeaders", true)),
      TidyContext(Context), CheckName(Name) {
  parseTypeNameOption("IgnoredTypes", IgnoredTypesOption, DefaultIgnoredTypes,
                      IgnoredTypes, EmptyList::Allowed);
  parseClassNameList("LockTypes", LockTypesOption, DefaultLockTypes,
                     LockTypes);
  parseClassNameList("TestFixtureBases", TestFixtureBasesOption,
                     DefaultTestFixtureBases, TestFixtureBases);
  parseSharingComment();
  if (!ClassWideNamesFile.empty())
    if (std::string Why = KnownClassWide.load(ClassWideNamesFile); !Why.empty())
      configurationDiag("cannot read '%0' (option '%1'): %2; no statics are "
                        "taken from it")
          << ClassWideNamesFile << optionName("ClassWideNamesFile") << Why;
}

void StaticStateCheck::parseSharingComment() {
  if (llvm::StringRef(SharingCommentOption).trim().empty())
    return; // empty: comments are not read
  SharingComment.emplace(SharingCommentOption, llvm::Regex::IgnoreCase);
  std::string Error;
  if (SharingComment->isValid(Error))
    return;
  configurationDiag("invalid regular expression '%0' in option '%1': %2; "
                    "using its default")
      << SharingCommentOption << optionName("SharingCommentPattern") << Error;
  SharingComment.emplace(DefaultSharingCommentPattern,
                         llvm::Regex::IgnoreCase);
}

std::string StaticStateCheck::optionName(llvm::StringRef LocalName) const {
  return (CheckName + "." + LocalName).str();
}

void StaticStateCheck::parseTypeNameOption(llvm::StringRef LocalName,
                                           llvm::StringRef Value,
                                           llvm::StringRef Default,
                                           TypeNameFilter &Filter,
                                           EmptyList Empty) {
  for (const auto &[Pattern, Error] : Filter.parse(Value))
    configurationDiag("invalid regular expression '%0' in option '%1': %2; "
                      "the entry is ignored")
        << Pattern << optionName(LocalName) << Error;
  if (!Filter.empty())
    return;
  if (!splitList(Value).empty())
    configurationDiag("option '%0' has no valid entry; using its default")
        << optionName(LocalName);
  else if (Empty == EmptyList::UseDefault)
    configurationDiag("invalid configuration value '%0' for option '%1'; "
                      "expected a non-empty list of regular expressions; "
                      "using its default")
        << Value << optionName(LocalName);
  else
    return;
  Filter.parse(Default);
}

void StaticStateCheck::parseClassNameList(llvm::StringRef LocalName,
                                          llvm::StringRef Value,
                                          llvm::StringRef Default,
                                          std::vector<std::string> &Out) {
  std::vector<std::string> Listed = splitList(Value);
  for (std::string &Name : Listed) {
    if (isQualifiedClassName(Name)) {
      Out.push_back(std::move(Name));
      continue;
    }
    configurationDiag("invalid type name '%0' in option '%1': expected a "
                      "qualified class name such as 'std::lock_guard', "
                      "without template arguments; the entry is ignored")
        << Name << optionName(LocalName);
  }
  if (Out.empty() && !Listed.empty()) {
    configurationDiag("option '%0' has no valid entry; using its default")
        << optionName(LocalName);
    Out = splitList(Default);
  }
}

void StaticStateCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "IgnoredTypes", IgnoredTypesOption);
  Options.store(Opts, "LockTypes", LockTypesOption);
  Options.store(Opts, "TestFixtureBases", TestFixtureBasesOption);
  Options.store(Opts, "SharingCommentPattern", SharingCommentOption);
  Options.store(Opts, "LockTypesByShape", LockTypesByShape);
  Options.store(Opts, "IgnoreGuardedWrites", IgnoreGuardedWrites);
  Options.store(Opts, "IgnoreInstanceCounters", IgnoreInstanceCounters);
  Options.store(Opts, "IgnoreIdGenerators", IgnoreIdGenerators);
  Options.store(Opts, "IgnoreSelfRegistration", IgnoreSelfRegistration);
  Options.store(Opts, "IgnorePrunedRegistries", IgnorePrunedRegistries);
  Options.store(Opts, "IgnoreLazyInitialization", IgnoreLazyInitialization);
  Options.store(Opts, "IgnoreWarnOnceLatches", IgnoreWarnOnceLatches);
  Options.store(Opts, "IgnoreClassWideTallies", IgnoreClassWideTallies);
  Options.store(Opts, "IgnoreClassLevelSettings", IgnoreClassLevelSettings);
  Options.store(Opts, "IgnoreUsesByClassName", IgnoreUsesByClassName);
  Options.store(Opts, "IgnoreSingletonClasses", IgnoreSingletonClasses);
  Options.store(Opts, "IgnoreMacroDeclaredStatics", IgnoreMacroDeclaredStatics);
  Options.store(Opts, "IgnoreCallbackState", IgnoreCallbackState);
  Options.store(Opts, "IgnoreRegisteredObjects", IgnoreRegisteredObjects);
  Options.store(Opts, "IgnoreScopedFlags", IgnoreScopedFlags);
  Options.store(Opts, "IgnoreHighWaterMarks", IgnoreHighWaterMarks);
  Options.store(Opts, "IgnoreThreadLocal", IgnoreThreadLocal);
  Options.store(Opts, "IgnoreWriteOnlyStatics", IgnoreWriteOnlyStatics);
  Options.store(Opts, "IgnorePrintedCounts", IgnorePrintedCounts);
  Options.store(Opts, "IgnoreAssertionSinks", IgnoreAssertionSinks);
  Options.store(Opts, "IgnoreObjectFreeCaches", IgnoreObjectFreeCaches);
  Options.store(Opts, "IgnoreConstantStores", IgnoreConstantStores);
  Options.store(Opts, "IgnoreSettingsReadByName", IgnoreSettingsReadByName);
  Options.store(Opts, "IgnoreLookupTables", IgnoreLookupTables);
  Options.store(Opts, "ClassWideNamesFile", ClassWideNamesFile);
  Options.store(Opts, "RecordClassWideNamesTo", RecordClassWideNamesTo);
  Options.store(Opts, "IgnoreRandomEngines", IgnoreRandomEngines);
  Options.store(Opts, "IgnoreAtomicLikeTypes", IgnoreAtomicLikeTypes);
  Options.store(Opts, "MaxWriteNotes", MaxWriteNotes);
  Options.store(Opts, "FixStrategy", Strategy);
  Options.store(Opts, "InitializationStyle", InitStyle);
  Options.store(Opts, "MaxMovedObjectBytes", MaxMovedObjectBytes);
  Options.store(Opts, "FixClassesInHeaders", FixClassesInHeaders);
}

} // namespace clang::tidy::static_state
