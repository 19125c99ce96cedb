#pragma once
// Command-line arguments for a fuzz binary's Arcwise modes, from the names declared once in
// core/protocol/runtime_contract.def.

#include "protocol/runtime_contract.h"

#include <QString>

namespace arcwise::campaign {

// "--name=value", as the runtime parses it.
inline QString runtime_option(const char* name, const QString& value) {
    return QStringLiteral("--") + QLatin1String(name) + QLatin1Char('=') + value;
}

} // namespace arcwise::campaign
