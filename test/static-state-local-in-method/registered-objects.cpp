// A static object of a polymorphic class whose only "write" is being handed,
// by address or reference, to a parameter typed as a polymorphic class is
// registered with an owner as an implementation of an interface (Poco's
// `static TestPasswordProvider tpp; FTPStreamFactory::setPasswordProvider(&tpp);`):
// the owner keeps its identity and lifetime, not the caller's state
// (IgnoreRegisteredObjects). A plain buffer handed to a filler, an object
// written in view as well, or a polymorphic object handed as `void *` is
// still reported.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreRegisteredObjects: false, static-state-local-in-method.FixStrategy: none}}"

#include <vector>

class PasswordProvider {
public:
  virtual ~PasswordProvider() = default;
  virtual const char *password(const char *host) = 0;
};
class Listener {
public:
  virtual ~Listener() = default;
  virtual void notify(int event) = 0;
};

class Factory {
public:
  static void setPasswordProvider(PasswordProvider *provider);
};
class Bus {
public:
  void addListener(Listener &listener);
};
void fill(std::vector<int> *out);
void keep(void *cookie);

class Client {
public:
  void usePasswords() {
    static FixedProvider provider;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:26: warning: static local variable 'provider' in instance method 'usePasswords' is written there
    Factory::setPasswordProvider(&provider);
  }
  void listen(Bus &bus) {
    static CountingListener listener;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:29: warning: static local variable 'listener' in instance method 'listen' is written there
    bus.addListener(listener);
  }

  // Still reported.
  void load() {
    static std::vector<int> buffer;
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static local variable 'buffer' in instance method 'load' is written there
    fill(&buffer);
  }
  void listenCounting(Bus &bus) {
    static CountingListener counted;
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static local variable 'counted' in instance method 'listenCounting' is written there
    counted.reset();
    bus.addListener(counted);
  }
  void remember() {
    static CountingListener opaque;
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static local variable 'opaque' in instance method 'remember' is written there
    keep(&opaque);
  }

private:
  class FixedProvider : public PasswordProvider {
  public:
    const char *password(const char *) override { return secret; }
    const char *secret = "secret";
  };
  class CountingListener : public Listener {
  public:
    void notify(int) override { ++events; }
    void reset() { events = 0; }
    int events = 0;
  };
};
