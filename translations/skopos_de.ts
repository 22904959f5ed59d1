<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>OpenFailureText</name>
    <message>
        <location filename="../ui/OpenFailureText.cpp" line="+20"/>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a pickle or model file.</source>
        <translation>Keine Pickle- oder Modelldatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete: the file ends early; was the download interrupted?</source>
        <translation>Unvollständig: Die Datei endet zu früh. Wurde der Download unterbrochen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged or in a form Skopos does not read.</source>
        <translation>Die Datei ist beschädigt oder in einer Form, die Skopos nicht liest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough memory to read this file.</source>
        <translation>Nicht genug Speicher, um diese Datei zu lesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skopos could not open %1.</source>
        <translation>Skopos konnte %1 nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/Settings.cpp" line="+137"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a Skopos trusted-types file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>keine Skopos-Datei vertrauenswürdiger Typen (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>approval %1 is not valid (needs a type and a scope of &quot;all files&quot; or &quot;file&quot; with a sha256)</source>
        <translation>Freigabe %1 ist ungültig (braucht einen Typ und einen Geltungsbereich &quot;all files&quot; oder &quot;file&quot; mit sha256)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSettings.cpp" line="+119"/>
        <source>%1 is no longer found</source>
        <translation>%1 wird nicht mehr gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SKOPOS_PROFILE: %1</source>
        <translation>SKOPOS_PROFILE: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no profile has been computed with %1 yet (Settings › Trust Profile…, Refresh)</source>
        <translation>mit %1 wurde noch kein Profil berechnet (Einstellungen › Vertrauensprofil…, Aktualisieren)</translation>
    </message>
