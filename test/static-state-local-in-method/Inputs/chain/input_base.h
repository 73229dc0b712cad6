#ifndef CHAIN_INPUT_BASE_H
#define CHAIN_INPUT_BASE_H
#include "widget.h"
class InputBase : public Widget {};
#endif
