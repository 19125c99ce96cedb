#include "report.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace arcwise::runtime {

std::pair<std::string, std::string> split_draw(const std::string& draw) {
    const size_t sep = draw.find('\x1f');
    if (sep == std::string::npos)
        return {draw, ""};
    return {draw.substr(0, sep), draw.substr(sep + 1)};
}

std::string quote_bytes(std::string_view data) {
    std::string out = "\"";
    for (unsigned char c : data) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c >= 0x20 && c < 0x7F) {
                out += char(c);
            } else {
                const char octal[] = {'\\', char('0' + (c >> 6)), char('0' + ((c >> 3) & 7)),
                                      char('0' + (c & 7)), '\0'};
                out += octal;
            }
        }
    }
    return out + "\"";
}

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += char(c);
        }
    }
    return out + "\"";
}

std::string base64(std::string_view data) {
    static const char* kAlphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    size_t i = 0;
    for (; i + 2 < data.size(); i += 3) {
        const uint32_t v =
            uint8_t(data[i]) << 16 | uint8_t(data[i + 1]) << 8 | uint8_t(data[i + 2]);
        for (int shift : {18, 12, 6, 0})
            out += kAlphabet[(v >> shift) & 63];
    }
    if (i + 1 == data.size()) {
        const uint32_t v = uint8_t(data[i]) << 16;
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
        out += "==";
    } else if (i + 2 == data.size()) {
        const uint32_t v = uint8_t(data[i]) << 16 | uint8_t(data[i + 1]) << 8;
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += '=';
    }
    return out;
}

namespace {

std::vector<std::pair<std::string, std::string>> draws_of(const FailureSummary& f) {
    std::vector<std::pair<std::string, std::string>> draws;
    if (f.takes_bytes) {
        draws.emplace_back("data", quote_bytes(f.minimal));
        return draws;
    }
    for (const auto& d : f.outcome.draws)
        draws.push_back(split_draw(d));
    return draws;
}

// The failure line: the check that failed, or the kind and message of a crash or exception.
std::string failure_line(const Outcome& o) {
    if (o.kind == "assertion" && !o.location.empty())
        return o.message;
    std::string line = o.kind.empty() ? o.message : o.kind + ": " + o.message;
    return line;
}

} // namespace

std::string format_failure(const FailureSummary& f) {
    std::string out = "Falsifying example: " + f.target + "\n";
    for (const auto& [label, value] : draws_of(f))
        out += "  " + label + " = " + value + "\n";
    for (const auto& note : f.outcome.notes)
        out += "  note: " + note + "\n";
    out += "Failure: " + failure_line(f.outcome) + "\n";
    for (size_t i = 0; i < f.outcome.stack.size() && i < 16; ++i)
        out += "    #" + std::to_string(i) + " " + f.outcome.stack[i] + "\n";
    if (!f.warning.empty())
        out += "Warning: " + f.warning + "\n";
    char buf[256];
    if (f.takes_bytes)
        std::snprintf(buf, sizeof buf, "(shrunk from %zu to %zu bytes in %llu calls, %.2f s",
                      f.original_bytes, f.minimal.size(),
                      static_cast<unsigned long long>(f.shrink.calls), f.shrink_seconds);
    else
        std::snprintf(buf, sizeof buf, "(shrunk from %zu to %zu choices in %llu calls, %.2f s",
                      f.original_choices, f.minimal_choices,
                      static_cast<unsigned long long>(f.shrink.calls), f.shrink_seconds);
    out += buf;
    if (f.shrink.budget_exhausted)
        out += ", budget spent";
    if (!f.regression_path.empty())
        out += "; saved as " + f.regression_path;
    out += ")\n";
    return out;
}

std::string format_shown(const ShownInput& s) {
    std::string out = "Input: " + s.file + " (" + std::to_string(s.size) + " bytes)\n";
    for (const auto& [label, value] : s.draws)
        out += "  " + label + " = " + value + "\n";
    for (const auto& note : s.result.notes)
        out += "  note: " + note + "\n";
    for (const auto& event : s.result.events)
        out += "  event: " + event + "\n";
    for (const auto& target : s.result.targets) {
        const auto [label, score] = split_draw(target);
        out += "  target: " + label + " = " + score + "\n";
    }
    if (s.outcome == "pass") {
        out += "Outcome: passed\n";
    } else if (s.outcome == "fail") {
        out += "Outcome: failed: " + failure_line(s.result) + "\n";
        for (size_t i = 0; i < s.result.stack.size() && i < 16; ++i)
            out += "    #" + std::to_string(i) + " " + s.result.stack[i] + "\n";
    } else if (s.outcome == "overrun") {
        out += "Outcome: overrun (the test drew past the limit of choices or bytes)\n";
    } else {
        out += "Outcome: invalid (" +
               (s.result.message.empty() ? std::string("rejected by assume() or filter()")
                                         : s.result.message) +
               ")\n";
    }
    return out + "\n";
}

