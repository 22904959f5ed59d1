<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>OpenFailureText</name>
    <message>
        <location filename="../ui/OpenFailureText.cpp" line="+20"/>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a folder, not a file.</source>
        <translation>C’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied.</source>
        <translation>Permission refusée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a pickle or model file.</source>
        <translation>Ce n’est pas un fichier pickle ni un modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete: the file ends early; was the download interrupted?</source>
        <translation>Incomplet : le fichier s’arrête trop tôt ; le téléchargement a-t-il été interrompu ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged or in a form Skopos does not read.</source>
        <translation>Le fichier est endommagé ou dans une forme que Skopos ne lit pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough memory to read this file.</source>
        <translation>Pas assez de mémoire pour lire ce fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skopos could not open %1.</source>
        <translation>Skopos n’a pas pu ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/Settings.cpp" line="+137"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>pas du JSON : %1 à la position %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a Skopos trusted-types file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>pas un fichier de types de confiance Skopos (pas de &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>approval %1 is not valid (needs a type and a scope of &quot;all files&quot; or &quot;file&quot; with a sha256)</source>
        <translation>l&apos;approbation %1 n&apos;est pas valide (il faut un type et une portée &quot;all files&quot; ou &quot;file&quot; avec un sha256)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSettings.cpp" line="+119"/>
        <source>%1 is no longer found</source>
        <translation>%1 est désormais introuvable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SKOPOS_PROFILE: %1</source>
        <translation>SKOPOS_PROFILE : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no profile has been computed with %1 yet (Settings › Trust Profile…, Refresh)</source>
        <translation>aucun profil n&apos;a encore été calculé avec %1 (Paramètres › Profil de confiance…, Actualiser)</translation>
    </message>
