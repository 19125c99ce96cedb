#include "focus_reader.h"

#include <QThread>
#include <algorithm>
#include <memory>
#include <optional>

namespace arcwise::campaign {

void FocusReader::read(const QString& project, const QString& since,
                       std::vector<StoredTarget> targets) {
    const int generation = ++generation_;
    struct Result {
        std::optional<std::map<qint64, TargetFocus>> focus;
        QString error;
    };
    auto result = std::make_shared<Result>();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QThread* thread =
        QThread::create([result, cancelled, project, since, targets = std::move(targets)] {
            result->focus = stored_focus(project, since, targets, &result->error, cancelled.get());
        });
    reads_.push_back({thread, cancelled});
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        // Not one of ours any more: cancel() waited for it and deleted it.
        const auto it = std::find_if(reads_.begin(), reads_.end(),
                                     [&](const Read& r) { return r.thread == thread; });
        if (it == reads_.end())
            return;
        reads_.erase(it);
        thread->deleteLater();
        if (generation != generation_)
            return;
        Q_EMIT done(result->focus ? *result->focus : std::map<qint64, TargetFocus>(),
                    result->focus ? QString() : result->error);
    });
    thread->start();
}

void FocusReader::cancel() {
    ++generation_;
    for (const Read& r : reads_)
        r.cancel->store(true);
    for (const Read& r : reads_) {
        r.thread->disconnect(this);
        r.thread->wait();
        delete r.thread;
    }
    reads_.clear();
}

} // namespace arcwise::campaign
