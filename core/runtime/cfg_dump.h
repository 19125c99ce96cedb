#pragma once
// --cfg: the binary's control-flow graph as SanitizerCoverage compiled it in (the pc-table and
// the control-flow table of every instrumented module), printed as JSON for the workbench, which
// symbolises it and joins it with the coverage its workers report. Nothing is executed.

namespace arcwise::runtime {

// Prints {"version": 1, "modules": [{"path", "first_counter", "counted", "blocks": [[offset,
// entry]...], "arcs": [[from, to]...], "calls": [[from, callee]...]}]} to stdout. Blocks are
// numbered within their module: the first `counted` are the instrumented ones in counter order
// (block i has counter first_counter + i, the index coverage features are made of), the rest are
// blocks without a counter. Offsets are relative to the module's load address, as a symboliser
// reads them. A callee is the global counter of the called function's entry, -1 for an indirect
// call, -2 for a function outside the instrumented code. Returns the exit status.
int dump_control_flow();

} // namespace arcwise::runtime
