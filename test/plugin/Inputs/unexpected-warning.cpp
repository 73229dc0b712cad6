// No CHECK-MESSAGES, but the check warns: the harness must fail.
class C { void f() { ++n; } void g() { n = 1; } static int n; };
