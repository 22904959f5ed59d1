<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>skopos::ui::FolderScanWidget</name>
    <message numerus="yes">
        <location filename="../ui/FolderScanWidget.cpp" line="+186"/>
        <source>%n model file(s) — dangerous: %1, untrusted: %2, errors: %3, clean: %4</source>
        <translation>
            <numerusform>%n model file — dangerous: %1, untrusted: %2, errors: %3, clean: %4</numerusform>
            <numerusform>%n model files — dangerous: %1, untrusted: %2, errors: %3, clean: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
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
        <location filename="../ui/MainWindow.cpp" line="+768"/>
        <source>Review and approve the untrusted types first (Trust tab): %n left.</source>
        <translation>
            <numerusform>Review and approve the untrusted type first (Trust tab): %n left.</numerusform>
            <numerusform>Review and approve the untrusted types first (Trust tab): %n left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
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
    <name>skopos::ui::ObjectTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/ObjectTreeModel.cpp" line="+278"/>
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
        <location line="+22"/>
        <source>&lt;b&gt;%n type(s) need review&lt;/b&gt; before skops.io.load accepts this file: %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n type needs review&lt;/b&gt; before skops.io.load accepts this file: %1.</numerusform>
            <numerusform>&lt;b&gt;%n types need review&lt;/b&gt; before skops.io.load accepts this file: %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
