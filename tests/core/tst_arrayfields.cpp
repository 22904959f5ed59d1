// The compact fields of ArrayInfo (tree/ArrayFields.h): texts and shapes
// read back exactly what was stored, whichever encoding holds them, and a
// record copied out of a tree keeps its text after the tree is gone.
#include "document/Open.h"
#include "tree/ObjectTree.h"

#include "TestData.h"

#include <QtTest>

#include <limits>
#include <memory>
#include <optional>

using namespace skopos;

class TestArrayFields : public QObject {
    Q_OBJECT
private slots:
    void textKeepsEveryLength()
    {
        ObjectTree tree;
        std::string s;
        for (int n = 0; n < 40; ++n, s += static_cast<char>('a' + n % 26)) {
            const ArrayText t(s);
            QCOMPARE(t.view(), std::string_view(s));
            QCOMPARE(std::string(t.c_str()), s); // NUL-terminated in every form
            QCOMPARE(t.heapBytes() > 0, s.size() > ArrayText::kInline);
            ArrayText copy = t, moved = ArrayText(s);
            QCOMPARE(copy.view(), t.view());
            QCOMPARE(moved.view(), t.view());
            ArrayInfo a;
            a.source = s;
            a.descr = "<i8";
            const NodeId node = tree.addArray(std::move(a));
            QCOMPARE(tree.array(node)->source.view(), std::string_view(s));
            QCOMPARE(tree.array(node)->source.heapBytes(), std::size_t(0)); // kept by the tree's arena
        }
        ArrayText in("<f8");
        in = in.view().substr(1); // from its own inline bytes
        QCOMPARE(in.view(), std::string_view("f8"));
        ArrayText t("a longer text than inline room");
        t = t.view().substr(2, 20); // from its own block
        QCOMPARE(t.view(), std::string_view("longer text than inl"));
        QVERIFY(t == "longer text than inl");
        QCOMPARE("[" + t + "]", std::string("[longer text than inl]"));
    }

    void shapeKeepsEveryDimension()
    {
        const std::int64_t big = std::numeric_limits<std::int64_t>::max(),
                           small = std::numeric_limits<std::int64_t>::min();
        const std::vector<std::vector<std::int64_t>> shapes = {{},
                                                               {0},
                                                               {7},
                                                               {-1},
                                                               {big},
                                                               {small},
                                                               {(1ll << 61) - 1},
                                                               {1ll << 61},
                                                               {3, 4},
                                                               {0, 0},
                                                               {(1ll << 31) - 1, 5},
                                                               {1ll << 31, 5},
                                                               {5, -2},
                                                               {2, 3, 4},
                                                               {1, 2, 3, 4, 5, 6, 7, 8, 9}};
        for (const auto& v : shapes) {
            const ArrayShape s(v);
            QCOMPARE(s.size(), v.size());
            QCOMPARE(s.vec(), v);
            QVERIFY(s == v);
            ArrayShape pushed;
            for (auto d : v)
                pushed.push_back(d);
            QCOMPARE(pushed.vec(), v);
            QVERIFY(pushed == s);
            ArrayShape copy = s;
            copy = pushed; // copy assignment frees what was there
            QCOMPARE(copy.vec(), v);
        }
        QVERIFY(!(ArrayShape{3, 4} == ArrayShape{4, 3}));
        QVERIFY(!(ArrayShape{3} == ArrayShape{3, 1}));
        ArrayShape many;
        for (int i = 0; i < 1000; ++i)
            many.push_back(i);
        QCOMPARE(many.size(), std::size_t(1000));
        QCOMPARE(many[999], std::int64_t(999));
    }

    // A real skops file: its member names (longer than inline room) are in
    // the tree's arena; a copied record owns them and outlives the tree.
    void copyOutlivesTree()
    {
        const QString file = testdata::path("ui/StandardScaler.skops");
        if (!QFileInfo::exists(file))
            QFAIL("test file missing");
        std::optional<ArrayInfo> copy;
        std::string want;
        {
            auto doc = std::make_unique<Document>(openDocument(file.toStdString()));
            for (NodeId n = 0; n < doc->tree.size(); ++n)
                if (const ArrayInfo* a = doc->tree.array(n); a && a->source.size() > ArrayText::kInline) {
                    QCOMPARE(a->source.heapBytes(), std::size_t(0));
                    copy = *a;
                    want = a->source.str();
                    break;
                }
        }
        QVERIFY(copy);
        QCOMPARE(copy->source.str(), want);
        QVERIFY(copy->source.heapBytes() > 0);
        QVERIFY(want.ends_with(".npy"));
    }
};

QTEST_GUILESS_MAIN(TestArrayFields)
#include "tst_arrayfields.moc"
