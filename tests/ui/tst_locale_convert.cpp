// The German (and French) GUI converts to the same bytes as the "C" locale.
// QApplication sets the process locale from the environment, as on a German
// desktop: main() below puts LC_ALL=de_DE.UTF-8 in the environment before the
// QApplication exists. The window then converts real protocol-0 pickles (FLOAT
// text lines) and an old skops file (JSON float text) through File › Convert's
// own path (MainWindow::convertTo), and the result must equal byte for byte
// what `skopos convert` writes under LC_ALL=C. A missing locale skips, or fails
// when SKOPOS_REQUIRE_ORACLES=1 (scripts/test.sh generates both locales).

#include "MainWindow.h"
#include "ObjectTreeModel.h"
#include "TestData.h"
#include "ZipBytes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <clocale>
#include <cstring>

using namespace skopos::ui;

namespace {

QString numericLocale() { return QString::fromLatin1(std::setlocale(LC_NUMERIC, nullptr)); }
bool commaDecimal() { return std::strcmp(std::localeconv()->decimal_point, ",") == 0; }

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the command line writes in the "C" locale: the reference.
QByteArray convertedInC(const QString& input, const QString& out)
{
    const testdata::CliResult r = testdata::runSkopos(
        {QStringLiteral("convert"), input, QStringLiteral("-o"), out}, 60000, [](QProcess& p) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
            p.setProcessEnvironment(env);
        });
    if (r.crashed || r.exitCode > 1) // 1: converted, the result still needs trusted types
        qWarning("skopos convert %s: exit %d: %s", qPrintable(input), r.exitCode, r.err.constData());
    return readAll(out);
}

// File › Convert's path in the window.
QByteArray convertedInGui(const QString& input, const QString& out)
{
    MainWindow w;
    QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.show();
    QSignalSpy opened(&w, &MainWindow::documentOpened);
    w.openFile(input);
    if (!opened.wait(15000))
        return {};
    QSignalSpy converted(&w, &MainWindow::converted);
    if (!w.convertTo(out) || !converted.wait(30000))
        return {};
    return readAll(out);
}

} // namespace

class TestLocaleConvert : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_locale_convert"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void sameBytesAsC_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("input");
        for (const char* loc : {"de_DE.UTF-8", "fr_FR.UTF-8"})
            for (const char* in : {"locale/floats.p0.pkl", "pickle/fixtures/LogisticRegression/model.p0.pkl",
                                   "old-skops/v0.5.0-sgd_rng.skops"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(loc, in)))
                    << QString::fromLatin1(loc) << QString::fromLatin1(in);
    }
    void sameBytesAsC()
    {
        QFETCH(QString, locale);
        QFETCH(QString, input);
        // de_DE comes from QApplication (main); fr_FR is set the way it sets it.
        if (locale.startsWith(QLatin1String("fr")))
            std::setlocale(LC_ALL, "fr_FR.UTF-8");
        else
            std::setlocale(LC_ALL, "");
        if (!numericLocale().startsWith(locale.left(5)) || !commaDecimal())
            SKOPOS_ORACLE_SKIP(locale + " is not generated (apt-get install locales; locale-gen); LC_NUMERIC is "
                               + numericLocale());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray inC = convertedInC(testdata::path(input), dir.filePath(QStringLiteral("c.skops")));
        QVERIFY(inC.size() > 100);
        const QByteArray inGui = convertedInGui(testdata::path(input), dir.filePath(QStringLiteral("gui.skops")));
        QVERIFY(commaDecimal()); // the window ran in the German/French locale
        QCOMPARE(inGui.size(), inC.size());
        QVERIFY(testdata::withoutZipTimes(inGui) == testdata::withoutZipTimes(inC));
    }
};

int main(int argc, char** argv)
{
    // As a German desktop session starts the app: QApplication calls
    // setlocale(LC_ALL, "") and takes LC_NUMERIC from here.
    qputenv("LC_ALL", "de_DE.UTF-8");
    QApplication app(argc, argv);
    TestLocaleConvert t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_locale_convert.moc"
