// A header that calls a function the including file defines: its callers
// are not all in the main file.
void enrolFromHeader();
inline void reEnrol() { enrolFromHeader(); }
