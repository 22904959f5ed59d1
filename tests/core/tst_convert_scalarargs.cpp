// convert reads a pickle's numpy scalars without their (dtype, bytes)
// argument nodes (OpenOptions::droppedScalarArgs) and numbers nodes as a full
// read does: schema.json must be the text the emitter writes from a full
// read, __id__s and member names included. The pickles are written by
// tests/data/pickle/scalarargs/make.py (real numpy and pickle).
#include "convert/Converter.h"
#include "convert/SchemaEmitter.h"
#include "document/Open.h"
#include "io/ZipArchive.h"
#include "trust/Audit.h"

#include "TestData.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace skopos;

namespace {
// .bin members are named uuid4().bin: masked.
QString masked(const std::string& text)
{
    static const QRegularExpression uuid("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.bin");
    return QString::fromStdString(text).replace(uuid, "UUID.bin");
}
} // namespace

class TestConvertScalarArgs : public QObject {
    Q_OBJECT
private slots:
    void schemaAsFromFullRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("drops");   // protocol 2 writes the bytes as escaped text: nothing dropped
        QTest::addColumn<bool>("revived"); // a later reference rebuilds dropped nodes: read again whole
        QTest::newRow("vocab p4") << "pickle/scalarargs/vocab.p4.pkl" << true << false;
        QTest::newRow("vocab p2") << "pickle/scalarargs/vocab.p2.pkl" << false << false;
        QTest::newRow("shared args") << "pickle/scalarargs/shared-args.p4.pkl" << true << true;
    }
    void schemaAsFromFullRead()
    {
        QFETCH(QString, file);
        QFETCH(bool, drops);
        QFETCH(bool, revived);
        const std::string input = testdata::spath(file);

        // The read convert does drops arguments (else this test shows nothing).
        OpenOptions o;
        OpenOptions::DroppedScalarArgs dropped;
        o.droppedScalarArgs = &dropped;
        const Document thin = openDocument(input, o);
        QCOMPARE(!dropped.scalars.empty(), drops);
        QCOMPARE(dropped.revived, revived);
        const Document full = openDocument(input);
        if (!revived) // each dropped scalar lost its bytes and tuple nodes
            QCOMPARE(thin.tree.size() + 2 * dropped.scalars.size(), full.tree.size());

        const AuditResult ar = audit(full.tree);
        const std::string expected = convert::SchemaEmitter(full, ar).run();

        QTemporaryDir tmp;
        const std::string out = tmp.filePath("out.skops").toStdString();
        convertToSkops(input, out);
        ZipArchive zip(out);
        QCOMPARE(masked(zip.read("schema.json", 1 << 24)), masked(expected));
        // Every .npy member the schema names is in the archive.
        const QRegularExpression npy("\"file\": \"([0-9]+\\.npy)\"");
        int named = 0;
        for (auto it = npy.globalMatch(QString::fromStdString(expected)); it.hasNext(); ++named)
            QVERIFY(!zip.read(it.next().captured(1).toStdString(), 1 << 16).empty());
        QVERIFY(named > 0);
    }
};

QTEST_GUILESS_MAIN(TestConvertScalarArgs)
#include "tst_convert_scalarargs.moc"
