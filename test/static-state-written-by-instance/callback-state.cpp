// A static that a static member function uses, when the class hands that
// function out as a callback (its address given to sigaction, a thread
// library, a C API), is the callback's state: the callback runs with no
// object, so it cannot be per-instance (IgnoreCallbackState). doctest's
// saved signal actions; Qt's documented socket pair for Unix signals
// (FeatherPad's signalDaemon). A static function that is only called
// directly is no callback: its statics are still reported.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreCallbackState: false, static-state-written-by-instance.FixStrategy: none}}"

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

// The constructor saves the process's handler; the static handler it
// installs restores it.
class FatalHandler {
public:
  FatalHandler() {
    struct sigaction sa = {};
    sa.sa_handler = handleSignal;
    sigaction(SIGSEGV, &sa, &oldAction);
  }
  static void handleSignal(int) { sigaction(SIGSEGV, &oldAction, nullptr); }

private:
  static struct sigaction oldAction;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:27: warning: static member 'oldAction' is written by constructor 'FatalHandler'
};
struct sigaction FatalHandler::oldAction;

// doctest's FatalConditionHandler: the handler calls reset(), which restores
// what the constructor saved; reset() runs as part of the callback.
class ResettingHandler {
public:
  ResettingHandler() {
    struct sigaction sa = {};
    sa.sa_handler = handleSignal;
    sigaction(SIGABRT, &sa, &saved);
  }
  ~ResettingHandler() { reset(); }
  static void handleSignal(int) { reset(); }
  static void reset() { sigaction(SIGABRT, &saved, nullptr); }

private:
  static struct sigaction saved;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:27: warning: static member 'saved' is written by constructor 'ResettingHandler'
};
struct sigaction ResettingHandler::saved;

// Installed through a member function: `&Class::handler` counts the same.
class SignalDaemon {
public:
  SignalDaemon() { ::socketpair(AF_UNIX, SOCK_STREAM, 0, termFd); }
  void watch() {
    void (*handler)(int) = &SignalDaemon::termHandler;
    std::signal(SIGTERM, handler);
  }
  static void termHandler(int) {
    char a = 1;
    (void)::write(termFd[0], &a, 1);
  }

private:
  static int termFd[2];
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'termFd' is written by constructor 'SignalDaemon'
};
int SignalDaemon::termFd[2];

// Called directly, never handed out.
int print(int);
class Printer {
public:
  void set(int v) { last = v; }
  static void dump() { print(last); }
  void flush() { dump(); }

private:
  static int last;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'last' is written by instance method 'set'
};
int Printer::last;
