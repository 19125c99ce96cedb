#include "registry.h"

#include <map>

namespace arcwise::runtime {

std::vector<Target>& registered_targets() {
    static std::vector<Target> targets;
    return targets;
}

void register_target(Target target) {
    registered_targets().push_back(std::move(target));
}

namespace {

std::map<std::string, std::vector<SourceExample>>& examples() {
    static std::map<std::string, std::vector<SourceExample>> all;
    return all;
}

} // namespace

std::vector<SourceExample> source_examples(const std::string& target) {
    const auto it = examples().find(target);
    return it == examples().end() ? std::vector<SourceExample>{} : it->second;
}

void register_source_example(const std::string& target, SourceExample example) {
    examples()[target].push_back(std::move(example));
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
