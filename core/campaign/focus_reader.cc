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
    QThread* thread = QThread::create([result, project, since, targets = std::move(targets)] {
        result->focus = stored_focus(project, since, targets, &result->error);
    });
    threads_.push_back(thread);
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        // Not one of ours any more: cancel() waited for it and deleted it.
        const auto it = std::find(threads_.begin(), threads_.end(), thread);
        if (it == threads_.end())
            return;
        threads_.erase(it);
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
    for (QThread* t : threads_) {
        t->disconnect(this);
        t->wait();
        delete t;
    }
    threads_.clear();
}

} // namespace arcwise::campaign
