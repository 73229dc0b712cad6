#include "api.h"

void Api::fetch(int p) { data.push_back(p); }
int Api::count() const { return static_cast<int>(data.size()); }

std::vector<int> Api::data;
