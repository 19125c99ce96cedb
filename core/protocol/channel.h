#pragma once
// Blocking frame I/O over a file descriptor (the worker's end of the control channel). POSIX only,
// no Qt; the supervisor side reads with its own event loop and uses FrameDecoder.

#include "codec.h"

#include <optional>
#include <string>

namespace arcwise::protocol {

class Channel {
public:
    Channel() = default;
    explicit Channel(int fd) : fd_(fd) {}

    // Connects to a Unix-domain stream socket at `path`. Returns an invalid channel and sets
    // *error on failure.
    static Channel connect_unix(const std::string& path, std::string* error);

    bool valid() const { return fd_ >= 0; }
    int fd() const { return fd_; }
    // Writes the whole frame, retrying on EINTR. Returns false when the peer is gone.
    bool send(const Message& message);
    // Writes pre-encoded bytes without allocating: safe to call from a crash handler.
    bool send_raw(const char* data, size_t size);
    // Blocks until a whole message arrived. Returns nullopt on end of stream or a malformed frame
    // (then *error says which).
    std::optional<Message> receive(std::string* error = nullptr);
    // A whole message if one can be had without blocking (what already arrived is read);
    // nullopt otherwise. *error is set on end of stream or a malformed frame.
    std::optional<Message> poll(std::string* error = nullptr);
    // True once a read found the peer gone: end of stream, or the connection failed.
    bool peer_gone() const { return peer_gone_; }
    void close();

private:
    std::optional<Message> next(bool wait, std::string* error);

    int fd_ = -1;
    bool peer_gone_ = false;
    FrameDecoder decoder_;
};

} // namespace arcwise::protocol
