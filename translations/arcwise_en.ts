<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CampaignSettings</name>
    <message>
        <source>Cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker processes fuzzing at once; 0 uses every core of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a worker fuzzes one target before the scheduler chooses again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit per input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input that runs longer than this is a failure (a hang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker whose resident memory grows past this fails (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adaptive gives each slice to the target most likely to find new behaviour; round-robin takes turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every random choice of the campaign follows from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: PROJECT/.arcwise/arcwise.sqlite. Or a SQLite file, or postgresql://user@host/db to share one campaign between hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the campaign after this long (90s, 15m, 2h); not given: until it is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration like 90s, 15m or 2h (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1; default %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cores %1 is more than the %2 cores of this machine; using %2 (--oversubscribe uses %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers per target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most workers fuzzing one target at once; 0 lets the scheduler put several on a target worth it (fewer targets than cores, or one far ahead of the rest), 1 gives each target one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CfgModel</name>
    <message>
        <source>no line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ (indirect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not start (no layout plugins?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish symbolising %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave %2 locations for %3 blocks of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llvm-symbolizer is not installed (Debian: llvm-19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a control-flow graph (version 1): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an arc between unknown blocks (%1 -&gt; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locations for %2 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 --cfg failed (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CfgReport</name>
    <message>
        <source>Hits (inputs reaching a block):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orange arc #n: under-explored, rank n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by Arcwise on %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by Arcwise on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of blocks covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>functions entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under-explored arcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corpus inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block&apos;s hits are the stored corpus inputs that reach it. An under-explored arc leads from a covered block to one never reached (or reached far more rarely than its siblings); rank 1 has the most code unreached behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by function…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under-explored arcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no covered block has an arc the corpus never or rarely takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreached behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rarely taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 arcs are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control-flow graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No function was entered: there is no coverage to draw yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Graphs of %n function(s): those with under-explored arcs, best rank first, then the others with coverage.</source>
        <translation>
            <numerusform>Graph of %n function: those with under-explored arcs, best rank first, then the others with coverage.</numerusform>
            <numerusform>Graphs of %n functions: those with under-explored arcs, best rank first, then the others with coverage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more with coverage are in the table only.</source>
        <translation>
            <numerusform>%n more with coverage is in the table only.</numerusform>
            <numerusform>%n more with coverage are in the table only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s) never entered are not drawn.</source>
        <translation>
            <numerusform>%n function never entered is not drawn.</numerusform>
            <numerusform>%n functions never entered are not drawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 blocks covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not draw this function.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusTransfer</name>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the corpus of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the failures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no corpus/ directory (expected %1/corpus/&lt;target&gt;/&lt;files&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no target named %1 in the database (run arcwise-cli fuzz first); skipped %n file(s)</source>
        <translation>
            <numerusform>no target named %1 in the database (run arcwise-cli fuzz first); skipped %n file</numerusform>
            <numerusform>no target named %1 in the database (run arcwise-cli fuzz first); skipped %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>no database given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: Qt&apos;s SQLite driver (QSQLITE) is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (it may be corrupt); it was left untouched: move it away or give another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database %1 (it may be corrupt; it was left untouched): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch the database %1 to WAL mode (journal mode stays %2); is it on a network file system?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2, this Arcwise knows up to %3: upgrade Arcwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binary needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: storing the binary %2 returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: storing the target %2 returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a target status (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no target with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failure needs a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: storing the failure %2 returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no failure with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a failure status (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no coverage is stored for the target with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of observation (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target() score of &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unterminated IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; in the database URL must be non-empty and contain no spaces, quotes, backslashes or &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; in the database URL (known: host, port, user, password, dbname, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the database URL is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL names no database: expected postgresql://user@host[:port]/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported database URL (use a file path, sqlite:///path or postgresql://user@host[:port]/dbname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL %1 names no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket directory %1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default local socket (port %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL database &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate %1 to schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the failures could not be summed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the database %1: %2 (commands that only read it, such as report, still work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database %1 where it is: its write-ahead log %2 holds changes that SQLite can only read with its -shm index, which cannot be created there (%3); copy the three files to a place that can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch the database %1 to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2); it was left untouched: restore it from a backup, or move it away to start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Arcwise database, and it cannot be made one where it is (it is read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2 and this Arcwise reads version %3; it cannot be upgraded where it is (it is read-only): copy it to a place that can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the %1: the server&apos;s disk is full (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the database %1: the disk is full (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to %1: it is read-only (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2): nothing more is read from it or written to it; restore it from a backup, or move it away to start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: nothing more is read from it or written to it; restore it from a backup, or move it away to start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot prepare a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spill</name>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a failure kept by Arcwise; it was left where it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::Campaign</name>
    <message>
        <source>%1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure %1 no longer reproduces on the new build: marked fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fuzz targets in %1: build them with arcwise_add_fuzz_target() or arcwise-c++ first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fuzz target in %1 matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target left that can be fuzzed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be fuzzed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3): reproducing and shrinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rebuilt: restarting its workers on the new build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statuses could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored corpus could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored events and target() scores could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures seen again could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no worker could start, so nothing was fuzzed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the targets of a rebuilt binary could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored failures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corpus entries are stored again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corpus entries could not be stored and are dropped until they can be: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics are stored again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics could not be stored and are dropped until they can be: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events and target() scores are stored again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events and target() scores could not be stored (they are kept and stored when they can be): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) could not be stored in the database: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
It is kept in %3 until the database can store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures could not be stored in the database (%1); they are kept in %2 and stored by the next campaign that can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
It could not be kept in %3 either (%4); its input, in base64: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures could be neither stored in the database (%1) nor kept in %2 (%3); they were printed with their inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) kept in %1 belong to targets this campaign does not fuzz; they stay there</source>
        <translation>
            <numerusform>%n failure kept in %1 belongs to a target this campaign does not fuzz; it stays there</numerusform>
            <numerusform>%n failures kept in %1 belong to targets this campaign does not fuzz; they stay there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) kept in %1 while the database could not store them: storing them now</source>
        <translation>
            <numerusform>%n failure kept in %1 while the database could not store it: storing it now</numerusform>
            <numerusform>%n failures kept in %1 while the database could not store them: storing them now</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot remove %1 (its failure is stored now as #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the failure kept in %2 is stored now as #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping at the first failure, as asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::ChildProcess</name>
    <message>
        <source>cannot create a temporary directory in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a process was already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many descriptors for one child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[line cut at %1 bytes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended in an unknown way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::FailuresModel</name>
    <message>
        <source>crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack overflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sanitizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::Session</name>
    <message>
        <source>The project %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory: open a build tree that contains fuzz targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project directory or give a database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be fuzzed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fuzz targets in %1: build them with arcwise_add_fuzz_target() or arcwise-c++ first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fuzz target(s) in %1</source>
        <translation>
            <numerusform>%n fuzz target in %1</numerusform>
            <numerusform>%n fuzz targets in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window follows a database; open a project directory to fuzz its targets here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of worker output skipped (too fast to show)</source>
        <translation>
            <numerusform>%n line of worker output skipped (too fast to show)</numerusform>
            <numerusform>%n lines of worker output skipped (too fast to show)</numerusform>
        </translation>
    </message>
    <message>
        <source>no target %1 in the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::TargetJob</name>
    <message>
        <source>The fuzz binary %1 does not exist (was it moved or not built?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the input file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was killed before it gave a result:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended with status %2 without a readable report:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure %1 of %2 has no stored input to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::TargetsModel</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuzzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flaky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exec/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::Triage</name>
    <message>
        <source>cannot write the regression file in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shrunk: the campaign ended first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check failure %1 on the new build of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(found on an earlier build; the current build does not fail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(did not fail again when reproduced in a fresh process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the input to shrink in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shrunk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be reproduced: %1; %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::WorkerProcess</name>
    <message>
        <source>%1 speaks protocol %2, this Arcwise speaks %3: rebuild it against this Arcwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed message from the worker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the control channel of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the input mapping of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no private temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the control channel of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this worker sends invalid numbers (NaN, infinite or out of range): those fields are ignored, the rest of its messages is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent %2 before saying hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropping corpus entries larger than %1 bytes from this worker (one of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this worker sends more new corpus entries than the campaign takes (%1 a second, %2 MiB a second): dropping the excess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this worker sends statistics more often than %1 times a second: dropping the excess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not say hello within %2 s%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hang: no message for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited before it said hello (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::CfgFunctionModel</name>
    <message>
        <source>%1
%2:%3
%4 of %5 blocks covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best rank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::CfgPage</name>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search functions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under-explored arcs of this function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the function shown before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this graph as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this graph as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole coverage as a self-contained HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a block to see its source and the smallest input that reaches it; double-click a call to open its graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control-flow graph loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 blocks covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out %1 blocks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never taken: the destination was never reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely taken, against its siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reached by %n input(s)</source>
        <translation>
            <numerusform>reached by %n input</numerusform>
            <numerusform>reached by %n inputs</numerusform>
        </translation>
    </message>
    <message>
        <source>never reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source location for this block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored input reaches this block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest input that reaches it: corpus entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the target to print its draws…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no graph to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control-flow graph of %1, coloured by corpus hits (Arcwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph is too large for an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no control-flow graph to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Graph as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Graph as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Coverage Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::CfgScene</name>
    <message>
        <source>Double-click to open the called function&apos;s graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2
hits %3
click: source and smallest input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under-explored arc #%1: %2 blocks unreached behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Arc taken by %n input(s)</source>
        <translation>
            <numerusform>Arc taken by %n input</numerusform>
            <numerusform>Arc taken by %n inputs</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under-explored #rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::DashboardView</name>
    <message>
        <source>No statistics yet: start a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (billions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arcwise::ui::FailureDetail</name>
    <message>
        <source>Minimise further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink the example again with a larger budget; a smaller one is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the target once on the minimal input and show its output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reproducer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a shell command line that reproduces this failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export input…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write regression file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the minimal input where the test binary&apos;s unit-test mode replays it, so CTest keeps checking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduce runs the target once on the minimal input; its output appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a failure to see its minimal example, input and stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempts · best %2 choices, %3 bytes · %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1
Build: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target takes raw bytes (a libFuzzer harness): its minimal input is on the Input page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The minimal input as a choice sequence (%n byte(s)): what Export input writes and the binary&apos;s --shrink reads.</source>
        <translation>
            <numerusform>The minimal input as a choice sequence (%n byte): what Export input writes and the binary&apos;s --shrink reads.</numerusform>
            <numerusform>The minimal input as a choice sequence (%n bytes): what Export input writes and the binary&apos;s --shrink reads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The minimal input: %n byte(s) as the harness reads them.</source>
        <translation>
            <numerusform>The minimal input: %n byte as the harness reads it.</numerusform>
            <numerusform>The minimal input: %n bytes as the harness reads them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still fails: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not fail any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure %1 reproduced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not fail any more: nothing to minimise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller example stored: %1 → %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shrunk example fails differently (%1); the stored one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No smaller example found: this one is minimal for the shrinker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproducer copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproducer for failure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the minimal input</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n byte(s) to %1.</source>
        <translation>
            <numerusform>Exported %n byte to %1.</numerusform>
            <numerusform>Exported %n bytes to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regression file written: %1. The test binary replays it in its unit-test mode (as CTest runs it) before its examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression file written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · &lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt; · %4 · first %5 · last %6 · %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>seen %n time(s)</source>
        <translation>
            <numerusform>seen %n time</numerusform>
            <numerusform>seen %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arcwise::ui::FailuresPage</name>
    <message>
        <source>All failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open failures (not fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures yet. Start a campaign: every failure it finds is reproduced, shrunk to a minimal example and listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::HexView</name>
    <message>
        <source>(empty input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as C Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::LogPane</name>
    <message>
        <source>Show worker output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::MainWindow</name>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fuzz targets in %1. Build them with arcwise_add_fuzz_target() or arcwise-c++, then open the build tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 (database %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New failure in %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures (%1 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a build tree and list its fuzz targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow a Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a campaign that arcwise-cli processes are storing in a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuzz the targets on the chosen number of cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the workers; failures being shrunk are finished first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Arcwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Arcwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Arcwise %1&lt;/h3&gt;&lt;p&gt;Adaptive, coverage-guided fuzzing of property-based tests for C and C++.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Fuzz </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which targets Start fuzzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running campaign before opening another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project (a build tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL (a SQLite file, or postgresql://user@host/db) that arcwise-cli campaigns are storing into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project before starting a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the targets to fuzz in the target list, or fuzz all targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fuzz binary cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be fuzzed:

%2

Its targets are marked broken; the others go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: finishing the failures being shrunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuzzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following: another process is fuzzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 executions · %2 exec/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open failure(s)</source>
        <translation>
            <numerusform>%n open failure</numerusform>
            <numerusform>%n open failures</numerusform>
        </translation>
    </message>
    <message>
        <source>Arcwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Arcwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the campaign before quitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Cores: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control-flow graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another input is being run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input #%1 is not in the loaded corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(passes; %n byte(s))</source>
        <translation>
            <numerusform>(passes; %n byte)</numerusform>
            <numerusform>(passes; %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign finished; it could not do all its work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not do its work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuzzing, but not doing all its work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not do its work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: PROJECT/.arcwise/arcwise.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::SourceView</name>
    <message>
        <source>Cannot show %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show %1: it is a directory, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show %1: the file has %2 MB; the source view shows files up to %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show %1: it is a binary file, not source text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::StackView</name>
    <message>
        <source>(unknown function)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no stack trace)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::TargetPage</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours (features) for which this is the smallest input that reaches them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the smallest examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the target on the smallest input reaching each behaviour and print what it drew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this target&apos;s worker printed recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a target in the Targets page to see its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; · %3 · %4 executions · %5 features · %6 in corpus · %n failure(s)</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; · %3 · %4 executions · %5 features · %6 in corpus · %n failure</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; · %3 · %4 executions · %5 features · %6 in corpus · %n failures</numerusform>
        </translation>
    </message>
    <message>
        <source>No corpus yet: fuzz this target first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) are the smallest for at least one behaviour.</source>
        <translation>
            <numerusform>%n input is the smallest for at least one behaviour.</numerusform>
            <numerusform>%n inputs are the smallest for at least one behaviour.</numerusform>
        </translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n example(s)…</source>
        <translation>
            <numerusform>Running %n example…</numerusform>
            <numerusform>Running %n examples…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>#%1 — smallest for %n behaviour(s)</source>
        <translation>
            <numerusform>#%1 — smallest for %n behaviour</numerusform>
            <numerusform>#%1 — smallest for %n behaviours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n smallest example(s), most behaviours first.</source>
        <translation>
            <numerusform>%n smallest example, most behaviours first.</numerusform>
            <numerusform>%n smallest examples, most behaviours first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arcwise::ui::TargetsPage</name>
    <message>
        <source>Filter targets by name or binary (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project (File ▸ Open Project…): a build tree with fuzz targets built with arcwise_add_fuzz_target().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The Arcwise workbench: adaptive, coverage-guided fuzzing of C and C++ targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A build tree with fuzz targets to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL (default: PROJECT/.arcwise/arcwise.sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fuzzing at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only targets matching this glob (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system, light or dark (default: the stored setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of each page into DIR once the campaign has run a while, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of fuzzing before --screenshots (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one project directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--colours is system, light or dark, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
