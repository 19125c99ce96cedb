// A libFuzzer harness whose own code leans on the C++ standard library: it splits the input into
// "key=value" records kept in a std::map of std::vector<std::string>, and checks them with the
// user's own branches. The CFG model's tests check that the library code inlined here (string,
// vector and map templates) is folded into the user's lines and never ranked.

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace stl_user {

std::map<std::string, std::vector<std::string>> parse_records(const std::string& text) {
    std::map<std::string, std::vector<std::string>> records;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find(';', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string record = text.substr(start, end - start);
        const size_t eq = record.find('=');
        if (eq != std::string::npos && eq > 0)
            records[record.substr(0, eq)].push_back(record.substr(eq + 1));
        start = end + 1;
    }
    return records;
}

int check(const std::map<std::string, std::vector<std::string>>& records) {
    int score = 0;
    const auto mode = records.find("mode");
    if (mode != records.end() && !mode->second.empty()) {
        if (mode->second.front() == "fast")
            score += 1;
        else if (mode->second.front() == "safe")
            score += 2;
    }
    const auto tags = records.find("tag");
    if (tags != records.end()) {
        if (tags->second.size() > 2)
            score += 4;
        for (const std::string& tag : tags->second)
            if (tag.size() > 8 && tag[0] == 'x')
                score += 8;
    }
    return score;
}

} // namespace stl_user

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto records = stl_user::parse_records(text);
    volatile int score = stl_user::check(records);
    (void)score;
    return 0;
}
