// A comment at the declaration that says the static is shared on purpose
// (SharingCommentPattern, default: shared, global, class-wide, process-wide,
// all/every instance(s)/object(s), "is/are static", "static because",
// "(static)", mutex, thread-safe(ty), data race(s), racy, as whole words,
// any case; the lock words are tested in local-in-method's copy of this test):
// the comment on its line, the block right above it or above the run of
// static declarations it stands in (FLTK's Fl_Help_View: "The following
// members are static because we need them only once during mouse events"),
// one blank line allowed (Fl_Message), or the definition's comment.
// A comment that says nothing of the kind, one above an ordinary member
// that ends the run, a word inside another (shared_ptr), or "static" that
// gives no reason (a section heading "---- static variables", "static so it
// is all zeros"), or a `//` inside a string literal is no documentation. (The CHECK lines stand above a plain member, which
// ends any run, so that their own text is no comment of a declaration.)
// An empty pattern turns the rule off; an invalid one is
// reported by name and the default is used.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.SharingCommentPattern: '', static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OWN %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.SharingCommentPattern: 'on purpose', static-state-written-by-instance.FixStrategy: none}}"
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' %s \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.SharingCommentPattern: '(unclosed'}}" \
// RUN:   -- 2>&1 | %FileCheck %s --check-prefix=BAD
// BAD: invalid regular expression '(unclosed' in option 'static-state-written-by-instance.SharingCommentPattern': {{.*}}; using its default
// BAD-NOT: static member 'push_first_'

class HelpView {
public:
  void handle(int pos) {
    push_first_ = pos;
    drag_last_ = pos + 1;
    mode_ = 1;
    cursor_ = pos + width_;
  }

private:
  // CHECK-MESSAGES-OFF: :[[@LINE+6]]:14: warning: static member 'push_first_' is written by instance method 'handle'
  // CHECK-MESSAGES-OWN: :[[@LINE+5]]:14: warning: static member 'push_first_' is written by instance method 'handle'
  // CHECK-MESSAGES-OFF: :[[@LINE+5]]:14: warning: static member 'drag_last_' is written by instance method 'handle'
  // CHECK-MESSAGES-OWN: :[[@LINE+4]]:14: warning: static member 'drag_last_' is written by instance method 'handle'
  int width_ = 0;
  // The following members are static because we need them only once during mouse events
  static int push_first_; ///< first character during mouse down
  static int drag_last_;  ///< last character during mouse drag
  // CHECK-MESSAGES-OFF: :[[@LINE+6]]:14: warning: static member 'mode_' is written by instance method 'handle'
  // CHECK-MESSAGES-OWN: :[[@LINE+5]]:14: warning: static member 'mode_' is written by instance method 'handle'
  // CHECK-MESSAGES: :[[@LINE+6]]:14: warning: static member 'cursor_' is written by instance method 'handle'
  // CHECK-MESSAGES-OFF: :[[@LINE+5]]:14: warning: static member 'cursor_' is written by instance method 'handle'
  // CHECK-MESSAGES-OWN: :[[@LINE+4]]:14: warning: static member 'cursor_' is written by instance method 'handle'
  int other_ = 0;
  static int mode_;       // Shared by every view: one mouse.
  int another_ = 0;       // an ordinary member ends the run above
  static int cursor_;     // cursor column while moving up or down
};
int HelpView::push_first_ = 0;
int HelpView::drag_last_ = 0;
int HelpView::mode_ = 0;
int HelpView::cursor_ = 0;

class Message {
public:
  void input(int n) {
    size_ = n;
    kept_ = n;
    owner_ = n + id_;
  }

private:
  // CHECK-MESSAGES-OFF: :[[@LINE+11]]:14: warning: static member 'size_' is written by instance method 'input'
  // CHECK-MESSAGES-OWN: :[[@LINE+10]]:14: warning: static member 'size_' is written by instance method 'input'
  // CHECK-MESSAGES: :[[@LINE+12]]:14: warning: static member 'kept_' is written by instance method 'input'
  // CHECK-MESSAGES-OFF: :[[@LINE+11]]:14: warning: static member 'kept_' is written by instance method 'input'
  // CHECK-MESSAGES: :[[@LINE+13]]:14: warning: static member 'owner_' is written by instance method 'input'
  // CHECK-MESSAGES-OFF: :[[@LINE+12]]:14: warning: static member 'owner_' is written by instance method 'input'
  // CHECK-MESSAGES-OWN: :[[@LINE+11]]:14: warning: static member 'owner_' is written by instance method 'input'
  int id_ = 0;
  // Note: since the dialogs are destroyed before input() returns, we
  // *need* to store the text in an internal (static) buffer.

  static int size_;
  int sep_ = 0;
  // kept on purpose
  static int kept_;
  int sep2_ = 0;
  // A std::shared_ptr would be nicer; statics are what we have.
  static int owner_;
};
int Message::size_ = 0;
int Message::kept_ = 0;
int Message::owner_ = 0;

// The comment at the out-of-line definition counts too.
class Pager {
public:
  void next() { last_ = ++page_; }

private:
  // CHECK-MESSAGES-OFF: :[[@LINE+3]]:14: warning: static member 'page_' is written by instance method 'next'
  // CHECK-MESSAGES-OWN: :[[@LINE+2]]:14: warning: static member 'page_' is written by instance method 'next'
  int last_ = 0;
  static int page_;
};
int Pager::page_ = 0; // one page counter for all objects

// ---- static variables

// "static" without a reason: a section heading, zero initialisation.
class Menu {
public:
  void popup(int t) {
    dummy_ = t;
    depth_ = t + open_;
  }

private:
  int open_ = 0;
  // CHECK-MESSAGES: :[[@LINE+3]]:14: warning: static member 'dummy_' is written by instance method 'popup'
  // CHECK-MESSAGES-OFF: :[[@LINE+2]]:14: warning: static member 'dummy_' is written by instance method 'popup'
  // CHECK-MESSAGES-OWN: :[[@LINE+1]]:14: warning: static member 'dummy_' is written by instance method 'popup'
  static int dummy_; // static so it is all zeros
  int sep_ = 0;
  // CHECK-MESSAGES: :[[@LINE+4]]:14: warning: static member 'depth_' is written by instance method 'popup'
  // CHECK-MESSAGES-OFF: :[[@LINE+3]]:14: warning: static member 'depth_' is written by instance method 'popup'
  // CHECK-MESSAGES-OWN: :[[@LINE+2]]:14: warning: static member 'depth_' is written by instance method 'popup'
  int sep2_ = 0;
  static int depth_;
};
// ---- static variables
int Menu::dummy_;

int Menu::depth_;

// A `//` inside a string literal after the declaration is no comment.
class Client {
public:
  void redirect(const char *to) { endpoint_ = to; }

private:
  int tries_ = 0;
  // CHECK-MESSAGES: :[[@LINE+3]]:22: warning: static member 'endpoint_' is written by instance method 'redirect'
  // CHECK-MESSAGES-OFF: :[[@LINE+2]]:22: warning: static member 'endpoint_' is written by instance method 'redirect'
  // CHECK-MESSAGES-OWN: :[[@LINE+1]]:22: warning: static member 'endpoint_' is written by instance method 'redirect'
  static const char *endpoint_;
};
const char *Client::endpoint_ = "http://shared.example/global";

// The name can say it too, read as words (`global_count_` is "global
// count", `allInstances` "all instances"); a word inside another
// (`globe`, `unshared`) says nothing.
class Sequence {
public:
  void next() { ++global_count_; ++allInstances; ++globe_; ++unshared_; }

private:
  int own_ = 0;
  // CHECK-MESSAGES-OFF: :[[@LINE+4]]:14: warning: static member 'global_count_' is written by instance method 'next'
  // CHECK-MESSAGES-OWN: :[[@LINE+3]]:14: warning: static member 'global_count_' is written by instance method 'next'
  // CHECK-MESSAGES-OFF: :[[@LINE+3]]:14: warning: static member 'allInstances' is written by instance method 'next'
  // CHECK-MESSAGES-OWN: :[[@LINE+2]]:14: warning: static member 'allInstances' is written by instance method 'next'
  static int global_count_;
  static int allInstances;
  int own2_ = 0;
  // CHECK-MESSAGES: :[[@LINE+6]]:14: warning: static member 'globe_' is written by instance method 'next'
  // CHECK-MESSAGES-OFF: :[[@LINE+5]]:14: warning: static member 'globe_' is written by instance method 'next'
  // CHECK-MESSAGES-OWN: :[[@LINE+4]]:14: warning: static member 'globe_' is written by instance method 'next'
  // CHECK-MESSAGES: :[[@LINE+4]]:14: warning: static member 'unshared_' is written by instance method 'next'
  // CHECK-MESSAGES-OFF: :[[@LINE+3]]:14: warning: static member 'unshared_' is written by instance method 'next'
  // CHECK-MESSAGES-OWN: :[[@LINE+2]]:14: warning: static member 'unshared_' is written by instance method 'next'
  static int globe_;
  static int unshared_;
};
int Sequence::global_count_, Sequence::allInstances, Sequence::globe_,
    Sequence::unshared_;
