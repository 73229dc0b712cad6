// CHECK-MESSAGES: :[[@LINE+1]]:60: warning: static member 'n'
class C { void f() { ++n; } void g() { n = 1; } static int n; };
int C::n;
// CHECK-FIXES: static int n;
