<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaptureScreen</name>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence note(s)</source>
        <translation>
            <numerusform>%n evidence note</numerusform>
            <numerusform>%n evidence notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportErrorsPanel</name>
    <message numerus="yes">
        <source>{title} — %n problem(s)</source>
        <translation>
            <numerusform>{title} — %n problem</numerusform>
            <numerusform>{title} — %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>{what}

%n edit(s) of this session could not be written yet and would be lost if you quit now.

Quit anyway? Choose No to keep FieldRide open: it saves them as soon as the disk takes them.</source>
        <translation>
            <numerusform>{what}

%n edit of this session could not be written yet and would be lost if you quit now.

Quit anyway? Choose No to keep FieldRide open: it saves them as soon as the disk takes them.</numerusform>
            <numerusform>{what}

%n edits of this session could not be written yet and would be lost if you quit now.

Quit anyway? Choose No to keep FieldRide open: it saves them as soon as the disk takes them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewText</name>
    <message numerus="yes">
        <source>Version {version} · %n behaviour(s) · key {key} · from {source}</source>
        <translation>
            <numerusform>Version {version} · %n behaviour · key {key} · from {source}</numerusform>
            <numerusform>Version {version} · %n behaviours · key {key} · from {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {version} · %n behaviour(s) · key {key}</source>
        <translation>
            <numerusform>Version {version} · %n behaviour · key {key}</numerusform>
            <numerusform>Version {version} · %n behaviours · key {key}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message numerus="yes">
        <source>%n question(s) asked</source>
        <translation>
            <numerusform>%n question asked</numerusform>
            <numerusform>%n questions asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of advice</source>
        <translation>
            <numerusform>%n statement of advice</numerusform>
            <numerusform>%n statements of advice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message numerus="yes">
        <source>%n seller(s)</source>
        <translation>
            <numerusform>%n seller</numerusform>
            <numerusform>%n sellers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ride due with %n: {names}</source>
        <translation>
            <numerusform>ride due with %n: {names}</numerusform>
            <numerusform>ride due with %n: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>everyone ridden with in the last %n day(s)</source>
        <translation>
            <numerusform>everyone ridden with in the last %n day</numerusform>
            <numerusform>everyone ridden with in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue commitment(s)</source>
        <translation>
            <numerusform>%n overdue commitment</numerusform>
            <numerusform>%n overdue commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardHistory</name>
    <message numerus="yes">
        <source>used by %n ride(s)</source>
        <translation>
            <numerusform>used by %n ride</numerusform>
            <numerusform>used by %n rides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardsScreen</name>
    <message numerus="yes">
        <source>{name} was not imported: %n problem(s) to fix (listed below). Nothing was changed.</source>
        <translation>
            <numerusform>{name} was not imported: %n problem to fix (listed below). Nothing was changed.</numerusform>
            <numerusform>{name} was not imported: %n problems to fix (listed below). Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message numerus="yes">
        <source>%n result(s) (the newest; narrow the search to see older ones)</source>
        <translation>
            <numerusform>%n result (the newest; narrow the search to see older ones)</numerusform>
            <numerusform>%n results (the newest; narrow the search to see older ones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SellerProfileScreen</name>
    <message numerus="yes">
        <source>last ride %n day(s) ago — ride due</source>
        <translation>
            <numerusform>last ride %n day ago — ride due</numerusform>
            <numerusform>last ride %n days ago — ride due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last ride %n day(s) ago</source>
        <translation>
            <numerusform>last ride %n day ago</numerusform>
            <numerusform>last ride %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ride(s)</source>
        <translation>
            <numerusform>%n ride</numerusform>
            <numerusform>%n rides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue commitment(s)</source>
        <translation>
            <numerusform>%n overdue commitment</numerusform>
            <numerusform>%n overdue commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whole history: %n ride(s) shown</source>
        <translation>
            <numerusform>Whole history: %n ride shown</numerusform>
            <numerusform>Whole history: %n rides shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{period} (since {day}): {shown} of %n ride(s) shown</source>
        <translation>
            <numerusform>{period} (since {day}): {shown} of %n ride shown</numerusform>
            <numerusform>{period} (since {day}): {shown} of %n rides shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SellersScreen</name>
    <message numerus="yes">
        <source>There is already %n seller(s) with this name: {who}.

Save anyway? Give each an email or territory so they can be told apart when planning.</source>
        <translation>
            <numerusform>There is already %n seller with this name: {who}.

Save anyway? Give each an email or territory so they can be told apart when planning.</numerusform>
            <numerusform>There is already %n sellers with this name: {who}.

Save anyway? Give each an email or territory so they can be told apart when planning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamGridModel</name>
    <message numerus="yes">
        <source>{seller} · {behaviour}
{level} ({label}) on the ride of {day}, %n rating(s)</source>
        <translation>
            <numerusform>{seller} · {behaviour}
{level} ({label}) on the ride of {day}, %n rating</numerusform>
            <numerusform>{seller} · {behaviour}
{level} ({label}) on the ride of {day}, %n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message numerus="yes">
        <source>Planned, never started, their day passed: %n ride(s). Open one to ride it now, or select it and press Delete to remove it.</source>
        <translation>
            <numerusform>Planned, never started, their day passed: %n ride. Open one to ride it now, or select it and press Delete to remove it.</numerusform>
            <numerusform>Planned, never started, their day passed: %n rides. Open one to ride it now, or select it and press Delete to remove it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due a ride (%n seller(s) not ridden with in {days} days, none planned): {names}.</source>
        <translation>
            <numerusform>Due a ride (%n seller not ridden with in {days} days, none planned): {names}.</numerusform>
            <numerusform>Due a ride (%n sellers not ridden with in {days} days, none planned): {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message numerus="yes">
        <source>%n rated ride(s), latest {level}</source>
        <translation>
            <numerusform>%n rated ride, latest {level}</numerusform>
            <numerusform>%n rated rides, latest {level}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated ride(s), not rated yet</source>
        <translation>
            <numerusform>%n rated ride, not rated yet</numerusform>
            <numerusform>%n rated rides, not rated yet</numerusform>
        </translation>
    </message>
</context>
</TS>
