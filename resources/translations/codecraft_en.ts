<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln unchanged line(s)</source>
        <translation>
            <numerusform>%Ln unchanged line</numerusform>
            <numerusform>%Ln unchanged lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) viewed</source>
        <translation>
            <numerusform>%1 of %n file viewed</numerusform>
            <numerusform>%1 of %n files viewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) need attention</source>
        <translation>
            <numerusform>%n project needs attention</numerusform>
            <numerusform>%n projects need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) and the requirements (%2) will be uploaded: &lt;b&gt;%3&lt;/b&gt; in all.</source>
        <translation>
            <numerusform>%n file (%1) and the requirements (%2) will be uploaded: &lt;b&gt;%3&lt;/b&gt; in all.</numerusform>
            <numerusform>%n files (%1) and the requirements (%2) will be uploaded: &lt;b&gt;%3&lt;/b&gt; in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged file(s) wait for your decision.</source>
        <translation>
            <numerusform>%n flagged file waits for your decision.</numerusform>
            <numerusform>%n flagged files wait for your decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded file(s) stay on this computer.</source>
        <translation>
            <numerusform>%n excluded file stays on this computer.</numerusform>
            <numerusform>%n excluded files stay on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) never sync: they stay on this computer.</source>
        <translation>
            <numerusform>%n attachment never syncs: it stays on this computer.</numerusform>
            <numerusform>%n attachments never sync: they stay on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientReviewView</name>
    <message numerus="yes">
        <source>%n review(s).</source>
        <translation>
            <numerusform>%n review.</numerusform>
            <numerusform>%n reviews.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message numerus="yes">
        <source>%n comment thread(s) on this file, %1 open</source>
        <translation>
            <numerusform>%n comment thread on this file, %1 open</numerusform>
            <numerusform>%n comment threads on this file, %1 open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpertReviewView</name>
    <message numerus="yes">
        <source>%n engagement(s) assigned to you.</source>
        <translation>
            <numerusform>%n engagement assigned to you.</numerusform>
            <numerusform>%n engagements assigned to you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationList</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message numerus="yes">
        <source>%n synced project(s), all up to date.</source>
        <translation>
            <numerusform>%n synced project, all up to date.</numerusform>
            <numerusform>%n synced projects, all up to date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TurnOnSyncDialog</name>
    <message numerus="yes">
        <source>Choose Exclude or Allow upload for %n flagged file(s) to continue.</source>
        <translation>
            <numerusform>Choose Exclude or Allow upload for %n flagged file to continue.</numerusform>
            <numerusform>Choose Exclude or Allow upload for %n flagged files to continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message numerus="yes">
        <source>%n review warning(s)</source>
        <translation>
            <numerusform>%n review warning</numerusform>
            <numerusform>%n review warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
