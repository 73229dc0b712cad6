#ifndef CHAIN_WIDGET_H
#define CHAIN_WIDGET_H
class Widget {
public:
  int id = 0;
};
#endif
