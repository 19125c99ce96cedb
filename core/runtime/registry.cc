#include "registry.h"

namespace arcwise::runtime {

std::vector<Target>& registered_targets() {
    static std::vector<Target> targets;
    return targets;
}

void register_target(Target target) {
    registered_targets().push_back(std::move(target));
}

const Target* find_target(const std::string& name) {
    auto& targets = registered_targets();
    if (name.empty())
        return targets.size() == 1 ? &targets[0] : nullptr;
    for (const auto& t : targets)
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace arcwise::runtime
