// An object made in a static buffer by placement new writes the buffer
// (rapidjson's `static char buffer[sizeof(ValueType)]; return *new (buffer)
// ValueType();`). A reference to the object made there is a reference into
// the buffer: returned, it outlives the call, so the buffer gets no fix.
// RUN: %check_static_state %s static-state-local-in-method %t

#include <new>

struct Value {
  int x = 0;
};

struct Document {
  Value &nullValue() {
    static char buffer[sizeof(Value)];
    // CHECK-NOTES: :[[@LINE-1]]:17: warning: static local variable 'buffer' in instance method 'nullValue' is written there; every 'Document' object shares it
    // CHECK-NOTES: :[[@LINE+2]]:13: note: an object is made in it here by placement new
    // CHECK-NOTES: :[[@LINE-3]]:17: note: no automatic fix: as a member 'buffer' would die with its object, but it is returned by reference
    return *new (buffer) Value();
  }
  int scratch(int v) {
    alignas(Value) static unsigned char raw[sizeof(Value)];
    // CHECK-NOTES: :[[@LINE-1]]:41: warning: static local variable 'raw' in instance method 'scratch' is written there
    // CHECK-NOTES: :[[@LINE+3]]:16: note: an object is made in it here by placement new
    // CHECK-NOTES: :[[@LINE-3]]:41: note: make 'raw' a per-instance member of 'Document'
    // CHECK-NOTES: :[[@LINE-4]]:41: note: alternatively, make 'raw' a plain local variable
    Value *p = new (raw) Value();
    p->x = v;
    return p->x;
  }
};
// CHECK-FIXES: {{^}}  int scratch(int v) {{{$}}
// CHECK-FIXES: {{^}}    Value *p = new (raw) Value();{{$}}
// CHECK-FIXES: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  alignas(Value) unsigned char raw[sizeof(Value)]{};{{$}}
