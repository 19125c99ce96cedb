// Helper of tst_database: commits batches of corpus rows to a database as fast as it can and prints
// the number of each batch once its transaction has committed, until it is killed.
//
// usage: db_writer <database-url> <rows-per-batch>
// Row r of batch b has the input "b<b>/r<r>"; the target is "writer" of the binary "/db_writer".

#include "campaign/database.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>

using arcwise::campaign::CorpusRow;
using arcwise::campaign::Database;
using arcwise::campaign::TargetInfo;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: db_writer <database-url> <rows-per-batch>\n");
        return 2;
    }
    const int rows_per_batch = args[2].toInt();
    QString error;
    std::unique_ptr<Database> db = Database::open(args[1], &error);
    if (!db) {
        std::fprintf(stderr, "db_writer: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 binary = db->upsert_binary(QStringLiteral("/db_writer"), QStringLiteral("b1"), 0);
    const qint64 target =
        db->upsert_target(binary, TargetInfo{QStringLiteral("writer"), QStringLiteral("property"),
                                             QStringLiteral("db_writer.cpp"), 1});
    if (binary < 0 || target < 0) {
        std::fprintf(stderr, "db_writer: %s\n", qPrintable(db->last_error()));
        return 1;
    }
    for (int batch = 1;; ++batch) {
        std::vector<CorpusRow> rows;
        for (int r = 0; r < rows_per_batch; ++r) {
            CorpusRow row;
            row.target_id = target;
            row.input = "b" + QByteArray::number(batch) + "/r" + QByteArray::number(r);
            row.features = {uint32_t(batch), uint32_t(r)};
            row.found_at_ms = batch;
            rows.push_back(std::move(row));
        }
        if (!db->add_corpus(rows)) {
            std::fprintf(stderr, "db_writer: %s\n", qPrintable(db->last_error()));
            return 1;
        }
        std::printf("%d\n", batch);
        std::fflush(stdout);
    }
}
