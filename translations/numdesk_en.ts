<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>numdesk::ActionProgressView</name>
    <message numerus="yes">
        <location filename="../ui/actionprogressview.cpp" line="+165"/>
        <source>%n of %1 done</source>
        <translation>
            <numerusform>%n of %1 done</numerusform>
            <numerusform>%n of %1 done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with unknown outcome — check the account before trying again</source>
        <translation>
            <numerusform>%n with unknown outcome — check the account before trying again</numerusform>
            <numerusform>%n with unknown outcome — check the account before trying again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::ActivityPanel</name>
    <message numerus="yes">
        <location filename="../ui/activitypanel.cpp" line="+126"/>
        <source>%n action(s) with unknown outcome — check the account.</source>
        <translation>
            <numerusform>%n action with unknown outcome — check the account.</numerusform>
            <numerusform>%n actions with unknown outcome — check the account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s) in the journal.</source>
        <translation>
            <numerusform>%n action in the journal.</numerusform>
            <numerusform>%n actions in the journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unreadable line(s) were skipped.</source>
        <translation>
            <numerusform>%n unreadable line was skipped.</numerusform>
            <numerusform>%n unreadable lines were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::ApiCall</name>
    <message numerus="yes">
        <location filename="../app/api/apicall.cpp" line="+132"/>
        <location line="+94"/>
        <source>The call did not finish within its time limit of %n second(s) in all.</source>
        <translation>
            <numerusform>The call did not finish within its time limit of %n second in all.</numerusform>
            <numerusform>The call did not finish within its time limit of %n seconds in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The server sent nothing for %n second(s) (the request timeout).</source>
        <translation>
            <numerusform>The server sent nothing for %n second (the request timeout).</numerusform>
            <numerusform>The server sent nothing for %n seconds (the request timeout).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The server redirected the request more than %n time(s).</source>
        <translation>
            <numerusform>The server redirected the request more than %n time.</numerusform>
            <numerusform>The server redirected the request more than %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::BatchGroupModel</name>
    <message numerus="yes">
        <location filename="../app/model/batchgroupmodel.cpp" line="+221"/>
        <source>Plan: %n action(s)</source>
        <translation>
            <numerusform>Plan: %n action</numerusform>
            <numerusform>Plan: %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Undo: %n action(s)</source>
        <translation>
            <numerusform>Undo: %n action</numerusform>
            <numerusform>Undo: %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n edit</numerusform>
            <numerusform>%n edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unrent(s)</source>
        <translation>
            <numerusform>%n unrent</numerusform>
            <numerusform>%n unrents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n purchase</numerusform>
            <numerusform>%n purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unknown — check</source>
        <translation>
            <numerusform>%n unknown — check</numerusform>
            <numerusform>%n unknown — check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sending…</source>
        <translation>
            <numerusform>%n sending…</numerusform>
            <numerusform>%n sending…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::BuyNumberDialog</name>
    <message numerus="yes">
        <location filename="../ui/buynumberdialog.cpp" line="+317"/>
        <source>&amp;Buy %n Number(s)…</source>
        <translation>
            <numerusform>&amp;Buy %n Number…</numerusform>
            <numerusform>&amp;Buy %n Numbers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>You are about to rent %n toll-free number(s) in %1 on account %2.</source>
        <extracomment>&quot;You are about to rent 1 toll-free number in United States on account Sandbox (…).&quot;</extracomment>
        <translation>
            <numerusform>You are about to rent %n toll-free number in %1 on account %2.</numerusform>
            <numerusform>You are about to rent %n toll-free numbers in %1 on account %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You are about to rent %n local number(s) in %1 on account %2.</source>
        <translation>
            <numerusform>You are about to rent %n local number in %1 on account %2.</numerusform>
            <numerusform>You are about to rent %n local numbers in %1 on account %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>&amp;Rent %n Number(s)</source>
        <translation>
            <numerusform>&amp;Rent %n Number</numerusform>
            <numerusform>&amp;Rent %n Numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-46"/>
        <source>You are about to rent these %n number(s) on account %1:</source>
        <extracomment>&quot;You are about to rent these 2 numbers on account Sandbox (…):&quot; and one a line</extracomment>
        <translation>
            <numerusform>You are about to rent this number on account %1:</numerusform>
            <numerusform>You are about to rent these %n numbers on account %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::ConnectionTester</name>
    <message numerus="yes">
        <location filename="../ui/connectiontester.cpp" line="+109"/>
        <source>Connected to %1: the account has %n phone number(s).</source>
        <translation>
            <numerusform>Connected to %1: the account has %n phone number.</numerusform>
            <numerusform>Connected to %1: the account has %n phone numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Timeout: %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Timeout: %1 did not answer within %n second.</numerusform>
            <numerusform>Timeout: %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::EditNumbersDialog</name>
    <message numerus="yes">
        <location filename="../ui/editnumbersdialog.cpp" line="+34"/>
        <source>Edit %n Numbers</source>
        <translation>
            <numerusform>Edit %n Number</numerusform>
            <numerusform>Edit %n Numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Apply to %n Numbers…</source>
        <translation>
            <numerusform>&amp;Apply to %n Number…</numerusform>
            <numerusform>&amp;Apply to %n Numbers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Tick the fields to change on all %n selected numbers; the others stay as they are on each number. &quot;None&quot; removes the traffic source or pool; empty token values remove them all.</source>
        <translation>
            <numerusform>Tick the fields to change on all %n selected numbers; the others stay as they are on each number. &quot;None&quot; removes the traffic source or pool; empty token values remove them all.</numerusform>
            <numerusform>Tick the fields to change on all %n selected numbers; the others stay as they are on each number. &quot;None&quot; removes the traffic source or pool; empty token values remove them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+138"/>
        <source>Change %n Numbers?</source>
        <translation>
            <numerusform>Change %n Number?</numerusform>
            <numerusform>Change %n Numbers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>Change these fields for %n numbers on account %1:</source>
        <translation>
            <numerusform>Change these fields for %n number on account %1:</numerusform>
            <numerusform>Change these fields for %n numbers on account %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="+343"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::ExportJob</name>
    <message numerus="yes">
        <location filename="../app/model/exportjob.cpp" line="+245"/>
        <source>%n number(s) were found by reading the set again.</source>
        <translation>
            <numerusform>%n number was found by reading the set again.</numerusform>
            <numerusform>%n numbers were found by reading the set again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The numbers kept changing during the export (%n read(s) of the set disagreed): the file may miss or repeat numbers.</source>
        <translation>
            <numerusform>The numbers kept changing during the export (%n read of the set disagreed): the file may miss or repeat numbers.</numerusform>
            <numerusform>The numbers kept changing during the export (%n reads of the set disagreed): the file may miss or repeat numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n repeated row(s) were left out.</source>
        <translation>
            <numerusform>%n repeated row was left out.</numerusform>
            <numerusform>%n repeated rows were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n NUL character(s) sent by the server were left out.</source>
        <translation>
            <numerusform>%n NUL character sent by the server was left out.</numerusform>
            <numerusform>%n NUL characters sent by the server were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%n number(s) left the query while it was read and were left out of the file.</source>
        <translation>
            <numerusform>%n number left the query while it was read and was left out of the file.</numerusform>
            <numerusform>%n numbers left the query while they were read and were left out of the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::InsightsPanel</name>
    <message numerus="yes">
        <location filename="../ui/insightspanel.cpp" line="+262"/>
        <source>Snapshot of %1 — %Ln number(s)</source>
        <translation>
            <numerusform>Snapshot of %1 — %Ln number</numerusform>
            <numerusform>Snapshot of %1 — %Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 of %Ln number(s) idle (no call in %2 days), %3 never called.</source>
        <translation>
            <numerusform>%1 of %Ln number idle (no call in %2 days), %3 never called.</numerusform>
            <numerusform>%1 of %Ln numbers idle (no call in %2 days), %3 never called.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>idle for %Ln day(s)</source>
        <translation>
            <numerusform>idle for %Ln day</numerusform>
            <numerusform>idle for %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::KeychainSecretStore</name>
    <message numerus="yes">
        <location filename="../app/model/keychainsecretstore.cpp" line="+93"/>
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+605"/>
        <source>&amp;Edit %n Numbers…</source>
        <translation>
            <numerusform>&amp;Edit %n Number…</numerusform>
            <numerusform>&amp;Edit %n Numbers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Unrent %n Numbers…</source>
        <translation>
            <numerusform>&amp;Unrent %n Number…</numerusform>
            <numerusform>&amp;Unrent %n Numbers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+172"/>
        <source>%Ln number(s) had no call in the %1 days before the snapshot of %2.</source>
        <extracomment>&quot;212 numbers had no call in the 90 days before the snapshot of 3 Dec 2026 14:02.&quot;</extracomment>
        <translation>
            <numerusform>%Ln number had no call in the %1 days before the snapshot of %2.</numerusform>
            <numerusform>%Ln numbers had no call in the %1 days before the snapshot of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Reading %Ln number(s) live…</source>
        <translation>
            <numerusform>Reading %Ln number live…</numerusform>
            <numerusform>Reading %Ln numbers live…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::NumberChooser</name>
    <message numerus="yes">
        <location filename="../ui/numberchooser.cpp" line="+123"/>
        <source>%1 of %n number(s) chosen.</source>
        <extracomment>Under the available numbers: &quot;3 of 20 numbers chosen.&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n number chosen.</numerusform>
            <numerusform>%1 of %n numbers chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+136"/>
        <source>%n number(s) found: tick the ones to buy.</source>
        <translation>
            <numerusform>%n number found: tick the ones to buy.</numerusform>
            <numerusform>%n numbers found: tick the ones to buy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::PlanDialog</name>
    <message numerus="yes">
        <location filename="../ui/plandialog.cpp" line="+243"/>
        <source>Type %1 to unrent %n number(s):</source>
        <translation>
            <numerusform>Type %1 to unrent %n number:</numerusform>
            <numerusform>Type %1 to unrent %n numbers:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::PlanPreview</name>
    <message numerus="yes">
        <location filename="../app/inventory/planpreview.cpp" line="+397"/>
        <source>%n will change</source>
        <translation>
            <numerusform>%n will change</numerusform>
            <numerusform>%n will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already so</source>
        <translation>
            <numerusform>%n already so</numerusform>
            <numerusform>%n already so</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not found</source>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ambiguous</source>
        <translation>
            <numerusform>%n ambiguous</numerusform>
            <numerusform>%n ambiguous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed since, not undone</source>
        <translation>
            <numerusform>%n changed since, not undone</numerusform>
            <numerusform>%n changed since, not undone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unrented, cannot be undone</source>
        <translation>
            <numerusform>%n unrented, cannot be undone</numerusform>
            <numerusform>%n unrented, cannot be undone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::SecretMigration</name>
    <message numerus="yes">
        <location filename="../app/model/secretmigration.cpp" line="+67"/>
        <source>The secrets of %n profile(s) were moved to %1.</source>
        <translation>
            <numerusform>The secrets of %n profile were moved to %1.</numerusform>
            <numerusform>The secrets of %n profiles were moved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::SnapshotDiffDialog</name>
    <message numerus="yes">
        <location filename="../ui/snapshotdiffdialog.cpp" line="+128"/>
        <source>Snapshot %1 — %2 — %Ln number(s)</source>
        <extracomment>&quot;Snapshot 3 — 4 Dec 2026 08:16 — 900 numbers&quot;</extracomment>
        <translation>
            <numerusform>Snapshot %1 — %2 — %Ln number</numerusform>
            <numerusform>Snapshot %1 — %2 — %Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+171"/>
        <location line="+3"/>
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>%n change written to %1.</numerusform>
            <numerusform>%n changes written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::SnapshotViewWindow</name>
    <message numerus="yes">
        <location filename="../ui/snapshotviewwindow.cpp" line="+135"/>
        <source>Snapshot of %1 — %Ln number(s) — live values may differ</source>
        <translation>
            <numerusform>Snapshot of %1 — %Ln number — live values may differ</numerusform>
            <numerusform>Snapshot of %1 — %Ln numbers — live values may differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%Ln number(s) chosen in the snapshot of %1.</source>
        <extracomment>&quot;2 numbers chosen in the snapshot of 3 Dec 2026 14:02 (Offer: Solar, idle for 90 days).&quot;</extracomment>
        <translation>
            <numerusform>%Ln number chosen in the snapshot of %1.</numerusform>
            <numerusform>%Ln numbers chosen in the snapshot of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln number(s) chosen in the snapshot of %1 (%2).</source>
        <translation>
            <numerusform>%Ln number chosen in the snapshot of %1 (%2).</numerusform>
            <numerusform>%Ln numbers chosen in the snapshot of %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::UnrentDialog</name>
    <message numerus="yes">
        <location filename="../ui/unrentdialog.cpp" line="+45"/>
        <source>Unrent %n Number(s)?</source>
        <translation>
            <numerusform>Unrent %n Number?</numerusform>
            <numerusform>Unrent %n Numbers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>&amp;Unrent %n Number(s)</source>
        <translation>
            <numerusform>&amp;Unrent %n Number</numerusform>
            <numerusform>&amp;Unrent %n Numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n number(s) changed since the snapshot (marked; hover for what changed): look at them before you unrent.</source>
        <translation>
            <numerusform>%n number changed since the snapshot (marked; hover for what changed): look at it before you unrent.</numerusform>
            <numerusform>%n numbers changed since the snapshot (marked; hover for what changed): look at them before you unrent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n number(s) are no longer on the account and are left out.</source>
        <translation>
            <numerusform>%n number is no longer on the account and is left out.</numerusform>
            <numerusform>%n numbers are no longer on the account and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>These %n number(s) will be unrented on account %1. Calls to them stop at once and the number(s) may go to someone else. Their call history is kept.</source>
        <translation>
            <numerusform>This number will be unrented on account %1. Calls to it stop at once and the number may go to someone else. Its call history is kept.</numerusform>
            <numerusform>These %n numbers will be unrented on account %1. Calls to them stop at once and the numbers may go to someone else. Their call history is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-54"/>
        <source>%1 is protected by delete prevention: the server refuses to unrent it. Turn delete prevention off on TrackDrive first.</source>
        <translation>
            <numerusform>%1 is protected by delete prevention: the server refuses to unrent it. Turn delete prevention off on TrackDrive first.</numerusform>
            <numerusform>%1 are protected by delete prevention: the server refuses to unrent them. Turn delete prevention off on TrackDrive first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 is protected by delete prevention and is left out: the server refuses to unrent it.</source>
        <translation>
            <numerusform>%1 is protected by delete prevention and is left out: the server refuses to unrent it.</numerusform>
            <numerusform>%1 are protected by delete prevention and are left out: the server refuses to unrent them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::cli::BatchRun</name>
    <message numerus="yes">
        <location filename="../app/cli/batchrun.cpp" line="+49"/>
        <source>About to change %n number(s) of %1</source>
        <translation>
            <numerusform>About to change %n number of %1</numerusform>
            <numerusform>About to change %n numbers of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and unrent %n number(s): they leave the account, and buying them back may not be possible.
