#include "executor.h"

#include "crash.h"
#include "engine/features.h"
#include "engine/serialize.h"
#include "hooks_state.h"
#include "value_profile.h"

#include <algorithm>

namespace arcwise::runtime {

engine::ExecResult InProcessExecutor::execute(const engine::ChoiceSequence& input,
                                              std::vector<uint32_t>& features) {
    if (target_.takes_bytes) {
        const std::string* data = input.is_single_bytes() ? &input.choices[0].data : nullptr;
        if (data)
            input_.set(data->data(), data->size(), /*serialized=*/false, runs_++);
        else
            input_.set("", 0, /*serialized=*/false, runs_++);
    } else {
        scratch_ = engine::serialize(input);
        input_.set(scratch_.data(), scratch_.size(), /*serialized=*/true, runs_++);
    }
    Coverage::begin_stack_depth();
    CrashHandler::begin_run();
    engine::ExecResult result = target_.run(input);
    CrashHandler::end_run();
    Coverage::instance().collect(features);
    if (hooks().value_profile) [[unlikely]] {
        // Value-profile features sort below the stack-depth feature collect() may have ended with.
        const bool depth = !features.empty() && features.back() >= engine::kExtraFeatureBase;
        const uint32_t last = depth ? features.back() : 0;
        if (depth)
            features.pop_back();
        collect_value_profile(features);
        if (depth)
            features.push_back(last);
    }
    if (!result.extra_features.empty()) {
        features.insert(features.end(), result.extra_features.begin(),
                        result.extra_features.end());
        std::sort(features.begin(), features.end());
        features.erase(std::unique(features.begin(), features.end()), features.end());
    }
    return result;
}

} // namespace arcwise::runtime
