// numpy scalars whose (dtype, bytes) argument nodes the pickle machine drops
// (PickleMachine.h): the tree must read as if they had been kept. The
// pickles are written by tests/data/pickle/scalarargs/make.py (real numpy
// and pickle; shared-args, late-get and memo-keys are hand-edited streams
// pickle.loads reads).
#include "document/Open.h"
#include "trust/Audit.h"

#include "TestData.h"

#include <QtTest>

using namespace skopos;

namespace {
std::vector<NodeId> kids(const ObjectTree& t, NodeId n)
{
    std::vector<NodeId> v;
    for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next)
        if (!(t.node(t.edge(e).child).flags & FlagHidden))
            v.push_back(t.edge(e).child);
    return v;
}
std::size_t count(const ObjectTree& t, Kind k)
{
    std::size_t c = 0;
    for (NodeId n = 0; n < t.size(); ++n)
        c += t.node(n).kind == k;
    return c;
}
} // namespace

class TestPickleScalarArgs : public QObject {
    Q_OBJECT
private slots:
    // ((scalar, bytes, args), (args, bytes)): the bytes and the args tuple
    // are memo references back into np.int64(5)'s arguments.
    void sharedArgsAreRebuilt()
    {
        OpenOptions o;
        o.scalarValues = false; // names only: the arguments are dropped, then rebuilt
        const Document doc = openDocument(testdata::spath("pickle/scalarargs/shared-args.p4.pkl"), o);
        const ObjectTree& t = doc.tree;
        const auto top = kids(t, t.root);
        QCOMPARE(top.size(), std::size_t(2));
        const auto x = kids(t, top[0]), y = kids(t, top[1]);
        QCOMPARE(x.size(), std::size_t(3));
        QCOMPARE(y.size(), std::size_t(2));
        const NodeId scalar = x[0], bytes = x[1], args = x[2];
        QCOMPARE(t.node(scalar).kind, Kind::Array);
        QCOMPARE(t.typeName(scalar), std::string_view("numpy.int64"));
        QCOMPARE(t.valueText(scalar), std::string("<i8 ()"));
        QCOMPARE(t.node(bytes).kind, Kind::Bytes);
        QCOMPARE(t.strValue(bytes), std::string_view("\x05\0\0\0\0\0\0\0", 8));
        QCOMPARE(t.node(args).kind, Kind::Tuple);
        // One bytes object and one tuple, as pickle.loads returns them.
        const auto inArgs = kids(t, args);
        QCOMPARE(inArgs.size(), std::size_t(2));
        QCOMPARE(t.node(inArgs[0]).kind, Kind::DType);
        QCOMPARE(inArgs[1], bytes);
        QCOMPARE(y[0], args);
        QCOMPARE(y[1], bytes);
        QVERIFY(t.node(bytes).flags & FlagSharedRef);
        QVERIFY(t.node(args).flags & FlagSharedRef);
        // Each keeps the offset of the opcode that made it (pickletools: 91, 102, 104).
        QCOMPARE(t.rawOffset(bytes), std::uint64_t(91));
        QCOMPARE(t.rawOffset(args), std::uint64_t(102));
        QCOMPARE(t.rawOffset(scalar), std::uint64_t(104));
        const ArrayInfo* a = t.array(scalar);
        QVERIFY(a);
        QCOMPARE(a->descr, std::string("<i8"));
        QCOMPARE(a->length, std::uint64_t(8));
        const AuditResult r = audit(t);
        QVERIFY(r.dangerous.empty());
    }

