// Issue 24: `skopos diff` on pairs written by real scikit-learn, pickle,
// joblib and skops (scripts/make_diff_pairs.py). The expected changes in
// tests/data/diff/pairs.json come from a walk over the two Python objects,
// not the files: each pair's change paths and kinds, values as Python's
// repr prints them, and for arrays the differing count and numpy's
// np.max(np.abs(a - b)) over the differing elements, must match exactly.

#include "TestData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

class TestDiff : public QObject {
    Q_OBJECT
private:
    static QJsonArray allPairs()
    {
        return testdata::requiredArray(testdata::readJson(testdata::path("diff/pairs.json")), "pairs", "pairs.json");
    }

    static std::map<QString, QJsonObject> byPath(const QJsonArray& changes)
    {
        std::map<QString, QJsonObject> m;
        for (const auto& c : changes)
            m[c.toObject()["path"].toString()] = c.toObject();
        return m;
    }

private slots:
    void pairs_data()
    {
        QTest::addColumn<QJsonObject>("pair");
        const QJsonArray all = allPairs();
        QVERIFY(all.size() >= 14);
        for (const auto& p : all)
            QTest::newRow(qPrintable(p.toObject()["name"].toString())) << p.toObject();
    }

    void pairs()
    {
        QFETCH(QJsonObject, pair);
        const QString a = testdata::path("diff/" + pair["a"].toString());
        const QString b = testdata::path("diff/" + pair["b"].toString());
        const testdata::CliResult r = testdata::runSkopos({"diff", "--json", a, b});
        QVERIFY2(!r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, pair["exit"].toInt());
        QJsonParseError pe;
        const QJsonObject got = QJsonDocument::fromJson(r.out, &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString() + ": " + r.out));
        QCOMPARE(got["same"].toBool(), pair["same"].toBool());

        const auto want = byPath(pair["changes"].toArray());
        const auto have = byPath(got["changes"].toArray());
        QStringList wantPaths, havePaths;
        for (const auto& [p, c] : want)
            wantPaths << p + " " + c["change"].toString();
        for (const auto& [p, c] : have)
            havePaths << p + " " + c["change"].toString();
        QCOMPARE(havePaths, wantPaths);
        for (const auto& [path, w] : want) {
            const QJsonObject h = have.at(path);
            const QString what = w["change"].toString();
            if (what == "value" || what == "type") {
                QCOMPARE(h["a"].toString(), w["a"].toString());
                QCOMPARE(h["b"].toString(), w["b"].toString());
            } else if (what == "added") {
                QCOMPARE(h["b"].toString(), w["b"].toString());
            } else if (what == "removed") {
                QCOMPARE(h["a"].toString(), w["a"].toString());
            } else if (what == "array") {
                QCOMPARE(h["shape_a"].toArray(), w["shape_a"].toArray());
                QCOMPARE(h["shape_b"].toArray(), w["shape_b"].toArray());
                if (!w["dtype_a"].toString().startsWith('[')) { // structured: numpy's text differs from the descr
                    QCOMPARE(h["dtype_a"].toString(), w["dtype_a"].toString());
                    QCOMPARE(h["dtype_b"].toString(), w["dtype_b"].toString());
                }
                if (w.contains("differing")) {
                    QCOMPARE(h["elements"].toInteger(), w["elements"].toInteger());
                    QCOMPARE(h["differing"].toInteger(), w["differing"].toInteger());
                    // Exact: the same double numpy computed (or both null).
                    QCOMPARE(h["max_abs_diff"].isNull(), w["max_abs_diff"].isNull());
                    QVERIFY2(h["max_abs_diff"].toDouble() == w["max_abs_diff"].toDouble(), // QCOMPARE would be fuzzy
                             qPrintable(QString::number(h["max_abs_diff"].toDouble(), 'g', 17) + " vs numpy's "
                                        + QString::number(w["max_abs_diff"].toDouble(), 'g', 17)));
                }
            }
        }
        const QJsonObject trust = got["trust"].toObject();
        QCOMPARE(trust["dangerous_added"].toArray(), pair["dangerous_added"].toArray());

