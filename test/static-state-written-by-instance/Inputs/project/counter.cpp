#include "counter.h"

std::vector<int> Counter::log;

void Counter::add(int v) { log.push_back(v); }
std::size_t Counter::size() const { return log.size(); }