</source>
        <translation>
            <numerusform> and unrent %n number: they leave the account, and buying them back may not be possible.
</numerusform>
            <numerusform> and unrent %n numbers: they leave the account, and buying them back may not be possible.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Type %1 to unrent %n number(s):</source>
        <translation>
            <numerusform>Type %1 to unrent %n number:</numerusform>
            <numerusform>Type %1 to unrent %n numbers:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::cli::ListCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/listcommand.cpp" line="+22"/>
        <source>Lists the numbers of the account that match the filters, %n at most unless --limit says otherwise.</source>
        <translation>
            <numerusform>Lists the numbers of the account that match the filters, %n at most unless --limit says otherwise.</numerusform>
            <numerusform>Lists the numbers of the account that match the filters, %n at most unless --limit says otherwise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%1 of %n number(s) read</source>
        <translation>
            <numerusform>%1 of %n number read</numerusform>
            <numerusform>%1 of %n numbers read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n number(s) read</source>
        <translation>
            <numerusform>%n number read</numerusform>
            <numerusform>%n numbers read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::cli::UnrentCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/unrentcommand.cpp" line="+68"/>
        <source>About to unrent %n number(s) of %1:
</source>
        <translation>
            <numerusform>About to unrent %n number of %1:
</numerusform>
            <numerusform>About to unrent %n numbers of %1:
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::decode</name>
    <message numerus="yes">
        <location filename="../app/api/responsedecoder.cpp" line="+485"/>
        <source>Too many requests (429): the server asks to come back at %1, more than %n second(s) from now; try again then.</source>
        <translation>
            <numerusform>Too many requests (429): the server asks to come back at %1, more than %n second from now; try again then.</numerusform>
            <numerusform>Too many requests (429): the server asks to come back at %1, more than %n seconds from now; try again then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Too many requests (429); the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Too many requests (429); the server asks to wait %n second.</numerusform>
            <numerusform>Too many requests (429); the server asks to wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::sandbox::SandboxServer</name>
    <message numerus="yes">
        <location filename="../app/sandbox/sandboxserver.cpp" line="+412"/>
        <source>Rate limit exceeded: retry after %n second(s)</source>
        <translation>
            <numerusform>Rate limit exceeded: retry after %n second</numerusform>
            <numerusform>Rate limit exceeded: retry after %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
