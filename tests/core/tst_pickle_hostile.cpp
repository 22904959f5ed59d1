// Malformed and hostile pickle streams, built byte by byte here (malformed
// input is the one thing real files cannot show): each gives a ReadError that
// names the problem and its offset, or a correct tree; never a crash, a hang
// or unbounded memory. Also the scanner bypasses of SECURITY-NOTES.md.
#include "pickle/PickleReader.h"
#include "tree/Error.h"
#include "trust/Audit.h"

#include "TestData.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace skopos;
using namespace std::string_literals; // literals below hold NUL bytes

namespace {
std::string le64(std::uint64_t v)
{
    std::string s(8, '\0');
    for (int i = 0; i < 8; ++i)
        s[i] = static_cast<char>((v >> (8 * i)) & 0xFF);
    return s;
}
std::string le32(std::uint32_t v) { return le64(v).substr(0, 4); }
} // namespace

class TestPickleHostile : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    int n_ = 0;

    std::string write(const std::string& bytes)
    {
        const std::string p = (tmp_.path() + "/t" + QString::number(n_++) + ".pkl").toStdString();
        std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return p;
    }
    // Expects a ReadError whose message contains `part` (and "at offset" when given).
    void expectError(const std::string& bytes, const char* part, const char* offset = nullptr, OpenOptions opt = {})
    {
        try {
            readPickleFile(write(bytes), opt);
            QFAIL(qPrintable(QString("no error, expected: ") + part));
        } catch (const ReadError& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find(part) != std::string::npos, msg.c_str());
            if (offset)
                QVERIFY2(msg.find(std::string("at offset ") + offset) != std::string::npos, msg.c_str());
        }
    }
    AuditResult open(const std::string& bytes, Document* keep = nullptr)
    {
        Document doc = readPickleFile(write(bytes));
        AuditResult r = audit(doc.tree);
        if (keep)
            *keep = std::move(doc);
        return r;
    }

