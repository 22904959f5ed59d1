<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>VerdictStyle</name>
    <message>
        <location filename="../ui/VerdictStyle.cpp" line="81"/>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictStyle.cpp" line="82"/>
        <source>untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictStyle.cpp" line="83"/>
        <source>DANGEROUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictStyle.cpp" line="92"/>
        <source>%1 is on skops&apos; default trusted list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictStyle.cpp" line="94"/>
        <source>Untrusted: skops.io.load refuses %1 unless it is passed in trusted=[...]. Review what this type does before approving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictStyle.cpp" line="97"/>
        <source>Dangerous: %1 can run code or touch the system when the file is loaded. Do not load this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VerdictStyle.cpp" line="101"/>
        <source>A plain value: nothing to trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Looks inside skops, pickle and joblib model files without running them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>Model file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skopos::ui::ArrayPreviewWidget</name>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="107"/>
        <source>&lt;b&gt;dtype&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;shape&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;order&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;stored&lt;/b&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="109"/>
        <source>Fortran (column-major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="109"/>
        <source>C (row-major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="111"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="129"/>
        <source>first %L1 of %L2 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="130"/>
        <source>all %L1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="135"/>
        <source>%1%2: min %3, max %4, mean %5, std %6, NaN %L7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="136"/>
        <source> (absolute values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="153"/>
        <source>Heat map: dark = minimum, yellow = maximum, grey = NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="154"/>
        <source>Values in storage order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="154"/>
        <source>Histogram of the values read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skopos::ui::ArrayTableModel</name>
    <message>
        <location filename="../ui/ArrayTableModel.cpp" line="104"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skopos::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66"/>
        <source>out of memory while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <location filename="../ui/MainWindow.cpp" line="364"/>
        <source>Skopos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>This is an inspection aid, not a security guarantee. Skopos reads files without running them; a clean result does not make a file safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Find type or key (Ctrl+F, Enter for next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>&amp;Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>&amp;Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <location filename="../ui/MainWindow.cpp" line="378"/>
        <source>&amp;Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>Open &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>&amp;Export Trusted List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>Save the trusted=[...] list of the types you approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>&amp;Find Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>Next &amp;Untrusted Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>&amp;Copy Trusted List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>E&amp;xpand All Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>C&amp;ollapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>&amp;About Skopos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>About Skopos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&lt;p&gt;&lt;b&gt;Skopos %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Looks inside skops, pickle and joblib model files without running them, and shows which types skops would refuse to load.&lt;/p&gt;&lt;p&gt;This is an inspection aid, not a security guarantee.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>Open Model File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>Model files (*.skops *.pkl *.pickle *.p *.joblib *.joblib.* *.npy *.sav *.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>%1 (bundled example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="290"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>Opening %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>Skopos could not open %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="339"/>
        <source>This build has no bundled example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>Could not unpack the bundled example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>%1 — Skopos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>Approved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>Withdrew approval of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430"/>
        <source>No other node matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="441"/>
        <source>No untrusted nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="449"/>
        <source>Open a model file (Ctrl+O) or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="456"/>
        <source>protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="459"/>
        <source>%L1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="460"/>
        <source>%n untrusted type(s)</source>
        <translation>
            <numerusform>%n untrusted type</numerusform>
            <numerusform>%n untrusted types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="462"/>
        <source>%n approved</source>
        <translation>
            <numerusform>%n approved</numerusform>
            <numerusform>%n approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="464"/>
        <source>%n DANGEROUS</source>
        <translation>
            <numerusform>%n DANGEROUS</numerusform>
            <numerusform>%n DANGEROUS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skopos::ui::NodeDetailsWidget</name>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="32"/>
        <source>Select a node in the tree to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="54"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="54"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="55"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="57"/>
        <source>skops loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="59"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="62"/>
        <source>shared: reached more than once (cycles possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="64"/>
        <source>bookkeeping node, normally hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="66"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="69"/>
        <source>this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="74"/>
        <source>Something below this node is untrusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skopos::ui::ObjectTreeModel</name>
    <message>
        <location filename="../ui/ObjectTreeModel.cpp" line="130"/>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ObjectTreeModel.cpp" line="159"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ObjectTreeModel.cpp" line="167"/>
        <source>%n byte(s), stored separately</source>
        <translation>
            <numerusform>%n byte, stored separately</numerusform>
            <numerusform>%n bytes, stored separately</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ObjectTreeModel.cpp" line="174"/>
        <source>(shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ObjectTreeModel.cpp" line="197"/>
        <source>contains untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ObjectTreeModel.cpp" line="206"/>
        <source>Something below this node is untrusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ObjectTreeModel.cpp" line="208"/>
        <source>This object is reached more than once in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ObjectTreeModel.cpp" line="246"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ObjectTreeModel.cpp" line="247"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ObjectTreeModel.cpp" line="248"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ObjectTreeModel.cpp" line="249"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skopos::ui::TrustPanel</name>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="28"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="28"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="31"/>
        <source>Types skops.io.load would refuse. Approve a type only after reviewing what it does; approvals are remembered per type. Dangerous names cannot be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="40"/>
        <source>Copy the trusted=[...] list of approved types for skops.io.load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="41"/>
        <source>Save the trusted=[...] list of approved types to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="44"/>
        <source>For skops.io.load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="93"/>
        <source>Approved by you: %1 is trusted when loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="98"/>
        <source>No untrusted types: skops.io.load opens this file with its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="104"/>
        <source>Dangerous names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="110"/>
        <source>skops&apos; own audit of this file fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="112"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="136"/>
        <location filename="../ui/TrustPanel.cpp" line="142"/>
        <source>Export trusted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="137"/>
        <source>Python (*.py);;Text (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="143"/>
        <source>Could not write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
