// The shipped shared-mime-info definitions (packaging/io.github.skopos.mime.xml),
// compiled by the real update-mime-database together with the system's base
// definitions, recognise real model files: by extension for every form, and
// by content where the format has a signature (pickle protocols 2-5; skops
// zips whose schema.json lies in the first 16 KB). Which files have which
// protocol / member offset was established with Python's pickletools and
// zipfile, not with Skopos.
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kSkops = QStringLiteral("application/x-skops");
const QString kPickle = QStringLiteral("application/x-python-pickle");
const QString kJoblib = QStringLiteral("application/x-joblib");
QString dataPath(const QString& rel) { return QStringLiteral(SKOPOS_TEST_DATA "/") + rel; }
} // namespace

class TestMimeTypes : public QObject {
    Q_OBJECT
    QTemporaryDir root_;
    QString files_; // copies of test data under other names

    // Copies a test file to `name` inside the scratch folder.
    QString copyAs(const QString& rel, const QString& name)
    {
        const QString to = files_ + QLatin1Char('/') + name;
        QFile::remove(to);
        if (!QFile::copy(dataPath(rel), to))
            qFatal("cannot copy %s", qPrintable(rel));
        return to;
    }
    static QString typeOf(const QString& file) { return QMimeDatabase().mimeTypeForFile(file).name(); }

private slots:
    void initTestCase()
    {
        QVERIFY(root_.isValid());
        const QString mime = root_.path() + QStringLiteral("/share/mime");
        QVERIFY(QDir().mkpath(mime + QStringLiteral("/packages")));
        QVERIFY(QFile::copy(QStringLiteral(SKOPOS_SOURCE_DIR "/packaging/io.github.skopos.mime.xml"),
                            mime + QStringLiteral("/packages/io.github.skopos.xml")));
        QVERIFY2(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                             mime + QStringLiteral("/packages/freedesktop.org.xml")),
                 "shared-mime-info is not installed");
        QProcess p;
        p.start(QStringLiteral("update-mime-database"), {mime});
        QVERIFY2(p.waitForFinished(120000), "update-mime-database did not run (shared-mime-info missing?)");
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(mime + QStringLiteral("/mime.cache")));
        // Only our scratch database: no user or system definitions interfere.
        qputenv("XDG_DATA_HOME", QFile::encodeName(root_.path() + QStringLiteral("/home")));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(root_.path() + QStringLiteral("/share")));
        files_ = root_.path() + QStringLiteral("/files");
        QVERIFY(QDir().mkpath(files_));
        QVERIFY(QMimeDatabase().mimeTypeForName(kSkops).isValid());
    }

    void byExtension_data()
    {
        QTest::addColumn<QString>("rel");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        const QString dir = QStringLiteral("pickle/fixtures/ColumnTransformer/");
        // A big skops model: schema.json is the last member, far from the start.
        QTest::newRow("big .skops") << QStringLiteral("fixtures/GaussianProcessClassifier/model.skops")
                                    << QStringLiteral("a.skops") << kSkops;
        QTest::newRow(".pkl p0") << dir + QStringLiteral("model.p0.pkl") << QStringLiteral("a.pkl") << kPickle;
        QTest::newRow(".pickle p1") << dir + QStringLiteral("model.p1.pkl") << QStringLiteral("a.pickle") << kPickle;
        QTest::newRow(".joblib") << dir + QStringLiteral("model.joblib") << QStringLiteral("a.joblib") << kJoblib;
        for (const char* ext : {"z", "gz", "bz2", "xz", "lzma", "lz4"}) {
            const QString e = QString::fromLatin1(ext);
            QTest::newRow(qPrintable(QStringLiteral(".joblib.") + e))
                << dir + QStringLiteral("model.joblib.") + e << QStringLiteral("a.joblib.") + e << kJoblib;
        }
        QTest::newRow(".pkl.z") << dir + QStringLiteral("model.joblib.z") << QStringLiteral("a.pkl.z") << kPickle;
        QTest::newRow(".pbz2") << dir + QStringLiteral("model.joblib.bz2") << QStringLiteral("a.pbz2") << kPickle;
    }
    void byExtension()
    {
        QFETCH(QString, rel);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(typeOf(copyAs(rel, name)), expected);
    }

    void byContent_data()
    {
        QTest::addColumn<QString>("rel");
        QTest::addColumn<QString>("expected");
        const QString dir = QStringLiteral("pickle/fixtures/ColumnTransformer/");
        for (int proto = 2; proto <= 5; ++proto)
            QTest::newRow(qPrintable(QStringLiteral("pickle protocol %1").arg(proto)))
                << dir + QStringLiteral("model.p%1.pkl").arg(proto) << kPickle;
        // schema.json is the first member (no arrays) / within the first 16 KB.
        QTest::newRow("skops, schema first")
            << QStringLiteral("fixtures/extra_function_transformer/model.skops") << kSkops;
        QTest::newRow("skops, small arrays") << QStringLiteral("fixtures/BernoulliNB/model.skops") << kSkops;
        // No signature: recognised by extension only (documented in packaging/README.md).
        QTest::newRow("big skops is a zip")
            << QStringLiteral("fixtures/GaussianProcessClassifier/model.skops") << QStringLiteral("application/zip");
    }
    void byContent()
    {
        QFETCH(QString, rel);
        QFETCH(QString, expected);
        QCOMPARE(typeOf(copyAs(rel, QStringLiteral("no-extension"))), expected);
    }

    void protocolZeroHasNoSignature()
    {
        const QString t = typeOf(
            copyAs(QStringLiteral("pickle/fixtures/ColumnTransformer/model.p0.pkl"), QStringLiteral("no-extension")));
        QVERIFY2(t != kPickle, qPrintable(t));
    }
};

QTEST_GUILESS_MAIN(TestMimeTypes)
#include "tst_mimetypes.moc"
