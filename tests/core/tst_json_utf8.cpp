// The two JSON string writers on bytes that are not UTF-8 (crafted strings:
// this tests our writers, it imitates no file). The converter's (json.dumps
// form) refuses what no Python str can hold and names it; lone surrogates,
// which a Python str can hold, are written as json.dumps writes them (the
// expected texts were printed by Debian's python3: json.dumps('\ud800') ...).
// The report writer (jsonQuote) never lets such bytes through raw: its output
// stays valid UTF-8.

#include "convert/JsonText.h"
#include "tree/Error.h"
#include "tree/JsonQuote.h"

#include <QtTest>

#include <string>

using namespace skopos;

namespace {

bool validUtf8(const std::string& s)
{
    const QByteArray b = QByteArray::fromStdString(s);
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)d.decode(b);
    return !d.hasError();
}

} // namespace

class TestJsonUtf8 : public QObject {
    Q_OBJECT
private slots:
    void converterRefuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("overlong 2") << QByteArray("ab\xC0\x80") << "an overlong encoding at byte 2, 0xc0";
        QTest::newRow("overlong 3") << QByteArray("\xE0\x80\xAF") << "an overlong encoding at byte 0, 0xe0";
        QTest::newRow("overlong 4") << QByteArray("\xF0\x8F\xBF\xBF") << "an overlong encoding at byte 0, 0xf0";
        QTest::newRow("above 10FFFF") << QByteArray("\xF4\x90\x80\x80") << "a code point above U+10FFFF at byte 0";
        QTest::newRow("F5 lead") << QByteArray("x\xF5\x80\x80\x80") << "a code point above U+10FFFF at byte 1";
        QTest::newRow("truncated at end") << QByteArray("\xE2\x82") << "cut short by the end of the string at byte 0";
        QTest::newRow("truncated by ascii")
            << QByteArray("\xE2\x82z") << "cut short by a byte that does not continue it";
        QTest::newRow("stray continuation")
            << QByteArray("\x80") << "a continuation byte without a lead byte at byte 0";
        QTest::newRow("FF") << QByteArray("ok\xFF") << "a byte that never occurs in UTF-8 at byte 2, 0xff";
    }
    void converterRefuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        try {
            const std::string out = convert::jsonString(bytes.toStdString());
            QFAIL(qPrintable(QStringLiteral("written as ") + QString::fromStdString(out)));
        } catch (const ReadError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(problem), e.what());
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("not UTF-8")), e.what());
        }
    }

    void converterWritesWhatPythonWrites()
    {
        QCOMPARE(convert::jsonString("\xED\xA0\x80"), std::string(R"("\ud800")"));
        QCOMPARE(convert::jsonString("\xC3\xA9\xED\xB2\x80x"), std::string(R"("\u00e9\udc80x")"));
        QCOMPARE(convert::jsonString("\xF0\x9F\x98\x80"), std::string(R"("\ud83d\ude00")"));
        QCOMPARE(convert::jsonString("\x7f"), std::string(R"("\u007f")"));
        QCOMPARE(convert::jsonString("\xF4\x8F\xBF\xBF"), std::string(R"("\udbff\udfff")")); // U+10FFFF itself
    }

    void reportsStayUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("quoted");
        QTest::newRow("valid passes") << QByteArray("\xC3\xA9\xF0\x9F\x98\x80")
                                      << QByteArray("\"\xC3\xA9\xF0\x9F\x98\x80\"");
        QTest::newRow("overlong") << QByteArray("a\xC0\x80") << QByteArray(R"("a\u00c0\u0080")");
        QTest::newRow("overlong 3") << QByteArray("\xE0\x80\xAF") << QByteArray(R"("\u00e0\u0080\u00af")");
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80z") << QByteArray(R"("\ud800z")");
        QTest::newRow("above 10FFFF") << QByteArray("\xF4\x90\x80\x80") << QByteArray(R"("\u00f4\u0090\u0080\u0080")");
        QTest::newRow("truncated") << QByteArray("\xE2\x82") << QByteArray(R"("\u00e2\u0082")");
        QTest::newRow("stray") << QByteArray("\x80\xFF") << QByteArray(R"("\u0080\u00ff")");
    }
    void reportsStayUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, quoted);
        const std::string out = jsonQuote(bytes.toStdString());
        QCOMPARE(QByteArray::fromStdString(out), quoted);
        QVERIFY(validUtf8(out));
    }
};

QTEST_GUILESS_MAIN(TestJsonUtf8)
#include "tst_json_utf8.moc"
