#include "settings_dialog.h"

#include "campaign/campaign_settings.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QThread>
#include <QVBoxLayout>
#include <limits>

namespace arcwise::ui {

using campaign::SettingSpec;

namespace {

QString settings_key(const char* key) {
    return QStringLiteral("campaign/") + QString::fromLatin1(key);
}

QString translated(const char* text) {
    return QCoreApplication::translate("CampaignSettings", text);
}

} // namespace

QVariantMap load_campaign_settings() {
    QSettings settings;
    QVariantMap values = campaign::default_settings();
    for (const SettingSpec& s : campaign::campaign_settings()) {
        const QString key = settings_key(s.key);
        if (s.stored && settings.contains(key))
            values.insert(QString::fromLatin1(s.key), settings.value(key).toString());
    }
    return values;
}

void save_campaign_settings(const QVariantMap& values) {
    QSettings settings;
    for (auto it = values.begin(); it != values.end(); ++it)
        settings.setValue(QStringLiteral("campaign/") + it.key(), it.value().toString());
}

QString load_colour_scheme() {
    return QSettings().value(QStringLiteral("ui/colours"), QStringLiteral("system")).toString();
}

void apply_colour_scheme(const QString& scheme) {
    static const QPalette system = QApplication::palette();
    if (scheme == QLatin1String("dark")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark_palette());
    } else if (scheme == QLatin1String("light")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setPalette(system);
    }
}

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Preferences"));
    const QVariantMap values = load_campaign_settings();
    auto* campaign_box = new QGroupBox(tr("Campaign"), this);
    auto* form = new QFormLayout(campaign_box);
    for (const SettingSpec& s : campaign::campaign_settings()) {
        if (!s.stored) // one run's option (the duration): given when starting it
            continue;
        const QString key = QString::fromLatin1(s.key);
        const QString value = values.value(key).toString();
        QWidget* editor = nullptr;
        switch (s.kind) {
        case SettingSpec::Kind::Integer: {
            auto* spin = new QSpinBox(campaign_box);
            spin->setRange(int(s.minimum),
                           int(std::min(s.maximum, double(std::numeric_limits<int>::max()))));
            spin->setValue(value.toInt());
            if (key == QLatin1String("cores"))
                spin->setSpecialValueText(tr("all (%1)").arg(QThread::idealThreadCount()));
            editor = spin;
            break;
        }
        case SettingSpec::Kind::Seconds: {
            auto* spin = new QDoubleSpinBox(campaign_box);
            spin->setRange(s.minimum, s.maximum);
            spin->setDecimals(1);
            spin->setSuffix(tr(" s"));
            const auto ms = campaign::parse_duration(value);
            spin->setValue(ms ? double(*ms) / 1000.0 : value.toDouble());
            editor = spin;
            break;
        }
        case SettingSpec::Kind::Choice: {
            auto* combo = new QComboBox(campaign_box);
            for (const QString& c : QString::fromLatin1(s.choices).split(QLatin1Char('|')))
                combo->addItem(c, c);
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
            editor = combo;
            break;
        }
        case SettingSpec::Kind::Text: {
            auto* line = new QLineEdit(value, campaign_box);
            if (key == QLatin1String("changed-since"))
                line->setPlaceholderText(tr("none; auto, a ref (origin/main) or a duration (7d)"));
            else if (key == QLatin1String("build-command"))
                line->setPlaceholderText(tr("default: cmake --build PROJECT"));
            else
                line->setPlaceholderText(tr("default: PROJECT/.arcwise/arcwise.sqlite"));
            line->setMinimumWidth(360);
            editor = line;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("setting_") + key);
        editor->setToolTip(translated(s.help));
        editors_.insert(key, editor);
        form->addRow(translated(s.label), editor);
    }

    auto* look_box = new QGroupBox(tr("Appearance"), this);
    auto* look = new QFormLayout(look_box);
    auto* scheme = new QComboBox(look_box);
    scheme->addItem(tr("Follow the system"), QStringLiteral("system"));
    scheme->addItem(tr("Light"), QStringLiteral("light"));
    scheme->addItem(tr("Dark"), QStringLiteral("dark"));
    scheme->setCurrentIndex(std::max(0, scheme->findData(load_colour_scheme())));
    scheme_ = scheme;
    look->addRow(tr("Colours"), scheme);

    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #d55e00"));
    error_->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(campaign_box);
    layout->addWidget(look_box);
    layout->addWidget(error_);
    layout->addWidget(buttons);
}

void SettingsDialog::accept() {
    QVariantMap values;
    for (auto it = editors_.begin(); it != editors_.end(); ++it) {
        QWidget* w = it.value();
        if (auto* spin = qobject_cast<QSpinBox*>(w))
            values.insert(it.key(), QString::number(spin->value()));
        else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(w))
            values.insert(it.key(), QString::number(dspin->value(), 'g', 15)); // never "1e+06"
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            values.insert(it.key(), combo->currentData().toString());
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            values.insert(it.key(), line->text().trimmed());
    }
    campaign::CampaignOptions probe;
    QString error;
    if (!campaign::apply_settings(values, probe, &error)) {
        error_->setText(error);
        error_->show();
        return;
    }
    save_campaign_settings(values);
    const QString scheme = static_cast<QComboBox*>(scheme_)->currentData().toString();
    QSettings().setValue(QStringLiteral("ui/colours"), scheme);
    apply_colour_scheme(scheme);
    QDialog::accept();
}

} // namespace arcwise::ui
