// A class-wide setting the class's own static API sets (FLTK's
// Fl_Message::message_position(x, y) stores form_x_ for the next dialog,
// which consumes it and resets it): shared on purpose (IgnoreClassLevelSettings).
// So is a class-level resource that a static member function makes and
// instances only release. A static function that only resets, instance code
// that grows the static or stores a new value in it, or a static that
// instances release but nothing static makes, is no setting.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreClassLevelSettings: false, static-state-written-by-instance.FixStrategy: none}}"

#include <vector>

void place(int x, int y);

class Dialog {
public:
  static void message_position(int x, int y, bool center) {
    form_x_ = x;
    form_y_ = y;
    form_position_ = center ? 2 : 1;
  }
  void show(int w) {
    if (form_position_) {
      if (form_position_ == 2)
        form_x_ -= w / 2;
      place(form_x_, form_y_);
      form_x_ = form_y_ = form_position_ = 0; // consumed: the next dialog is free
    }
  }
private:
  static int form_x_;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'form_x_' is written by instance method 'show'
  static int form_y_;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'form_y_' is written by instance method 'show'
  static int form_position_;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'form_position_' is written by instance method 'show'
};
int Dialog::form_x_ = 0;
int Dialog::form_y_ = 0;
int Dialog::form_position_ = 0;

// A static function that only resets it is no setter: still per-instance
// state kept in the wrong place.
class Counter {
public:
  static void reset() { hits_ = 0; }
  void hit() { ++hits_; }
private:
  static int hits_;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'hits_' is written by instance method 'hit'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'hits_' is written by instance method 'hit'
};
int Counter::hits_ = 0;

// A setter, but every object appends to what it set: the list grows
// with the objects.
class Feed {
public:
  static void seed(const std::vector<int> &v) { items_ = v; }
  void add(int x) { items_.push_back(x); }
private:
  static std::vector<int> items_;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'items_' is written by instance method 'add'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:27: warning: static member 'items_' is written by instance method 'add'
};
std::vector<int> Feed::items_;

// A class-level resource: a static member function makes it, instances only
// release it (FLTK's unittest_images.cxx builds its images in a static
// build_imgs() and an instance's free_images() deletes them).
class ImageTest {
public:
  static ImageTest *create() {
    build();
    return new ImageTest;
  }
  void free_images() {
    delete[] pixels_;
    pixels_ = nullptr;
  }
private:
  static void build() { pixels_ = new int[16]; }
  static int *pixels_;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 'pixels_' is written by instance method 'free_images'
};
int *ImageTest::pixels_ = nullptr;

// Made by a static function, but an instance stores a new value of its own:
// per-object state in a shared place.
class Reloader {
public:
  static void prime() { cache_ = new int(0); }
  void reload(int v) {
    delete cache_;
    cache_ = new int(v);
  }
private:
  static int *cache_;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: static member 'cache_' is written by instance method 'reload'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:15: warning: static member 'cache_' is written by instance method 'reload'
};
int *Reloader::cache_ = nullptr;

// Released by instances, but nothing of the class's static API makes it.
class Borrower {
public:
  void attach(int *p) { target_ = p; }
  void detach() { target_ = nullptr; }
private:
  static int *target_;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: static member 'target_' is written by instance method 'attach'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:15: warning: static member 'target_' is written by instance method 'attach'
};
int *Borrower::target_ = nullptr;

// A registry a static factory fills, whose objects only clear their own slot
// (openddlparser's DDLNode: create() registers every node, the destructor
// sets its slot to null, a static releaseNodes() deletes them all).
class Node {
public:
  static Node *create() {
    Node *n = new Node(all_.size());
    all_.push_back(n);
    return n;
  }
  ~Node() {
    if (all_[idx_] == this)
      all_[idx_] = nullptr;
  }
private:
  explicit Node(std::size_t idx) : idx_(idx) {}
  std::size_t idx_;
  static std::vector<Node *> all_;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:30: warning: static member 'all_' is written by destructor '~Node'
};
std::vector<Node *> Node::all_;

// Filled by a static factory, but an instance puts itself in another slot:
// not a release.
class Slotted {
public:
  static void reserve() { slots_.push_back(nullptr); }
  void claim(std::size_t i) { slots_[i] = this; }
private:
  static std::vector<Slotted *> slots_;
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: static member 'slots_' is written by instance method 'claim'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:33: warning: static member 'slots_' is written by instance method 'claim'
};
std::vector<Slotted *> Slotted::slots_;
