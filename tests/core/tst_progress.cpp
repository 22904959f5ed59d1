// Progress and cancellation, as the GUI uses them (OpenOptions::progress and
// ::cancel): readers report advancing positions bounded by the total, and a
// cancel request makes them throw Cancelled instead of returning a tree.
// Real files: the largest real-world pickle (253,066 opcodes: the pickle
// machine reports every 65,536) and a real skops file.
#include "document/Open.h"
#include "tree/Error.h"

#include "TestData.h"

#include <QtTest>

#include <atomic>

using namespace skopos;

namespace {
struct Report {
    std::uint64_t done, total;
};
} // namespace

class TestProgress : public QObject {
    Q_OBJECT
private slots:
    void reportsAdvance_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("pickle") << "realworld/Aditya-Jha2002__sentiment-analysis/models__feature_vectorizer.pkl";
        QTest::newRow("skops") << "fixtures/GradientBoostingClassifier/model.skops";
    }
    void reportsAdvance()
    {
        QFETCH(QString, file);
        const QString path = testdata::path(file);
        QVERIFY2(QFile::exists(path), qPrintable("missing test data: " + path));
        std::vector<Report> reports;
        OpenOptions o;
        o.progress = [&](std::uint64_t done, std::uint64_t total) { reports.push_back({done, total}); };
        const Document doc = openDocument(path.toStdString(), o);
        QVERIFY(doc.tree.root != kNoNode);
        QVERIFY2(reports.size() >= 2, qPrintable(QString::number(reports.size()) + " reports"));
        for (std::size_t i = 0; i < reports.size(); ++i) {
            QVERIFY(reports[i].total > 0);
            QVERIFY(reports[i].done <= reports[i].total);
            if (i > 0 && reports[i].total == reports[i - 1].total)
                QVERIFY(reports[i].done >= reports[i - 1].done);
        }
    }

    // Cancel from inside the first report (what the Cancel button does from
    // the GUI thread while the reader runs in a worker).
    void cancelStops_data() { reportsAdvance_data(); }
    void cancelStops()
    {
        QFETCH(QString, file);
        std::atomic<bool> cancel{false};
        int reports = 0;
        OpenOptions o;
        o.cancel = &cancel;
        o.progress = [&](std::uint64_t, std::uint64_t) {
            ++reports;
            cancel = true;
        };
        bool cancelled = false;
        try {
            openDocument(testdata::spath(file), o);
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(reports, 1);
    }

    // A request made before reading starts is honoured too.
    void cancelBeforeStart_data() { reportsAdvance_data(); }
    void cancelBeforeStart()
    {
        QFETCH(QString, file);
        const std::atomic<bool> cancel{true};
        OpenOptions o;
        o.cancel = &cancel;
        QVERIFY_THROWS_EXCEPTION(Cancelled, openDocument(testdata::spath(file), o));
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
