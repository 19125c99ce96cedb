#include "failure_detail.h"

#include "campaign/models.h"
#include "campaign/triage.h"
#include "theme.h"
#include "widgets/hex_view.h"
#include "widgets/source_view.h"
#include "widgets/stack_view.h"
#include "widgets/target_text.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QVBoxLayout>

namespace arcwise::ui {

using campaign::FailureRow;
using campaign::TargetJob;
using campaign::TargetJobResult;

namespace {

QString when(qint64 ms) {
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat)
                  : QString();
}

QPlainTextEdit* text_view(QWidget* parent, const QString& name) {
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setObjectName(name);
    return view;
}

// "file.cc:12" or "file.cc:12:3" -> (file, line)
std::pair<QString, int> split_location(const QString& location) {
    const QStringList parts = location.split(QLatin1Char(':'));
    if (parts.size() >= 2) {
        bool ok = false;
        const int line = parts[1].toInt(&ok);
        if (ok)
            return {parts[0], line};
    }
    return {location, 0};
}

} // namespace

FailureDetail::FailureDetail(QWidget* parent) : QWidget(parent), job_(new TargetJob(this)) {
    title_ = new QLabel(this);
    QFont title_font = title_->font();
    title_font.setPointSizeF(title_font.pointSizeF() * 1.25);
    title_font.setBold(true);
    title_->setFont(title_font);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // What a target wrote is never taken as markup (target_text.h); meta_ is built as HTML with
    // every part of it escaped.
    title_->setTextFormat(Qt::PlainText);
    title_->setObjectName(QStringLiteral("failureTitle"));
    meta_ = new QLabel(this);
    meta_->setTextFormat(Qt::RichText);
    meta_->setObjectName(QStringLiteral("failureMeta"));
    meta_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    meta_->setEnabled(false);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setObjectName(QStringLiteral("failureMessage"));
    message_->setTextFormat(Qt::PlainText);

    minimize_button_ = new QPushButton(tr("Minimise further"), this);
    minimize_button_->setToolTip(
        tr("Shrink the example again with a larger budget; a smaller one is stored"));
    minimize_button_->setObjectName(QStringLiteral("minimizeButton"));
    reproduce_button_ = new QPushButton(tr("Reproduce"), this);
    reproduce_button_->setToolTip(tr("Run the target once on the minimal input and show its "
                                     "output"));
    reproduce_button_->setObjectName(QStringLiteral("reproduceButton"));
    copy_button_ = new QPushButton(tr("Copy reproducer"), this);
    copy_button_->setToolTip(tr("Copy a shell command line that reproduces this failure"));
    export_button_ = new QPushButton(tr("Export input…"), this);
    regression_button_ = new QPushButton(tr("Write regression file"), this);
    regression_button_->setToolTip(tr("Store the minimal input where the test binary's unit-test "
                                      "mode replays it, so CTest keeps checking it"));
    cancel_button_ = new QPushButton(tr("Cancel"), this);
    cancel_button_->setObjectName(QStringLiteral("cancelButton"));
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 0);
    progress_->setMaximumWidth(160);
    job_status_ = new QLabel(this);
    job_status_->setObjectName(QStringLiteral("jobStatus"));
    job_status_->setTextFormat(Qt::PlainText); // quotes the target's message
    connect(minimize_button_, &QPushButton::clicked, this, &FailureDetail::minimize);
    connect(reproduce_button_, &QPushButton::clicked, this, &FailureDetail::reproduce);
    connect(copy_button_, &QPushButton::clicked, this, &FailureDetail::copy_reproducer);
    connect(export_button_, &QPushButton::clicked, this, [this] { export_input(); });
    connect(regression_button_, &QPushButton::clicked, this, &FailureDetail::write_regression);
    connect(cancel_button_, &QPushButton::clicked, this, &FailureDetail::cancel_job);

    tabs_ = new QTabWidget(this);
    example_ = text_view(tabs_, QStringLiteral("exampleView"));
    tabs_->addTab(example_, tr("Minimal example"));

    auto* input_page = new QWidget(tabs_);
    input_label_ = new QLabel(input_page);
    input_label_->setWordWrap(true);
    hex_ = new HexView(input_page);
    auto* input_layout = new QVBoxLayout(input_page);
    input_layout->addWidget(input_label_);
    input_layout->addWidget(hex_, 1);
    tabs_->addTab(input_page, tr("Input"));

    auto* stack_page = new QSplitter(Qt::Horizontal, tabs_);
    stack_ = new StackView(stack_page);
    auto* source_page = new QWidget(stack_page);
    source_label_ = new QLabel(source_page);
    source_label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    source_label_->setTextFormat(Qt::PlainText); // a path the target's stack named
    source_label_->setObjectName(QStringLiteral("sourceLabel"));
    source_ = new SourceView(source_page);
    auto* source_layout = new QVBoxLayout(source_page);
    source_layout->setContentsMargins(0, 0, 0, 0);
    source_layout->addWidget(source_label_);
    source_layout->addWidget(source_, 1);
    stack_page->addWidget(stack_);
    stack_page->addWidget(source_page);
    stack_page->setStretchFactor(0, 2);
    stack_page->setStretchFactor(1, 3);
    connect(stack_, &StackView::frameActivated, this, &FailureDetail::open_source);
    tabs_->addTab(stack_page, tr("Stack and source"));

    output_ = text_view(tabs_, QStringLiteral("outputView"));
    output_->setPlaceholderText(tr("Reproduce runs the target once on the minimal input; its "
                                   "output appears here."));
    output_->setMaximumBlockCount(20000);
    tabs_->addTab(output_, tr("Output"));

    // Reproducers to paste as they are: the replay command, and the regression test in source
    // form (a diff against the test's file) or, for a harness, its regression file and CTest line.
    auto* reproducers_page = new QWidget(tabs_);
    reproducers_label_ = new QLabel(reproducers_page);
    reproducers_label_->setWordWrap(true);
    reproducers_label_->setTextFormat(Qt::PlainText); // names the target's files
    reproducers_label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reproducers_ = text_view(reproducers_page, QStringLiteral("reproducersView"));
    copy_replay_button_ = new QPushButton(tr("Copy replay command"), reproducers_page);
    copy_replay_button_->setToolTip(tr("Copy the shell command line that runs the binary on the "
                                       "failing input"));
    copy_test_button_ = new QPushButton(tr("Copy regression test"), reproducers_page);
    copy_test_button_->setObjectName(QStringLiteral("copyTestButton"));
    save_test_button_ = new QPushButton(tr("Save into the test file"), reproducers_page);
    save_test_button_->setObjectName(QStringLiteral("saveTestButton"));
    save_test_button_->setToolTip(tr("Add the example to the test's source file, as the diff "
                                     "shows; CTest then replays it before the test's examples"));
    connect(copy_replay_button_, &QPushButton::clicked, this, &FailureDetail::copy_reproducer);
    connect(copy_test_button_, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(regression_test_text());
        job_status_->setText(tr("Regression test copied to the clipboard."));
    });
    connect(save_test_button_, &QPushButton::clicked, this, [this] { save_regression_test(); });
    auto* reproducer_buttons = new QHBoxLayout;
    reproducer_buttons->addWidget(copy_replay_button_);
    reproducer_buttons->addWidget(copy_test_button_);
    reproducer_buttons->addWidget(save_test_button_);
    reproducer_buttons->addStretch();
    auto* reproducers_layout = new QVBoxLayout(reproducers_page);
    reproducers_layout->addWidget(reproducers_label_);
    reproducers_layout->addWidget(reproducers_, 1);
    reproducers_layout->addLayout(reproducer_buttons);
    tabs_->addTab(reproducers_page, tr("Reproducers"));

    // A failure still being shrunk: its progress, until the stored failure replaces it.
    shrink_bar_ = new QWidget(this);
    shrink_label_ = new QLabel(shrink_bar_);
    shrink_label_->setObjectName(QStringLiteral("shrinkLabel"));
    shrink_progress_ = new QProgressBar(shrink_bar_);
    shrink_progress_->setObjectName(QStringLiteral("shrinkProgress"));
    shrink_progress_->setMaximumWidth(240);
    auto* shrink_layout = new QHBoxLayout(shrink_bar_);
    shrink_layout->setContentsMargins(0, 0, 0, 0);
    shrink_layout->addWidget(shrink_label_, 1);
    shrink_layout->addWidget(shrink_progress_);
    shrink_bar_->hide();

    body_ = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(minimize_button_);
    buttons->addWidget(reproduce_button_);
    buttons->addWidget(copy_button_);
    buttons->addWidget(export_button_);
    buttons->addWidget(regression_button_);
    // What the last action did may name a long path: it takes the room left, not more.
    job_status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    job_status_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    buttons->addWidget(job_status_, 1);
    buttons->addWidget(progress_);
    buttons->addWidget(cancel_button_);
    auto* body_layout = new QVBoxLayout(body_);
    body_layout->setContentsMargins(0, 0, 0, 0);
    body_layout->addWidget(title_);
    body_layout->addWidget(meta_);
    body_layout->addWidget(message_);
    body_layout->addWidget(shrink_bar_);
    body_layout->addLayout(buttons);
    body_layout->addWidget(tabs_, 1);

    empty_ = new QLabel(tr("Select a failure to see its minimal example, input and stack."), this);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setEnabled(false);
    auto* stack = new QStackedLayout(this);
    stack->addWidget(empty_);
    stack->addWidget(body_);

    connect(job_, &TargetJob::outputLine, this,
            [this](const QString& line) { output_->appendPlainText(shown_line(line)); });
    connect(job_, &TargetJob::progress, this,
            [this](qint64 calls, qint64 choices, qint64 bytes, double elapsed) {
                job_status_->setText(tr("%1 attempts · best %2 choices, %3 bytes · %4 s")
                                         .arg(QLocale().toString(calls))
                                         .arg(choices)
                                         .arg(bytes)
                                         .arg(elapsed, 0, 'f', 0));
            });
    connect(job_, &TargetJob::finished, this, &FailureDetail::job_finished);
    update_buttons();
}

