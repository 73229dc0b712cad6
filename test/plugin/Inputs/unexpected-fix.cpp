// CHECK-MESSAGES: :[[@LINE+1]]:60: warning: static member 'n'
class C { void f() { ++n; } void g() { n = 1; } static int n; };
int C::n;
// The fix applies but no CHECK-FIXES expects it: the harness must fail.