    // (list of 100 np.int64, bytes of the 50th, args tuple of the 50th): the
    // names-only reader rebuilds both from the memo after 99 more scalars
    // were dropped, at the offsets the reader with values gives the nodes it kept.
    void lateReferenceAfterDroppedScalars()
    {
        OpenOptions names, values;
        names.scalarValues = false;
        const Document n = openDocument(testdata::spath("pickle/scalarargs/late-get.p4.pkl"), names);
        const Document v = openDocument(testdata::spath("pickle/scalarargs/late-get.p4.pkl"), values);
        const ObjectTree &tn = n.tree, &tv = v.tree;
        const auto topN = kids(tn, tn.root), topV = kids(tv, tv.root);
        QCOMPARE(topN.size(), std::size_t(3));
        QCOMPARE(topV.size(), std::size_t(3));
        const auto listN = kids(tn, topN[0]);
        QCOMPARE(listN.size(), std::size_t(100));
        QCOMPARE(count(tn, Kind::Bytes), std::size_t(1)); // the one asked for again
        QCOMPARE(count(tv, Kind::Bytes), std::size_t(100));
        QCOMPARE(tn.node(topN[1]).kind, Kind::Bytes);
        QCOMPARE(tn.strValue(topN[1]), tv.strValue(topV[1]));
        QCOMPARE(tn.strValue(topN[1]), std::string_view("\x96\0\0\0\0\0\0\0", 8)); // 150
        QCOMPARE(tn.node(topN[2]).kind, Kind::Tuple);
        const auto argsN = kids(tn, topN[2]);
        QCOMPARE(argsN.size(), std::size_t(2));
        QCOMPARE(tn.node(argsN[0]).kind, Kind::DType);
        QCOMPARE(argsN[1], topN[1]);
        QCOMPARE(tn.rawOffset(topN[1]), tv.rawOffset(topV[1]));
        QCOMPARE(tn.rawOffset(topN[2]), tv.rawOffset(topV[2]));
        QCOMPARE(tn.rawOffset(listN[50]), tv.rawOffset(kids(tv, topV[0])[50]));
        // The dropped scalars share one dtype record; the rebuilt bytes are
        // not an array.
        QCOMPARE(tn.array(listN[0]), tn.array(listN[99]));
        QCOMPARE(tn.array(listN[0])->descr, std::string("<i8"));
        QVERIFY(!tn.array(topN[1]));
        // The dtype outside a scalar's arguments is listed, as by the reader with values.
        const AuditResult rn = audit(tn), rv = audit(tv);
        QCOMPARE(rn.untrusted, rv.untrusted);
        QCOMPARE(rn.untrusted.size(), std::size_t(1));
        QCOMPARE(rn.untrusted.front(), std::string("numpy.dtype"));
        QVERIFY(rn.dangerous.empty());
    }

    // Memo keys 5,000,000 (past every entry stored), 70,000 and a MEMOIZE,
    // each read back: ["far", "block", "next"] twice, the same objects.
    void memoKeysAnywhere()
    {
        for (bool values : {true, false}) {
            OpenOptions o;
            o.scalarValues = values;
            const Document doc = openDocument(testdata::spath("pickle/scalarargs/memo-keys.p4.pkl"), o);
            const ObjectTree& t = doc.tree;
            const auto items = kids(t, t.root);
            QCOMPARE(items.size(), std::size_t(6));
            QCOMPARE(t.strValue(items[0]), std::string_view("far"));
            QCOMPARE(t.strValue(items[1]), std::string_view("block"));
            QCOMPARE(t.strValue(items[2]), std::string_view("next"));
            for (std::size_t i = 0; i < 3; ++i)
                QCOMPARE(items[i + 3], items[i]);
        }
    }

    void vocabulary_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("values");
        for (const char* f : {"vocab.p2.pkl", "vocab.p4.pkl"})
            for (bool v : {true, false})
                QTest::newRow(qPrintable(QString(f) + (v ? " values" : " names"))) << QString(f) << v;
    }
    // Values, labels of numpy scalar keys and the untrusted list stay.
    void vocabulary()
    {
        QFETCH(QString, file);
        QFETCH(bool, values);
        OpenOptions o;
        o.scalarValues = values;
        const Document doc = openDocument(testdata::spath("pickle/scalarargs/" + file), o);
        const ObjectTree& t = doc.tree;
        // Protocol 4 writes the bytes as BINBYTES. Names only: the arguments
        // are dropped; with values: kept (ids as before). Protocol 2 makes
        // them by calling _codecs.encode: kept.
        if (file.contains(".p4."))
            QCOMPARE(count(t, Kind::Bytes), values ? std::size_t(53) : std::size_t(0));
        else
            QCOMPARE(count(t, Kind::Bytes), std::size_t(106));
        QCOMPARE(count(t, Kind::Array), std::size_t(53));
        const NodeId w3 = t.child(t.root, "w3");
        QCOMPARE(t.typeName(w3), std::string_view("numpy.int64"));
        const bool dropped = !values && file.contains(".p4.");
        QCOMPARE(t.valueText(w3), dropped ? std::string("<i8 ()") : std::string("1"));
        const NodeId f = t.child(t.root, "f");
        QCOMPARE(t.typeName(f), std::string_view("numpy.float64"));
        if (values)
            QCOMPARE(t.valueText(f), std::string("0.25"));
        const NodeId k = t.child(t.root, "k");
        QVERIFY(t.child(k, "3") != kNoNode);
        QVERIFY(t.child(k, "-4") != kNoNode);
        const AuditResult r = audit(t);
        QVERIFY(r.untrusted.empty()); // skops.io.get_untrusted_types of it dumped as skops: []
        QVERIFY(r.dangerous.empty());
        QVERIFY(!r.calls.untrustedCalls());
    }
};

QTEST_GUILESS_MAIN(TestPickleScalarArgs)
#include "tst_pickle_scalarargs.moc"