FailureDetail::~FailureDetail() = default;

std::optional<qint64> FailureDetail::failure_id() const {
    return failure_ ? std::optional<qint64>(failure_->id) : std::nullopt;
}

bool FailureDetail::job_running() const {
    return job_->isRunning();
}

QString FailureDetail::kind_of(const FailureRow& f) const {
    return kind_of_ ? kind_of_(f.target_id) : QString();
}

void FailureDetail::set_shrinking(const campaign::ShrinkingFailure& shrinking) {
    const bool same = failure_ && failure_->id == shrinking.failure.id;
    failure_ = shrinking.failure;
    shrinking_ = shrinking;
    if (!same && !job_running())
        output_->clear();
    show_failure();
}

void FailureDetail::set_failure(const FailureRow* failure) {
    const bool same = failure && failure_ && failure_->id == failure->id;
    shrinking_.reset();
    failure_ = failure ? std::optional<FailureRow>(*failure) : std::nullopt;
    if (!same && !job_running())
        output_->clear();
    show_failure();
}

void FailureDetail::update_failure(const FailureRow& failure) {
    if (!failure_ || failure_->id != failure.id)
        return;
    failure_ = failure;
    if (failure.id > 0)
        shrinking_.reset();
    show_failure();
}

void FailureDetail::show_failure() {
    auto* stack = static_cast<QStackedLayout*>(layout());
    stack->setCurrentWidget(failure_ ? body_ : static_cast<QWidget*>(empty_));
    update_buttons();
    if (!failure_)
        return;
    const FailureRow& f = *failure_;
    const bool shrinking = shrinking_.has_value();
    title_->setText(
        shrinking
            ? tr("%1 in %2 (being shrunk)")
                  .arg(shown_line(campaign::kind_text(f.kind)), shown_line(f.target))
            : tr("%1 in %2").arg(shown_line(campaign::kind_text(f.kind)), shown_line(f.target)));
    shrink_bar_->setVisible(shrinking);
    if (shrinking) {
        const campaign::ShrinkingFailure& sh = *shrinking_;
        shrink_label_->setText(campaign::shrink_progress_text(sh));
        if (!sh.started || sh.budget_s <= 0) {
            shrink_progress_->setRange(0, 0); // busy: waiting for the shrinker
        } else {
            shrink_progress_->setRange(0, 1000);
            shrink_progress_->setValue(int(std::min(1.0, sh.elapsed_s / sh.budget_s) * 1000));
        }
    }
    const QColor status = status_color(f.status, palette());
    const auto html = [](const QString& text) { return shown_line(text).toHtmlEscaped(); };
    meta_->setText(tr("#%1 · <span style=\"color:%2\">%3</span> · %4 · first %5 · last %6 · %7")
                       .arg(f.id)
                       .arg(status.name(), html(campaign::status_text(f.status)),
                            tr("seen %n time(s)", nullptr, int(f.count)).toHtmlEscaped(),
                            when(f.first_seen_ms).toHtmlEscaped(),
                            when(f.last_seen_ms).toHtmlEscaped(),
                            html(QFileInfo(f.binary).fileName())));
    meta_->setToolTip(plain_tool_tip(tr("Signature: %1\nBuild: %2").arg(f.signature, f.build_id)));
    // The example repeats a property's full message; its first line says enough here.
    const QString first_line = f.message.section(QLatin1Char('\n'), 0, 0);
    message_->setText(f.example.isEmpty() ? shown_lines(f.message) : shown_line(first_line));

    const QString example =
        shrinking ? tr("Found %1 and being reproduced and shrunk in a fresh process: the minimal "
                       "example replaces this when the shrink ends. The input as found is on the "
                       "Input page.")
                        .arg(when(f.first_seen_ms))
        : f.example.isEmpty()
            ? tr("This target takes raw bytes (a libFuzzer harness): its minimal input is on the "
                 "Input page.")
            : shown_lines(f.example);
    if (example_->toPlainText() != example)
        example_->setPlainText(example);

    const QByteArray input = campaign::exported_input(f, kind_of(f));
    const QByteArray& stored = f.minimal_input.isEmpty() ? f.first_input : f.minimal_input;
    if (hex_->data() != input)
        hex_->set_data(input);
    input_label_->setText(shrinking ? tr("The input as found: %n byte(s) as the target reads them.",
                                         nullptr, int(input.size()))
                          : input == stored && kind_of(f) != QLatin1String("libfuzzer")
                              ? tr("The minimal input as a choice sequence (%n byte(s)): what "
                                   "Export input writes and the binary's --shrink reads.",
                                   nullptr, int(input.size()))
                              : tr("The minimal input: %n byte(s) as the harness reads them.",
                                   nullptr, int(input.size())));

    // A property's failed assertion has its location even without a stack.
    QStringList frames = f.stack;
    if (frames.isEmpty() && !f.location.isEmpty())
        frames << f.message.section(QLatin1Char('\n'), 0, 0).trimmed() + QStringLiteral(" at ") +
                      f.location;
    // Set again only when it changed: rebuilding it would lose the frame the user selected.
    const QString base = QFileInfo(f.binary).absolutePath();
    if (frames != shown_frames_ || base != shown_frames_base_) {
        shown_frames_ = frames;
        shown_frames_base_ = base;
        stack_->set_frames(frames, base);
    }
    // The failed check, or else the innermost frame with a source file, is shown at once.
    const auto [file, line] = split_location(f.location);
    if (!file.isEmpty() && (source_->file() != file || source_->line() != line))
        open_source(file, line);
    else if (file.isEmpty())
        for (const QString& frame : f.stack) {
            const StackFrame parsed = parse_frame(frame);
            if (!parsed.file.isEmpty() && parsed.line > 0 && QFileInfo::exists(parsed.file)) {
                if (source_->file() != parsed.file || source_->line() != parsed.line)
                    open_source(parsed.file, parsed.line);
                break;
            }
        }
    update_reproducers();
}