private slots:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    void malformed()
    {
        expectError("\x80\x04\x95", "truncated FRAME", "3"); // operand errors name the operand offset
        expectError("\x80\x04", "stream ends before STOP", "2");
        expectError("\x80\x04\xff.", "unknown opcode 0xff", "2");
        expectError("R.", "stack underflow", "0");
        expectError("N(.", "only a MARK is left", "2");
        expectError("(.", "stack underflow", "1");
        expectError("Nt.", "needs a MARK", "1");
        expectError("N1.", "needs a MARK", "1");
        expectError("h\x05.", "memo key 5 was never stored", "0");
        expectError("g7\n.", "memo key 7 was never stored", "0");
        expectError("\x80\x06N.", "unsupported pickle protocol 6", "0");
        expectError("\x80\x04N\x93.", "stack underflow", "3");
        expectError("\x80\x04K\x01K\x02\x93.", "STACK_GLOBAL needs two str operands", "6");
        // STOP returns the value above an open MARK: neither unpickler checks marks there.
        QVERIFY(open("}(N.").untrusted.empty());
        expectError("}(Nu.", "SETITEMS with an odd number of items", "3");
        expectError("I12x\n.", "INT operand is not an integer", "1");
        expectError("g1__0\n.", "GET operand is not an integer", "1"); // int() refuses a double underscore
        expectError("p-1\n.", "memo key is negative", "1");
        expectError("S'abc\n.", "STRING operand is not a quoted string", "1");
        expectError("Nq", "truncated BINPUT", "2");
    }

    void hugeLengths()
    {
        // Lengths of 2^62: text is refused by the limit, bytes are skipped and found missing.
        expectError("\x80\x04\x8d" + le64(1ull << 62) + "abc", "Limits::maxStringBytes", "3");
        expectError("\x80\x04\x8e" + le64(1ull << 62) + "abc", "truncated BINBYTES8", "11");
        expectError("\x80\x05\x96" + le64(1ull << 62), "truncated BYTEARRAY8", "11");
        // A FRAME longer than the file is a truncated pickle (Python reads frames whole).
        expectError("\x80\x04\x95" + le64(1ull << 62) + "N.", "FRAME promises", "2");
        expectError("X" + le32(0xFFFFFFF0u) + "ab", "Limits::maxStringBytes", "1");
        expectError("X" + le32(100) + "ab", "truncated BINUNICODE", "5");
    }

    void deepNesting()
    {
        // A million nested MARKs: refused at the depth limit, iteratively.
        expectError(std::string(1000000, '('), "Limits::maxDepth", "10000");
        // A million nested lists (each appended into the previous one).
        std::string lists = "\x80\x04" + std::string(1000000, ']') + std::string(999999, 'a') + ".";
        expectError(lists, "Limits::maxDepth");
        // Within the limit the same shape is a correct tree.
        Document doc;
        open("\x80\x04" + std::string(100, ']') + std::string(99, 'a') + ".", &doc);
        int depth = 0;
        for (NodeId n = doc.tree.root; n != kNoNode; n = doc.tree.childAt(n, 0))
            ++depth;
        QCOMPARE(depth, 100);
    }

    void selfReference()
    {
        // l = []; l.append(l); d = {}; d['self'] = d
        Document doc;
        open("\x80\x04]\x94h\x00"
             "a."s,
             &doc);
        const NodeId root = doc.tree.root;
        QCOMPARE(doc.tree.childAt(root, 0), root);
        open("\x80\x04}\x94\x8c\x04selfh\x00s."s, &doc);
        QCOMPARE(doc.tree.child(doc.tree.root, "self"), doc.tree.root);
    }

    void billionLaughs()
    {
        // Each level is a list of ten references to the previous one: 10^40
        // elements if expanded, a few hundred nodes as a memo-sharing tree.
        std::string s = "\x80\x04\x8c\x03lol\x94";
        for (int level = 1; level <= 40; ++level) {
            s += "(";
            for (int k = 0; k < 10; ++k)
                s += "j" + le32(static_cast<std::uint32_t>(level - 1));
            s += "l\x94";
        }
        s += ".";
        Document doc;
        const AuditResult r = open(s, &doc);
        QVERIFY(doc.tree.size() < 1000);
        QVERIFY(r.untrusted.empty());
        QCOMPARE(doc.tree.node(doc.tree.root).childCount, 10u);
    }

    void limits()
    {
        OpenOptions opt;
        opt.limits.maxNodes = 100;
        expectError("\x80\x04(" + std::string(200, 'N') + "l.", "Limits::maxNodes", nullptr, opt);
        opt = {};
        opt.limits.maxMemo = 10;
        std::string memo = "\x80\x04";
        for (int i = 0; i < 20; ++i)
            memo += "N\x94";
        expectError(memo + ".", "Limits::maxMemo", nullptr, opt);
        opt = {};
        opt.limits.maxStringBytes = 10;
        expectError("\x80\x04\x8c\x20" + std::string(32, 'x') + ".", "Limits::maxStringBytes", "3", opt);
    }

    void allOpcodeForms()
    {
        // Protocol 0/1 text and binary forms, Python 2 strings, sets, ext codes,
        // persistent ids and out-of-band buffers all become nodes.
        Document doc;
        const std::string s = "\x80\x05(I01\nI42\nL12345678901234567890123L\nF2.5\nS'py2\\xff'\nU\x03"
                              "abc"
                              "V\\u00e9\n\x8a\x09"
            + std::string(8, '\xff')
            + "\x7f"
              "\x8f(K\x01K\x02\x90(K\x03\x91\x82\x05Pid1\nNQ\x97\x98t.";
        const AuditResult r = open(s, &doc);
        const ObjectTree& t = doc.tree;
        const auto kids = t.children(t.root);
        QCOMPARE(kids.size(), std::size_t(14));
        QCOMPARE(t.node(kids[0].second).kind, Kind::Bool);
        QCOMPARE(t.node(kids[1].second).value.i, 42);
        QCOMPARE(t.strValue(kids[2].second), std::string_view("12345678901234567890123"));
        QCOMPARE(t.node(kids[3].second).value.f, 2.5);
        QCOMPARE(t.node(kids[4].second).kind, Kind::Bytes); // Python 2 str with a NUL: latin-1 bytes
        QCOMPARE(t.strValue(kids[5].second), std::string_view("abc"));
        QCOMPARE(t.strValue(kids[6].second), std::string_view("\xc3\xa9"));
        QCOMPARE(t.node(kids[7].second).kind, Kind::BigInt); // 2^71 - 1
        QCOMPARE(t.strValue(kids[7].second), std::string_view("2361183241434822606847"));
        QCOMPARE(t.node(kids[8].second).kind, Kind::Set);
        QCOMPARE(t.node(kids[8].second).childCount, 2u);
        QCOMPARE(t.node(kids[9].second).kind, Kind::FrozenSet);
        QCOMPARE(t.typeName(kids[10].second), std::string_view("copyreg.extension.5"));
        QCOMPARE(t.node(kids[11].second).kind, Kind::Persistent);
        QCOMPARE(t.node(kids[12].second).kind, Kind::Persistent);
        QCOMPARE(t.node(kids[13].second).kind, Kind::Buffer);
        QCOMPARE(t.array(kids[13].second)->where, Where::Absent);
        // frozenset and the extension code are reported (skops has no node for them)
        QCOMPARE(r.untrusted, (std::vector<std::string>{"builtins.frozenset", "copyreg.extension.5"}));
        // ... and the extension code is dangerous: the loading program's
        // copyreg registry decides what it imports, the file does not say.
        QCOMPARE(r.dangerous, (std::vector<std::string>{"copyreg.extension.5"}));
        QVERIFY(!doc.notes.empty());
    }

    void scannerBypasses()
    {
        // Memo-fed STACK_GLOBAL.
        AuditResult r = open("\x80\x04\x8c\x02os\x94\x8c\x06system\x94h\x00h\x01\x93\x8c\x02id\x85R."s);
        QCOMPARE(r.dangerous, std::vector<std::string>{"os.system"});
        // getattr chain from a module global: getattr(os.path, 'join') -> os.path.join ... and builtins.getattr
        r = open("\x80\x04\x8c\x08"
                 "builtins\x8c\x07getattr\x93\x8c\x07os.path\x8c\x04join\x93\x8c\x06system\x86R.");
        QVERIFY2(std::find(r.dangerous.begin(), r.dangerous.end(), "os.path.join.system") != r.dangerous.end(),
                 qPrintable(QString::number(r.dangerous.size())));
        // INST and OBJ instead of REDUCE.
        r = open("(S'id'\nios\nsystem\n.");
        QCOMPARE(r.dangerous, std::vector<std::string>{"os.system"});
        r = open("(cposix\nsystem\nS'id'\no.");
        QCOMPARE(r.dangerous, std::vector<std::string>{"posix.system"});
        // Nested pickle.loads / _pickle.loads.
        r = open("\x80\x04\x8c\x07_pickle\x8c\x05loads\x93"
                 "C\x02N.\x85R.");
        QCOMPARE(r.dangerous, std::vector<std::string>{"_pickle.loads"});
        // A dangerous call whose result is thrown away (POP) is still flagged.
        Document doc;
        r = open("cos\nsystem\n(S'id'\ntR0N.", &doc);
        QCOMPARE(r.dangerous, std::vector<std::string>{"os.system"});
        // Less-known executors.
        // Any name of numpy's test helpers is dangerous (the module runs and
        // builds code), even one it does not define (a misspelt runstring).
        r = open("\x80\x02"
                 "cnumpy.testing._private.utils\nruntstring\n.");
        QCOMPARE(r.dangerous, std::vector<std::string>{"numpy.testing._private.utils.runtstring"});
        r = open("\x80\x02"
                 "cnumpy.testing._private.utils\nrunstring\n(X\x01\x00\x00\x00xtR."s);
        QCOMPARE(r.dangerous, std::vector<std::string>{"numpy.testing._private.utils.runstring"});
        r = open("\x80\x02"
                 "ctimeit\ntimeit\n(X\x01\x00\x00\x00xtR."s);
        QCOMPARE(r.dangerous, std::vector<std::string>{"timeit.timeit"});
        // A bound method of an object is a MethodNode (reported), not a dangerous getattr.
        r = open("\x80\x04\x8c\x08"
                 "builtins\x8c\x07getattr\x93\x8c\x03pkg\x8c\x03"
                 "Cls\x93)\x81\x8c\x03run\x86R.");
        QVERIFY(r.dangerous.empty());
        QCOMPARE(r.untrusted, (std::vector<std::string>{"pkg.Cls", "pkg.Cls.run"}));
    }
};

QTEST_GUILESS_MAIN(TestPickleHostile)
#include "tst_pickle_hostile.moc"
