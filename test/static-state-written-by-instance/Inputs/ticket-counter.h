// A class in a header: another file that includes it may read or reset the
// counter, so how it is used is not all in view.
class HeaderTicket {
public:
  int take() { return ++nextTicketId; }
private:
  static int nextTicketId;
};
