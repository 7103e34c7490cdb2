<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>The licence text for {name} is missing from this installation ({path}).</source>
        <translation>Der Lizenztext für {name} fehlt in dieser Installation ({path}).</translation>
    </message>
    <message>
        <source>About FieldRide</source>
        <translation>Über FieldRide</translation>
    </message>
    <message>
        <source>FieldRide logo</source>
        <translation>FieldRide-Logo</translation>
    </message>
    <message>
        <source>FieldRide {version}</source>
        <translation>FieldRide {version}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Offline field coaching: plan, observe, debrief, share, review.</source>
        <translation>Coaching im Außendienst, offline: planen, beobachten, nachbesprechen, teilen, auswerten.</translation>
    </message>
    <message>
        <source>Qt {qt} · Python {python}</source>
        <translation>Qt {qt} · Python {python}</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Everything FieldRide knows is in this folder, on this computer only. Daily backups are kept in {backups}/ inside it; to keep a copy elsewhere, copy that folder or run “fieldride backup”.</source>
        <translation>Alles, was FieldRide weiß, liegt in diesem Ordner, nur auf diesem Computer. Tägliche Sicherungen liegen darin in {backups}/; für eine Kopie an anderer Stelle kopieren Sie diesen Ordner oder führen „fieldride backup“ aus.</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Datenordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Fonts and libraries</source>
        <translation>Schriften und Bibliotheken</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>The list of licences is missing or damaged in this installation ({folder}). Reinstalling FieldRide restores it.</source>
        <translation>Die Liste der Lizenzen fehlt in dieser Installation oder ist beschädigt ({folder}). Eine Neuinstallation von FieldRide stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Cannot open the data folder</source>
        <translation>Datenordner lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The data folder {folder} does not exist any more. FieldRide creates it again the next time it starts.</source>
        <translation>Den Datenordner {folder} gibt es nicht mehr. FieldRide legt ihn beim nächsten Start neu an.</translation>
    </message>
    <message>
        <source>No file manager answered. The data folder is {folder}; use “Copy path” and open it from your file manager.</source>
        <translation>Kein Dateimanager hat geantwortet. Der Datenordner ist {folder}; nutzen Sie „Pfad kopieren“ und öffnen Sie ihn in Ihrem Dateimanager.</translation>
    </message>
</context>
<context>
    <name>AgreementTable</name>
    <message>
        <source>Agreement per behaviour</source>
        <translation>Übereinstimmung je Verhalten</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Same level</source>
        <translation>Gleiche Stufe</translation>
    </message>
    <message>
        <source>Within one level</source>
        <translation>Höchstens eine Stufe entfernt</translation>
    </message>
    <message>
        <source>Lean of {rater}</source>
        <translation>Tendenz von {rater}</translation>
    </message>
    <message>
        <source>All behaviours</source>
        <translation>Alle Verhaltensweisen</translation>
    </message>
    <message>
        <source>{compared} (+{one_sided})</source>
        <translation>{compared} (+{one_sided})</translation>
    </message>
    <message>
        <source>{count} of {compared} ({percent}%)</source>
        <translation>{count} von {compared} ({percent} %)</translation>
    </message>
    <message>
        <source>0.0 (the same)</source>
        <translation>0,0 (gleich)</translation>
    </message>
    <message>
        <source>+{lean} (higher)</source>
        <translation>+{lean} (höher)</translation>
    </message>
    <message>
        <source>−{lean} (lower)</source>
        <translation>−{lean} (niedriger)</translation>
    </message>
</context>
<context>
    <name>AppStart</name>
    <message>
        <source>FieldRide cannot start</source>
        <translation>FieldRide kann nicht starten</translation>
    </message>
    <message>
        <source>FieldRide is already running</source>
        <translation>FieldRide läuft bereits</translation>
    </message>
    <message>
        <source>FieldRide cannot open its data</source>
        <translation>FieldRide kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>FieldRide cannot read its data</source>
        <translation>FieldRide kann seine Daten nicht lesen</translation>
    </message>
    <message>
        <source>Reading the data file {path} failed although its check passed. Nothing was changed. Quit other programs using it and start FieldRide again.</source>
        <translation>Die Datendatei {path} ließ sich nicht lesen, obwohl ihre Prüfung bestanden war. Es wurde nichts geändert. Beenden Sie andere Programme, die sie verwenden, und starten Sie FieldRide erneut.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Attach to this call…</source>
        <translation>An diesen Kontakt anhängen…</translation>
    </message>
    <message>
        <source>Attach to the current behaviour…</source>
        <translation>An das aktuelle Verhalten anhängen…</translation>
    </message>
    <message>
        <source>Attach a photo or a file</source>
        <translation>Ein Foto oder eine Datei anhängen</translation>
    </message>
    <message>
        <source>A whiteboard photo, an account plan, an email: at most 10 MB (Ctrl+Shift+F)</source>
        <translation>Ein Whiteboard-Foto, ein Account-Plan, eine E-Mail: höchstens 10 MB (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>{file} · on {behaviour}</source>
        <translation>{file} · zu {behaviour}</translation>
    </message>
    <message>
        <source>No files on the private note.</source>
        <translation>Keine Dateien an der privaten Notiz.</translation>
    </message>
    <message>
        <source>Files on the private note (never shared): {count}</source>
        <translation>Dateien an der privaten Notiz (nie geteilt): {count}</translation>
    </message>
    <message>
        <source>No attachments on this call.</source>
        <translation>Keine Anhänge an diesem Kontakt.</translation>
    </message>
    <message>
        <source>Attachments on this call: {count}</source>
        <translation>Anhänge an diesem Kontakt: {count}</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>No application opens this kind of file here. It is saved as {path}.</source>
        <translation>Auf diesem Rechner öffnet kein Programm diese Art von Datei. Sie ist als {path} gespeichert.</translation>
    </message>
    <message>
        <source>Save the attachment as</source>
        <translation>Anhang speichern unter</translation>
    </message>
    <message>
        <source>Remove {name} from this call? The file itself stays where it was.</source>
        <translation>{name} von diesem Kontakt entfernen? Die Datei selbst bleibt, wo sie war.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>BehaviourRow</name>
    <message>
        <source>No opportunity (N): never counts in any score</source>
        <translation>Keine Gelegenheit (N): zählt nie in eine Bewertung</translation>
    </message>
    <message>
        <source>No opportunity</source>
        <translation>Keine Gelegenheit</translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation>FOKUS</translation>
    </message>
    <message>
        <source>{behaviour} (focus)</source>
        <translation>{behaviour} (Fokus)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>FieldRide bundles (*.fieldride.json *.json)</source>
        <translation>FieldRide-Pakete (*.fieldride.json *.json)</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>A bundle is one file with your rides, their sellers and the scorecards they use; private notes never go into it. A director, or your own new laptop, imports it with File ▸ Import bundle…</source>
        <translation>Ein Paket ist eine Datei mit Ihren Begleitungen, den Mitarbeiter/innen dazu und den verwendeten Beobachtungsbögen; private Notizen kommen nie hinein. Eine Vertriebsleitung oder Ihr eigener neuer Laptop importiert es mit Datei ▸ Paket importieren…</translation>
    </message>
    <message>
        <source>Only rides changed since:</source>
        <translation>Nur Begleitungen, geändert seit:</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Stand des Exports</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Das Paket wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed (see the log).</source>
        <translation>Der Export ist fehlgeschlagen (siehe Protokolldatei).</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>A bundle is checked whole before anything is written: you see what it would add or change here first. Importing the same bundle twice changes nothing.</source>
        <translation>Ein Paket wird vollständig geprüft, bevor etwas geschrieben wird: Hier sehen Sie zuerst, was es hinzufügen oder ändern würde. Dasselbe Paket zweimal zu importieren ändert nichts.</translation>
    </message>
    <message>
        <source>No bundle chosen.</source>
        <translation>Kein Paket gewählt.</translation>
    </message>
    <message>
        <source>C&amp;hoose bundle…</source>
        <translation>Paket &amp;wählen…</translation>
    </message>
    <message>
        <source>What the bundle would change</source>
        <translation>Was das Paket ändern würde</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Stand des Imports</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Das Paket wird geprüft…</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here.</source>
        <translation>Alles aus diesem Paket ist schon hier.</translation>
    </message>
    <message>
        <source>This bundle cannot be imported: {reason}</source>
        <translation>Dieses Paket kann nicht importiert werden: {reason}</translation>
    </message>
    <message>
        <source>it could not be read (see the log).</source>
        <translation>es konnte nicht gelesen werden (siehe Protokolldatei).</translation>
    </message>
    <message>
        <source>Written {when} UTC by FieldRide {version}.</source>
        <translation>Geschrieben am {when} UTC von FieldRide {version}.</translation>
    </message>
    <message>
        <source>Rides: {new} new, {updated} updated, {same} already here.</source>
        <translation>Begleitungen: {new} neu, {updated} aktualisiert, {same} schon hier.</translation>
    </message>
    <message>
        <source>Sellers: {new} new, {known} already here.</source>
        <translation>Mitarbeiter/innen: {new} neu, {known} schon hier.</translation>
    </message>
    <message>
        <source>Scorecard versions: {new} new, {known} already here.</source>
        <translation>Versionen von Beobachtungsbögen: {new} neu, {known} schon hier.</translation>
    </message>
    <message>
        <source>Rides edited both here and in the bundle: {count}. For each, the version the seller acknowledged later is kept, the other as a read-only conflict copy.</source>
        <translation>Begleitungen, die hier und im Paket bearbeitet wurden: {count}. Jeweils gilt die Fassung, die der/die Mitarbeiter/in später bestätigt hat; die andere bleibt als schreibgeschützte Konfliktkopie.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} von {total}</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import failed (see the log).</source>
        <translation>Der Import ist fehlgeschlagen (siehe Protokolldatei).</translation>
    </message>
</context>
<context>
    <name>CalibrationScreen</name>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Read a call written by the FieldRide team, rate it as you would on a ride, then compare with the levels the authors agreed. Your runs stay on this laptop.</source>
        <translation>Lesen Sie einen vom FieldRide-Team geschriebenen Kontakt, bewerten Sie ihn wie bei einer Begleitung und vergleichen Sie dann mit den Stufen, auf die sich die Autoren geeinigt haben. Ihre Durchgänge bleiben auf diesem Laptop.</translation>
    </message>
    <message>
        <source>Reference scenarios</source>
        <translation>Referenzfälle</translation>
    </message>
    <message>
        <source>The scenario: what happened on the call</source>
        <translation>Der Fall: was im Kontakt geschah</translation>
    </message>
    <message>
        <source>&amp;Compare with the reference</source>
        <translation>Mit der Referenz &amp;vergleichen</translation>
    </message>
    <message>
        <source>Your ratings</source>
        <translation>Ihre Bewertungen</translation>
    </message>
    <message>
        <source>Your ratings and the agreed levels</source>
        <translation>Ihre Bewertungen und die vereinbarten Stufen</translation>
    </message>
    <message>
        <source>Behaviour · why this level</source>
        <translation>Verhalten · warum diese Stufe</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Compared: behaviours where both you and the reference gave a level (+n: given by one side only, e.g. &apos;No opportunity&apos;). Same level and within one level: of those compared.</source>
        <translation>Verglichen: Verhaltensweisen, für die Sie und die Referenz eine Stufe vergeben haben (+n: nur von einer Seite, z. B. &apos;Keine Gelegenheit&apos;). Gleiche Stufe und höchstens eine Stufe entfernt: bezogen auf die verglichenen.</translation>
    </message>
    <message>
        <source>All your runs</source>
        <translation>Alle Ihre Durchgänge</translation>
    </message>
    <message>
        <source>{title} · rated {count}×</source>
        <translation>{title} · {count}× bewertet</translation>
    </message>
    <message>
        <source>— not rated</source>
        <translation>– nicht bewertet</translation>
    </message>
    <message>
        <source>{value} {label}</source>
        <translation>{value} {label}</translation>
    </message>
    <message>
        <source>No opportunity</source>
        <translation>Keine Gelegenheit</translation>
    </message>
    <message>
        <source>calibration run kept</source>
        <translation>Kalibrierungsdurchgang gespeichert</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>{behaviour}
{reason}</source>
        <translation>{behaviour}
{reason}</translation>
    </message>
    <message>
        <source>{title}: you gave the agreed level on {exact} of {compared} behaviours rated by both, and were within one level on {within}. Your lean: {lean} level on average (+: you rate higher than the reference).</source>
        <translation>{title}: Sie haben bei {exact} von {compared} beidseitig bewerteten Verhaltensweisen die vereinbarte Stufe vergeben und lagen bei {within} höchstens eine Stufe daneben. Ihre Tendenz: im Schnitt {lean} Stufen (+: Sie bewerten höher als die Referenz).</translation>
    </message>
    <message>
        <source>No runs yet: rate a scenario and compare to see your figures here.</source>
        <translation>Noch keine Durchgänge: Bewerten Sie einen Fall und vergleichen Sie, um hier Ihre Werte zu sehen.</translation>
    </message>
    <message>
        <source>Over the latest run of each scenario you rated ({count} of {total}). Lean: how much higher (+) or lower (−) than the agreed level you rate, on average, in levels.</source>
        <translation>Über den letzten Durchgang jedes bewerteten Falls ({count} von {total}). Tendenz: wie viel höher (+) oder niedriger (−) als die vereinbarte Stufe Sie im Schnitt bewerten, in Stufen.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>the reference</source>
        <translation>die Referenz</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Edit call</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Add a call</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Kind of call</source>
        <translation>Art des Kontakts</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer or account</source>
        <translation>Kunde oder Account</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Rolle des Ansprechpartners</translation>
    </message>
    <message>
        <source>e.g. Operations director</source>
        <translation>z. B. Betriebsleiterin</translation>
    </message>
    <message>
        <source>Call objective</source>
        <translation>Ziel des Kontakts</translation>
    </message>
    <message>
        <source>What should the customer agree to by the end?</source>
        <translation>Wozu soll der Kunde am Ende zustimmen?</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Contact &amp;role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>Save call</source>
        <translation>Kontakt speichern</translation>
    </message>
    <message>
        <source>Add call</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Calls</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Calls of this ride</source>
        <translation>Kontakte dieser Begleitung</translation>
    </message>
    <message>
        <source>No call yet. Add the first call (Ctrl+Shift+A).</source>
        <translation>Noch kein Kontakt. Fügen Sie den ersten hinzu (Strg+Umschalt+A).</translation>
    </message>
    <message>
        <source>Add call…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Add a call</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Add a call ({keys})</source>
        <translation>Einen Kontakt hinzufügen ({keys})</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected call</source>
        <translation>Den gewählten Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected call up</source>
        <translation>Den gewählten Kontakt nach oben schieben</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected call down</source>
        <translation>Den gewählten Kontakt nach unten schieben</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Pfeil runter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected call</source>
        <translation>Den gewählten Kontakt entfernen</translation>
    </message>
    <message>
        <source>Remove the call (undo with Ctrl+Z)</source>
        <translation>Kontakt entfernen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>{n}. {call} · {time}
{done} of {total} marked</source>
        <translation>{n}. {call} · {time}
{done} von {total} bewertet</translation>
    </message>
    <message>
        <source>{n}. {call}
{done} of {total} marked</source>
        <translation>{n}. {call}
{done} von {total} bewertet</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>Ziel: {objective}</translation>
    </message>
