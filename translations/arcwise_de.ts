<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Erstmals aufgetreten</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aufgetreten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
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
        <source>Best rank</source>
        <translation>Bester Rang</translation>
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
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (or the mouse wheel)</source>
        <translation>Vergrößern (oder mit dem Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
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
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export this graph as SVG</source>
        <translation>Diesen Graphen als SVG exportieren</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export this graph as PNG</source>
        <translation>Diesen Graphen als PNG exportieren</translation>
    </message>
    <message>
        <source>HTML report…</source>
        <translation>HTML-Bericht…</translation>
    </message>
    <message>
        <source>Export the whole coverage as a self-contained HTML page</source>
        <translation>Die gesamte Abdeckung als eigenständige HTML-Seite exportieren</translation>
    </message>
    <message>
        <source>Click a block to see its source and the smallest input that reaches it; double-click a call to open its graph.</source>
        <translation>Klicken Sie auf einen Block, um seinen Quelltext und die kleinste Eingabe zu sehen, die ihn erreicht; doppelklicken Sie auf einen Aufruf, um seinen Graphen zu öffnen.</translation>
    </message>
    <message>
        <source>No control-flow graph loaded.</source>
        <translation>Kein Kontrollflussgraph geladen.</translation>
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
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
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
        <source>Executions per second</source>
        <translation>Ausführungen pro Sekunde</translation>
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
        <source>Regression file written.</source>
        <translation>Regressionsdatei geschrieben.</translation>
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
</context>
<context>
    <name>arcwise::ui::FailuresPage</name>
    <message>
        <source>All failures</source>
        <translation>Alle Fehler</translation>
    </message>
    <message>
        <source>Open failures (not fixed)</source>
        <translation>Offene Fehler (nicht behoben)</translation>
    </message>
    <message>
        <source>No failures yet. Start a campaign: every failure it finds is reproduced, shrunk to a minimal example and listed here.</source>
        <translation>Noch keine Fehler. Starten Sie eine Kampagne: Jeder gefundene Fehler wird reproduziert, zu einem minimalen Beispiel minimiert und hier aufgelistet.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
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
    <name>arcwise::ui::LogPane</name>
    <message>
        <source>Show worker output</source>
        <translation>Worker-Ausgabe anzeigen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
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
        <translation>allen Kernen (%1)</translation>
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
    <message numerus="yes">
        <source>(passes; %n byte(s))</source>
        <translation>
            <numerusform>(besteht; %n Byte)</numerusform>
            <numerusform>(besteht; %n Bytes)</numerusform>
        </translation>
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
