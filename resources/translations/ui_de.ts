<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BehaviourRow</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Kind of call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Operations director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the customer agree to by the end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of this ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call yet. Add the first call (Ctrl+Shift+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected call up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected call down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the call (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureHeader</name>
    <message>
        <source>No ride open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Remove call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call yet: add the first call to start rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentRow</name>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>Commitments to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments to verify on this ride (answered in the debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One follow-up application the seller will try before the next ride, tied to a behaviour. It is checked at the next ride with this seller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the seller will apply… (Enter adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New commitment behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New commitment due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitment yet: agree at least one before finishing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <source>Ride status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ride is still planned: observe at least one call, then debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the ride showed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ focus · C1… calls · n/o no opportunity · evidence under each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nish debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the laptop to the &amp;seller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the laptop to the seller to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the acknowledged ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ride&apos;s history: reopened, changed, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reopened this ride, when and why, and what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce summary &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce summary PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open summary PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen acknowledged ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller acknowledged this debrief. Why reopen it? (recorded with the time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride not reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot produce this document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was actually said or done. Enter in the grid opens this; Esc or Ctrl+Enter returns. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance for the current behaviour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldRide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review with the seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time} · {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time} · everything since {since} is saved now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Keep FieldRide open until you have read this; the edits of this session may be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit FieldRide and start it again: it offers the newest backup in the recovery window (or run &apos;fieldride restore --newest&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything FieldRide had open, your last edit included, was saved to the rescue file {rescue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit FieldRide, then put the rescue file back with:
{command}
Whatever is at the data file&apos;s place by then is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the data file is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldRide stopped saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what_happened} This happened outside FieldRide while FieldRide had it open. Edits made now would be lost, so FieldRide no longer takes any.

{saved}

{todo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output and &amp;branding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync with team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scorecard and roster files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FieldRide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan a ride…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue the ride in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debrief the ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ride is planned with a seller: add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ride in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ride in progress to debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the debrief of the ride in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team server is set up for this data folder. Your team&apos;s admin adds you to the team server; then join once with:

fieldride sync --join --dsn &quot;host=… dbname=… user=…&quot;

(see the README, Team server). Everything keeps working without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{what}

%n edit(s) of this session could not be written yet and would be lost if you quit now.

Quit anyway? Choose No to keep FieldRide open: it saves them as soon as the disk takes them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>Quick notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick notes of this ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRideDialog</name>
    <message>
        <source>Plan a ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what this ride should show or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;corecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the ride was not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the ride for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and start capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the ride and start capturing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a seller first (Sellers screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Suggested focus&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing to suggest yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Commitments to verify&lt;/b&gt;&lt;/p&gt;&lt;p&gt;None open.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last ride&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No earlier ride with this seller.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a captured line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or done — or pick a captured line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a behaviour —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence was written on this ride&apos;s calls.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateNoteBox</name>
    <message>
        <source>Only you see this note. It is never printed, exported to the seller&apos;s summary or shown in the acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private manager note, never shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own notes about this ride. The seller never sees them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller&apos;s answer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: ask it instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Questions asked and statements of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own question… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More telling than asking. Turn advice into a question the seller answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each question you asked; note what the seller answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickNoteBar</name>
    <message>
        <source>Quick note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the quick note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingGrid</name>
    <message>
        <source>Behaviour ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits rate the current behaviour, N marks no opportunity, Delete clears</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Replay a short part of a call, or rewrite a piece of the work together, until it sounds right. Note what, how many times, and how the last try went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was rehearsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the last two minutes of the Harbour Foods call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the second try ended with a dated next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RideHistoryDialog</name>
    <message>
        <source>What happened to this ride after its debrief. Changes made after the seller&apos;s acknowledgement are listed one by one; private notes are never recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RideSummaryView</name>
    <message>
        <source>What the ride showed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerReviewSession</name>
    <message>
        <source>This is your own record: how each behaviour has gone ride by ride, the commitments you made and how they held, and the summaries you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary of the chosen ride</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerView</name>
    <message>
        <source>Your coaching summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the summary on the left: it is what your handout will say. By typing your name you confirm that you went through this debrief with your manager. The ride is then locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name as it is written on the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sellers you coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a ride…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a ride ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the ride in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned rides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ride is planned. Plan the next ride with a seller from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-ride brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page to read before the ride: focus, look-fors, questions and the commitments to verify (the selected planned ride, else the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent rides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rides yet. Add the sellers you coach first, then plan a ride.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride in progress: {seller}, {day} ({type})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rides: {today} today, {week} more in the next 6 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments: {overdue} overdue, {due} due in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due a ride (%n seller(s) not ridden with in {days} days, none planned): {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No sellers yet. Add the sellers you coach, then plan a ride.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ride taken yet. Open a planned ride above to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ride taken yet. Plan a ride to start coaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride planned for a later day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ride with {seller} is planned for {planned}.

Move its date to today, {today}? Choose No to keep {planned}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ride moved to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for {seller}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a ride first: the brief is for a planned ride.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-ride brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ride planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationRow</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw today (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
