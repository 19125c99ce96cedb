#pragma once
// Frames on the control channel: [u32 little-endian payload length][u8 type][payload]. Payload
// fields are unsigned LEB128 integers, length-prefixed byte strings and IEEE-754 doubles, in the
// order the structs in messages.h declare them. Unknown trailing fields are ignored, so a newer
// peer may append fields without breaking an older one.

#include "messages.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace arcwise::protocol {

inline constexpr size_t kFrameHeaderSize = 5;
inline constexpr uint32_t kMaxFrameSize = 64u << 20;

// Encodes one message as a complete frame (header + payload).
std::string encode(const Message& message);

// Decodes the payload of a frame of the given type. Returns nullopt and sets *error (what is wrong,
// at which byte) when the payload is malformed or the type is unknown. Malformed includes a name
// field (a target name, a kind, an event or target() label, a file) with a control character:
// see control_character().
// Invalid numbers are dropped per field, not per message: a double that is NaN or infinite, or
// a Stats rate, duration or estimate outside its meaning (negative, an estimate above 1), keeps
// the field's default (0) and the rest of the message is used; *invalid_numbers (if given) says
// how many fields were dropped.
std::optional<Message> decode(uint8_t type, std::string_view payload, std::string* error,
                              uint32_t* invalid_numbers = nullptr);

// The offset of the first control character in a name (C0, DEL, or a UTF-8 encoded C1 control),
// npos when there is none.
size_t control_character(std::string_view text);

// Incremental decoder for a byte stream: feed() whatever arrived, then next() until it returns
// nullopt. A malformed frame puts the decoder in an error state (error() non-empty).
class FrameDecoder {
public:
    void feed(std::string_view bytes) { buffer_.append(bytes); }
    std::optional<Message> next();
    const std::string& error() const { return error_; }
    size_t buffered() const { return buffer_.size() - offset_; }
    // Number fields dropped so far (see decode()); the messages were still delivered. A
    // supervisor can say so once per worker rather than once per message.
    uint64_t invalid_numbers() const { return invalid_numbers_; }

private:
    std::string buffer_;
    size_t offset_ = 0;
    std::string error_;
    uint64_t invalid_numbers_ = 0;
};

} // namespace arcwise::protocol
