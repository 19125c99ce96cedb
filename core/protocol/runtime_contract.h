#pragma once
// The contract between the campaign and the runtime (runtime_contract.def) as constants. Qt-free:
// the runtime inside the user's binary and the campaign include the same names.

namespace arcwise::protocol::contract {

// Mode switches: kMode<Id> is the whole argument ("--worker").
#define ARCWISE_MODE(id, flag, help) inline constexpr const char* kMode##id = flag;
#include "runtime_contract.def"
#undef ARCWISE_MODE

// Options with a value: kOption<Id> is the name without dashes ("shrink-calls"); the argument
// is "--" + name + "=" + value.
#define ARCWISE_OPTION(id, name, value, help) inline constexpr const char* kOption##id = name;
#include "runtime_contract.def"
#undef ARCWISE_OPTION

// Environment variables.
#define ARCWISE_ENV(id, name, help) inline constexpr const char* kEnv##id = name;
#include "runtime_contract.def"
#undef ARCWISE_ENV

// Exit statuses.
#define ARCWISE_EXIT(id, code, help) inline constexpr int kExit##id = code;
#include "runtime_contract.def"
#undef ARCWISE_EXIT

} // namespace arcwise::protocol::contract