        // The text form: same exit, one line per change naming its path.
        const testdata::CliResult t = testdata::runSkopos({"diff", a, b});
        QCOMPARE(t.exitCode, pair["exit"].toInt());
        const QStringList lines = QString::fromUtf8(t.out).split('\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= int(want.size()) + 1);
        for (int i = 0; i < int(want.size()); ++i)
            QVERIFY2(QRegularExpression("^[~+-] [^:]*: ").match(lines[i]).hasMatch(), qPrintable(lines[i]));
        for (const auto& [path, w] : want)
            QVERIFY2(lines.filter(QRegularExpression("^[~+-] " + QRegularExpression::escape(path) + ": ")).size() == 1,
                     qPrintable(path));
        for (const auto& name : pair["dangerous_added"].toArray())
            QVERIFY(lines.contains("  ! dangerous: " + name.toString()));
    }

    void arrayLineSaysCountAndMax()
    {
        const testdata::CliResult r = testdata::runSkopos(
            {"diff", testdata::path("diff/lr.p4.pkl"), testdata::path("diff/lr-c005.skops")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("~ C: 1.0 \u2192 0.05\n"), r.out.constData());
        QVERIFY2(QRegularExpression("~ coef_: 8 of 8 elements differ, max \\|a\u2212b\\| = 1\\.15998")
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
    }

    void shapeChangeSaidAsSuch()
    {
        const testdata::CliResult r = testdata::runSkopos(
            {"diff", testdata::path("diff/pipe2.skops"), testdata::path("diff/pipe3.skops")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("~ steps/2/1/coef_: shape (1, 8) \u2192 (1, 4)\n"), r.out.constData());
        QVERIFY2(r.out.contains("+ steps/1: builtins.tuple\n"), r.out.constData());
    }

    // Arrays larger than one 16 MB window, one side in a zlib joblib stream:
    // elements on both sides of the window edge, NaN on both sides at one
    // place, written and judged by numpy in a temporary folder.
    void largeArraysAcrossWindows()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QProcess py;
        py.start("/usr/bin/python3",
                 {"-c", R"(
import json, pickle, sys
import joblib
import numpy as np
d = sys.argv[1]
a = np.random.default_rng(1).standard_normal(3_000_000)  # 24 MB: two windows
b = a.copy()
b[[0, 2_097_151, 2_097_152, 2_999_999]] += [1e-9, 0.5, -0.25, 2.0]  # 2_097_152 = 16 MiB / 8
a[10] = b[10] = np.nan
joblib.dump({"w": a, "x": a[:1000].copy()}, d + "/a.joblib.z", compress=("zlib", 1))
with open(d + "/b.pkl", "wb") as f:
    pickle.dump({"w": b, "x": a[:1000].copy()}, f, protocol=4)
m = ~((a == b) | (np.isnan(a) & np.isnan(b)))
print(json.dumps({"differing": int(m.sum()), "max": float(np.max(np.abs(a[m] - b[m])))}))
)",
                  tmp.path()});
        if (!py.waitForFinished(120000) || py.exitCode() != 0)
            SKOPOS_ORACLE_SKIP("python3 with numpy and joblib could not write the arrays: "
                               + py.readAllStandardError());
        const QJsonObject want = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        QCOMPARE(want["differing"].toInt(), 4);
        const testdata::CliResult r = testdata::runSkopos(
            {"diff", "--json", tmp.filePath("a.joblib.z"), tmp.filePath("b.pkl")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray changes = QJsonDocument::fromJson(r.out).object()["changes"].toArray();
        QCOMPARE(changes.size(), 1); // x is the same
        const QJsonObject w = changes[0].toObject();
        QCOMPARE(w["path"].toString(), QString("w"));
        QCOMPARE(w["elements"].toInteger(), 3000000);
        QCOMPARE(w["differing"].toInteger(), 4);
        QVERIFY2(w["max_abs_diff"].toDouble() == want["max"].toDouble(), r.out.constData());
    }

    void errors()
    {
        QCOMPARE(testdata::runSkopos({"diff", testdata::path("diff/lr.p4.pkl")}).exitCode, 2);
        const testdata::CliResult r = testdata::runSkopos(
            {"diff", testdata::path("diff/lr.p4.pkl"), testdata::path("diff/missing.pkl")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("missing.pkl"));
        QCOMPARE(testdata::runSkopos({"diff", "--nope", "a", "b"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
