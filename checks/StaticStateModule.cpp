//===- StaticStateModule.cpp - the static-state clang-tidy module ---------===//
//
// Registers the checks under the prefix `static-state-`. Loaded into
// clang-tidy with --load; refuses to run inside a clang-tidy of another
// major version, whose ABI it was not built for.
//
//===----------------------------------------------------------------------===//

#include "LocalInMethodCheck.h"
#include "UnboundedGrowthCheck.h"
#include "WrittenByInstanceCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang/Basic/Version.h"
#if CLANG_VERSION_MAJOR < 22
// Before LLVM 22 the registry lived in its own header.
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif
#include <cstdio>
#include <cstdlib>
#include <string>

namespace clang::tidy::static_state {

namespace {

/// Runs before the module registers itself. clang::getClangFullVersion()
/// resolves to the host clang-tidy's own copy, so it tells the version of
/// the process that loaded us, while CLANG_VERSION_MAJOR is what we were
/// compiled against. A mismatch would otherwise fail silently or crash.
struct HostVersionGuard {
  HostVersionGuard() {
    std::string Host = clang::getClangFullVersion();
    std::string Marker = "version ";
    size_t At = Host.find(Marker);
    if (At == std::string::npos)
      return;
    unsigned HostMajor = std::strtoul(Host.c_str() + At + Marker.size(),
                                      nullptr, 10);
    if (HostMajor == 0 || HostMajor == CLANG_VERSION_MAJOR)
      return;
    std::fprintf(stderr,
                 "error: the static-state-tidy plugin was built for "
                 "clang-tidy %d but is loaded into clang-tidy %u (%s); load "
                 "the plugin built against LLVM %u (installed under "
                 "lib/static-state-tidy/llvm-%u/), or run clang-tidy-%d\n",
                 CLANG_VERSION_MAJOR, HostMajor, Host.c_str(), HostMajor,
                 HostMajor, CLANG_VERSION_MAJOR);
    std::fflush(stderr);
    // We are inside dlopen(): exit() would run other libraries' destructors
    // under the loader lock.
    std::_Exit(1);
  }
};
HostVersionGuard Guard;

} // namespace

class StaticStateModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<WrittenByInstanceCheck>(
        "static-state-written-by-instance");
    Factories.registerCheck<LocalInMethodCheck>("static-state-local-in-method");
    Factories.registerCheck<UnboundedGrowthCheck>(
        "static-state-unbounded-growth");
  }
};

} // namespace clang::tidy::static_state

namespace clang::tidy {
// Registration sits after the version guard: static initialisers in one
// translation unit run in order.
static ClangTidyModuleRegistry::Add<static_state::StaticStateModule>
    StaticStateModuleRegistration("static-state-module",
                                  "Finds state shared by every instance of a "
                                  "class that looks per-instance.");
} // namespace clang::tidy
