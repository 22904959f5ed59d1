<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>skopos::ui::CompareView</name>
    <message numerus="yes">
        <location filename="../ui/CompareView.cpp" line="+421"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Trust: B names %n DANGEROUS global(s) A did not.</source>
        <translation>
            <numerusform>Trust: B names %n DANGEROUS global A did not.</numerusform>
            <numerusform>Trust: B names %n DANGEROUS globals A did not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Trust: B needs %n more type(s) trusted than A.</source>
        <translation>
            <numerusform>Trust: B needs %n more type trusted than A.</numerusform>
            <numerusform>Trust: B needs %n more types trusted than A.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skopos::ui::DocumentTab</name>
    <message numerus="yes">
        <location filename="../ui/DocumentTab.cpp" line="+337"/>
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skopos::ui::FolderScanWidget</name>
    <message numerus="yes">
        <location filename="../ui/FolderScanWidget.cpp" line="+200"/>
        <source>%n model file(s) — dangerous: %1, untrusted: %2, errors: %3, clean: %4</source>
        <translation>
            <numerusform>%n model file — dangerous: %1, untrusted: %2, errors: %3, clean: %4</numerusform>
            <numerusform>%n model files — dangerous: %1, untrusted: %2, errors: %3, clean: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 — done in %L2 s; %n other file(s)</source>
        <translation>
            <numerusform>%1 — done in %L2 s; %n other file</numerusform>
            <numerusform>%1 — done in %L2 s; %n other files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skopos::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+938"/>
        <source>Review and approve the untrusted types first (Trust tab): %n left.</source>
        <translation>
            <numerusform>Review and approve the untrusted type first (Trust tab): %n left.</numerusform>
            <numerusform>Review and approve the untrusted types first (Trust tab): %n left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n untrusted type(s)</source>
        <translation>
            <numerusform>%n untrusted type</numerusform>
            <numerusform>%n untrusted types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n approved</source>
        <translation>
            <numerusform>%n approved</numerusform>
            <numerusform>%n approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n DANGEROUS</source>
        <translation>
            <numerusform>%n DANGEROUS</numerusform>
            <numerusform>%n DANGEROUS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skopos::ui::ModelTab</name>
    <message numerus="yes">
        <location filename="../ui/ModelTab.cpp" line="+194"/>
        <source>Feature names: %1, … (%n in all)</source>
        <translation>
            <numerusform>Feature names: %1, … (%n in all)</numerusform>
            <numerusform>Feature names: %1, … (%n in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Size: %n node(s), %1 in arrays</source>
        <translation>
            <numerusform>Size: %n node, %1 in arrays</numerusform>
            <numerusform>Size: %n nodes, %1 in arrays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skopos::ui::ObjectTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/ObjectTreeModel.cpp" line="+357"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n byte(s), stored separately</source>
        <translation>
            <numerusform>%n byte, stored separately</numerusform>
            <numerusform>%n bytes, stored separately</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skopos::ui::VerdictBanner</name>
    <message numerus="yes">
        <location filename="../ui/VerdictBanner.cpp" line="+25"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n type(s) to review</source>
        <translation>
            <numerusform>%n type to review</numerusform>
            <numerusform>%n types to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 (%n type(s) approved by you.)</source>
        <translation>
            <numerusform>%1 (%n type approved by you.)</numerusform>
            <numerusform>%1 (%n types approved by you.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>&lt;b&gt;%n type(s) need review&lt;/b&gt; before skops.io.load accepts this file: %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n type needs review&lt;/b&gt; before skops.io.load accepts this file: %1.</numerusform>
            <numerusform>&lt;b&gt;%n types need review&lt;/b&gt; before skops.io.load accepts this file: %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
