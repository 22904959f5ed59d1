// The Raw view highlights the selected node's whole span (issue 22, item 7:
// it showed only the first 3 lines): a skops node's JSON object from its '{'
// to the matching '}' (checked by parsing it with Qt and comparing it with
// schema.json's own object), a pickle node's opcodes from the one that
// built it to the last one of what it holds (checked against the
// pickletools listing of the same file, written by Python).
#include "DocumentTab.h"
#include "LoadedDocument.h"
#include "ObjectTreeModel.h"
#include "TestData.h"
#include "TreeFind.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTreeView>
#include <QtTest>

using namespace skopos;

using uitest::findKey;

class TestRawSpan : public QObject {
    Q_OBJECT
private slots:
    void skopsObjectWhole()
    {
        auto doc = ui::loadDocument(testdata::path(QStringLiteral("ui/StandardScaler.skops")), OpenOptions{},
                                    std::set<std::string>{});
        QVERIFY(doc);
        ui::DocumentTab tab;
        QAbstractItemModelTester tester(tab.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setDocument(doc, QStringLiteral("StandardScaler.skops"));
        const QString raw = tab.rawView()->toPlainText();
        const QJsonObject schema = QJsonDocument::fromJson(raw.toUtf8()).object();
        QVERIFY(!schema.isEmpty());
        // The root: all of schema.json.
        tab.treeView()->setCurrentIndex(tab.treeModel()->index(0, 0));
        QCOMPARE(QJsonDocument::fromJson(tab.rawHighlightedText().toUtf8()).object(), schema);
        // mean_: its object in the state's content, whole (more than 3 lines).
        const QModelIndex mean = findKey(tab.treeModel(), QStringLiteral("mean_"));
        QVERIFY(mean.isValid());
        tab.treeView()->setCurrentIndex(mean);
        const QString shown = tab.rawHighlightedText();
        QVERIFY2(shown.startsWith(QLatin1Char('{')) && shown.endsWith(QLatin1Char('}')), qPrintable(shown));
        QVERIFY(shown.count(QLatin1Char('\n')) >= 3);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(shown.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject state =
            schema.value(QStringLiteral("content")).toObject(); // the scaler's __dict__ (a DictNode)
        QCOMPARE(object, state.value(QStringLiteral("content")).toObject().value(QStringLiteral("mean_")).toObject());
    }

    void pickleOpcodesWhole()
    {
        const QStringList listing = [] {
            QFile f(testdata::path(QStringLiteral("ui/StandardScaler.p4.pickletools.txt")));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))
                                               : QStringList{};
        }();
        QVERIFY(listing.size() > 100);
        auto doc = ui::loadDocument(testdata::path(QStringLiteral("ui/StandardScaler.p4.pkl")), OpenOptions{},
                                    std::set<std::string>{});
        QVERIFY(doc);
        ui::DocumentTab tab;
        QAbstractItemModelTester tester(tab.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setDocument(doc, QStringLiteral("StandardScaler.p4.pkl"));
        tab.rawView();
        tab.treeView()->setCurrentIndex(tab.treeModel()->index(0, 0));
        const QStringList lines = tab.rawHighlightedText().split(QLatin1Char('\n'));
        // From the NEWOBJ that made the scaler through every key and value of its state.
        QVERIFY2(lines.size() > 100, qPrintable(QString::number(lines.size())));
        QVERIFY2(lines.first().contains(QStringLiteral("NEWOBJ")), qPrintable(lines.first()));
        for (const char* key : {"'with_mean'", "'n_samples_seen_'", "'scale_'"})
            QVERIFY2(lines.filter(QLatin1String(key)).size() == 1, key);
        // The listing's own lines, in order (pickletools and Skopos agree on offsets).
        const int at = listing.indexOf(QRegularExpression(
            QStringLiteral("^\\s*%1:.*").arg(lines.first().section(QLatin1Char(':'), 0, 0).trimmed())));
        QVERIFY(at > 0);
        for (int i = 1; i < lines.size(); ++i)
            QCOMPARE(lines[i].section(QLatin1Char(':'), 0, 0).trimmed(),
                     listing[at + i].section(QLatin1Char(':'), 0, 0).trimmed());
    }
};

QTEST_MAIN(TestRawSpan)
#include "tst_rawspan.moc"
