#pragma once
// Reads what the changes since a base mean for stored targets (stored_focus() in change_focus.h:
// git, then each binary's graph) on a thread of its own, for the session's Changed column when
// no campaign focuses on the changes. A newer read supersedes an older one: only the newest
// result is reported.

#include "change_focus.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <map>
#include <memory>
#include <vector>

class QThread;

namespace arcwise::campaign {

class FocusReader : public QObject {
    Q_OBJECT

public:
    explicit FocusReader(QObject* parent = nullptr) : QObject(parent) {}
    ~FocusReader() override { cancel(); }

    // Starts reading the changes since `since` (empty: the default base) of the project's
    // checkout for `targets`: done() follows, from this object's thread.
    void read(const QString& project, const QString& since, std::vector<StoredTarget> targets);
    // Drops the reads going on (no done()): ends the processes they run (a target that hangs
    // under --cfg is not waited for) and waits for their threads.
    void cancel();

Q_SIGNALS:
    // `focus` by target id; when the changes cannot be read, `focus` is empty and `error` says why.
    void done(const std::map<qint64, arcwise::campaign::TargetFocus>& focus, const QString& error);

private:
    struct Read {
        QThread* thread;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    std::vector<Read> reads_;
    int generation_ = 0;
};

} // namespace arcwise::campaign
