// A counter every session shares; with InitializationStyle: constructor the
// member is initialised in each constructor. Exits 1 before, 0 after --fix.
// RUN: %check_static_state --run %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.InitializationStyle: constructor}}"

class Session {
public:
  Session() {}
  explicit Session(int bonus) { retries += bonus; }
  void retry() { retries += 2; }
  int count() const { return retries; }
private:
  static int retries;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'retries' is written by constructor 'Session'
};
int Session::retries = 1;

int main() {
  Session a(3), b;
  a.retry();
  b.retry();
  return b.count() == 3 ? 0 : 1;
}
// CHECK-FIXES: {{^}}  Session() : retries(1) {}{{$}}
// CHECK-FIXES-NEXT: {{^}}  explicit Session(int bonus) : retries(1) { retries += bonus; }{{$}}
