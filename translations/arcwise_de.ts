<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CampaignReport</name>
    <message>
        <source>1 block unreached</source>
        <translation>1 nicht erreichter Block</translation>
    </message>
    <message>
        <source>%1 blocks unreached</source>
        <translation>%1 nicht erreichte Blöcke</translation>
    </message>
    <message>
        <source>1 block</source>
        <translation>1 Block</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>%1 Blöcke</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 Eingabe</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 Eingaben</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Coverage features over time, per target</source>
        <translation>Abdeckungsmerkmale im Zeitverlauf, je Ziel</translation>
    </message>
    <message>
        <source>time since the campaign&apos;s first stats</source>
        <translation>Zeit seit den ersten Statistiken der Kampagne</translation>
    </message>
    <message>
        <source>Inputs reaching a line:</source>
        <translation>Eingaben, die eine Zeile erreichen:</translation>
    </message>
    <message>
        <source>0 (never)</source>
        <translation>0 (nie)</translation>
    </message>
    <message>
        <source>#n: a top blocker leaves this line</source>
        <translation>#n: Von dieser Zeile geht eines der größten Hindernisse aus</translation>
    </message>
    <message>
        <source>(%1 more bytes)</source>
        <translation>(%1 weitere Bytes)</translation>
    </message>
    <message>
        <source>(an input this version cannot read, %1)</source>
        <translation>(eine Eingabe, die diese Version nicht lesen kann, %1)</translation>
    </message>
    <message>
        <source>… %1 more choices</source>
        <translation>… %1 weitere Entscheidungen</translation>
    </message>
    <message>
        <source>(no choices)</source>
        <translation>(keine Entscheidungen)</translation>
    </message>
    <message>
        <source>Fuzzing campaign: %1</source>
        <translation>Fuzzing-Kampagne: %1</translation>
    </message>
    <message>
        <source>%1 · made by Arcwise %2 on %3 UTC</source>
        <translation>%1 · erstellt von Arcwise %2 am %3 UTC</translation>
    </message>
    <message>
        <source>Coverage over time</source>
        <translation>Abdeckung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Coverage by file</source>
        <translation>Abdeckung nach Datei</translation>
    </message>
    <message>
        <source>Top blockers</source>
        <translation>Größte Hindernisse</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>corpus inputs</source>
        <translation>Korpuseingaben</translation>
    </message>
    <message>
        <source>failures (%1 not fixed)</source>
        <translation>Fehler (%1 nicht behoben)</translation>
    </message>
    <message>
        <source>of lines covered (%1 of %2)</source>
        <translation>der Zeilen abgedeckt (%1 von %2)</translation>
    </message>
    <message>
        <source>of branch arcs taken (%1 of %2)</source>
        <translation>der Verzweigungskanten genommen (%1 von %2)</translation>
    </message>
    <message>
        <source>Coverage counts the project&apos;s own code, over all targets: a line is covered when a stored corpus input of some target reaches it. Library code (system headers, the C++ standard library) is left out.</source>
        <translation>Die Abdeckung zählt den eigenen Code des Projekts über alle Ziele: Eine Zeile gilt als abgedeckt, wenn eine gespeicherte Korpuseingabe irgendeines Ziels sie erreicht. Bibliothekscode (System-Header, die C++-Standardbibliothek) wird nicht mitgezählt.</translation>
    </message>
    <message>
        <source>No stats were recorded: the campaign has not fuzzed yet.</source>
        <translation>Es wurden keine Statistiken aufgezeichnet: Die Kampagne hat noch nicht gefuzzt.</translation>
    </message>
    <message>
        <source>Coverage features (edges by hit count, comparisons, events) found per target; a flat line is a target that stopped finding new behaviour.</source>
        <translation>Gefundene Abdeckungsmerkmale (Kanten nach Trefferzahl, Vergleiche, Ereignisse) je Ziel; eine flache Linie ist ein Ziel, das kein neues Verhalten mehr findet.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Lines covered</source>
        <translation>Abgedeckte Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>no graph</source>
        <translation>kein Graph</translation>
    </message>
    <message>
        <source>No coverage: no target has a control-flow graph (built without Arcwise&apos;s instrumentation?) or no target was fuzzed yet.</source>
        <translation>Keine Abdeckung: Kein Ziel hat einen Kontrollflussgraphen (ohne die Instrumentierung von Arcwise gebaut?) oder es wurde noch kein Ziel gefuzzt.</translation>
    </message>
    <message>
        <source>Under %1. Lines hold code; branch arcs leave a line with two or more ways on, as llvm-cov counts branches.</source>
        <translation>Unter %1. Zeilen enthalten Code; Verzweigungskanten führen von einer Zeile mit zwei oder mehr möglichen Wegen weiter, so wie llvm-cov Verzweigungen zählt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Branch arcs</source>
        <translation>Verzweigungskanten</translation>
    </message>
    <message>
        <source>Functions entered</source>
        <translation>Betretene Funktionen</translation>
    </message>
    <message>
        <source>no branches</source>
        <translation>keine Verzweigungen</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>%1 of lines covered</source>
        <translation>%1 der Zeilen abgedeckt</translation>
    </message>
    <message>
        <source>The source could not be read when the report was made.</source>
        <translation>Der Quelltext konnte beim Erstellen des Berichts nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 lines: too long to show here.</source>
        <translation>%1 Zeilen: zu lang, um hier angezeigt zu werden.</translation>
    </message>
    <message>
        <source>The source of the first %1 of %2 files is shown.</source>
        <translation>Der Quelltext der ersten %1 von %2 Dateien wird angezeigt.</translation>
    </message>
    <message>
        <source>None: no covered line of the project&apos;s code has a way on that the corpus never or rarely takes.</source>
        <translation>Keine: Keine abgedeckte Zeile im Code des Projekts hat einen weiterführenden Weg, den der Korpus nie oder selten nimmt.</translation>
    </message>
    <message>
        <source>Where fuzzing stops: branches from covered code into code no input reaches (or almost none), with the most code left unreached behind them first. A dictionary entry, a seed input or a property that draws this case directly gets past them.</source>
        <translation>Wo das Fuzzing stehen bleibt: Verzweigungen aus abgedecktem Code in Code, den keine (oder fast keine) Eingabe erreicht, die mit dem meisten nicht erreichten Code dahinter zuerst. Ein Wörterbucheintrag, eine Starteingabe oder eine Eigenschaft, die diesen Fall direkt zieht, kommt an ihnen vorbei.</translation>
    </message>
    <message>
        <source>The branch at %1:%2 to line %3 is %4: %5 behind it. %6 reach line %2 (target %7).</source>
        <translation>Die Verzweigung bei %1:%2 zu Zeile %3 wird %4; dahinter: %5. Zeile %2 wird erreicht von: %6 (Ziel %7).</translation>
    </message>
    <message>
        <source>never taken</source>
        <translation>nie genommen</translation>
    </message>
    <message>
        <source>rarely taken</source>
        <translation>selten genommen</translation>
    </message>
    <message>
        <source>The smallest input that reaches the line (corpus entry %1):</source>
        <translation>Die kleinste Eingabe, die die Zeile erreicht (Korpuseintrag %1):</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Keine gefunden.</translation>
    </message>
    <message>
        <source>%1 · seen %2 times · failure %3</source>
        <translation>%1 · %2-mal aufgetreten · Fehler %3</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>keine Quelltextstelle</translation>
    </message>
    <message>
        <source>Minimal example:</source>
        <translation>Minimales Beispiel:</translation>
    </message>
    <message>
        <source>Stack:</source>
        <translation>Aufrufstapel:</translation>
    </message>
    <message>
        <source>%1 more frames</source>
        <translation>%1 weitere Frames</translation>
    </message>
</context>
<context>
    <name>CampaignSettings</name>
    <message>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Worker processes fuzzing at once; 0 uses every core of this machine.</source>
        <translation>Gleichzeitig fuzzende Worker-Prozesse; 0 nutzt alle Kerne dieses Rechners.</translation>
    </message>
    <message>
        <source>Time slice</source>
        <translation>Zeitscheibe</translation>
    </message>
    <message>
        <source>How long a worker fuzzes one target before the scheduler chooses again.</source>
        <translation>Wie lange ein Worker-Prozess ein Ziel fuzzt, bevor der Scheduler neu wählt.</translation>
    </message>
    <message>
        <source>Time limit per input</source>
        <translation>Zeitlimit pro Eingabe</translation>
    </message>
    <message>
        <source>An input that runs longer than this is a failure (a hang).</source>
        <translation>Eine Eingabe, die länger als diese Zeit läuft, gilt als Fehler (ein Hänger).</translation>
    </message>
    <message>
        <source>Memory limit (MB)</source>
        <translation>Speicherlimit (MB)</translation>
    </message>
    <message>
        <source>A worker whose resident memory grows past this fails (out of memory).</source>
        <translation>Ein Worker-Prozess, dessen residenter Speicher über diesen Wert wächst, schlägt fehl (Speicher erschöpft).</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplanung</translation>
    </message>
    <message>
        <source>adaptive gives each slice to the target most likely to find new behaviour; round-robin takes turns.</source>
        <translation>adaptive gibt jede Zeitscheibe dem Ziel, das am ehesten neues Verhalten findet; round-robin wechselt reihum zwischen den Zielen.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Every random choice of the campaign follows from it.</source>
        <translation>Jede zufällige Entscheidung der Kampagne ergibt sich daraus.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Empty: PROJECT/.arcwise/arcwise.sqlite. Or a SQLite file, or postgresql://user@host/db to share one campaign between hosts.</source>
        <translation>Leer: PROJECT/.arcwise/arcwise.sqlite. Oder eine SQLite-Datei oder postgresql://user@host/db, um eine Kampagne zwischen mehreren Rechnern zu teilen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Stop the campaign after this long (90s, 15m, 2h); not given: until it is stopped.</source>
        <translation>Die Kampagne nach dieser Dauer stoppen (90s, 15m, 2h); nicht angegeben: bis sie gestoppt wird.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number (allowed: %2)</source>
        <translation>„%1“ ist keine ganze Zahl (erlaubt: %2)</translation>
    </message>
    <message>
        <source>%1 is out of range (allowed: %2)</source>
        <translation>%1 liegt außerhalb des erlaubten Bereichs (erlaubt: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration like 90s, 15m or 2h (allowed: %2)</source>
        <translation>„%1“ ist keine Dauer wie 90s, 15m oder 2h (erlaubt: %2)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(%1; default %2)</source>
        <translation>(%1; Standard: %2)</translation>
    </message>
    <message>
        <source>--cores %1 is more than the %2 cores of this machine; using %2 (--oversubscribe uses %1)</source>
        <translation>--cores %1 ist mehr als die %2 Kerne dieses Rechners; es werden %2 verwendet (mit --oversubscribe %1)</translation>
    </message>
    <message>
        <source>Workers per target</source>
        <translation>Worker je Ziel</translation>
    </message>
    <message>
        <source>Most workers fuzzing one target at once; 0 lets the scheduler put several on a target worth it (fewer targets than cores, or one far ahead of the rest), 1 gives each target one.</source>
        <translation>Höchstens so viele Worker fuzzen ein Ziel zugleich; 0 lässt den Scheduler mehrere auf ein Ziel setzen, das es wert ist (weniger Ziele als Kerne, oder eines weit vor den übrigen), 1 gibt jedem Ziel einen.</translation>
    </message>
    <message>
        <source>Focus on changes since</source>
        <translation>Schwerpunkt auf Änderungen seit</translation>
    </message>
    <message>
        <source>Build command</source>
        <translation>Build-Befehl</translation>
    </message>
    <message>
        <source>When following a branch: how to build the project after a pull (run by /bin/sh in the project); empty: cmake --build on a CMake build tree.</source>
        <translation>Beim Verfolgen eines Branches: wie das Projekt nach einem Pull gebaut wird (von /bin/sh im Projekt ausgeführt); leer: cmake --build in einem CMake-Build-Verzeichnis.</translation>
    </message>
    <message>
        <source>Fetch interval</source>
        <translation>Abrufintervall</translation>
    </message>
    <message>
        <source>When following a branch: how often to fetch it.</source>
        <translation>Beim Verfolgen eines Branches: wie oft er abgerufen wird.</translation>
    </message>
    <message>
        <source>Focus on the code changed in the sources&apos; git checkout since a base: a ref (origin/main: its merge-base with HEAD), a duration (7d), or auto (the merge-base with the upstream branch, else the last 7 days); empty: no focus. Targets reaching changed code, new targets and changed tests get more of the campaign.</source>
        <translation>Auf den Code konzentrieren, der sich im git-Checkout der Quellen seit einer Basis geändert hat: eine Referenz (origin/main: ihre Merge-Base mit HEAD), eine Dauer (7d) oder auto (die Merge-Base mit dem Upstream-Branch, sonst die letzten 7 Tage); leer: kein Fokus. Ziele, die geänderten Code erreichen, neue Ziele und geänderte Tests erhalten mehr von der Kampagne.</translation>
    </message>
    <message>
        <source>Change guidance</source>
        <translation>Änderungslenkung</translation>
    </message>
    <message>
        <source>With a focus on changes: targets gives the targets that reach changed code more of the campaign; blocks also steers each such target&apos;s inputs toward the changed blocks it has not reached yet (directed fuzzing).</source>
        <translation>Beim Fokus auf Änderungen: targets gibt den Zielen, die geänderten Code erreichen, mehr von der Kampagne; blocks lenkt außerdem die Eingaben jedes solchen Ziels zu den geänderten Blöcken, die es noch nicht erreicht hat (gerichtetes Fuzzing).</translation>
    </message>
</context>
<context>
    <name>CfgModel</name>
    <message>
        <source>no line</source>
        <translation>keine Zeile</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>hits %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>never reached</source>
        <translation>nie erreicht</translation>
    </message>
    <message>
        <source>→ (indirect)</source>
        <translation>→ (indirekt)</translation>
    </message>
    <message>
        <source>no function %1</source>
        <translation>Keine Funktion %1</translation>
    </message>
    <message>
        <source>Graphviz could not start (no layout plugins?)</source>
        <translation>Graphviz konnte nicht gestartet werden (keine Layout-Plugins?)</translation>
    </message>
    <message>
        <source>Graphviz could not lay out %1: %2</source>
        <translation>Graphviz konnte %1 nicht anordnen: %2</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish symbolising %2</source>
        <translation>%1 hat die Symbolisierung von %2 nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1 gave %2 locations for %3 blocks of %4</source>
        <translation>%1 lieferte %2 Quelltextstellen für %3 Blöcke von %4</translation>
    </message>
    <message>
        <source>llvm-symbolizer is not installed (Debian: llvm-19)</source>
        <translation>llvm-symbolizer ist nicht installiert (Debian: llvm-19)</translation>
    </message>
    <message>
        <source>not a control-flow graph (version 1): %1</source>
        <translation>Kein Kontrollflussgraph (Version 1): %1</translation>
    </message>
    <message>
        <source>an arc between unknown blocks (%1 -&gt; %2)</source>
        <translation>Eine Kante zwischen unbekannten Blöcken (%1 -&gt; %2)</translation>
    </message>
    <message>
        <source>%1 locations for %2 blocks</source>
        <translation>%1 Quelltextstellen für %2 Blöcke</translation>
    </message>
    <message>
        <source>%1 --cfg failed (%2)%3</source>
        <translation>%1 --cfg ist fehlgeschlagen (%2)%3</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>%1 Blöcke</translation>
    </message>
    <message>
        <source>near %1</source>
        <translation>nahe %1</translation>
    </message>
    <message>
        <source>inlined %1:%2</source>
        <translation>eingebettet aus %1:%2</translation>
    </message>
    <message>
        <source>reading the graph of %1 was cancelled</source>
        <translation>das Lesen des Graphen von %1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>CfgReport</name>
    <message>
        <source>Hits (inputs reaching a block):</source>
        <translation>Treffer (Eingaben, die einen Block erreichen):</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>orange arc #n: under-explored, rank n</source>
        <translation>orange Kante #n: wenig erkundet, Rang n</translation>
    </message>
    <message>
        <source>Coverage of %1</source>
        <translation>Abdeckung von %1</translation>
    </message>
    <message>
        <source>Made by Arcwise on %1 from %2</source>
        <translation>Erstellt von Arcwise am %1 aus %2</translation>
    </message>
    <message>
        <source>Made by Arcwise on %1</source>
        <translation>Erstellt von Arcwise am %1</translation>
    </message>
    <message>
        <source>of blocks covered</source>
        <translation>der Blöcke abgedeckt</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>functions entered</source>
        <translation>Funktionen betreten</translation>
    </message>
    <message>
        <source>under-explored arcs</source>
        <translation>wenig erkundete Kanten</translation>
    </message>
    <message>
        <source>corpus inputs</source>
        <translation>Korpuseingaben</translation>
    </message>
    <message>
        <source>executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>A block&apos;s hits are the stored corpus inputs that reach it. An under-explored arc leads from a covered block to one never reached (or reached far more rarely than its siblings); rank 1 has the most code unreached behind it.</source>
        <translation>Die Treffer eines Blocks sind die gespeicherten Korpuseingaben, die ihn erreichen. Eine wenig erkundete Kante führt von einem abgedeckten Block zu einem, der nie erreicht wurde (oder weit seltener als seine Geschwister); hinter Rang 1 liegt der meiste nicht erreichte Code.</translation>
    </message>
    <message>
        <source>Filter by function…</source>
        <translation>Nach Funktion filtern…</translation>
    </message>
    <message>
        <source>Under-explored arcs</source>
        <translation>Wenig erkundete Kanten</translation>
    </message>
    <message>
        <source>None: no covered block has an arc the corpus never or rarely takes.</source>
        <translation>Keine: Kein abgedeckter Block hat eine Kante, die der Korpus nie oder selten nimmt.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Arc</source>
        <translation>Kante</translation>
    </message>
    <message>
        <source>Hits before</source>
        <translation>Treffer davor</translation>
    </message>
    <message>
        <source>Unreached behind</source>
        <translation>Nicht erreicht dahinter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>never taken</source>
        <translation>nie genommen</translation>
    </message>
    <message>
        <source>rarely taken</source>
        <translation>selten genommen</translation>
    </message>
    <message>
        <source>The first %1 of %2 arcs are listed.</source>
        <translation>Die ersten %1 von %2 Kanten sind aufgeführt.</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Quelltextstelle</translation>
    </message>
    <message>
        <source>Blocks covered</source>
        <translation>Abgedeckte Blöcke</translation>
    </message>
    <message>
        <source>Best rank</source>
        <translation>Bester Rang</translation>
    </message>
    <message>
        <source>Control-flow graphs</source>
        <translation>Kontrollflussgraphen</translation>
    </message>
    <message>
        <source>No function was entered: there is no coverage to draw yet.</source>
        <translation>Keine Funktion wurde betreten: Es gibt noch keine Abdeckung zu zeichnen.</translation>
    </message>
    <message numerus="yes">
        <source>Graphs of %n function(s): those with under-explored arcs, best rank first, then the others with coverage.</source>
        <translation>
            <numerusform>Graph von %n Funktion: die mit wenig erkundeten Kanten, bester Rang zuerst, dann die übrigen mit Abdeckung.</numerusform>
            <numerusform>Graphen von %n Funktionen: die mit wenig erkundeten Kanten, bester Rang zuerst, dann die übrigen mit Abdeckung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more with coverage are in the table only.</source>
        <translation>
            <numerusform>%n weitere mit Abdeckung steht nur in der Tabelle.</numerusform>
            <numerusform>%n weitere mit Abdeckung stehen nur in der Tabelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s) never entered are not drawn.</source>
        <translation>
            <numerusform>%n nie betretene Funktion wird nicht gezeichnet.</numerusform>
            <numerusform>%n nie betretene Funktionen werden nicht gezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 blocks covered</source>
        <translation>%1 von %2 Blöcken abgedeckt</translation>
    </message>
    <message>
        <source>Graphviz could not draw this function.</source>
        <translation>Graphviz konnte diese Funktion nicht zeichnen.</translation>
    </message>
