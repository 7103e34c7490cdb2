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
    <name>TodayScreen</name>
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
</TS>
