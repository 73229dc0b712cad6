// The class lives in a header, its members in this file: the header and the
// source are edited together, and the result compiles.
// RUN: %check_static_state --header %S/Inputs/registry.h --header-filter='.*registry.h' %s static-state-written-by-instance %t

#include "registry.h"

std::vector<std::string> Registry::names;

void Registry::add(const std::string &name) { names.push_back(name); }
std::size_t Registry::size() const { return names.size(); }
// CHECK-MESSAGES: registry.h:11:35: warning: static member 'names' is written by instance method 'add'; every 'Registry' object shares it

// CHECK-FIXES-NOT: Registry::names
// CHECK-FIXES: {{^}}void Registry::add(const std::string &name) { names.push_back(name); }{{$}}
