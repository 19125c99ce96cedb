// The reports' data as the database holds it: arcwise-cli report and the workbench's Export.

#include "stored_report.h"

#include "cfg_model.h"
#include "database.h"
#include "hosts.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace arcwise::campaign {

ScalingHint stored_scaling(Database& db, const ReportData& data, double core_hour_cost,
                           const QString& project) {
    ScalingInput in;
    in.core_hour_cost = core_hour_cost;
    in.changes_per_day = git_changes_per_day(project);
    qint64 latest = 0;
    for (const HostRow& h : data.hosts)
        latest = std::max(latest, h.heartbeat_ms);
    for (const HostRow& h : data.hosts) // the hosts of the last campaign (within its lease time)
        if (latest - h.heartbeat_ms <= HostLink::kLeaseMs)
            in.cores += h.cores;
    in.cores = std::max(1, in.cores);
    CalibrationTally tally;
    tally.add(db.stats(-1, latest - 24 * 3600 * 1000));
    in.calibration = tally.result();
    for (const TargetRow& t : data.targets) {
        in.targets.push_back(TargetRate{t.id, tally.rate_per_worker(t.id), 0});
        in.calibration_by_target[t.id] = tally.result(t.id);
    }
    return scaling_hint(in);
}

ReportData stored_report_data(Database& db, const QString& project, const QString& version,
                              double core_hour_cost) {
    ReportData data;
    data.project = QFileInfo(project).absoluteFilePath();
    data.arcwise_version = version;
    data.generated = QDateTime::currentDateTimeUtc();
    data.targets = db.targets();
    data.failures = db.failures();
    data.hosts = db.hosts();
    data.spread = db.target_spread();
    data.scaling = stored_scaling(db, data, core_hour_cost, project);
    return data;
}

CampaignReportData stored_campaign_report(Database& db, const ReportData& data) {
    CampaignReportData report;
    report.data = data;
    const CampaignReportOptions options;
    std::map<QString, std::optional<CfgModel>> loaded; // per binary: its graph, symbolised once
    std::map<QString, QString> errors;
    for (const TargetRow& t : data.targets) {
        CampaignReportTarget target;
        target.target_id = t.id;
        target.stats = db.stats(t.id);
        if (!loaded.count(t.binary)) {
            QString error;
            const QString cache = CfgModel::cache_dir(t.binary);
            loaded[t.binary] = QFileInfo::exists(t.binary) ? CfgModel::load(t.binary, &error, cache)
                                                           : std::nullopt;
            errors[t.binary] = QFileInfo::exists(t.binary)
                                   ? error
                                   : QStringLiteral("%1 is not there any more").arg(t.binary);
        }
        const std::optional<CfgModel>& graph = loaded[t.binary];
        if (graph) {
            auto model = std::make_shared<CfgModel>(*graph);
            const std::vector<CorpusRow> corpus = db.corpus(t.id);
            model->set_coverage(corpus);
            std::set<qint64> wanted;
            const std::vector<int> ranked = model->ranked_arcs();
            for (size_t i = 0; i < ranked.size() && int(i) < options.max_blockers; ++i)
                wanted.insert(model->smallest_input(model->arcs()[size_t(ranked[i])].from));
            for (const CorpusRow& row : corpus)
                if (wanted.count(row.id))
                    target.inputs[row.id] = row.input;
            target.model = std::move(model);
        } else {
            target.model_error = errors[t.binary];
        }
        report.targets.push_back(std::move(target));
    }
    return report;
}

} // namespace arcwise::campaign
