// main() of every Arcwise fuzz binary. In its own object file so that a binary with a main() of
// its own can still link the runtime (the archive member is only pulled in when main is missing).

#include "driver.h"

int main(int argc, char** argv) {
    return arcwise::runtime::run_main(argc, argv);
}
