#include "follow_controls.h"

#include "campaign/session.h"
#include "log_pane.h"
#include "widgets/target_text.h"

#include <QAction>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QSettings>

namespace arcwise::ui {

namespace {
const QString kFollowKey = QStringLiteral("ui/followBranch");
}

FollowControls::FollowControls(campaign::Session* session, LogPane* log, QWidget* parent)
    : QObject(parent), session_(session), log_(log) {
    follow_ = new QAction(tr("&Follow the Branch"), this);
    follow_->setObjectName(QStringLiteral("followAction"));
    follow_->setCheckable(true);
    follow_->setChecked(QSettings().value(kFollowKey, false).toBool());
    follow_->setStatusTip(tr("Campaigns started from now on fetch the sources' branch every fetch "
                             "interval; when it moved, they pull, build with the build command "
                             "(Preferences) and fuzz the new binaries with the corpus kept"));
    follow_->setToolTip(follow_->statusTip());
    connect(follow_, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(kFollowKey, on); });

    fetch_ = new QAction(tr("Fetch the Branch &Now"), this);
    fetch_->setObjectName(QStringLiteral("fetchAction"));
    fetch_->setStatusTip(tr("Fetch the followed branch now instead of at the next interval"));
    fetch_->setEnabled(false);
    connect(fetch_, &QAction::triggered, session_, &campaign::Session::fetch_now);

    label_ = new QLabel(parent);
    label_->setObjectName(QStringLiteral("followLabel"));
    label_->setTextFormat(Qt::PlainText);
    label_->hide();

    connect(session_, &campaign::Session::followStatusChanged, this, [this](const QString& s) {
        const bool was_following = !status_.isEmpty();
        status_ = s;
        fetch_->setEnabled(!s.isEmpty());
        if (s.isEmpty() && was_following)
            log_->add_message(tr("The branch is no longer followed"));
        update_label();
    });
    connect(session_, &campaign::Session::followChecked, this, [this](qint64 at_ms) {
        checked_ms_ = at_ms;
        update_label();
    });
    connect(session_, &campaign::Session::branchBuilt, this,
            [this](const QString&, const QString& new_head) {
                pulled_head_ = new_head;
                pulled_ms_ = QDateTime::currentMSecsSinceEpoch();
                update_label();
            });
    connect(session_, &campaign::Session::buildFailed, this,
            [this](const QString& head, const QString& output) {
                failed_output_ = output;
                failed_status_ = status_;
                log_->add_warning(tr("The followed branch at %1 could not be pulled or built; "
                                     "the previous binaries keep fuzzing. Its output:\n%2")
                                      .arg(head.left(12), output));
                update_label();
            });
    connect(session_, &campaign::Session::campaignStarted, this, [this] {
        failed_output_.clear();
        checked_ms_ = 0;
        pulled_ms_ = 0;
        update_label();
    });
}

bool FollowControls::follow() const {
    return follow_->isChecked();
}

void FollowControls::update_label() {
    label_->setVisible(!status_.isEmpty());
    if (status_.isEmpty())
        return;
    const auto time = [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
    };
    QString text = tr("Branch: %1").arg(shown_line(status_));
    if (checked_ms_ > 0)
        text += QStringLiteral(" \u00b7 ") + tr("fetched %1").arg(time(checked_ms_));
    label_->setText(text);
    // The tool tip: the last pull, and a failed pull or build's output while the follower
    // reports it.
    if (status_ != failed_status_)
        failed_output_.clear();
    QString tip = status_;
    if (pulled_ms_ > 0)
        tip += QLatin1Char('\n') +
               tr("Last pulled and built: %1 at %2").arg(pulled_head_.left(12), time(pulled_ms_));
    if (!failed_output_.isEmpty())
        tip += QLatin1Char('\n') + failed_output_;
    label_->setToolTip(plain_tool_tip(tip));
}

} // namespace arcwise::ui
