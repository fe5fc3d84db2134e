<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Stopped after %n connection(s).</source>
        <translation>
            <numerusform>Stopped after %n connection.</numerusform>
            <numerusform>Stopped after %n connections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message numerus="yes">
        <source>%n more line(s) not shown</source>
        <translation>
            <numerusform>%n more line not shown</numerusform>
            <numerusform>%n more lines not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transcript limit reached: %n more line(s) not kept</source>
        <translation>
            <numerusform>Transcript limit reached: %n more line not kept</numerusform>
            <numerusform>Transcript limit reached: %n more lines not kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailInspect::CertificateModel</name>
    <message numerus="yes">
        <source>not valid yet: starts in %n day(s)</source>
        <translation>
            <numerusform>not valid yet: starts in %n day</numerusform>
            <numerusform>not valid yet: starts in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not valid yet: starts in %n month(s)</source>
        <translation>
            <numerusform>not valid yet: starts in %n month</numerusform>
            <numerusform>not valid yet: starts in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not valid yet: starts in %n year(s)</source>
        <translation>
            <numerusform>not valid yet: starts in %n year</numerusform>
            <numerusform>not valid yet: starts in %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n month(s) ago</source>
        <translation>
            <numerusform>expired %n month ago</numerusform>
            <numerusform>expired %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n year(s) ago</source>
        <translation>
            <numerusform>expired %n year ago</numerusform>
            <numerusform>expired %n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n month(s)</source>
        <translation>
            <numerusform>expires in %n month</numerusform>
            <numerusform>expires in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n year(s)</source>
        <translation>
            <numerusform>expires in %n year</numerusform>
            <numerusform>expires in %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailInspect::MainWindow</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcript line(s)</source>
        <translation>
            <numerusform>%n transcript line</numerusform>
            <numerusform>%n transcript lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice server(s) ready on 127.0.0.1 — see the Practice menu</source>
        <translation>
            <numerusform>%n practice server ready on 127.0.0.1 — see the Practice menu</numerusform>
            <numerusform>%n practice servers ready on 127.0.0.1 — see the Practice menu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>Transcript limit reached: %n more line(s) of the file not kept</source>
        <translation>
            <numerusform>Transcript limit reached: %n more line of the file not kept</numerusform>
            <numerusform>Transcript limit reached: %n more lines of the file not kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more not kept)</source>
        <translation>
            <numerusform>(%n more not kept)</numerusform>
            <numerusform>(%n more not kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters not kept)</source>
        <translation>
            <numerusform>(%n more character not kept)</numerusform>
            <numerusform>(%n more characters not kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- ... and %n more finding(s) in the full report</source>
        <translation>
            <numerusform>- ... and %n more finding in the full report</numerusform>
            <numerusform>- ... and %n more findings in the full report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsFinder</name>
    <message numerus="yes">
        <source>HTTP 200, %n bytes</source>
        <translation>
            <numerusform>HTTP 200, %n bytes</numerusform>
            <numerusform>HTTP 200, %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n server(s)</source>
        <translation>
            <numerusform>%1: %n server</numerusform>
            <numerusform>%1: %n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictSummary</name>
    <message numerus="yes">
        <source>Found at the step “%1”. What to change is in the findings below (%n more).</source>
        <translation>
            <numerusform>Found at the step “%1”. What to change is in the findings below (%n more).</numerusform>
            <numerusform>Found at the step “%1”. What to change is in the findings below (%n more).</numerusform>
        </translation>
    </message>
</context>
</TS>
