// A static returned by non-const reference or pointer only because the
// signature is not the class's choice (an override of a virtual function
// whose base returns `Context &`, a conversion function's target type) is
// handed out, not written: with no other write in view it is not reported.
// A hand-out by the class's own non-virtual function, and an override that
// also writes the static, still are.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

struct Context {
  virtual ~Context() = default;
  int uses = 0;
};
struct Stream {
  virtual ~Stream() = default;
  virtual Context &context() = 0;
};

// oatpp's stream classes: one default context, the base asks for Context&.
class FileStream : public Stream {
public:
  Context &context() override { return DEFAULT_CONTEXT; }

private:
  static Context DEFAULT_CONTEXT;
};
Context FileStream::DEFAULT_CONTEXT;

// A conversion to a mutable pointer.
class Name {
public:
  operator char *() const { return Fallback; }

private:
  static char Fallback[8];
};
char Name::Fallback[8] = "none";

// The class's own choice to hand out a mutable reference (picojson's null
// value): every caller may write the one object.
class Value {
public:
  Value &get(int key) { return key ? *this : Null; }
  int number = 0;

private:
  static Value Null;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static member 'Null' is written by instance method 'get'
};
Value Value::Null;
Value g_value; // a second object: Null is not the class's only one

// The override writes it too.
class CountingStream : public Stream {
public:
  Context &context() override {
    ++COMMON.uses;
    return COMMON;
  }

private:
  static Context COMMON;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: static member 'COMMON' is written by instance method 'context'
};
Context CountingStream::COMMON;