</context>
<context>
    <name>ChangeFocus</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>test changed</source>
        <translation>Test geändert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>reading the changes was cancelled</source>
        <translation>das Lesen der Änderungen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>CorpusTransfer</name>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 bytes, more than the limit of %2</source>
        <translation>%1 Bytes, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>more than the limit of %1 bytes</source>
        <translation>mehr als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the targets: %1</source>
        <translation>Die Ziele können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the corpus of %1: %2</source>
        <translation>Der Korpus von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the failures: %1</source>
        <translation>Die Fehler können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no corpus/ directory (expected %1/corpus/&lt;target&gt;/&lt;files&gt;)</source>
        <translation>%1 hat kein Verzeichnis corpus/ (erwartet: %1/corpus/&lt;target&gt;/&lt;files&gt;)</translation>
    </message>
    <message numerus="yes">
        <source>no target named %1 in the database (run arcwise-cli fuzz first); skipped %n file(s)</source>
        <translation>
            <numerusform>Kein Ziel namens %1 in der Datenbank (führen Sie zuerst arcwise-cli fuzz aus); %n Datei übersprungen</numerusform>
            <numerusform>Kein Ziel namens %1 in der Datenbank (führen Sie zuerst arcwise-cli fuzz aus); %n Dateien übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>not a failure as export writes it</source>
        <translation>kein Fehler, wie ihn der Export schreibt</translation>
    </message>
    <message>
        <source>no target named %1 in the database</source>
        <translation>kein Ziel namens %1 in der Datenbank</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>no database given</source>
        <translation>Keine Datenbank angegeben</translation>
    </message>
    <message>
        <source>cannot open the database %1: Qt&apos;s SQLite driver (QSQLITE) is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the database</source>
        <translation>Das Verzeichnis %1 für die Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the database %1: it is not a regular file</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: Sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (it may be corrupt); it was left untouched: move it away or give another database</source>
        <translation>%1 ist keine SQLite-Datenbank (die Datei ist möglicherweise beschädigt); sie wurde nicht verändert: Verschieben Sie sie oder geben Sie eine andere Datenbank an</translation>
    </message>
    <message>
        <source>cannot read the database %1 (it may be corrupt; it was left untouched): %2</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden (sie ist möglicherweise beschädigt; sie wurde nicht verändert): %2</translation>
    </message>
    <message>
        <source>cannot switch the database %1 to WAL mode (journal mode stays %2); is it on a network file system?</source>
        <translation>Die Datenbank %1 kann nicht in den WAL-Modus geschaltet werden (der Journal-Modus bleibt %2); liegt sie auf einem Netzwerkdateisystem?</translation>
    </message>
    <message>
        <source>cannot open the %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Die %1 kann nicht geöffnet werden: Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to the %1: %2</source>
        <translation>Keine Verbindung zur %1 möglich: %2</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>the database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <source>%1 has schema version %2, this Arcwise knows up to %3: upgrade Arcwise</source>
        <translation>%1 hat die Schemaversion %2, dieses Arcwise kennt nur Versionen bis %3: Aktualisieren Sie Arcwise</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a binary needs a path</source>
        <translation>Eine Binärdatei braucht einen Pfad</translation>
    </message>
    <message>
        <source>%1: storing the binary %2 returned no id</source>
        <translation>%1: Das Speichern der Binärdatei %2 hat keine ID geliefert</translation>
    </message>
    <message>
        <source>a target needs a name</source>
        <translation>Ein Ziel braucht einen Namen</translation>
    </message>
    <message>
        <source>%1: storing the target %2 returned no id</source>
        <translation>%1: Das Speichern des Ziels %2 hat keine ID geliefert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a target status (one of: %2)</source>
        <translation>„%1“ ist kein Zielstatus (möglich sind: %2)</translation>
    </message>
    <message>
        <source>%1: there is no target with id %2</source>
        <translation>%1: Es gibt kein Ziel mit der ID %2</translation>
    </message>
    <message>
        <source>a failure needs a signature</source>
        <translation>Ein Fehler braucht eine Signatur</translation>
    </message>
    <message>
        <source>%1: storing the failure %2 returned no id</source>
        <translation>%1: Das Speichern des Fehlers %2 hat keine ID geliefert</translation>
    </message>
    <message>
        <source>%1: there is no failure with id %2</source>
        <translation>%1: Es gibt keinen Fehler mit der ID %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a failure status (one of: %2)</source>
        <translation>„%1“ ist kein Fehlerstatus (möglich sind: %2)</translation>
    </message>
    <message>
        <source>%1: no coverage is stored for the target with id %2</source>
        <translation>%1: Für das Ziel mit der ID %2 ist keine Abdeckung gespeichert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of observation (one of: %2)</source>
        <translation>„%1“ ist keine Beobachtungsart (möglich sind: %2)</translation>
    </message>
    <message>
        <source>the target() score of &apos;%1&apos; is not a number</source>
        <translation>Die target()-Bewertung von „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: unterminated IPv6 address</source>
        <translation>%1: Nicht abgeschlossene IPv6-Adresse</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; in the database URL must be non-empty and contain no spaces, quotes, backslashes or &apos;;&apos;</source>
        <translation>Der Wert von „%1“ in der Datenbank-URL darf nicht leer sein und keine Leerzeichen, Anführungszeichen, Backslashes oder „;“ enthalten</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; in the database URL (known: host, port, user, password, dbname, %2)</source>
        <translation>Unbekannter Parameter „%1“ in der Datenbank-URL (bekannt sind: host, port, user, password, dbname, %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the database URL is not a port number</source>
        <translation>„%1“ in der Datenbank-URL ist keine Portnummer</translation>
    </message>
    <message>
        <source>the database URL names no database: expected postgresql://user@host[:port]/dbname</source>
        <translation>Die Datenbank-URL nennt keine Datenbank: Erwartet wird postgresql://user@host[:port]/dbname</translation>
    </message>
    <message>
        <source>%1: unsupported database URL (use a file path, sqlite:///path or postgresql://user@host[:port]/dbname)</source>
        <translation>%1: Nicht unterstützte Datenbank-URL (verwenden Sie einen Dateipfad, sqlite:///path oder postgresql://user@host[:port]/dbname)</translation>
    </message>
    <message>
        <source>the database URL %1 names no file</source>
        <translation>Die Datenbank-URL %1 nennt keine Datei</translation>
    </message>
    <message>
        <source>socket directory %1 (port %2)</source>
        <translation>Socket-Verzeichnis %1 (Port %2)</translation>
    </message>
    <message>
        <source>the default local socket (port %1)</source>
        <translation>den lokalen Standard-Socket (Port %1)</translation>
    </message>
    <message>
        <source>PostgreSQL database &quot;%1&quot; at %2</source>
        <translation>PostgreSQL-Datenbank „%1“ über %2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot migrate %1 to schema version %2</source>
        <translation>%1 kann nicht auf die Schemaversion %2 migriert werden</translation>
    </message>
    <message>
        <source>%1: the failures could not be summed up</source>
        <translation>%1: Die Fehler konnten nicht zusammengefasst werden</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>Unter %1 gibt es keine Datenbank</translation>
    </message>
    <message>
        <source>cannot write to the database %1: %2 (commands that only read it, such as report, still work)</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden: %2 (Befehle, die sie nur lesen, etwa report, funktionieren weiterhin)</translation>
    </message>
    <message>
        <source>cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the database %1 where it is: its write-ahead log %2 holds changes that SQLite can only read with its -shm index, which cannot be created there (%3); copy the three files to a place that can be written</source>
        <translation>Die Datenbank %1 kann an ihrem Ort nicht gelesen werden: Ihr Write-Ahead-Log %2 enthält Änderungen, die SQLite nur mit dem -shm-Index lesen kann, und dieser kann dort nicht angelegt werden (%3); kopieren Sie die drei Dateien an einen beschreibbaren Ort</translation>
    </message>
    <message>
        <source>cannot switch the database %1 to WAL mode</source>
        <translation>Die Datenbank %1 kann nicht in den WAL-Modus geschaltet werden</translation>
    </message>
    <message>
        <source>cannot open the database %1</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot read the database %1</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot check the database %1</source>
        <translation>Die Datenbank %1 kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2); it was left untouched: restore it from a backup, or move it away to start afresh</source>
        <translation>Die Datenbank %1 ist beschädigt (%2); sie wurde nicht verändert: Stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, um neu zu beginnen</translation>
    </message>
    <message>
        <source>%1 is not an Arcwise database, and it cannot be made one where it is (it is read-only)</source>
        <translation>%1 ist keine Arcwise-Datenbank und kann an ihrem Ort nicht zu einer gemacht werden (sie ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and this Arcwise reads version %3; it cannot be upgraded where it is (it is read-only): copy it to a place that can be written</source>
        <translation>%1 hat die Schemaversion %2 und dieses Arcwise liest Version %3; sie kann an ihrem Ort nicht aktualisiert werden (sie ist schreibgeschützt): Kopieren Sie sie an einen beschreibbaren Ort</translation>
    </message>
    <message>
        <source>cannot write to the %1: the server&apos;s disk is full (%2)</source>
        <translation>In die %1 kann nicht geschrieben werden: Der Datenträger des Servers ist voll (%2)</translation>
    </message>
    <message>
        <source>cannot write to the database %1: the disk is full (%2)</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden: Der Datenträger ist voll (%2)</translation>
    </message>
    <message>
        <source>cannot write to %1: it is read-only (%2)</source>
        <translation>In %1 kann nicht geschrieben werden: Sie ist schreibgeschützt (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): nothing more is read from it or written to it; restore it from a backup, or move it away to start afresh</source>
        <translation>%1 ist beschädigt (%2): Es wird nichts mehr daraus gelesen oder hineingeschrieben; stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, um neu zu beginnen</translation>
    </message>
    <message>
        <source>%1 is damaged: nothing more is read from it or written to it; restore it from a backup, or move it away to start afresh</source>
        <translation>%1 ist beschädigt: Es wird nichts mehr daraus gelesen oder hineingeschrieben; stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, um neu zu beginnen</translation>
    </message>
    <message>
        <source>%1: cannot prepare a statement</source>
        <translation>%1: Eine Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>%1 (in: %2)</source>
        <translation>%1 (in: %2)</translation>
    </message>
    <message>
        <source>%1: adding the host %2 returned no id</source>
        <translation>%1: Das Hinzufügen des Hosts %2 hat keine ID geliefert</translation>
    </message>
    <message>
        <source>%1: there is no host with id %2</source>
        <translation>%1: Es gibt keinen Host mit der ID %2</translation>
    </message>
    <message>
        <source>%1: reading the last row of %2 returned nothing</source>
        <translation>%1: Das Lesen der letzten Zeile von %2 ergab nichts</translation>
    </message>
</context>
<context>
    <name>GitChanges</name>
    <message>
        <source>%1 is not in a git repository</source>
        <translation>%1 liegt in keinem git-Repository</translation>
    </message>
    <message>
        <source>the git repository of %1 has no working tree</source>
        <translation>Das git-Repository von %1 hat kein Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>the git repository %1 has no commit yet</source>
        <translation>Das git-Repository %1 hat noch keinen Commit</translation>
    </message>
    <message>
        <source>the merge-base with %1</source>
        <translation>die Merge-Base mit %1</translation>
    </message>
    <message>
        <source>cannot read the history of %1: %2</source>
        <translation>Die Historie von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the last %1 days</source>
        <translation>die letzten %1 Tage</translation>
    </message>
    <message>
        <source>the last %1</source>
        <translation>die letzten %1</translation>
    </message>
    <message>
        <source>%1 is not a commit of the git repository %2 with a common ancestor with HEAD (%3)</source>
        <translation>%1 ist kein Commit des git-Repositorys %2 mit einem gemeinsamen Vorfahren mit HEAD (%3)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot compare %1 with its working tree: %2</source>
        <translation>%1 kann nicht mit seinem Arbeitsverzeichnis verglichen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the changes of %1: %2</source>
        <translation>Die Änderungen von %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>RegressionTest</name>
    <message>
        <source>%1 is not a property test (Suite.Name): keep its input as a regression file instead.</source>
        <translation>%1 ist kein Eigenschaftstest (Suite.Name): Bewahren Sie seine Eingabe stattdessen als Regressionsdatei auf.</translation>
    </message>
    <message>
        <source>ARCWISE_TEST(%1, %2) is not in %3.</source>
        <translation>ARCWISE_TEST(%1, %2) steht nicht in %3.</translation>
    </message>
    <message>
        <source>%1 holds this example already.</source>
        <translation>%1 enthält dieses Beispiel bereits.</translation>
    </message>
</context>
<context>
    <name>Spill</name>
    <message>
        <source>cannot create the directory %1</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a failure kept by Arcwise; it was left where it is</source>
        <translation>%1 ist kein von Arcwise aufbewahrter Fehler; die Datei wurde an ihrem Ort belassen</translation>
    </message>
</context>
<context>
    <name>TargetHealth</name>
    <message>
        <source>It is mostly timing out: open its timeout failure to see the slow input, or raise the time limit per input (Settings ▸ Preferences).</source>
        <translation>Das Ziel überschreitet meist das Zeitlimit: Öffnen Sie seinen Zeitüberschreitungs-Fehler, um die langsame Eingabe zu sehen, oder erhöhen Sie das Zeitlimit pro Eingabe (Einstellungen ▸ Arcwise einrichten).</translation>
    </message>
    <message>
        <source>Its speed fell sharply, from %1 to %2 exec/s: look at its newest corpus entries and its output for a slow path, a growing input or a leak.</source>
        <translation>Seine Geschwindigkeit ist stark gefallen, von %1 auf %2 Ausf./s: Suchen Sie in seinen neuesten Korpuseinträgen und in seiner Ausgabe nach einem langsamen Pfad, einer wachsenden Eingabe oder einem Speicherleck.</translation>
    </message>
    <message>
        <source>%1% of its inputs are discarded by assume() or filter(): draw values that meet them directly (narrower strategies) instead of rejecting them.</source>
        <translation>%1 % seiner Eingaben werden von assume() oder filter() verworfen: Ziehen Sie Werte, die die Bedingungen direkt erfüllen (engere Strategien), statt sie zu verwerfen.</translation>
    </message>
    <message>
        <source>Its coverage is unstable: only %1% of inputs run again reach the same code. Global state, time, randomness or threads change what it does; reset them at the start of each example.</source>
        <translation>Seine Abdeckung ist instabil: Nur %1 % der erneut ausgeführten Eingaben erreichen denselben Code. Globaler Zustand, Zeit, Zufall oder Threads verändern sein Verhalten; setzen Sie diese zu Beginn jedes Beispiels zurück.</translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::BranchFollower</name>
    <message>
        <source>following a branch needs the git program, which is not on the PATH</source>
        <translation>Das Verfolgen eines Branches braucht das Programm git, das nicht im PATH liegt</translation>
    </message>
    <message>
        <source>%1 is not a CMake build tree: say how to build it with --build-command</source>
        <translation>%1 ist kein CMake-Build-Verzeichnis: Geben Sie mit --build-command an, wie es gebaut wird</translation>
    </message>
    <message>
        <source>building %1 needs cmake, which is not on the PATH</source>
        <translation>Das Bauen von %1 braucht cmake, das nicht im PATH liegt</translation>
    </message>
    <message>
        <source>cannot follow %1: it is not a git checkout of a branch with an upstream (%2)</source>
        <translation>%1 kann nicht verfolgt werden: Es ist kein git-Checkout eines Branches mit Upstream (%2)</translation>
    </message>
    <message>
        <source>following, at %1</source>
        <translation>wird verfolgt, Stand %1</translation>
    </message>
    <message>
        <source>cannot fetch (%1), at %2</source>
        <translation>Abruf nicht möglich (%1), Stand %2</translation>
    </message>
    <message>
        <source>up to date at %1</source>
        <translation>aktuell, Stand %1</translation>
    </message>
    <message>
        <source>the branch moved to %1: pulling</source>
        <translation>Der Branch steht jetzt auf %1: Pull läuft</translation>
    </message>
    <message>
        <source>cannot fast-forward to %1 (%2): still fuzzing %3</source>
        <translation>Fast-Forward auf %1 nicht möglich (%2): %3 wird weiter gefuzzt</translation>
    </message>
    <message>
        <source>building %1</source>
        <translation>%1 wird gebaut</translation>
    </message>
    <message>
        <source>building %1: %2</source>
        <translation>%1 wird gebaut: %2</translation>
    </message>
    <message>
        <source>the build of %1 failed (%2): the previous binaries keep fuzzing</source>
        <translation>Der Build von %1 ist fehlgeschlagen (%2): Die bisherigen Binärdateien fuzzen weiter</translation>
    </message>
    <message>
        <source>built %1</source>
        <translation>%1 gebaut</translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::Campaign</name>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>the project %1 does not exist</source>
        <translation>Das Projekt %1 existiert nicht</translation>
    </message>
    <message>
        <source>failure %1 no longer reproduces on the new build: marked fixed</source>
        <translation>Fehler %1 ist im neuen Build nicht mehr reproduzierbar: als behoben markiert</translation>
    </message>
    <message>
        <source>skipping %1: %2</source>
        <translation>%1 wird übersprungen: %2</translation>
    </message>
    <message>
        <source>no fuzz targets in %1: build them with arcwise_add_fuzz_target() or arcwise-c++ first</source>
        <translation>Keine Fuzz-Ziele in %1: Bauen Sie sie zuerst mit arcwise_add_fuzz_target() oder arcwise-c++</translation>
    </message>
    <message>
        <source>no fuzz target in %1 matches %2</source>
        <translation>Kein Fuzz-Ziel in %1 passt zu %2</translation>
    </message>
    <message>
        <source>no target left that can be fuzzed</source>
        <translation>Es ist kein Ziel mehr übrig, das gefuzzt werden kann</translation>
    </message>
    <message>
        <source>%1 cannot be fuzzed: %2</source>
        <translation>%1 kann nicht gefuzzt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3): reproducing and shrinking</source>
        <translation>%1: %2 (%3): wird reproduziert und minimiert</translation>
    </message>
    <message>
        <source>%1 was rebuilt: restarting its workers on the new build</source>
        <translation>%1 wurde neu gebaut: Die Worker-Prozesse werden mit dem neuen Build neu gestartet</translation>
    </message>
    <message>
        <source>campaign paused</source>
        <translation>Kampagne pausiert</translation>
    </message>
    <message>
        <source>campaign resumed</source>
        <translation>Kampagne fortgesetzt</translation>
    </message>
    <message>
        <source>statuses could not be stored: %1</source>
        <translation>Statuswerte konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the stored corpus could not be read: %1</source>
        <translation>Der gespeicherte Korpus konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>stored events and target() scores could not be read: %1</source>
        <translation>Gespeicherte Ereignisse und target()-Bewertungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>failures seen again could not be counted: %1</source>
        <translation>Erneut aufgetretene Fehler konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>no worker could start, so nothing was fuzzed: %1</source>
        <translation>Kein Worker-Prozess konnte starten, daher wurde nichts gefuzzt: %1</translation>
    </message>
    <message>
        <source>the targets of a rebuilt binary could not be stored: %1</source>
        <translation>Die Ziele einer neu gebauten Binärdatei konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the stored failures could not be read: %1</source>
        <translation>Die gespeicherten Fehler konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>corpus entries are stored again</source>
        <translation>Korpuseinträge werden wieder gespeichert</translation>
    </message>
    <message>
        <source>corpus entries could not be stored and are dropped until they can be: %1</source>
        <translation>Korpuseinträge konnten nicht gespeichert werden und werden verworfen, bis das wieder möglich ist: %1</translation>
    </message>
    <message>
        <source>statistics are stored again</source>
        <translation>Statistiken werden wieder gespeichert</translation>
    </message>
    <message>
        <source>statistics could not be stored and are dropped until they can be: %1</source>
        <translation>Statistiken konnten nicht gespeichert werden und werden verworfen, bis das wieder möglich ist: %1</translation>
    </message>
    <message>
        <source>events and target() scores are stored again</source>
        <translation>Ereignisse und target()-Bewertungen werden wieder gespeichert</translation>
    </message>
    <message>
        <source>events and target() scores could not be stored (they are kept and stored when they can be): %1</source>
        <translation>Ereignisse und target()-Bewertungen konnten nicht gespeichert werden (sie werden aufbewahrt und gespeichert, sobald das möglich ist): %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3) could not be stored in the database: %4</source>
        <translation>%1: %2 (%3) konnte nicht in der Datenbank gespeichert werden: %4</translation>
    </message>
    <message>
        <source>%1
%2
It is kept in %3 until the database can store it.</source>
        <translation>%1
%2
Der Fehler wird in %3 aufbewahrt, bis die Datenbank ihn speichern kann.</translation>
    </message>
    <message>
        <source>failures could not be stored in the database (%1); they are kept in %2 and stored by the next campaign that can</source>
        <translation>Fehler konnten nicht in der Datenbank gespeichert werden (%1); sie werden in %2 aufbewahrt und von der nächsten Kampagne gespeichert, die das kann</translation>
    </message>
    <message>
        <source>%1
%2
It could not be kept in %3 either (%4); its input, in base64: %5</source>
        <translation>%1
%2
Der Fehler konnte auch nicht in %3 aufbewahrt werden (%4); seine Eingabe in Base64: %5</translation>
    </message>
    <message>
        <source>failures could be neither stored in the database (%1) nor kept in %2 (%3); they were printed with their inputs</source>
        <translation>Fehler konnten weder in der Datenbank gespeichert (%1) noch in %2 aufbewahrt werden (%3); sie wurden mit ihren Eingaben ausgegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) kept in %1 belong to targets this campaign does not fuzz; they stay there</source>
        <translation>
            <numerusform>%n in %1 aufbewahrter Fehler gehört zu einem Ziel, das diese Kampagne nicht fuzzt; er bleibt dort</numerusform>
            <numerusform>%n in %1 aufbewahrte Fehler gehören zu Zielen, die diese Kampagne nicht fuzzt; sie bleiben dort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) kept in %1 while the database could not store them: storing them now</source>
        <translation>
            <numerusform>%n Fehler wurde in %1 aufbewahrt, weil die Datenbank ihn nicht speichern konnte: Er wird jetzt gespeichert</numerusform>
            <numerusform>%n Fehler wurden in %1 aufbewahrt, weil die Datenbank sie nicht speichern konnte: Sie werden jetzt gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot remove %1 (its failure is stored now as #%2)</source>
        <translation>%1 kann nicht entfernt werden (der Fehler darin ist jetzt als #%2 gespeichert)</translation>
    </message>
    <message>
        <source>%1: the failure kept in %2 is stored now as #%3</source>
        <translation>%1: Der in %2 aufbewahrte Fehler ist jetzt als #%3 gespeichert</translation>
    </message>
    <message>
        <source>stopping: %1</source>
        <translation>Wird gestoppt: %1</translation>
    </message>
    <message>
        <source>stopping at the first failure, as asked</source>
        <translation>Halt beim ersten Fehler, wie verlangt</translation>
    </message>
    <message>
        <source>cannot read what changed, so nothing is focused on: %1</source>
        <translation>Die Änderungen können nicht gelesen werden, daher gibt es keinen Schwerpunkt: %1</translation>
    </message>
    <message>
        <source>the changed code in %1 is not known (no control-flow graph): %2</source>
        <translation>Der geänderte Code in %1 ist nicht bekannt (kein Kontrollflussgraph): %2</translation>
    </message>
    <message>
        <source>changes since %1: %2 lines in %3 files, %4 lines of code in the fuzz binaries; %5 of %6 targets focused on</source>
        <translation>Änderungen seit %1: %2 Zeilen in %3 Dateien, %4 Codezeilen in den Fuzz-Binärdateien; Schwerpunkt auf %5 von %6 Zielen</translation>
    </message>
    <message>
        <source>this campaign could not be registered as a host: %1</source>
        <translation>Diese Kampagne konnte nicht als Host registriert werden: %1</translation>
    </message>
    <message>
        <source>leases are stored again</source>
        <translation>Reservierungen werden wieder gespeichert</translation>
    </message>
    <message>
        <source>worker slots could not be leased (other hosts may fuzz the same targets): %1</source>
        <translation>Worker-Plätze konnten nicht reserviert werden (andere Hosts fuzzen möglicherweise dieselben Ziele): %1</translation>
    </message>
    <message>
        <source>slices are stored again</source>
        <translation>Zeitscheiben werden wieder gespeichert</translation>
    </message>
    <message>
        <source>which target each worker fuzzed could not be stored: %1</source>
        <translation>Welches Ziel jeder Worker gefuzzt hat, konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: a failure found by another host: %2</source>
        <translation>%1: ein von einem anderen Host gefundener Fehler: %2</translation>
    </message>
    <message>
        <source>what other hosts stored could not be read: %1</source>
        <translation>Was andere Hosts gespeichert haben, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the heartbeat of this host could not be stored (other hosts will take its targets over): %1</source>
        <translation>Das Lebenszeichen dieses Hosts konnte nicht gespeichert werden (andere Hosts übernehmen seine Ziele): %1</translation>
    </message>
    <message>
        <source>the heartbeat of this host is stored again</source>
        <translation>Das Lebenszeichen dieses Hosts wird wieder gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>worker output: %n line(s) dropped (more than %1 a second)</source>
        <translation>
            <numerusform>Worker-Ausgabe: %n Zeile verworfen (mehr als %1 pro Sekunde)</numerusform>
            <numerusform>Worker-Ausgabe: %n Zeilen verworfen (mehr als %1 pro Sekunde)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[the last %n line(s) before the worker ended, whole]</source>
        <translation>
            <numerusform>[%n Zeile, die letzte vor dem Ende des Workers, vollständig]</numerusform>
            <numerusform>[die letzten %n Zeilen vor dem Ende des Workers, vollständig]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) not rebuilt since the last campaign go on from its estimates</source>
        <translation>
            <numerusform>%n seit der letzten Kampagne nicht neu gebautes Ziel setzt mit seinen Schätzungen fort</numerusform>
            <numerusform>%n seit der letzten Kampagne nicht neu gebaute Ziele setzen mit ihren Schätzungen fort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilt target(s) that no change reaches go on from their stored estimates</source>
        <translation>
            <numerusform>%n neu gebautes Ziel, das keine Änderung erreicht, setzt mit seinen gespeicherten Schätzungen fort</numerusform>
            <numerusform>%n neu gebaute Ziele, die keine Änderung erreicht, setzen mit ihren gespeicherten Schätzungen fort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::ChildProcess</name>
    <message>
        <source>cannot create a temporary directory in %1: %2</source>
        <translation>In %1 kann kein temporäres Verzeichnis angelegt werden: %2</translation>
    </message>
    <message>
        <source>a process was already started</source>
        <translation>Es wurde bereits ein Prozess gestartet</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 ist keine ausführbare Datei</translation>
    </message>
    <message>
        <source>too many descriptors for one child</source>
        <translation>Zu viele Deskriptoren für einen Kindprozess</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>[line cut at %1 bytes]</source>
        <translation>[Zeile nach %1 Bytes abgeschnitten]</translation>
    </message>
    <message>
        <source>%1 ended in an unknown way</source>
        <translation>%1 wurde auf unbekannte Weise beendet</translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::FailuresModel</name>
    <message>
        <source>crash</source>
        <translation>Absturz</translation>
    </message>
    <message>
        <source>abort</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>stack overflow</source>
        <translation>Stapelüberlauf</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>Programmende</translation>
    </message>
    <message>
        <source>sanitizer</source>
        <translation>Sanitizer</translation>
    </message>
    <message>
        <source>assertion</source>
        <translation>Assertion</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>waiting to be shrunk</source>
        <translation>wartet auf Minimierung</translation>
    </message>
    <message>
        <source>shrinking: %1 attempts, best %2 bytes, %3 of at most %4</source>
        <translation>wird minimiert: %1 Versuche, bisher bestes Ergebnis %2 Bytes, %3 von höchstens %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::Report</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Binary:</source>
        <translation>Binärdatei:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Erstmals aufgetreten:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Zuletzt aufgetreten:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Quelltextstelle:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Failure #%1: %2 in %3</source>
        <translation>Fehler #%1: %2 in %3</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Stack (top %1 of %2 frames):</source>
        <translation>Aufrufstapel (die obersten %1 von %2 Frames):</translation>
    </message>
    <message>
        <source>Stack:</source>
        <translation>Aufrufstapel:</translation>
    </message>
    <message>
        <source>Arcwise %1 report for %2</source>
        <translation>Arcwise-%1-Bericht für %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>%1 targets, %2 failing; %3 failures</source>
        <translation>Ziele: %1, davon fehlschlagend: %2; Fehler: %3</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>BINARY</source>
        <translation>BINÄRDATEI</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>EXECUTIONS</source>
        <translation>AUSFÜHRUNGEN</translation>
    </message>
    <message>
        <source>FEATURES</source>
        <translation>MERKMALE</translation>
    </message>
    <message>
        <source>CORPUS</source>
        <translation>KORPUS</translation>
    </message>
    <message>
        <source>FAILURES</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (verschollen)</translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation>Hosts: %1</translation>
    </message>
    <message>
        <source>Scaling: %1 new behaviours a minute (%2 per core-minute). %3</source>
        <translation>Skalierung: %1 neue Verhaltensweisen pro Minute (%2 pro Kernminute). %3</translation>
    </message>
    <message>
        <source>%1 is broken:</source>
        <translation>%1 ist defekt:</translation>
    </message>
    <message>
        <source>No failures.</source>
        <translation>Keine Fehler.</translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::Scaling</name>
    <message>
        <source>No estimate yet: the targets have not run long enough to tell what more cores would find.</source>
        <translation>Noch keine Schätzung: Die Ziele sind noch nicht lange genug gelaufen, um abzuschätzen, was weitere Kerne finden würden.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n core(s): one more would still find about %1 new behaviours an hour.</source>
        <translation>
            <numerusform>%n Kern hinzufügen: Ein weiterer würde noch etwa %1 neue Verhaltensweisen pro Stunde finden.</numerusform>
            <numerusform>%n Kerne hinzufügen: Ein weiterer würde noch etwa %1 neue Verhaltensweisen pro Stunde finden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n core(s): the last ones find less than one new behaviour an hour; one core is kept because the code changes every day.</source>
        <translation>
            <numerusform>%n Kern entfernen: Der letzte findet weniger als eine neue Verhaltensweise pro Stunde; ein Kern bleibt, weil sich der Code täglich ändert.</numerusform>
            <numerusform>%n Kerne entfernen: Die letzten finden weniger als eine neue Verhaltensweise pro Stunde; ein Kern bleibt, weil sich der Code täglich ändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n core(s): the last ones find less than one new behaviour an hour (the targets are near their plateau).</source>
        <translation>
            <numerusform>%n Kern entfernen: Der letzte findet weniger als eine neue Verhaltensweise pro Stunde (die Ziele sind nahe an ihrem Plateau).</numerusform>
            <numerusform>%n Kerne entfernen: Die letzten finden weniger als eine neue Verhaltensweise pro Stunde (die Ziele sind nahe an ihrem Plateau).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n core(s): the last one finds about %1 new behaviours an hour, one more would find %2.</source>
        <translation>
            <numerusform>%n Kern beibehalten: Er findet etwa %1 neue Verhaltensweisen pro Stunde, ein weiterer würde %2 finden.</numerusform>
            <numerusform>%n Kerne beibehalten: Der letzte findet etwa %1 neue Verhaltensweisen pro Stunde, ein weiterer würde %2 finden.</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1 a core-hour, the last core&apos;s new behaviours cost %2 each.</source>
        <translation>Bei %1 pro Kernstunde kostet jede neue Verhaltensweise des letzten Kerns %2.</translation>
    </message>
    <message numerus="yes">
        <source>A first guess: too few new behaviours yet (%n) to check the estimates against.</source>
        <translation>
            <numerusform>Eine erste Schätzung: Bisher zu wenige neue Verhaltensweisen (%n), um die Schätzungen daran zu prüfen.</numerusform>
            <numerusform>Eine erste Schätzung: Bisher zu wenige neue Verhaltensweisen (%n), um die Schätzungen daran zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A rough guess: the estimates have not matched what happened (median %1x the predicted time, where 0.69x is calibrated).</source>
        <translation>Eine grobe Schätzung: Die Schätzungen stimmten nicht mit dem tatsächlichen Verlauf überein (Median: das %1-Fache der vorhergesagten Zeit; kalibriert wäre das 0,69-Fache).</translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::Session</name>
    <message>
        <source>The project %1 does not exist.</source>
        <translation>Das Projekt %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a directory: open a build tree that contains fuzz targets.</source>
        <translation>%1 ist kein Verzeichnis: Öffnen Sie ein Build-Verzeichnis, das Fuzz-Ziele enthält.</translation>
    </message>
    <message>
        <source>Open a project directory or give a database URL.</source>
        <translation>Öffnen Sie ein Projektverzeichnis oder geben Sie eine Datenbank-URL an.</translation>
    </message>
    <message>
        <source>%1 cannot be fuzzed: %2</source>
        <translation>%1 kann nicht gefuzzt werden: %2</translation>
    </message>
    <message>
        <source>No fuzz targets in %1: build them with arcwise_add_fuzz_target() or arcwise-c++ first.</source>
        <translation>Keine Fuzz-Ziele in %1: Bauen Sie sie zuerst mit arcwise_add_fuzz_target() oder arcwise-c++.</translation>
    </message>
    <message numerus="yes">
        <source>%n fuzz target(s) in %1</source>
        <translation>
            <numerusform>%n Fuzz-Ziel in %1</numerusform>
            <numerusform>%n Fuzz-Ziele in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>A campaign is running already.</source>
        <translation>Es läuft bereits eine Kampagne.</translation>
    </message>
    <message>
        <source>This window follows a database; open a project directory to fuzz its targets here.</source>
        <translation>Dieses Fenster beobachtet eine Datenbank; öffnen Sie ein Projektverzeichnis, um dessen Ziele hier zu fuzzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of worker output skipped (too fast to show)</source>
        <translation>
            <numerusform>%n Zeile der Worker-Ausgabe übersprungen (zu schnell für die Anzeige)</numerusform>
            <numerusform>%n Zeilen der Worker-Ausgabe übersprungen (zu schnell für die Anzeige)</numerusform>
        </translation>
    </message>
    <message>
        <source>no target %1 in the database</source>
        <translation>Kein Ziel %1 in der Datenbank</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>Es ist kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a CMake build tree: set the build command in the preferences to follow its branch.</source>
        <translation>%1 ist kein CMake-Build-Verzeichnis: Legen Sie in den Einstellungen den Build-Befehl fest, um seinen Branch zu verfolgen.</translation>
    </message>
    <message>
        <source>The changed code cannot be marked: %1</source>
        <translation>Der geänderte Code kann nicht markiert werden: %1</translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::TargetJob</name>
    <message>
        <source>The fuzz binary %1 does not exist (was it moved or not built?)</source>
        <translation>Die Fuzz-Binärdatei %1 existiert nicht (wurde sie verschoben oder nicht gebaut?)</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 ist keine ausführbare Datei</translation>
    </message>
    <message>
        <source>Cannot write the input file %1</source>
        <translation>Die Eingabedatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 was killed before it gave a result:
%2</source>
        <translation>%1 wurde zwangsweise beendet, bevor ein Ergebnis vorlag:
%2</translation>
    </message>
    <message>
        <source>%1 ended with status %2 without a readable report:
%3</source>
        <translation>%1 endete mit Status %2 ohne lesbaren Bericht:
%3</translation>
    </message>
    <message>
        <source>Failure %1 of %2 has no stored input to write</source>
        <translation>Fehler %1 von %2 hat keine gespeicherte Eingabe, die geschrieben werden könnte</translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::TargetsModel</name>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>fuzzing</source>
        <translation>Fuzzing</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>defekt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>flaky</source>
        <translation>sporadisch</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Exec/s</source>
        <translation>Ausf./s</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>New/min</source>
        <translation>Neu/min</translation>
    </message>
    <message>
        <source>Next feature</source>
        <translation>Nächstes Merkmal</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>shrinking</source>
        <translation>wird minimiert</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message>
        <source>The share of inputs run again that reach the same code (measured while a campaign here fuzzes it)</source>
        <translation>Der Anteil erneut ausgeführter Eingaben, die denselben Code erreichen (gemessen, während eine Kampagne hier das Ziel fuzzt)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n Warnung</numerusform>
            <numerusform>⚠ %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fuzzed for</source>
        <translation>Fuzzing-Dauer</translation>
    </message>
    <message>
        <source>Last new coverage</source>
        <translation>Letzte neue Abdeckung</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::Triage</name>
    <message>
        <source>cannot write the regression file in %1</source>
        <translation>Die Regressionsdatei in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>not shrunk: the campaign ended first</source>
        <translation>Nicht minimiert: Die Kampagne endete vorher</translation>
    </message>
    <message>
        <source>could not check failure %1 on the new build of %2: %3</source>
        <translation>Fehler %1 konnte im neuen Build von %2 nicht geprüft werden: %3</translation>
    </message>
    <message>
        <source>(found on an earlier build; the current build does not fail)</source>
        <translation>(in einem früheren Build gefunden; der aktuelle Build schlägt nicht fehl)</translation>
    </message>
    <message>
        <source>(did not fail again when reproduced in a fresh process)</source>
        <translation>(trat bei der Reproduktion in einem neuen Prozess nicht erneut auf)</translation>
    </message>
    <message>
        <source>cannot write the input to shrink in %1</source>
        <translation>Die zu minimierende Eingabe kann nicht in %1 geschrieben werden</translation>
    </message>
    <message>
        <source>not shrunk: %1</source>
        <translation>Nicht minimiert: %1</translation>
    </message>
    <message>
        <source>(could not be reproduced: %1; %2)</source>
        <translation>(konnte nicht reproduziert werden: %1; %2)</translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::WorkerProcess</name>
    <message>
        <source>%1 speaks protocol %2, this Arcwise speaks %3: rebuild it against this Arcwise</source>
        <translation>%1 spricht Protokoll %2, dieses Arcwise spricht %3: Bauen Sie es mit diesem Arcwise neu</translation>
    </message>
    <message>
        <source>malformed message from the worker: %1</source>
        <translation>Fehlerhafte Nachricht vom Worker-Prozess: %1</translation>
    </message>
    <message>
        <source>cannot create the control channel of %1: %2</source>
        <translation>Der Steuerkanal von %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create the input mapping of %1: %2</source>
        <translation>Die Speicherabbildung für Eingaben von %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>no private temporary directory: %1</source>
        <translation>Kein eigenes temporäres Verzeichnis: %1</translation>
    </message>
    <message>
        <source>cannot use the control channel of %1</source>
        <translation>Der Steuerkanal von %1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>this worker sends invalid numbers (NaN, infinite or out of range): those fields are ignored, the rest of its messages is used</source>
        <translation>Dieser Worker-Prozess sendet ungültige Zahlen (NaN, unendlich oder außerhalb des Wertebereichs): Diese Felder werden ignoriert, der Rest seiner Nachrichten wird verwendet</translation>
    </message>
    <message>
        <source>%1 sent %2 before saying hello</source>
        <translation>%1 hat %2 vor der Anmeldung (Hello) gesendet</translation>
    </message>
    <message>
        <source>dropping corpus entries larger than %1 bytes from this worker (one of %2 bytes)</source>
        <translation>Korpuseinträge dieses Worker-Prozesses, die größer als %1 Bytes sind, werden verworfen (einer hatte %2 Bytes)</translation>
    </message>
    <message>
        <source>this worker sends more new corpus entries than the campaign takes (%1 a second, %2 MiB a second): dropping the excess</source>
        <translation>Dieser Worker-Prozess sendet mehr neue Korpuseinträge, als die Kampagne annimmt (%1 pro Sekunde, %2 MiB pro Sekunde): Der Überschuss wird verworfen</translation>
    </message>
    <message>
        <source>this worker sends statistics more often than %1 times a second: dropping the excess</source>
        <translation>Dieser Worker-Prozess sendet Statistiken öfter als %1-mal pro Sekunde: Der Überschuss wird verworfen</translation>
    </message>
    <message>
        <source>%1 did not say hello within %2 s%3</source>
        <translation>%1 hat sich nicht innerhalb von %2 s angemeldet (kein Hello)%3</translation>
    </message>
    <message>
        <source>hang: no message for %1 s</source>
        <translation>Hänger: seit %1 s keine Nachricht</translation>
    </message>
    <message>
        <source>%1 exited before it said hello (%2)%3</source>
        <translation>%1 wurde vor der Anmeldung (Hello) beendet (%2)%3</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::CfgFunctionModel</name>
    <message>
        <source>%1
%2:%3
%4 of %5 blocks covered</source>
        <translation>%1
%2:%3
%4 von %5 Blöcken abgedeckt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>The rank of the function&apos;s best under-explored arc (1: the most code unreached behind it)</source>
        <translation>Der Rang der bestplatzierten wenig erkundeten Kante der Funktion (1: der meiste nicht erreichte Code dahinter)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::CfgPage</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Search functions…</source>
        <translation>Funktionen suchen…</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Arc</source>
        <translation>Kante</translation>
    </message>
    <message>
        <source>Unreached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Under-explored arcs of this function:</source>
        <translation>Wenig erkundete Kanten dieser Funktion:</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back to the function shown before</source>
        <translation>Zurück zur zuvor angezeigten Funktion</translation>
    </message>
    <message>
        <source>Zoom in (or the mouse wheel)</source>
        <translation>Vergrößern (oder mit dem Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out (or the mouse wheel)</source>
        <translation>Verkleinern (oder mit dem Mausrad)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Den ganzen Graphen anzeigen</translation>
    </message>
    <message>
        <source>Click a block to see its source and the smallest input that reaches it; double-click a call to open its graph.</source>
        <translation>Klicken Sie auf einen Block, um seinen Quelltext und die kleinste Eingabe zu sehen, die ihn erreicht; doppelklicken Sie auf einen Aufruf, um seinen Graphen zu öffnen.</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 blocks covered</source>
        <translation>%1 — %2 von %3 Blöcken abgedeckt</translation>
    </message>
    <message>
        <source>Laying out %1 blocks…</source>
        <translation>%1 Blöcke werden angeordnet…</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>Der Graph konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Never taken: the destination was never reached</source>
        <translation>Nie genommen: Der Zielblock wurde nie erreicht</translation>
    </message>
    <message>
        <source>Rarely taken, against its siblings</source>
        <translation>Selten genommen im Vergleich zu ihren Geschwisterkanten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no line</source>
        <translation>keine Zeile</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>reached by %n input(s)</source>
        <translation>
            <numerusform>von %n Eingabe erreicht</numerusform>
            <numerusform>von %n Eingaben erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>never reached</source>
        <translation>nie erreicht</translation>
    </message>
    <message>
        <source>No source location for this block.</source>
        <translation>Für diesen Block ist keine Quelltextstelle bekannt.</translation>
    </message>
    <message>
        <source>No stored input reaches this block.</source>
        <translation>Keine gespeicherte Eingabe erreicht diesen Block.</translation>
    </message>
    <message>
        <source>Smallest input that reaches it: corpus entry %1</source>
        <translation>Kleinste Eingabe, die ihn erreicht: Korpuseintrag %1</translation>
    </message>
    <message>
        <source>Running the target to print its draws…</source>
        <translation>Das Ziel wird ausgeführt, um seine gezogenen Werte auszugeben…</translation>
    </message>
    <message>
        <source>There is no graph to export yet.</source>
        <translation>Es gibt noch keinen Graphen zum Exportieren.</translation>
    </message>
    <message>
        <source>Control-flow graph of %1, coloured by corpus hits (Arcwise)</source>
        <translation>Kontrollflussgraph von %1, nach Korpustreffern eingefärbt (Arcwise)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The graph is too large for an image.</source>
        <translation>Der Graph ist zu groß für ein Bild.</translation>
    </message>
    <message>
        <source>There is no control-flow graph to report on.</source>
        <translation>Es gibt keinen Kontrollflussgraphen, über den berichtet werden könnte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Graph as SVG</source>
        <translation>Graphen als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Graphen exportieren</translation>
    </message>
    <message>
        <source>Export Graph as PNG</source>
        <translation>Graphen als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Coverage Report</source>
        <translation>Abdeckungsbericht exportieren</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>Show &amp;library code</source>
        <translation>&amp;Bibliothekscode anzeigen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export this graph as SVG or PNG, or the whole coverage as HTML</source>
        <translation>Diesen Graphen als SVG oder PNG exportieren oder die gesamte Abdeckung als HTML</translation>
    </message>
    <message>
        <source>Graph as SVG…</source>
        <translation>Graph als SVG…</translation>
    </message>
    <message>
        <source>Graph as PNG…</source>
        <translation>Graph als PNG…</translation>
    </message>
    <message>
        <source>Coverage as an HTML report…</source>
        <translation>Abdeckung als HTML-Bericht…</translation>
    </message>
    <message>
        <source>The target whose control flow and coverage are shown</source>
        <translation>Das Ziel, dessen Kontrollfluss und Abdeckung angezeigt werden</translation>
    </message>
    <message>
        <source>choose a target</source>
        <translation>Ziel auswählen</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Off: the user&apos;s code only; library code inlined into it is one block at the line that calls it, and only the user&apos;s code is ranked. On: every function and block of the binary.</source>
        <translation>Aus: nur der Code des Benutzers; darin eingebetteter Bibliothekscode ist ein Block an der Zeile, die ihn aufruft, und nur der Code des Benutzers erhält einen Rang. An: jede Funktion und jeder Block der Binärdatei.</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Source coverage</source>
        <translation>Quelltextabdeckung</translation>
    </message>
    <message>
        <source>No control-flow graph loaded.

Choose a target above, or double-click one on the Targets page.
Its fuzz binary needs -fsanitize-coverage=control-flow (clang 16 or later),
which arcwise_add_fuzz_target() adds.</source>
        <translation>Kein Kontrollflussgraph geladen.

Wählen Sie oben ein Ziel aus oder doppelklicken Sie auf der Seite „Ziele“ auf eines.
Seine Fuzz-Binärdatei braucht -fsanitize-coverage=control-flow (clang 16 oder neuer),
das arcwise_add_fuzz_target() hinzufügt.</translation>
    </message>
    <message>
        <source>Loading the control-flow graph of %1…</source>
        <translation>Der Kontrollflussgraph von %1 wird geladen…</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <source>No control-flow graph for this target:
%1

Its fuzz binary needs -fsanitize-coverage=control-flow (clang 16 or later), which arcwise_add_fuzz_target() adds.</source>
        <translation>Kein Kontrollflussgraph für dieses Ziel:
%1

Seine Fuzz-Binärdatei braucht -fsanitize-coverage=control-flow (clang 16 oder neuer), das arcwise_add_fuzz_target() hinzufügt.</translation>
    </message>
    <message>
        <source>Adding the library code…</source>
        <translation>Der Bibliothekscode wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Folding the graph to the user&apos;s code…</source>
        <translation>Der Graph wird auf den Code des Benutzers reduziert…</translation>
    </message>
    <message>
        <source>The control-flow graph of this target has no functions.</source>
        <translation>Der Kontrollflussgraph dieses Ziels enthält keine Funktionen.</translation>
    </message>
    <message>
        <source>No control-flow graph loaded.

Choose a target above, or double-click one on the Targets page.</source>
        <translation>Kein Kontrollflussgraph geladen.

Wählen Sie oben ein Ziel aus oder doppelklicken Sie auf der Seite „Ziele“ auf eines.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 functions entered, %3 of %4 blocks covered, %n under-explored arc(s)</source>
        <translation>
            <numerusform>%1 von %2 Funktionen betreten, %3 von %4 Blöcken abgedeckt, %n wenig erkundete Kante</numerusform>
            <numerusform>%1 von %2 Funktionen betreten, %3 von %4 Blöcken abgedeckt, %n wenig erkundete Kanten</numerusform>
        </translation>
    </message>
    <message>
        <source>No function of this graph is shown.</source>
        <translation>Keine Funktion dieses Graphen wird angezeigt.</translation>
    </message>
    <message>
        <source>%1
%2:%3</source>
        <translation>%1
%2:%3</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(keine Datei)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No line of its own: shown at the nearest line of its function.</source>
        <translation>Keine eigene Zeile: an der nächstgelegenen Zeile seiner Funktion angezeigt.</translation>
    </message>
    <message>
        <source>Library code inlined here, from %1:%2</source>
        <translation>Hier eingebetteter Bibliothekscode aus %1:%2</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::CfgScene</name>
    <message>
        <source>Double-click to open the called function&apos;s graph</source>
        <translation>Doppelklicken, um den Graphen der aufgerufenen Funktion zu öffnen</translation>
    </message>
    <message>
        <source>%1:%2
hits %3
click: source and smallest input</source>
        <translation>%1:%2
Treffer: %3
Klick: Quelltext und kleinste Eingabe</translation>
    </message>
    <message>
        <source>Under-explored arc #%1: %2 blocks unreached behind it</source>
        <translation>Wenig erkundete Kante #%1: %2 nicht erreichte Blöcke dahinter</translation>
    </message>
    <message numerus="yes">
        <source>Arc taken by %n input(s)</source>
        <translation>
            <numerusform>Kante von %n Eingabe genommen</numerusform>
            <numerusform>Kante von %n Eingaben genommen</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>under-explored #rank</source>
        <translation>wenig erkundet #Rang</translation>
    </message>
    <message>
        <source>Hits:</source>
        <translation>Treffer:</translation>
    </message>
    <message>
        <source>changed: new in %1</source>
        <translation>geändert: neu in %1</translation>
    </message>
    <message>
        <source>changed since %1 (%2)</source>
        <translation>geändert seit %1 (%2)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::DashboardView</name>
    <message>
        <source>No statistics yet: start a campaign</source>
        <translation>Noch keine Statistiken: Starten Sie eine Kampagne</translation>
    </message>
    <message>
        <source>X axis:</source>
        <translation>X-Achse:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Y scale:</source>
        <translation>Y-Skala:</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation>Logarithmisch</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Corpus size</source>
        <translation>Korpusgröße</translation>
    </message>
    <message>
        <source>Failures found</source>
        <translation>Gefundene Fehler</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Distinct failures</source>
        <translation>Verschiedene Fehler</translation>
    </message>
    <message>
        <source>%1 (billions)</source>
        <translation>%1 (Milliarden)</translation>
    </message>
    <message>
        <source>%1 (millions)</source>
        <translation>%1 (Millionen)</translation>
    </message>
    <message>
        <source>%1 (thousands)</source>
        <translation>%1 (Tausend)</translation>
    </message>
    <message>
        <source>Time (minutes)</source>
        <translation>Zeit (Minuten)</translation>
    </message>
    <message>
        <source>Time (hours)</source>
        <translation>Zeit (Stunden)</translation>
    </message>
    <message>
        <source>Time (days)</source>
        <translation>Zeit (Tage)</translation>
    </message>
    <message>
        <source>Time (seconds)</source>
        <translation>Zeit (Sekunden)</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>exec/s</source>
        <translation>Ausf./s</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::FailureDetail</name>
    <message>
        <source>Minimise further</source>
        <translation>Weiter minimieren</translation>
    </message>
    <message>
        <source>Shrink the example again with a larger budget; a smaller one is stored</source>
        <translation>Das Beispiel erneut mit größerem Budget minimieren; ein kleineres wird gespeichert</translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation>Reproduzieren</translation>
    </message>
    <message>
        <source>Run the target once on the minimal input and show its output</source>
        <translation>Das Ziel einmal mit der minimalen Eingabe ausführen und seine Ausgabe anzeigen</translation>
    </message>
    <message>
        <source>Copy reproducer</source>
        <translation>Reproduktionsbefehl kopieren</translation>
    </message>
    <message>
        <source>Copy a shell command line that reproduces this failure</source>
        <translation>Eine Shell-Befehlszeile kopieren, die diesen Fehler reproduziert</translation>
    </message>
    <message>
        <source>Export input…</source>
        <translation>Eingabe exportieren…</translation>
    </message>
    <message>
        <source>Write regression file</source>
        <translation>Regressionsdatei schreiben</translation>
    </message>
    <message>
        <source>Store the minimal input where the test binary&apos;s unit-test mode replays it, so CTest keeps checking it</source>
        <translation>Die minimale Eingabe dort ablegen, wo der Unit-Test-Modus der Testbinärdatei sie abspielt, damit CTest sie weiterhin prüft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Minimal example</source>
        <translation>Minimales Beispiel</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Stack and source</source>
        <translation>Aufrufstapel und Quelltext</translation>
    </message>
    <message>
        <source>Reproduce runs the target once on the minimal input; its output appears here.</source>
        <translation>„Reproduzieren“ führt das Ziel einmal mit der minimalen Eingabe aus; seine Ausgabe erscheint hier.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Select a failure to see its minimal example, input and stack.</source>
        <translation>Wählen Sie einen Fehler aus, um sein minimales Beispiel, seine Eingabe und seinen Aufrufstapel zu sehen.</translation>
    </message>
    <message>
        <source>%1 attempts · best %2 choices, %3 bytes · %4 s</source>
        <translation>%1 Versuche · bisher bestes: %2 Entscheidungen, %3 Bytes · %4 s</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Signature: %1
Build: %2</source>
        <translation>Signatur: %1
Build: %2</translation>
    </message>
    <message>
        <source>This target takes raw bytes (a libFuzzer harness): its minimal input is on the Input page.</source>
        <translation>Dieses Ziel verarbeitet rohe Bytes (ein libFuzzer-Harness): Seine minimale Eingabe steht auf der Seite „Eingabe“.</translation>
    </message>
    <message numerus="yes">
        <source>The minimal input as a choice sequence (%n byte(s)): what Export input writes and the binary&apos;s --shrink reads.</source>
        <translation>
            <numerusform>Die minimale Eingabe als Entscheidungsfolge (%n Byte): das, was „Eingabe exportieren“ schreibt und --shrink der Binärdatei liest.</numerusform>
            <numerusform>Die minimale Eingabe als Entscheidungsfolge (%n Bytes): das, was „Eingabe exportieren“ schreibt und --shrink der Binärdatei liest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The minimal input: %n byte(s) as the harness reads them.</source>
        <translation>
            <numerusform>Die minimale Eingabe: %n Byte, so wie das Harness es liest.</numerusform>
            <numerusform>Die minimale Eingabe: %n Bytes, so wie das Harness sie liest.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Minimising…</source>
        <translation>Wird minimiert…</translation>
    </message>
    <message>
        <source>Running the target…</source>
        <translation>Ziel wird ausgeführt…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failure %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>Still fails: %1 — %2</source>
        <translation>Schlägt weiterhin fehl: %1 — %2</translation>
    </message>
    <message>
        <source>It does not fail any more.</source>
        <translation>Der Fehler tritt nicht mehr auf.</translation>
    </message>
    <message>
        <source>Failure %1 reproduced: %2</source>
        <translation>Fehler %1 reproduziert: %2</translation>
    </message>
    <message>
        <source>It does not fail any more: nothing to minimise.</source>
        <translation>Der Fehler tritt nicht mehr auf: Es gibt nichts zu minimieren.</translation>
    </message>
    <message>
        <source>Smaller example stored: %1 → %2 bytes.</source>
        <translation>Kleineres Beispiel gespeichert: %1 → %2 Bytes.</translation>
    </message>
    <message>
        <source>The shrunk example fails differently (%1); the stored one is kept.</source>
        <translation>Das minimierte Beispiel schlägt anders fehl (%1); das gespeicherte wird beibehalten.</translation>
    </message>
    <message>
        <source>No smaller example found: this one is minimal for the shrinker.</source>
        <translation>Kein kleineres Beispiel gefunden: Dieses ist für den Minimierer bereits minimal.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reproducer copied to the clipboard.</source>
        <translation>Reproduktionsbefehl in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Reproducer for failure %1: %2</source>
        <translation>Reproduktionsbefehl für Fehler %1: %2</translation>
    </message>
    <message>
        <source>Export the minimal input</source>
        <translation>Minimale Eingabe exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n byte(s) to %1.</source>
        <translation>
            <numerusform>%n Byte nach %1 exportiert.</numerusform>
            <numerusform>%n Bytes nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regression file written: %1. The test binary replays it in its unit-test mode (as CTest runs it) before its examples.</source>
        <translation>Regressionsdatei geschrieben: %1. Die Testbinärdatei spielt sie in ihrem Unit-Test-Modus (so wie CTest sie ausführt) vor ihren Beispielen ab.</translation>
    </message>
    <message>
        <source>#%1 · &lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt; · %4 · first %5 · last %6 · %7</source>
        <translation>#%1 · &lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt; · %4 · zuerst %5 · zuletzt %6 · %7</translation>
    </message>
    <message numerus="yes">
        <source>seen %n time(s)</source>
        <translation>
            <numerusform>%n-mal aufgetreten</numerusform>
            <numerusform>%n-mal aufgetreten</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy replay command</source>
        <translation>Befehl zum erneuten Ausführen kopieren</translation>
    </message>
    <message>
        <source>Copy the shell command line that runs the binary on the failing input</source>
        <translation>Die Shell-Befehlszeile kopieren, die die Binärdatei mit der fehlschlagenden Eingabe ausführt</translation>
    </message>
    <message>
        <source>Copy regression test</source>
        <translation>Regressionstest kopieren</translation>
    </message>
    <message>
        <source>Save into the test file</source>
        <translation>In die Testdatei speichern</translation>
    </message>
    <message>
        <source>Add the example to the test&apos;s source file, as the diff shows; CTest then replays it before the test&apos;s examples</source>
        <translation>Das Beispiel in die Quelltextdatei des Tests einfügen, wie der Diff zeigt; CTest spielt es dann vor den Beispielen des Tests ab</translation>
    </message>
    <message>
        <source>Regression test copied to the clipboard.</source>
        <translation>Regressionstest in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Reproducers</source>
        <translation>Reproduktion</translation>
    </message>
    <message>
        <source>%1 in %2 (being shrunk)</source>
        <translation>%1 in %2 (wird minimiert)</translation>
    </message>
    <message>
        <source>Found %1 and being reproduced and shrunk in a fresh process: the minimal example replaces this when the shrink ends. The input as found is on the Input page.</source>
        <translation>Gefunden: %1; wird in einem neuen Prozess reproduziert und minimiert: Das minimale Beispiel ersetzt dies, sobald die Minimierung endet. Die Eingabe, wie sie gefunden wurde, steht auf der Seite „Eingabe“.</translation>
    </message>
    <message numerus="yes">
        <source>The input as found: %n byte(s) as the target reads them.</source>
        <translation>
            <numerusform>Die Eingabe, wie sie gefunden wurde: %n Byte, so wie das Ziel es liest.</numerusform>
            <numerusform>Die Eingabe, wie sie gefunden wurde: %n Bytes, so wie das Ziel sie liest.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reproducers are ready once the failure is shrunk and stored.</source>
        <translation>Die Reproduktionsbefehle sind bereit, sobald der Fehler minimiert und gespeichert ist.</translation>
    </message>
    <message>
        <source># Replay (from any directory):</source>
        <translation># Erneut ausführen (aus jedem Verzeichnis):</translation>
    </message>
    <message>
        <source>The test&apos;s source file is not known.</source>
        <translation>Die Quelltextdatei des Tests ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A harness keeps its failures as regression-corpus files.</source>
        <translation>Ein Harness bewahrt seine Fehler als Dateien im Regressionskorpus auf.</translation>
    </message>
    <message>
        <source>Replay it, or keep it as a test: the diff adds the failing example to %1 (ARCWISE_EXAMPLE), which the test binary replays first under CTest until the bug is fixed.</source>
        <translation>Führen Sie ihn erneut aus oder behalten Sie ihn als Test: Der Diff fügt das fehlschlagende Beispiel zu %1 hinzu (ARCWISE_EXAMPLE), das die Testbinärdatei unter CTest zuerst abspielt, bis der Fehler behoben ist.</translation>
    </message>
    <message>
        <source># Regression test (a diff against the test&apos;s file):</source>
        <translation># Regressionstest (ein Diff gegen die Datei des Tests):</translation>
    </message>
    <message>
        <source>Replay it, or keep it as a regression: Write regression file stores the input where the binary&apos;s unit-test mode replays it; the CTest line below replays it with the plain binary.</source>
        <translation>Führen Sie ihn erneut aus oder behalten Sie ihn als Regression: „Regressionsdatei schreiben“ legt die Eingabe dort ab, wo der Unit-Test-Modus der Binärdatei sie abspielt; die CTest-Zeile unten spielt sie mit der bloßen Binärdatei ab.</translation>
    </message>
    <message>
        <source># CTest (after Write regression file):</source>
        <translation># CTest (nach „Regressionsdatei schreiben“):</translation>
    </message>
    <message>
        <source>Regression test added to %1.</source>
        <translation>Regressionstest zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Regression file written: %1</source>
        <translation>Regressionsdatei geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::FailuresPage</name>
    <message>
        <source>All targets</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Open (not fixed or ignored)</source>
        <translation>Offen (nicht behoben oder ignoriert)</translation>
    </message>
    <message>
        <source>Filter by target, kind, message or signature</source>
        <translation>Nach Ziel, Art, Meldung oder Signatur filtern</translation>
    </message>
    <message>
        <source>Mark…</source>
        <translation>Markieren…</translation>
    </message>
    <message>
        <source>Set the status of the selected failures, with a reason</source>
        <translation>Den Status der ausgewählten Fehler setzen, mit einer Begründung</translation>
    </message>
    <message>
        <source>No failures yet. Start a campaign: every failure it finds is listed here at once, reproduced and shrunk to a minimal example.</source>
        <translation>Noch keine Fehler. Starten Sie eine Kampagne: Jeder gefundene Fehler wird sofort hier aufgeführt, reproduziert und auf ein minimales Beispiel minimiert.</translation>
    </message>
    <message>
        <source>No failure matches the filter.</source>
        <translation>Kein Fehler entspricht dem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 failures</source>
        <translation>%1 von %2 Fehlern</translation>
    </message>
    <message>
        <source>Open the Target&apos;s Page</source>
        <translation>Seite des Ziels öffnen</translation>
    </message>
    <message>
        <source>Show Its Control-Flow Graph</source>
        <translation>Kontrollflussgraphen des Ziels anzeigen</translation>
    </message>
    <message>
        <source>Show the Failing Source Line</source>
        <translation>Fehlschlagende Quelltextzeile anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Failures %1…</source>
        <translation>
            <numerusform>%n Fehler als %1 markieren…</numerusform>
            <numerusform>%n Fehler als %1 markieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1…</source>
        <translation>Als %1 markieren…</translation>
    </message>
    <message>
        <source>Select stored failures first (one being shrunk has no status)</source>
        <translation>Wählen Sie zuerst gespeicherte Fehler aus (ein Fehler, der gerade minimiert wird, hat keinen Status)</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n failure(s) %1? (kept with the status; may stay empty)</source>
        <translation>
            <numerusform>Warum ist %n Fehler %1? (wird mit dem Status gespeichert; darf leer bleiben)</numerusform>
            <numerusform>Warum sind diese %n Fehler %1? (wird mit dem Status gespeichert; darf leer bleiben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) marked %1</source>
        <translation>
            <numerusform>%n Fehler als %1 markiert</numerusform>
            <numerusform>%n Fehler als %1 markiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arcwise::ui::FollowControls</name>
    <message>
        <source>&amp;Follow the Branch</source>
        <translation>Branch &amp;verfolgen</translation>
    </message>
    <message>
        <source>Campaigns started from now on fetch the sources&apos; branch every fetch interval; when it moved, they pull, build with the build command (Preferences) and fuzz the new binaries with the corpus kept</source>
        <translation>Ab jetzt gestartete Kampagnen rufen den Branch der Quellen in jedem Abrufintervall ab; hat er sich bewegt, holen sie ihn (Pull), bauen mit dem Build-Befehl (Einstellungen) und fuzzen die neuen Binärdateien mit dem bisherigen Korpus</translation>
    </message>
    <message>
        <source>Fetch the Branch &amp;Now</source>
        <translation>Branch jetzt &amp;abrufen</translation>
    </message>
    <message>
        <source>Fetch the followed branch now instead of at the next interval</source>
        <translation>Den verfolgten Branch jetzt abrufen statt erst beim nächsten Intervall</translation>
    </message>
    <message>
        <source>The branch is no longer followed</source>
        <translation>Der Branch wird nicht mehr verfolgt</translation>
    </message>
    <message>
        <source>The followed branch at %1 could not be pulled or built; the previous binaries keep fuzzing. Its output:
%2</source>
        <translation>Der verfolgte Branch bei %1 konnte nicht geholt oder gebaut werden; die bisherigen Binärdateien fuzzen weiter. Seine Ausgabe:
%2</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Branch: %1</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>abgerufen %1</translation>
    </message>
    <message>
        <source>Last pulled and built: %1 at %2</source>
        <translation>Zuletzt geholt und gebaut: %1 um %2</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::HexView</name>
    <message>
        <source>(empty input)</source>
        <translation>(leere Eingabe)</translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation>Als Hex kopieren</translation>
    </message>
    <message>
        <source>Copy as C Array</source>
        <translation>Als C-Array kopieren</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::HostsPage</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Exec/s</source>
        <translation>Ausf./s</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Letztes Lebenszeichen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>verschollen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>No sign of life for %1 s: its leases have expired and the other hosts take its targets over.</source>
        <translation>Seit %1 s kein Lebenszeichen: Seine Reservierungen sind abgelaufen und die anderen Hosts übernehmen seine Ziele.</translation>
    </message>
    <message>
        <source>No host has fuzzed this database yet. Every campaign, here or arcwise-cli fuzz on another machine with the same --db, appears here.</source>
        <translation>Noch kein Host hat mit dieser Datenbank gefuzzt. Jede Kampagne, hier oder mit arcwise-cli fuzz auf einem anderen Rechner mit derselben --db, erscheint hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) running</source>
        <translation>
            <numerusform>%n Host läuft</numerusform>
            <numerusform>%n Hosts laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n stale (lost without stopping)</source>
        <translation>
            <numerusform>, %n verschollen (ohne regulären Stopp weggefallen)</numerusform>
            <numerusform>, %n verschollen (ohne regulären Stopp weggefallen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. The timeline shows what each worker fuzzed in the last %n minutes.</source>
        <translation>
            <numerusform>. Die Zeitleiste zeigt, was jeder Worker in der letzten %n Minute gefuzzt hat.</numerusform>
            <numerusform>. Die Zeitleiste zeigt, was jeder Worker in den letzten %n Minuten gefuzzt hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arcwise::ui::InputPane</name>
    <message numerus="yes">
        <source>Smallest input that reaches it: corpus entry %1, %n byte(s) as the harness reads them</source>
        <translation>
            <numerusform>Kleinste Eingabe, die ihn erreicht: Korpuseintrag %1, %n Byte, so wie das Harness es liest</numerusform>
            <numerusform>Kleinste Eingabe, die ihn erreicht: Korpuseintrag %1, %n Bytes, so wie das Harness sie liest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arcwise::ui::LogPane</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Arcwise&apos;s messages</source>
        <translation>Meldungen von Arcwise</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Worker output</source>
        <translation>Worker-Ausgabe</translation>
    </message>
    <message>
        <source>Filter by target, binary or text</source>
        <translation>Nach Ziel, Binärdatei oder Text filtern</translation>
    </message>
    <message>
        <source>  (× %1)</source>
        <translation>  (× %1)</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::MainWindow</name>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>No fuzz targets in %1. Build them with arcwise_add_fuzz_target() or arcwise-c++, then open the build tree.</source>
        <translation>Keine Fuzz-Ziele in %1. Bauen Sie sie mit arcwise_add_fuzz_target() oder arcwise-c++ und öffnen Sie dann das Build-Verzeichnis.</translation>
    </message>
    <message>
        <source>Opened %1 (database %2)</source>
        <translation>%1 geöffnet (Datenbank %2)</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Campaign started</source>
        <translation>Kampagne gestartet</translation>
    </message>
    <message>
        <source>Cannot start the campaign</source>
        <translation>Die Kampagne kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Campaign finished</source>
        <translation>Kampagne beendet</translation>
    </message>
    <message>
        <source>New failure in %1: %2 — %3</source>
        <translation>Neuer Fehler in %1: %2 — %3</translation>
    </message>
    <message>
        <source>Failures (%1 new)</source>
        <translation>Fehler (%1 neu)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a build tree and list its fuzz targets</source>
        <translation>Ein Build-Verzeichnis öffnen und seine Fuzz-Ziele auflisten</translation>
    </message>
    <message>
        <source>&amp;Follow a Database…</source>
        <translation>Datenbank be&amp;obachten…</translation>
    </message>
    <message>
        <source>Show a campaign that arcwise-cli processes are storing in a database</source>
        <translation>Eine Kampagne anzeigen, die arcwise-cli-Prozesse in einer Datenbank speichern</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Fuzz the targets on the chosen number of cores</source>
        <translation>Die Ziele auf der gewählten Anzahl von Kernen fuzzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the workers; failures being shrunk are finished first</source>
        <translation>Die Worker-Prozesse stoppen; laufende Minimierungen von Fehlern werden vorher abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Arcwise &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;About Arcwise</source>
        <translation>&amp;Über Arcwise</translation>
    </message>
    <message>
        <source>About Arcwise</source>
        <translation>Über Arcwise</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Arcwise %1&lt;/h3&gt;&lt;p&gt;Adaptive, coverage-guided fuzzing of property-based tests for C and C++.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Arcwise %1&lt;/h3&gt;&lt;p&gt;Adaptives, abdeckungsgesteuertes Fuzzing von eigenschaftsbasierten Tests für C und C++.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Failures</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source> Fuzz </source>
        <translation> Fuzzing für </translation>
    </message>
    <message>
        <source>all targets</source>
        <translation>alle Ziele</translation>
    </message>
    <message>
        <source>selected targets</source>
        <translation>ausgewählte Ziele</translation>
    </message>
    <message>
        <source>Which targets Start fuzzes</source>
        <translation>Welche Ziele „Starten“ fuzzt</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>alle Kerne (%1)</translation>
    </message>
    <message>
        <source>A campaign is running</source>
        <translation>Eine Kampagne läuft</translation>
    </message>
    <message>
        <source>Stop the running campaign before opening another project.</source>
        <translation>Stoppen Sie die laufende Kampagne, bevor Sie ein anderes Projekt öffnen.</translation>
    </message>
    <message>
        <source>Following %1…</source>
        <translation>%1 wird beobachtet…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Open a project (a build tree)</source>
        <translation>Projekt öffnen (ein Build-Verzeichnis)</translation>
    </message>
    <message>
        <source>Follow a database</source>
        <translation>Datenbank beobachten</translation>
    </message>
    <message>
        <source>Database URL (a SQLite file, or postgresql://user@host/db) that arcwise-cli campaigns are storing into:</source>
        <translation>Datenbank-URL (eine SQLite-Datei oder postgresql://user@host/db), in die arcwise-cli-Kampagnen speichern:</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Open a project before starting a campaign.</source>
        <translation>Öffnen Sie ein Projekt, bevor Sie eine Kampagne starten.</translation>
    </message>
    <message>
        <source>Invalid settings</source>
        <translation>Ungültige Einstellungen</translation>
    </message>
    <message>
        <source>No target selected</source>
        <translation>Kein Ziel ausgewählt</translation>
    </message>
    <message>
        <source>Select the targets to fuzz in the target list, or fuzz all targets.</source>
        <translation>Wählen Sie die zu fuzzenden Ziele in der Zielliste aus oder fuzzen Sie alle Ziele.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>A fuzz binary cannot be used</source>
        <translation>Eine Fuzz-Binärdatei kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>%1 cannot be fuzzed:

%2

Its targets are marked broken; the others go on.</source>
        <translation>%1 kann nicht gefuzzt werden:

%2

Die Ziele dieser Binärdatei werden als defekt markiert; die übrigen laufen weiter.</translation>
    </message>
    <message>
        <source>Stopping: finishing the failures being shrunk…</source>
        <translation>Wird gestoppt: Laufende Minimierungen werden abgeschlossen…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Fuzzing</source>
        <translation>Fuzzing</translation>
    </message>
    <message>
        <source>Following: another process is fuzzing</source>
        <translation>Beobachtung: Ein anderer Prozess führt das Fuzzing aus</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>%1 executions · %2 exec/s</source>
        <translation>%1 Ausführungen · %2 Ausf./s</translation>
    </message>
    <message numerus="yes">
        <source>%n open failure(s)</source>
        <translation>
            <numerusform>%n offener Fehler</numerusform>
            <numerusform>%n offene Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Arcwise</source>
        <translation>Arcwise</translation>
    </message>
    <message>
        <source>%1 — Arcwise</source>
        <translation>%1 — Arcwise</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Stopping the campaign before quitting…</source>
        <translation>Kampagne wird vor dem Beenden gestoppt…</translation>
    </message>
    <message>
        <source>F&amp;ind Target</source>
        <translation>Ziel &amp;suchen</translation>
    </message>
    <message>
        <source>Tar&amp;get Details</source>
        <translation>Zie&amp;ldetails</translation>
    </message>
    <message>
        <source> Cores: </source>
        <translation> Kerne: </translation>
    </message>
    <message>
        <source>Control flow</source>
        <translation>Kontrollfluss</translation>
    </message>
    <message>
        <source>No control-flow graph: %1</source>
        <translation>Kein Kontrollflussgraph: %1</translation>
    </message>
    <message>
        <source>Another input is being run.</source>
        <translation>Es wird bereits eine andere Eingabe ausgeführt.</translation>
    </message>
    <message>
        <source>Input #%1 is not in the loaded corpus.</source>
        <translation>Eingabe #%1 ist nicht im geladenen Korpus.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1: %2)</translation>
    </message>
    <message>
        <source>&amp;Control Flow</source>
        <translation>&amp;Kontrollfluss</translation>
    </message>
    <message>
        <source>Campaign finished; it could not do all its work</source>
        <translation>Kampagne beendet; sie konnte nicht ihre ganze Arbeit erledigen</translation>
    </message>
    <message>
        <source>The campaign could not do its work</source>
        <translation>Die Kampagne konnte ihre Arbeit nicht erledigen</translation>
    </message>
    <message>
        <source>Fuzzing, but not doing all its work</source>
        <translation>Fuzzing läuft, erledigt aber nicht die ganze Arbeit</translation>
    </message>
    <message>
        <source>Finished with faults</source>
        <translation>Mit Störungen beendet</translation>
    </message>
    <message>
        <source>The campaign could not do its work: %1</source>
        <translation>Die Kampagne konnte ihre Arbeit nicht erledigen: %1</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>%1 has no code in the control-flow graph of this target.</source>
        <translation>%1 hat keinen Code im Kontrollflussgraphen dieses Ziels.</translation>
    </message>
    <message numerus="yes">
        <source>(passes; %n draw(s))</source>
        <translation>
            <numerusform>(besteht; %n gezogener Wert)</numerusform>
            <numerusform>(besteht; %n gezogene Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hosts and Workers</source>
        <translation>&amp;Hosts und Worker</translation>
    </message>
    <message>
        <source>Now: %1 new behaviours a minute, %2 per core-minute. %3</source>
        <translation>Jetzt: %1 neue Verhaltensweisen pro Minute, %2 pro Kernminute. %3</translation>
    </message>
    <message>
        <source>When it was last fuzzed: %1 new behaviours a minute, %2 per core-minute. %3</source>
        <translation>Beim letzten Fuzzing: %1 neue Verhaltensweisen pro Minute, %2 pro Kernminute. %3</translation>
    </message>
    <message numerus="yes">
        <source>Estimates checked against what happened: %n time(s); median wait %1x the predicted (0.69x when calibrated), %2% within 2x.</source>
        <translation>
            <numerusform>Schätzungen mit dem tatsächlichen Verlauf verglichen: %n-mal; Median der Wartezeit: das %1-Fache der vorhergesagten (kalibriert: das 0,69-Fache), %2 % innerhalb des 2-Fachen.</numerusform>
            <numerusform>Schätzungen mit dem tatsächlichen Verlauf verglichen: %n-mal; Median der Wartezeit: das %1-Fache der vorhergesagten (kalibriert: das 0,69-Fache), %2 % innerhalb des 2-Fachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 executions</source>
        <translation>%1 Ausführungen</translation>
    </message>
    <message>
        <source>fuzzed %1</source>
        <translation>%1 gefuzzt</translation>
    </message>
    <message>
        <source>new coverage %1 ago</source>
        <translation>neue Abdeckung vor %1</translation>
    </message>
    <message>
        <source>last failure %1 ago</source>
        <translation>letzter Fehler vor %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n Warnung</numerusform>
            <numerusform>⚠ %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the campaign here has fuzzed, and how long ago any target last found new coverage and last failed</source>
        <translation>Wie lange die Kampagne hier gefuzzt hat und wie lange es her ist, dass ein Ziel zuletzt neue Abdeckung gefunden hat und zuletzt fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Stop the campaign first: it is running on this project.</source>
        <translation>Stoppen Sie zuerst die Kampagne: Sie läuft in diesem Projekt.</translation>
    </message>
    <message>
        <source>Open a build tree with fuzz targets</source>
        <translation>Ein Build-Verzeichnis mit Fuzz-Zielen öffnen</translation>
    </message>
    <message>
        <source>Follow a database that arcwise-cli campaigns fill</source>
        <translation>Eine Datenbank beobachten, die arcwise-cli-Kampagnen füllen</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Das Projekt schließen</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Start fuzzing the project&apos;s targets</source>
        <translation>Das Fuzzing der Ziele des Projekts starten</translation>
    </message>
    <message>
        <source>A campaign is running already.</source>
        <translation>Es läuft bereits eine Kampagne.</translation>
    </message>
    <message>
        <source>Open a project first (File ▸ Open Project…).</source>
        <translation>Öffnen Sie zuerst ein Projekt (Datei ▸ Projekt öffnen…).</translation>
    </message>
    <message>
        <source>This window follows a database: open the project directory to fuzz its targets here.</source>
        <translation>Dieses Fenster beobachtet eine Datenbank: Öffnen Sie das Projektverzeichnis, um dessen Ziele hier zu fuzzen.</translation>
    </message>
    <message>
        <source>The campaign is stopping.</source>
        <translation>Die Kampagne wird gestoppt.</translation>
    </message>
    <message>
        <source>No campaign is running here.</source>
        <translation>Hier läuft keine Kampagne.</translation>
    </message>
    <message>
        <source>Stop the workers where they are, and go on later</source>
        <translation>Die Worker an Ort und Stelle anhalten, um später fortzufahren</translation>
    </message>
    <message>
        <source>End the campaign; failures being shrunk are finished first</source>
        <translation>Die Kampagne beenden; laufende Minimierungen von Fehlern werden vorher abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Export Campaign Report…</source>
        <translation>Kampagnenbericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export Campaign Report</source>
        <translation>Kampagnenbericht exportieren</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Campaign report written: %1</source>
        <translation>Kampagnenbericht geschrieben: %1</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>Write the campaign as one HTML page to hand over: summary, coverage over time, coverage by file, top blockers and failures</source>
        <translation>Die Kampagne als eine HTML-Seite zur Übergabe schreiben: Zusammenfassung, Abdeckung im Zeitverlauf, Abdeckung nach Datei, größte Hindernisse und Fehler</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>alle (%1)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default: PROJECT/.arcwise/arcwise.sqlite</source>
        <translation>Standard: PROJECT/.arcwise/arcwise.sqlite</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>none; auto, a ref (origin/main) or a duration (7d)</source>
        <translation>keiner; auto, eine Referenz (origin/main) oder eine Dauer (7d)</translation>
    </message>
    <message>
        <source>default: cmake --build PROJECT</source>
        <translation>Standard: cmake --build PROJEKT</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::SliceTimeline</name>
    <message>
        <source>%1 · worker %2</source>
        <translation>%1 · Worker %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>−%1 min</source>
        <translation>−%1 min</translation>
    </message>
    <message>
        <source>−%1 s</source>
        <translation>−%1 s</translation>
    </message>
    <message numerus="yes">
        <source>No worker slices in the last %n minutes: they appear as the campaign&apos;s workers end their time slices.</source>
        <translation>
            <numerusform>Keine Zeitscheiben von Workern in der letzten %n Minute: Sie erscheinen, sobald die Worker der Kampagne ihre Zeitscheiben beenden.</numerusform>
            <numerusform>Keine Zeitscheiben von Workern in den letzten %n Minuten: Sie erscheinen, sobald die Worker der Kampagne ihre Zeitscheiben beenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>%1
%2: %3 to %4 (%5 s)
%6 executions, %7 exec/s</source>
        <translation>%1
%2: %3 bis %4 (%5 s)
%6 Ausführungen, %7 Ausf./s</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::SourceCoverageView</name>
    <message>
        <source>%1 of %2 arcs taken</source>
        <translation>%1 von %2 Kanten genommen</translation>
    </message>
    <message>
        <source>Show in graph</source>
        <translation>Im Graphen zeigen</translation>
    </message>
    <message>
        <source>File / function</source>
        <translation>Datei / Funktion</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Lines %</source>
        <translation>Zeilen %</translation>
    </message>
    <message>
        <source>Arcs %</source>
        <translation>Kanten %</translation>
    </message>
    <message>
        <source>Lines with code reached by an input, of all lines with code</source>
        <translation>Zeilen mit Code, die eine Eingabe erreicht, von allen Zeilen mit Code</translation>
    </message>
    <message>
        <source>Control-flow arcs taken by an input, of all arcs</source>
        <translation>Kontrollflusskanten, die eine Eingabe nimmt, von allen Kanten</translation>
    </message>
    <message>
        <source>No coverage loaded.</source>
        <translation>Keine Abdeckung geladen.</translation>
    </message>
    <message>
        <source>Click a line to see how many inputs reach it and the smallest one.</source>
        <translation>Klicken Sie auf eine Zeile, um zu sehen, wie viele Eingaben sie erreichen und welche die kleinste ist.</translation>
    </message>
    <message>
        <source>Open the line&apos;s block in the control-flow graph</source>
        <translation>Den Block der Zeile im Kontrollflussgraphen öffnen</translation>
    </message>
    <message>
        <source>No source lines in this graph.</source>
        <translation>Keine Quelltextzeilen in diesem Graphen.</translation>
    </message>
    <message numerus="yes">
        <source>All files (%n)</source>
        <translation>
            <numerusform>Alle Dateien (%n)</numerusform>
            <numerusform>Alle Dateien (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2:%3</source>
        <translation>%1
%2:%3</translation>
    </message>
    <message>
        <source>%1 — lines %2 (%3 of %4), arcs %5</source>
        <translation>%1 — Zeilen %2 (%3 von %4), Kanten %5</translation>
    </message>
    <message numerus="yes">
        <source>Reached by %n input(s)</source>
        <translation>
            <numerusform>Von %n Eingabe erreicht</numerusform>
            <numerusform>Von %n Eingaben erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Never reached</source>
        <translation>Nie erreicht</translation>
    </message>
    <message>
        <source>An under-explored arc leaves this line: rank #%1</source>
        <translation>Von dieser Zeile geht eine wenig erkundete Kante aus: Rang #%1</translation>
    </message>
    <message>
        <source>Line %1 has no code of its own.</source>
        <translation>Zeile %1 hat keinen eigenen Code.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: reached by %n input(s)</source>
        <translation>
            <numerusform>Zeile %1: von %n Eingabe erreicht</numerusform>
            <numerusform>Zeile %1: von %n Eingaben erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: never reached</source>
        <translation>Zeile %1: nie erreicht</translation>
    </message>
    <message>
        <source>— under-explored arc #%1 leaves it</source>
        <translation>— von ihr geht die wenig erkundete Kante #%1 aus</translation>
    </message>
    <message>
        <source>No stored input reaches this line.</source>
        <translation>Keine gespeicherte Eingabe erreicht diese Zeile.</translation>
    </message>
    <message>
        <source>Smallest input that reaches it: corpus entry %1</source>
        <translation>Kleinste Eingabe, die sie erreicht: Korpuseintrag %1</translation>
    </message>
    <message>
        <source>Running the target to print its draws…</source>
        <translation>Das Ziel wird ausgeführt, um seine gezogenen Werte auszugeben…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked changed</source>
        <translation>
            <numerusform>%n Zeile als geändert markiert</numerusform>
            <numerusform>%n Zeilen als geändert markiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arcwise::ui::SourceView</name>
    <message>
        <source>Cannot show %1: the file does not exist.</source>
        <translation>%1 kann nicht angezeigt werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot show %1: it is a directory, not a file.</source>
        <translation>%1 kann nicht angezeigt werden: Es ist ein Verzeichnis, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot show %1: the file has %2 MB; the source view shows files up to %3 MB.</source>
        <translation>%1 kann nicht angezeigt werden: Die Datei ist %2 MB groß; die Quelltextansicht zeigt Dateien bis %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot show %1: it is a binary file, not source text.</source>
        <translation>%1 kann nicht angezeigt werden: Es ist eine Binärdatei, kein Quelltext.</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::StackView</name>
    <message>
        <source>(unknown function)</source>
        <translation>(unbekannte Funktion)</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doppelklicken, um %1 zu öffnen</translation>
    </message>
    <message>
        <source>%1 is not on this disk.</source>
        <translation>%1 ist auf diesem Rechner nicht vorhanden.</translation>
    </message>
    <message>
        <source>(no stack trace)</source>
        <translation>(kein Aufrufstapel)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>a function, and how many frames of it in a row</comment>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) of this function in a row (a recursion)</source>
        <translation>
            <numerusform>%n Frame dieser Funktion in Folge (eine Rekursion)</numerusform>
            <numerusform>%n Frames dieser Funktion in Folge (eine Rekursion)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arcwise::ui::TargetPage</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Größe (Bytes)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Smallest for</source>
        <translation>Kleinste für</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Behaviours (features) for which this is the smallest input that reaches them</source>
        <translation>Verhaltensweisen (Merkmale), für die dies die kleinste Eingabe ist, die sie erreicht</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Show the smallest examples</source>
        <translation>Kleinste Beispiele anzeigen</translation>
    </message>
    <message>
        <source>Run the target on the smallest input reaching each behaviour and print what it drew</source>
        <translation>Das Ziel mit der kleinsten Eingabe jeder Verhaltensweise ausführen und ausgeben, welche Werte es gezogen hat</translation>
    </message>
    <message>
        <source>Smallest examples</source>
        <translation>Kleinste Beispiele</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Beste Bewertung</translation>
    </message>
    <message>
        <source>Events and scores</source>
        <translation>Ereignisse und Bewertungen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>What this target&apos;s worker printed recently.</source>
        <translation>Was der Worker-Prozess dieses Ziels zuletzt ausgegeben hat.</translation>
    </message>
    <message>
        <source>Worker output</source>
        <translation>Worker-Ausgabe</translation>
    </message>
    <message>
        <source>Double-click a target in the Targets page to see its page.</source>
        <translation>Doppelklicken Sie auf der Seite „Ziele“ auf ein Ziel, um seine Seite zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; · %3 · %4 executions · %5 features · %6 in corpus · %n failure(s)</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; · %3 · %4 Ausführungen · %5 Merkmale · %6 im Korpus · %n Fehler</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; · %3 · %4 Ausführungen · %5 Merkmale · %6 im Korpus · %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>No corpus yet: fuzz this target first.</source>
        <translation>Noch kein Korpus: Fuzzen Sie dieses Ziel zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) are the smallest for at least one behaviour.</source>
        <translation>
            <numerusform>%n Eingabe ist die kleinste für mindestens eine Verhaltensweise.</numerusform>
            <numerusform>%n Eingaben sind jeweils die kleinsten für mindestens eine Verhaltensweise.</numerusform>
        </translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target()</translation>
    </message>
    <message numerus="yes">
        <source>Running %n example(s)…</source>
        <translation>
            <numerusform>%n Beispiel wird ausgeführt…</numerusform>
            <numerusform>%n Beispiele werden ausgeführt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>#%1 — smallest for %n behaviour(s)</source>
        <translation>
            <numerusform>#%1 — kleinste für %n Verhaltensweise</numerusform>
            <numerusform>#%1 — kleinste für %n Verhaltensweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>target(%1)</source>
        <translation>target(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n smallest example(s), most behaviours first.</source>
        <translation>
            <numerusform>%n kleinstes Beispiel, nach Anzahl der Verhaltensweisen absteigend sortiert.</numerusform>
            <numerusform>%n kleinste Beispiele, nach Anzahl der Verhaltensweisen absteigend sortiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>fuzzing at %1 exec/s</source>
        <translation>wird mit %1 Ausf./s gefuzzt</translation>
    </message>
    <message>
        <source>not being fuzzed now</source>
        <translation>wird gerade nicht gefuzzt</translation>
    </message>
    <message>
        <source>fuzzed for %1</source>
        <translation>%1 lang gefuzzt</translation>
    </message>
    <message>
        <source>new coverage %1 ago</source>
        <translation>neue Abdeckung vor %1</translation>
    </message>
    <message>
        <source>no coverage found yet</source>
        <translation>noch keine Abdeckung gefunden</translation>
    </message>
    <message>
        <source>last failure %1 ago</source>
        <translation>letzter Fehler vor %1</translation>
    </message>
    <message>
        <source>no failure</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>stability %1 %</source>
        <translation>Stabilität %1 %</translation>
    </message>
    <message>
        <source>%1 % discarded by assume()</source>
        <translation>%1 % von assume() verworfen</translation>
    </message>
</context>
<context>
    <name>arcwise::ui::TargetsPage</name>
    <message>
        <source>Filter targets by name or binary (Ctrl+F)</source>
        <translation>Ziele nach Name oder Binärdatei filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Open a project (File ▸ Open Project…): a build tree with fuzz targets built with arcwise_add_fuzz_target().</source>
        <translation>Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen…): ein Build-Verzeichnis mit Fuzz-Zielen, die mit arcwise_add_fuzz_target() gebaut wurden.</translation>
    </message>
    <message>
        <source>No target matches the filter.</source>
        <translation>Kein Ziel entspricht dem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 targets</source>
        <translation>%1 von %2 Zielen</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>Nur geänderte</translation>
    </message>
    <message>
        <source>Only the targets a campaign focusing on changes weighs up: those reaching changed code, new ones and those whose test changed (the Changed column)</source>
        <translation>Nur die Ziele, die eine auf Änderungen ausgerichtete Kampagne stärker gewichtet: solche, die geänderten Code erreichen, neue und solche, deren Test sich geändert hat (die Spalte Geändert)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The Arcwise workbench: adaptive, coverage-guided fuzzing of C and C++ targets.</source>
        <translation>Die Arcwise-Werkbank: adaptives, abdeckungsgesteuertes Fuzzing von C- und C++-Zielen.</translation>
    </message>
    <message>
        <source>A build tree with fuzz targets to open.</source>
        <translation>Ein zu öffnendes Build-Verzeichnis mit Fuzz-Zielen.</translation>
    </message>
    <message>
        <source>Database URL (default: PROJECT/.arcwise/arcwise.sqlite).</source>
        <translation>Datenbank-URL (Standard: PROJECT/.arcwise/arcwise.sqlite).</translation>
    </message>
    <message>
        <source>Start fuzzing at once.</source>
        <translation>Sofort mit dem Fuzzing beginnen.</translation>
    </message>
    <message>
        <source>Only targets matching this glob (repeatable).</source>
        <translation>Nur Ziele, die zu diesem Glob-Muster passen (wiederholbar).</translation>
    </message>
    <message>
        <source>system, light or dark (default: the stored setting).</source>
        <translation>system, light oder dark (Standard: die gespeicherte Einstellung).</translation>
    </message>
    <message>
        <source>Save a PNG of each page into DIR once the campaign has run a while, then quit.</source>
        <translation>Ein PNG jeder Seite in DIR speichern, sobald die Kampagne eine Weile gelaufen ist, dann beenden.</translation>
    </message>
    <message>
        <source>Seconds of fuzzing before --screenshots (default 30).</source>
        <translation>Sekunden Fuzzing vor --screenshots (Standard: 30).</translation>
    </message>
    <message>
        <source>give one project directory</source>
        <translation>Geben Sie genau ein Projektverzeichnis an</translation>
    </message>
    <message>
        <source>--colours is system, light or dark, not &apos;%1&apos;</source>
        <translation>--colours ist system, light oder dark, nicht „%1“</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
</context>
</TS>
