// A behaviour test whose program already exits 0: the harness must fail.
int main() { return 0; }
