// RUN: %check_static_state %s static-state-written-by-instance %t -- --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreIdGenerators: false, static-state-written-by-instance.IgnoreInstanceCounters: false, static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,HDR --header %S/Inputs/ticket-counter.h --header-filter='.*ticket-counter.h' \
// RUN:   %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}" -- -I%S/Inputs -DWITH_HEADER

// Two shapes of an id generator: a constructor copies an increment into the
// new object's member, or (where every use is in view: a class of this
// file) every use is an increment whose value is handed out and the name
// says it numbers things (`return ++uniqueID;`). One per object would hand
// out the same ids twice.

#include <cstdio>
#include <string>

class Request {
public:
  Request() : id_(nextId++) {}
  explicit Request(std::string n) : id_(++nextId), name_(std::move(n)) {}
  int id() const { return id_; }
private:
  int id_;
  std::string name_;
  static int nextId;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'nextId' is written by constructor 'Request'
};

class Ticket {
  static unsigned long serial;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:24: warning: static member 'serial' is written by the default member initializer of 'number_'
  unsigned long number_ = serial++;
};

class Job {
public:
  Job() { id_ = ++lastId; }
  void retry() { id_ = ++lastId; } // outside construction, but only handed out
private:
  int id_;
  static int lastId;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'lastId' is written by constructor 'Job'
};

// QScintilla's style allocator: an init() helper that only the
// constructors call counts down and hands the number to the new object
// through its parameter.
class Style {
public:
  Style() { init(-1); }
  explicit Style(int style) { init(style); }
  int style() const { return style_nr; }
private:
  void init(int style) {
    if (style < 0 && next_style_nr > 32)
      style = next_style_nr--;
    style_nr = style;
  }
  int style_nr;
  static int next_style_nr;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'next_style_nr' is written by instance method 'init'
};
int Style::next_style_nr = 63;

// muduo's Thread: a helper only the constructor runs formats the number
// into a buffer that becomes the new object's default name. As a member,
// every unnamed thread would be "Thread1".
class Thread {
public:
  explicit Thread(std::string name = std::string()) : name_(std::move(name)) {
    setDefaultName();
  }
private:
  void setDefaultName() {
    int num = ++numCreated_;
    if (name_.empty()) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "Thread%d", num);
      name_ = buf;
    }
  }
  std::string name_;
  static int numCreated_;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'numCreated_' is written by instance method 'setDefaultName'
};
int Thread::numCreated_ = 0;

// The same number built into a string step by step.
class Worker {
public:
  Worker() { label(); }
private:
  void label() {
    int n = next_worker++;
    std::string s = "worker-";
    s += std::to_string(n);
    label_ = s;
  }
  std::string label_;
  static int next_worker;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'next_worker' is written by instance method 'label'
};
int Worker::next_worker = 0;

// The number formatted but only printed: nothing of the object keeps it.
class Printed {
public:
  Printed() { announce(); }
private:
  void announce() {
    int num = ++made;
    char buf[32];
    std::snprintf(buf, sizeof buf, "object %d", num);
    std::puts(buf);
    title_ = "untitled";
  }
  std::string title_;
  static int made;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'made' is written by instance method 'announce'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'made' is written by instance method 'announce'
};
int Printed::made = 0;

// The same helper, also run outside construction: it renumbers a live
// object, so the counter is state as well.
class Restyled {
public:
  Restyled() { init(-1); }
  void restyle() { init(-1); }
private:
  void init(int style) {
    if (style < 0)
      style = next_nr--;
    nr = style;
  }
  int nr;
  static int next_nr;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'next_nr' is written by instance method 'init'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'next_nr' is written by instance method 'init'
};

// Catch2's fixture example: a test fixture hands out fresh ids.
class UniqueTestsFixture {
protected:
  int getID() { return ++uniqueID; }
private:
  static int uniqueID;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'uniqueID' is written by instance method 'getID'
};
int UniqueTestsFixture::uniqueID = 0;

// The name of the function that hands it out says so too.
class Order {
public:
  long nextSerial() { return counter++; }
private:
  static long counter;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 'counter' is written by instance method 'nextSerial'
};

// The same shape without a numbering name: a page counter is state.
class ApiWrapper {
public:
  int fetchNext() { return fetch(++page); }
  int fetch(int p) { return p * 10; }
private:
  static int page;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'page' is written by instance method 'fetchNext'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'page' is written by instance method 'fetchNext'
};

// Read besides being handed out, reset, or stepped without taking the
// value: not only a source of ids.
class Peeked {
public:
  int take() { return ++nextId; }
  int peek() const { return nextId; }
private:
  static int nextId;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'nextId' is written by instance method 'take'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'nextId' is written by instance method 'take'
};
class Reset {
public:
  int take() { return ++serial; }
  void restart() { serial = 0; }
private:
  static int serial;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'serial' is written by instance method 'take'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'serial' is written by instance method 'take'
};
// A sequence number is one per connection: not an id by its name.
class Connection {
public:
  unsigned nextPacket() { return seq++; }
private:
  static unsigned seq;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: static member 'seq' is written by instance method 'nextPacket'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:19: warning: static member 'seq' is written by instance method 'nextPacket'
};
class Skipped {
public:
  int take() { ++uid; return uid; }
private:
  static int uid;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'uid' is written by instance method 'take'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'uid' is written by instance method 'take'
};

#ifdef WITH_HEADER
// A class of a header: other files may read or reset its counter.
#include "ticket-counter.h"
// CHECK-MESSAGES-HDR: ticket-counter.h:7:14: warning: static member 'nextTicketId' is written by instance method 'take'; every 'HeaderTicket' object shares it
#endif
