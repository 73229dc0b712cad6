// ContainerTypes that selects nothing (empty, only separators, only invalid
// expressions) would turn the check off without a word: it is reported and
// the default list is used. The shared options are validated per check, and
// invalid values of the two this check reads keep their defaults.
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-unbounded-growth' %s \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false, static-state-unbounded-growth.ContainerTypes: ''}}" -- -std=c++17 2>&1 \
// RUN:   | %FileCheck %s --check-prefixes=EMPTY,FOUND --implicit-check-not='[clang-tidy-config]'
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-unbounded-growth' %s \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false, static-state-unbounded-growth.ContainerTypes: ' ; ;'}}" -- -std=c++17 2>&1 \
// RUN:   | %FileCheck %s --check-prefixes=SEPARATORS,FOUND --implicit-check-not='[clang-tidy-config]'
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-unbounded-growth' %s \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false, static-state-unbounded-growth.ContainerTypes: 'bad((;[', static-state-unbounded-growth.IgnoreLazyInitialization: nope, static-state-unbounded-growth.IgnorePrunedRegistries: '', static-state-unbounded-growth.LockTypes: '::'}}" -- -std=c++17 2>&1 \
// RUN:   | %FileCheck %s --check-prefixes=INVALID,FOUND --implicit-check-not='[clang-tidy-config]'
// RUN: %check_static_state %s static-state-unbounded-growth %t -- \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false, static-state-unbounded-growth.ContainerTypes: 'bad((;[', static-state-unbounded-growth.IgnoreLazyInitialization: nope, static-state-unbounded-growth.IgnorePrunedRegistries: ''}}"
// RUN: %check_static_state %s static-state-unbounded-growth %t -- \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false, static-state-unbounded-growth.ContainerTypes: ''}}"
//
// EMPTY: warning: invalid configuration value '' for option 'static-state-unbounded-growth.ContainerTypes'; expected a non-empty list of regular expressions; using its default [clang-tidy-config]
// SEPARATORS: warning: invalid configuration value ' ; ;' for option 'static-state-unbounded-growth.ContainerTypes'; expected a non-empty list of regular expressions; using its default [clang-tidy-config]
// INVALID-DAG: warning: invalid regular expression 'bad((' in option 'static-state-unbounded-growth.ContainerTypes': {{.+}}; the entry is ignored [clang-tidy-config]
// INVALID-DAG: warning: invalid regular expression '[' in option 'static-state-unbounded-growth.ContainerTypes': {{.+}}; the entry is ignored [clang-tidy-config]
// INVALID-DAG: warning: option 'static-state-unbounded-growth.ContainerTypes' has no valid entry; using its default [clang-tidy-config]
// INVALID-DAG: warning: invalid configuration value 'nope' for option 'static-state-unbounded-growth.IgnoreLazyInitialization'; expected a bool [clang-tidy-config]
// INVALID-DAG: warning: invalid configuration value '' for option 'static-state-unbounded-growth.IgnorePrunedRegistries'; expected a bool [clang-tidy-config]
// INVALID-DAG: warning: invalid type name '::' in option 'static-state-unbounded-growth.LockTypes': {{.+}} [clang-tidy-config]
// INVALID-DAG: warning: option 'static-state-unbounded-growth.LockTypes' has no valid entry; using its default [clang-tidy-config]
// FOUND: options-invalid.cpp:[[@LINE+5]]:18: warning: global 'g_log' only ever grows

#include <set>
#include <vector>

std::vector<int> g_log;
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: global 'g_log' only ever grows
void record(int v) { g_log.push_back(v); }

// Filled once (IgnoreLazyInitialization) and pruned by the destructor
// (IgnorePrunedRegistries): bounded, as by default.
const std::vector<int> &table() {
  static std::vector<int> t;
  if (t.empty())
    t.push_back(1);
  return t;
}
class Node {
public:
  Node() { s_all.insert(this); }
  ~Node() { s_all.erase(this); }
private:
  static std::set<Node *> s_all;
};
std::set<Node *> Node::s_all;
