#include "target_page.h"

#include "campaign/models.h"
#include "charts/dashboard_view.h"
#include "theme.h"
#include "widgets/source_view.h"
#include "widgets/target_text.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace arcwise::ui {

using campaign::CorpusEntry;
using campaign::TargetJobResult;

namespace {

constexpr size_t kMaxExamples = 60;
constexpr size_t kKeptOutputLines = 300;

QTableWidgetItem* number_item(double value, const QString& text) {
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setData(Qt::ToolTipRole, text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget* table(QWidget* parent, const QStringList& headers, const QString& name) {
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSortingEnabled(true);
    return t;
}

} // namespace

TargetPage::TargetPage(QWidget* parent) : QWidget(parent), job_(new campaign::TargetJob(this)) {
    title_ = new QLabel(this);
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title_->setFont(f);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A target's name and status message are its own text: never markup (target_text.h).
    title_->setTextFormat(Qt::PlainText);
    title_->setObjectName(QStringLiteral("targetTitle"));
    meta_ = new QLabel(this);
    meta_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    meta_->setWordWrap(true);
    meta_->setTextFormat(Qt::RichText); // built with every part escaped
    meta_->setObjectName(QStringLiteral("targetMeta"));
    health_ = new QLabel(this);
    health_->setObjectName(QStringLiteral("targetHealth"));
    health_->setWordWrap(true);
    health_->setTextFormat(Qt::PlainText);
    health_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    charts_ = new DashboardView(this);
    charts_->set_compact(true);

    tabs_ = new QTabWidget(this);
    corpus_ =
        table(tabs_, {tr("#"), tr("Size (bytes)"), tr("Features"), tr("Smallest for"), tr("Found")},
              QStringLiteral("corpusTable"));
    corpus_->horizontalHeaderItem(3)->setToolTip(
        tr("Behaviours (features) for which this is the smallest input that reaches them"));
    tabs_->addTab(corpus_, tr("Corpus"));

    auto* examples_page = new QWidget(tabs_);
    examples_ = new QTreeWidget(examples_page);
    examples_->setObjectName(QStringLiteral("examplesTree"));
    examples_->setHeaderLabels({tr("Example"), tr("Value")});
    examples_->setColumnWidth(0, 340);
    examples_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    examples_->setItemDelegate(new TargetTextDelegate(examples_)); // what the target printed
    examples_button_ = new QPushButton(tr("Show the smallest examples"), examples_page);
    examples_button_->setToolTip(
        tr("Run the target on the smallest input reaching each behaviour and print what it "
           "drew"));
    examples_status_ = new QLabel(examples_page);
    examples_status_->setWordWrap(true);
    examples_status_->setTextFormat(Qt::PlainText);
    connect(examples_button_, &QPushButton::clicked, this, &TargetPage::show_examples);
    auto* examples_bar = new QHBoxLayout;
    examples_bar->addWidget(examples_button_);
    examples_bar->addWidget(examples_status_, 1);
    auto* examples_layout = new QVBoxLayout(examples_page);
    examples_layout->addLayout(examples_bar);
    examples_layout->addWidget(examples_, 1);
    tabs_->addTab(examples_page, tr("Smallest examples"));

    observations_ = table(tabs_, {tr("Kind"), tr("Label"), tr("Examples"), tr("Best score")},
                          QStringLiteral("observationsTable"));
    observations_->setItemDelegate(new TargetTextDelegate(observations_)); // event labels
    tabs_->addTab(observations_, tr("Events and scores"));

    source_ = new SourceView(tabs_);
    tabs_->addTab(source_, tr("Source"));

    output_view_ = new QPlainTextEdit(tabs_);
    output_view_->setReadOnly(true);
    output_view_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    output_view_->setLineWrapMode(QPlainTextEdit::NoWrap);
    output_view_->setMaximumBlockCount(int(kKeptOutputLines));
    output_view_->setPlaceholderText(tr("What this target's worker printed recently."));
    tabs_->addTab(output_view_, tr("Worker output"));

    body_ = new QWidget(this);
    auto* splitter = new QSplitter(Qt::Vertical, body_);
    splitter->addWidget(charts_);
    splitter->addWidget(tabs_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* body_layout = new QVBoxLayout(body_);
    body_layout->setContentsMargins(0, 0, 0, 0);
    body_layout->addWidget(title_);
    body_layout->addWidget(meta_);
    body_layout->addWidget(health_);
    body_layout->addWidget(splitter, 1);

    empty_ = new QLabel(tr("Double-click a target in the Targets page to see its page."), this);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setEnabled(false);
    auto* stack = new QStackedLayout(this);
    stack->addWidget(empty_);
    stack->addWidget(body_);

    connect(job_, &campaign::TargetJob::finished, this, &TargetPage::examples_finished);
}

void TargetPage::set_history(const campaign::StatsHistory* history) {
    charts_->set_history(history);
}

void TargetPage::clear() {
    job_->cancel();
    target_id_ = 0;
    details_ = {};
    example_entries_.clear();
    corpus_->setRowCount(0);
    examples_->clear();
    observations_->setRowCount(0);
    output_view_->clear();
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(empty_);
}

void TargetPage::show_target(qint64 target_id) {
    if (target_id != target_id_) {
        job_->cancel();
        details_ = {};
        example_entries_.clear();
        corpus_->setRowCount(0);
        examples_->clear();
        observations_->setRowCount(0);
        examples_status_->clear();
    }
    target_id_ = target_id;
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(body_);
}

void TargetPage::show_row(const campaign::TargetRow& row) {
    title_->setText(shown_line(row.name));
    const QColor status = status_color(row.status, palette());
    QString meta =
        tr("<span style=\"color:%1\"><b>%2</b></span> · %3 · %4 executions · %5 "
           "features · %6 in corpus · %n failure(s)",
           nullptr, int(row.failures))
            .arg(status.name(), campaign::status_text(row.status).toHtmlEscaped(),
                 shown_line(row.binary).toHtmlEscaped(), QLocale().toString(row.executions),
                 QLocale().toString(row.features), QLocale().toString(row.corpus_size));
    if (!row.status_message.isEmpty())
        meta += QStringLiteral("<br>") + shown_line(row.status_message).toHtmlEscaped();
    meta_->setText(meta);
}

void TargetPage::show_health(const campaign::TargetProgress& p) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList facts;
    facts
        << (p.running && p.row.execs_per_second > 0
                ? tr("fuzzing at %1 exec/s").arg(QLocale().toString(qint64(p.row.execs_per_second)))
                : tr("not being fuzzed now"));
    if (p.fuzz_ms > 0)
        facts << tr("fuzzed for %1").arg(campaign::duration_text(p.fuzz_ms));
    facts << (p.last_coverage_ms > 0
                  ? tr("new coverage %1 ago").arg(campaign::duration_text(now - p.last_coverage_ms))
                  : tr("no coverage found yet"));
    facts << (p.last_failure_ms > 0
                  ? tr("last failure %1 ago").arg(campaign::duration_text(now - p.last_failure_ms))
                  : tr("no failure"));
    if (p.stability >= 0)
        facts << tr("stability %1 %").arg(QLocale().toString(p.stability * 100, 'f', 1));
    if (p.discard_share >= 0)
        facts << tr("%1 % discarded by assume()")
                     .arg(QLocale().toString(p.discard_share * 100, 'f', 1));
    QStringList lines{facts.join(QStringLiteral(" · "))};
    for (const QString& w : p.warnings)
        lines << QStringLiteral("⚠ ") + w;
    health_->setText(lines.join(QLatin1Char('\n')));
}

void TargetPage::update_progress(const std::vector<campaign::TargetProgress>& targets) {
    if (!target_id_)
        return;
    for (const campaign::TargetProgress& p : targets) {
        if (p.row.id != target_id_)
            continue;
        show_row(p.row);
        show_health(p);
        if (details_.row.id != target_id_) {
            details_.row = p.row;
            charts_->set_selection({p.row.id}, {p.row.name});
            const auto it = output_.find(p.row.binary);
            QStringList lines;
            if (it != output_.end())
                for (const QString& line : it->second)
                    lines << shown_line(line);
            output_view_->setPlainText(lines.join(QLatin1Char('\n')));
        }
        break;
    }
    if (isVisible())
        charts_->refresh();
}

void TargetPage::set_details(const campaign::TargetDetails& details) {
    if (details.row.id != target_id_)
        return; // an older request
    details_ = details;
    show_row(details.row);
    charts_->set_selection({details.row.id}, {details.row.name});
    charts_->refresh();

    corpus_->setSortingEnabled(false);
    corpus_->setRowCount(int(details.corpus.size()));
    for (int i = 0; i < int(details.corpus.size()); ++i) {
        const CorpusEntry& e = details.corpus[size_t(i)];
        corpus_->setItem(i, 0, number_item(double(e.id), QString()));
        corpus_->setItem(i, 1, number_item(double(e.size), QString()));
        corpus_->setItem(i, 2, number_item(double(e.features), QString()));
        corpus_->setItem(i, 3, number_item(double(e.smallest_for), QString()));
        auto* found = new QTableWidgetItem(QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(e.found_at_ms), QLocale::ShortFormat));
        found->setData(Qt::UserRole, e.found_at_ms);
        corpus_->setItem(i, 4, found);
    }
    corpus_->setSortingEnabled(true);

    // The entries that explain the coverage: smallest for the most behaviours first.
    example_entries_.clear();
    for (const CorpusEntry& e : details_.corpus)
        if (e.smallest_for > 0)
            example_entries_.push_back(&e);
    std::sort(example_entries_.begin(), example_entries_.end(),
              [](const CorpusEntry* a, const CorpusEntry* b) {
                  return a->smallest_for != b->smallest_for ? a->smallest_for > b->smallest_for
                                                            : a->id < b->id;
              });
    if (example_entries_.size() > kMaxExamples)
        example_entries_.resize(kMaxExamples);
    examples_button_->setEnabled(!example_entries_.empty());
    examples_status_->setText(example_entries_.empty()
                                  ? tr("No corpus yet: fuzz this target first.")
                                  : tr("%n input(s) are the smallest for at least one behaviour.",
                                       nullptr, int(example_entries_.size())));

    observations_->setSortingEnabled(false);
    observations_->setRowCount(int(details.observations.size()));
    for (int i = 0; i < int(details.observations.size()); ++i) {
        const campaign::ObservationRow& o = details.observations[size_t(i)];
        const bool is_event = o.kind == QLatin1String(campaign::kObservationEvent);
        observations_->setItem(i, 0, new QTableWidgetItem(is_event ? tr("event") : tr("target")));
        observations_->setItem(i, 1, new QTableWidgetItem(o.label));
        observations_->setItem(i, 2, number_item(double(o.count), QString()));
        observations_->setItem(
            i, 3, is_event ? new QTableWidgetItem : number_item(o.best, QString::number(o.best)));
    }
    observations_->setSortingEnabled(true);

    if (!details.row.file.isEmpty()) {
        QString error;
        if (!source_->open_file(details.row.file, details.row.line, &error))
            source_->set_text(error, QString());
    }
}

void TargetPage::show_examples() {
    if (example_entries_.empty() || job_->isRunning())
        return;
    std::vector<QByteArray> inputs;
    for (const CorpusEntry* e : example_entries_)
        inputs.push_back(e->input);
    if (!job_->show(details_.row.binary, details_.row.name, inputs))
        return;
    examples_button_->setEnabled(false);
    examples_status_->setText(tr("Running %n example(s)…", nullptr, int(inputs.size())));
}

void TargetPage::examples_finished(const TargetJobResult& r) {
    examples_button_->setEnabled(!example_entries_.empty());
    if (r.job != TargetJobResult::Job::Show)
        return;
    if (!r.ok()) {
        examples_status_->setText(r.cancelled ? tr("Cancelled.") : shown_lines(r.error));
        if (!r.error.isEmpty())
            Q_EMIT message(r.error);
        return;
    }
    examples_->clear();
    const size_t n = std::min(r.examples.size(), example_entries_.size());
    for (size_t i = 0; i < n; ++i) {
        const campaign::ShownExample& ex = r.examples[i];
        const CorpusEntry* e = example_entries_[i];
        auto* top = new QTreeWidgetItem(examples_);
        top->setText(
            0, tr("#%1 — smallest for %n behaviour(s)", nullptr, int(e->smallest_for)).arg(e->id));
        top->setText(1, ex.outcome == QLatin1String("pass")
                            ? tr("%n byte(s)", nullptr, int(e->size))
                            : tr("%1: %2").arg(ex.outcome, ex.message));
        for (const auto& [label, value] : ex.draws) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(0, label);
            item->setText(1, value);
            item->setToolTip(1, value);
        }
        for (const QString& note : ex.notes) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(0, tr("note"));
            item->setText(1, note);
        }
        for (const QString& event : ex.events) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(0, tr("event"));
            item->setText(1, event);
        }
        for (const auto& [label, score] : ex.targets) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(0, tr("target(%1)").arg(label));
            item->setText(1, QString::number(score));
        }
        top->setExpanded(i < 8);
    }
    examples_status_->setText(
        tr("%n smallest example(s), most behaviours first.", nullptr, int(n)));
    Q_EMIT examplesShown();
}

void TargetPage::show_tab(int index) {
    tabs_->setCurrentIndex(index);
}

void TargetPage::add_worker_output(const QString& binary, const QString& line) {
    auto& lines = output_[binary];
    lines.push_back(line);
    while (lines.size() > kKeptOutputLines)
        lines.pop_front();
    if (details_.row.binary == binary)
        output_view_->appendPlainText(shown_line(line));
}

} // namespace arcwise::ui
