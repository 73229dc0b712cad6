// RUN: %check_static_state %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreIdGenerators: false, static-state-written-by-instance.IgnoreInstanceCounters: false}}"

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
  void retry() { id_ = ++lastId; } // handed out outside construction
private:
  int id_;
  static int lastId;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'lastId' is written by constructor 'Job'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'lastId' is written by constructor 'Job'
};
