// A library function, reached through -isystem, whose parameter's default
// argument makes an object of the caller's class at each call.
template <typename T> int bumpDefault(T t = T()) { return t.bump(); }