</context>
<context>
    <name>CaptureHeader</name>
    <message>
        <source>No ride open</source>
        <translation>Keine Begleitung geöffnet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Debrief →</source>
        <translation>Nachbesprechung →</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Zur Nachbesprechung</translation>
    </message>
    <message>
        <source>Debrief this ride ({keys})</source>
        <translation>Diese Begleitung nachbesprechen ({keys})</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation>Rückgängig: {what} (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo {what} (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: {what} (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>{seller} · {type} · {day}</source>
        <translation>{seller} · {type} · {day}</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>keins gewählt</translation>
    </message>
    <message>
        <source>{scorecard} v{version} · Focus: {focus} · Objective: {objective}</source>
        <translation>{scorecard} V{version} · Fokus: {focus} · Ziel: {objective}</translation>
    </message>
    <message>
        <source>{scorecard} v{version} · Focus: {focus}</source>
        <translation>{scorecard} V{version} · Fokus: {focus}</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>This note is not saved yet (see the status bar): undo (Ctrl+Z) takes it back; it can be changed once it is saved.</source>
        <translation>Diese Notiz ist noch nicht gespeichert (siehe Statusleiste): Rückgängig (Strg+Z) nimmt sie zurück; ändern lässt sie sich, sobald sie gespeichert ist.</translation>
    </message>
    <message>
        <source>The first call could not be started: the data file cannot be written just now (see the status bar). Nothing was rated; try again once it is saved.</source>
        <translation>Der erste Kontakt konnte nicht angelegt werden: Die Datendatei lässt sich gerade nicht schreiben (siehe Statusleiste). Es wurde nichts bewertet; versuchen Sie es erneut, sobald wieder gespeichert wird.</translation>
    </message>
    <message>
        <source>Digits rate and move on · N no opportunity · Del clear · ↑ ↓ Tab move · ← → previous/next call · Enter evidence (Esc back) · {note} quick note · {undo} undo · {redo} redo · {debrief} debrief</source>
        <translation>Ziffern bewerten und springen weiter · N keine Gelegenheit · Entf löschen · ↑ ↓ Tab bewegen · ← → vorheriger/nächster Kontakt · Enter Beobachtung (Esc zurück) · {note} Schnellnotiz · {undo} rückgängig · {redo} wiederholen · {debrief} Nachbesprechung</translation>
    </message>
    <message>
        <source>evidence unchanged</source>
        <translation>Beobachtung unverändert</translation>
    </message>
    <message>
        <source>This ride was acknowledged by the seller and is locked: it is shown read-only. Reopen it from the debrief to change it.</source>
        <translation>Der Mitarbeiter hat diese Begleitung bestätigt; sie ist gesperrt und nur zum Lesen geöffnet. Zum Ändern öffnen Sie sie in der Nachbesprechung wieder.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Kundenkontakt</translation>
    </message>
    <message>
        <source>call order</source>
        <translation>Reihenfolge der Kundenkontakte</translation>
    </message>
    <message>
        <source>Remove call</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Remove “{call}” and its {held}?

Undo (Ctrl+Z) brings it back with them.</source>
        <translation>„{call}“ mit {held} entfernen?

Rückgängig (Strg+Z) holt alles zurück.</translation>
    </message>
    <message>
        <source>Removed “{call}” with its {held}. Undo (Ctrl+Z) brings it back.</source>
        <translation>„{call}“ mit {held} entfernt. Rückgängig (Strg+Z) holt es zurück.</translation>
    </message>
    <message>
        <source>Removed “{call}”. Undo (Ctrl+Z) brings it back.</source>
        <translation>„{call}“ entfernt. Rückgängig (Strg+Z) holt es zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence note(s)</source>
        <translation>
            <numerusform>%n Beobachtung</numerusform>
            <numerusform>%n Beobachtungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{ratings} and {notes}</source>
        <translation>{ratings} und {notes}</translation>
    </message>
    <message>
        <source>No call yet: add the first call to start rating.</source>
        <translation>Noch kein Kontakt: Fügen Sie den ersten hinzu, um zu bewerten.</translation>
    </message>
    <message>
        <source>Call {n} of {total} · {call} · {time}</source>
        <translation>Kontakt {n} von {total} · {call} · {time}</translation>
    </message>
    <message>
        <source>Call {n} of {total} · {call}</source>
        <translation>Kontakt {n} von {total} · {call}</translation>
    </message>
    <message>
        <source>{line}
Objective: {objective}</source>
        <translation>{line}
Ziel: {objective}</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Datei nicht angehängt</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>Datei angehängt</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>attachment removed</source>
        <translation>Anhang entfernt</translation>
    </message>
    <message>
        <source>Started call 1 ({call}). Edit… in the call list names the account; {keys} adds the next call.</source>
        <translation>Kontakt 1 begonnen ({call}). Mit „Bearbeiten…“ in der Kontaktliste tragen Sie den Kunden ein; {keys} fügt den nächsten Kontakt hinzu.</translation>
    </message>
    <message>
        <source>Add a call first ({keys}).</source>
        <translation>Fügen Sie zuerst einen Kontakt hinzu ({keys}).</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rate {behaviour} {level}</source>
        <translation>{behaviour} mit {level} bewerten</translation>
    </message>
    <message>
        <source>No opportunity: {behaviour}</source>
        <translation>Keine Gelegenheit: {behaviour}</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>note draft</source>
        <translation>Notizentwurf</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>CaptureUndo</name>
    <message>
        <source>This edit could not be saved (an unexpected error; it is in the log).</source>
        <translation>Diese Änderung konnte nicht gespeichert werden (ein unerwarteter Fehler; er steht im Protokoll).</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>note removed</source>
        <translation>Notiz entfernt</translation>
    </message>
    <message>
        <source>call removed</source>
        <translation>Kundenkontakt entfernt</translation>
    </message>
    <message>
        <source>redone: {edit}</source>
        <translation>wiederhergestellt: {edit}</translation>
    </message>
    <message>
        <source>undone: {edit}</source>
        <translation>rückgängig: {edit}</translation>
    </message>
    <message>
        <source>Evidence for {behaviour}</source>
        <translation>Beobachtung zu {behaviour}</translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation>Schnellnotiz</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Remove call “{call}”</source>
        <translation>Kundenkontakt „{call}“ entfernen</translation>
    </message>
</context>
<context>
    <name>CoRideDialog</name>
    <message>
        <source>Calibration · {seller} · {date}</source>
        <translation>Kalibrierung · {seller} · {date}</translation>
    </message>
    <message>
        <source>Compared: ratings where both gave a level, call by call in the order of the calls (+n: given by one rater only). Lean: how much higher (+) or lower (−) one rated than the other, on average, in levels. &apos;No opportunity&apos; is not a level and is never compared.</source>
        <translation>Verglichen: Bewertungen, bei denen beide eine Stufe vergeben haben, Kontakt für Kontakt in der Reihenfolge der Kontakte (+n: nur von einer Person). Tendenz: wie viel höher (+) oder niedriger (−) die eine Person im Schnitt bewertet hat als die andere, in Stufen. &apos;Keine Gelegenheit&apos; ist keine Stufe und wird nie verglichen.</translation>
    </message>
    <message>
        <source>Rides this one could be paired with</source>
        <translation>Begleitungen, mit denen diese gepaart werden kann</translation>
    </message>
    <message>
        <source>&amp;Pair as co-ride</source>
        <translation>Als gemeinsame Begleitung &amp;paaren</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>Paarung &amp;lösen</translation>
    </message>
    <message>
        <source>The original rater</source>
        <translation>Erste bewertende Person</translation>
    </message>
    <message>
        <source>The co-rider</source>
        <translation>Mitbegleitende Person</translation>
    </message>
    <message>
        <source>{first} rated this ride and {second} rated it alongside, on their own laptop. Calls compared: {compared} ({first} recorded {first_calls}, {second} recorded {second_calls}).</source>
        <translation>{first} hat diese Begleitung bewertet und {second} parallel auf dem eigenen Laptop. Verglichene Kontakte: {compared} ({first} hat {first_calls} erfasst, {second} {second_calls}).</translation>
    </message>
    <message>
        <source>{date} · rated by {rater} · {status}</source>
        <translation>{date} · bewertet von {rater} · {status}</translation>
    </message>
    <message>
        <source>another manager</source>
        <translation>eine andere Führungskraft</translation>
    </message>
    <message>
        <source>Did you rate this ride alongside another manager? Pair it with their ride to see, per behaviour, how often you gave the same level and who rates higher. Their ride came to this laptop through sync or a bundle.</source>
        <translation>Haben Sie diese Begleitung zusammen mit einer anderen Führungskraft bewertet? Paaren Sie sie mit deren Begleitung, um je Verhalten zu sehen, wie oft Sie dieselbe Stufe vergeben haben und wer höher bewertet. Deren Begleitung kam per Synchronisation oder Paket auf diesen Laptop.</translation>
    </message>
    <message>
        <source>No second rater&apos;s ride is paired with this one on this laptop. A co-ride is the same seller, within {days} days, on the same scorecard, rated by another manager; it arrives through sync or a bundle.</source>
        <translation>Auf diesem Laptop ist keine Begleitung einer zweiten Person mit dieser gepaart. Eine gemeinsame Begleitung ist derselbe Mitarbeiter, innerhalb von {days} Tagen, mit demselben Beobachtungsbogen, bewertet von einer anderen Führungskraft; sie kommt per Synchronisation oder Paket.</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Mean gap</source>
        <translation>Mittlere Abweichung</translation>
    </message>
    <message>
        <source>Ride by ride (last 8)</source>
        <translation>Je Begleitung (letzte 8)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Beobachtungsbogen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why, or what changed</source>
        <translation>Warum, oder was sich geändert hat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Last ride</source>
        <translation>Letzte Begleitung</translation>
    </message>
    <message>
        <source>Rides 30 d</source>
        <translation>Begleitungen 30 T</translation>
    </message>
    <message>
        <source>Rides 90 d</source>
        <translation>Begleitungen 90 T</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Ride score</source>
        <translation>Begleitungswert</translation>
    </message>
</context>
<context>
    <name>CommitmentRow</name>
    <message>
        <source>Commitment</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Commitment behaviour</source>
        <translation>Verhalten der Vereinbarung</translation>
    </message>
    <message>
        <source>Commitment due date</source>
        <translation>Fälligkeit der Vereinbarung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove commitment: {text}</source>
        <translation>Vereinbarung entfernen: {text}</translation>
    </message>
</context>
<context>
    <name>CommitmentTable</name>
    <message>
        <source>OVERDUE · {days} d</source>
        <translation>ÜBERFÄLLIG · {days} T.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>{status} · carried over {times}×</source>
        <translation>{status} · {times}× übertragen</translation>
    </message>
    <message>
        <source>{outcome} ({day})</source>
        <translation>{outcome} ({day})</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>Commitments to verify</source>
        <translation>Zu prüfende Vereinbarungen</translation>
    </message>
    <message>
        <source>Commitments to verify on this ride (answered in the debrief)</source>
        <translation>Heute zu prüfende Vereinbarungen (in der Nachbesprechung beantwortet)</translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation>überfällig seit {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig am {day}</translation>
    </message>
    <message>
        <source>{when} · answered: {outcome}</source>
        <translation>{when} · beantwortet: {outcome}</translation>
    </message>
    <message>
        <source>{behaviour} · {when}</source>
        <translation>{behaviour} · {when}</translation>
    </message>
    <message>
        <source>Agreed on the ride of {day}; answer it in the debrief.</source>
        <translation>Vereinbart bei der Begleitung am {day}; in der Nachbesprechung beantworten.</translation>
    </message>
    <message>
        <source>Commitments to verify ({count})</source>
        <translation>Zu prüfende Vereinbarungen ({count})</translation>
    </message>
    <message>
        <source>One follow-up application the seller will try before the next ride, tied to a behaviour. It is checked at the next ride with this seller.</source>
        <translation>Eine konkrete Umsetzung, die der Mitarbeiter bis zur nächsten Begleitung ausprobiert, zu einem Verhalten. Sie wird bei der nächsten Begleitung überprüft.</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <source>What the seller will apply… (Enter adds)</source>
        <translation>Was der Mitarbeiter umsetzen wird… (Enter fügt hinzu)</translation>
    </message>
    <message>
        <source>New commitment behaviour</source>
        <translation>Verhalten der neuen Vereinbarung</translation>
    </message>
    <message>
        <source>New commitment due date</source>
        <translation>Fälligkeit der neuen Vereinbarung</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>Vereinbarung hinzufügen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No commitment yet: agree at least one before finishing.</source>
        <translation>Noch keine Vereinbarung: Treffen Sie vor dem Abschluss mindestens eine.</translation>
    </message>
    <message>
        <source>Commitment not added</source>
        <translation>Vereinbarung nicht hinzugefügt</translation>
    </message>
    <message>
        <source>commitment added</source>
        <translation>Vereinbarung hinzugefügt</translation>
    </message>
    <message>
        <source>Commitment not saved</source>
        <translation>Vereinbarung nicht gespeichert</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>commitment removed</source>
        <translation>Vereinbarung entfernt</translation>
    </message>
</context>
<context>
    <name>CommitmentsScreen</name>
    <message>
        <source>Commitments</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Open and overdue commitments</source>
        <translation>Offene und überfällige Vereinbarungen</translation>
    </message>
    <message>
        <source>Filter by seller</source>
        <translation>Nach Mitarbeiter filtern</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Show overdue commitments only</source>
        <translation>Nur überfällige Vereinbarungen anzeigen</translation>
    </message>
    <message>
        <source>Filter commitments</source>
        <translation>Vereinbarungen filtern</translation>
    </message>
    <message>
        <source>Filter (text, behaviour…)</source>
        <translation>Filtern (Text, Verhalten…)</translation>
    </message>
    <message>
        <source>Open ride</source>
        <translation>Begleitung öffnen</translation>
    </message>
    <message>
        <source>Open the ride of the selected commitment</source>
        <translation>Die Begleitung der gewählten Vereinbarung öffnen</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>Offene Vereinbarungen</translation>
    </message>
    <message>
        <source>No open commitment. Commitments agreed in a debrief are listed here until they are checked at the next ride.</source>
        <translation>Keine offene Vereinbarung. In einer Nachbesprechung getroffene Vereinbarungen stehen hier, bis sie bei der nächsten Begleitung geprüft werden.</translation>
    </message>
    <message>
        <source>Overdue: past the due date and not yet checked. Unchecked commitments carry over to the next ride with the seller.</source>
        <translation>Überfällig: Termin überschritten und noch nicht geprüft. Ungeprüfte Vereinbarungen gehen in die nächste Begleitung mit dem Mitarbeiter über.</translation>
    </message>
    <message>
        <source>{open} open · {overdue} overdue</source>
        <translation>{open} offen · {overdue} überfällig</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Nichts offen</translation>
    </message>
    <message>
        <source>All sellers</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <source>Select a commitment first.</source>
        <translation>Wählen Sie zuerst eine Vereinbarung.</translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <source>Ride status</source>
        <translation>Status der Begleitung</translation>
    </message>
    <message>
        <source>This ride is still planned: observe at least one call, then debrief.</source>
        <translation>Diese Begleitung ist noch geplant: Beobachten Sie mindestens einen Kontakt, dann folgt die Nachbesprechung.</translation>
    </message>
    <message>
        <source>Back to capture</source>
        <translation>Zurück zur Beobachtung</translation>
    </message>
    <message>
        <source>What the ride showed</source>
        <translation>Was die Begleitung gezeigt hat</translation>
    </message>
    <message>
        <source>★ focus · C1… calls · n/o no opportunity · evidence under each row</source>
        <translation>★ Fokus · K1… Kontakte · n/o keine Gelegenheit · Beobachtungen unter jeder Zeile</translation>
    </message>
    <message>
        <source>Debrief steps</source>
        <translation>Schritte der Nachbesprechung</translation>
    </message>
    <message>
        <source>← Capture</source>
        <translation>← Beobachtung</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Fi&amp;nish debrief</source>
        <translation>Nachbesprechung &amp;abschließen</translation>
    </message>
    <message>
        <source>Finish debrief</source>
        <translation>Nachbesprechung abschließen</translation>
    </message>
    <message>
        <source>Seller &amp;rates the ride…</source>
        <translation>Mitarbeiter &amp;bewertet die Begleitung…</translation>
    </message>
    <message>
        <source>Hand the laptop to the seller to rate their own ride</source>
        <translation>Laptop an den Mitarbeiter geben, damit er die eigene Begleitung bewertet</translation>
    </message>
    <message>
        <source>Before the debrief: the seller rates each behaviour of the ride themselves</source>
        <translation>Vor der Nachbesprechung: Der Mitarbeiter bewertet jedes Verhalten der Begleitung selbst</translation>
    </message>
    <message>
        <source>Hand the laptop to the &amp;seller…</source>
        <translation>Laptop an den &amp;Mitarbeiter geben…</translation>
    </message>
    <message>
        <source>Hand the laptop to the seller to acknowledge</source>
        <translation>Laptop zur Bestätigung an den Mitarbeiter geben</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Wieder öffnen…</translation>
    </message>
    <message>
        <source>Reopen the acknowledged ride</source>
        <translation>Die bestätigte Begleitung wieder öffnen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>The ride&apos;s history: reopened, changed, acknowledged</source>
        <translation>Verlauf der Begleitung: wieder geöffnet, geändert, bestätigt</translation>
    </message>
    <message>
        <source>Who reopened this ride, when and why, and what changed</source>
        <translation>Wer diese Begleitung wann und warum wieder geöffnet hat und was sich geändert hat</translation>
    </message>
    <message>
        <source>Ca&amp;libration…</source>
        <translation>&amp;Kalibrierung…</translation>
    </message>
    <message>
        <source>Compare the ratings with a second rater&apos;s co-ride</source>
        <translation>Die Bewertungen mit der gemeinsamen Begleitung einer zweiten Person vergleichen</translation>
    </message>
    <message>
        <source>How your ratings agree with a manager who rated the same ride</source>
        <translation>Wie Ihre Bewertungen mit einer Führungskraft übereinstimmen, die dieselbe Begleitung bewertet hat</translation>
    </message>
    <message>
        <source>Produce summary &amp;PDF</source>
        <translation>Zusammenfassung als &amp;PDF</translation>
    </message>
    <message>
        <source>Produce summary PDF</source>
        <translation>Zusammenfassung als PDF erstellen</translation>
    </message>
    <message>
        <source>Open summary PDF</source>
        <translation>Zusammenfassung (PDF) öffnen</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Zusammenfassung drucken…</translation>
    </message>
    <message>
        <source>Save summary as…</source>
        <translation>Zusammenfassung speichern unter…</translation>
    </message>
    <message>
        <source>Debrief · {seller} · {day} · {type}</source>
        <translation>Nachbesprechung · {seller} · {day} · {type}</translation>
    </message>
    <message>
        <source>Still to do: {missing}.</source>
        <translation>Noch offen: {missing}.</translation>
    </message>
    <message>
        <source>1 Strength &amp;&amp; gap</source>
        <translation>1 Stärke &amp;&amp; Entwicklungsfeld</translation>
    </message>
    <message>
        <source>2 Questions</source>
        <translation>2 Fragen</translation>
    </message>
    <message>
        <source>3 Rehearsal</source>
        <translation>3 Übung</translation>
    </message>
    <message>
        <source>4 Commitments</source>
        <translation>4 Vereinbarungen</translation>
    </message>
    <message>
        <source>5 Check previous</source>
        <translation>5 Frühere prüfen</translation>
    </message>
    <message>
        <source>Acknowledged by {seller} on {day}. Locked: reopen it (with a reason) to change it.</source>
        <translation>Bestätigt von {seller} am {day}. Gesperrt: Zum Ändern (mit Begründung) wieder öffnen.</translation>
    </message>
    <message>
        <source>Acknowledged. Locked: reopen it (with a reason) to change it.</source>
        <translation>Bestätigt. Gesperrt: Zum Ändern (mit Begründung) wieder öffnen.</translation>
    </message>
    <message>
        <source>{text} Summary shared.</source>
        <translation>{text} Zusammenfassung geteilt.</translation>
    </message>
    <message>
        <source>Debrief finished. Hand the laptop to the seller to acknowledge. Reopened: changes are recorded.</source>
        <translation>Nachbesprechung abgeschlossen. Geben Sie den Laptop zur Bestätigung an den Mitarbeiter. Wieder geöffnet: Änderungen werden festgehalten.</translation>
    </message>
    <message>
        <source>Debrief finished. Hand the laptop to the seller to acknowledge.</source>
        <translation>Nachbesprechung abgeschlossen. Geben Sie den Laptop zur Bestätigung an den Mitarbeiter.</translation>
    </message>
    <message>
        <source>Code {code}: unchanged since the acknowledgement.</source>
        <translation>Code {code}: seit der Bestätigung unverändert.</translation>
    </message>
    <message>
        <source>The handout&apos;s code {code} no longer stands for this ride: it was reopened after that acknowledgement (see History…).</source>
        <translation>Der Code {code} der Zusammenfassung gilt nicht mehr für diese Begleitung: Sie wurde nach dieser Bestätigung wieder geöffnet (siehe Verlauf…).</translation>
    </message>
    <message>
        <source>Warning: this ride no longer matches what the seller acknowledged (code {code}), and it was not reopened: it was changed outside FieldRide.</source>
        <translation>Achtung: Diese Begleitung entspricht nicht mehr dem, was der Mitarbeiter bestätigt hat (Code {code}), und sie wurde nicht wieder geöffnet: Sie wurde außerhalb von FieldRide geändert.</translation>
    </message>
    <message>
        <source>Debrief not finished</source>
        <translation>Nachbesprechung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>debrief finished</source>
        <translation>Nachbesprechung abgeschlossen</translation>
    </message>
    <message>
        <source>co-ride paired</source>
        <translation>als gemeinsame Begleitung gepaart</translation>
    </message>
    <message>
        <source>Reopen acknowledged ride</source>
        <translation>Bestätigte Begleitung wieder öffnen</translation>
    </message>
    <message>
        <source>The seller acknowledged this debrief. Why reopen it? (recorded with the time)</source>
        <translation>Der Mitarbeiter hat diese Nachbesprechung bestätigt. Warum wieder öffnen? (wird mit Uhrzeit festgehalten)</translation>
    </message>
    <message>
        <source>Ride not reopened</source>
        <translation>Begleitung nicht wieder geöffnet</translation>
    </message>
    <message>
        <source>ride reopened</source>
        <translation>Begleitung wieder geöffnet</translation>
    </message>
    <message>
        <source>summary produced</source>
        <translation>Zusammenfassung erstellt</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <source>Demo team</source>
        <translation>Demo-Team</translation>
    </message>
    <message>
        <source>Filling the data folder with a demo team…</source>
        <translation>Der Datenordner wird mit einem Demo-Team gefüllt…</translation>
    </message>
    <message>
        <source>Sellers done: {count}</source>
        <translation>Mitarbeiter/innen fertig: {count}</translation>
    </message>
    <message>
        <source>Cancelled: the data folder is as it was.</source>
        <translation>Abgebrochen: Der Datenordner ist unverändert.</translation>
    </message>
    <message>
        <source>The demo team could not be added (see the log). Nothing changed.</source>
        <translation>Das Demo-Team konnte nicht angelegt werden (siehe Protokolldatei). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The demo team goes only into an empty data folder, and this one already has sellers. To try the demo, start FieldRide with another data folder.</source>
        <translation>Das Demo-Team kommt nur in einen leeren Datenordner, und dieser enthält schon Mitarbeiter/innen. Um die Demo auszuprobieren, starten Sie FieldRide mit einem anderen Datenordner.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>FieldRide could not hand the document to the printer directly, so it opened it in your PDF viewer: print it from there. The file is {path}.</source>
        <translation>FieldRide konnte das Dokument nicht direkt an den Drucker geben und hat es im PDF-Betrachter geöffnet: Drucken Sie es von dort. Die Datei ist {path}.</translation>
    </message>
    <message>
        <source>&amp;Open {document}</source>
        <translation>{document} ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open {document}</source>
        <translation>{document} öffnen</translation>
    </message>
    <message>
        <source>Write the {document} and open it in your PDF viewer</source>
        <translation>{document} erstellen und im PDF-Betrachter öffnen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the {document}</source>
        <translation>{document} drucken</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the {document} as a PDF file</source>
        <translation>{document} als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Print {document}…</source>
        <translation>{document} drucken…</translation>
    </message>
    <message>
        <source>Save {document} as…</source>
        <translation>{document} speichern unter…</translation>
    </message>
    <message>
        <source>It was saved as {path}, but no PDF viewer could be started. Open that file from your file manager.</source>
        <translation>Es wurde als {path} gespeichert, aber kein PDF-Betrachter ließ sich starten. Öffnen Sie die Datei im Dateimanager.</translation>
    </message>
    <message>
        <source>Print: {document}</source>
        <translation>Drucken: {document}</translation>
    </message>
    <message>
        <source>Save: {document}</source>
        <translation>Speichern: {document}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot produce this document</source>
        <translation>Dieses Dokument kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not write the {document} to {path}: {reason}.</source>
        <translation>{document} konnte nicht nach {path} geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The {document} could not be produced (an internal error; details are in the log file).</source>
        <translation>{document} konnte nicht erstellt werden (interner Fehler; Einzelheiten in der Protokolldatei).</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Evidence</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>What was actually said or done. Enter in the grid opens this; Esc or Ctrl+Enter returns. Saved as you type.</source>
        <translation>Was tatsächlich gesagt oder getan wurde. Enter im Raster öffnet dieses Feld; Esc oder Strg+Enter kehrt zurück. Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Evidence · {behaviour}</source>
        <translation>Beobachtung · {behaviour}</translation>
    </message>
    <message>
        <source>Evidence for {behaviour}</source>
        <translation>Beobachtung zu {behaviour}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export rides, observations and commitments</source>
        <translation>Begleitungen, Bewertungen und Vereinbarungen exportieren</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>CSV (three files)</source>
        <translation>CSV (drei Dateien)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sellers to export</source>
        <translation>Zu exportierende Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Select all sellers</source>
        <translation>Alle Mitarbeiter/innen auswählen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Select no sellers</source>
        <translation>Keine Mitarbeiter/innen auswählen</translation>
    </message>
    <message>
        <source>Files are readable by you only. Private notes are never exported. Text that a spreadsheet would run as a formula is prefixed with an apostrophe.</source>
        <translation>Nur Sie können die Dateien lesen. Private Notizen werden nie exportiert. Text, den eine Tabellenkalkulation als Formel ausführen würde, beginnt mit einem Apostroph.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>Tick at least one seller.</source>
        <translation>Wählen Sie mindestens eine/n Mitarbeiter/in aus.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
        <source>{count} rows written</source>
        <translation>{count} Zeilen geschrieben</translation>
    </message>
    <message>
        <source>Exported to:
{files}</source>
        <translation>Exportiert nach:
{files}</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FileFormatsDialog</name>
    <message>
        <source>Save a scorecard template (Excel)…</source>
        <translation>Vorlage für Beobachtungsbögen speichern (Excel)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Save a scorecard template (CSV)…</source>
        <translation>Vorlage für Beobachtungsbögen speichern (CSV)…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Save a roster template (CSV)…</source>
        <translation>Vorlage für Teamlisten speichern (CSV)…</translation>
    </message>
    <message>
        <source>The help page is missing from this installation. Reinstall FieldRide.</source>
        <translation>Die Hilfeseite fehlt in dieser Installation. Installieren Sie FieldRide neu.</translation>
    </message>
    <message>
        <source>Scorecard and roster files</source>
        <translation>Dateien für Beobachtungsbögen und Teamlisten</translation>
    </message>
    <message>
        <source>Scorecard and roster files help</source>
        <translation>Hilfe zu Dateien für Beobachtungsbögen und Teamlisten</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>{name} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to FieldRide</source>
        <translation>Willkommen bei FieldRide</translation>
    </message>
    <message>
        <source>Welcome to FieldRide. Your name and organisation go on the documents you print for sellers. You can change them later in File ▸ Output and branding.</source>
        <translation>Willkommen bei FieldRide. Ihr Name und Ihre Organisation stehen auf den Dokumenten, die Sie für Ihre Mitarbeiter/innen drucken. Sie können sie später unter Datei ▸ Ausgabe und Branding ändern.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Loslegen</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance for the current behaviour</source>
        <translation>Hinweise zum aktuellen Verhalten</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;No opportunity&lt;/b&gt; — never counts.&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;Keine Gelegenheit&lt;/b&gt; – zählt nie.&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Scale&lt;/b&gt; (press the key)&lt;/p&gt;&lt;table&gt;{rows}&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Skala&lt;/b&gt; (Taste drücken)&lt;/p&gt;&lt;table&gt;{rows}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15px&apos;&gt;Add a call to start rating.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15px&apos;&gt;Fügen Sie einen Kontakt hinzu, um zu bewerten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No description.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Beschreibung.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{section} · &lt;b&gt;FOCUS BEHAVIOUR&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{section} · &lt;b&gt;FOKUSVERHALTEN&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{section}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{section}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What good looks like&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{good}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;So sieht es gut aus&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{good}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Look-fors&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Beobachtungspunkte&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>On this call: &lt;b&gt;not rated yet&lt;/b&gt;</source>
        <translation>Bei diesem Kontakt: &lt;b&gt;noch nicht bewertet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On this call: &lt;b&gt;No opportunity&lt;/b&gt; (not counted)</source>
        <translation>Bei diesem Kontakt: &lt;b&gt;Keine Gelegenheit&lt;/b&gt; (zählt nicht)</translation>
    </message>
    <message>
        <source>On this call: &lt;b&gt;{level}&lt;/b&gt;</source>
        <translation>Bei diesem Kontakt: &lt;b&gt;{level}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On this call: &lt;b&gt;{value} · {label}&lt;/b&gt;</source>
        <translation>Bei diesem Kontakt: &lt;b&gt;{value} · {label}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Import problems</source>
        <translation>Probleme beim Import</translation>
    </message>
</context>
<context>
    <name>ImportErrorsPanel</name>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Column or field</source>
        <translation>Spalte oder Feld</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <source>What would be right</source>
        <translation>Was richtig wäre</translation>
    </message>
    <message>
        <source>Import problems title</source>
        <translation>Überschrift der Importprobleme</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy every problem as text, e.g. to send to the file&apos;s author</source>
        <translation>Alle Probleme als Text kopieren, z. B. um sie an die Person zu schicken, die die Datei erstellt hat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these in the file, save it, and import it again.</source>
        <translation>Es wurde nichts importiert. Beheben Sie diese Punkte in der Datei, speichern Sie sie und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Probleme beim Import</translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n problem(s)</source>
        <translation>
            <numerusform>{title} — %n Problem</numerusform>
            <numerusform>{title} — %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Ganze Datei</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Beobachtungsbögen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Seller progress</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>My coaching</source>
        <translation>Mein Coaching</translation>
    </message>
    <message>
        <source>FieldRide</source>
        <translation>FieldRide</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ihre Daten werden geöffnet…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Noch keine Änderungen</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Seller view</source>
        <translation>Ansicht für den Mitarbeiter</translation>
    </message>
    <message>
        <source>Review with the seller</source>
        <translation>Mit dem Mitarbeiter durchgehen</translation>
    </message>
    <message>
        <source>acknowledged by the seller</source>
        <translation>von der/dem Mitarbeiter/in bestätigt</translation>
    </message>
    <message>
        <source>Saved {time} · {what}</source>
        <translation>Gespeichert {time} · {what}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved {time} · everything since {since} is saved now</source>
        <translation>Gespeichert {time} · alles seit {since} ist jetzt gespeichert</translation>
    </message>
    <message>
        <source>{error} Keep FieldRide open until you have read this; the edits of this session may be lost.</source>
        <translation>{error} Lassen Sie FieldRide geöffnet, bis Sie dies gelesen haben; die Änderungen dieser Sitzung könnten verloren sein.</translation>
    </message>
    <message>
        <source>Quit FieldRide and start it again: it offers the newest backup in the recovery window (or run &apos;fieldride restore --newest&apos;).</source>
        <translation>Beenden Sie FieldRide und starten Sie es neu: Es bietet im Wiederherstellungsfenster die neueste Sicherung an (oder &apos;fieldride restore --newest&apos; ausführen).</translation>
    </message>
    <message>
        <source>Everything FieldRide had open, your last edit included, was saved to the rescue file {rescue}.</source>
        <translation>Alles, was FieldRide geöffnet hatte, einschließlich Ihrer letzten Änderung, wurde in der Rettungsdatei {rescue} gesichert.</translation>
    </message>
    <message>
        <source>Quit FieldRide, then put the rescue file back with:
{command}
Whatever is at the data file&apos;s place by then is kept aside, not deleted.</source>
        <translation>Beenden Sie FieldRide und spielen Sie die Rettungsdatei zurück mit:
{command}
Was dann am Ort der Datendatei liegt, wird beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Not saved: the data file is gone</source>
        <translation>Nicht gespeichert: Die Datendatei fehlt</translation>
    </message>
    <message>
        <source>FieldRide stopped saving</source>
        <translation>FieldRide speichert nicht mehr</translation>
    </message>
    <message>
        <source>{what_happened} This happened outside FieldRide while FieldRide had it open. Edits made now would be lost, so FieldRide no longer takes any.

{saved}

{todo}</source>
        <translation>{what_happened} Das geschah außerhalb von FieldRide, während FieldRide die Datei geöffnet hatte. Änderungen gingen jetzt verloren, daher nimmt FieldRide keine mehr an.

{saved}

{todo}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Output and &amp;branding…</source>
        <translation>&amp;Ausgabe und Branding…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>S&amp;ync with team…</source>
        <translation>Mit Team s&amp;ynchronisieren…</translation>
    </message>
    <message>
        <source>Back up &amp;now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>Paket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation>Paket i&amp;mportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Scorecard and roster files</source>
        <translation>Dateien für &amp;Beobachtungsbögen und Teamlisten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Fill with a &amp;demo team…</source>
        <translation>Mit einem &amp;Demo-Team füllen…</translation>
    </message>
    <message>
        <source>&amp;About FieldRide</source>
        <translation>&amp;Über FieldRide</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Plan a ride…</source>
        <translation>Begleitung &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Continue the ride in progress</source>
        <translation>Laufende Begleitung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Debrief the ride</source>
        <translation>Begleitung &amp;nachbesprechen</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The language changes the next time FieldRide starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von FieldRide.</translation>
    </message>
    <message>
        <source>A ride is planned with a seller: add one first.</source>
        <translation>Eine Begleitung wird mit einem Mitarbeiter geplant: Legen Sie zuerst einen an.</translation>
    </message>
    <message>
        <source>No ride in progress.</source>
        <translation>Keine Begleitung läuft.</translation>
    </message>
    <message>
        <source>No ride in progress to debrief.</source>
        <translation>Keine laufende Begleitung zum Nachbesprechen.</translation>
    </message>
    <message>
        <source>This is the debrief of the ride in progress.</source>
        <translation>Dies ist die Nachbesprechung der laufenden Begleitung.</translation>
    </message>
    <message>
        <source>{action} {what}</source>
        <translation>{action}: {what}</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sicherung geschrieben</translation>
    </message>
    <message>
        <source>The backup is {path}. FieldRide keeps it with its daily backups; copy that folder to keep one somewhere else.</source>
        <translation>Die Sicherung ist {path}. FieldRide bewahrt sie bei den täglichen Sicherungen auf; kopieren Sie diesen Ordner, um eine Kopie an einem anderen Ort zu haben.</translation>
    </message>
    <message>
        <source>The backup failed because of an unexpected error.</source>
        <translation>Die Sicherung ist wegen eines unerwarteten Fehlers fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No backup written</source>
        <translation>Keine Sicherung geschrieben</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Sicherung abgebrochen</translation>
    </message>
    <message>
        <source>No backup was written. Nothing changed.</source>
        <translation>Es wurde keine Sicherung geschrieben. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Writing a backup of the data file…</source>
        <translation>Eine Sicherung der Datendatei wird geschrieben…</translation>
    </message>
    <message>
        <source>Team server: {place}
Signed in as: {role} ({kind})</source>
        <translation>Team-Server: {place}
Angemeldet als: {role} ({kind})</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>{what}

%n edit(s) of this session could not be written yet and would be lost if you quit now.

Quit anyway? Choose No to keep FieldRide open: it saves them as soon as the disk takes them.</source>
        <translation>
            <numerusform>{what}

%n Änderung dieser Sitzung konnte noch nicht geschrieben werden und ginge beim Beenden verloren.

Trotzdem beenden? Wählen Sie Nein, damit FieldRide geöffnet bleibt: Es speichert, sobald der Datenträger es zulässt.</numerusform>
            <numerusform>{what}

%n Änderungen dieser Sitzung konnten noch nicht geschrieben werden und gingen beim Beenden verloren.

Trotzdem beenden? Wählen Sie Nein, damit FieldRide geöffnet bleibt: Es speichert, sobald der Datenträger es zulässt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyCoachingScreen</name>
    <message>
        <source>My coaching</source>
        <translation>Mein Coaching</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last {days} days</source>
        <translation>Letzte {days} Tage</translation>
    </message>
    <message>
        <source>My coaching summary</source>
        <translation>Meine Coaching-Übersicht</translation>
    </message>
    <message>
        <source>coaching report</source>
        <translation>Coaching-Bericht</translation>
    </message>
    <message>
        <source>The same figures as a PDF to print or keep, for the period chosen above</source>
        <translation>Dieselben Werte als PDF zum Drucken oder Aufbewahren, für den oben gewählten Zeitraum</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Rides</source>
        <translation>Begleitungen</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Days since last ride</source>
        <translation>Tage seit der letzten Begleitung</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Gestellte Fragen</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Erteilte Ratschläge</translation>
    </message>
    <message>
        <source>Days to acknowledgement</source>
        <translation>Tage bis zur Bestätigung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>No sellers yet. Add them on the Sellers screen.</source>
        <translation>Noch keine Mitarbeiter. Legen Sie sie im Bildschirm Mitarbeiter an.</translation>
    </message>
    <message>
        <source>Coaching per seller</source>
        <translation>Coaching je Mitarbeiter</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Beobachtungsbogen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Applied at the next ride</source>
        <translation>Bei der nächsten Begleitung umgesetzt</translation>
    </message>
    <message>
        <source>Still holding two rides later</source>
        <translation>Zwei Begleitungen später noch gehalten</translation>
    </message>
    <message>
        <source>No commitments agreed in this period.</source>
        <translation>In diesem Zeitraum wurden keine Vereinbarungen getroffen.</translation>
    </message>
    <message>
        <source>Commitments by behaviour</source>
        <translation>Vereinbarungen je Verhalten</translation>
    </message>
    <message>
        <source>Per seller (double-click for their progress)</source>
        <translation>Je Mitarbeiter (Doppelklick für die Entwicklung)</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>Wie die Werte gezählt werden</translation>
    </message>
    <message>
        <source>{since} to {until}</source>
        <translation>{since} bis {until}</translation>
    </message>
    <message>
        <source>Coaching report</source>
        <translation>Coaching-Bericht</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>&amp;Navigation anzeigen</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>Quick notes</source>
        <translation>Schnellnotizen</translation>
    </message>
    <message>
        <source>Quick notes of this ride</source>
        <translation>Schnellnotizen dieser Begleitung</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Die gewählte Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected note</source>
        <translation>Die gewählte Notiz entfernen</translation>
    </message>
    <message>
        <source>{time}  {note}  (not saved yet)</source>
        <translation>{time}  {note}  (noch nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>OutputSettingsDialog</name>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Output and branding</source>
        <translation>Ausgabe und Branding</translation>
    </message>
    <message>
        <source>Printed as the manager on handouts and briefs</source>
        <translation>Als Führungskraft auf Zusammenfassungen und Briefings gedruckt</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Printed at the top of every document</source>
        <translation>Oben auf jedem Dokument gedruckt</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>PNG or JPEG; leave empty for no logo</source>
        <translation>PNG oder JPEG; leer lassen für kein Logo</translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation>Bilddatei des Logos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Pick colour…</source>
        <translation>Farbe wählen…</translation>
    </message>
    <message>
        <source>Pick accent colour</source>
        <translation>Akzentfarbe wählen</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>From the system (Letter)</source>
        <translation>Wie das System (Letter)</translation>
    </message>
    <message>
        <source>From the system (A4)</source>
        <translation>Wie das System (A4)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Print the photos and files attached to the calls on the coaching summary</source>
        <translation>Die an die Kontakte angehängten Fotos und Dateien mit der Coaching-Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>Photos are scaled to fit the page; other files are listed by name. Files on the private note are never printed.</source>
        <translation>Fotos werden an die Seite angepasst, andere Dateien mit Namen aufgeführt. Dateien an der privaten Notiz werden nie gedruckt.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Documents stay readable in black and white: a light accent colour is darkened for headings automatically.</source>
        <translation>Dokumente bleiben in Schwarzweiß lesbar: Eine helle Akzentfarbe wird für Überschriften automatisch abgedunkelt.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot show this file</source>
        <translation>Diese Datei kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>The accent colour &apos;{accent}&apos; is not a colour: use #RRGGBB, e.g. #1F5C99.</source>
        <translation>Die Akzentfarbe „{accent}“ ist keine Farbe: Verwenden Sie #RRGGBB, z. B. #1F5C99.</translation>
    </message>
</context>
<context>
    <name>PaperSelfRatingDialog</name>
    <message>
        <source>Paper self-assessment · {seller} · {date}</source>
        <translation>Selbsteinschätzung auf Papier · {seller} · {date}</translation>
    </message>
    <message>
        <source>Type in what the seller marked on the printed scorecard: one call per behaviour for the whole ride. Saved as entered from paper.</source>
        <translation>Übertragen Sie, was der Mitarbeiter auf dem gedruckten Beobachtungsbogen angekreuzt hat: eine Einschätzung je Verhalten für die ganze Begleitung. Wird als von Papier übertragen gespeichert.</translation>
    </message>
    <message>
        <source>— not rated</source>
        <translation>– nicht bewertet</translation>
    </message>
    <message>
        <source>No opportunity</source>
        <translation>Keine Gelegenheit</translation>
    </message>
    <message>
        <source>The seller&apos;s call on {behaviour}</source>
        <translation>Einschätzung des Mitarbeiters zu {behaviour}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PlacementNotice</name>
    <message>
        <source>Your data folder may not be safe here</source>
        <translation>Ihr Datenordner ist hier möglicherweise nicht sicher</translation>
    </message>
</context>
<context>
    <name>PlanRideDialog</name>
    <message>
        <source>Plan a ride</source>
        <translation>Begleitung planen</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Ride date</source>
        <translation>Datum der Begleitung</translation>
    </message>
    <message>
        <source>Ride type</source>
        <translation>Art der Begleitung</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Beobachtungsbogen</translation>
    </message>
    <message>
        <source>{name} (version {version}, latest)</source>
        <translation>{name} (Version {version}, aktuell)</translation>
    </message>
    <message>
        <source>Ride objective</source>
        <translation>Ziel der Begleitung</translation>
    </message>
    <message>
        <source>Optional: what this ride should show or change</source>
        <translation>Optional: was diese Begleitung zeigen oder verändern soll</translation>
    </message>
    <message>
        <source>&amp;Seller</source>
        <translation>&amp;Mitarbeiter/in</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>S&amp;corecard</source>
        <translation>&amp;Beobachtungsbogen</translation>
    </message>
    <message>
        <source>O&amp;bjective</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>Expect: {kind}</source>
        <translation>Erwartet: {kind}</translation>
    </message>
    <message>
        <source>Calls e&amp;xpected</source>
        <translation>E&amp;rwartete Kontakte</translation>
    </message>
    <message>
        <source>&amp;Focus behaviours (one or two; Space to tick, at most {most})</source>
        <translation>&amp;Fokusverhalten (eins oder zwei; Leertaste zum Abhaken, höchstens {most})</translation>
    </message>
    <message>
        <source>Focus behaviours</source>
        <translation>Fokusverhalten</translation>
    </message>
    <message>
        <source>Focus message</source>
        <translation>Hinweis zum Fokus</translation>
    </message>
    <message>
        <source>Before you plan</source>
        <translation>Vor dem Planen</translation>
    </message>
    <message>
        <source>Why the ride was not planned</source>
        <translation>Warum die Begleitung nicht geplant wurde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Plan ride</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Plan the ride for later</source>
        <translation>Die Begleitung für später planen</translation>
    </message>
    <message>
        <source>Plan and start capture</source>
        <translation>Planen und Beobachtung starten</translation>
    </message>
    <message>
        <source>Plan the ride and start capturing it</source>
        <translation>Die Begleitung planen und mit der Beobachtung beginnen</translation>
    </message>
    <message>
        <source>Suggested focus</source>
        <translation>Vorgeschlagener Fokus</translation>
    </message>
    <message>
        <source>Commitments to verify on this ride</source>
        <translation>Bei dieser Begleitung zu prüfende Vereinbarungen</translation>
    </message>
    <message>
        <source>Last ride</source>
        <translation>Letzte Begleitung</translation>
    </message>
    <message>
        <source>Training since the last ride</source>
        <translation>Trainings seit der letzten Begleitung</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before you plan&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vor dem Planen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>{behaviour}
    Suggested: {reason}</source>
        <translation>{behaviour}
    Vorschlag: {reason}</translation>
    </message>
    <message>
        <source>Add a seller first (Sellers screen).</source>
        <translation>Legen Sie zuerst einen Mitarbeiter an (Bildschirm Mitarbeiter).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Suggested focus&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vorgeschlagener Fokus&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Suggested focus&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing to suggest yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vorgeschlagener Fokus&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Noch kein Vorschlag.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{text} &lt;i&gt;(due {day})&lt;/i&gt;</source>
        <translation>{text} &lt;i&gt;(fällig am {day})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{text} &lt;i&gt;(due {day}, overdue)&lt;/i&gt;</source>
        <translation>{text} &lt;i&gt;(fällig am {day}, überfällig)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Commitments to verify&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zu prüfende Vereinbarungen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Commitments to verify&lt;/b&gt;&lt;/p&gt;&lt;p&gt;None open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zu prüfende Vereinbarungen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keine offen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last ride&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Letzte Begleitung&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last ride&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No earlier ride with this seller.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Letzte Begleitung&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Noch keine frühere Begleitung mit diesem Mitarbeiter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Training since then&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trainings seitdem&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>What to keep doing: one behaviour, with what you saw.</source>
        <translation>Was beibehalten werden soll: ein Verhalten, mit Ihrer Beobachtung.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Entwicklungsfeld</translation>
    </message>
    <message>
        <source>The one thing to work on: one behaviour, with what you saw.</source>
        <translation>Das eine, woran gearbeitet wird: ein Verhalten, mit Ihrer Beobachtung.</translation>
    </message>
    <message>
        <source>{point}: behaviour</source>
        <translation>{point}: Verhalten</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Pick a captured line</source>
        <translation>Notierte Beobachtung wählen</translation>
    </message>
    <message>
        <source>{point}: pick evidence from the ride</source>
        <translation>{point}: Beobachtung aus der Begleitung wählen</translation>
    </message>
    <message>
        <source>{point}: evidence</source>
        <translation>{point}: Beobachtung</translation>
    </message>
    <message>
        <source>What was said or done — or pick a captured line.</source>
        <translation>Was gesagt oder getan wurde – oder eine notierte Beobachtung wählen.</translation>
    </message>
    <message>
        <source>{point}: what good looks like</source>
        <translation>{point}: so sieht es gut aus</translation>
    </message>
    <message>
        <source>— choose a behaviour —</source>
        <translation>– Verhalten wählen –</translation>
    </message>
    <message>
        <source>&lt;b&gt;What good looks like:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;So sieht es gut aus:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>{behaviour} — {line}</source>
        <translation>{behaviour} – {line}</translation>
    </message>
    <message>
        <source>No evidence was written on this ride&apos;s calls.</source>
        <translation>Zu den Kontakten dieser Begleitung wurden keine Beobachtungen notiert.</translation>
    </message>
</context>
<context>
    <name>PreviewText</name>
    <message>
        <source>weight {weight}</source>
        <translation>Gewicht {weight}</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>Worauf achten</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>No look-fors</source>
        <translation>Keine Beobachtungspunkte</translation>
    </message>
    <message>
        <source>No diagnostic questions</source>
        <translation>Keine Reflexionsfragen</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message numerus="yes">
        <source>Version {version} · %n behaviour(s) · key {key} · from {source}</source>
        <translation>
            <numerusform>Version {version} · %n Verhalten · Schlüssel {key} · aus {source}</numerusform>
            <numerusform>Version {version} · %n Verhalten · Schlüssel {key} · aus {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {version} · %n behaviour(s) · key {key}</source>
        <translation>
            <numerusform>Version {version} · %n Verhalten · Schlüssel {key}</numerusform>
            <numerusform>Version {version} · %n Verhalten · Schlüssel {key}</numerusform>
        </translation>
    </message>
    <message>
        <source>N No opportunity</source>
        <translation>N Keine Gelegenheit</translation>
    </message>
    <message>
        <source>The call gave no chance to show it. Never counts in a score.</source>
        <translation>Der Kundenkontakt bot keine Gelegenheit dazu. Zählt nie in einer Bewertung.</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Bewertungsskala</translation>
    </message>
</context>
<context>
    <name>PrivateNote</name>
    <message>
        <source>Private — never shared</source>
        <translation>Privat – wird nie geteilt</translation>
    </message>
</context>
<context>
    <name>PrivateNoteBox</name>
    <message>
        <source>{title}: only you see this box</source>
        <translation>{title}: nur Sie sehen dieses Feld</translation>
    </message>
    <message>
        <source>Only you see this note. It is never printed, exported to the seller&apos;s summary or shown in the acknowledgement.</source>
        <translation>Nur Sie sehen diese Notiz. Sie wird nie gedruckt, nie in die Zusammenfassung für den Mitarbeiter übernommen und nie bei der Bestätigung gezeigt.</translation>
    </message>
    <message>
        <source>Private manager note, never shared</source>
        <translation>Private Notiz der Führungskraft, wird nie geteilt</translation>
    </message>
    <message>
        <source>Your own notes about this ride. The seller never sees them.</source>
        <translation>Ihre eigenen Notizen zu dieser Begleitung. Der Mitarbeiter sieht sie nie.</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Datei nicht angehängt</translation>
    </message>
    <message>
        <source>file attached to the private note</source>
        <translation>Datei an die private Notiz angehängt</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>private file removed</source>
        <translation>private Datei entfernt</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>private Notiz</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>Asked: {question}</source>
        <translation>Gefragt: {question}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove: {question}</source>
        <translation>Entfernen: {question}</translation>
    </message>
    <message>
        <source>Seller&apos;s answer to: {question}</source>
        <translation>Antwort des Mitarbeiters auf: {question}</translation>
    </message>
    <message>
        <source>The seller&apos;s answer (optional)</source>
        <translation>Antwort des Mitarbeiters (optional)</translation>
    </message>
    <message>
        <source>Advice: ask it instead?</source>
        <translation>Ratschlag: lieber als Frage stellen?</translation>
    </message>
    <message>
        <source>From the scorecard</source>
        <translation>Aus dem Beobachtungsbogen</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Ihre Frage</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message numerus="yes">
        <source>%n question(s) asked</source>
        <translation>
            <numerusform>%n Frage gestellt</numerusform>
            <numerusform>%n Fragen gestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of advice</source>
        <translation>
            <numerusform>%n Ratschlag erteilt</numerusform>
            <numerusform>%n Ratschläge erteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>{asked} · {advice}</source>
        <translation>{asked} · {advice}</translation>
    </message>
    <message>
        <source>Questions asked and statements of advice</source>
        <translation>Gestellte Fragen und erteilte Ratschläge</translation>
    </message>
    <message>
        <source>Add your own question</source>
        <translation>Eigene Frage hinzufügen</translation>
    </message>
    <message>
        <source>Add your own question… (Enter)</source>
        <translation>Eigene Frage hinzufügen… (Enter)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Questions for the gap ({gap}) come from the scorecard.</source>
        <translation>Die Fragen zum Entwicklungsfeld ({gap}) kommen aus dem Beobachtungsbogen.</translation>
    </message>
    <message>
        <source>Pick the gap first: its diagnostic questions are offered here.</source>
        <translation>Wählen Sie zuerst das Entwicklungsfeld: Seine Diagnosefragen erscheinen dann hier.</translation>
    </message>
    <message>
        <source>More telling than asking. Turn advice into a question the seller answers.</source>
        <translation>Mehr gesagt als gefragt. Machen Sie aus einem Ratschlag eine Frage, die der Mitarbeiter beantwortet.</translation>
    </message>
    <message>
        <source>Tick each question you asked; note what the seller answered.</source>
        <translation>Haken Sie jede gestellte Frage ab; notieren Sie die Antwort des Mitarbeiters.</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>question removed</source>
        <translation>Frage entfernt</translation>
    </message>
    <message>
        <source>Question not added</source>
        <translation>Frage nicht hinzugefügt</translation>
    </message>
    <message>
        <source>question added</source>
        <translation>Frage hinzugefügt</translation>
    </message>
</context>
<context>
    <name>QuickNoteBar</name>
    <message>
        <source>Quick note ({keys})</source>
        <translation>Schnellnotiz ({keys})</translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation>Schnellnotiz</translation>
    </message>
    <message>
        <source>{keys} from anywhere, type, Enter to save with the time; Esc to go back</source>
        <translation>{keys} von überall, tippen, Enter speichert mit Uhrzeit; Esc kehrt zurück</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add the quick note</source>
        <translation>Die Schnellnotiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>RatingGrid</name>
    <message>
        <source>Behaviour ratings</source>
        <translation>Bewertungen der Verhaltensweisen</translation>
    </message>
    <message>
        <source>Digits rate the current behaviour, N marks no opportunity, Delete clears</source>
        <translation>Ziffern bewerten das aktuelle Verhalten, N = keine Gelegenheit, Entf löscht</translation>
    </message>
    <message>
        <source>Focus behaviours</source>
        <translation>Fokusverhalten</translation>
    </message>
</context>
<context>
    <name>RatingRowAccessible</name>
    <message>
        <source>The rating of this behaviour</source>
        <translation>Die Bewertung dieses Verhaltens</translation>
    </message>
    <message>
        <source>Rate this level</source>
        <translation>Mit dieser Stufe bewerten</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Repair the data file</source>
        <translation>Datendatei reparieren</translation>
    </message>
    <message>
        <source>Repairing the data file… This can take a minute for a large data file.</source>
        <translation>FieldRide repariert die Datendatei… Bei einer großen Datendatei kann das eine Minute dauern.</translation>
    </message>
    <message>
        <source>Open FieldRide</source>
        <translation>FieldRide öffnen</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore the newest sound backup listed below (it is selected).</source>
        <translation>Stellen Sie die neueste intakte Sicherung aus der Liste unten wieder her (sie ist ausgewählt).</translation>
    </message>
    <message>
        <source>Either continue with the data file as it is, or restore the newest sound backup listed below (it is selected).</source>
        <translation>Arbeiten Sie entweder mit der Datendatei weiter, wie sie ist, oder stellen Sie die neueste intakte Sicherung aus der Liste unten wieder her (sie ist ausgewählt).</translation>
    </message>
    <message>
        <source>FieldRide: the data needs attention</source>
        <translation>FieldRide: Die Daten brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>FieldRide could not open its data safely</source>
        <translation>FieldRide konnte seine Daten nicht sicher öffnen</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>&amp;Backups in this data folder (newest first):</source>
        <translation>&amp;Sicherungen in diesem Datenordner (neueste zuerst):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Gewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start with an empty data file</source>
        <translation>Mit einer leeren Datendatei beginnen</translation>
    </message>
    <message>
        <source>Continue with the file as it is</source>
        <translation>Mit der Datei weitermachen, wie sie ist</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Restoring moves the current data file aside (it is kept, never deleted) and puts the chosen backup in its place. Data folder: {folder}</source>
        <translation>Beim Wiederherstellen wird die aktuelle Datendatei beiseitegelegt (sie bleibt erhalten, sie wird nie gelöscht) und die gewählte Sicherung an ihre Stelle gesetzt. Datenordner: {folder}</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{when} · {kind} · {size}</source>
        <translation>{when} · {kind} · {size}</translation>
    </message>
    <message>
        <source>{when} · {kind} · {size} · DAMAGED</source>
        <translation>{when} · {kind} · {size} · BESCHÄDIGT</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Choose a sound backup to restore.</source>
        <translation>Wählen Sie eine intakte Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>The repair did not run, and nothing was changed: {reason}</source>
        <translation>Die Reparatur wurde nicht ausgeführt, und nichts wurde geändert: {reason}</translation>
    </message>
    <message>
        <source>Nothing to repair was found: the data file was not changed.</source>
        <translation>Es gab nichts zu reparieren: Die Datendatei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Nothing could be repaired: the data file was left as it was. What was found is listed below. A copy of the files is in {folder}.</source>
        <translation>Es ließ sich nichts reparieren: Die Datendatei ist geblieben, wie sie war. Was gefunden wurde, steht unten. Eine Kopie der Dateien liegt in {folder}.</translation>
    </message>
    <message>
        <source>Repaired; nothing was lost. What was done is listed below. A copy of the files as they were is in {folder}.</source>
        <translation>Repariert, nichts ist verloren. Was getan wurde, steht unten. Eine Kopie der Dateien im vorherigen Zustand liegt in {folder}.</translation>
    </message>
    <message>
        <source>Repaired, but not everything could be recovered: what is lost is listed below. A copy of the files as they were is in {folder}.</source>
        <translation>Repariert, aber nicht alles ließ sich zurückholen: Was verloren ist, steht unten. Eine Kopie der Dateien im vorherigen Zustand liegt in {folder}.</translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Replay a short part of a call, or rewrite a piece of the work together, until it sounds right. Note what, how many times, and how the last try went.</source>
        <translation>Spielen Sie einen kurzen Teil eines Kontakts nach oder überarbeiten Sie gemeinsam ein Stück Arbeit, bis es passt. Notieren Sie, was, wie oft und wie der letzte Versuch lief.</translation>
    </message>
    <message>
        <source>What was rehearsed</source>
        <translation>Was geübt wurde</translation>
    </message>
    <message>
        <source>e.g. the last two minutes of the Harbour Foods call</source>
        <translation>z. B. die letzten zwei Minuten beim Termin mit Harbour Foods</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>e.g. the second try ended with a dated next step</source>
        <translation>z. B. der zweite Versuch endete mit einem terminierten nächsten Schritt</translation>
    </message>
    <message>
        <source>Rehearsal not saved</source>
        <translation>Übung nicht gespeichert</translation>
    </message>
    <message>
        <source>rehearsal</source>
        <translation>Übung</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>seller</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Coaching summary - {seller} - {day}.pdf</source>
        <translation>Coaching-Zusammenfassung - {seller} - {day}.pdf</translation>
    </message>
    <message>
        <source>Coaching summary</source>
        <translation>Coaching-Zusammenfassung</translation>
    </message>
    <message>
        <source>The summary was written to {path}, but: {error}</source>
        <translation>Die Zusammenfassung wurde nach {path} geschrieben, aber: {error}</translation>
    </message>
    <message>
        <source>Could not write the summary to {path}: {error}.</source>
        <translation>Die Zusammenfassung konnte nicht nach {path} geschrieben werden: {error}.</translation>
    </message>
    <message>
        <source>The coaching summary could not be produced (an internal error; details are in the log file). Nothing was marked as shared.</source>
        <translation>Die Coaching-Zusammenfassung konnte nicht erstellt werden (interner Fehler; Einzelheiten in der Protokolldatei). Nichts wurde als geteilt markiert.</translation>
    </message>
    <message>
        <source>The summary was saved as {path}, but no PDF viewer could be started. Open that file from your file manager.</source>
        <translation>Die Zusammenfassung wurde als {path} gespeichert, aber kein PDF-Betrachter ließ sich starten. Öffnen Sie die Datei im Dateimanager.</translation>
    </message>
    <message>
        <source>Save coaching summary</source>
        <translation>Coaching-Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Print coaching summary</source>
        <translation>Coaching-Zusammenfassung drucken</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Team review</source>
        <translation>Team-Auswertung</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Beobachtungsbogen</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Show the sellers of this manager</source>
        <translation>Nur die Mitarbeiter/innen dieser Führungskraft zeigen</translation>
    </message>
    <message>
        <source>Ride every</source>
        <translation>Begleiten alle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Cadence target: ride with each seller every so many days</source>
        <translation>Rhythmus: jede/n Mitarbeiter/in alle so viele Tage begleiten</translation>
    </message>
    <message>
        <source>How often you mean to ride with each seller. A seller not ridden with for longer is marked “ride due” here, on Today and in their progress.</source>
        <translation>Wie oft Sie jede/n Mitarbeiter/in begleiten wollen. Wer länger nicht begleitet wurde, ist hier, unter Heute und in der Entwicklung als „Begleitung fällig“ markiert.</translation>
    </message>
    <message>
        <source>Record training…</source>
        <translation>Training erfassen…</translation>
    </message>
    <message>
        <source>Record training</source>
        <translation>Training erfassen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Team summary</source>
        <translation>Team-Überblick</translation>
    </message>
    <message>
        <source>Nothing to review yet. After your first rides, each seller&apos;s latest levels and coaching cadence show here.</source>
        <translation>Noch nichts auszuwerten. Nach Ihren ersten Begleitungen sehen Sie hier die aktuellen Stufen und den Begleitungsrhythmus jeder/jedes Mitarbeiter/in.</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>Überfällige Vereinbarungen</translation>
    </message>
    <message>
        <source>No overdue commitments.</source>
        <translation>Keine überfälligen Vereinbarungen.</translation>
    </message>
    <message>
        <source>cadence target</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Cadence target</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Overdue commitments ({count})</source>
        <translation>Überfällige Vereinbarungen ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s)</source>
        <translation>
            <numerusform>%n Mitarbeiter/in</numerusform>
            <numerusform>%n Mitarbeiter/innen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ride due with %n: {names}</source>
        <translation>
            <numerusform>Begleitung fällig bei %n: {names}</numerusform>
            <numerusform>Begleitung fällig bei %n: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>everyone ridden with in the last %n day(s)</source>
        <translation>
            <numerusform>alle am letzten Tag begleitet (%n)</numerusform>
            <numerusform>alle in den letzten %n Tagen begleitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue commitment(s)</source>
        <translation>
            <numerusform>%n überfällige Vereinbarung</numerusform>
            <numerusform>%n überfällige Vereinbarungen</numerusform>
        </translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Alle Führungskräfte</translation>
    </message>
    <message>
        <source>training recorded</source>
        <translation>Training erfasst</translation>
    </message>
</context>
<context>
    <name>RideHistoryDialog</name>
    <message>
        <source>History · {seller} · {day}</source>
        <translation>Verlauf · {seller} · {day}</translation>
    </message>
    <message>
        <source>What happened to this ride after its debrief. Changes made after the seller&apos;s acknowledgement are listed one by one; private notes are never recorded here.</source>
        <translation>Was nach der Nachbesprechung mit dieser Begleitung geschah. Änderungen nach der Bestätigung durch den Mitarbeiter stehen einzeln hier; private Notizen werden nie festgehalten.</translation>
    </message>
    <message>
        <source>Ride history</source>
        <translation>Verlauf der Begleitung</translation>
    </message>
</context>
<context>
    <name>RideSummaryView</name>
    <message>
        <source>Call {number}: no opportunity</source>
        <translation>Kontakt {number}: keine Gelegenheit</translation>
    </message>
    <message>
        <source>Call {number}: not rated</source>
        <translation>Kontakt {number}: nicht bewertet</translation>
    </message>
    <message>
        <source>Call {number}: {level} {label}</source>
        <translation>Kontakt {number}: {level} {label}</translation>
    </message>
    <message>
        <source>What the ride showed</source>
        <translation>Was die Begleitung gezeigt hat</translation>
    </message>
    <message>
        <source>C{number}</source>
        <translation>K{number}</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Ø</translation>
    </message>
    <message>
        <source>Call {number}: {title}</source>
        <translation>Kontakt {number}: {title}</translation>
    </message>
    <message>
        <source>Not observed ({count})</source>
        <translation>Nicht beobachtet ({count})</translation>
    </message>
    <message>
        <source>{section} · {behaviour} (focus behaviour)</source>
        <translation>{section} · {behaviour} (Fokusverhalten)</translation>
    </message>
    <message>
        <source>{section} · {behaviour}</source>
        <translation>{section} · {behaviour}</translation>
    </message>
    <message>
        <source>{behaviour}, focus: {calls}</source>
        <translation>{behaviour}, Fokus: {calls}</translation>
    </message>
    <message>
        <source>{behaviour}: {calls}</source>
        <translation>{behaviour}: {calls}</translation>
    </message>
    <message>
        <source>C{number}: “{text}”</source>
        <translation>K{number}: „{text}“</translation>
    </message>
</context>
<context>
    <name>RosterPreview</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>New seller</source>
        <translation>Neue/r Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation>Aus dem Archiv zurückgeholt</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Possible duplicate — new seller</source>
        <translation>Mögliches Duplikat — neue/r Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Possible duplicate — updated</source>
        <translation>Mögliches Duplikat — aktualisiert</translation>
    </message>
    <message>
        <source>Possible duplicate — restored from the archive</source>
        <translation>Mögliches Duplikat — aus dem Archiv zurückgeholt</translation>
    </message>
    <message>
        <source>Possible duplicate — no change</source>
        <translation>Mögliches Duplikat — keine Änderung</translation>
    </message>
    <message>
        <source>changes {fields}</source>
        <translation>ändert {fields}</translation>
    </message>
</context>
<context>
    <name>RosterPreviewDialog</name>
    <message>
        <source>Import {name}?</source>
        <translation>{name} importieren?</translation>
    </message>
    <message>
        <source>{name} ({source}): {summary}</source>
        <translation>{name} ({source}): {summary}</translation>
    </message>
    <message>
        <source>These columns are not used and will not be imported: {columns}.</source>
        <translation>Diese Spalten werden nicht verwendet und nicht importiert: {columns}.</translation>
    </message>
    <message>
        <source>Who the roster adds and updates</source>
        <translation>Wen die Teamliste hinzufügt und aktualisiert</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes all of it at once, or nothing.</source>
        <translation>Noch wurde nichts geschrieben. Der Import schreibt alles auf einmal oder gar nichts.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>RosterWrite</name>
    <message>
        <source>Importing a roster</source>
        <translation>Teamliste wird importiert</translation>
    </message>
    <message>
        <source>Writing the sellers of {file}…</source>
        <translation>Die Mitarbeiter/innen aus {file} werden gespeichert…</translation>
    </message>
    <message>
        <source>Sellers written: {count}</source>
        <translation>Gespeichert: {count} Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>Roster not imported</source>
        <translation>Teamliste nicht importiert</translation>
    </message>
    <message>
        <source>Cancelled: no seller was added or changed.</source>
        <translation>Abgebrochen: Es wurde kein/e Mitarbeiter/in hinzugefügt oder geändert.</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <source>the sellers could not be written (see the log).</source>
        <translation>Die Mitarbeiter/innen konnten nicht gespeichert werden (siehe Protokoll).</translation>
    </message>
</context>
<context>
    <name>ScorecardHistory</name>
    <message>
        <source>Version history</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Importing a changed file makes a new version; rides keep theirs.</source>
        <translation>Eine geänderte Datei wird als neue Version importiert; Begleitungen behalten ihre.</translation>
    </message>
    <message>
        <source>Version {version} (latest)</source>
        <translation>Version {version} (aktuell)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message numerus="yes">
        <source>used by %n ride(s)</source>
        <translation>
            <numerusform>in %n Begleitung verwendet</numerusform>
            <numerusform>in %n Begleitungen verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>noch nicht verwendet</translation>
    </message>
    <message>
        <source>{version} · {when} · {file} · {use}</source>
        <translation>{version} · {when} · {file} · {use}</translation>
    </message>
    <message>
        <source>{version} · {when} · {use}</source>
        <translation>{version} · {when} · {use}</translation>
    </message>
</context>
<context>
    <name>ScorecardPreview</name>
    <message>
        <source>Scorecard preview</source>
        <translation>Vorschau des Beobachtungsbogens</translation>
    </message>
    <message>
        <source>Select a scorecard to see it as you will during a ride.</source>
        <translation>Wählen Sie einen Beobachtungsbogen, um ihn so zu sehen wie während einer Begleitung.</translation>
    </message>
</context>
<context>
    <name>ScorecardsScreen</name>
    <message>
        <source>Importing a scorecard</source>
        <translation>Beobachtungsbogen wird importiert</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source>YAML file…</source>
        <translation>YAML-Datei…</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Excel-Arbeitsmappe (XLSX)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Drop a scorecard file (YAML, JSON, CSV or Excel) anywhere here to import it.</source>
        <translation>Ziehen Sie eine Datei mit einem Beobachtungsbogen (YAML, JSON, CSV oder Excel) hierher, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Scorecard status</source>
        <translation>Status der Beobachtungsbögen</translation>
    </message>
    <message>
        <source>blank scorecard</source>
        <translation>Blanko-Beobachtungsbogen</translation>
    </message>
    <message>
        <source>The selected version on paper, with columns for four calls, for a ride without the laptop</source>
        <translation>Die gewählte Version auf Papier, mit Spalten für vier Kundenkontakte, für eine Begleitung ohne Laptop</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Beobachtungsbögen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a scorecard from a YAML, JSON, CSV or Excel file</source>
        <translation>Einen Beobachtungsbogen aus einer YAML-, JSON-, CSV- oder Excel-Datei importieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy this scorecard to adapt it; the original stays</source>
        <translation>Diesen Beobachtungsbogen kopieren und anpassen; das Original bleibt</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Show archived scorecards</source>
        <translation>Archivierte Beobachtungsbögen zeigen</translation>
    </message>
    <message>
        <source>No scorecards yet. Import one from a file, or drop the file here.</source>
        <translation>Noch keine Beobachtungsbögen. Importieren Sie einen aus einer Datei oder ziehen Sie die Datei hierher.</translation>
    </message>
    <message>
        <source>Import a scorecard…</source>
        <translation>Beobachtungsbogen importieren…</translation>
    </message>
    <message>
        <source>Select a scorecard first.</source>
        <translation>Wählen Sie zuerst einen Beobachtungsbogen.</translation>
    </message>
    <message>
        <source>Blank scorecard</source>
        <translation>Blanko-Beobachtungsbogen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Import a scorecard</source>
        <translation>Beobachtungsbogen importieren</translation>
    </message>
    <message>
        <source>{name} and the files queued after it were not imported (cancelled). Nothing was changed.</source>
        <translation>{name} und die danach eingereihten Dateien wurden nicht importiert (abgebrochen). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{name} was not imported (cancelled). Nothing was changed.</source>
        <translation>{name} wurde nicht importiert (abgebrochen). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Import the new version?</source>
        <translation>Neue Version importieren?</translation>
    </message>
    <message>
        <source>{name} is a new version of “{card}”. {consequences}

Import it?</source>
        <translation>{name} ist eine neue Version von „{card}“. {consequences}

Importieren?</translation>
    </message>
    <message>
        <source>{name} was not imported. Nothing was changed.</source>
        <translation>{name} wurde nicht importiert. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation>{name} wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>{name} was read but could not be stored. Nothing was changed.</source>
        <translation>{name} wurde gelesen, konnte aber nicht gespeichert werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{name} was read but is not stored yet: the data file cannot be written just now (see the status bar). FieldRide stores it when it can.</source>
        <translation>{name} wurde gelesen, ist aber noch nicht gespeichert: Die Datendatei kann gerade nicht geschrieben werden (siehe Statusleiste). FieldRide speichert sie, sobald es geht.</translation>
    </message>
    <message>
        <source>{name}: {result} {notes}</source>
        <translation>{name}: {result} {notes}</translation>
    </message>
    <message>
        <source>scorecard imported</source>
        <translation>Beobachtungsbogen importiert</translation>
    </message>
    <message>
        <source>{name} was not imported</source>
        <translation>{name} wurde nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not imported: %n problem(s) to fix (listed below). Nothing was changed.</source>
        <translation>
            <numerusform>{name} wurde nicht importiert: %n Problem zu beheben (siehe unten). Nichts wurde geändert.</numerusform>
            <numerusform>{name} wurde nicht importiert: %n Probleme zu beheben (siehe unten). Nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} could not be read because of an unexpected error. Nothing was changed.</source>
        <translation>{name} konnte wegen eines unerwarteten Fehlers nicht gelesen werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Drop to import.</source>
        <translation>Loslassen zum Importieren.</translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation>Beobachtungsbogen exportieren</translation>
    </message>
    <message>
        <source>{name}, version {version}, exported from FieldRide</source>
        <translation>{name}, Version {version}, aus FieldRide exportiert</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Export nach {name}…</translation>
    </message>
    <message>
        <source>Exported “{name}” version {version} to {path}.</source>
        <translation>„{name}“ Version {version} nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Export to {name} failed.</source>
        <translation>Export nach {name} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Created “{name}” (key {key}). Export it, edit the file, and import it again to change it.</source>
        <translation>„{name}“ angelegt (Schlüssel {key}). Zum Ändern exportieren, die Datei bearbeiten und wieder importieren.</translation>
    </message>
    <message>
        <source>scorecard duplicated</source>
        <translation>Beobachtungsbogen dupliziert</translation>
    </message>
    <message>
        <source>Archive scorecard</source>
        <translation>Beobachtungsbogen archivieren</translation>
    </message>
    <message>
        <source>Archive “{name}”? It is hidden when planning rides; past rides keep it. You can restore it with “Show archived scorecards”.</source>
        <translation>„{name}“ archivieren? Er wird beim Planen von Begleitungen nicht mehr angeboten; vergangene Begleitungen behalten ihn. Mit „Archivierte Beobachtungsbögen zeigen“ können Sie ihn wiederherstellen.</translation>
    </message>
    <message>
        <source>“{name}” restored.</source>
        <translation>„{name}“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>scorecard restored</source>
        <translation>Beobachtungsbogen wiederhergestellt</translation>
    </message>
    <message>
        <source>“{name}” archived.</source>
        <translation>„{name}“ archiviert.</translation>
    </message>
    <message>
        <source>scorecard archived</source>
        <translation>Beobachtungsbogen archiviert</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>PRIVATE</source>
        <translation>PRIVAT</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Search evidence, notes, debriefs, commitments — &quot;a phrase&quot;, word*, -word</source>
        <translation>Beobachtungen, Notizen, Nachbesprechungen, Vereinbarungen durchsuchen – &quot;eine Wendung&quot;, Wort*, -Wort</translation>
    </message>
    <message>
        <source>Seller filter</source>
        <translation>Mitarbeiterfilter</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>Meine privaten Notizen einbeziehen</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Type a word from your evidence, notes or commitments.</source>
        <translation>Geben Sie ein Wort aus Ihren Beobachtungen, Notizen oder Vereinbarungen ein.</translation>
    </message>
    <message>
        <source>All sellers</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <source>{seller}, {day}, {where}: {text}</source>
        <translation>{seller}, {day}, {where}: {text}</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) (the newest; narrow the search to see older ones)</source>
        <translation>
            <numerusform>%n Treffer (die neuesten; grenzen Sie die Suche ein, um ältere zu sehen)</numerusform>
            <numerusform>%n Treffer (die neuesten; grenzen Sie die Suche ein, um ältere zu sehen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>A word of one or two letters finds only itself: type a third letter to find the words that start with it.</source>
        <translation>Ein Wort aus ein oder zwei Buchstaben findet nur sich selbst: Tippen Sie einen dritten Buchstaben, um die Wörter zu finden, die so beginnen.</translation>
    </message>
</context>
<context>
    <name>SelfRatingPage</name>
    <message>
        <source>Before you talk the ride through with your manager: how did you do? Rate each behaviour for the whole ride, or choose No opportunity when your calls gave no chance to show it. Click a level, or type its number (N for no opportunity); Tab and the arrow keys move between behaviours. Your manager will see your ratings beside theirs in the debrief.</source>
        <translation>Bevor Sie die Begleitung mit Ihrer Führungskraft besprechen: Wie ist es gelaufen? Bewerten Sie jedes Verhalten für die ganze Begleitung, oder wählen Sie Keine Gelegenheit, wenn Ihre Kontakte keine Chance dazu boten. Klicken Sie eine Stufe an oder tippen Sie ihre Zahl (N für keine Gelegenheit); Tab und die Pfeiltasten wechseln zwischen den Verhaltensweisen. Ihre Führungskraft sieht Ihre Bewertungen in der Nachbesprechung neben den eigenen.</translation>
    </message>
    <message>
        <source>Your calls on this ride</source>
        <translation>Ihre Kontakte bei dieser Begleitung</translation>
    </message>
    <message>
        <source>How many behaviours you rated</source>
        <translation>Wie viele Verhaltensweisen Sie bewertet haben</translation>
    </message>
    <message>
        <source>I&apos;m done: give the laptop back to the manager</source>
        <translation>Fertig: Laptop an die Führungskraft zurückgeben</translation>
    </message>
    <message>
        <source>Rate your own ride · {seller} · {date} · {kind}</source>
        <translation>Eigene Begleitung bewerten · {seller} · {date} · {kind}</translation>
    </message>
    <message>
        <source>Call {number}: {title}</source>
        <translation>Kontakt {number}: {title}</translation>
    </message>
    <message>
        <source>Your calls on this ride: {calls}</source>
        <translation>Ihre Kontakte bei dieser Begleitung: {calls}</translation>
    </message>
    <message>
        <source>This ride is acknowledged: your ratings can no longer change.</source>
        <translation>Diese Begleitung ist bestätigt: Ihre Bewertungen lassen sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>{done} of {total} behaviours rated. Each one is saved as you go.</source>
        <translation>{done} von {total} Verhaltensweisen bewertet. Jede Bewertung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation>Bewertung nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SelfRatingRow</name>
    <message>
        <source>No opportunity</source>
        <translation>Keine Gelegenheit</translation>
    </message>
    <message>
        <source>{title}: not rated yet</source>
        <translation>{title}: noch nicht bewertet</translation>
    </message>
    <message>
        <source>{title}: no opportunity</source>
        <translation>{title}: keine Gelegenheit</translation>
    </message>
    <message>
        <source>{title}: you rated it {level}, {label}</source>
        <translation>{title}: von Ihnen mit {level} bewertet, {label}</translation>
    </message>
</context>
<context>
    <name>SelfVsManagerPanel</name>
    <message>
        <source>The seller&apos;s own view</source>
        <translation>Die Sicht des Mitarbeiters</translation>
    </message>
    <message>
        <source>Paper self-assess&amp;ment…</source>
        <translation>Selbsteinschätzung auf &amp;Papier…</translation>
    </message>
    <message>
        <source>Type in the self-assessment the seller wrote on a printed scorecard</source>
        <translation>Die Selbsteinschätzung übertragen, die der Mitarbeiter auf einem gedruckten Beobachtungsbogen notiert hat</translation>
    </message>
    <message>
        <source>The seller&apos;s ratings beside yours</source>
        <translation>Die Bewertungen des Mitarbeiters neben Ihren</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>The seller has not rated this ride. Before the debrief, hand them the laptop (Seller rates the ride…), or type in their paper sheet.</source>
        <translation>Der Mitarbeiter hat diese Begleitung nicht bewertet. Geben Sie ihm vor der Nachbesprechung den Laptop (Mitarbeiter bewertet die Begleitung…) oder übertragen Sie seinen Papierbogen.</translation>
    </message>
    <message>
        <source>The seller has not rated this ride. If they filled in a paper sheet, type it in (Paper self-assessment…).</source>
        <translation>Der Mitarbeiter hat diese Begleitung nicht bewertet. Hat er einen Papierbogen ausgefüllt, übertragen Sie ihn (Selbsteinschätzung auf Papier…).</translation>
    </message>
    <message>
        <source>The seller did not rate this ride.</source>
        <translation>Der Mitarbeiter hat diese Begleitung nicht bewertet.</translation>
    </message>
    <message>
        <source>Gap: the seller&apos;s level minus yours (the mean of your call ratings). ✎ typed in from the seller&apos;s paper sheet.</source>
        <translation>Differenz: Stufe des Mitarbeiters minus Ihre (der Mittelwert Ihrer Bewertungen je Kontakt). ✎ vom Papierbogen des Mitarbeiters übertragen.</translation>
    </message>
    <message>
        <source>Gap: the seller&apos;s level minus yours (the mean of your call ratings).</source>
        <translation>Differenz: Stufe des Mitarbeiters minus Ihre (der Mittelwert Ihrer Bewertungen je Kontakt).</translation>
    </message>
    <message>
        <source>Entered from the seller&apos;s paper sheet</source>
        <translation>Vom Papierbogen des Mitarbeiters übertragen</translation>
    </message>
    <message>
        <source>{title}: seller {seller}, manager {manager}, gap {gap}</source>
        <translation>{title}: Mitarbeiter {seller}, Führungskraft {manager}, Differenz {gap}</translation>
    </message>
    <message>
        <source>paper self-assessment saved</source>
        <translation>Selbsteinschätzung auf Papier gespeichert</translation>
    </message>
</context>
<context>
    <name>SellerDialog</name>
    <message>
        <source>Edit seller</source>
        <translation>Mitarbeiter/in bearbeiten</translation>
    </message>
    <message>
        <source>Add seller</source>
        <translation>Mitarbeiter/in anlegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Sprache der Unterlagen</translation>
    </message>
    <message>
        <source>As the app (your language)</source>
        <translation>Wie die App (Ihre Sprache)</translation>
    </message>
    <message>
        <source>The coaching summary and other documents for this seller are in this language.</source>
        <translation>Die Coaching-Zusammenfassung und andere Unterlagen für diese Person erscheinen in dieser Sprache.</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Sprache der Unterlagen</translation>
    </message>
</context>
<context>
    <name>SellerProfileScreen</name>
    <message>
        <source>not enough rides</source>
        <translation>zu wenige Begleitungen</translation>
    </message>
    <message>
        <source>{change} (so far)</source>
        <translation>{change} (bisher)</translation>
    </message>
    <message>
        <source>Follow-through: nothing verified yet</source>
        <translation>Umsetzungsquote: noch nichts überprüft</translation>
    </message>
    <message>
        <source>Follow-through: {percent}% ({applied} of {verified} applied)</source>
        <translation>Umsetzungsquote: {percent} % ({applied} von {verified} umgesetzt)</translation>
    </message>
    <message>
        <source>{level} on {day}</source>
        <translation>{level} am {day}</translation>
    </message>
    <message>
        <source>{level} ({rides})</source>
        <translation>{level} ({rides})</translation>
    </message>
    <message>
        <source>{training}, {day}</source>
        <translation>{training}, {day}</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wieder erreicht</translation>
    </message>
    <message>
        <source>Still below</source>
        <translation>Noch darunter</translation>
    </message>
    <message>
        <source>Training: {title}</source>
        <translation>Training: {title}</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Letzte 2 Jahre</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>Letzte 5 Jahre</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Seller progress</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Beobachtungsbogen</translation>
    </message>
    <message>
        <source>Record training…</source>
        <translation>Training erfassen…</translation>
    </message>
    <message>
        <source>Record training</source>
        <translation>Training erfassen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Überblick über die Entwicklung</translation>
    </message>
    <message>
        <source>Rides shown</source>
        <translation>Angezeigte Begleitungen</translation>
    </message>
    <message>
        <source>Show the whole history</source>
        <translation>Gesamten Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>development report</source>
        <translation>Entwicklungsbericht</translation>
    </message>
    <message>
        <source>This seller&apos;s development report: rides, trends, commitments and trainings, for a one-on-one</source>
        <translation>Der Entwicklungsbericht dieser/dieses Mitarbeiter/in: Begleitungen, Verläufe, Vereinbarungen und Trainings, für ein Vier-Augen-Gespräch</translation>
    </message>
    <message>
        <source>&amp;Review with the seller…</source>
        <translation>Mit dem Mitarbeiter &amp;durchgehen…</translation>
    </message>
    <message>
        <source>Review with the seller</source>
        <translation>Mit dem Mitarbeiter durchgehen</translation>
    </message>
    <message>
        <source>Hand the laptop to the seller for a one-on-one: the window shows only their own trends, commitments and summaries, until you take it back</source>
        <translation>Laptop für ein Einzelgespräch an den Mitarbeiter geben: Das Fenster zeigt nur dessen eigene Entwicklung, Vereinbarungen und Zusammenfassungen, bis Sie ihn zurücknehmen</translation>
    </message>
    <message>
        <source>◆ focus ride · ○ other ride · dotted line: not rated on the rides between · no line: not in that scorecard version · T: training on this behaviour</source>
        <translation>◆ Begleitung mit Fokus · ○ andere Begleitung · gepunktet: in den Begleitungen dazwischen nicht bewertet · keine Linie: nicht in dieser Version des Bogens · T: Training zu diesem Verhalten</translation>
    </message>
    <message>
        <source>Choose a seller. Their rides, trends and trainings show here.</source>
        <translation>Wählen Sie eine/n Mitarbeiter/in. Hier erscheinen Begleitungen, Verläufe und Trainings.</translation>
    </message>
    <message>
        <source>Behaviour trends</source>
        <translation>Verläufe der Verhalten</translation>
    </message>
    <message>
        <source>No training recorded for this seller.</source>
        <translation>Für diese/n Mitarbeiter/in ist kein Training erfasst.</translation>
    </message>
    <message>
        <source>Training before and after</source>
        <translation>Training vorher und nachher</translation>
    </message>
    <message>
        <source>No regressions: what was applied has held.</source>
        <translation>Keine Rückschritte: Was umgesetzt wurde, hat gehalten.</translation>
    </message>
    <message>
        <source>Regressions</source>
        <translation>Rückschritte</translation>
    </message>
    <message>
        <source>No rides yet.</source>
        <translation>Noch keine Begleitungen.</translation>
    </message>
    <message>
        <source>Timeline of rides and trainings</source>
        <translation>Zeitleiste der Begleitungen und Trainings</translation>
    </message>
    <message>
        <source>No self-assessment yet.</source>
        <translation>Noch keine Selbsteinschätzung.</translation>
    </message>
    <message>
        <source>Self-assessment against yours</source>
        <translation>Selbsteinschätzung im Vergleich zu Ihrer</translation>
    </message>
    <message>
        <source>Self-assessment: the seller&apos;s level minus yours, per ride</source>
        <translation>Selbsteinschätzung: Stufe der/des Mitarbeiter/in minus Ihre, je Begleitung</translation>
    </message>
    <message>
        <source>Training → execution: mean level 90 days before / after (rides)</source>
        <translation>Training → Umsetzung: mittlere Stufe 90 Tage vorher / nachher (Begleitungen)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Cannot show this seller</source>
        <translation>Mitarbeiter/in kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Choose a seller first.</source>
        <translation>Wählen Sie zuerst eine/n Mitarbeiter/in.</translation>
    </message>
    <message>
        <source>Development report</source>
        <translation>Entwicklungsbericht</translation>
    </message>
    <message>
        <source>Regressions ({count}, {still} still below)</source>
        <translation>Rückschritte ({count}, davon {still} noch darunter)</translation>
    </message>
    <message>
        <source>no ride yet</source>
        <translation>noch keine Begleitung</translation>
    </message>
    <message>
        <source>last ride today</source>
        <translation>letzte Begleitung heute</translation>
    </message>
    <message numerus="yes">
        <source>last ride %n day(s) ago — ride due</source>
        <translation>
            <numerusform>letzte Begleitung vor %n Tag — Begleitung fällig</numerusform>
            <numerusform>letzte Begleitung vor %n Tagen — Begleitung fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last ride %n day(s) ago</source>
        <translation>
            <numerusform>letzte Begleitung vor %n Tag</numerusform>
            <numerusform>letzte Begleitung vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{seller} ({team})</source>
        <translation>{seller} ({team})</translation>
    </message>
    <message numerus="yes">
        <source>%n ride(s)</source>
        <translation>
            <numerusform>%n Begleitung</numerusform>
            <numerusform>%n Begleitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Regressions: {count} ({still} still below)</source>
        <translation>Rückschritte: {count} (davon {still} noch darunter)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue commitment(s)</source>
        <translation>
            <numerusform>%n überfällige Vereinbarung</numerusform>
            <numerusform>%n überfällige Vereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whole history: %n ride(s) shown</source>
        <translation>
            <numerusform>Gesamter Zeitraum: %n Begleitung angezeigt</numerusform>
            <numerusform>Gesamter Zeitraum: %n Begleitungen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{period} (since {day}): {shown} of %n ride(s) shown</source>
        <translation>
            <numerusform>{period} (seit {day}): {shown} von %n Begleitung angezeigt</numerusform>
            <numerusform>{period} (seit {day}): {shown} von %n Begleitungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>training recorded</source>
        <translation>Training erfasst</translation>
    </message>
</context>
<context>
    <name>SellerReviewSession</name>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Open, past its date</source>
        <translation>Offen, Termin überschritten</translation>
    </message>
    <message>
        <source>Not applied when checked</source>
        <translation>Bei der Prüfung nicht umgesetzt</translation>
    </message>
    <message>
        <source>Applied, and it has held</source>
        <translation>Umgesetzt, und es hält</translation>
    </message>
    <message>
        <source>Applied, then slipped back</source>
        <translation>Umgesetzt, dann wieder nachgelassen</translation>
    </message>
    <message>
        <source>Applied, slipped back, now back up</source>
        <translation>Umgesetzt, nachgelassen, jetzt wieder da</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>No opportunity</source>
        <translation>Keine Gelegenheit</translation>
    </message>
    <message>
        <source>{outcome} on {day}</source>
        <translation>{outcome} am {day}</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>How it held</source>
        <translation>Wie es gehalten hat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Beobachtungsbogen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Give the laptop back to the manager</source>
        <translation>Laptop an die Führungskraft zurückgeben</translation>
    </message>
    <message>
        <source>This is your own record: how each behaviour has gone ride by ride, the commitments you made and how they held, and the summaries you were given.</source>
        <translation>Das ist Ihre eigene Übersicht: wie sich jedes Verhalten von Begleitung zu Begleitung entwickelt hat, Ihre Vereinbarungen und wie sie gehalten haben, und Ihre Zusammenfassungen.</translation>
    </message>
    <message>
        <source>Your &amp;trends</source>
        <translation>Ihre &amp;Entwicklung</translation>
    </message>
    <message>
        <source>No commitments yet.</source>
        <translation>Noch keine Vereinbarungen.</translation>
    </message>
    <message>
        <source>Your commitments</source>
        <translation>Ihre Vereinbarungen</translation>
    </message>
    <message>
        <source>Your &amp;commitments</source>
        <translation>Ihre &amp;Vereinbarungen</translation>
    </message>
    <message>
        <source>Your &amp;summaries</source>
        <translation>Ihre &amp;Zusammenfassungen</translation>
    </message>
    <message>
        <source>Your trends</source>
        <translation>Ihre Entwicklung</translation>
    </message>
    <message>
        <source>No finished rides yet.</source>
        <translation>Noch keine abgeschlossenen Begleitungen.</translation>
    </message>
    <message>
        <source>Your rides</source>
        <translation>Ihre Begleitungen</translation>
    </message>
    <message>
        <source>The summary of the chosen ride</source>
        <translation>Die Zusammenfassung der gewählten Begleitung</translation>
    </message>
    <message>
        <source>Your progress, {seller}</source>
        <translation>Ihre Entwicklung, {seller}</translation>
    </message>
    <message>
        <source>Scorecard: {scorecard}. One point per ride: your average level on that ride; ◆ a behaviour you focused on.</source>
        <translation>Beobachtungsbogen: {scorecard}. Ein Punkt je Begleitung: Ihre durchschnittliche Stufe; ◆ ein Fokusverhalten.</translation>
    </message>
    <message>
        <source>No rides yet.</source>
        <translation>Noch keine Begleitungen.</translation>
    </message>
</context>
<context>
    <name>SellerView</name>
    <message>
        <source>Give the laptop back to the manager</source>
        <translation>Laptop an die Führungskraft zurückgeben</translation>
    </message>
    <message>
        <source>Your acknowledgement is kept but not saved yet: the computer cannot write it just now. FieldRide saves it as soon as it can.</source>
        <translation>Ihre Bestätigung ist festgehalten, aber noch nicht gespeichert: Der Computer kann sie gerade nicht schreiben. FieldRide speichert sie, sobald es geht.</translation>
    </message>
    <message>
        <source>Your coaching summary</source>
        <translation>Ihre Coaching-Zusammenfassung</translation>
    </message>
    <message>
        <source>Your acknowledgement</source>
        <translation>Ihre Bestätigung</translation>
    </message>
    <message>
        <source>Read the summary on the left: it is what your handout will say. By typing your name you confirm that you went through this debrief with your manager. The ride is then locked.</source>
        <translation>Lesen Sie die Zusammenfassung links: So steht es in Ihrem Ausdruck. Mit Ihrem Namen bestätigen Sie, dass Sie diese Nachbesprechung mit Ihrer Führungskraft geführt haben. Die Begleitung wird dann gesperrt.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>Acknowledgement date</source>
        <translation>Datum der Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Your comment (optional)</source>
        <translation>Ihr Kommentar (optional)</translation>
    </message>
    <message>
        <source>&amp;Comment (optional)</source>
        <translation>&amp;Kommentar (optional)</translation>
    </message>
    <message>
        <source>Acknowledgement message</source>
        <translation>Meldung zur Bestätigung</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the debrief</source>
        <translation>Die Nachbesprechung bestätigen</translation>
    </message>
    <message>
        <source>Already acknowledged.</source>
        <translation>Bereits bestätigt.</translation>
    </message>
    <message>
        <source>Type your name as it is written on the summary.</source>
        <translation>Tippen Sie Ihren Namen so, wie er auf der Zusammenfassung steht.</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Thank you. Please give the laptop back to the manager.</source>
        <translation>Danke. Bitte geben Sie den Laptop an die Führungskraft zurück.</translation>
    </message>
    <message>
        <source>Thank you. Your handout carries the code {code}: it shows that the ride is what you acknowledged. Please give the laptop back to the manager.</source>
        <translation>Danke. Ihre Zusammenfassung trägt den Code {code}: Er zeigt, dass die Begleitung dem entspricht, was Sie bestätigt haben. Bitte geben Sie den Laptop an die Führungskraft zurück.</translation>
    </message>
</context>
<context>
    <name>SellersScreen</name>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Filter sellers</source>
        <translation>Mitarbeiter filtern</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Add seller…</source>
        <translation>Mitarbeiter/in &amp;anlegen…</translation>
    </message>
    <message>
        <source>Add seller</source>
        <translation>Mitarbeiter/in anlegen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit seller</source>
        <translation>Mitarbeiter/in bearbeiten</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archive or restore seller</source>
        <translation>Mitarbeiter/in archivieren oder wiederherstellen</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Teamliste importieren…</translation>
    </message>
    <message>
        <source>Import a roster from CSV or XLSX</source>
        <translation>Eine Teamliste aus CSV oder XLSX importieren</translation>
    </message>
    <message>
        <source>Import a roster (CSV or Excel). You can also drop the file on this screen.</source>
        <translation>Eine Teamliste importieren (CSV oder Excel). Sie können die Datei auch auf diesen Bildschirm ziehen.</translation>
    </message>
    <message>
        <source>Plan a ride…</source>
        <translation>Begleitung planen…</translation>
    </message>
    <message>
        <source>Plan a ride with the selected seller</source>
        <translation>Eine Begleitung mit dem gewählten Mitarbeiter planen</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Entwicklung…</translation>
    </message>
    <message>
        <source>Show the selected seller&apos;s progress</source>
        <translation>Die Entwicklung des gewählten Mitarbeiters zeigen</translation>
    </message>
    <message>
        <source>No sellers yet. Add the people you coach, or import a roster (CSV or XLSX).</source>
        <translation>Noch keine Mitarbeiter/innen. Legen Sie die Personen an, die Sie coachen, oder importieren Sie eine Teamliste (CSV oder XLSX).</translation>
    </message>
    <message>
        <source>Add seller…</source>
        <translation>Mitarbeiter/in anlegen…</translation>
    </message>
    <message>
        <source>Seller not saved</source>
        <translation>Mitarbeiter/in nicht gespeichert</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation>{name} ({details})</translation>
    </message>
    <message>
        <source>{name} ({details}, archived)</source>
        <translation>{name} ({details}, archiviert)</translation>
    </message>
    <message>
        <source>no email, territory or team</source>
        <translation>keine E-Mail, kein Gebiet, kein Team</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Gleicher Name</translation>
    </message>
    <message numerus="yes">
        <source>There is already %n seller(s) with this name: {who}.

Save anyway? Give each an email or territory so they can be told apart when planning.</source>
        <translation>
            <numerusform>Es gibt bereits %n Mitarbeiter/in mit diesem Namen: {who}.

Trotzdem speichern? Geben Sie jeder Person eine E-Mail oder ein Gebiet, damit sie sich beim Planen unterscheiden lassen.</numerusform>
            <numerusform>Es gibt bereits %n Mitarbeiter mit diesem Namen: {who}.

Trotzdem speichern? Geben Sie jeder Person eine E-Mail oder ein Gebiet, damit sie sich beim Planen unterscheiden lassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>seller archived</source>
        <translation>Mitarbeiter/in archiviert</translation>
    </message>
    <message>
        <source>seller restored</source>
        <translation>Mitarbeiter/in wiederhergestellt</translation>
    </message>
    <message>
        <source>Seller not changed</source>
        <translation>Mitarbeiter/in nicht geändert</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Eine Teamliste importieren</translation>
    </message>
    <message>
        <source>Importing a roster</source>
        <translation>Teamliste wird importiert</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>One roster at a time</source>
        <translation>Eine Teamliste nach der anderen</translation>
    </message>
    <message>
        <source>Drop one roster file at a time: {count} files were dropped.</source>
        <translation>Bitte jeweils eine Teamliste ablegen: Es wurden {count} Dateien abgelegt.</translation>
    </message>
    <message>
        <source>Roster not imported</source>
        <translation>Teamliste nicht importiert</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>{file} konnte nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>{name} could not be read because of an unexpected error. Nothing was changed.</source>
        <translation>{name} konnte wegen eines unerwarteten Fehlers nicht gelesen werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>roster imported</source>
        <translation>Teamliste importiert</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>Teamliste importiert</translation>
    </message>
    <message>
        <source>{name} was not imported</source>
        <translation>{name} wurde nicht importiert</translation>
    </message>
    <message>
        <source>ride planned</source>
        <translation>Begleitung geplant</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>process {pid} on computer &apos;{host}&apos;</source>
        <translation>Prozess {pid} auf dem Computer „{host}“</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <source>FieldRide is already running with the data folder {folder} ({holder}), but it does not answer. Only one FieldRide may write to a data folder at a time, so this one will close without touching your data.

If FieldRide is frozen, close it (or end process {pid}) and start it again. If the folder is shared with another computer, close FieldRide there first.</source>
        <translation>FieldRide läuft bereits mit dem Datenordner {folder} ({holder}), antwortet aber nicht. Nur ein FieldRide darf gleichzeitig in einen Datenordner schreiben; dieses schließt sich daher, ohne Ihre Daten anzurühren.

Wenn FieldRide hängt, schließen Sie es (oder beenden Sie Prozess {pid}) und starten Sie es neu. Wird der Ordner mit einem anderen Computer geteilt, schließen Sie FieldRide zuerst dort.</translation>
    </message>
    <message>
        <source>FieldRide cannot start with the data folder {folder}. The disk that holds it is full, so FieldRide cannot write the small lock file that keeps a second FieldRide from writing at the same time.</source>
        <translation>FieldRide kann mit dem Datenordner {folder} nicht starten. Der Datenträger, auf dem er liegt, ist voll; FieldRide kann daher die kleine Sperrdatei nicht schreiben, die verhindert, dass ein zweites FieldRide gleichzeitig schreibt.</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space on that disk, then start FieldRide again: your data is still there.</source>
        <translation>Es wurde nichts geändert. Schaffen Sie Platz auf diesem Datenträger und starten Sie FieldRide dann neu: Ihre Daten sind noch da.</translation>
    </message>
    <message>
        <source>FieldRide cannot start with the data folder {folder}. The folder or its disk cannot be written (it may be full or read-only), so FieldRide cannot write the small lock file that keeps a second FieldRide from writing at the same time.</source>
        <translation>FieldRide kann mit dem Datenordner {folder} nicht starten. In den Ordner oder auf seinen Datenträger kann nicht geschrieben werden (er ist vielleicht voll oder schreibgeschützt); FieldRide kann daher die kleine Sperrdatei nicht schreiben, die verhindert, dass ein zweites FieldRide gleichzeitig schreibt.</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space or check the folder, then start FieldRide again: your data is still there.</source>
        <translation>Es wurde nichts geändert. Schaffen Sie Platz oder prüfen Sie den Ordner und starten Sie FieldRide dann neu: Ihre Daten sind noch da.</translation>
    </message>
    <message>
        <source>The FieldRide that used this folder before (process {pid}) has ended; it is not running.</source>
        <translation>Das FieldRide, das diesen Ordner vorher benutzt hat (Prozess {pid}), ist beendet; es läuft nicht.</translation>
    </message>
    <message>
        <source>FieldRide is already open with the data folder {folder}: its window was brought forward.</source>
        <translation>FieldRide ist bereits mit dem Datenordner {folder} geöffnet: Sein Fenster wurde nach vorne geholt.</translation>
    </message>
</context>
<context>
    <name>StrengthGapPanel</name>
    <message>
        <source>Proposed by FieldRide — {reason} Change it freely.</source>
        <translation>Vorschlag von FieldRide – {reason} Sie können ihn frei ändern.</translation>
    </message>
    <message>
        <source>Strength not saved</source>
        <translation>Stärke nicht gespeichert</translation>
    </message>
    <message>
        <source>Gap not saved</source>
        <translation>Entwicklungsfeld nicht gespeichert</translation>
    </message>
    <message>
        <source>Questions not offered</source>
        <translation>Fragen nicht vorgeschlagen</translation>
    </message>
    <message>
        <source>proposed strength and gap</source>
        <translation>Stärke und Entwicklungsfeld vorgeschlagen</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>Entwicklungsfeld</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Required, server certificate checked</source>
        <translation>Erforderlich, Server-Zertifikat geprüft</translation>
    </message>
    <message>
        <source>Required, certificate not checked</source>
        <translation>Erforderlich, Zertifikat nicht geprüft</translation>
    </message>
    <message>
        <source>Used if the server offers it</source>
        <translation>Genutzt, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Not used (this computer or a trusted network only)</source>
        <translation>Nicht genutzt (nur dieser Computer oder ein vertrauenswürdiges Netz)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Team status</source>
        <translation>Stand der Team-Verbindung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Your team&apos;s admin gives you the server&apos;s address, your role name and a password. Nothing connects until you join. The password is kept in the system keyring, or in a file only you can read when there is none; never in the data file.</source>
        <translation>Die Administration Ihres Teams gibt Ihnen die Adresse des Servers, Ihren Rollennamen und ein Passwort. Verbunden wird erst, wenn Sie beitreten. Das Passwort liegt im Schlüsselbund des Systems oder, wo es keinen gibt, in einer Datei, die nur Sie lesen können; nie in der Datendatei.</translation>
    </message>
    <message>
        <source>db.example.org or db.example.org:5432</source>
        <translation>db.example.org oder db.example.org:5432</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Role name:</source>
        <translation>&amp;Rollenname:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Verschlüsselung (TLS):</translation>
    </message>
    <message>
        <source>&amp;Join team</source>
        <translation>Team &amp;beitreten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Ihr Team</translation>
    </message>
    <message>
        <source>&amp;Sync now…</source>
        <translation>Jetzt &amp;synchronisieren…</translation>
    </message>
    <message>
        <source>&amp;Leave team</source>
        <translation>Team &amp;verlassen</translation>
    </message>
    <message>
        <source>Your password is kept in {path}, readable only by you.</source>
        <translation>Ihr Passwort liegt in {path}, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Your password is kept in the system keyring (or where PostgreSQL itself looks: ~/.pgpass or a service file).</source>
        <translation>Ihr Passwort liegt im Schlüsselbund des Systems (oder dort, wo PostgreSQL selbst sucht: ~/.pgpass oder eine Service-Datei).</translation>
    </message>
    <message>
        <source>Team server: {place}
Signed in as: {role} ({kind})
{kept}
Nothing is sent until you sync.</source>
        <translation>Team-Server: {place}
Angemeldet als: {role} ({kind})
{kept}
Gesendet wird erst, wenn Sie synchronisieren.</translation>
    </message>
    <message>
        <source>Fill in the server address, your role name and your password.</source>
        <translation>Tragen Sie die Server-Adresse, Ihren Rollennamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting to the team server…</source>
        <translation>Verbindung zum Team-Server…</translation>
    </message>
    <message>
        <source>Leave team</source>
        <translation>Team verlassen</translation>
    </message>
    <message>
        <source>Stop syncing with the team server? Your kept password is removed; every ride stays in this data file and on the server.</source>
        <translation>Nicht mehr mit dem Team-Server synchronisieren? Ihr gespeichertes Passwort wird entfernt; alle Begleitungen bleiben in dieser Datendatei und auf dem Server.</translation>
    </message>
    <message>
        <source>Leaving the team…</source>
        <translation>Team wird verlassen…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was kept.</source>
        <translation>Abgebrochen. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>That did not work (see the log).</source>
        <translation>Das hat nicht geklappt (siehe Protokolldatei).</translation>
    </message>
</context>
<context>
    <name>TeamGrid</name>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Levels: mean on the latest ride where the behaviour was rated — {ramp} · “–” not rated yet · “ride due”: not ridden with in {days} days · Ride score: the latest ride&apos;s score, “w” weighted by the scorecard&apos;s weights. Double-click a seller for their progress.</source>
        <translation>Stufen: Mittelwert der letzten Begleitung, in der das Verhalten bewertet wurde — {ramp} · „–“ noch nicht bewertet · „Begleitung fällig“: seit {days} Tagen nicht begleitet · Begleitungswert: Wert der letzten Begleitung, „g“ gewichtet nach den Gewichten des Beobachtungsbogens. Doppelklick auf eine/n Mitarbeiter/in zeigt die Entwicklung.</translation>
    </message>
    <message>
        <source>{score} w</source>
        <translation>{score} g</translation>
    </message>
    <message>
        <source>Never · ride due</source>
        <translation>Nie · Begleitung fällig</translation>
    </message>
    <message>
        <source>{days} d ago · ride due</source>
        <translation>vor {days} T · Begleitung fällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>{days} d ago</source>
        <translation>vor {days} T</translation>
    </message>
    <message>
        <source>Team grid</source>
        <translation>Team-Übersicht</translation>
    </message>
</context>
<context>
    <name>TeamGridModel</name>
    <message>
        <source>Manager {number}</source>
        <translation>Führungskraft {number}</translation>
    </message>
    <message>
        <source>{name} (manager {number})</source>
        <translation>{name} (Führungskraft {number})</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>The manager who rode with the seller last</source>
        <translation>Die Führungskraft, die die letzte Begleitung dieser Person gemacht hat</translation>
    </message>
    <message>
        <source>{behaviour} (not in the current version)</source>
        <translation>{behaviour} (nicht in der aktuellen Version)</translation>
    </message>
    <message>
        <source>{behaviour}: {level}, {label}</source>
        <translation>{behaviour}: {level}, {label}</translation>
    </message>
    <message>
        <source>{seller} · {behaviour}: not rated yet</source>
        <translation>{seller} · {behaviour}: noch nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>{seller} · {behaviour}
{level} ({label}) on the ride of {day}, %n rating(s)</source>
        <translation>
            <numerusform>{seller} · {behaviour}
{level} ({label}) in der Begleitung vom {day}, %n Bewertung</numerusform>
            <numerusform>{seller} · {behaviour}
{level} ({label}) in der Begleitung vom {day}, %n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No ride with this seller yet</source>
        <translation>Noch keine Begleitung mit dieser Person</translation>
    </message>
    <message>
        <source>No ride rated on this scorecard yet</source>
        <translation>Mit diesem Beobachtungsbogen noch keine Begleitung bewertet</translation>
    </message>
    <message>
        <source>Ride score {score} on the ride of {day}, weighted by the scorecard&apos;s weights. Behaviours rated: {count}.</source>
        <translation>Wert {score} bei der Begleitung am {day}, gewichtet nach den Gewichten des Beobachtungsbogens. Bewertete Verhaltensweisen: {count}.</translation>
    </message>
    <message>
        <source>Ride score {score} on the ride of {day}, the plain mean. Behaviours rated: {count}.</source>
        <translation>Wert {score} bei der Begleitung am {day}, einfacher Mittelwert. Bewertete Verhaltensweisen: {count}.</translation>
    </message>
    <message>
        <source>Last ride {day}</source>
        <translation>Letzte Begleitung {day}</translation>
    </message>
    <message>
        <source>No ride yet</source>
        <translation>Noch keine Begleitung</translation>
    </message>
</context>
<context>
    <name>TeamSyncDialog</name>
    <message>
        <source>Sync with team</source>
        <translation>Mit Team synchronisieren</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisation</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Stand der Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisation &amp;abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Everything written here is on the team server.</source>
        <translation>Alles, was hier geschrieben wurde, ist auf dem Team-Server.</translation>
    </message>
    <message>
        <source>Rides not yet synced: {count}.</source>
        <translation>Noch nicht synchronisierte Begleitungen: {count}.</translation>
    </message>
    <message>
        <source>Connecting to the team server…</source>
        <translation>Verbindung zum Team-Server…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} von {total}</translation>
    </message>
    <message>
        <source>Sync cancelled. What reached the team server is kept; the rest goes out at the next sync.</source>
        <translation>Synchronisation abgebrochen. Was den Team-Server erreicht hat, bleibt dort; der Rest geht bei der nächsten Synchronisation hinaus.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synchronisiert.</translation>
    </message>
    <message>
        <source>The sync stopped with an error (see the log).</source>
        <translation>Die Synchronisation wurde mit einem Fehler beendet (siehe Protokolldatei).</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;High contrast (for sunlight)</source>
        <translation>Hoher &amp;Kontrast (für Sonnenlicht)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Add sellers</source>
        <translation>Mitarbeiter anlegen</translation>
    </message>
    <message>
        <source>Add the sellers you coach</source>
        <translation>Die Mitarbeiter anlegen, die Sie coachen</translation>
    </message>
    <message>
        <source>Plan a ride…</source>
        <translation>Begleitung planen…</translation>
    </message>
    <message>
        <source>Plan a ride</source>
        <translation>Begleitung planen</translation>
    </message>
    <message>
        <source>Plan a ride ({keys})</source>
        <translation>Begleitung planen ({keys})</translation>
    </message>
    <message>
        <source>Continue ride</source>
        <translation>Begleitung fortsetzen</translation>
    </message>
    <message>
        <source>Continue the ride in progress</source>
        <translation>Die laufende Begleitung fortsetzen</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Ihr Tag</translation>
    </message>
    <message>
        <source>Planned rides</source>
        <translation>Geplante Begleitungen</translation>
    </message>
    <message>
        <source>No ride is planned. Plan the next ride with a seller from here.</source>
        <translation>Keine Begleitung geplant. Planen Sie hier die nächste Begleitung mit einem Mitarbeiter.</translation>
    </message>
    <message>
        <source>pre-ride brief</source>
        <translation>Vorbereitungsblatt</translation>
    </message>
    <message>
        <source>One page to read before the ride: focus, look-fors, questions and the commitments to verify (the selected planned ride, else the next one)</source>
        <translation>Eine Seite zum Lesen vor der Begleitung: Fokus, Beobachtungspunkte, Fragen und zu prüfende Vereinbarungen (die gewählte geplante Begleitung, sonst die nächste)</translation>
    </message>
    <message>
        <source>Recent rides</source>
        <translation>Letzte Begleitungen</translation>
    </message>
    <message>
        <source>No rides yet. Add the sellers you coach first, then plan a ride.</source>
        <translation>Noch keine Begleitungen. Legen Sie zuerst Ihre Mitarbeiter an und planen Sie dann eine Begleitung.</translation>
    </message>
    <message>
        <source>Ride in progress: {seller}, {day} ({type})</source>
        <translation>Laufende Begleitung: {seller}, {day} ({type})</translation>
    </message>
    <message numerus="yes">
        <source>Planned, never started, their day passed: %n ride(s). Open one to ride it now, or select it and press Delete to remove it.</source>
        <translation>
            <numerusform>Geplant, nie begonnen, Tag vorbei: %n Begleitung. Öffnen Sie sie, um sie jetzt zu begleiten, oder wählen Sie sie aus und drücken Sie Entf, um sie zu entfernen.</numerusform>
            <numerusform>Geplant, nie begonnen, Tag vorbei: %n Begleitungen. Öffnen Sie eine, um sie jetzt zu begleiten, oder wählen Sie sie aus und drücken Sie Entf, um sie zu entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rides: {today} today, {week} more in the next 6 days.</source>
        <translation>Begleitungen: {today} heute, {week} weitere in den nächsten 6 Tagen.</translation>
    </message>
    <message>
        <source>Commitments: {overdue} overdue, {due} due in the next 7 days.</source>
        <translation>Vereinbarungen: {overdue} überfällig, {due} fällig in den nächsten 7 Tagen.</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere/r</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due a ride (%n seller(s) not ridden with in {days} days, none planned): {names}.</source>
        <translation>
            <numerusform>Begleitung fällig (%n Mitarbeiter/in seit {days} Tagen nicht begleitet, keine geplant): {names}.</numerusform>
            <numerusform>Begleitung fällig (%n Mitarbeiter seit {days} Tagen nicht begleitet, keine geplant): {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sellers yet. Add the sellers you coach, then plan a ride.</source>
        <translation>Noch keine Mitarbeiter. Legen Sie die Mitarbeiter an, die Sie coachen, und planen Sie dann eine Begleitung.</translation>
    </message>
    <message>
        <source>No ride taken yet. Open a planned ride above to start it.</source>
        <translation>Noch keine Begleitung durchgeführt. Öffnen Sie oben eine geplante, um zu beginnen.</translation>
    </message>
    <message>
        <source>No ride taken yet. Plan a ride to start coaching.</source>
        <translation>Noch keine Begleitung durchgeführt. Planen Sie eine, um mit dem Coaching zu beginnen.</translation>
    </message>
    <message>
        <source>Ride planned for a later day</source>
        <translation>Begleitung für einen späteren Tag geplant</translation>
    </message>
    <message>
        <source>Ride planned for a day that has passed</source>
        <translation>Begleitung für einen vergangenen Tag geplant</translation>
    </message>
    <message>
        <source>This ride with {seller} is planned for {planned}.

Move its date to today, {today}? Choose No to keep {planned}.</source>
        <translation>Diese Begleitung mit {seller} ist für {planned} geplant.

Auf heute, {today}, verlegen? Wählen Sie Nein, um {planned} zu behalten.</translation>
    </message>
    <message>
        <source>This ride with {seller} was planned for {planned} and never started.

Move its date to today, {today}? Choose No to keep {planned}.</source>
        <translation>Diese Begleitung mit {seller} war für {planned} geplant und wurde nie begonnen.

Datum auf heute, {today}, verschieben? Mit „Nein“ bleibt es beim {planned}.</translation>
    </message>
    <message>
        <source>ride moved to {day}</source>
        <translation>Begleitung auf {day} verlegt</translation>
    </message>
    <message>
        <source>Open ride</source>
        <translation>Begleitung öffnen</translation>
    </message>
    <message>
        <source>Remove planned ride…</source>
        <translation>Geplante Begleitung entfernen…</translation>
    </message>
    <message>
        <source>Remove planned ride</source>
        <translation>Geplante Begleitung entfernen</translation>
    </message>
    <message>
        <source>Remove the ride with {seller} planned for {day}? Nothing was observed on it yet.</source>
        <translation>Die für {day} geplante Begleitung mit {seller} entfernen? Darin wurde noch nichts beobachtet.</translation>
    </message>
    <message>
        <source>planned ride removed</source>
        <translation>geplante Begleitung entfernt</translation>
    </message>
    <message>
        <source>Ride not removed</source>
        <translation>Begleitung nicht entfernt</translation>
    </message>
    <message>
        <source>for {seller}, {day}</source>
        <translation>für {seller}, {day}</translation>
    </message>
    <message>
        <source>Plan a ride first: the brief is for a planned ride.</source>
        <translation>Planen Sie zuerst eine Begleitung: Das Vorbereitungsblatt gehört zu einer geplanten Begleitung.</translation>
    </message>
    <message>
        <source>Pre-ride brief</source>
        <translation>Vorbereitungsblatt</translation>
    </message>
    <message>
        <source>ride planned</source>
        <translation>Begleitung geplant</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Record a training</source>
        <translation>Training erfassen</translation>
    </message>
    <message>
        <source>Training title</source>
        <translation>Titel des Trainings</translation>
    </message>
    <message>
        <source>e.g. Discovery questions workshop</source>
        <translation>z. B. Workshop Bedarfsfragen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>Datum des Trainings</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Beobachtungsbogen</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <translation>Beobachtungs&amp;bogen</translation>
    </message>
    <message>
        <source>Behaviours covered</source>
        <translation>Behandelte Verhaltensweisen</translation>
    </message>
    <message>
        <source>Sellers who attended</source>
        <translation>Teilnehmende Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Wer teilgenommen hat</translation>
    </message>
    <message>
        <source>E&amp;veryone</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Select every seller</source>
        <translation>Alle Mitarbeiter/innen auswählen</translation>
    </message>
    <message>
        <source>{behaviour} (older version)</source>
        <translation>{behaviour} (ältere Version)</translation>
    </message>
    <message>
        <source>Training not saved</source>
        <translation>Training nicht gespeichert</translation>
    </message>
    <message>
        <source>Tick at least one behaviour the training covered: the seller&apos;s progress compares each trained behaviour before and after the training.</source>
        <translation>Kreuzen Sie mindestens ein Verhalten an, das im Training behandelt wurde: Der Verlauf der Mitarbeiterin oder des Mitarbeiters vergleicht jedes trainierte Verhalten vor und nach dem Training.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message numerus="yes">
        <source>%n rated ride(s), latest {level}</source>
        <translation>
            <numerusform>%n bewertete Begleitung, zuletzt {level}</numerusform>
            <numerusform>%n bewertete Begleitungen, zuletzt {level}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated ride(s), not rated yet</source>
        <translation>
            <numerusform>%n bewertete Begleitung, noch nicht bewertet</numerusform>
            <numerusform>%n bewertete Begleitungen, noch nicht bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend of {behaviour}</source>
        <translation>Verlauf von {behaviour}</translation>
    </message>
    <message>
        <source>{behaviour}: {summary}</source>
        <translation>{behaviour}: {summary}</translation>
    </message>
    <message>
        <source>{behaviour}  not rated</source>
        <translation>{behaviour}  nicht bewertet</translation>
    </message>
    <message>
        <source>{behaviour}  {level}</source>
        <translation>{behaviour}  {level}</translation>
    </message>
    <message>
        <source>{behaviour}  not rated  (not in current version)</source>
        <translation>{behaviour}  nicht bewertet  (nicht in der aktuellen Version)</translation>
    </message>
    <message>
        <source>{behaviour}  {level}  (not in current version)</source>
        <translation>{behaviour}  {level}  (nicht in der aktuellen Version)</translation>
    </message>
    <message>
        <source>T</source>
        <comment>the training marker above a chart (the legend explains it)</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>No ratings in this period</source>
        <translation>Keine Bewertungen in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <source>Check each commitment from earlier rides: Applied, Partly or Not yet close it; No opportunity (or no answer) carries it over to the next ride.</source>
        <translation>Prüfen Sie jede Vereinbarung aus früheren Begleitungen: Umgesetzt, Teilweise oder Noch nicht schließen sie ab; Keine Gelegenheit (oder keine Antwort) überträgt sie in die nächste Begleitung.</translation>
    </message>
    <message>
        <source>No earlier commitment of this seller is waiting to be checked.</source>
        <translation>Keine frühere Vereinbarung dieses Mitarbeiters wartet auf eine Prüfung.</translation>
    </message>
    <message>
        <source>Verification not saved</source>
        <translation>Prüfung nicht gespeichert</translation>
    </message>
    <message>
        <source>commitment checked: {answer}</source>
        <translation>Vereinbarung geprüft: {answer}</translation>
    </message>
    <message>
        <source>Answer not cleared</source>
        <translation>Antwort nicht gelöscht</translation>
    </message>
    <message>
        <source>commitment answer cleared</source>
        <translation>Antwort zur Vereinbarung gelöscht</translation>
    </message>
</context>
<context>
    <name>VerificationRow</name>
    <message>
        <source>From the ride of {day} · {behaviour} · due {due}</source>
        <translation>Aus der Begleitung am {day} · {behaviour} · fällig am {due}</translation>
    </message>
    <message>
        <source>carried over {times}×</source>
        <translation>{times}× übertragen</translation>
    </message>
    <message>
        <source>last checked {day}: {outcome}</source>
        <translation>zuletzt geprüft am {day}: {outcome}</translation>
    </message>
    <message>
        <source>{answer}: {text}</source>
        <translation>{answer}: {text}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the answer: {text}</source>
        <translation>Antwort zurücksetzen: {text}</translation>
    </message>
    <message>
        <source>Evidence of follow-through: {text}</source>
        <translation>Beobachtung zur Umsetzung: {text}</translation>
    </message>
    <message>
        <source>What you saw today (optional)</source>
        <translation>Was Sie heute beobachtet haben (optional)</translation>
    </message>
</context>
</TS>
