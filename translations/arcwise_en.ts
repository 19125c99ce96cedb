<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CampaignReport</name>
    <message>
        <source>1 block unreached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks unreached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage features over time, per target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time since the campaign&apos;s first stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs reaching a line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#n: a top blocker leaves this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 more bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an input this version cannot read, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no choices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuzzing campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · made by Arcwise %2 on %3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corpus inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures (%1 not fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of lines covered (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of branch arcs taken (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage counts the project&apos;s own code, over all targets: a line is covered when a stored corpus input of some target reaches it. Library code (system headers, the C++ standard library) is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stats were recorded: the campaign has not fuzzed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage features (edges by hit count, comparisons, events) found per target; a flat line is a target that stopped finding new behaviour.</source>
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
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coverage: no target has a control-flow graph (built without Arcwise&apos;s instrumentation?) or no target was fuzzed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under %1. Lines hold code; branch arcs leave a line with two or more ways on, as llvm-cov counts branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch arcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of lines covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source could not be read when the report was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines: too long to show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of the first %1 of %2 files is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no covered line of the project&apos;s code has a way on that the corpus never or rarely takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where fuzzing stops: branches from covered code into code no input reaches (or almost none), with the most code left unreached behind them first. A dictionary entry, a seed input or a property that draws this case directly gets past them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch at %1:%2 to line %3 is %4: %5 behind it. %6 reach line %2 (target %7).</source>
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
        <source>The smallest input that reaches the line (corpus entry %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · seen %2 times · failure %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more frames</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Focus on changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When following a branch: how to build the project after a pull (run by /bin/sh in the project); empty: cmake --build on a CMake build tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When following a branch: how often to fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on the code changed in the sources&apos; git checkout since a base: a ref (origin/main: its merge-base with HEAD), a duration (7d), or auto (the merge-base with the upstream branch, else the last 7 days); empty: no focus. Targets reaching changed code, new targets and changed tests get more of the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a focus on changes: targets gives the targets that reach changed code more of the campaign; blocks also steers each such target&apos;s inputs toward the changed blocks it has not reached yet (directed fuzzing).</source>
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
    <message>
        <source>lines %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inlined %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the graph of %1 was cancelled</source>
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
    <name>ChangeFocus</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the changes was cancelled</source>
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
    <message>
        <source>not a failure as export writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target named %1 in the database</source>
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
    <message>
        <source>%1: adding the host %2 returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no host with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading the last row of %2 returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitChanges</name>
    <message>
        <source>%1 is not in a git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the git repository of %1 has no working tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the git repository %1 has no commit yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merge-base with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the history of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a commit of the git repository %2 with a common ancestor with HEAD (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1 with its working tree: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the changes of %1: %2</source>
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
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegressionTest</name>
    <message>
        <source>%1 is not a property test (Suite.Name): keep its input as a regression file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARCWISE_TEST(%1, %2) is not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds this example already.</source>
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
    <name>TargetHealth</name>
    <message>
        <source>It is mostly timing out: open its timeout failure to see the slow input, or raise the time limit per input (Settings ▸ Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its speed fell sharply, from %1 to %2 exec/s: look at its newest corpus entries and its output for a slow path, a growing input or a leak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of its inputs are discarded by assume() or filter(): draw values that meet them directly (narrower strategies) instead of rejecting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its coverage is unstable: only %1% of inputs run again reach the same code. Global state, time, randomness or threads change what it does; reset them at the start of each example.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::BranchFollower</name>
    <message>
        <source>following a branch needs the git program, which is not on the PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CMake build tree: say how to build it with --build-command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building %1 needs cmake, which is not on the PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot follow %1: it is not a git checkout of a branch with an upstream (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following, at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fetch (%1), at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch moved to %1: pulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fast-forward to %1 (%2): still fuzzing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build of %1 failed (%2): the previous binaries keep fuzzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built %1</source>
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
    <message>
        <source>cannot read what changed, so nothing is focused on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changed code in %1 is not known (no control-flow graph): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes since %1: %2 lines in %3 files, %4 lines of code in the fuzz binaries; %5 of %6 targets focused on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this campaign could not be registered as a host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leases are stored again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker slots could not be leased (other hosts may fuzz the same targets): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slices are stored again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which target each worker fuzzed could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a failure found by another host: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what other hosts stored could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heartbeat of this host could not be stored (other hosts will take its targets over): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heartbeat of this host is stored again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>worker output: %n line(s) dropped (more than %1 a second)</source>
        <translation>
            <numerusform>worker output: %n line dropped (more than %1 a second)</numerusform>
            <numerusform>worker output: %n lines dropped (more than %1 a second)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[the last %n line(s) before the worker ended, whole]</source>
        <translation>
            <numerusform>[the last %n line before the worker ended, whole]</numerusform>
            <numerusform>[the last %n lines before the worker ended, whole]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) not rebuilt since the last campaign go on from its estimates</source>
        <translation>
            <numerusform>%n target not rebuilt since the last campaign goes on from its estimates</numerusform>
            <numerusform>%n targets not rebuilt since the last campaign go on from their estimates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilt target(s) that no change reaches go on from their stored estimates</source>
        <translation>
            <numerusform>%n rebuilt target that no change reaches goes on from its stored estimates</numerusform>
            <numerusform>%n rebuilt targets that no change reaches go on from their stored estimates</numerusform>
        </translation>
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
    <message>
        <source>waiting to be shrunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shrinking: %1 attempts, best %2 bytes, %3 of at most %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::Report</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure #%1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack (top %1 of %2 frames):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arcwise %1 report for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 targets, %2 failing; %3 failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BINARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXECUTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEATURES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORPUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILURES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling: %1 new behaviours a minute (%2 per core-minute). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is broken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::campaign::Scaling</name>
    <message>
        <source>No estimate yet: the targets have not run long enough to tell what more cores would find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n core(s): one more would still find about %1 new behaviours an hour.</source>
        <translation>
            <numerusform>Add %n core: one more would still find about %1 new behaviours an hour.</numerusform>
            <numerusform>Add %n cores: one more would still find about %1 new behaviours an hour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n core(s): the last ones find less than one new behaviour an hour; one core is kept because the code changes every day.</source>
        <translation>
            <numerusform>Remove %n core: the last one finds less than one new behaviour an hour; one core is kept because the code changes every day.</numerusform>
            <numerusform>Remove %n cores: the last ones find less than one new behaviour an hour; one core is kept because the code changes every day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n core(s): the last ones find less than one new behaviour an hour (the targets are near their plateau).</source>
        <translation>
            <numerusform>Remove %n core: the last one finds less than one new behaviour an hour (the targets are near their plateau).</numerusform>
            <numerusform>Remove %n cores: the last ones find less than one new behaviour an hour (the targets are near their plateau).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n core(s): the last one finds about %1 new behaviours an hour, one more would find %2.</source>
        <translation>
            <numerusform>Keep %n core: it finds about %1 new behaviours an hour, one more would find %2.</numerusform>
            <numerusform>Keep %n cores: the last one finds about %1 new behaviours an hour, one more would find %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1 a core-hour, the last core&apos;s new behaviours cost %2 each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A first guess: too few new behaviours yet (%n) to check the estimates against.</source>
        <translation>
            <numerusform>A first guess: too few new behaviours yet (%n) to check the estimates against.</numerusform>
            <numerusform>A first guess: too few new behaviours yet (%n) to check the estimates against.</numerusform>
        </translation>
    </message>
    <message>
        <source>A rough guess: the estimates have not matched what happened (median %1x the predicted time, where 0.69x is calibrated).</source>
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
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CMake build tree: set the build command in the preferences to follow its branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changed code cannot be marked: %1</source>
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
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shrinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of inputs run again that reach the same code (measured while a campaign here fuzzes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n warning</numerusform>
            <numerusform>⚠ %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Fuzzed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last new coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
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
        <source>The rank of the function&apos;s best under-explored arc (1: the most code unreached behind it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
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
        <source>Zoom in (or the mouse wheel)</source>
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
        <source>Click a block to see its source and the smallest input that reaches it; double-click a call to open its graph.</source>
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
    <message>
        <source>Show &amp;library code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this graph as SVG or PNG, or the whole coverage as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage as an HTML report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target whose control flow and coverage are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the user&apos;s code only; library code inlined into it is one block at the line that calls it, and only the user&apos;s code is ranked. On: every function and block of the binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control-flow graph loaded.

Choose a target above, or double-click one on the Targets page.
Its fuzz binary needs -fsanitize-coverage=control-flow (clang 16 or later),
which arcwise_add_fuzz_target() adds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the control-flow graph of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control-flow graph for this target:
%1

Its fuzz binary needs -fsanitize-coverage=control-flow (clang 16 or later), which arcwise_add_fuzz_target() adds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the library code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folding the graph to the user&apos;s code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control-flow graph of this target has no functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control-flow graph loaded.

Choose a target above, or double-click one on the Targets page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 functions entered, %3 of %4 blocks covered, %n under-explored arc(s)</source>
        <translation>
            <numerusform>%1 of %2 functions entered, %3 of %4 blocks covered, %n under-explored arc</numerusform>
            <numerusform>%1 of %2 functions entered, %3 of %4 blocks covered, %n under-explored arcs</numerusform>
        </translation>
    </message>
    <message>
        <source>No function of this graph is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line of its own: shown at the nearest line of its function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library code inlined here, from %1:%2</source>
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
    <message>
        <source>changed: new in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
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
    <message>
        <source>exec/s</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Copy replay command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shell command line that runs the binary on the failing input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy regression test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save into the test file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the example to the test&apos;s source file, as the diff shows; CTest then replays it before the test&apos;s examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression test copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproducers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (being shrunk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 and being reproduced and shrunk in a fresh process: the minimal example replaces this when the shrink ends. The input as found is on the Input page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The input as found: %n byte(s) as the target reads them.</source>
        <translation>
            <numerusform>The input as found: %n byte as the target reads it.</numerusform>
            <numerusform>The input as found: %n bytes as the target reads them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reproducers are ready once the failure is shrunk and stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Replay (from any directory):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test&apos;s source file is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A harness keeps its failures as regression-corpus files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay it, or keep it as a test: the diff adds the failing example to %1 (ARCWISE_EXAMPLE), which the test binary replays first under CTest until the bug is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Regression test (a diff against the test&apos;s file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay it, or keep it as a regression: Write regression file stores the input where the binary&apos;s unit-test mode replays it; the CTest line below replays it with the plain binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># CTest (after Write regression file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression test added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression file written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::FailuresPage</name>
    <message>
        <source>All targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not fixed or ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by target, kind, message or signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status of the selected failures, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures yet. Start a campaign: every failure it finds is listed here at once, reproduced and shrunk to a minimal example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failure matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Target&apos;s Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Its Control-Flow Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Failing Source Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Failures %1…</source>
        <translation>
            <numerusform>Mark %n Failure %1…</numerusform>
            <numerusform>Mark %n Failures %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select stored failures first (one being shrunk has no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n failure(s) %1? (kept with the status; may stay empty)</source>
        <translation>
            <numerusform>Why is %n failure %1? (kept with the status; may stay empty)</numerusform>
            <numerusform>Why are these %n failures %1? (kept with the status; may stay empty)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) marked %1</source>
        <translation>
            <numerusform>%n failure marked %1</numerusform>
            <numerusform>%n failures marked %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arcwise::ui::FollowControls</name>
    <message>
        <source>&amp;Follow the Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns started from now on fetch the sources&apos; branch every fetch interval; when it moved, they pull, build with the build command (Preferences) and fuzz the new binaries with the corpus kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the Branch &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the followed branch now instead of at the next interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch is no longer followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The followed branch at %1 could not be pulled or built; the previous binaries keep fuzzing. Its output:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pulled and built: %1 at %2</source>
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
    <name>arcwise::ui::HostsPage</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores</source>
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
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign of life for %1 s: its leases have expired and the other hosts take its targets over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host has fuzzed this database yet. Every campaign, here or arcwise-cli fuzz on another machine with the same --db, appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) running</source>
        <translation>
            <numerusform>%n host running</numerusform>
            <numerusform>%n hosts running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n stale (lost without stopping)</source>
        <translation>
            <numerusform>, %n stale (lost without stopping)</numerusform>
            <numerusform>, %n stale (lost without stopping)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. The timeline shows what each worker fuzzed in the last %n minutes.</source>
        <translation>
            <numerusform>. The timeline shows what each worker fuzzed in the last %n minute.</numerusform>
            <numerusform>. The timeline shows what each worker fuzzed in the last %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arcwise::ui::InputPane</name>
    <message numerus="yes">
        <source>Smallest input that reaches it: corpus entry %1, %n byte(s) as the harness reads them</source>
        <translation>
            <numerusform>Smallest input that reaches it: corpus entry %1, %n byte as the harness reads it</numerusform>
            <numerusform>Smallest input that reaches it: corpus entry %1, %n bytes as the harness reads them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arcwise::ui::LogPane</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arcwise&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by target, binary or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (× %1)</source>
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
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no code in the control-flow graph of this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(passes; %n draw(s))</source>
        <translation>
            <numerusform>(passes; %n draw)</numerusform>
            <numerusform>(passes; %n draws)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hosts and Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 new behaviours a minute, %2 per core-minute. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was last fuzzed: %1 new behaviours a minute, %2 per core-minute. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estimates checked against what happened: %n time(s); median wait %1x the predicted (0.69x when calibrated), %2% within 2x.</source>
        <translation>
            <numerusform>Estimates checked against what happened: %n time; median wait %1x the predicted (0.69x when calibrated), %2% within 2x.</numerusform>
            <numerusform>Estimates checked against what happened: %n times; median wait %1x the predicted (0.69x when calibrated), %2% within 2x.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuzzed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new coverage %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last failure %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n warning</numerusform>
            <numerusform>⚠ %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the campaign here has fuzzed, and how long ago any target last found new coverage and last failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the campaign first: it is running on this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a build tree with fuzz targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a database that arcwise-cli campaigns fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fuzzing the project&apos;s targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first (File ▸ Open Project…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window follows a database: open the project directory to fuzz its targets here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign is running here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the workers where they are, and go on later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the campaign; failures being shrunk are finished first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Campaign Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Campaign Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign report written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the campaign as one HTML page to hand over: summary, coverage over time, coverage by file, top blockers and failures</source>
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
    <message>
        <source>none; auto, a ref (origin/main) or a duration (7d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: cmake --build PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::SliceTimeline</name>
    <message>
        <source>%1 · worker %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No worker slices in the last %n minutes: they appear as the campaign&apos;s workers end their time slices.</source>
        <translation>
            <numerusform>No worker slices in the last %n minute: they appear as the campaign&apos;s workers end their time slices.</numerusform>
            <numerusform>No worker slices in the last %n minutes: they appear as the campaign&apos;s workers end their time slices.</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3 to %4 (%5 s)
%6 executions, %7 exec/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arcwise::ui::SourceCoverageView</name>
    <message>
        <source>%1 of %2 arcs taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File / function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arcs %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines with code reached by an input, of all lines with code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control-flow arcs taken by an input, of all arcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coverage loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line to see how many inputs reach it and the smallest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the line&apos;s block in the control-flow graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source lines in this graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All files (%n)</source>
        <translation>
            <numerusform>All files (%n)</numerusform>
            <numerusform>All files (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — lines %2 (%3 of %4), arcs %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reached by %n input(s)</source>
        <translation>
            <numerusform>Reached by %n input</numerusform>
            <numerusform>Reached by %n inputs</numerusform>
        </translation>
    </message>
    <message>
        <source>Never reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An under-explored arc leaves this line: rank #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no code of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line %1: reached by %n input(s)</source>
        <translation>
            <numerusform>Line %1: reached by %n input</numerusform>
            <numerusform>Line %1: reached by %n inputs</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: never reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— under-explored arc #%1 leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored input reaches this line.</source>
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
    <message numerus="yes">
        <source>%n line(s) marked changed</source>
        <translation>
            <numerusform>%n line marked changed</numerusform>
            <numerusform>%n lines marked changed</numerusform>
        </translation>
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
    <message>
        <source>%1 × %2</source>
        <comment>a function, and how many frames of it in a row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) of this function in a row (a recursion)</source>
        <translation>
            <numerusform>%n frame of this function in a row (a recursion)</numerusform>
            <numerusform>%n frames of this function in a row (a recursion)</numerusform>
        </translation>
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
    <message>
        <source>fuzzing at %1 exec/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not being fuzzed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuzzed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new coverage %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coverage found yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last failure %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stability %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % discarded by assume()</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Changed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the targets a campaign focusing on changes weighs up: those reaching changed code, new ones and those whose test changed (the Changed column)</source>
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