std::string json_show_report(const std::string& target, const std::vector<ShownInput>& inputs) {
    auto list = [](const std::vector<std::string>& items) {
        std::string out = "[";
        for (size_t i = 0; i < items.size(); ++i)
            out += (i ? ", " : "") + json_string(items[i]);
        return out + "]";
    };
    std::string out = "{\n  \"target\": " + json_string(target) + ",\n  \"inputs\": [";
    bool first = true;
    for (const auto& s : inputs) {
        out += first ? "\n    {" : ",\n    {";
        first = false;
        out += "\n      \"file\": " + json_string(s.file);
        out += ",\n      \"size\": " + std::to_string(s.size);
        out += ",\n      \"outcome\": " + json_string(s.outcome);
        out += ",\n      \"kind\": " + json_string(s.result.kind);
        out += ",\n      \"message\": " + json_string(s.result.message);
        out += ",\n      \"location\": " + json_string(s.result.location);
        out += ",\n      \"signature\": " + json_string(s.result.signature);
        out += ",\n      \"stack\": " + list(s.result.stack);
        out += ",\n      \"draws\": [";
        for (size_t i = 0; i < s.draws.size(); ++i)
            out += (i ? ", " : "") + std::string("{\"label\": ") + json_string(s.draws[i].first) +
                   ", \"value\": " + json_string(s.draws[i].second) + "}";
        out += "],\n      \"notes\": " + list(s.result.notes);
        out += ",\n      \"events\": " + list(s.result.events);
        out += ",\n      \"targets\": [";
        for (size_t i = 0; i < s.result.targets.size(); ++i) {
            const auto [label, score] = split_draw(s.result.targets[i]);
            // JSON has no infinities or NaN: those scores are written as strings.
            const double value = std::strtod(score.c_str(), nullptr);
            out += (i ? ", " : "") + std::string("{\"label\": ") + json_string(label) +
                   ", \"score\": " + (std::isfinite(value) ? score : json_string(score)) + "}";
        }
        out += "]\n    }";
    }
    out += first ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

std::string json_report(const RunSummary& s) {
    std::string out = "{\n  \"passed\": " + std::to_string(s.passed) +
                      ",\n  \"failed\": " + std::to_string(s.failed) + ",\n  \"failures\": [";
    bool first = true;
    for (const auto& f : s.failures) {
        out += first ? "\n    {" : ",\n    {";
        first = false;
        out += "\n      \"target\": " + json_string(f.target);
        out += ",\n      \"draws\": [";
        bool first_draw = true;
        for (const auto& [label, value] : draws_of(f)) {
            out += first_draw ? "" : ", ";
            first_draw = false;
            out += "{\"label\": " + json_string(label) + ", \"value\": " + json_string(value) + "}";
        }
        out += "],\n      \"notes\": [";
        for (size_t i = 0; i < f.outcome.notes.size(); ++i)
            out += (i ? ", " : "") + json_string(f.outcome.notes[i]);
        out += "],\n      \"kind\": " + json_string(f.outcome.kind);
        out += ",\n      \"message\": " + json_string(f.outcome.message);
        out += ",\n      \"location\": " + json_string(f.outcome.location);
        out += ",\n      \"signature\": " + json_string(f.outcome.signature);
        out += ",\n      \"stack\": [";
        for (size_t i = 0; i < f.outcome.stack.size(); ++i)
            out += (i ? ", " : "") + json_string(f.outcome.stack[i]);
        out += "],\n      \"input_format\": ";
        out += f.takes_bytes ? "\"bytes\"" : "\"choices\"";
        out += ",\n      \"input_base64\": " + json_string(base64(f.minimal));
        out += ",\n      \"shrink\": {\"calls\": " + std::to_string(f.shrink.calls) +
               ", \"improvements\": " + std::to_string(f.shrink.improvements) +
               ", \"seconds\": " + std::to_string(f.shrink_seconds) +
               ", \"budget_exhausted\": " + (f.shrink.budget_exhausted ? "true" : "false") + "}";
        if (!f.regression_path.empty())
            out += ",\n      \"regression_file\": " + json_string(f.regression_path);
        if (!f.warning.empty())
            out += ",\n      \"warning\": " + json_string(f.warning);
        out += "\n    }";
    }
    out += first ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

} // namespace arcwise::runtime
