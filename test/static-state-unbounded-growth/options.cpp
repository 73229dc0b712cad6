// RUN: %check_static_state %s static-state-unbounded-growth %t -- --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false}}"
// RUN: %check_static_state --check-suffixes=EXTRA %s static-state-unbounded-growth %t -- \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false, static-state-unbounded-growth.ContainerTypes: 'std::vector;RingLog'}}"
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-unbounded-growth' %s \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false, static-state-unbounded-growth.ContainerTypes: 'std::vector;bad(('}}" -- -std=c++17 2>&1 | %FileCheck %s --check-prefix=BAD
// BAD: warning: invalid regular expression 'bad((' in option 'static-state-unbounded-growth.ContainerTypes': {{.+}} [clang-tidy-config]

#include <set>
#include <vector>

// A project container: only reported when listed in ContainerTypes.
struct RingLog { void push_back(int) {} };
RingLog g_ring;
// CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:9: warning: global 'g_ring' only ever grows
void note(int v) { g_ring.push_back(v); }

std::set<int> g_ids;
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: global 'g_ids' only ever grows
void addId(int v) { g_ids.insert(v); }