</context>
<context>
    <name>VerdictStyle</name>
    <message>
        <location filename="../ui/VerdictStyle.cpp" line="+75"/>
        <source>approved by you</source>
        <translation>von Ihnen freigegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved by you: skops refuses %1 by default; you reviewed it and it is passed in trusted=[...] when loading.</source>
        <translation>Von Ihnen freigegeben: skops lehnt %1 standardmäßig ab; Sie haben den Typ geprüft, beim Laden wird er in trusted=[...] übergeben.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DANGEROUS</source>
        <translation>GEFÄHRLICH</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is on skops&apos; default trusted list.</source>
        <translation>%1 steht auf der Standardliste vertrauenswürdiger Typen von skops.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untrusted: skops.io.load refuses %1 unless it is passed in trusted=[...]. Review what this type does before approving it.</source>
        <translation>Nicht vertrauenswürdig: skops.io.load lehnt %1 ab, solange der Typ nicht in trusted=[...] übergeben wird. Prüfen Sie, was dieser Typ tut, bevor Sie ihn freigeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DANGEROUS: %1 can run code or touch the system when the file is loaded%2. Do not load this file.</source>
        <translation>GEFÄHRLICH: %1 kann beim Laden der Datei Code ausführen oder auf das System zugreifen%2. Laden Sie diese Datei nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No type check here: skops checks the types of the objects below, not this node itself.</source>
        <translation>Hier keine Typprüfung: skops prüft die Typen der Objekte darunter, nicht diesen Knoten selbst.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui_main.cpp" line="+46"/>
        <source>Looks inside skops, pickle and joblib model files without running them.</source>
        <translation>Schaut in skops-, pickle- und joblib-Modelldateien, ohne sie auszuführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model file to open.</source>
        <translation>Zu öffnende Modelldatei.</translation>
    </message>
    <message>
        <location filename="../app/Screenshot.cpp" line="+52"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="+4"/>
        <source>Open a window of its own, not a tab in the running one.</source>
        <translation>Ein eigenes Fenster öffnen statt eines Tabs im laufenden.</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ApprovalFlow</name>
    <message>
        <location filename="../ui/ApprovalFlow.cpp" line="+83"/>
        <source>Approved %1 for all files</source>
        <translation>%1 für alle Dateien freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved %1 for this file</source>
        <translation>%1 für diese Datei freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrew approval of %1</source>
        <translation>Freigabe von %1 zurückgezogen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Approval of %1 restored</source>
        <translation>Freigabe von %1 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Approved: %1</source>
        <translation>Freigegeben: %1</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ArrayPreviewWidget</name>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="+125"/>
        <source>&amp;Dense</source>
        <translation>Dich&amp;t</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Copy Cells</source>
        <translation>Zellen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fit Columns to Contents</source>
        <translation>Spalten an &amp;Inhalt anpassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Axis shown as rows</source>
        <translation>Als Zeilen gezeigte Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Axis shown as columns</source>
        <translation>Als Spalten gezeigte Achse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go to:</source>
        <translation>&amp;Gehe zu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row, column</source>
        <translation>Zeile, Spalte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fit Columns</source>
        <translation>&amp;Spalten anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize the columns to their contents</source>
        <translation>Spaltenbreiten an den Inhalt anpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole matrix with its zeros instead of (row, column, value) triplets</source>
        <translation>Die ganze Matrix mit ihren Nullen zeigen statt der Tripel (Zeile, Spalte, Wert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Picture</source>
        <translation>&amp;Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or fold away the picture of the values</source>
        <translation>Bild der Werte zeigen oder einklappen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&lt;b&gt;dtype&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;shape&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;order&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;stored&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;dtype&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;shape&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Reihenfolge&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;gespeichert&lt;/b&gt; %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fortran (column-major)</source>
        <translation>Fortran (spaltenweise)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C (row-major)</source>
        <translation>C (zeilenweise)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sparse matrix: reading its parts…</source>
        <translation>Dünnbesetzte Matrix: Ihre Teile werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+1"/>
        <source>axis %1</source>
        <translation>Achse %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index:</source>
        <translation>Index:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>axis %1: </source>
        <translation>Achse %1: </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>slice [%1]</source>
        <translation>Ausschnitt [%1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> transposed</source>
        <translation> transponiert</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;b&gt;sparse&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;shape&lt;/b&gt; (%2, %3) &amp;nbsp; &lt;b&gt;nnz&lt;/b&gt; %L4 (%5% of the cells) &amp;nbsp; &lt;b&gt;values&lt;/b&gt; %6</source>
        <translation>&lt;b&gt;dünnbesetzt&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;shape&lt;/b&gt; (%2, %3) &amp;nbsp; &lt;b&gt;nnz&lt;/b&gt; %L4 (%5 % der Zellen) &amp;nbsp; &lt;b&gt;Werte&lt;/b&gt; %6</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>first %L1 of %L2 stored entries read</source>
        <translation>die ersten %L1 von %L2 gespeicherten Einträgen gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all %L1 stored entries read</source>
        <translation>alle %L1 gespeicherten Einträge gelesen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%L1 fields, %L2 bytes per element</source>
        <translation>%L1 Felder, %L2 Bytes pro Element</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Statistics and picture cover %1 (the first %L2 elements). The table reads the rest as you scroll; Go to (Ctrl+G) jumps to any cell.</source>
        <translation>Statistik und Bild umfassen %1 (die ersten %L2 Elemente). Die Tabelle liest den Rest beim Blättern; „Gehe zu“ (Strg+G) springt zu jeder Zelle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The table holds rows %L1–%L2 and columns %L3–%L4; Go to moves it.</source>
        <translation>Die Tabelle enthält die Zeilen %L1–%L2 und Spalten %L3–%L4; „Gehe zu“ verschiebt sie.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Values in order</source>
        <translation>Werte der Reihe nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Histogram of the values shown</source>
        <translation>Histogramm der gezeigten Werte</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Showing the first %L1 of %L2 stored entries.</source>
        <translation>Gezeigt werden die ersten %L1 von %L2 gespeicherten Einträgen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dense view only for matrices up to 100 x 100.</source>
        <translation>Dichte Ansicht nur für Matrizen bis 100 x 100.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rows %L1–%L2 of %L3</source>
        <translation>Zeilen %L1–%L2 von %L3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>columns %L1–%L2 of %L3</source>
        <translation>Spalten %L1–%L2 von %L3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="-100"/>
        <source>all %L1 elements</source>
        <translation>alle %L1 Elemente</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Row, or row and column, to show (Ctrl+G anywhere in the array preview)</source>
        <translation>Anzuzeigende Zeile oder Zeile und Spalte (Strg+G überall in der Array-Vorschau)</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>first %L1 of %L2 elements</source>
        <translation>erste %L1 von %L2 Elementen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1%2: min %3, max %4, mean %5, std %6, NaN %L7</source>
        <translation>%1%2: Min. %3, Max. %4, Mittelwert %5, Std.-Abw. %6, NaN %L7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (absolute values)</source>
        <translation> (Absolutwerte)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Heat map: dark = minimum, yellow = maximum, grey = NaN</source>
        <translation>Heatmap: dunkel = Minimum, gelb = Maximum, grau = NaN</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ArraySparseModel</name>
    <message>
        <location filename="../ui/ArraySparseModel.cpp" line="+91"/>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ArrayTableModel</name>
    <message>
        <location filename="../ui/ArrayTableModel.cpp" line="+246"/>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 at byte %3</source>
        <translation>%1: %2 bei Byte %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>skopos::ui::CompareTreeProxy</name>
    <message>
        <location filename="../ui/CompareTreeProxy.cpp" line="+25"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added in B</source>
        <translation>in B hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed from A</source>
        <translation>aus A entfernt</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>skopos::ui::CompareTrustModel</name>
    <message>
        <location filename="../ui/CompareTrustModel.cpp" line="+51"/>
        <source>New DANGEROUS name in B: %1</source>
        <translation>Neuer GEFÄHRLICHER Name in B: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New DANGEROUS name in B: %1 (%2)</source>
        <translation>Neuer GEFÄHRLICHER Name in B: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New untrusted type in B: %1</source>
        <translation>Neuer nicht vertrauenswürdiger Typ in B: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer needed in B: %1</source>
        <translation>In B nicht mehr benötigt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A needed %1 trusted; B does not name it.</source>
        <translation>A brauchte eine Freigabe für %1; B nennt diesen Typ nicht.</translation>
    </message>
</context>
<context>
    <name>skopos::ui::CompareView</name>
    <message>
        <location filename="../ui/CompareView.cpp" line="+59"/>
        <source>The reader stopped: %1</source>
        <translation>Der Leser wurde beendet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>out of memory while comparing</source>
        <translation>Speicher beim Vergleichen erschöpft</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only &amp;changes</source>
        <translation>&amp;Nur Änderungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare — Skopos</source>
        <translation>Vergleich — Skopos</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+141"/>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Show only the rows that changed and the rows leading to them</source>
        <translation>Nur die geänderten Zeilen und die Zeilen auf dem Weg dorthin zeigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Legend:</source>
        <translation>Legende:</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+90"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+90"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>%1 ↔ %2 — Skopos</source>
        <translation>%1 ↔ %2 — Skopos</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit code 2: %1</source>
        <translation>Exit-Code 2: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Same model</source>
        <translation>Gleiches Modell</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit code 4: a file names DANGEROUS globals.</source>
        <translation>Exit-Code 4: Eine Datei nennt GEFÄHRLICHE Globals.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit code 0: A and B hold the same model.</source>
        <translation>Exit-Code 0: A und B enthalten dasselbe Modell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit code 1: the models differ.</source>
        <translation>Exit-Code 1: Die Modelle unterscheiden sich.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Trust: B names %n DANGEROUS global(s) A did not.</source>
        <translation>
            <numerusform>Vertrauen: B nennt %n GEFÄHRLICHES Global, das A nicht nennt.</numerusform>
            <numerusform>Vertrauen: B nennt %n GEFÄHRLICHE Globals, die A nicht nennt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Trust: B needs %n more type(s) trusted than A.</source>
        <translation>
            <numerusform>Vertrauen: B braucht für %n Typ mehr als A eine Freigabe.</numerusform>
            <numerusform>Vertrauen: B braucht für %n Typen mehr als A eine Freigabe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust: B asks for nothing A did not.</source>
        <translation>Vertrauen: B verlangt nichts, was A nicht verlangt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust: the same in A and B.</source>
        <translation>Vertrauen: in A und B gleich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ConvertFlow</name>
    <message>
        <location filename="../ui/ConvertFlow.cpp" line="+68"/>
        <location line="+22"/>
        <location line="+24"/>
        <location line="+44"/>
        <source>Convert to skops</source>
        <translation>In skops umwandeln</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>skops files (*.skops)</source>
        <translation>skops-Dateien (*.skops)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the output would overwrite the input</source>
        <translation>die Ausgabe würde die Eingabe überschreiben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Converting %1…</source>
        <translation>%1 wird umgewandelt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cancelled; nothing written</source>
        <translation>abgebrochen; nichts geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert: %1</source>
        <translation>Umwandeln: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not convert:

%1</source>
        <translation>Umwandlung fehlgeschlagen:

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds only types skops trusts by default.

%1</source>
        <translation>Sie enthält nur Typen, denen skops standardmäßig vertraut.

%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading it needs these types trusted (review them first):

%1</source>
        <translation>Zum Laden müssen diese Typen als vertrauenswürdig angegeben werden (prüfen Sie sie zuerst):

%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open It</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Load Line</source>
        <translation>Ladezeile &amp;kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>skopos::ui::CoreText</name>
    <message>
        <location filename="../ui/CoreText.cpp" line="+18"/>
        <source>evaluates Python code</source>
        <translation>wertet Python-Code aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executes Python code</source>
        <translation>führt Python-Code aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executes a Python file</source>
        <translation>führt eine Python-Datei aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compiles Python code</source>
        <translation>kompiliert Python-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens files</source>
        <translation>öffnet Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports any module</source>
        <translation>importiert beliebige Module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaches any attribute (getattr chains to callables)</source>
        <translation>erreicht jedes Attribut (getattr-Ketten bis zu aufrufbaren Objekten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes any attribute</source>
        <translation>ändert beliebige Attribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deletes attributes</source>
        <translation>löscht Attribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exposes the module namespace</source>
        <translation>legt den Namensraum des Moduls offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exposes the local namespace</source>
        <translation>legt den lokalen Namensraum offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exposes namespaces</source>
        <translation>legt Namensräume offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts a debugger</source>
        <translation>startet einen Debugger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads from the terminal</source>
        <translation>liest vom Terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts the interactive help (pager, imports)</source>
        <translation>startet die interaktive Hilfe (Pager, Importe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raw memory access</source>
        <translation>direkter Speicherzugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any callable (Python 2)</source>
        <translation>ruft beliebige aufrufbare Objekte auf (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reloads modules (Python 2)</source>
        <translation>lädt Module neu (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens files (Python 2)</source>
        <translation>öffnet Dateien (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reduces arbitrary objects</source>
        <translation>zerlegt beliebige Objekte (reduce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaches any attribute</source>
        <translation>erreicht jedes Attribut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any callable</source>
        <translation>ruft beliebige aufrufbare Objekte auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluates terminal input (Python 2)</source>
        <translation>wertet Terminaleingaben aus (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reloads modules</source>
        <translation>lädt Module neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operating system access (processes, files)</source>
        <translation>Zugriff auf das Betriebssystem (Prozesse, Dateien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operating system access (alias of os)</source>
        <translation>Zugriff auf das Betriebssystem (Alias von os)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs processes</source>
        <translation>startet Prozesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs shell commands (Python 2)</source>
        <translation>führt Shell-Befehle aus (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs processes (Python 2)</source>
        <translation>startet Prozesse (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spawns processes on a pseudo-terminal</source>
        <translation>startet Prozesse auf einem Pseudo-Terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copies, moves and deletes files</source>
        <translation>kopiert, verschiebt und löscht Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates files</source>
        <translation>legt Dateien an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes to raw files</source>
        <translation>schreibt in rohe Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads and writes files it wraps</source>
        <translation>liest und schreibt die Dateien, die es umhüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads files</source>
        <translation>liest Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpreter internals (modules, hooks, exit)</source>
        <translation>Interna des Interpreters (Module, Hooks, Beenden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signal handlers</source>
        <translation>Signal-Handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process limits</source>
        <translation>Prozessgrenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs modules and files as __main__</source>
        <translation>führt Module und Dateien als __main__ aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports modules</source>
        <translation>importiert Module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports code from archives</source>
        <translation>importiert Code aus Archiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interactive interpreter (runs code)</source>
        <translation>interaktiver Interpreter (führt Code aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compiles code</source>
        <translation>kompiliert Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeit runs code given as a string</source>
        <translation>timeit führt als Zeichenkette übergebenen Code aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debugger: pdb.run executes code</source>
        <translation>Debugger: pdb.run führt Code aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debugger base: runs code</source>
        <translation>Debugger-Basis: führt Code aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile.run executes code</source>
        <translation>profile.run führt Code aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cProfile.run executes code</source>
        <translation>cProfile.run führt Code aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trace runs code</source>
        <translation>trace führt Code aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs code from docstrings</source>
        <translation>führt Code aus Docstrings aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>builds functions from code objects</source>
        <translation>baut Funktionen aus Code-Objekten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>builds code objects</source>
        <translation>baut Code-Objekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>builds modules</source>
        <translation>baut Module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any callable repeatedly</source>
        <translation>ruft beliebige aufrufbare Objekte wiederholt auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any method by name</source>
        <translation>ruft beliebige Methoden über ihren Namen auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaches any attribute by name</source>
        <translation>erreicht jedes Attribut über seinen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls native code and writes memory</source>
        <translation>ruft nativen Code auf und schreibt in den Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls native code</source>
        <translation>ruft nativen Code auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executes code given as a string</source>
        <translation>führt als Zeichenkette übergebenen Code aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads native libraries</source>
        <translation>lädt native Bibliotheken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads files, with pickles when allowed</source>
        <translation>lädt Dateien, mit Pickles, wenn erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles files</source>
        <translation>entpickelt Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles code</source>
        <translation>entpickelt Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested unpickling (pickle.loads)</source>
        <translation>verschachteltes Entpickeln (pickle.loads)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested unpickling (alias of pickle)</source>
        <translation>verschachteltes Entpickeln (Alias von pickle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested unpickling (Python 2)</source>
        <translation>verschachteltes Entpickeln (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pickle internals</source>
        <translation>Pickle-Interna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads code objects</source>
        <translation>lädt Code-Objekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens pickled databases</source>
        <translation>öffnet gepickelte Datenbanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconstructs arbitrary objects</source>
        <translation>baut beliebige Objekte wieder auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an extension code: imports whatever the loading program registered under it</source>
        <translation>ein Erweiterungscode: importiert, was das ladende Programm darunter registriert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsafe YAML loading</source>
        <translation>unsicheres Laden von YAML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network access</source>
        <translation>Netzwerkzugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event loop with process and network helpers</source>
        <translation>Ereignisschleife mit Prozess- und Netzwerkhelfern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluates strings while building extensions</source>
        <translation>wertet beim Bauen von Erweiterungen Zeichenketten aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runstring executes code</source>
        <translation>runstring führt Code aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a shell command</source>
        <translation>führt einen Shell-Befehl aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locate imports any module; pipepager runs commands</source>
        <translation>locate importiert beliebige Module; pipepager führt Befehle aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spawns Python subprocesses</source>
        <translation>startet Python-Unterprozesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pagers run commands</source>
        <translation>Pager führen Befehle aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executes code</source>
        <translation>führt Code aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs commands</source>
        <translation>führt Befehle aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluates code</source>
        <translation>wertet Code aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles nested data</source>
        <translation>entpickelt verschachtelte Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profiles (runs) code</source>
        <translation>profiliert Code (führt ihn aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rebuilds functions from code objects</source>
        <translation>baut Funktionen aus Code-Objekten wieder auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs code in a subinterpreter</source>
        <translation>führt Code in einem Unterinterpreter aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import machinery</source>
        <translation>Import-Mechanismus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaches every live object</source>
        <translation>erreicht jedes lebende Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaches frames and attributes</source>
        <translation>erreicht Stack-Frames und Attribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs programs</source>
        <translation>startet Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs shell commands</source>
        <translation>führt Shell-Befehle aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binds network ports</source>
        <translation>belegt Netzwerk-Ports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registers callables run at exit</source>
        <translation>registriert aufrufbare Objekte, die beim Beenden laufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates database files</source>
        <translation>legt Datenbankdateien an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compiles and writes code</source>
        <translation>kompiliert und schreibt Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maps memory and files</source>
        <translation>bildet Speicher und Dateien ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network multiplexing</source>
        <translation>Netzwerk-Multiplexing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes system logs</source>
        <translation>schreibt Systemprotokolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates and extracts files</source>
        <translation>legt Dateien an und entpackt sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls attribute machinery</source>
        <translation>ruft den Attribut-Mechanismus auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the builtins namespace</source>
        <translation>der builtins-Namensraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exits the interpreter</source>
        <translation>beendet den Interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serves files and runs CGI scripts</source>
        <translation>liefert Dateien aus und führt CGI-Skripte aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads and writes cookie files</source>
        <translation>liest und schreibt Cookie-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network access (Python 2)</source>
        <translation>Netzwerkzugriff (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends mail</source>
        <translation>verschickt E-Mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote calls</source>
        <translation>entfernte Aufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens a browser (runs programs)</source>
        <translation>öffnet einen Browser (startet Programme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts threads running any callable</source>
        <translation>startet Threads, die beliebige aufrufbare Objekte ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts threads</source>
        <translation>startet Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts threads (Python 2)</source>
        <translation>startet Threads (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installs and runs packages</source>
        <translation>installiert Pakete und führt sie aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>builds and runs packages</source>
        <translation>baut Pakete und führt sie aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installs packages</source>
        <translation>installiert Pakete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates environments, runs programs</source>
        <translation>legt Umgebungen an, startet Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDE internals that run code</source>
        <translation>IDE-Interna, die Code ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code tools</source>
        <translation>Code-Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpreter start-up hooks</source>
        <translation>Start-Hooks des Interpreters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module loader</source>
        <translation>Modul-Lader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaches any attribute by name (alias of operator)</source>
        <translation>erreicht jedes Attribut über seinen Namen (Alias von operator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any method by name (alias of operator)</source>
        <translation>ruft beliebige Methoden über ihren Namen auf (Alias von operator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a shell command as pager</source>
        <translation>führt einen Shell-Befehl als Pager aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a command</source>
        <translation>führt einen Befehl aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a shell command (Python &lt; 3.8)</source>
        <translation>führt einen Shell-Befehl aus (Python &lt; 3.8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compiles and loads native code</source>
        <translation>kompiliert und lädt nativen Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any callable (Python 3.11+)</source>
        <translation>ruft beliebige aufrufbare Objekte auf (Python 3.11+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any callable (alias of operator)</source>
        <translation>ruft beliebige aufrufbare Objekte auf (Alias von operator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles a file</source>
        <translation>entpickelt eine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles data</source>
        <translation>entpickelt Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles stored objects</source>
        <translation>entpickelt gespeicherte Objekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloads and runs repositories&apos; code</source>
        <translation>lädt Code aus Repositorys herunter und führt ihn aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports code from packages</source>
        <translation>importiert Code aus Paketen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles bytes (torch.load)</source>
        <translation>entpickelt Bytes (torch.load)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads compiled code</source>
        <translation>lädt kompilierten Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls a function from the pickle</source>
        <translation>ruft eine Funktion aus dem Pickle auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles old joblib files</source>
        <translation>entpickelt alte joblib-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rebuilds functions from code objects (vendored cloudpickle)</source>
        <translation>baut Funktionen aus Code-Objekten wieder auf (mitgeliefertes cloudpickle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts worker processes (vendored loky)</source>
        <translation>startet Arbeitsprozesse (mitgeliefertes loky)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs callables in worker processes</source>
        <translation>führt aufrufbare Objekte in Arbeitsprozessen aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles files (vendored joblib)</source>
        <translation>entpickelt Dateien (mitgeliefertes joblib)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles old files (vendored joblib)</source>
        <translation>entpickelt alte Dateien (mitgeliefertes joblib)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs callables in workers (vendored joblib)</source>
        <translation>führt aufrufbare Objekte in Arbeitsprozessen aus (mitgeliefertes joblib)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker processes (vendored joblib)</source>
        <translation>Arbeitsprozesse (mitgeliefertes joblib)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendored loky and cloudpickle</source>
        <translation>mitgeliefertes loky und cloudpickle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendored cloudpickle</source>
        <translation>mitgeliefertes cloudpickle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles bytes</source>
        <translation>entpickelt Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles models</source>
        <translation>entpickelt Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads arrays with pickles when allowed</source>
        <translation>liest Arrays, mit Pickles, wenn erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates and maps files</source>
        <translation>legt Dateien an und bildet sie im Speicher ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pickle module, re-exported</source>
        <translation>das pickle-Modul, weiterexportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes files</source>
        <translation>schreibt Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pickles to files</source>
        <translation>pickelt in Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloads and opens files</source>
        <translation>lädt Dateien herunter und öffnet sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads and writes files (loadmat, savemat, mmwrite)</source>
        <translation>liest und schreibt Dateien (loadmat, savemat, mmwrite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles a file (re-exported loader)</source>
        <translation>entpickelt eine Datei (weiterexportierter Lader)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads data that names callables</source>
        <translation>lädt Daten, die aufrufbare Objekte benennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dictConfig/fileConfig import and call names from the configuration; listen opens a port</source>
        <translation>dictConfig/fileConfig importieren und rufen Namen aus der Konfiguration auf; listen öffnet einen Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handlers write files, open sockets, send mail and HTTP requests</source>
        <translation>Handler schreiben Dateien, öffnen Sockets, verschicken E-Mails und HTTP-Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens log files</source>
        <translation>öffnet Protokolldateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instantiate/call import and call dotted names</source>
        <translation>instantiate/call importieren gepunktete Namen und rufen sie auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports and calls dotted names</source>
        <translation>importiert gepunktete Namen und ruft sie auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads entry points (imports code)</source>
        <translation>lädt Einstiegspunkte (importiert Code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file operations of a path object (write_text, unlink, rmdir, open, ...)</source>
        <translation>Dateioperationen eines Pfadobjekts (write_text, unlink, rmdir, open, ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file operations of a path object</source>
        <translation>Dateioperationen eines Pfadobjekts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file operations</source>
        <translation>Dateioperationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens files (pure-Python io)</source>
        <translation>öffnet Dateien (io in reinem Python)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wraps files</source>
        <translation>umhüllt Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads and writes files</source>
        <translation>liest und schreibt Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens database files</source>
        <translation>öffnet Datenbankdateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes mailbox files</source>
        <translation>schreibt Postfachdateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes archives</source>
        <translation>schreibt Archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists files</source>
        <translation>listet Dateien auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads credentials files</source>
        <translation>liest Dateien mit Zugangsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assert_run_python_script runs a script in a subprocess</source>
        <translation>assert_run_python_script führt ein Skript in einem Unterprozess aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old test helpers (run scripts)</source>
        <translation>alte Testhelfer (führen Skripte aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runstring executes code; extbuild compiles and imports modules</source>
        <translation>runstring führt Code aus; extbuild kompiliert und importiert Module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs test suites</source>
        <translation>führt Testsuiten aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discovers and imports tests; mock patches anything</source>
        <translation>findet und importiert Tests; mock verändert beliebige Objekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs test suites (imports code)</source>
        <translation>führt Testsuiten aus (importiert Code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exec_command runs shell commands</source>
        <translation>exec_command führt Shell-Befehle aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compiles and imports extensions</source>
        <translation>kompiliert und importiert Erweiterungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sandbox.run_setup runs scripts; build commands run compilers</source>
        <translation>sandbox.run_setup führt Skripte aus; Build-Befehle starten Compiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spawn runs commands</source>
        <translation>spawn führt Befehle aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import hooks</source>
        <translation>Import-Hooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compiles and imports code</source>
        <translation>kompiliert und importiert Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network access (IMAP4_stream runs a command)</source>
        <translation>Netzwerkzugriff (IMAP4_stream führt einen Befehl aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote shell access</source>
        <translation>entfernter Shell-Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serves network requests</source>
        <translation>beantwortet Netzwerkanfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote calls (Python 2)</source>
        <translation>entfernte Aufrufe (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serves files (Python 2)</source>
        <translation>liefert Dateien aus (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network server (Python 2)</source>
        <translation>Netzwerkserver (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binds network ports (Python 2)</source>
        <translation>belegt Netzwerk-Ports (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens a web browser when imported</source>
        <translation>öffnet beim Import einen Webbrowser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloads data</source>
        <translation>lädt Daten herunter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interactive shell (runs code and shell commands)</source>
        <translation>interaktive Shell (führt Code und Shell-Befehle aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluates expressions while completing</source>
        <translation>wertet beim Vervollständigen Ausdrücke aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads and writes history files</source>
        <translation>liest und schreibt Verlaufsdateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command interpreter</source>
        <translation>Befehlsinterpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates processes (Windows)</source>
        <translation>legt Prozesse an (Windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes the registry</source>
        <translation>schreibt in die Registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes the registry (Python 2)</source>
        <translation>schreibt in die Registry (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>console and file descriptors (Windows)</source>
        <translation>Konsole und Dateideskriptoren (Windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a shell command (re-export of os.system)</source>
        <translation>führt einen Shell-Befehl aus (Weiterexport von os.system)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a shell command (re-export of os.popen)</source>
        <translation>führt einen Shell-Befehl aus (Weiterexport von os.popen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a process (re-export of subprocess.Popen)</source>
        <translation>startet einen Prozess (Weiterexport von subprocess.Popen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a process</source>
        <translation>startet einen Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluates Python code (re-export of eval)</source>
        <translation>wertet Python-Code aus (Weiterexport von eval)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executes Python code (re-export of exec)</source>
        <translation>führt Python-Code aus (Weiterexport von exec)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a Python file</source>
        <translation>führt eine Python-Datei aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a Python module</source>
        <translation>führt ein Python-Modul aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a setup script</source>
        <translation>führt ein Setup-Skript aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaces the process</source>
        <translation>ersetzt den Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens files with their program (Windows)</source>
        <translation>öffnet Dateien mit ihrem Programm (Windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>_Helper runs pydoc&apos;s interactive help (pager); _Printer reads files</source>
        <translation>_Helper startet die interaktive Hilfe von pydoc (Pager); _Printer liest Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semaphore internals (sem_unlink removes named semaphores)</source>
        <translation>Semaphor-Interna (sem_unlink entfernt benannte Semaphore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shm_open/shm_unlink create and remove shared memory files</source>
        <translation>shm_open/shm_unlink legen Dateien für gemeinsamen Speicher an und entfernen sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ThreadPoolExecutor/ProcessPoolExecutor run callables in threads and processes</source>
        <translation>ThreadPoolExecutor/ProcessPoolExecutor führen aufrufbare Objekte in Threads und Prozessen aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>runs the file command on a path</source>
        <translation>führt den Befehl file auf einem Pfad aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs the file command on the executable it is given</source>
        <translation>führt den Befehl file auf dem übergebenen Programm aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a shell command (ver)</source>
        <translation>führt einen Shell-Befehl aus (ver)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mail server (binds network ports)</source>
        <translation>Mailserver (belegt Netzwerk-Ports)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network servers and clients</source>
        <translation>Netzwerkserver und -clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enable/Hook write tracebacks to files in a folder</source>
        <translation>enable/Hook schreiben Tracebacks in Dateien eines Ordners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C profiler: calls its timer callable on every event</source>
        <translation>C-Profiler: ruft bei jedem Ereignis seine Zeitgeber-Funktion auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stats loads profile files with marshal</source>
        <translation>Stats lädt Profildateien mit marshal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run_script reads and compiles scripts</source>
        <translation>run_script liest und kompiliert Skripte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports the modules it is given by name</source>
        <translation>importiert die Module, deren Namen es bekommt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls native function pointers</source>
        <translation>ruft native Funktionszeiger auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caches calls in a folder: writes files, unpickles them, calls the function</source>
        <translation>speichert Aufrufe in einem Ordner zwischen: schreibt Dateien, entpickelt sie, ruft die Funktion auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caches calls in a folder: writes files, unpickles them, calls functions</source>
        <translation>speichert Aufrufe in einem Ordner zwischen: schreibt Dateien, entpickelt sie, ruft Funktionen auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reads pickles from and writes the cache folder</source>
        <translation>liest Pickles aus dem Cache-Ordner und schreibt ihn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deletes the data folder (shutil.rmtree)</source>
        <translation>löscht den Datenordner (shutil.rmtree)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates folders</source>
        <translation>legt Ordner an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads every file of a folder</source>
        <translation>liest jede Datei eines Ordners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads and writes svmlight files</source>
        <translation>liest und schreibt svmlight-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save_npz/load_npz write and read files</source>
        <translation>save_npz/load_npz schreiben und lesen Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloads data (pooch) and clear_cache deletes the cache folder</source>
        <translation>lädt Daten herunter (pooch), und clear_cache löscht den Cache-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens and reads files</source>
        <translation>öffnet und liest Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles embedded bytes (cloudpickle.loads)</source>
        <translation>entpickelt eingebettete Bytes (cloudpickle.loads)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles bytes (cloudpickle.loads)</source>
        <translation>entpickelt Bytes (cloudpickle.loads)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>_rebuild looks up any attribute of a loaded module by name</source>
        <translation>_rebuild sucht jedes Attribut eines geladenen Moduls über seinen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendored cloudpickle (rebuilds functions from code objects)</source>
        <translation>mitgeliefertes cloudpickle (baut Funktionen aus Code-Objekten wieder auf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel/delayed run callables in worker processes</source>
        <translation>Parallel/delayed führen aufrufbare Objekte in Arbeitsprozessen aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attribute traversal through a dunder (__self__, __globals__, __dict__, ...) reaches any object</source>
        <translation>Attributzugriff über ein Dunder-Attribut (__self__, __globals__, __dict__, ...) erreicht jedes Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imports a name computed at load time (a call&apos;s result), so no scanner can read it</source>
        <translation>importiert einen erst beim Laden berechneten Namen (das Ergebnis eines Aufrufs), den kein Scanner lesen kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BUILD on a module or class rewrites its attributes (monkeypatching code that runs later)</source>
        <translation>BUILD auf einem Modul oder einer Klasse schreibt deren Attribute um (verändert Code, der später läuft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>joblib opens a companion file outside the model&apos;s folder (absolute or &apos;..&apos;)</source>
        <translation>joblib öffnet eine Begleitdatei außerhalb des Modellordners (absolut oder &apos;..&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(pickle stream)</source>
        <translation>(Pickle-Datenstrom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(zip of pickles)</source>
        <translation>(ZIP-Archiv mit Pickles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(incomplete pickle)</source>
        <translation>(unvollständiges Pickle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(computed import)</source>
        <translation>(berechneter Import)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(companion file outside the model folder)</source>
        <translation>(Begleitdatei außerhalb des Modellordners)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(attributes set on an imported module or class)</source>
        <translation>(Attribute an einem importierten Modul oder einer Klasse gesetzt)</translation>
    </message>
</context>
<context>
    <name>skopos::ui::CurrentProfile</name>
    <message>
        <location filename="../ui/CurrentProfile.cpp" line="+12"/>
        <location filename="../ui/ProfileDialog.cpp" line="+163"/>
        <location filename="../ui/ProfileSettings.cpp" line="-12"/>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> · skops %1</source>
        <translation> · skops %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · scikit-learn %1</source>
        <translation> · scikit-learn %1</translation>
    </message>
</context>
<context>
    <name>skopos::ui::DocumentTab</name>
    <message>
        <location filename="../ui/DocumentTab.cpp" line="+136"/>
        <source>Only &amp;untrusted</source>
        <translation>N&amp;ur nicht vertrauenswürdige</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Find type or key (Ctrl+F, Enter for next)</source>
        <translation>Typ oder Schlüssel suchen (Strg+F, Eingabe für den nächsten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the branches that hold untrusted or dangerous nodes (like skops.io.visualize(show=&quot;untrusted&quot;))</source>
        <translation>Nur die Zweige zeigen, die nicht vertrauenswürdige oder gefährliche Knoten enthalten (wie skops.io.visualize(show=&quot;untrusted&quot;))</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Find in raw text (Ctrl+F here, Enter next, Shift+Enter previous)</source>
        <translation>In den Rohdaten suchen (hier Strg+F, Eingabe: nächster, Umschalt+Eingabe: vorheriger Treffer)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Node</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trust verdict is pending: Skopos is still reading this file. Nothing in it is judged, and nothing can be approved, converted or loaded, until the whole file is read.</source>
        <translation>Das Vertrauensurteil steht noch aus: Skopos liest diese Datei noch. Bis die ganze Datei gelesen ist, wird nichts darin beurteilt, und nichts kann freigegeben, konvertiert oder geladen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+232"/>
        <source>&amp;Raw</source>
        <translation>&amp;Rohdaten</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The reader stopped: %1

%2

This file was read in a separate process: the other files and the window are not affected.</source>
        <translation>Der Leser wurde beendet: %1

%2

Diese Datei wurde in einem eigenen Prozess gelesen: die anderen Dateien und das Fenster sind nicht betroffen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>still reading</source>
        <translation>wird noch gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%L1 more</source>
        <translation>%L1 weitere</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln weitere</numerusform>
            <numerusform>%Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Still reading %1. These are its first rows; the trust verdict comes when the whole file is read.</source>
        <translation>%1 wird noch gelesen. Dies sind die ersten Zeilen; das Vertrauensurteil folgt, wenn die ganze Datei gelesen ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 MB of %2 MB</source>
        <translation>%1 MB von %2 MB</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&amp;%1</source>
        <comment>raw tab title with its accelerator</comment>
        <translation>&amp;%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+229"/>
        <source>Reading the raw text…</source>
        <translation>Der Rohtext wird gelesen…</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>This part of the model has no row in the tree as it is shown now.</source>
        <translation>Dieser Teil des Modells hat im Baum, wie er jetzt angezeigt wird, keine Zeile.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No other node matches &quot;%1&quot;</source>
        <translation>Kein anderer Knoten passt zu „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No node matches &quot;%1&quot;</source>
        <translation>Kein Knoten passt zu „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No untrusted or dangerous nodes</source>
        <translation>Keine nicht vertrauenswürdigen oder gefährlichen Knoten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No node of type %1 is shown</source>
        <translation>Kein Knoten vom Typ %1 wird angezeigt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This node has no place of its own in the raw text.</source>
        <translation>Dieser Knoten hat keine eigene Stelle in den Rohdaten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its object starts at byte %L1 of schema.json, past the first %L2 bytes shown here.</source>
        <translation>Sein Objekt beginnt bei Byte %L1 von schema.json, nach den ersten %L2 Bytes, die hier gezeigt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its object at byte %L1 of schema.json is not where the text shown has one.</source>
        <translation>Sein Objekt bei Byte %L1 von schema.json liegt nicht dort, wo der gezeigte Text eines hat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The opcode at offset %L1 that built it is not in the listing shown (run `skopos dis FILE`).</source>
        <translation>Der Opcode bei Offset %L1, der ihn erzeugt hat, steht nicht in der gezeigten Liste (`skopos dis FILE` gibt alles aus).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The raw text is read when it is shown.</source>
        <translation>Der Rohtext wird gelesen, sobald er angezeigt wird.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No place in the raw text is known for this node.</source>
        <translation>Für diesen Knoten ist keine Stelle in den Rohdaten bekannt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its object starts at byte %L1 of schema.json (line %L2).</source>
        <translation>Sein Objekt beginnt bei Byte %L1 von schema.json (Zeile %L2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built by the opcode at offset %L1 (line %L2).</source>
        <translation>Erzeugt vom Opcode bei Offset %L1 (Zeile %L2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown at its parent&apos;s place: %1</source>
        <translation>An der Stelle seines Elternknotens gezeigt: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%L1+ matches</source>
        <translation>%L1+ Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 matches</source>
        <translation>%L1 Treffer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not in the raw text</source>
        <translation>„%1“ steht nicht in den Rohdaten</translation>
    </message>
</context>
<context>
    <name>skopos::ui::FolderScanWidget</name>
    <message>
        <location filename="../ui/FolderScanWidget.cpp" line="+68"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder Scan</source>
        <translation>Ordnerprüfung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter by path, format or type name</source>
        <translation>Nach Pfad, Format oder Typname filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not clean</source>
        <translation>Nicht unbedenklich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dangerous</source>
        <translation>Gefährlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untrusted</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Folder Scan — %1</source>
        <translation>Ordnerprüfung — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n model file(s) — dangerous: %1, untrusted: %2, errors: %3, clean: %4</source>
        <translation>
            <numerusform>%n Modelldatei — gefährlich: %1, nicht vertrauenswürdig: %2, Fehler: %3, unbedenklich: %4</numerusform>
            <numerusform>%n Modelldateien — gefährlich: %1, nicht vertrauenswürdig: %2, Fehler: %3, unbedenklich: %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — scanning…</source>
        <translation>%1 — Prüfung läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — stopped before the end</source>
        <translation>%1 — vor dem Ende angehalten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — done in %L2 s; %n other file(s)</source>
        <translation>
            <numerusform>%1 — fertig in %L2 s; %n andere Datei</numerusform>
            <numerusform>%1 — fertig in %L2 s; %n andere Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · trust profile: scikit-learn %2</source>
        <translation>%1 · Vertrauensprofil: scikit-learn %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <source>Export Scan</source>
        <translation>Prüfergebnis exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>skopos::ui::HelpDialog</name>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="+18"/>
        <source>Skopos Help</source>
        <translation>Skopos-Hilfe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h2&gt;Reading a model file safely&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Eine Modelldatei sicher lesen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Skopos reads skops, pickle and joblib files without running them: it decodes the bytes and shows the objects the file would build, but never imports or executes anything from the file. Opening a file in Skopos is therefore safe; loading it in Python may not be.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Skopos liest skops-, pickle- und joblib-Dateien, ohne sie auszuführen: Es dekodiert die Bytes und zeigt die Objekte, die die Datei erzeugen würde, importiert oder führt aber nie etwas aus der Datei aus. Eine Datei in Skopos zu öffnen ist daher sicher; sie in Python zu laden womöglich nicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Untrusted types&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Nicht vertrauenswürdige Typen&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A type is &lt;b&gt;untrusted&lt;/b&gt; when &lt;code&gt;skops.io.load&lt;/code&gt; would refuse to create it unless you name it in &lt;code&gt;trusted=[...]&lt;/code&gt;. Skopos lists them exactly as &lt;code&gt;skops.io.get_untrusted_types&lt;/code&gt; does. Untrusted does not mean malicious: custom estimators and many third-party classes are untrusted simply because skops does not know them. For a pickle, Skopos reports what skops would say about the same object saved with skops.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Typ ist &lt;b&gt;nicht vertrauenswürdig&lt;/b&gt;, wenn &lt;code&gt;skops.io.load&lt;/code&gt; ihn nur erzeugen würde, wenn Sie ihn in &lt;code&gt;trusted=[...]&lt;/code&gt; nennen. Skopos listet diese Typen genau so auf wie &lt;code&gt;skops.io.get_untrusted_types&lt;/code&gt;. Nicht vertrauenswürdig heißt nicht bösartig: Eigene Schätzer und viele Klassen von Drittanbietern sind nur deshalb nicht vertrauenswürdig, weil skops sie nicht kennt. Bei einem Pickle meldet Skopos, was skops über dasselbe, mit skops gespeicherte Objekt sagen würde.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Dangerous names&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Gefährliche Namen&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A pickle names the Python functions and classes it calls while it is loaded. A name is marked &lt;b&gt;dangerous&lt;/b&gt; when calling it can run commands, execute code, open files or network connections, or import modules (for example &lt;code&gt;os.system&lt;/code&gt;, &lt;code&gt;builtins.eval&lt;/code&gt; or &lt;code&gt;subprocess.Popen&lt;/code&gt;). A file with a dangerous name can take over your account the moment &lt;code&gt;pickle.load&lt;/code&gt; or &lt;code&gt;joblib.load&lt;/code&gt; reads it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Pickle nennt die Python-Funktionen und -Klassen, die es beim Laden aufruft. Ein Name wird als &lt;b&gt;gefährlich&lt;/b&gt; markiert, wenn sein Aufruf Befehle oder Code ausführen, Dateien oder Netzwerkverbindungen öffnen oder Module importieren kann (zum Beispiel &lt;code&gt;os.system&lt;/code&gt;, &lt;code&gt;builtins.eval&lt;/code&gt; oder &lt;code&gt;subprocess.Popen&lt;/code&gt;). Eine Datei mit einem gefährlichen Namen kann Ihr Benutzerkonto übernehmen, sobald &lt;code&gt;pickle.load&lt;/code&gt; oder &lt;code&gt;joblib.load&lt;/code&gt; sie liest.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;What to do next&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Wie es weitergeht&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Dangerous:&lt;/b&gt; do not load the file. Ask its author for a skops file, or for the code and data to rebuild the model.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Untrusted types:&lt;/b&gt; look at each one. Trust a type only when you know the module it comes from and have it installed from a source you trust; then export the trusted list (File › Export Trusted List) and pass it to &lt;code&gt;skops.io.load(..., trusted=...)&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A pickle or joblib file you must use:&lt;/b&gt; convert it to skops (File › Convert to skops) and load the skops file, so that every type is checked again at load time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Only trusted types:&lt;/b&gt; skops can load the file with its defaults.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Gefährlich:&lt;/b&gt; Laden Sie die Datei nicht. Bitten Sie die Autorin oder den Autor um eine skops-Datei oder um Code und Daten, mit denen sich das Modell neu erstellen lässt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nicht vertrauenswürdige Typen:&lt;/b&gt; Sehen Sie sich jeden einzeln an. Vertrauen Sie einem Typ nur, wenn Sie das Modul kennen, aus dem er stammt, und es aus einer vertrauenswürdigen Quelle installiert haben; exportieren Sie dann die Vertrauensliste (Datei › Vertrauensliste exportieren) und übergeben Sie sie an &lt;code&gt;skops.io.load(..., trusted=...)&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eine pickle- oder joblib-Datei, die Sie verwenden müssen:&lt;/b&gt; Wandeln Sie sie in skops um (Datei › In skops umwandeln) und laden Sie die skops-Datei, damit jeder Typ beim Laden erneut geprüft wird.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nur vertrauenswürdige Typen:&lt;/b&gt; skops kann die Datei mit seinen Standardeinstellungen laden.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Skopos is an inspection aid, not a security guarantee. A clean report means that no type outside the trusted lists was found, not that the file is safe: a trusted type can still be used in unexpected ways, and Skopos cannot know what your own code does with the model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Skopos ist eine Prüfhilfe, keine Sicherheitsgarantie. Ein unauffälliger Bericht bedeutet, dass kein Typ außerhalb der Vertrauenslisten gefunden wurde, nicht dass die Datei sicher ist: Auch ein vertrauenswürdiger Typ kann auf unerwartete Weise verwendet werden, und Skopos kann nicht wissen, was Ihr eigener Code mit dem Modell macht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;&lt;b&gt;Skopos %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Looks inside skops, pickle and joblib model files without running them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Security model.&lt;/b&gt; Skopos never imports or executes anything from a file: it decodes the bytes and builds the object tree itself. It reports the types skops would refuse to load, exactly as skops.io.get_untrusted_types decides them, and marks pickle globals that can run code when the file is loaded. It cannot know whether a trusted type is used harmlessly, nor what your own code does with the model: it is an inspection aid, not a security guarantee.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Skopos %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Schaut in skops-, pickle- und joblib-Modelldateien, ohne sie auszuführen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sicherheitsmodell.&lt;/b&gt; Skopos importiert oder führt nie etwas aus einer Datei aus: Es dekodiert die Bytes und baut den Objektbaum selbst auf. Es meldet die Typen, deren Laden skops ablehnen würde, genau so, wie skops.io.get_untrusted_types sie bestimmt, und markiert pickle-Globals, die beim Laden der Datei Code ausführen können. Es kann nicht wissen, ob ein vertrauenswürdiger Typ harmlos verwendet wird oder was Ihr eigener Code mit dem Modell macht: Es ist eine Prüfhilfe, keine Sicherheitsgarantie.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;&lt;b&gt;Reader sandbox:&lt;/b&gt; %1 (&lt;code&gt;skopos doctor&lt;/code&gt; tries each forbidden operation).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sandbox des Lesers:&lt;/b&gt; %1 (&lt;code&gt;skopos doctor&lt;/code&gt; probiert jede verbotene Operation aus).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skopos &amp;Help</source>
        <translation>Skopos-&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Skopos</source>
        <translation>Ü&amp;ber Skopos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Skopos</source>
        <translation>Über Skopos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>skopos::ui::Language</name>
    <message>
        <location filename="../ui/Language.cpp" line="+105"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language takes effect after Skopos restarts.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von Skopos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
</context>
<context>
    <name>skopos::ui::LoadInPythonDialog</name>
    <message>
        <location filename="../ui/LoadInPython.cpp" line="+67"/>
        <source>&amp;Run Again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load in Python</source>
        <translation>In Python laden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runs &lt;code&gt;%1&lt;/code&gt; as a separate process with the code below. Skopos itself never runs anything from a model file.</source>
        <translation>Führt &lt;code&gt;%1&lt;/code&gt; als eigenen Prozess mit dem Code unten aus. Skopos selbst führt nie etwas aus einer Modelldatei aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy Code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Python was not found: could not start &quot;%1&quot; (%2). Set the interpreter in Settings › Python Interpreter…</source>
        <translation>Python wurde nicht gefunden: „%1“ konnte nicht gestartet werden (%2). Legen Sie den Interpreter unter Einstellungen › Python-Interpreter… fest</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stopped unexpectedly.</source>
        <translation>%1 wurde unerwartet beendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skops is not installed for %1: install it (pip install skops) or choose another interpreter in Settings › Python Interpreter…</source>
        <translation>skops ist für %1 nicht installiert: Installieren Sie es (pip install skops) oder wählen Sie unter Einstellungen › Python-Interpreter… einen anderen Interpreter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>skops refused or failed to load the file (exit status %1); its message is above.</source>
        <translation>skops hat das Laden der Datei abgelehnt oder ist daran gescheitert (Exit-Status %1); die Meldung steht oben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded: the repr of the loaded object is above.</source>
        <translation>Geladen: Die repr des geladenen Objekts steht oben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
</context>
<context>
    <name>skopos::ui::LoadedDocument</name>
    <message>
        <location filename="../ui/LoadedDocument.cpp" line="+99"/>
        <source>
… (truncated)</source>
        <translation>
… (gekürzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a .npy file has no schema or opcodes: the Node tab shows its values)</source>
        <translation>(eine .npy-Datei hat weder Schema noch Opcodes: Der Reiter Knoten zeigt ihre Werte)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Opcodes</source>
        <translation>Pickle-Befehle</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is large; run `skopos dis FILE` for its opcode listing.</source>
        <translation>Die Datei ist groß; `skopos dis FILE` gibt ihre Opcode-Liste aus.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>
… (truncated; run `skopos dis FILE` for all of it)</source>
        <translation>
… (gekürzt; `skopos dis FILE` gibt alles aus)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not available: %1)</source>
        <translation>(nicht verfügbar: %1)</translation>
    </message>
</context>
<context>
    <name>skopos::ui::MainWindow</name>
    <message>
        <location filename="../ui/Language.cpp" line="+9"/>
        <location filename="../ui/MainWindow.cpp" line="+429"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-324"/>
        <source>out of memory while reading</source>
        <translation>Speicher beim Lesen erschöpft</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+698"/>
        <location line="+161"/>
        <source>Skopos</source>
        <translation>Skopos</translation>
    </message>
    <message>
        <location line="-855"/>
        <source>This is an inspection aid, not a security guarantee. Skopos reads files without running them; a clean result does not make a file safe.</source>
        <translation>Dies ist eine Prüfhilfe, keine Sicherheitsgarantie. Skopos liest Dateien, ohne sie auszuführen; ein unauffälliges Ergebnis macht eine Datei nicht sicher.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan Folder</source>
        <translation>Ordner prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Example</source>
        <translation>Beis&amp;piel öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load in Python…</source>
        <translation>In Python &amp;laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;vert to skops…</source>
        <translation>In skops &amp;umwandeln…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare this file with another model file: what changed, what new trust it asks</source>
        <translation>Diese Datei mit einer anderen Modelldatei vergleichen: was sich geändert hat, welches neue Vertrauen sie verlangt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Lo&amp;ad Line</source>
        <translation>L&amp;adezeile kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy skops.io.load(&quot;…&quot;, trusted=[...]) for this file</source>
        <translation>skops.io.load(&quot;…&quot;, trusted=[...]) für diese Datei kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the trusted=[...] list of the types you approved</source>
        <translation>Die trusted=[...]-Liste der von Ihnen freigegebenen Typen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+249"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next &amp;Untrusted Node</source>
        <translation>Nächster nicht &amp;vertrauenswürdiger Knoten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the next untrusted or dangerous node (Ctrl+U)</source>
        <translation>Den nächsten nicht vertrauenswürdigen oder gefährlichen Knoten auswählen (Strg+U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Trusted List</source>
        <translation>Vertrauensliste &amp;kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo &amp;Withdrawal</source>
        <translation>Freigabe wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the approval of %1 you withdrew</source>
        <translation>Die zurückgezogene Freigabe von %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpand All Below</source>
        <translation>Alles darunter a&amp;usklappen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ollapse All</source>
        <translation>Alles &amp;einklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Only &amp;Untrusted</source>
        <translation>Nur nicht &amp;vertrauenswürdige zeigen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Trusted Types…</source>
        <translation>&amp;Vertrauenswürdige Typen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Model files (*.skops *.pkl *.pickle *.p *.pck *.pcl *.pkl.z *.pbz2 *.joblib *.joblib.* *.jl *.z *.gz *.bz2 *.xz *.lzma *.lz4 *.npy *.npz *.sav *.bin *.dat);;skops (*.skops);;Pickle (*.pkl *.pickle *.p *.pck *.pcl *.sav *.bin *.dat);;joblib (*.joblib *.joblib.* *.jl *.pkl.z *.z *.gz *.bz2 *.pbz2 *.xz *.lzma *.lz4);;NumPy (*.npy *.npz);;All files (*)</source>
        <translation>Modelldateien (*.skops *.pkl *.pickle *.p *.pck *.pcl *.pkl.z *.pbz2 *.joblib *.joblib.* *.jl *.z *.gz *.bz2 *.xz *.lzma *.lz4 *.npy *.npz *.sav *.bin *.dat);;skops (*.skops);;Pickle (*.pkl *.pickle *.p *.pck *.pcl *.sav *.bin *.dat);;joblib (*.joblib *.joblib.* *.jl *.pkl.z *.z *.gz *.bz2 *.pbz2 *.xz *.lzma *.lz4);;NumPy (*.npy *.npz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare %1 With</source>
        <translation>%1 vergleichen mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model files (*.skops *.pkl *.pickle *.p *.joblib *.joblib.* *.pkl.z *.z *.gz *.bz2 *.xz *.lzma *.lz4 *.npy *.sav *.bin *.dat);;All files (*)</source>
        <translation>Modelldateien (*.skops *.pkl *.pickle *.p *.joblib *.joblib.* *.pkl.z *.z *.gz *.bz2 *.xz *.lzma *.lz4 *.npy *.sav *.bin *.dat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a file first: it is compared with the one you choose.</source>
        <translation>Öffnen Sie zuerst eine Datei: Sie wird mit der gewählten verglichen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Co&amp;mpare With</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other &amp;File…</source>
        <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a folder: scanning it</source>
        <translation>%1 ist ein Ordner: wird durchsucht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 changed on disk: reading it again</source>
        <translation>%1 wurde auf der Festplatte geändert: wird neu gelesen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1
still reading</source>
        <translation>%1
wird noch gelesen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening %1 cancelled</source>
        <translation>Öffnen von %1 abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This build has no bundled example.</source>
        <translation>Diese Version enthält kein mitgeliefertes Beispiel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not unpack the bundled example.</source>
        <translation>Das mitgelieferte Beispiel konnte nicht entpackt werden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Applied your earlier approvals (%1); see the Trust tab</source>
        <translation>Ihre früheren Freigaben wurden angewendet (%1); siehe Reiter Vertrauen</translation>
    </message>
    <message>
        <location line="-706"/>
        <source>Open a model file (Ctrl+O) or drop one or several here.
Each file opens in its own tab, with its own trust decisions.</source>
        <translation>Öffnen Sie eine Modelldatei (Strg+O) oder ziehen Sie eine oder mehrere hierher.
Jede Datei öffnet sich in einem eigenen Reiter, mit eigenen Vertrauensentscheidungen.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Export &amp;Trusted List…</source>
        <translation>Vertrauensliste &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find a type or key in the tree; in the raw view, find text there</source>
        <translation>Einen Typ oder Schlüssel im Baum suchen; in der Rohdatenansicht dort Text suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in &amp;Raw Text…</source>
        <translation>In &amp;Rohdaten suchen…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Next File Tab</source>
        <translation>&amp;Nächster Dateireiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous File Tab</source>
        <translation>Vor&amp;heriger Dateireiter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Python &amp;Interpreter…</source>
        <translation>Python-&amp;Interpreter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust &amp;Profile…</source>
        <translation>Vertrauensp&amp;rofil…</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Open Model Files</source>
        <translation>Modelldateien öffnen</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 is already open</source>
        <translation>%1 ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Example model</source>
        <translation>Beispielmodell</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The reader stopped: %1</source>
        <translation>Der Leser wurde beendet: %1</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Python Interpreter</source>
        <translation>Python-Interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter that &quot;Load in Python&quot; runs (it needs skops installed):</source>
        <translation>Interpreter, den „In Python laden“ ausführt (skops muss installiert sein):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open a file first.</source>
        <translation>Öffnen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not offered: this file names DANGEROUS globals.</source>
        <translation>Nicht angeboten: Diese Datei nennt GEFÄHRLICHE Globals.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only skops files are loaded this way: convert this %1 file to skops first.</source>
        <translation>Nur skops-Dateien werden so geladen: Wandeln Sie diese %1-Datei zuerst in skops um.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Review and approve the untrusted types first (Trust tab): %n left.</source>
        <translation>
            <numerusform>Prüfen Sie zuerst die nicht vertrauenswürdigen Typen und geben Sie sie frei (Reiter Vertrauen): noch %n Typ.</numerusform>
            <numerusform>Prüfen Sie zuerst die nicht vertrauenswürdigen Typen und geben Sie sie frei (Reiter Vertrauen): noch %n Typen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading %1: its first rows are shown; the verdict comes when it is read.</source>
        <translation>%1 wird gelesen: die ersten Zeilen werden gezeigt; das Urteil folgt, wenn die Datei gelesen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — reading — Skopos</source>
        <translation>%1 — wird gelesen — Skopos</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n untrusted type(s)</source>
        <translation>
            <numerusform>%n nicht vertrauenswürdiger Typ</numerusform>
            <numerusform>%n nicht vertrauenswürdige Typen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n approved</source>
        <translation>
            <numerusform>%n freigegeben</numerusform>
            <numerusform>%n freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n DANGEROUS</source>
        <translation>
            <numerusform>%n GEFÄHRLICH</numerusform>
            <numerusform>%n GEFÄHRLICH</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file %1 of %2</source>
        <translation>Datei %1 von %2</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Run skops.io.load(path, trusted=[the approved types]) in your Python</source>
        <translation>skops.io.load(path, trusted=[die freigegebenen Typen]) in Ihrem Python ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load in Python: %1</source>
        <translation>In Python laden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open a pickle or joblib file first.</source>
        <translation>öffnen Sie zuerst eine pickle- oder joblib-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: this file names DANGEROUS globals.</source>
        <translation>abgelehnt: Diese Datei nennt GEFÄHRLICHE Globals.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is already a current skops file.</source>
        <translation>dies ist bereits eine aktuelle skops-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .npy file holds one array, not a model.</source>
        <translation>eine .npy-Datei enthält ein Array, kein Modell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this model as a skops file, without running it</source>
        <translation>Dieses Modell als skops-Datei schreiben, ohne es auszuführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert to skops: %1</source>
        <translation>In skops umwandeln: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a model file (Ctrl+O) or drop one here.</source>
        <translation>Öffnen Sie eine Modelldatei (Strg+O) oder ziehen Sie eine hierher.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 — Skopos</source>
        <translation>%1 — %2 — Skopos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 nodes</source>
        <translation>%L1 Knoten</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ModelDiagram</name>
    <message>
        <location filename="../ui/ModelDiagram.cpp" line="+184"/>
        <source>%1 × %2</source>
        <comment>an ensemble&apos;s members: count × class</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Something inside it is DANGEROUS: see the tree.</source>
        <translation>Etwas darin ist GEFÄHRLICH: siehe Baum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something inside it is untrusted: see the tree.</source>
        <translation>Etwas darin ist nicht vertrauenswürdig: siehe Baum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to open or close it and select it in the tree.</source>
        <translation>Klicken, um es auf- oder zuzuklappen und im Baum auszuwählen.</translation>
    </message>
    <message>
        <location line="+278"/>
        <location line="+29"/>
        <source>There is no diagram to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Model diagram drawn by Skopos from the file, without loading it</source>
        <translation>Modelldiagramm, von Skopos aus der Datei gezeichnet, ohne sie zu laden</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+34"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The diagram is too large for a picture.</source>
        <translation>Das Diagramm ist zu groß für ein Bild.</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ModelTab</name>
    <message>
        <location filename="../ui/ModelTab.cpp" line="+55"/>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to View</source>
        <translation>In Ansicht einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy repr</source>
        <translation>repr kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+=, Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+=, Strg+Mausrad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-, Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+-, Strg+Mausrad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole diagram (Ctrl+0)</source>
        <translation>Das ganze Diagramm zeigen (Strg+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the diagram at 100 % (Ctrl+1)</source>
        <translation>Das Diagramm in 100 % zeigen (Strg+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the diagram as an SVG picture</source>
        <translation>Das Diagramm als SVG-Bild speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the diagram as a PNG picture</source>
        <translation>Das Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click a box to see its parameters and select it in the tree; arrow keys move between boxes, Enter opens one; Ctrl+wheel zooms.</source>
        <translation>Klicken Sie auf einen Kasten, um seine Parameter zu sehen und ihn im Baum auszuwählen; die Pfeiltasten wechseln zwischen den Kästen, die Eingabetaste öffnet einen; Strg+Mausrad zoomt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>%1 %</source>
        <comment>zoom</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>−</source>
        <comment>zoom out button</comment>
        <translation>−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <comment>zoom in button</comment>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1</source>
        <comment>actual size button</comment>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <comment>fit to view button</comment>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SVG…</source>
        <comment>export button</comment>
        <translation>SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG…</source>
        <comment>export button</comment>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the repr text to the clipboard</source>
        <translation>Den repr-Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As scikit-learn prints it (repr, changed parameters only):</source>
        <translation>So, wie scikit-learn es ausgibt (repr, nur geänderte Parameter):</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This model could not be described: %1</source>
        <translation>Dieses Modell konnte nicht beschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved with scikit-learn %1</source>
        <translation>Gespeichert mit scikit-learn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features seen in fit (n_features_in_): %1</source>
        <translation>Beim Fit gesehene Merkmale (n_features_in_): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Feature names: %1, … (%n in all)</source>
        <translation>
            <numerusform>Merkmalsnamen: %1, … (insgesamt %n)</numerusform>
            <numerusform>Merkmalsnamen: %1, … (insgesamt %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature names: %1</source>
        <translation>Merkmalsnamen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Classes: %1</source>
        <translation>Klassen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Size: %n node(s), %1 in arrays</source>
        <translation>
            <numerusform>Größe: %n Knoten, %1 in Arrays</numerusform>
            <numerusform>Größe: %n Knoten, %1 in Arrays</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Diagram as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export Diagram as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>skopos::ui::NodeDetailsWidget</name>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="+46"/>
        <source>Select a node in the tree to see its details.</source>
        <translation>Wählen Sie einen Knoten im Baum, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skops loader</source>
        <translation>skops-Loader</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (+%2 hidden)</source>
        <translation>%1 (+%2 ausgeblendet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raw offset</source>
        <translation>Rohdaten-Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byte %1 of schema.json</source>
        <translation>Byte %1 von schema.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opcode at offset %1 of the decompressed stream</source>
        <translation>Opcode bei Offset %1 des dekomprimierten Datenstroms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opcode at offset %1</source>
        <translation>Opcode bei Offset %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared: reached more than once (cycles possible)</source>
        <translation>geteilt: mehr als einmal erreicht (Zyklen möglich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bookkeeping node, normally hidden</source>
        <translation>Verwaltungsknoten, normalerweise ausgeblendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A plain value: nothing to trust.</source>
        <translation>Ein einfacher Wert: nichts zu vertrauen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this value</source>
        <translation>dieser Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This contains DANGEROUS names below it: do not load this file.</source>
        <translation>Darunter stehen GEFÄHRLICHE Namen: Laden Sie diese Datei nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something below this node is untrusted.</source>
        <translation>Etwas unter diesem Knoten ist nicht vertrauenswürdig.</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ObjectTreeModel</name>
    <message>
        <location filename="../ui/ObjectTreeModel.cpp" line="+329"/>
        <source>root</source>
        <translation>Wurzel</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n byte(s), stored separately</source>
        <translation>
            <numerusform>%n Byte, separat gespeichert</numerusform>
            <numerusform>%n Bytes, separat gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(shared)</source>
        <translation>(geteilt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (shared)</source>
        <translation>%1 (geteilt)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>contains DANGEROUS</source>
        <translation>enthält GEFÄHRLICHES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains untrusted</source>
        <translation>enthält nicht Vertrauenswürdiges</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Something below this node is DANGEROUS.</source>
        <translation>Etwas unter diesem Knoten ist GEFÄHRLICH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something below this node is untrusted.</source>
        <translation>Etwas unter diesem Knoten ist nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This object is reached more than once in the file.</source>
        <translation>Dieses Objekt wird in der Datei mehr als einmal erreicht.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="-139"/>
        <source>skops %1, scikit-learn %2</source>
        <translation>skops %1, scikit-learn %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From my &amp;Python:</source>
        <translation>Aus meinem &amp;Python:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a profile &amp;file:</source>
        <translation>Aus einer Profil&amp;datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use This Profile</source>
        <translation>Dieses Profil &amp;verwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Trust Profile</source>
        <translation>Vertrauensprofil</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&amp;Bundled (%1)</source>
        <translation>&amp;Mitgeliefert (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>skops trusts the types its default lists name, and those lists follow the scikit-learn, numpy and scipy it runs with. Choose the lists verdicts follow: the bundled ones, the ones your own Python computes (it imports skops, never a model file), or a profile written by &lt;tt&gt;skopos profile&lt;/tt&gt;.</source>
        <translation>skops vertraut den Typen, die seine Standardlisten nennen, und diese Listen hängen von den Versionen von scikit-learn, numpy und scipy ab, mit denen es läuft. Wählen Sie, nach welchen Listen sich die Bewertungen richten: nach den mitgelieferten, nach denen, die Ihr eigenes Python berechnet (es importiert skops, nie eine Modelldatei), oder nach einem Profil, das &lt;tt&gt;skopos profile&lt;/tt&gt; geschrieben hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The interpreter (with skops installed) that also runs File › Load in Python</source>
        <translation>Der Interpreter (mit installiertem skops), der auch Datei › In Python laden ausführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the interpreter again (after upgrading scikit-learn or skops)</source>
        <translation>Den Interpreter erneut ausführen (nach einem Upgrade von scikit-learn oder skops)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Trust profiles (*.json);;All files (*)</source>
        <translation>Vertrauensprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>In use: %1</source>
        <translation>In Verwendung: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computed %1: %2</source>
        <translation>Berechnet am %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not computed yet for %1: choosing it runs it once (a few seconds).</source>
        <translation>Für %1 noch nicht berechnet: Die Auswahl führt den Interpreter einmal aus (einige Sekunden).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Using the bundled profile.</source>
        <translation>Das mitgelieferte Profil wird verwendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Using the profile %1 computed (%2; cached, Refresh to compute it again).</source>
        <translation>Das von %1 berechnete Profil wird verwendet (%2; zwischengespeichert, „Aktualisieren“ berechnet es neu).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a profile file first.</source>
        <translation>Wählen Sie zuerst eine Profildatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Using %1 (%2).</source>
        <translation>%1 wird verwendet (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not use this profile file: %1
The profile in use has not changed.</source>
        <translation>Diese Profildatei konnte nicht verwendet werden: %1
Das verwendete Profil bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name a Python interpreter first.</source>
        <translation>Geben Sie zuerst einen Python-Interpreter an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no interpreter</source>
        <translation>kein Interpreter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running %1 to list skops&apos; trusted types… The profile in use stays until it answers.</source>
        <translation>%1 wird ausgeführt, um die vertrauenswürdigen Typen von skops aufzulisten… Das verwendete Profil bleibt, bis eine Antwort kommt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not compute a profile with %1:
%2
The profile in use has not changed.</source>
        <translation>Mit %1 konnte kein Profil berechnet werden:
%2
Das verwendete Profil bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Using the profile %1 computed (%2).</source>
        <translation>Das von %1 berechnete Profil wird verwendet (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using the profile %1 computed (%2); it could not be cached: %3</source>
        <translation>Das von %1 berechnete Profil wird verwendet (%2); es konnte nicht zwischengespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ProfileStatusLabel</name>
    <message>
        <location filename="../ui/ProfileStatusLabel.cpp" line="+19"/>
        <source>Profile: %1 (your choice could not be used)</source>
        <translation>Profil: %1 (Ihre Auswahl konnte nicht verwendet werden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdicts follow the default trusted lists of this profile (Settings › Trust Profile…).
%1</source>
        <translation>Die Bewertungen richten sich nach den Standard-Vertrauenslisten dieses Profils (Einstellungen › Vertrauensprofil…).
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your saved choice could not be used: %1</source>
        <translation>Ihre gespeicherte Auswahl konnte nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ScanTableModel</name>
    <message>
        <location filename="../ui/ScanTableModel.cpp" line="+121"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>clean</source>
        <translation>unbedenklich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dangerous</source>
        <translation>gefährlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untrusted / dangerous names, or error</source>
        <translation>Nicht vertrauenswürdige / gefährliche Namen oder Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scikit-learn</source>
        <translation>scikit-learn</translation>
    </message>
</context>
<context>
    <name>skopos::ui::TrustPanel</name>
    <message>
        <location filename="../ui/TrustPanel.cpp" line="+56"/>
        <source>DANGEROUS: cannot be approved</source>
        <translation>GEFÄHRLICH: kann nicht freigegeben werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DANGEROUS (%1): cannot be approved</source>
        <translation>GEFÄHRLICH (%1): kann nicht freigegeben werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trusted by default where another loader holds it</source>
        <translation>standardmäßig vertrauenswürdig, wo ein anderer Loader ihn hält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a private scikit-learn type</source>
        <translation>ein privater scikit-learn-Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scikit-learn, not on skops&apos; default list</source>
        <translation>scikit-learn, nicht auf der Standardliste von skops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1, a library outside scikit-learn, numpy and scipy: review its source</source>
        <translation>aus %1, einer Bibliothek außerhalb von scikit-learn, numpy und scipy: Prüfen Sie ihren Quellcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not on skops&apos; default trusted lists</source>
        <translation>nicht auf den Standard-Vertrauenslisten von skops</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ Vor&amp;heriger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;ext ▶</source>
        <translation>&amp;Nächster ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve &amp;module…</source>
        <translation>&amp;Modul freigeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember new approvals for &amp;all files</source>
        <translation>Neue Freigaben für &amp;alle Dateien merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Types skops.io.load would refuse. Approve a type only after reviewing what it does. Approvals hold for this file only unless you choose all files. Dangerous names cannot be approved.</source>
        <translation>Typen, die skops.io.load ablehnen würde. Geben Sie einen Typ erst frei, nachdem Sie geprüft haben, was er tut. Freigaben gelten nur für diese Datei, außer Sie wählen alle Dateien. Gefährliche Namen können nicht freigegeben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the previous node of this type in the tree</source>
        <translation>Den vorherigen Knoten dieses Typs im Baum auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the next node of this type in the tree</source>
        <translation>Den nächsten Knoten dieses Typs im Baum auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve every type of the selected type&apos;s module, after a confirmation listing them</source>
        <translation>Alle Typen aus dem Modul des ausgewählten Typs freigeben, nach einer Bestätigung, die sie auflistet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: an approval holds for this file (by its content) only. Ticked: for every file you open.</source>
        <translation>Nicht angehakt: Eine Freigabe gilt nur für diese Datei (anhand ihres Inhalts). Angehakt: für jede Datei, die Sie öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the trusted=[...] list of approved types for skops.io.load</source>
        <translation>Die trusted=[...]-Liste der freigegebenen Typen für skops.io.load kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the trusted=[...] list of approved types to a file</source>
        <translation>Die trusted=[...]-Liste der freigegebenen Typen in eine Datei speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For skops.io.load:</source>
        <translation>Für skops.io.load:</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No untrusted types: skops.io.load opens this file with its defaults.</source>
        <translation>Keine nicht vertrauenswürdigen Typen: skops.io.load öffnet diese Datei mit seinen Standardeinstellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applied your earlier approvals: %1</source>
        <translation>Ihre früheren Freigaben wurden angewendet: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dangerous names:</source>
        <translation>Gefährliche Namen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skops&apos; own audit of this file fails: %1</source>
        <translation>Die eigene Prüfung dieser Datei durch skops schlägt fehl: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Approve module</source>
        <translation>Modul freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve these types of %1?</source>
        <translation>Diese Typen aus %1 freigeben?</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Export trusted list</source>
        <translation>Vertrauensliste exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Python (*.py);;Text (*.txt);;All files (*)</source>
        <translation>Python (*.py);;Text (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
</context>
<context>
    <name>skopos::ui::TrustedTypesDialog</name>
    <message>
        <location filename="../ui/TrustedTypesDialog.cpp" line="+20"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted Types</source>
        <translation>Vertrauenswürdige Typen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Types you approved. An approval for one file holds only for that file&apos;s exact content; one for all files holds everywhere. Revoke what you no longer trust.</source>
        <translation>Von Ihnen freigegebene Typen. Eine Freigabe für eine Datei gilt nur für genau deren Inhalt; eine für alle Dateien gilt überall. Widerrufen Sie, was Sie nicht mehr für vertrauenswürdig halten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved for</source>
        <translation>Freigegeben für</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>all files</source>
        <translation>alle Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (sha256 %2…)</source>
        <translation>%1 (sha256 %2…)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No approvals yet.</source>
        <translation>Noch keine Freigaben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Import Trusted Types</source>
        <translation>Vertrauenswürdige Typen importieren</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+29"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Export Trusted Types</source>
        <translation>Vertrauenswürdige Typen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>skopos::ui::VerdictBanner</name>
    <message numerus="yes">
        <location filename="../ui/VerdictBanner.cpp" line="+25"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>DANGEROUS</source>
        <translation>GEFÄHRLICH</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n type(s) to review</source>
        <translation>
            <numerusform>%n Typ zu prüfen</numerusform>
            <numerusform>%n Typen zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trusted types only</source>
        <translation>nur vertrauenswürdige Typen</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 (%n type(s) approved by you.)</source>
        <translation>
            <numerusform>%1 (%n Typ von Ihnen freigegeben.)</numerusform>
            <numerusform>%1 (%n Typen von Ihnen freigegeben.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;DANGEROUS&lt;/b&gt; — this file names %1. Loading it can run code on your machine: do not load it.</source>
        <translation>&lt;b&gt;GEFÄHRLICH&lt;/b&gt; — diese Datei nennt %1. Beim Laden kann Code auf Ihrem Rechner ausgeführt werden: Laden Sie sie nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Open the Trust tab to review and approve them.</source>
        <translation>%1 Öffnen Sie den Reiter Vertrauen, um sie zu prüfen und freizugeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%n type(s) need review&lt;/b&gt; before skops.io.load accepts this file: %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Typ muss geprüft werden&lt;/b&gt;, bevor skops.io.load diese Datei akzeptiert: %1.</numerusform>
            <numerusform>&lt;b&gt;%n Typen müssen geprüft werden&lt;/b&gt;, bevor skops.io.load diese Datei akzeptiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;No types left to review&lt;/b&gt;: every type is trusted by skops&apos; defaults or approved by you.</source>
        <translation>&lt;b&gt;Keine Typen mehr zu prüfen&lt;/b&gt;: Jeder Typ ist nach den Standardeinstellungen von skops vertrauenswürdig oder von Ihnen freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Only trusted types&lt;/b&gt;: skops.io.load accepts everything in this file with its default trusted lists.</source>
        <translation>&lt;b&gt;Nur vertrauenswürdige Typen&lt;/b&gt;: skops.io.load akzeptiert alles in dieser Datei mit seinen Standard-Vertrauenslisten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Not a skops file&lt;/b&gt;, and it holds object arrays: numpy.load refuses them unless allow_pickle=True, which unpickles them and can run code. Load them only if you trust the file.</source>
        <translation>&lt;b&gt;Keine skops-Datei&lt;/b&gt;, und sie enthält Objekt-Arrays: numpy.load lehnt sie ab, außer mit allow_pickle=True, das sie entpickelt und dabei Code ausführen kann. Laden Sie sie nur, wenn Sie der Datei vertrauen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Not a skops file&lt;/b&gt;: numpy arrays only. numpy.load(allow_pickle=False) reads it without running code.</source>
        <translation>&lt;b&gt;Keine skops-Datei&lt;/b&gt;: nur numpy-Arrays. numpy.load(allow_pickle=False) liest sie, ohne Code auszuführen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only what comes before the cut is shown.</source>
        <translation>Angezeigt wird nur, was vor dem Abbruch steht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
</context>
</TS>