</context>
<context>
    <name>VerdictStyle</name>
    <message>
        <location filename="../ui/VerdictStyle.cpp" line="+75"/>
        <source>approved by you</source>
        <translation>approuvé par vous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved by you: skops refuses %1 by default; you reviewed it and it is passed in trusted=[...] when loading.</source>
        <translation>Approuvé par vous : skops refuse %1 par défaut ; vous l&apos;avez examiné et il est passé dans trusted=[...] au chargement.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>trusted</source>
        <translation>fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untrusted</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DANGEROUS</source>
        <translation>DANGEREUX</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is on skops&apos; default trusted list.</source>
        <translation>%1 figure dans la liste de confiance par défaut de skops.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untrusted: skops.io.load refuses %1 unless it is passed in trusted=[...]. Review what this type does before approving it.</source>
        <translation>Non fiable : skops.io.load refuse %1 s&apos;il n&apos;est pas passé dans trusted=[...]. Examinez ce que fait ce type avant de l&apos;approuver.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DANGEROUS: %1 can run code or touch the system when the file is loaded%2. Do not load this file.</source>
        <translation>DANGEREUX : %1 peut exécuter du code ou toucher au système lors du chargement du fichier%2. Ne chargez pas ce fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No type check here: skops checks the types of the objects below, not this node itself.</source>
        <translation>Pas de vérification de type ici : skops vérifie les types des objets en dessous, pas ce nœud lui-même.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui_main.cpp" line="+46"/>
        <source>Looks inside skops, pickle and joblib model files without running them.</source>
        <translation>Examine les fichiers de modèle skops, pickle et joblib sans les exécuter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model file to open.</source>
        <translation>Fichier de modèle à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/Screenshot.cpp" line="+52"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE et quitter.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="+4"/>
        <source>Open a window of its own, not a tab in the running one.</source>
        <translation>Ouvrir une fenêtre à part, pas un onglet dans celle déjà ouverte.</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ApprovalFlow</name>
    <message>
        <location filename="../ui/ApprovalFlow.cpp" line="+83"/>
        <source>Approved %1 for all files</source>
        <translation>%1 approuvé pour tous les fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved %1 for this file</source>
        <translation>%1 approuvé pour ce fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrew approval of %1</source>
        <translation>Approbation de %1 retirée</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Approval of %1 restored</source>
        <translation>Approbation de %1 rétablie</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Approved: %1</source>
        <translation>Approuvé : %1</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ArrayPreviewWidget</name>
    <message>
        <location filename="../ui/ArrayPreviewWidget.cpp" line="+125"/>
        <source>&amp;Dense</source>
        <translation>Den&amp;se</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Copy Cells</source>
        <translation>&amp;Copier les cellules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fit Columns to Contents</source>
        <translation>&amp;Ajuster les colonnes au contenu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Axis shown as rows</source>
        <translation>Axe affiché en lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Axis shown as columns</source>
        <translation>Axe affiché en colonnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go to:</source>
        <translation>A&amp;ller à :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row, column</source>
        <translation>ligne, colonne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fit Columns</source>
        <translation>A&amp;juster les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize the columns to their contents</source>
        <translation>Ajuster la largeur des colonnes à leur contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole matrix with its zeros instead of (row, column, value) triplets</source>
        <translation>Afficher toute la matrice avec ses zéros au lieu des triplets (ligne, colonne, valeur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Picture</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or fold away the picture of the values</source>
        <translation>Afficher ou replier l’image des valeurs</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&lt;b&gt;dtype&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;shape&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;order&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;stored&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;dtype&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;shape&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;ordre&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;stockage&lt;/b&gt; %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fortran (column-major)</source>
        <translation>Fortran (par colonnes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C (row-major)</source>
        <translation>C (par lignes)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sparse matrix: reading its parts…</source>
        <translation>Matrice creuse : lecture de ses parties…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+1"/>
        <source>axis %1</source>
        <translation>axe %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index:</source>
        <translation>Indice :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>axis %1: </source>
        <translation>axe %1 : </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>slice [%1]</source>
        <translation>tranche [%1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> transposed</source>
        <translation> transposée</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;b&gt;sparse&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;shape&lt;/b&gt; (%2, %3) &amp;nbsp; &lt;b&gt;nnz&lt;/b&gt; %L4 (%5% of the cells) &amp;nbsp; &lt;b&gt;values&lt;/b&gt; %6</source>
        <translation>&lt;b&gt;creuse&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;shape&lt;/b&gt; (%2, %3) &amp;nbsp; &lt;b&gt;nnz&lt;/b&gt; %L4 (%5 % des cellules) &amp;nbsp; &lt;b&gt;valeurs&lt;/b&gt; %6</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>first %L1 of %L2 stored entries read</source>
        <translation>lecture des %L1 premières entrées stockées sur %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all %L1 stored entries read</source>
        <translation>lecture de toutes les %L1 entrées stockées</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%L1 fields, %L2 bytes per element</source>
        <translation>%L1 champs, %L2 octets par élément</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Statistics and picture cover %1 (the first %L2 elements). The table reads the rest as you scroll; Go to (Ctrl+G) jumps to any cell.</source>
        <translation>Les statistiques et l’image couvrent %1 (les %L2 premiers éléments). Le tableau lit le reste au défilement ; Aller à (Ctrl+G) mène à n’importe quelle cellule.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The table holds rows %L1–%L2 and columns %L3–%L4; Go to moves it.</source>
        <translation>Le tableau contient les lignes %L1–%L2 et les colonnes %L3–%L4 ; Aller à le déplace.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Values in order</source>
        <translation>Valeurs dans l&apos;ordre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Histogram of the values shown</source>
        <translation>Histogramme des valeurs affichées</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Showing the first %L1 of %L2 stored entries.</source>
        <translation>Affichage des %L1 premières entrées stockées sur %L2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dense view only for matrices up to 100 x 100.</source>
        <translation>Vue dense uniquement pour les matrices jusqu&apos;à 100 x 100.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rows %L1–%L2 of %L3</source>
        <translation>lignes %L1–%L2 sur %L3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>columns %L1–%L2 of %L3</source>
        <translation>colonnes %L1–%L2 sur %L3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="-100"/>
        <source>all %L1 elements</source>
        <translation>les %L1 éléments</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Row, or row and column, to show (Ctrl+G anywhere in the array preview)</source>
        <translation>Ligne, ou ligne et colonne, à afficher (Ctrl+G partout dans l’aperçu du tableau)</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>first %L1 of %L2 elements</source>
        <translation>%L1 premiers éléments sur %L2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1%2: min %3, max %4, mean %5, std %6, NaN %L7</source>
        <translation>%1%2 : min %3, max %4, moyenne %5, écart type %6, NaN %L7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (absolute values)</source>
        <translation> (valeurs absolues)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Heat map: dark = minimum, yellow = maximum, grey = NaN</source>
        <translation>Carte de chaleur : sombre = minimum, jaune = maximum, gris = NaN</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ArraySparseModel</name>
    <message>
        <location filename="../ui/ArraySparseModel.cpp" line="+91"/>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ArrayTableModel</name>
    <message>
        <location filename="../ui/ArrayTableModel.cpp" line="+246"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 at byte %3</source>
        <translation>%1 : %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
</context>
<context>
    <name>skopos::ui::CompareTreeProxy</name>
    <message>
        <location filename="../ui/CompareTreeProxy.cpp" line="+25"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added in B</source>
        <translation>ajouté dans B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed from A</source>
        <translation>retiré de A</translation>
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
        <translation>Nouveau nom DANGEREUX dans B : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New DANGEROUS name in B: %1 (%2)</source>
        <translation>Nouveau nom DANGEREUX dans B : %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New untrusted type in B: %1</source>
        <translation>Nouveau type non fiable dans B : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer needed in B: %1</source>
        <translation>Plus nécessaire dans B : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A needed %1 trusted; B does not name it.</source>
        <translation>A avait besoin que %1 soit de confiance ; B ne le nomme pas.</translation>
    </message>
</context>
<context>
    <name>skopos::ui::CompareView</name>
    <message>
        <location filename="../ui/CompareView.cpp" line="+59"/>
        <source>The reader stopped: %1</source>
        <translation>Le lecteur s’est arrêté : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>out of memory while comparing</source>
        <translation>mémoire épuisée pendant la comparaison</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only &amp;changes</source>
        <translation>Uniquement les &amp;modifications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare — Skopos</source>
        <translation>Comparaison — Skopos</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+141"/>
        <source>Comparing…</source>
        <translation>Comparaison en cours…</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Show only the rows that changed and the rows leading to them</source>
        <translation>Afficher uniquement les lignes modifiées et celles qui y mènent</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Legend:</source>
        <translation>Légende :</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+90"/>
        <source>A: %1</source>
        <translation>A : %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+90"/>
        <source>B: %1</source>
        <translation>B : %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>%1 ↔ %2 — Skopos</source>
        <translation>%1 ↔ %2 — Skopos</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Comparison cancelled.</source>
        <translation>Comparaison annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit code 2: %1</source>
        <translation>Code de sortie 2 : %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Same model</source>
        <translation>Même modèle</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit code 4: a file names DANGEROUS globals.</source>
        <translation>Code de sortie 4 : un fichier nomme des globals DANGEREUX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit code 0: A and B hold the same model.</source>
        <translation>Code de sortie 0 : A et B contiennent le même modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit code 1: the models differ.</source>
        <translation>Code de sortie 1 : les modèles diffèrent.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Trust: B names %n DANGEROUS global(s) A did not.</source>
        <translation>
            <numerusform>Confiance : B nomme %n global DANGEREUX que A ne nommait pas.</numerusform>
            <numerusform>Confiance : B nomme %n globals DANGEREUX que A ne nommait pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Trust: B needs %n more type(s) trusted than A.</source>
        <translation>
            <numerusform>Confiance : B demande %n type de confiance de plus que A.</numerusform>
            <numerusform>Confiance : B demande %n types de confiance de plus que A.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust: B asks for nothing A did not.</source>
        <translation>Confiance : B ne demande rien que A ne demandait pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust: the same in A and B.</source>
        <translation>Confiance : identique dans A et B.</translation>
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
        <translation>Convertir en skops</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>skops files (*.skops)</source>
        <translation>Fichiers skops (*.skops)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the output would overwrite the input</source>
        <translation>la sortie écraserait l&apos;entrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Converting %1…</source>
        <translation>Conversion de %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cancelled; nothing written</source>
        <translation>annulé ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert: %1</source>
        <translation>Convertir : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not convert:

%1</source>
        <translation>Échec de la conversion :

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds only types skops trusts by default.

%1</source>
        <translation>Il ne contient que des types auxquels skops fait confiance par défaut.

%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading it needs these types trusted (review them first):

%1</source>
        <translation>Pour le charger, ces types doivent être déclarés fiables (examinez-les d&apos;abord) :

%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open It</source>
        <translation>&amp;L&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Load Line</source>
        <translation>&amp;Copier la ligne de chargement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>skopos::ui::CoreText</name>
    <message>
        <location filename="../ui/CoreText.cpp" line="+18"/>
        <source>evaluates Python code</source>
        <translation>évalue du code Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executes Python code</source>
        <translation>exécute du code Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executes a Python file</source>
        <translation>exécute un fichier Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compiles Python code</source>
        <translation>compile du code Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens files</source>
        <translation>ouvre des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports any module</source>
        <translation>importe n&apos;importe quel module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaches any attribute (getattr chains to callables)</source>
        <translation>atteint n&apos;importe quel attribut (les chaînes de getattr mènent à des appelables)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes any attribute</source>
        <translation>modifie n&apos;importe quel attribut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deletes attributes</source>
        <translation>supprime des attributs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exposes the module namespace</source>
        <translation>expose l&apos;espace de noms du module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exposes the local namespace</source>
        <translation>expose l&apos;espace de noms local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exposes namespaces</source>
        <translation>expose des espaces de noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts a debugger</source>
        <translation>lance un débogueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads from the terminal</source>
        <translation>lit depuis le terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts the interactive help (pager, imports)</source>
        <translation>lance l&apos;aide interactive (pager, imports)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raw memory access</source>
        <translation>accès direct à la mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any callable (Python 2)</source>
        <translation>appelle n&apos;importe quel appelable (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reloads modules (Python 2)</source>
        <translation>recharge des modules (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens files (Python 2)</source>
        <translation>ouvre des fichiers (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reduces arbitrary objects</source>
        <translation>réduit des objets arbitraires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaches any attribute</source>
        <translation>atteint n&apos;importe quel attribut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any callable</source>
        <translation>appelle n&apos;importe quel appelable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluates terminal input (Python 2)</source>
        <translation>évalue les saisies du terminal (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reloads modules</source>
        <translation>recharge des modules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operating system access (processes, files)</source>
        <translation>accès au système d&apos;exploitation (processus, fichiers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operating system access (alias of os)</source>
        <translation>accès au système d&apos;exploitation (alias de os)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs processes</source>
        <translation>lance des processus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs shell commands (Python 2)</source>
        <translation>exécute des commandes shell (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs processes (Python 2)</source>
        <translation>lance des processus (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spawns processes on a pseudo-terminal</source>
        <translation>lance des processus sur un pseudo-terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copies, moves and deletes files</source>
        <translation>copie, déplace et supprime des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates files</source>
        <translation>crée des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes to raw files</source>
        <translation>écrit dans des fichiers bruts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads and writes files it wraps</source>
        <translation>lit et écrit les fichiers qu&apos;il enveloppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads files</source>
        <translation>lit des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpreter internals (modules, hooks, exit)</source>
        <translation>mécanismes internes de l&apos;interpréteur (modules, hooks, sortie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signal handlers</source>
        <translation>gestionnaires de signaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process limits</source>
        <translation>limites de processus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs modules and files as __main__</source>
        <translation>exécute des modules et des fichiers comme __main__</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports modules</source>
        <translation>importe des modules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports code from archives</source>
        <translation>importe du code depuis des archives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interactive interpreter (runs code)</source>
        <translation>interpréteur interactif (exécute du code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compiles code</source>
        <translation>compile du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeit runs code given as a string</source>
        <translation>timeit exécute du code donné sous forme de chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debugger: pdb.run executes code</source>
        <translation>débogueur : pdb.run exécute du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debugger base: runs code</source>
        <translation>base du débogueur : exécute du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile.run executes code</source>
        <translation>profile.run exécute du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cProfile.run executes code</source>
        <translation>cProfile.run exécute du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trace runs code</source>
        <translation>trace exécute du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs code from docstrings</source>
        <translation>exécute le code des docstrings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>builds functions from code objects</source>
        <translation>construit des fonctions à partir d&apos;objets code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>builds code objects</source>
        <translation>construit des objets code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>builds modules</source>
        <translation>construit des modules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any callable repeatedly</source>
        <translation>appelle n&apos;importe quel appelable de façon répétée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any method by name</source>
        <translation>appelle n&apos;importe quelle méthode par son nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaches any attribute by name</source>
        <translation>atteint n&apos;importe quel attribut par son nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls native code and writes memory</source>
        <translation>appelle du code natif et écrit en mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls native code</source>
        <translation>appelle du code natif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executes code given as a string</source>
        <translation>exécute du code donné sous forme de chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads native libraries</source>
        <translation>charge des bibliothèques natives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads files, with pickles when allowed</source>
        <translation>charge des fichiers, avec des pickles si autorisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles files</source>
        <translation>désérialise des fichiers pickle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles code</source>
        <translation>désérialise du code pickle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested unpickling (pickle.loads)</source>
        <translation>désérialisation pickle imbriquée (pickle.loads)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested unpickling (alias of pickle)</source>
        <translation>désérialisation pickle imbriquée (alias de pickle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested unpickling (Python 2)</source>
        <translation>désérialisation pickle imbriquée (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pickle internals</source>
        <translation>mécanismes internes de pickle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads code objects</source>
        <translation>charge des objets code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens pickled databases</source>
        <translation>ouvre des bases de données pickle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconstructs arbitrary objects</source>
        <translation>reconstruit des objets arbitraires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an extension code: imports whatever the loading program registered under it</source>
        <translation>un code d&apos;extension : importe ce que le programme qui charge a enregistré sous ce code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsafe YAML loading</source>
        <translation>chargement YAML non sûr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network access</source>
        <translation>accès réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event loop with process and network helpers</source>
        <translation>boucle d&apos;événements avec des outils de processus et de réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluates strings while building extensions</source>
        <translation>évalue des chaînes en construisant des extensions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runstring executes code</source>
        <translation>runstring exécute du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a shell command</source>
        <translation>exécute une commande shell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locate imports any module; pipepager runs commands</source>
        <translation>locate importe n&apos;importe quel module ; pipepager exécute des commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spawns Python subprocesses</source>
        <translation>lance des sous-processus Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pagers run commands</source>
        <translation>les pagers exécutent des commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executes code</source>
        <translation>exécute du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs commands</source>
        <translation>exécute des commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluates code</source>
        <translation>évalue du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles nested data</source>
        <translation>désérialise des données pickle imbriquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profiles (runs) code</source>
        <translation>profile du code (l&apos;exécute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rebuilds functions from code objects</source>
        <translation>reconstruit des fonctions à partir d&apos;objets code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs code in a subinterpreter</source>
        <translation>exécute du code dans un sous-interpréteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import machinery</source>
        <translation>mécanisme d&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaches every live object</source>
        <translation>atteint tout objet vivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaches frames and attributes</source>
        <translation>atteint les frames et les attributs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs programs</source>
        <translation>lance des programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs shell commands</source>
        <translation>exécute des commandes shell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binds network ports</source>
        <translation>ouvre des ports réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registers callables run at exit</source>
        <translation>enregistre des appelables exécutés à la sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates database files</source>
        <translation>crée des fichiers de base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compiles and writes code</source>
        <translation>compile et écrit du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maps memory and files</source>
        <translation>projette mémoire et fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network multiplexing</source>
        <translation>multiplexage réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes system logs</source>
        <translation>écrit dans les journaux système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates and extracts files</source>
        <translation>crée et extrait des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls attribute machinery</source>
        <translation>appelle le mécanisme des attributs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the builtins namespace</source>
        <translation>l&apos;espace de noms builtins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exits the interpreter</source>
        <translation>quitte l&apos;interpréteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serves files and runs CGI scripts</source>
        <translation>sert des fichiers et exécute des scripts CGI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads and writes cookie files</source>
        <translation>lit et écrit des fichiers de cookies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network access (Python 2)</source>
        <translation>accès réseau (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends mail</source>
        <translation>envoie des e-mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote calls</source>
        <translation>appels distants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens a browser (runs programs)</source>
        <translation>ouvre un navigateur (lance des programmes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts threads running any callable</source>
        <translation>lance des threads exécutant n&apos;importe quel appelable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts threads</source>
        <translation>lance des threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts threads (Python 2)</source>
        <translation>lance des threads (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installs and runs packages</source>
        <translation>installe et exécute des paquets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>builds and runs packages</source>
        <translation>construit et exécute des paquets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installs packages</source>
        <translation>installe des paquets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates environments, runs programs</source>
        <translation>crée des environnements, lance des programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDE internals that run code</source>
        <translation>mécanismes internes d&apos;IDE qui exécutent du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code tools</source>
        <translation>outils de code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpreter start-up hooks</source>
        <translation>hooks de démarrage de l&apos;interpréteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module loader</source>
        <translation>chargeur de modules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaches any attribute by name (alias of operator)</source>
        <translation>atteint n&apos;importe quel attribut par son nom (alias de operator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any method by name (alias of operator)</source>
        <translation>appelle n&apos;importe quelle méthode par son nom (alias de operator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a shell command as pager</source>
        <translation>exécute une commande shell comme pager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a command</source>
        <translation>exécute une commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a shell command (Python &lt; 3.8)</source>
        <translation>exécute une commande shell (Python &lt; 3.8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compiles and loads native code</source>
        <translation>compile et charge du code natif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any callable (Python 3.11+)</source>
        <translation>appelle n&apos;importe quel appelable (Python 3.11+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls any callable (alias of operator)</source>
        <translation>appelle n&apos;importe quel appelable (alias de operator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles a file</source>
        <translation>désérialise un fichier pickle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles data</source>
        <translation>désérialise des données pickle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles stored objects</source>
        <translation>désérialise des objets stockés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloads and runs repositories&apos; code</source>
        <translation>télécharge et exécute le code de dépôts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports code from packages</source>
        <translation>importe du code depuis des paquets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles bytes (torch.load)</source>
        <translation>désérialise des octets (torch.load)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads compiled code</source>
        <translation>charge du code compilé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls a function from the pickle</source>
        <translation>appelle une fonction venant du pickle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles old joblib files</source>
        <translation>désérialise d&apos;anciens fichiers joblib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rebuilds functions from code objects (vendored cloudpickle)</source>
        <translation>reconstruit des fonctions à partir d&apos;objets code (cloudpickle embarqué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts worker processes (vendored loky)</source>
        <translation>lance des processus de travail (loky embarqué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs callables in worker processes</source>
        <translation>exécute des appelables dans des processus de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles files (vendored joblib)</source>
        <translation>désérialise des fichiers pickle (joblib embarqué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles old files (vendored joblib)</source>
        <translation>désérialise d&apos;anciens fichiers (joblib embarqué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs callables in workers (vendored joblib)</source>
        <translation>exécute des appelables dans des processus de travail (joblib embarqué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker processes (vendored joblib)</source>
        <translation>processus de travail (joblib embarqué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendored loky and cloudpickle</source>
        <translation>loky et cloudpickle embarqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendored cloudpickle</source>
        <translation>cloudpickle embarqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles bytes</source>
        <translation>désérialise des octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles models</source>
        <translation>désérialise des modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads arrays with pickles when allowed</source>
        <translation>lit des tableaux, avec des pickles si autorisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates and maps files</source>
        <translation>crée et projette des fichiers en mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pickle module, re-exported</source>
        <translation>le module pickle, réexporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes files</source>
        <translation>écrit des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pickles to files</source>
        <translation>sérialise en pickle dans des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloads and opens files</source>
        <translation>télécharge et ouvre des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads and writes files (loadmat, savemat, mmwrite)</source>
        <translation>lit et écrit des fichiers (loadmat, savemat, mmwrite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles a file (re-exported loader)</source>
        <translation>désérialise un fichier (chargeur réexporté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads data that names callables</source>
        <translation>charge des données qui nomment des appelables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dictConfig/fileConfig import and call names from the configuration; listen opens a port</source>
        <translation>dictConfig/fileConfig importent et appellent des noms de la configuration ; listen ouvre un port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handlers write files, open sockets, send mail and HTTP requests</source>
        <translation>les handlers écrivent des fichiers, ouvrent des sockets, envoient des e-mails et des requêtes HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens log files</source>
        <translation>ouvre des fichiers journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instantiate/call import and call dotted names</source>
        <translation>instantiate/call importent et appellent des noms pointés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports and calls dotted names</source>
        <translation>importe et appelle des noms pointés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads entry points (imports code)</source>
        <translation>charge des points d&apos;entrée (importe du code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file operations of a path object (write_text, unlink, rmdir, open, ...)</source>
        <translation>opérations sur fichiers d&apos;un objet chemin (write_text, unlink, rmdir, open, ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file operations of a path object</source>
        <translation>opérations sur fichiers d&apos;un objet chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file operations</source>
        <translation>opérations sur fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens files (pure-Python io)</source>
        <translation>ouvre des fichiers (io en Python pur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wraps files</source>
        <translation>enveloppe des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads and writes files</source>
        <translation>lit et écrit des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens database files</source>
        <translation>ouvre des fichiers de base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes mailbox files</source>
        <translation>écrit des fichiers de boîte aux lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes archives</source>
        <translation>écrit des archives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists files</source>
        <translation>liste des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads credentials files</source>
        <translation>lit des fichiers d&apos;identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assert_run_python_script runs a script in a subprocess</source>
        <translation>assert_run_python_script exécute un script dans un sous-processus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old test helpers (run scripts)</source>
        <translation>anciens outils de test (exécutent des scripts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runstring executes code; extbuild compiles and imports modules</source>
        <translation>runstring exécute du code ; extbuild compile et importe des modules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs test suites</source>
        <translation>exécute des suites de tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discovers and imports tests; mock patches anything</source>
        <translation>découvre et importe des tests ; mock modifie n&apos;importe quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs test suites (imports code)</source>
        <translation>exécute des suites de tests (importe du code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exec_command runs shell commands</source>
        <translation>exec_command exécute des commandes shell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compiles and imports extensions</source>
        <translation>compile et importe des extensions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sandbox.run_setup runs scripts; build commands run compilers</source>
        <translation>sandbox.run_setup exécute des scripts ; les commandes de construction lancent des compilateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spawn runs commands</source>
        <translation>spawn exécute des commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import hooks</source>
        <translation>hooks d&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compiles and imports code</source>
        <translation>compile et importe du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network access (IMAP4_stream runs a command)</source>
        <translation>accès réseau (IMAP4_stream exécute une commande)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote shell access</source>
        <translation>accès shell distant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serves network requests</source>
        <translation>répond à des requêtes réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote calls (Python 2)</source>
        <translation>appels distants (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serves files (Python 2)</source>
        <translation>sert des fichiers (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network server (Python 2)</source>
        <translation>serveur réseau (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binds network ports (Python 2)</source>
        <translation>ouvre des ports réseau (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens a web browser when imported</source>
        <translation>ouvre un navigateur web à l&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloads data</source>
        <translation>télécharge des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interactive shell (runs code and shell commands)</source>
        <translation>shell interactif (exécute du code et des commandes shell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluates expressions while completing</source>
        <translation>évalue des expressions pendant la complétion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads and writes history files</source>
        <translation>lit et écrit des fichiers d&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command interpreter</source>
        <translation>interpréteur de commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates processes (Windows)</source>
        <translation>crée des processus (Windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes the registry</source>
        <translation>écrit dans le registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes the registry (Python 2)</source>
        <translation>écrit dans le registre (Python 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>console and file descriptors (Windows)</source>
        <translation>console et descripteurs de fichiers (Windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a shell command (re-export of os.system)</source>
        <translation>exécute une commande shell (réexport de os.system)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a shell command (re-export of os.popen)</source>
        <translation>exécute une commande shell (réexport de os.popen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a process (re-export of subprocess.Popen)</source>
        <translation>lance un processus (réexport de subprocess.Popen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a process</source>
        <translation>lance un processus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluates Python code (re-export of eval)</source>
        <translation>évalue du code Python (réexport de eval)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executes Python code (re-export of exec)</source>
        <translation>exécute du code Python (réexport de exec)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a Python file</source>
        <translation>exécute un fichier Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a Python module</source>
        <translation>exécute un module Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a setup script</source>
        <translation>exécute un script d&apos;installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaces the process</source>
        <translation>remplace le processus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens files with their program (Windows)</source>
        <translation>ouvre des fichiers avec leur programme (Windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>_Helper runs pydoc&apos;s interactive help (pager); _Printer reads files</source>
        <translation>_Helper lance l&apos;aide interactive de pydoc (pager) ; _Printer lit des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semaphore internals (sem_unlink removes named semaphores)</source>
        <translation>mécanismes internes des sémaphores (sem_unlink supprime des sémaphores nommés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shm_open/shm_unlink create and remove shared memory files</source>
        <translation>shm_open/shm_unlink créent et suppriment des fichiers de mémoire partagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ThreadPoolExecutor/ProcessPoolExecutor run callables in threads and processes</source>
        <translation>ThreadPoolExecutor/ProcessPoolExecutor exécutent des appelables dans des threads et des processus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>runs the file command on a path</source>
        <translation>exécute la commande file sur un chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs the file command on the executable it is given</source>
        <translation>exécute la commande file sur l&apos;exécutable donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs a shell command (ver)</source>
        <translation>exécute une commande shell (ver)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mail server (binds network ports)</source>
        <translation>serveur de messagerie (ouvre des ports réseau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network servers and clients</source>
        <translation>serveurs et clients réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enable/Hook write tracebacks to files in a folder</source>
        <translation>enable/Hook écrivent des traces d&apos;appels dans des fichiers d&apos;un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C profiler: calls its timer callable on every event</source>
        <translation>profileur C : appelle sa fonction de minutage à chaque événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stats loads profile files with marshal</source>
        <translation>Stats charge des fichiers de profil avec marshal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run_script reads and compiles scripts</source>
        <translation>run_script lit et compile des scripts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports the modules it is given by name</source>
        <translation>importe les modules dont on lui donne le nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls native function pointers</source>
        <translation>appelle des pointeurs de fonctions natives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caches calls in a folder: writes files, unpickles them, calls the function</source>
        <translation>met des appels en cache dans un dossier : écrit des fichiers, les désérialise, appelle la fonction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caches calls in a folder: writes files, unpickles them, calls functions</source>
        <translation>met des appels en cache dans un dossier : écrit des fichiers, les désérialise, appelle des fonctions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reads pickles from and writes the cache folder</source>
        <translation>lit des pickles dans le dossier de cache et y écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deletes the data folder (shutil.rmtree)</source>
        <translation>supprime le dossier de données (shutil.rmtree)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates folders</source>
        <translation>crée des dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads every file of a folder</source>
        <translation>lit tous les fichiers d&apos;un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads and writes svmlight files</source>
        <translation>lit et écrit des fichiers svmlight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save_npz/load_npz write and read files</source>
        <translation>save_npz/load_npz écrivent et lisent des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloads data (pooch) and clear_cache deletes the cache folder</source>
        <translation>télécharge des données (pooch) et clear_cache supprime le dossier de cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens and reads files</source>
        <translation>ouvre et lit des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles embedded bytes (cloudpickle.loads)</source>
        <translation>désérialise des octets embarqués (cloudpickle.loads)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpickles bytes (cloudpickle.loads)</source>
        <translation>désérialise des octets (cloudpickle.loads)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>_rebuild looks up any attribute of a loaded module by name</source>
        <translation>_rebuild recherche n&apos;importe quel attribut d&apos;un module chargé par son nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendored cloudpickle (rebuilds functions from code objects)</source>
        <translation>cloudpickle embarqué (reconstruit des fonctions à partir d&apos;objets code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel/delayed run callables in worker processes</source>
        <translation>Parallel/delayed exécutent des appelables dans des processus de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attribute traversal through a dunder (__self__, __globals__, __dict__, ...) reaches any object</source>
        <translation>le parcours d&apos;attributs par un dunder (__self__, __globals__, __dict__, ...) atteint n&apos;importe quel objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imports a name computed at load time (a call&apos;s result), so no scanner can read it</source>
        <translation>importe un nom calculé au chargement (le résultat d&apos;un appel), qu&apos;aucun scanner ne peut lire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BUILD on a module or class rewrites its attributes (monkeypatching code that runs later)</source>
        <translation>BUILD sur un module ou une classe réécrit ses attributs (modifie du code exécuté plus tard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>joblib opens a companion file outside the model&apos;s folder (absolute or &apos;..&apos;)</source>
        <translation>joblib ouvre un fichier compagnon hors du dossier du modèle (absolu ou &apos;..&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(pickle stream)</source>
        <translation>(flux pickle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(zip of pickles)</source>
        <translation>(archive ZIP de pickles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(incomplete pickle)</source>
        <translation>(pickle incomplet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(computed import)</source>
        <translation>(import calculé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(companion file outside the model folder)</source>
        <translation>(fichier compagnon hors du dossier du modèle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(attributes set on an imported module or class)</source>
        <translation>(attributs définis sur un module ou une classe importés)</translation>
    </message>
</context>
<context>
    <name>skopos::ui::CurrentProfile</name>
    <message>
        <location filename="../ui/CurrentProfile.cpp" line="+12"/>
        <location filename="../ui/ProfileDialog.cpp" line="+163"/>
        <location filename="../ui/ProfileSettings.cpp" line="-12"/>
        <source>bundled</source>
        <translation>fourni</translation>
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
        <translation>&amp;Uniquement les non fiables</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Find type or key (Ctrl+F, Enter for next)</source>
        <translation>Rechercher un type ou une clé (Ctrl+F, Entrée pour le suivant)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the branches that hold untrusted or dangerous nodes (like skops.io.visualize(show=&quot;untrusted&quot;))</source>
        <translation>Afficher uniquement les branches qui contiennent des nœuds non fiables ou dangereux (comme skops.io.visualize(show=&quot;untrusted&quot;))</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Find in raw text (Ctrl+F here, Enter next, Shift+Enter previous)</source>
        <translation>Rechercher dans les données brutes (Ctrl+F ici, Entrée : suivant, Maj+Entrée : précédent)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Node</source>
        <translation>&amp;Nœud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trust verdict is pending: Skopos is still reading this file. Nothing in it is judged, and nothing can be approved, converted or loaded, until the whole file is read.</source>
        <translation>Le verdict de confiance est en attente : Skopos lit encore ce fichier. Rien n’y est jugé, et rien ne peut être approuvé, converti ou chargé, avant que tout le fichier soit lu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Trust</source>
        <translation>&amp;Confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+232"/>
        <source>&amp;Raw</source>
        <translation>Données &amp;brutes</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The reader stopped: %1

%2

This file was read in a separate process: the other files and the window are not affected.</source>
        <translation>Le lecteur s’est arrêté : %1

%2

Ce fichier a été lu dans un processus séparé : les autres fichiers et la fenêtre ne sont pas touchés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>still reading</source>
        <translation>lecture en cours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%L1 more</source>
        <translation>%L1 de plus</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln de plus</numerusform>
            <numerusform>%Ln de plus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Still reading %1. These are its first rows; the trust verdict comes when the whole file is read.</source>
        <translation>Lecture de %1 en cours. Voici ses premières lignes ; le verdict de confiance viendra quand tout le fichier sera lu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 MB of %2 MB</source>
        <translation>%1 Mo sur %2 Mo</translation>
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
        <translation>Lecture du texte brut…</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>This part of the model has no row in the tree as it is shown now.</source>
        <translation>Cette partie du modèle n&apos;a pas de ligne dans l&apos;arbre tel qu&apos;il est affiché maintenant.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No other node matches &quot;%1&quot;</source>
        <translation>Aucun autre nœud ne correspond à « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No node matches &quot;%1&quot;</source>
        <translation>Aucun nœud ne correspond à « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No untrusted or dangerous nodes</source>
        <translation>Aucun nœud non fiable ou dangereux</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No node of type %1 is shown</source>
        <translation>Aucun nœud de type %1 n&apos;est affiché</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This node has no place of its own in the raw text.</source>
        <translation>Ce nœud n&apos;a pas d&apos;emplacement propre dans les données brutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its object starts at byte %L1 of schema.json, past the first %L2 bytes shown here.</source>
        <translation>Son objet commence à l&apos;octet %L1 de schema.json, au-delà des %L2 premiers octets affichés ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its object at byte %L1 of schema.json is not where the text shown has one.</source>
        <translation>Son objet à l&apos;octet %L1 de schema.json n&apos;est pas là où le texte affiché en a un.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The opcode at offset %L1 that built it is not in the listing shown (run `skopos dis FILE`).</source>
        <translation>L&apos;opcode à la position %L1 qui l&apos;a construit ne figure pas dans la liste affichée (lancez `skopos dis FILE`).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The raw text is read when it is shown.</source>
        <translation>Le texte brut est lu lorsqu’il est affiché.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No place in the raw text is known for this node.</source>
        <translation>Aucun emplacement dans les données brutes n&apos;est connu pour ce nœud.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its object starts at byte %L1 of schema.json (line %L2).</source>
        <translation>Son objet commence à l&apos;octet %L1 de schema.json (ligne %L2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built by the opcode at offset %L1 (line %L2).</source>
        <translation>Construit par l&apos;opcode à la position %L1 (ligne %L2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown at its parent&apos;s place: %1</source>
        <translation>Affiché à l&apos;emplacement de son parent : %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%L1+ matches</source>
        <translation>%L1+ occurrences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 matches</source>
        <translation>%L1 occurrences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not in the raw text</source>
        <translation>« %1 » ne figure pas dans les données brutes</translation>
    </message>
</context>
<context>
    <name>skopos::ui::FolderScanWidget</name>
    <message>
        <location filename="../ui/FolderScanWidget.cpp" line="+68"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder Scan</source>
        <translation>Analyse de dossier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter by path, format or type name</source>
        <translation>Filtrer par chemin, format ou nom de type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not clean</source>
        <translation>Non sains</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dangerous</source>
        <translation>Dangereux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untrusted</source>
        <translation>Non fiables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Folder Scan — %1</source>
        <translation>Analyse de dossier — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n model file(s) — dangerous: %1, untrusted: %2, errors: %3, clean: %4</source>
        <translation>
            <numerusform>%n fichier de modèle — dangereux : %1, non fiables : %2, erreurs : %3, sains : %4</numerusform>
            <numerusform>%n fichiers de modèle — dangereux : %1, non fiables : %2, erreurs : %3, sains : %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — scanning…</source>
        <translation>%1 — analyse en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — stopped before the end</source>
        <translation>%1 — arrêtée avant la fin</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — done in %L2 s; %n other file(s)</source>
        <translation>
            <numerusform>%1 — terminée en %L2 s ; %n autre fichier</numerusform>
            <numerusform>%1 — terminée en %L2 s ; %n autres fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · trust profile: scikit-learn %2</source>
        <translation>%1 · profil de confiance : scikit-learn %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <source>Export Scan</source>
        <translation>Exporter l&apos;analyse</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>skopos::ui::HelpDialog</name>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="+18"/>
        <source>Skopos Help</source>
        <translation>Aide de Skopos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h2&gt;Reading a model file safely&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Lire un fichier de modèle en toute sécurité&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Skopos reads skops, pickle and joblib files without running them: it decodes the bytes and shows the objects the file would build, but never imports or executes anything from the file. Opening a file in Skopos is therefore safe; loading it in Python may not be.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Skopos lit les fichiers skops, pickle et joblib sans les exécuter : il décode les octets et montre les objets que le fichier construirait, mais n&apos;importe ni n&apos;exécute jamais rien du fichier. Ouvrir un fichier dans Skopos est donc sans danger ; le charger dans Python ne l&apos;est peut-être pas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Untrusted types&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Types non fiables&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A type is &lt;b&gt;untrusted&lt;/b&gt; when &lt;code&gt;skops.io.load&lt;/code&gt; would refuse to create it unless you name it in &lt;code&gt;trusted=[...]&lt;/code&gt;. Skopos lists them exactly as &lt;code&gt;skops.io.get_untrusted_types&lt;/code&gt; does. Untrusted does not mean malicious: custom estimators and many third-party classes are untrusted simply because skops does not know them. For a pickle, Skopos reports what skops would say about the same object saved with skops.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un type est &lt;b&gt;non fiable&lt;/b&gt; lorsque &lt;code&gt;skops.io.load&lt;/code&gt; refuserait de le créer à moins que vous ne le nommiez dans &lt;code&gt;trusted=[...]&lt;/code&gt;. Skopos les liste exactement comme &lt;code&gt;skops.io.get_untrusted_types&lt;/code&gt;. Non fiable ne veut pas dire malveillant : les estimateurs personnalisés et de nombreuses classes tierces sont non fiables simplement parce que skops ne les connaît pas. Pour un pickle, Skopos indique ce que skops dirait du même objet enregistré avec skops.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Dangerous names&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Noms dangereux&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A pickle names the Python functions and classes it calls while it is loaded. A name is marked &lt;b&gt;dangerous&lt;/b&gt; when calling it can run commands, execute code, open files or network connections, or import modules (for example &lt;code&gt;os.system&lt;/code&gt;, &lt;code&gt;builtins.eval&lt;/code&gt; or &lt;code&gt;subprocess.Popen&lt;/code&gt;). A file with a dangerous name can take over your account the moment &lt;code&gt;pickle.load&lt;/code&gt; or &lt;code&gt;joblib.load&lt;/code&gt; reads it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un pickle nomme les fonctions et classes Python qu&apos;il appelle pendant son chargement. Un nom est marqué &lt;b&gt;dangereux&lt;/b&gt; lorsque son appel peut lancer des commandes, exécuter du code, ouvrir des fichiers ou des connexions réseau, ou importer des modules (par exemple &lt;code&gt;os.system&lt;/code&gt;, &lt;code&gt;builtins.eval&lt;/code&gt; ou &lt;code&gt;subprocess.Popen&lt;/code&gt;). Un fichier contenant un nom dangereux peut prendre le contrôle de votre compte dès que &lt;code&gt;pickle.load&lt;/code&gt; ou &lt;code&gt;joblib.load&lt;/code&gt; le lit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;What to do next&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Que faire ensuite&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Dangerous:&lt;/b&gt; do not load the file. Ask its author for a skops file, or for the code and data to rebuild the model.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Untrusted types:&lt;/b&gt; look at each one. Trust a type only when you know the module it comes from and have it installed from a source you trust; then export the trusted list (File › Export Trusted List) and pass it to &lt;code&gt;skops.io.load(..., trusted=...)&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A pickle or joblib file you must use:&lt;/b&gt; convert it to skops (File › Convert to skops) and load the skops file, so that every type is checked again at load time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Only trusted types:&lt;/b&gt; skops can load the file with its defaults.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Dangereux :&lt;/b&gt; ne chargez pas le fichier. Demandez à son auteur un fichier skops, ou le code et les données pour reconstruire le modèle.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Types non fiables :&lt;/b&gt; examinez-les un par un. Ne faites confiance à un type que si vous connaissez le module dont il provient et l&apos;avez installé depuis une source de confiance ; exportez ensuite la liste de confiance (Fichier › Exporter la liste de confiance) et passez-la à &lt;code&gt;skops.io.load(..., trusted=...)&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Un fichier pickle ou joblib que vous devez utiliser :&lt;/b&gt; convertissez-le en skops (Fichier › Convertir en skops) et chargez le fichier skops, afin que chaque type soit vérifié à nouveau au chargement.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Uniquement des types fiables :&lt;/b&gt; skops peut charger le fichier avec ses réglages par défaut.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Skopos is an inspection aid, not a security guarantee. A clean report means that no type outside the trusted lists was found, not that the file is safe: a trusted type can still be used in unexpected ways, and Skopos cannot know what your own code does with the model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Skopos est une aide à l&apos;inspection, pas une garantie de sécurité. Un rapport sans alerte signifie qu&apos;aucun type hors des listes de confiance n&apos;a été trouvé, pas que le fichier est sûr : un type fiable peut tout de même être utilisé de manière inattendue, et Skopos ne peut pas savoir ce que votre propre code fait du modèle.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;&lt;b&gt;Skopos %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Looks inside skops, pickle and joblib model files without running them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Security model.&lt;/b&gt; Skopos never imports or executes anything from a file: it decodes the bytes and builds the object tree itself. It reports the types skops would refuse to load, exactly as skops.io.get_untrusted_types decides them, and marks pickle globals that can run code when the file is loaded. It cannot know whether a trusted type is used harmlessly, nor what your own code does with the model: it is an inspection aid, not a security guarantee.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Skopos %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Examine les fichiers de modèle skops, pickle et joblib sans les exécuter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle de sécurité.&lt;/b&gt; Skopos n&apos;importe ni n&apos;exécute jamais rien d&apos;un fichier : il décode les octets et construit lui-même l&apos;arbre des objets. Il signale les types que skops refuserait de charger, exactement comme skops.io.get_untrusted_types les détermine, et marque les globals pickle qui peuvent exécuter du code au chargement du fichier. Il ne peut pas savoir si un type fiable est utilisé sans danger, ni ce que votre propre code fait du modèle : c&apos;est une aide à l&apos;inspection, pas une garantie de sécurité.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;&lt;b&gt;Reader sandbox:&lt;/b&gt; %1 (&lt;code&gt;skopos doctor&lt;/code&gt; tries each forbidden operation).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bac à sable du lecteur :&lt;/b&gt; %1 (&lt;code&gt;skopos doctor&lt;/code&gt; essaie chaque opération interdite).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skopos &amp;Help</source>
        <translation>&amp;Aide de Skopos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Skopos</source>
        <translation>À &amp;propos de Skopos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Skopos</source>
        <translation>À propos de Skopos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>skopos::ui::Language</name>
    <message>
        <location filename="../ui/Language.cpp" line="+105"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language takes effect after Skopos restarts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Skopos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>skopos::ui::LoadInPythonDialog</name>
    <message>
        <location filename="../ui/LoadInPython.cpp" line="+67"/>
        <source>&amp;Run Again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load in Python</source>
        <translation>Charger dans Python</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runs &lt;code&gt;%1&lt;/code&gt; as a separate process with the code below. Skopos itself never runs anything from a model file.</source>
        <translation>Exécute &lt;code&gt;%1&lt;/code&gt; dans un processus séparé avec le code ci-dessous. Skopos lui-même n&apos;exécute jamais rien d&apos;un fichier de modèle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy Code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output:</source>
        <translation>Sortie :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Python was not found: could not start &quot;%1&quot; (%2). Set the interpreter in Settings › Python Interpreter…</source>
        <translation>Python est introuvable : impossible de lancer « %1 » (%2). Choisissez l&apos;interpréteur dans Paramètres › Interpréteur Python…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stopped unexpectedly.</source>
        <translation>%1 s&apos;est arrêté de manière inattendue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skops is not installed for %1: install it (pip install skops) or choose another interpreter in Settings › Python Interpreter…</source>
        <translation>skops n&apos;est pas installé pour %1 : installez-le (pip install skops) ou choisissez un autre interpréteur dans Paramètres › Interpréteur Python…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>skops refused or failed to load the file (exit status %1); its message is above.</source>
        <translation>skops a refusé ou n&apos;a pas réussi à charger le fichier (code de sortie %1) ; son message figure ci-dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded: the repr of the loaded object is above.</source>
        <translation>Chargé : le repr de l&apos;objet chargé figure ci-dessus.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
</context>
<context>
    <name>skopos::ui::LoadedDocument</name>
    <message>
        <location filename="../ui/LoadedDocument.cpp" line="+99"/>
        <source>
… (truncated)</source>
        <translation>
… (tronqué)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a .npy file has no schema or opcodes: the Node tab shows its values)</source>
        <translation>(un fichier .npy n&apos;a ni schéma ni opcodes : l&apos;onglet Nœud montre ses valeurs)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Opcodes</source>
        <translation>Instructions pickle</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is large; run `skopos dis FILE` for its opcode listing.</source>
        <translation>Le fichier est volumineux ; lancez `skopos dis FILE` pour la liste de ses opcodes.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>
… (truncated; run `skopos dis FILE` for all of it)</source>
        <translation>
… (tronqué ; lancez `skopos dis FILE` pour tout voir)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not available: %1)</source>
        <translation>(non disponible : %1)</translation>
    </message>
</context>
<context>
    <name>skopos::ui::MainWindow</name>
    <message>
        <location filename="../ui/Language.cpp" line="+9"/>
        <location filename="../ui/MainWindow.cpp" line="+429"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-324"/>
        <source>out of memory while reading</source>
        <translation>mémoire épuisée pendant la lecture</translation>
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
        <translation>Ceci est une aide à l&apos;inspection, pas une garantie de sécurité. Skopos lit les fichiers sans les exécuter ; un résultat sans alerte ne rend pas un fichier sûr.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan Folder</source>
        <translation>Analyser un dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Example</source>
        <translation>Ouvrir l&apos;&amp;exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load in Python…</source>
        <translation>&amp;Charger dans Python…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;vert to skops…</source>
        <translation>Con&amp;vertir en skops…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare this file with another model file: what changed, what new trust it asks</source>
        <translation>Comparer ce fichier avec un autre fichier de modèle : ce qui a changé, quelle nouvelle confiance il demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Lo&amp;ad Line</source>
        <translation>Copier la ligne de ch&amp;argement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy skops.io.load(&quot;…&quot;, trusted=[...]) for this file</source>
        <translation>Copier skops.io.load(&quot;…&quot;, trusted=[...]) pour ce fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the trusted=[...] list of the types you approved</source>
        <translation>Enregistrer la liste trusted=[...] des types que vous avez approuvés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+249"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next &amp;Untrusted Node</source>
        <translation>Nœud non &amp;fiable suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the next untrusted or dangerous node (Ctrl+U)</source>
        <translation>Sélectionner le nœud non fiable ou dangereux suivant (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Trusted List</source>
        <translation>&amp;Copier la liste de confiance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo &amp;Withdrawal</source>
        <translation>Rétablir l&apos;&amp;approbation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the approval of %1 you withdrew</source>
        <translation>Rétablir l&apos;approbation de %1 que vous avez retirée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpand All Below</source>
        <translation>Tout dé&amp;plier en dessous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ollapse All</source>
        <translation>Tout &amp;replier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Only &amp;Untrusted</source>
        <translation>Afficher uniquement les non &amp;fiables</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Trusted Types…</source>
        <translation>&amp;Types de confiance…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Model files (*.skops *.pkl *.pickle *.p *.pck *.pcl *.pkl.z *.pbz2 *.joblib *.joblib.* *.jl *.z *.gz *.bz2 *.xz *.lzma *.lz4 *.npy *.npz *.sav *.bin *.dat);;skops (*.skops);;Pickle (*.pkl *.pickle *.p *.pck *.pcl *.sav *.bin *.dat);;joblib (*.joblib *.joblib.* *.jl *.pkl.z *.z *.gz *.bz2 *.pbz2 *.xz *.lzma *.lz4);;NumPy (*.npy *.npz);;All files (*)</source>
        <translation>Fichiers de modèle (*.skops *.pkl *.pickle *.p *.pck *.pcl *.pkl.z *.pbz2 *.joblib *.joblib.* *.jl *.z *.gz *.bz2 *.xz *.lzma *.lz4 *.npy *.npz *.sav *.bin *.dat);;skops (*.skops);;Pickle (*.pkl *.pickle *.p *.pck *.pcl *.sav *.bin *.dat);;joblib (*.joblib *.joblib.* *.jl *.pkl.z *.z *.gz *.bz2 *.pbz2 *.xz *.lzma *.lz4);;NumPy (*.npy *.npz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare %1 With</source>
        <translation>Comparer %1 avec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model files (*.skops *.pkl *.pickle *.p *.joblib *.joblib.* *.pkl.z *.z *.gz *.bz2 *.xz *.lzma *.lz4 *.npy *.sav *.bin *.dat);;All files (*)</source>
        <translation>Fichiers de modèle (*.skops *.pkl *.pickle *.p *.joblib *.joblib.* *.pkl.z *.z *.gz *.bz2 *.xz *.lzma *.lz4 *.npy *.sav *.bin *.dat);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a file first: it is compared with the one you choose.</source>
        <translation>Ouvrez d&apos;abord un fichier : il est comparé avec celui que vous choisissez.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Co&amp;mpare With</source>
        <translation>Co&amp;mparer avec</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other &amp;File…</source>
        <translation>Un &amp;autre fichier…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a folder: scanning it</source>
        <translation>%1 est un dossier : analyse en cours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 changed on disk: reading it again</source>
        <translation>%1 a changé sur le disque : nouvelle lecture</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1
still reading</source>
        <translation>%1
lecture en cours</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening %1 cancelled</source>
        <translation>Ouverture de %1 annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This build has no bundled example.</source>
        <translation>Cette version ne contient pas d&apos;exemple fourni.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not unpack the bundled example.</source>
        <translation>Impossible d&apos;extraire l&apos;exemple fourni.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Applied your earlier approvals (%1); see the Trust tab</source>
        <translation>Vos approbations précédentes ont été appliquées (%1) ; voir l&apos;onglet Confiance</translation>
    </message>
    <message>
        <location line="-706"/>
        <source>Open a model file (Ctrl+O) or drop one or several here.
Each file opens in its own tab, with its own trust decisions.</source>
        <translation>Ouvrez un fichier de modèle (Ctrl+O) ou déposez-en un ou plusieurs ici.
Chaque fichier s&apos;ouvre dans son propre onglet, avec ses propres décisions de confiance.</translation>
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
        <translation>E&amp;xporter la liste de confiance…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find a type or key in the tree; in the raw view, find text there</source>
        <translation>Rechercher un type ou une clé dans l&apos;arbre ; dans la vue des données brutes, y rechercher du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in &amp;Raw Text…</source>
        <translation>Rechercher dans les données &amp;brutes…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Next File Tab</source>
        <translation>Onglet de fichier &amp;suivant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous File Tab</source>
        <translation>Onglet de fichier pré&amp;cédent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Python &amp;Interpreter…</source>
        <translation>&amp;Interpréteur Python…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust &amp;Profile…</source>
        <translation>P&amp;rofil de confiance…</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Open Model Files</source>
        <translation>Ouvrir des fichiers de modèle</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 is already open</source>
        <translation>%1 est déjà ouvert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Example model</source>
        <translation>Modèle d’exemple</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The reader stopped: %1</source>
        <translation>Le lecteur s’est arrêté : %1</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Python Interpreter</source>
        <translation>Interpréteur Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter that &quot;Load in Python&quot; runs (it needs skops installed):</source>
        <translation>Interpréteur lancé par « Charger dans Python » (skops doit y être installé) :</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open a file first.</source>
        <translation>Ouvrez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not offered: this file names DANGEROUS globals.</source>
        <translation>Non proposé : ce fichier nomme des globals DANGEREUX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only skops files are loaded this way: convert this %1 file to skops first.</source>
        <translation>Seuls les fichiers skops se chargent ainsi : convertissez d&apos;abord ce fichier %1 en skops.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Review and approve the untrusted types first (Trust tab): %n left.</source>
        <translation>
            <numerusform>Examinez et approuvez d&apos;abord les types non fiables (onglet Confiance) : il en reste %n.</numerusform>
            <numerusform>Examinez et approuvez d&apos;abord les types non fiables (onglet Confiance) : il en reste %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading %1: its first rows are shown; the verdict comes when it is read.</source>
        <translation>Lecture de %1 : ses premières lignes sont affichées ; le verdict viendra quand il sera lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — reading — Skopos</source>
        <translation>%1 — lecture — Skopos</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n untrusted type(s)</source>
        <translation>
            <numerusform>%n type non fiable</numerusform>
            <numerusform>%n types non fiables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n approved</source>
        <translation>
            <numerusform>%n approuvé</numerusform>
            <numerusform>%n approuvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n DANGEROUS</source>
        <translation>
            <numerusform>%n DANGEREUX</numerusform>
            <numerusform>%n DANGEREUX</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file %1 of %2</source>
        <translation>fichier %1 sur %2</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Run skops.io.load(path, trusted=[the approved types]) in your Python</source>
        <translation>Exécuter skops.io.load(path, trusted=[les types approuvés]) dans votre Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load in Python: %1</source>
        <translation>Charger dans Python : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open a pickle or joblib file first.</source>
        <translation>ouvrez d&apos;abord un fichier pickle ou joblib.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: this file names DANGEROUS globals.</source>
        <translation>refusé : ce fichier nomme des globals DANGEREUX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is already a current skops file.</source>
        <translation>c&apos;est déjà un fichier skops récent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .npy file holds one array, not a model.</source>
        <translation>un fichier .npy contient un tableau, pas un modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this model as a skops file, without running it</source>
        <translation>Écrire ce modèle en fichier skops, sans l&apos;exécuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert to skops: %1</source>
        <translation>Convertir en skops : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a model file (Ctrl+O) or drop one here.</source>
        <translation>Ouvrez un fichier de modèle (Ctrl+O) ou déposez-en un ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 — Skopos</source>
        <translation>%1 — %2 — Skopos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>protocol %1</source>
        <translation>protocole %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 nodes</source>
        <translation>%L1 nœuds</translation>
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
        <translation>Quelque chose à l&apos;intérieur est DANGEREUX : voir l&apos;arbre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something inside it is untrusted: see the tree.</source>
        <translation>Quelque chose à l&apos;intérieur n&apos;est pas fiable : voir l&apos;arbre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to open or close it and select it in the tree.</source>
        <translation>Cliquez pour l&apos;ouvrir ou le fermer et le sélectionner dans l&apos;arbre.</translation>
    </message>
    <message>
        <location line="+278"/>
        <location line="+29"/>
        <source>There is no diagram to export.</source>
        <translation>Il n&apos;y a aucun diagramme à exporter.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Model diagram drawn by Skopos from the file, without loading it</source>
        <translation>Diagramme du modèle dessiné par Skopos à partir du fichier, sans le charger</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+34"/>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The diagram is too large for a picture.</source>
        <translation>Le diagramme est trop grand pour une image.</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ModelTab</name>
    <message>
        <location filename="../ui/ModelTab.cpp" line="+55"/>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to View</source>
        <translation>Ajuster à la vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual Size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy repr</source>
        <translation>Copier le repr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+=, Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+=, Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-, Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+-, Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole diagram (Ctrl+0)</source>
        <translation>Afficher tout le diagramme (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the diagram at 100 % (Ctrl+1)</source>
        <translation>Afficher le diagramme à 100 % (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the diagram as an SVG picture</source>
        <translation>Enregistrer le diagramme comme image SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the diagram as a PNG picture</source>
        <translation>Enregistrer le diagramme comme image PNG</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click a box to see its parameters and select it in the tree; arrow keys move between boxes, Enter opens one; Ctrl+wheel zooms.</source>
        <translation>Cliquez sur une boîte pour voir ses paramètres et la sélectionner dans l&apos;arbre ; les touches fléchées passent d&apos;une boîte à l&apos;autre, Entrée en ouvre une ; Ctrl+molette zoome.</translation>
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
        <translation>Ajuster</translation>
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
        <translation>Copier le texte du repr dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As scikit-learn prints it (repr, changed parameters only):</source>
        <translation>Tel que scikit-learn l&apos;affiche (repr, paramètres modifiés uniquement) :</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This model could not be described: %1</source>
        <translation>Ce modèle n&apos;a pas pu être décrit : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved with scikit-learn %1</source>
        <translation>Enregistré avec scikit-learn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features seen in fit (n_features_in_): %1</source>
        <translation>Caractéristiques vues lors du fit (n_features_in_) : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Feature names: %1, … (%n in all)</source>
        <translation>
            <numerusform>Noms des caractéristiques : %1, … (%n au total)</numerusform>
            <numerusform>Noms des caractéristiques : %1, … (%n au total)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature names: %1</source>
        <translation>Noms des caractéristiques : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Classes: %1</source>
        <translation>Classes : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Size: %n node(s), %1 in arrays</source>
        <translation>
            <numerusform>Taille : %n nœud, %1 dans des tableaux</numerusform>
            <numerusform>Taille : %n nœuds, %1 dans des tableaux</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Diagram as SVG</source>
        <translation>Exporter le diagramme en SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG pictures (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export Diagram as PNG</source>
        <translation>Exporter le diagramme en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>skopos::ui::NodeDetailsWidget</name>
    <message>
        <location filename="../ui/NodeDetailsWidget.cpp" line="+46"/>
        <source>Select a node in the tree to see its details.</source>
        <translation>Sélectionnez un nœud dans l&apos;arbre pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skops loader</source>
        <translation>chargeur skops</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (+%2 hidden)</source>
        <translation>%1 (+%2 masqués)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raw offset</source>
        <translation>Position dans les données brutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byte %1 of schema.json</source>
        <translation>octet %1 de schema.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opcode at offset %1 of the decompressed stream</source>
        <translation>opcode à la position %1 du flux décompressé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opcode at offset %1</source>
        <translation>opcode à la position %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared: reached more than once (cycles possible)</source>
        <translation>partagé : atteint plus d&apos;une fois (cycles possibles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bookkeeping node, normally hidden</source>
        <translation>nœud interne, normalement masqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A plain value: nothing to trust.</source>
        <translation>Une simple valeur : rien à approuver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this value</source>
        <translation>cette valeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This contains DANGEROUS names below it: do not load this file.</source>
        <translation>Ceci contient des noms DANGEREUX en dessous : ne chargez pas ce fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something below this node is untrusted.</source>
        <translation>Un élément sous ce nœud est non fiable.</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ObjectTreeModel</name>
    <message>
        <location filename="../ui/ObjectTreeModel.cpp" line="+329"/>
        <source>root</source>
        <translation>racine</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n byte(s), stored separately</source>
        <translation>
            <numerusform>%n octet, stocké à part</numerusform>
            <numerusform>%n octets, stockés à part</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(shared)</source>
        <translation>(partagé)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (shared)</source>
        <translation>%1 (partagé)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>contains DANGEROUS</source>
        <translation>DANGEREUX en dessous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains untrusted</source>
        <translation>non fiable en dessous</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Something below this node is DANGEROUS.</source>
        <translation>Un élément sous ce nœud est DANGEREUX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something below this node is untrusted.</source>
        <translation>Un élément sous ce nœud est non fiable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This object is reached more than once in the file.</source>
        <translation>Cet objet est atteint plus d&apos;une fois dans le fichier.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
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
        <translation>Depuis mon &amp;Python :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a profile &amp;file:</source>
        <translation>&amp;Depuis un fichier de profil :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use This Profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Trust Profile</source>
        <translation>Profil de confiance</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&amp;Bundled (%1)</source>
        <translation>&amp;Fourni (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>skops trusts the types its default lists name, and those lists follow the scikit-learn, numpy and scipy it runs with. Choose the lists verdicts follow: the bundled ones, the ones your own Python computes (it imports skops, never a model file), or a profile written by &lt;tt&gt;skopos profile&lt;/tt&gt;.</source>
        <translation>skops fait confiance aux types que nomment ses listes par défaut, et ces listes dépendent des versions de scikit-learn, numpy et scipy avec lesquelles il s&apos;exécute. Choisissez les listes que suivent les verdicts : celles fournies, celles que calcule votre propre Python (il importe skops, jamais un fichier de modèle), ou un profil écrit par &lt;tt&gt;skopos profile&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The interpreter (with skops installed) that also runs File › Load in Python</source>
        <translation>L&apos;interpréteur (avec skops installé) qu&apos;utilise aussi Fichier › Charger dans Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the interpreter again (after upgrading scikit-learn or skops)</source>
        <translation>Relancer l&apos;interpréteur (après une mise à jour de scikit-learn ou de skops)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Trust profiles (*.json);;All files (*)</source>
        <translation>Profils de confiance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>In use: %1</source>
        <translation>Utilisé : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computed %1: %2</source>
        <translation>Calculé le %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not computed yet for %1: choosing it runs it once (a few seconds).</source>
        <translation>Pas encore calculé pour %1 : le choisir lance l&apos;interpréteur une fois (quelques secondes).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Using the bundled profile.</source>
        <translation>Utilisation du profil fourni.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Using the profile %1 computed (%2; cached, Refresh to compute it again).</source>
        <translation>Utilisation du profil calculé par %1 (%2 ; en cache, « Actualiser » le recalcule).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a profile file first.</source>
        <translation>Choisissez d&apos;abord un fichier de profil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Using %1 (%2).</source>
        <translation>Utilisation de %1 (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not use this profile file: %1
The profile in use has not changed.</source>
        <translation>Impossible d&apos;utiliser ce fichier de profil : %1
Le profil utilisé n&apos;a pas changé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name a Python interpreter first.</source>
        <translation>Indiquez d&apos;abord un interpréteur Python.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no interpreter</source>
        <translation>aucun interpréteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running %1 to list skops&apos; trusted types… The profile in use stays until it answers.</source>
        <translation>Exécution de %1 pour lister les types de confiance de skops… Le profil utilisé reste en place jusqu&apos;à sa réponse.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not compute a profile with %1:
%2
The profile in use has not changed.</source>
        <translation>Impossible de calculer un profil avec %1 :
%2
Le profil utilisé n&apos;a pas changé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Using the profile %1 computed (%2).</source>
        <translation>Utilisation du profil calculé par %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using the profile %1 computed (%2); it could not be cached: %3</source>
        <translation>Utilisation du profil calculé par %1 (%2) ; impossible de le mettre en cache : %3</translation>
    </message>
</context>
<context>
    <name>skopos::ui::ProfileStatusLabel</name>
    <message>
        <location filename="../ui/ProfileStatusLabel.cpp" line="+19"/>
        <source>Profile: %1 (your choice could not be used)</source>
        <translation>Profil : %1 (votre choix n&apos;a pas pu être utilisé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdicts follow the default trusted lists of this profile (Settings › Trust Profile…).
%1</source>
        <translation>Les verdicts suivent les listes de confiance par défaut de ce profil (Paramètres › Profil de confiance…).
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your saved choice could not be used: %1</source>
        <translation>Votre choix enregistré n&apos;a pas pu être utilisé : %1</translation>
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
        <translation>sain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untrusted</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dangerous</source>
        <translation>dangereux</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untrusted / dangerous names, or error</source>
        <translation>Noms non fiables / dangereux, ou erreur</translation>
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
        <translation>DANGEREUX : ne peut pas être approuvé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DANGEROUS (%1): cannot be approved</source>
        <translation>DANGEREUX (%1) : ne peut pas être approuvé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trusted by default where another loader holds it</source>
        <translation>fiable par défaut là où un autre chargeur le contient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a private scikit-learn type</source>
        <translation>un type privé de scikit-learn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scikit-learn, not on skops&apos; default list</source>
        <translation>scikit-learn, absent de la liste par défaut de skops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1, a library outside scikit-learn, numpy and scipy: review its source</source>
        <translation>de %1, une bibliothèque hors de scikit-learn, numpy et scipy : examinez son code source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not on skops&apos; default trusted lists</source>
        <translation>absent des listes de confiance par défaut de skops</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;ext ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve &amp;module…</source>
        <translation>Approuver le &amp;module…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember new approvals for &amp;all files</source>
        <translation>Retenir les nouvelles approbations pour &amp;tous les fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Types skops.io.load would refuse. Approve a type only after reviewing what it does. Approvals hold for this file only unless you choose all files. Dangerous names cannot be approved.</source>
        <translation>Types que skops.io.load refuserait. N&apos;approuvez un type qu&apos;après avoir examiné ce qu&apos;il fait. Les approbations ne valent que pour ce fichier, sauf si vous choisissez tous les fichiers. Les noms dangereux ne peuvent pas être approuvés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the previous node of this type in the tree</source>
        <translation>Sélectionner le nœud précédent de ce type dans l&apos;arbre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the next node of this type in the tree</source>
        <translation>Sélectionner le nœud suivant de ce type dans l&apos;arbre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve every type of the selected type&apos;s module, after a confirmation listing them</source>
        <translation>Approuver tous les types du module du type sélectionné, après une confirmation qui les énumère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: an approval holds for this file (by its content) only. Ticked: for every file you open.</source>
        <translation>Non coché : une approbation ne vaut que pour ce fichier (selon son contenu). Coché : pour chaque fichier que vous ouvrez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the trusted=[...] list of approved types for skops.io.load</source>
        <translation>Copier la liste trusted=[...] des types approuvés pour skops.io.load</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the trusted=[...] list of approved types to a file</source>
        <translation>Enregistrer la liste trusted=[...] des types approuvés dans un fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For skops.io.load:</source>
        <translation>Pour skops.io.load :</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No untrusted types: skops.io.load opens this file with its defaults.</source>
        <translation>Aucun type non fiable : skops.io.load ouvre ce fichier avec ses réglages par défaut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applied your earlier approvals: %1</source>
        <translation>Vos approbations précédentes ont été appliquées : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dangerous names:</source>
        <translation>Noms dangereux :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skops&apos; own audit of this file fails: %1</source>
        <translation>L&apos;audit de ce fichier par skops lui-même échoue : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Approve module</source>
        <translation>Approuver le module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve these types of %1?</source>
        <translation>Approuver ces types de %1 ?</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Export trusted list</source>
        <translation>Exporter la liste de confiance</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Python (*.py);;Text (*.txt);;All files (*)</source>
        <translation>Python (*.py);;Texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1:
%2</source>
        <translation>Impossible d&apos;écrire %1 :
%2</translation>
    </message>
</context>
<context>
    <name>skopos::ui::TrustedTypesDialog</name>
    <message>
        <location filename="../ui/TrustedTypesDialog.cpp" line="+20"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted Types</source>
        <translation>Types de confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Types you approved. An approval for one file holds only for that file&apos;s exact content; one for all files holds everywhere. Revoke what you no longer trust.</source>
        <translation>Les types que vous avez approuvés. Une approbation pour un fichier ne vaut que pour son contenu exact ; une approbation pour tous les fichiers vaut partout. Révoquez ce en quoi vous n&apos;avez plus confiance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved for</source>
        <translation>Approuvé pour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>all files</source>
        <translation>tous les fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (sha256 %2…)</source>
        <translation>%1 (sha256 %2…)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No approvals yet.</source>
        <translation>Aucune approbation pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Import Trusted Types</source>
        <translation>Importer des types de confiance</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+29"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Could not import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Export Trusted Types</source>
        <translation>Exporter les types de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>skopos::ui::VerdictBanner</name>
    <message numerus="yes">
        <location filename="../ui/VerdictBanner.cpp" line="+25"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>DANGEROUS</source>
        <translation>DANGEREUX</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n type(s) to review</source>
        <translation>
            <numerusform>%n type à examiner</numerusform>
            <numerusform>%n types à examiner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trusted types only</source>
        <translation>uniquement des types fiables</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 (%n type(s) approved by you.)</source>
        <translation>
            <numerusform>%1 (%n type approuvé par vous.)</numerusform>
            <numerusform>%1 (%n types approuvés par vous.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;DANGEROUS&lt;/b&gt; — this file names %1. Loading it can run code on your machine: do not load it.</source>
        <translation>&lt;b&gt;DANGEREUX&lt;/b&gt; — ce fichier nomme %1. Le charger peut exécuter du code sur votre machine : ne le chargez pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Open the Trust tab to review and approve them.</source>
        <translation>%1 Ouvrez l&apos;onglet Confiance pour les examiner et les approuver.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%n type(s) need review&lt;/b&gt; before skops.io.load accepts this file: %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n type doit être examiné&lt;/b&gt; avant que skops.io.load accepte ce fichier : %1.</numerusform>
            <numerusform>&lt;b&gt;%n types doivent être examinés&lt;/b&gt; avant que skops.io.load accepte ce fichier : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;No types left to review&lt;/b&gt;: every type is trusted by skops&apos; defaults or approved by you.</source>
        <translation>&lt;b&gt;Plus aucun type à examiner&lt;/b&gt; : chaque type est fiable selon les réglages par défaut de skops ou approuvé par vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Only trusted types&lt;/b&gt;: skops.io.load accepts everything in this file with its default trusted lists.</source>
        <translation>&lt;b&gt;Uniquement des types fiables&lt;/b&gt; : skops.io.load accepte tout ce que contient ce fichier avec ses listes de confiance par défaut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Not a skops file&lt;/b&gt;, and it holds object arrays: numpy.load refuses them unless allow_pickle=True, which unpickles them and can run code. Load them only if you trust the file.</source>
        <translation>&lt;b&gt;Pas un fichier skops&lt;/b&gt;, et il contient des tableaux d’objets : numpy.load les refuse sauf avec allow_pickle=True, qui les dépickle et peut exécuter du code. Ne les chargez que si vous faites confiance au fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Not a skops file&lt;/b&gt;: numpy arrays only. numpy.load(allow_pickle=False) reads it without running code.</source>
        <translation>&lt;b&gt;Pas un fichier skops&lt;/b&gt; : uniquement des tableaux numpy. numpy.load(allow_pickle=False) le lit sans exécuter de code.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only what comes before the cut is shown.</source>
        <translation>Seul ce qui précède la coupure est affiché.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1.</source>
        <translation>Remarque : %1.</translation>
    </message>
</context>
</TS>
