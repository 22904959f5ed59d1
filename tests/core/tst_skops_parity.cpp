// The skops reader's trust audit against real skops: every fixture (written by
// skops 0.15.dev0), the 15 real-world skops files (skops 0.8-0.14, some with
// XGBoost/LightGBM) and the old-skops files (0.4-0.9, protocols 0 and 1).
#include "document/Open.h"
#include "tree/Error.h"
#include "trust/Audit.h"

#include "TestData.h"

#include <QtTest>

using namespace skopos;

class TestSkopsParity : public QObject {
    Q_OBJECT
private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(testdata::path("fixtures"));
        const auto cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(cases.size(), 37);
        for (const auto& c : cases)
            QTest::newRow(qPrintable(c)) << root.filePath(c);
    }
    void fixtures()
    {
        QFETCH(QString, dir);
        const auto expected = testdata::strings(
            testdata::requiredArray(testdata::readJson(dir + "/expected.json"), "untrusted", dir));
        Document doc = openDocument((dir + "/model.skops").toStdString());
        QCOMPARE(doc.format, std::string("skops"));
        QCOMPARE(doc.protocol, 2);
        const AuditResult r = audit(doc.tree);
        QCOMPARE(r.untrusted, expected);
        QVERIFY(r.dangerous.empty());
    }

    void realworld_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        const QJsonObject facts = testdata::readJson(testdata::path("realworld/facts.json"));
        int n = 0;
        for (auto it = facts.begin(); it != facts.end(); ++it) {
            const QJsonObject f = it.value().toObject();
            if (f.value("format").toString() != "skops")
                continue;
            QStringList exp;
            for (const auto& v : f.value("untrusted").toArray())
                exp << v.toString();
            exp.sort();
            QTest::newRow(qPrintable(it.key())) << testdata::path("realworld/" + it.key()) << exp;
            ++n;
        }
        QCOMPARE(n, 15);
    }
    void realworld()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        Document doc = openDocument(file.toStdString());
        const AuditResult r = audit(doc.tree);
        QStringList got;
        for (const auto& s : r.untrusted)
            got << QString::fromStdString(s);
        QCOMPARE(got, expected);
    }

    void oldSkops_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("expect");
        const QJsonObject all = testdata::readJson(testdata::path("old-skops/expected.json"));
        QCOMPARE(all.size(), 19);
        for (auto it = all.begin(); it != all.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << testdata::path("old-skops/" + it.key()) << it.value().toObject();
    }
    void oldSkops()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, expect);
        Document doc = openDocument(file.toStdString());
        QVERIFY(doc.protocol == 0 || doc.protocol == 1);
        const AuditResult r = audit(doc.tree);
        if (expect.contains("untrusted")) {
            QCOMPARE(r.untrusted, testdata::strings(expect.value("untrusted").toArray()));
            QVERIFY(doc.skopsAuditFailure.empty());
            return;
        }
        // Current skops cannot read these: we open them anyway, and say why
        // skops fails and which release loads them.
        const QString err = expect.value("error").toString();
        QVERIFY(!doc.skopsAuditFailure.empty());
        QVERIFY(!doc.notes.empty());
        const QString note = QString::fromStdString(doc.notes.front());
        if (err.contains("SGDNode")) {
            QVERIFY2(note.contains("skops 0.5 to 0.10"), qPrintable(note));
            QVERIFY(QString::fromStdString(doc.skopsAuditFailure).contains("SGDNode"));
        } else {
            QVERIFY2(note.contains("skops 0.4 to 0.9"), qPrintable(note));
            QVERIFY(QString::fromStdString(doc.skopsAuditFailure).startsWith("AttributeError"));
        }
        QVERIFY(doc.tree.size() > 5);
    }

    void everyRealworldFileOpens()
    {
        // Skops, pickle, joblib (plain, compressed, split), npy and npz: all 65 open.
        const QJsonObject facts = testdata::readJson(testdata::path("realworld/facts.json"));
        QCOMPARE(facts.size(), 65);
        int npz = 0;
        for (auto it = facts.begin(); it != facts.end(); ++it) {
            try {
                Document doc = openDocument(testdata::spath("realworld/" + it.key()));
                QVERIFY2(doc.tree.root != kNoNode, qPrintable(it.key()));
                audit(doc.tree);
                npz += doc.format == "npz";
            } catch (const std::exception& e) {
                QFAIL(qPrintable(it.key() + ": " + QString::fromUtf8(e.what())));
            }
        }
        QCOMPARE(npz, 2);
    }

    // Loaders the shared corpus does not exercise, each in a file written by
    // real skops (scripts/make_loader_fixtures.py), with what real skops'
    // get_untrusted_types says. Pickles of the same objects must agree.
    void loaders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("loader");
        const QJsonObject all = testdata::readJson(testdata::path("loaders/expected.json"));
        const QHash<QString, Loader> loaderOf = {
            {"method", Loader::MethodNode},
            {"reduce", Loader::ConstructorFromReduceNode},
            {"quantile_forest", Loader::QuantileForestNode},
            {"deprecated_keys", Loader::DictWithDeprecatedKeysNode},
            {"cached", Loader::CachedNode},
        };
        for (auto it = all.begin(); it != all.end(); ++it) {
            QStringList exp;
            for (const auto& v : it.value().toArray())
                exp << v.toString();
            const QString stem = it.key().section('.', 0, 0);
            QVERIFY2(loaderOf.contains(stem), qPrintable(it.key()));
            QTest::newRow(qPrintable(it.key())) << testdata::path("loaders/" + it.key()) << exp << int(loaderOf[stem]);
        }
        QCOMPARE(all.size(), 7); // 5 skops files, 2 pickles
    }
    void loaders()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QFETCH(int, loader);
        Document doc = openDocument(file.toStdString());
        int withLoader = 0;
        for (NodeId n = 0; n < doc.tree.size(); ++n)
            withLoader += doc.tree.node(n).loader == Loader(loader);
        QVERIFY2(withLoader > 0, "the file does not hold the loader it is named after");
        const AuditResult r = audit(doc.tree);
        QStringList got;
        for (const auto& s : r.untrusted)
            got << QString::fromStdString(s);
        QCOMPARE(got, expected);
    }

    void userTrustRemovesTypes()
    {
        Document doc = openDocument(testdata::spath("fixtures/GaussianProcessClassifier/model.skops"));
        const AuditResult before = audit(doc.tree);
        QCOMPARE(before.untrusted.size(), 4u);
        const std::set<std::string> trusted{"sklearn.gaussian_process.kernels.RBF",
                                            "sklearn.gaussian_process.kernels.Product"};
        const AuditResult after = audit(doc.tree, TrustProfile::bundled(), trusted);
        QCOMPARE(after.untrusted,
                 (std::vector<std::string>{"sklearn.gaussian_process._gpc._BinaryGaussianProcessClassifierLaplace",
                                           "sklearn.gaussian_process.kernels.ConstantKernel"}));
        QCOMPARE(after.approved.size(), 2u);
    }

    void treeKeepsIdentity()
    {
        // A pipeline's steps list and named_steps share estimator objects:
        // each estimator is one node reached twice.
        Document doc = openDocument(testdata::spath("fixtures/Pipeline/model.skops"));
        int shared = 0;
        for (NodeId n = 0; n < doc.tree.size(); ++n)
            if (doc.tree.node(n).flags & FlagSharedRef)
                ++shared;
        QVERIFY(shared > 0);
        QVERIFY(doc.tree.memoryBytes() < 8u << 20);
    }

    void arraysAreLocatedNotRead()
    {
        Document doc = openDocument(testdata::spath("fixtures/StandardScaler/model.skops"));
        int arrays = 0;
        for (NodeId n = 0; n < doc.tree.size(); ++n) {
            if (const ArrayInfo* a = doc.tree.array(n);
                a && doc.tree.node(n).kind == Kind::Array && a->where == Where::ZipMember) {
                ++arrays;
                QVERIFY(!a->source.empty());
                QCOMPARE(a->offset % 16, 0u); // npy data starts after a padded header
                QVERIFY(a->length == static_cast<std::uint64_t>(a->elementCount() * a->itemsize));
            }
        }
        QVERIFY(arrays >= 3); // mean_, var_, scale_
    }

    void sparseMembersListed()
    {
        Document doc = openDocument(testdata::spath("fixtures/extra_sparse_svc/model.skops"));
        bool found = false;
        for (NodeId n = 0; n < doc.tree.size(); ++n) {
            if (doc.tree.node(n).kind != Kind::Sparse)
                continue;
            found = true;
            QCOMPARE(doc.tree.strValue(n), std::string_view("csr"));
            QVERIFY(doc.tree.child(n, "indptr") != kNoNode);
            QVERIFY(doc.tree.child(n, "data") != kNoNode);
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestSkopsParity)
#include "tst_skops_parity.moc"