QString FailureDetail::input_path(const FailureRow& f) const {
    // Next to the binary, so the command keeps working after Arcwise exits.
    return QFileInfo(f.binary).absoluteDir().filePath(QStringLiteral(".arcwise/inputs/failure-")) +
           QString::number(f.id);
}

bool FailureDetail::write_input_file(const FailureRow& f) {
    const QString path = input_path(f);
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) ||
        !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(campaign::exported_input(f, kind_of(f))) < 0) {
        Q_EMIT message(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QString FailureDetail::replay_command() const {
    if (!failure_ || failure_->id <= 0)
        return QString();
    const FailureRow& f = *failure_;
    // A harness replays as libFuzzer's does, the plain binary on the input file; a property
    // through its --shrink mode, which runs it as fuzzing did and prints the example.
    return kind_of(f) == QLatin1String("libfuzzer")
               ? campaign::plain_replay_command(f, input_path(f))
               : campaign::reproducer_command(f, input_path(f));
}

QString FailureDetail::regression_test_text() const {
    if (!failure_ || failure_->id <= 0)
        return QString();
    if (patch_.ok())
        return patch_.diff;
    const FailureRow& f = *failure_;
    const QString file =
        campaign::regression_dir(f.binary, f.target) + QLatin1Char('/') +
        QString::fromLatin1(
            QCryptographicHash::hash(f.minimal_input.isEmpty() ? f.first_input : f.minimal_input,
                                     QCryptographicHash::Sha1)
                .toHex());
    return campaign::ctest_line(f, file);
}

void FailureDetail::update_reproducers() {
    // Read the test's source again only for another failure or another example.
    const QString key = failure_ ? QString::number(failure_->id) + QLatin1Char(':') +
                                       QString::fromLatin1(failure_->minimal_input.toBase64()) +
                                       kind_of(*failure_)
                                 : QString();
    if (key == reproducers_key_ && !key.isEmpty())
        return;
    reproducers_key_ = key;
    patch_ = {};
    const bool stored = failure_ && failure_->id > 0;
    copy_replay_button_->setEnabled(stored);
    copy_test_button_->setEnabled(stored);
    save_test_button_->setEnabled(false);
    if (!stored) {
        reproducers_label_->setText(tr("The reproducers are ready once the failure is shrunk and "
                                       "stored."));
        reproducers_->clear();
        return;
    }
    const FailureRow& f = *failure_;
    const bool harness = kind_of(f) == QLatin1String("libfuzzer");
    QStringList text;
    text << tr("# Replay (from any directory):") << replay_command() << QString();
    if (!harness) {
        const auto [file, line] =
            source_of_ ? source_of_(f.target_id) : std::pair<QString, int>{QString(), 0};
        QString path = file;
        if (!path.isEmpty() && QFileInfo(path).isRelative())
            path = QFileInfo(f.binary).absoluteDir().filePath(path);
        QFile source(path);
        if (path.isEmpty()) {
            patch_.error = tr("The test's source file is not known.");
        } else if (!source.open(QIODevice::ReadOnly)) {
            patch_.error = tr("Cannot read %1: %2").arg(path, source.errorString());
        } else {
            patch_ = campaign::regression_test_patch(f, QFileInfo(path).absoluteFilePath(),
                                                     QString::fromUtf8(source.readAll()), line);
        }
    } else {
        patch_.error = tr("A harness keeps its failures as regression-corpus files.");
    }
    if (patch_.ok()) {
        reproducers_label_->setText(
            tr("Replay it, or keep it as a test: the diff adds the failing example to %1 "
               "(ARCWISE_EXAMPLE), which the test binary replays first under CTest until the bug "
               "is fixed.")
                .arg(QDir::toNativeSeparators(patch_.file)));
        text << tr("# Regression test (a diff against the test's file):") << patch_.diff;
        save_test_button_->setEnabled(true);
    } else if (harness) {
        reproducers_label_->setText(
            tr("Replay it, or keep it as a regression: Write regression file stores the input "
               "where the binary's unit-test mode replays it; the CTest line below replays it "
               "with the plain binary."));
        text << tr("# CTest (after Write regression file):") << regression_test_text();
    } else {
        reproducers_label_->setText(shown_line(patch_.error));
    }
    const QString joined = text.join(QLatin1Char('\n'));
    if (reproducers_->toPlainText() != joined)
        reproducers_->setPlainText(joined);
}

bool FailureDetail::save_regression_test(const QString& given_path) {
    if (!failure_ || !patch_.ok())
        return false;
    const QString path = given_path.isEmpty() ? patch_.file : given_path;
    QFile file(path);
    const QByteArray data = patch_.patched.toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        const QString error = tr("Cannot write %1: %2").arg(path, file.errorString());
        job_status_->setText(error);
        Q_EMIT message(error);
        return false;
    }
    const QString text = tr("Regression test added to %1.").arg(path);
    job_status_->setText(text);
    Q_EMIT message(text);
    if (path == patch_.file) {
        reproducers_key_.clear(); // the file holds the example now
        update_reproducers();
    }
    return true;
}

void FailureDetail::open_source(const QString& file, int line) {
    QString path = file;
    if (QFileInfo(path).isRelative() && failure_)
        path = QFileInfo(failure_->binary).absoluteDir().filePath(file);
    QString error;
    if (source_->open_file(path, line, &error)) {
        source_label_->setText(line > 0 ? tr("%1, line %2").arg(shown_line(path)).arg(line)
                                        : shown_line(path));
    } else {
        source_->set_text(QString(), QString());
        source_label_->setText(shown_line(error));
    }
}

void FailureDetail::update_buttons() {
    // A failure still being shrunk is not stored yet: nothing runs on it.
    const bool has = failure_.has_value() && failure_->id > 0;
    const bool busy = job_running();
    minimize_button_->setEnabled(has && !busy);
    reproduce_button_->setEnabled(has && !busy);
    copy_button_->setEnabled(has);
    export_button_->setEnabled(has);
    regression_button_->setEnabled(has);
    cancel_button_->setVisible(busy);
    progress_->setVisible(busy);
}

void FailureDetail::minimize() {
    if (!failure_ || job_running())
        return;
    job_failure_ = failure_;
    if (!job_->minimize(*failure_, minimize_seconds_))
        return;
    job_status_->setText(tr("Minimising…"));
    output_->clear();
    update_buttons();
}

void FailureDetail::reproduce() {
    if (!failure_ || job_running())
        return;
    job_failure_ = failure_;
    output_->clear();
    if (!job_->reproduce(*failure_))
        return;
    job_status_->setText(tr("Running the target…"));
    tabs_->setCurrentWidget(output_);
    update_buttons();
}

void FailureDetail::cancel_job() {
    job_->cancel();
}

void FailureDetail::job_finished(const TargetJobResult& r) {
    const FailureRow started = job_failure_.value_or(FailureRow{});
    job_failure_.reset();
    update_buttons();
    QString status;
    if (r.cancelled) {
        status = tr("Cancelled.");
    } else if (!r.error.isEmpty()) {
        status = shown_lines(r.error);
        Q_EMIT message(tr("Failure %1: %2").arg(started.id).arg(r.error));
    } else if (r.job == TargetJobResult::Job::Reproduce) {
        status = r.still_fails
                     ? tr("Still fails: %1 — %2")
                           .arg(shown_line(campaign::kind_text(r.kind)), shown_line(r.message))
                     : tr("It does not fail any more.");
        Q_EMIT message(tr("Failure %1 reproduced: %2").arg(started.id).arg(status));
    } else if (r.job == TargetJobResult::Job::Minimize) {
        if (!r.still_fails) {
            status = tr("It does not fail any more: nothing to minimise.");
        } else if (r.smaller && r.same_signature) {
            const QByteArray& before =
                started.minimal_input.isEmpty() ? started.first_input : started.minimal_input;
            status = tr("Smaller example stored: %1 → %2 bytes.")
                         .arg(before.size())
                         .arg(r.failure.minimal_input.size());
            FailureRow smaller = r.failure;
            smaller.id = started.id;
            smaller.target_id = started.target_id;
            Q_EMIT storeFailure(smaller);
            Q_EMIT message(tr("Failure %1: %2").arg(started.id).arg(status));
            if (failure_ && failure_->id == started.id) {
                failure_->minimal_input = smaller.minimal_input;
                if (!smaller.example.isEmpty())
                    failure_->example = smaller.example;
                show_failure();
            }
        } else if (!r.same_signature) {
            status = tr("The shrunk example fails differently (%1); the stored one is kept.")
                         .arg(shown_line(r.message));
        } else {
            status = tr("No smaller example found: this one is minimal for the shrinker.");
        }
    }
    job_status_->setText(status);
    Q_EMIT jobFinished(r);
}

void FailureDetail::copy_reproducer() {
    if (!failure_)
        return;
    const FailureRow& f = *failure_;
    if (f.id <= 0 || !write_input_file(f))
        return;
    const QString command = replay_command();
    QApplication::clipboard()->setText(command);
    job_status_->setText(tr("Reproducer copied to the clipboard."));
    Q_EMIT message(tr("Reproducer for failure %1: %2").arg(f.id).arg(command));
}

void FailureDetail::export_input(const QString& given_path) {
    if (!failure_)
        return;
    const FailureRow& f = *failure_;
    QString path = given_path;
    if (path.isEmpty()) {
        const QString name =
            QStringLiteral("failure-%1-%2")
                .arg(f.id)
                .arg(QString(f.target).replace(QLatin1Char('/'), QLatin1Char('_')));
        path = QFileDialog::getSaveFileName(this, tr("Export the minimal input"),
                                            QFileInfo(f.binary).absoluteDir().filePath(name));
        if (path.isEmpty())
            return;
    }
    QFile file(path);
    const QByteArray data = campaign::exported_input(f, kind_of(f));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        const QString error = tr("Cannot write %1: %2").arg(path, file.errorString());
        job_status_->setText(error);
        Q_EMIT message(error);
        return;
    }
    job_status_->setText(tr("Exported %n byte(s) to %1.", nullptr, int(data.size())).arg(path));
    Q_EMIT message(job_status_->text());
}

void FailureDetail::write_regression() {
    if (!failure_)
        return;
    QString path, error;
    if (!campaign::write_regression(*failure_, &path, &error)) {
        job_status_->setText(error);
        Q_EMIT message(error);
        return;
    }
    const QString text =
        tr("Regression file written: %1. The test binary replays it in its unit-test mode "
           "(as CTest runs it) before its examples.")
            .arg(path);
    job_status_->setText(tr("Regression file written: %1").arg(shown_line(path)));
    job_status_->setToolTip(plain_tool_tip(path)); // named after the target
    Q_EMIT message(text);
}

} // namespace arcwise::ui
