#include "channel.h"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace arcwise::protocol {

Channel Channel::connect_unix(const std::string& path, std::string* error) {
    sockaddr_un addr{};
    if (path.size() >= sizeof addr.sun_path) {
        if (error)
            *error = "control socket path is too long: " + path;
        return Channel();
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        if (error)
            *error = std::string("socket(): ") + std::strerror(errno);
        return Channel();
    }
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        if (error)
            *error = "cannot connect to control socket " + path + ": " + std::strerror(errno);
        ::close(fd);
        return Channel();
    }
    return Channel(fd);
}

bool Channel::send_raw(const char* data, size_t size) {
    while (size > 0) {
        const ssize_t n = ::send(fd_, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == ENOTSOCK) {
            const ssize_t w = ::write(fd_, data, size);
            if (w <= 0 && errno != EINTR)
                return false;
            if (w > 0) {
                data += w;
                size -= size_t(w);
            }
            continue;
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= size_t(n);
    }
    return true;
}

bool Channel::send(const Message& message) {
    if (fd_ < 0)
        return false;
    const std::string frame = encode(message);
    return send_raw(frame.data(), frame.size());
}

std::optional<Message> Channel::receive(std::string* error) {
    return next(/*wait=*/true, error);
}

std::optional<Message> Channel::poll(std::string* error) {
    return next(/*wait=*/false, error);
}

std::optional<Message> Channel::next(bool wait, std::string* error) {
    char buffer[65536];
    for (;;) {
        if (auto m = decoder_.next())
            return m;
        if (!decoder_.error().empty()) {
            if (error)
                *error = decoder_.error();
            return std::nullopt;
        }
        if (!wait) { // read only what is there already
            pollfd p{fd_, POLLIN, 0};
            if (fd_ < 0 || ::poll(&p, 1, 0) <= 0 || (p.revents & (POLLIN | POLLHUP)) == 0)
                return std::nullopt;
        }
        const ssize_t n = ::read(fd_, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            peer_gone_ = true;
            if (error)
                *error = n == 0 ? "end of stream" : std::strerror(errno);
            return std::nullopt;
        }
        decoder_.feed(std::string_view(buffer, size_t(n)));
    }
}

void Channel::close() {
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
}

} // namespace arcwise::protocol
