<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln unchanged line(s)</source>
        <translation>
            <numerusform>%Ln unveränderte Zeile</numerusform>
            <numerusform>%Ln unveränderte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) viewed</source>
        <translation>
            <numerusform>%1 von %n Datei angesehen</numerusform>
            <numerusform>%1 von %n Dateien angesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n Datei, %1</numerusform>
            <numerusform>%n Dateien, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) need attention</source>
        <translation>
            <numerusform>%n Projekt braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Projekte brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) and the requirements (%2) will be uploaded: &lt;b&gt;%3&lt;/b&gt; in all.</source>
        <translation>
            <numerusform>%n Datei (%1) und die Anforderungen (%2) werden hochgeladen: insgesamt &lt;b&gt;%3&lt;/b&gt;.</numerusform>
            <numerusform>%n Dateien (%1) und die Anforderungen (%2) werden hochgeladen: insgesamt &lt;b&gt;%3&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged file(s) wait for your decision.</source>
        <translation>
            <numerusform>%n markierte Datei wartet auf Ihre Entscheidung.</numerusform>
            <numerusform>%n markierte Dateien warten auf Ihre Entscheidung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded file(s) stay on this computer.</source>
        <translation>
            <numerusform>%n ausgeschlossene Datei bleibt auf diesem Computer.</numerusform>
            <numerusform>%n ausgeschlossene Dateien bleiben auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) never sync: they stay on this computer.</source>
        <translation>
            <numerusform>%n Anhang wird nie synchronisiert: Er bleibt auf diesem Computer.</numerusform>
            <numerusform>%n Anhänge werden nie synchronisiert: Sie bleiben auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Checking your sign-in…</source>
        <translation>Ihre Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <source>Sign in to CodeCraft to sync the projects you choose and to ask experts for reviews. Working offline needs no account: your vault stays on this device.</source>
        <translation>Melden Sie sich bei CodeCraft an, um die Projekte Ihrer Wahl zu synchronisieren und Experten um Prüfungen zu bitten. Offline zu arbeiten braucht kein Konto: Ihr Tresor bleibt auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in with your CodeCraft username and password</source>
        <translation>Mit Ihrem CodeCraft-Benutzernamen und Passwort anmelden</translation>
    </message>
    <message>
        <source>Create account…</source>
        <translation>Konto erstellen…</translation>
    </message>
    <message>
        <source>Create a free CodeCraft account</source>
        <translation>Ein kostenloses CodeCraft-Konto erstellen</translation>
    </message>
    <message>
        <source>Expert profile</source>
        <translation>Expertenprofil</translation>
    </message>
    <message>
        <source>Turn on two-factor…</source>
        <translation>Zwei-Faktor einschalten…</translation>
    </message>
    <message>
        <source>Ask for a code from an authenticator app each time you sign in</source>
        <translation>Bei jeder Anmeldung einen Code aus einer Authenticator-App abfragen</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <source>Choose a new password; other devices are signed out</source>
        <translation>Wählen Sie ein neues Passwort; andere Geräte werden abgemeldet</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of CodeCraft on this computer</source>
        <translation>Auf diesem Computer von CodeCraft abmelden</translation>
    </message>
    <message>
        <source>Delete my account…</source>
        <translation>Mein Konto löschen…</translation>
    </message>
    <message>
        <source>Close your CodeCraft account (30-day grace period)</source>
        <translation>Ihr CodeCraft-Konto schließen (30 Tage Karenzzeit)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your account details could not be loaded: %1</source>
        <translation>Ihre Kontodaten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>GitHub: %1</source>
        <translation>GitHub: %1</translation>
    </message>
    <message>
        <source>LinkedIn: %1</source>
        <translation>LinkedIn: %1</translation>
    </message>
    <message>
        <source>Expertise: %1</source>
        <translation>Fachgebiete: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expert profile&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Expertenprofil&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Signed out on this computer. CodeCraft could not be told, so that session just expires.</source>
        <translation>Auf diesem Computer abgemeldet. CodeCraft konnte nicht benachrichtigt werden, daher läuft diese Sitzung einfach ab.</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>CodeCraft (until paid)</source>
        <translation>CodeCraft (bis zur Bezahlung)</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation>Guthaben: …</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payment history</source>
        <translation>Zahlungsverlauf</translation>
    </message>
    <message>
        <source>Your credit purchases, newest first</source>
        <translation>Ihre Credit-Käufe, neueste zuerst</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>The receipt of the purchase selected above, read-only</source>
        <translation>Die Quittung des oben ausgewählten Kaufs, schreibgeschützt</translation>
    </message>
    <message>
        <source>Select a paid purchase to see its receipt.</source>
        <translation>Wählen Sie einen bezahlten Kauf, um seine Quittung zu sehen.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Eigentum</translation>
    </message>
    <message>
        <source>Deliveries and ownership</source>
        <translation>Lieferungen und Eigentum</translation>
    </message>
    <message>
        <source>Generated projects delivered to you and who owns their code</source>
        <translation>Generierte Projekte, die an Sie geliefert wurden, und wem ihr Code gehört</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Balance: %1 credits</source>
        <translation>Guthaben: %1 Credits</translation>
    </message>
    <message>
        <source>A generation costs %1 credits; an expert review %2 more. Card payments are processed by %3.</source>
        <translation>Eine Generierung kostet %1 Credits, eine Expertenprüfung %2 mehr. Kartenzahlungen werden von %3 abgewickelt.</translation>
    </message>
    <message>
        <source>Payment received: the credits are in your balance.</source>
        <translation>Zahlung erhalten: Die Credits sind Ihrem Guthaben gutgeschrieben.</translation>
    </message>
    <message>
        <source>Buy %1: %2 credits, %3</source>
        <translation>%1 kaufen: %2 Credits, %3</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>%1 kaufen</translation>
    </message>
    <message>
        <source>Sign in on the Account page to see your credits and buy packs.</source>
        <translation>Melden Sie sich auf der Seite „Konto“ an, um Ihre Credits zu sehen und Pakete zu kaufen.</translation>
    </message>
    <message>
        <source>Billing could not be loaded: %1</source>
        <translation>Die Abrechnung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Not paid yet: no receipt.</source>
        <translation>Noch nicht bezahlt: keine Quittung.</translation>
    </message>
    <message>
        <source>Finish the payment in your browser; the balance updates here once it has gone through.</source>
        <translation>Schließen Sie die Zahlung in Ihrem Browser ab; das Guthaben wird hier aktualisiert, sobald sie durch ist.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Ändern Sie Ihr Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Your other devices will be signed out.</source>
        <translation>Ihre anderen Geräte werden abgemeldet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Wählen Sie ein Passwort mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>No analytics or usage events are sent; every request carries DNT: 1 and Sec-GPC: 1.</source>
        <translation>Es werden keine Analyse- oder Nutzungsereignisse gesendet; jede Anfrage trägt DNT: 1 und Sec-GPC: 1.</translation>
    </message>
    <message>
        <source>Do Not Track is off. Analytics events are still sent only if you allowed usage and performance data under Consents.</source>
        <translation>Do Not Track ist aus. Analyse-Ereignisse werden trotzdem nur gesendet, wenn Sie Nutzungs- und Leistungsdaten unter „Einwilligungen“ erlaubt haben.</translation>
    </message>
</context>
<context>
    <name>ClientReviewView</name>
    <message>
        <source>Reviews of your deliveries</source>
        <translation>Prüfungen Ihrer Lieferungen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask CodeCraft for the reviews of your deliveries</source>
        <translation>Die Prüfungen Ihrer Lieferungen bei CodeCraft abrufen</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfungsstatus</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Expert&apos;s summary</source>
        <translation>Zusammenfassung des Experten</translation>
    </message>
    <message>
        <source>Choose a review to see the expert&apos;s comments and suggestions.</source>
        <translation>Wählen Sie eine Prüfung, um die Kommentare und Vorschläge des Experten zu sehen.</translation>
    </message>
    <message>
        <source>Checking the reviews of your deliveries…</source>
        <translation>Prüfungen Ihrer Lieferungen werden abgerufen…</translation>
    </message>
    <message>
        <source>No reviews yet. Order a generation with an expert review to get one.</source>
        <translation>Noch keine Prüfungen. Bestellen Sie eine Generierung mit Expertenprüfung, um eine zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s).</source>
        <translation>
            <numerusform>%n Prüfung.</numerusform>
            <numerusform>%n Prüfungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2; nothing to show yet.</source>
        <translation>„%1“: %2; noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Opening the review…</source>
        <translation>Die Prüfung wird geöffnet…</translation>
    </message>
    <message>
        <source>Fetching the delivery for this device…</source>
        <translation>Die Lieferung wird für dieses Gerät abgerufen…</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Kommentare (%1)</translation>
    </message>
    <message>
        <source>Suggested changes (%1 files)</source>
        <translation>Vorgeschlagene Änderungen (%1 Dateien)</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source> %1 suggestion(s) no longer match the delivery.</source>
        <translation> %1 Vorschläge passen nicht mehr zur Lieferung.</translation>
    </message>
    <message>
        <source>Accept (A) or reject (R) each suggested change, then Create revision; or Apply one suggestion from its comment.%1</source>
        <translation>Nehmen Sie jede vorgeschlagene Änderung an (A) oder lehnen Sie sie ab (R), dann „Revision erstellen“; oder übernehmen Sie einen einzelnen Vorschlag aus seinem Kommentar.%1</translation>
    </message>
    <message>
        <source>Revision %1 of “%2” created.</source>
        <translation>Revision %1 von „%2“ erstellt.</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Neu zugewiesen</translation>
    </message>
    <message>
        <source>%1 comments, %2 suggestions</source>
        <translation>%1 Kommentare, %2 Vorschläge</translation>
    </message>
    <message>
        <source>%1 (job %2)
%3</source>
        <translation>%1 (Auftrag %2)
%3</translation>
    </message>
</context>
<context>
    <name>ClosureBanner</name>
    <message>
        <source>Cancel account closure</source>
        <translation>Kontoschließung widerrufen</translation>
    </message>
</context>
<context>
    <name>CodeViewer</name>
    <message>
        <source>Text only</source>
        <translation>Nur Text</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The selected file&apos;s code (read-only)</source>
        <translation>Der Code der ausgewählten Datei (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Select a file to see its code.</source>
        <translation>Wählen Sie eine Datei, um ihren Code zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Show anyway</source>
        <translation>Trotzdem &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show large file anyway</source>
        <translation>Große Datei trotzdem anzeigen</translation>
    </message>
    <message>
        <source>Load this file without highlighting; it may take a moment</source>
        <translation>Diese Datei ohne Hervorhebung laden; das kann einen Moment dauern</translation>
    </message>
    <message>
        <source>very long lines</source>
        <translation>sehr lange Zeilen</translation>
    </message>
    <message>
        <source>This file is large (%1); showing it may slow the app for a while.</source>
        <translation>Diese Datei ist groß (%1); sie anzuzeigen kann die App eine Weile verlangsamen.</translation>
    </message>
</context>
<context>
    <name>Collected</name>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>At the next upload</source>
        <translation>Beim nächsten Hochladen</translation>
    </message>
    <message>
        <source>App start</source>
        <translation>App-Start</translation>
    </message>
    <message>
        <source>Screen opened</source>
        <translation>Bildschirm geöffnet</translation>
    </message>
    <message>
        <source>Operation time</source>
        <translation>Dauer eines Vorgangs</translation>
    </message>
</context>
<context>
    <name>CollectedPane</name>
    <message>
        <source>What is collected</source>
        <translation>Was erfasst wird</translation>
    </message>
    <message>
        <source>Everything this app has recorded for usage and performance analytics and not sent yet: app starts, screens opened and how long operations took. Never code, file names or project names. Events are deleted from this computer after two years.</source>
        <translation>Alles, was diese App für Nutzungs- und Leistungsanalysen aufgezeichnet und noch nicht gesendet hat: App-Starts, geöffnete Bildschirme und die Dauer von Vorgängen. Niemals Code, Dateinamen oder Projektnamen. Ereignisse werden nach zwei Jahren von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>Whether events are sent now</source>
        <translation>Ob Ereignisse jetzt gesendet werden</translation>
    </message>
    <message>
        <source>Queued analytics events</source>
        <translation>Wartende Analyse-Ereignisse</translation>
    </message>
    <message>
        <source>Usage events waiting on this device to be sent</source>
        <translation>Nutzungsereignisse, die auf diesem Gerät auf das Senden warten</translation>
    </message>
    <message>
        <source>Delete queued events</source>
        <translation>Wartende Ereignisse löschen</translation>
    </message>
    <message>
        <source>Delete every event queued on this computer; none is sent</source>
        <translation>Alle auf diesem Computer wartenden Ereignisse löschen; keines wird gesendet</translation>
    </message>
    <message>
        <source>Nothing is sent: %1. %2 event(s) wait here and are never sent.</source>
        <translation>Es wird nichts gesendet: %1. %2 Ereignis(se) warten hier und werden nie gesendet.</translation>
    </message>
    <message>
        <source>Nothing is sent while you are signed out. %1 event(s) on this computer.</source>
        <translation>Solange Sie abgemeldet sind, wird nichts gesendet. %1 Ereignis(se) auf diesem Computer.</translation>
    </message>
    <message>
        <source>Events recorded with your consent are sent. %1 event(s) waiting.</source>
        <translation>Mit Ihrer Einwilligung erfasste Ereignisse werden gesendet. %1 Ereignis(se) warten.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command or a project name</source>
        <translation>Einen Befehl oder Projektnamen eingeben</translation>
    </message>
    <message>
        <source>Command or project</source>
        <translation>Befehl oder Projekt</translation>
    </message>
    <message>
        <source>Up and Down choose a result, Enter runs it, Escape closes</source>
        <translation>Pfeil hoch und runter wählen ein Ergebnis, Eingabe führt es aus, Esc schließt</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Commands with their shortcuts, and projects</source>
        <translation>Befehle mit ihren Tastenkürzeln sowie Projekte</translation>
    </message>
    <message>
        <source>Open project: %1</source>
        <translation>Projekt öffnen: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>Comments</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>old</source>
        <translation>alt</translation>
    </message>
    <message>
        <source>%1, line %2 (%3)</source>
        <translation>%1, Zeile %2 (%3)</translation>
    </message>
    <message>
        <source>%1, lines %2–%3 (%4)</source>
        <translation>%1, Zeilen %2–%3 (%4)</translation>
    </message>
    <message>
        <source>Suggested change:

```diff
%1
```</source>
        <translation>Vorgeschlagene Änderung:

```diff
%1
```</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>No comments on this file. Select lines and press C to comment.</source>
        <translation>Keine Kommentare zu dieser Datei. Zeilen auswählen und C drücken, um zu kommentieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment thread(s) on this file, %1 open</source>
        <translation>
            <numerusform>%n Kommentar-Thread zu dieser Datei, %1 offen</numerusform>
            <numerusform>%n Kommentar-Threads zu dieser Datei, %1 offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommerceUi</name>
    <message>
        <source>&amp;Order Generation…</source>
        <translation>Generierung &amp;bestellen…</translation>
    </message>
    <message>
        <source>Have CodeCraft generate the selected synced project</source>
        <translation>Das ausgewählte synchronisierte Projekt von CodeCraft generieren lassen</translation>
    </message>
    <message>
        <source>Order generation</source>
        <translation>Generierung bestellen</translation>
    </message>
    <message>
        <source>Select a synced project first.</source>
        <translation>Wählen Sie zuerst ein synchronisiertes Projekt.</translation>
    </message>
</context>
<context>
    <name>CommunicationsPane</name>
    <message>
        <source>Communication preferences</source>
        <translation>Kommunikationseinstellungen</translation>
    </message>
    <message>
        <source>Which emails CodeCraft may send you. Every email also has an unsubscribe link, and you can write to support@codecraft.ai.</source>
        <translation>Welche E-Mails CodeCraft Ihnen senden darf. Jede E-Mail enthält auch einen Abmeldelink, und Sie können an support@codecraft.ai schreiben.</translation>
    </message>
    <message>
        <source>%1: explanation</source>
        <translation>%1: Erklärung</translation>
    </message>
    <message>
        <source>Unsubscribe from all</source>
        <translation>Alle abbestellen</translation>
    </message>
    <message>
        <source>Turn every email off and withdraw the marketing consent</source>
        <translation>Alle E-Mails abschalten und die Marketing-Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Allow Marketing under Consents to receive marketing email</source>
        <translation>Erlauben Sie „Marketing“ unter „Einwilligungen“, um Marketing-E-Mails zu erhalten</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Comment text</source>
        <translation>Kommentartext</translation>
    </message>
    <message>
        <source>Your comment, in Markdown (Ctrl+Enter to add it)</source>
        <translation>Ihr Kommentar in Markdown (Strg+Eingabe fügt ihn hinzu)</translation>
    </message>
    <message>
        <source>Leave a comment (Markdown)</source>
        <translation>Einen Kommentar schreiben (Markdown)</translation>
    </message>
    <message>
        <source>Comment preview</source>
        <translation>Kommentarvorschau</translation>
    </message>
    <message>
        <source>The comment as it will read once formatted</source>
        <translation>Der Kommentar, wie er formatiert aussehen wird</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Suggest a change</source>
        <translation>Eine Änderung vorschlagen</translation>
    </message>
    <message>
        <source>Write the selected lines as they should be; shown to the author as a small diff</source>
        <translation>Schreiben Sie die ausgewählten Zeilen so, wie sie sein sollten; der Autor sieht sie als kleinen Diff</translation>
    </message>
    <message>
        <source>Suggested lines</source>
        <translation>Vorgeschlagene Zeilen</translation>
    </message>
    <message>
        <source>The selected lines as you suggest them</source>
        <translation>Die ausgewählten Zeilen, wie Sie sie vorschlagen</translation>
    </message>
    <message>
        <source>Suggested change preview</source>
        <translation>Vorschau der vorgeschlagenen Änderung</translation>
    </message>
    <message>
        <source>Your suggestion as a diff against the selected lines</source>
        <translation>Ihr Vorschlag als Diff gegen die ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentieren</translation>
    </message>
    <message>
        <source>Add this comment (Ctrl+Enter)</source>
        <translation>Diesen Kommentar hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard this comment (Esc)</source>
        <translation>Diesen Kommentar verwerfen (Esc)</translation>
    </message>
    <message>
        <source>New comment on %1</source>
        <translation>Neuer Kommentar zu %1</translation>
    </message>
    <message>
        <source>*Nothing to preview*</source>
        <translation>*Nichts anzuzeigen*</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Mine (this device)</source>
        <translation>Meine (dieses Gerät)</translation>
    </message>
    <message>
        <source>Theirs (CodeCraft)</source>
        <translation>Ihre (CodeCraft)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Sync conflicts — %1</source>
        <translation>Synchronisierungskonflikte — %1</translation>
    </message>
    <message>
        <source>These were changed both here and on another device. For each, keep your version, theirs, or both (theirs is then saved beside yours as name.theirs.ext). Nothing is overwritten until you choose.</source>
        <translation>Diese wurden sowohl hier als auch auf einem anderen Gerät geändert. Behalten Sie jeweils Ihre Version, die andere oder beide (die andere wird dann neben Ihrer als name.theirs.ext gespeichert). Nichts wird überschrieben, bevor Sie wählen.</translation>
    </message>
    <message>
        <source>Conflicting files</source>
        <translation>Dateien im Konflikt</translation>
    </message>
    <message>
        <source>Files in conflict; select one to compare mine (left) with theirs (right)</source>
        <translation>Dateien im Konflikt; wählen Sie eine aus, um meine (links) mit ihrer Version (rechts) zu vergleichen</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep this device&apos;s version; it replaces theirs (Alt+M)</source>
        <translation>Die Version dieses Geräts behalten; sie ersetzt ihre (Alt+M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Ihre behalten</translation>
    </message>
    <message>
        <source>Take the other device&apos;s version (Alt+T)</source>
        <translation>Die Version des anderen Geräts übernehmen (Alt+T)</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Keep mine and save theirs beside it as name.theirs.ext (Alt+B)</source>
        <translation>Meine behalten und ihre daneben als name.theirs.ext speichern (Alt+B)</translation>
    </message>
    <message>
        <source>Reading the conflicts…</source>
        <translation>Die Konflikte werden gelesen…</translation>
    </message>
    <message>
        <source>Conflict status</source>
        <translation>Konfliktstatus</translation>
    </message>
    <message>
        <source>%1 to resolve.</source>
        <translation>%1 zu lösen.</translation>
    </message>
    <message>
        <source>Requirements can be kept from one side only</source>
        <translation>Anforderungen können nur von einer Seite übernommen werden</translation>
    </message>
    <message>
        <source>Only one side still has this file: keep mine or theirs</source>
        <translation>Nur eine Seite hat diese Datei noch: meine oder ihre behalten</translation>
    </message>
    <message>
        <source>Keeping %1 for %2…</source>
        <translation>%1 wird für %2 behalten…</translation>
    </message>
    <message>
        <source>%1 left to resolve.</source>
        <translation>Noch %1 zu lösen.</translation>
    </message>
    <message>
        <source>All conflicts resolved. Syncing…</source>
        <translation>Alle Konflikte gelöst. Synchronisiere…</translation>
    </message>
</context>
<context>
    <name>ConflictEntry</name>
    <message>
        <source>%1 — deleted on the other device</source>
        <translation>%1 — auf dem anderen Gerät gelöscht</translation>
    </message>
    <message>
        <source>%1 — deleted here</source>
        <translation>%1 — hier gelöscht</translation>
    </message>
    <message>
        <source>%1 — changed on both</source>
        <translation>%1 — auf beiden Seiten geändert</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>Working offline: everything stays on this device</source>
        <translation>Offline arbeiten: Alles bleibt auf diesem Gerät</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Service unreachable</source>
        <translation>Dienst nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 Your projects stay available offline.</source>
        <translation>%1 Ihre Projekte bleiben offline verfügbar.</translation>
    </message>
    <message>
        <source>Online — signed in as %1</source>
        <translation>Online — angemeldet als %1</translation>
    </message>
    <message>
        <source>Online — not signed in</source>
        <translation>Online — nicht angemeldet</translation>
    </message>
    <message>
        <source>%1. Sign in on the Account page to sync projects.</source>
        <translation>%1. Melden Sie sich auf der Seite „Konto“ an, um Projekte zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>in this app</source>
        <translation>in dieser App</translation>
    </message>
    <message>
        <source>in a CodeCraft app</source>
        <translation>in einer CodeCraft-App</translation>
    </message>
    <message>
        <source>by a privacy request</source>
        <translation>durch eine Datenschutzanfrage</translation>
    </message>
    <message>
        <source>by unsubscribing</source>
        <translation>durch Abbestellen</translation>
    </message>
    <message>
        <source>by CodeCraft (period ended)</source>
        <translation>durch CodeCraft (Frist abgelaufen)</translation>
    </message>
</context>
<context>
    <name>ConsentsPane</name>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>What CodeCraft may do with your data beyond running your account. Changes apply on this computer at once and reach CodeCraft the next time you are online and signed in.</source>
        <translation>Was CodeCraft mit Ihren Daten über den Betrieb Ihres Kontos hinaus tun darf. Änderungen gelten auf diesem Computer sofort und erreichen CodeCraft, wenn Sie das nächste Mal online und angemeldet sind.</translation>
    </message>
    <message>
        <source>Sync state of your consents</source>
        <translation>Synchronisierungsstatus Ihrer Einwilligungen</translation>
    </message>
    <message>
        <source>Allow or refuse: %1</source>
        <translation>Erlauben oder ablehnen: %1</translation>
    </message>
    <message>
        <source>Needed to run your account; it cannot be switched off</source>
        <translation>Für den Betrieb Ihres Kontos nötig; lässt sich nicht ausschalten</translation>
    </message>
    <message>
        <source>Always on while you have an account.</source>
        <translation>Immer aktiv, solange Sie ein Konto haben.</translation>
    </message>
    <message>
        <source>%1: history</source>
        <translation>%1: Verlauf</translation>
    </message>
    <message>
        <source>%1: explanation</source>
        <translation>%1: Erklärung</translation>
    </message>
    <message>
        <source>Allow AI training on your code?</source>
        <translation>KI-Training mit Ihrem Code erlauben?</translation>
    </message>
    <message>
        <source>Allow AI training</source>
        <translation>KI-Training erlauben</translation>
    </message>
    <message>
        <source>Keep it off</source>
        <translation>Ausgeschaltet lassen</translation>
    </message>
    <message>
        <source>Some changes have not reached CodeCraft yet; they are sent when you are next online and signed in.</source>
        <translation>Einige Änderungen haben CodeCraft noch nicht erreicht; sie werden gesendet, sobald Sie wieder online und angemeldet sind.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source> — not sent yet</source>
        <translation> — noch nicht gesendet</translation>
    </message>
    <message>
        <source>Never allowed: off since the start.</source>
        <translation>Nie erlaubt: aus seit Beginn.</translation>
    </message>
</context>
<context>
    <name>ContactPane</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Questions, requests or concerns about your privacy.</source>
        <translation>Fragen, Anliegen oder Bedenken zu Ihrem Datenschutz.</translation>
    </message>
    <message>
        <source>Data Protection Officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>EU representative</source>
        <translation>EU-Vertreter</translation>
    </message>
    <message>
        <source>For anything else: %1</source>
        <translation>Für alles andere: %1</translation>
    </message>
    <message>
        <source>Support email</source>
        <translation>Support-E-Mail</translation>
    </message>
    <message>
        <source>Right to complain</source>
        <translation>Beschwerderecht</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;Find your supervisory authority&lt;/a&gt;</source>
        <translation>%1&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;Ihre Aufsichtsbehörde finden&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Inline</source>
        <translation>Inline</translation>
    </message>
    <message>
        <source>Inline view</source>
        <translation>Inline-Ansicht</translation>
    </message>
    <message>
        <source>Show the diff inline instead of side by side (Ctrl+Shift+U)</source>
        <translation>Den Diff inline statt nebeneinander zeigen (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>Ignore whitespace</source>
        <translation>Leerraum ignorieren</translation>
    </message>
    <message>
        <source>Hide changes in whitespace only (Alt+W)</source>
        <translation>Änderungen nur an Leerraum ausblenden (Alt+W)</translation>
    </message>
    <message>
        <source>↑ Change</source>
        <translation>↑ Änderung</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Previous change (P or Alt+Up)</source>
        <translation>Vorherige Änderung (P oder Alt+Oben)</translation>
    </message>
    <message>
        <source>↓ Change</source>
        <translation>↓ Änderung</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Next change (N or Alt+Down)</source>
        <translation>Nächste Änderung (N oder Alt+Unten)</translation>
    </message>
    <message>
        <source>↑ File</source>
        <translation>↑ Datei</translation>
    </message>
    <message>
        <source>Previous file</source>
        <translation>Vorherige Datei</translation>
    </message>
    <message>
        <source>Previous file ([ or Ctrl+Alt+Up)</source>
        <translation>Vorherige Datei ([ oder Strg+Alt+Oben)</translation>
    </message>
    <message>
        <source>↓ File</source>
        <translation>↓ Datei</translation>
    </message>
    <message>
        <source>Next file</source>
        <translation>Nächste Datei</translation>
    </message>
    <message>
        <source>Next file (] or Ctrl+Alt+Down)</source>
        <translation>Nächste Datei (] oder Strg+Alt+Unten)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alles aufklappen</translation>
    </message>
    <message>
        <source>Show every unchanged line of this file (E)</source>
        <translation>Jede unveränderte Zeile dieser Datei zeigen (E)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment on selected lines</source>
        <translation>Ausgewählte Zeilen kommentieren</translation>
    </message>
    <message>
        <source>Comment on the selected lines (C); Shift+click or Shift+arrows select a range</source>
        <translation>Die ausgewählten Zeilen kommentieren (C); Umschalt+Klick oder Umschalt+Pfeiltasten wählen einen Bereich</translation>
    </message>
    <message>
        <source>✓ Accept</source>
        <translation>✓ Annehmen</translation>
    </message>
    <message>
        <source>Accept change</source>
        <translation>Änderung annehmen</translation>
    </message>
    <message>
        <source>Accept the current change (A)</source>
        <translation>Aktuelle Änderung annehmen (A)</translation>
    </message>
    <message>
        <source>✗ Reject</source>
        <translation>✗ Ablehnen</translation>
    </message>
    <message>
        <source>Reject change</source>
        <translation>Änderung ablehnen</translation>
    </message>
    <message>
        <source>Reject the current change (R)</source>
        <translation>Aktuelle Änderung ablehnen (R)</translation>
    </message>
    <message>
        <source>Create revision…</source>
        <translation>Revision erstellen…</translation>
    </message>
    <message>
        <source>Create revision from accepted changes</source>
        <translation>Revision aus den angenommenen Änderungen erstellen</translation>
    </message>
    <message>
        <source>Make a new revision: the old one plus exactly the accepted changes</source>
        <translation>Eine neue Revision erstellen: die alte plus genau die angenommenen Änderungen</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Angesehen</translation>
    </message>
    <message>
        <source>File viewed</source>
        <translation>Datei angesehen</translation>
    </message>
    <message>
        <source>Mark this file as viewed (V); the mark clears itself if the file changes again</source>
        <translation>Diese Datei als angesehen markieren (V); die Markierung verschwindet, wenn sich die Datei wieder ändert</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <source>Delete my account</source>
        <translation>Mein Konto löschen</translation>
    </message>
    <message>
        <source>Export my data first…</source>
        <translation>Zuerst meine Daten exportieren…</translation>
    </message>
    <message>
        <source>Your CodeCraft password</source>
        <translation>Ihr CodeCraft-Passwort</translation>
    </message>
    <message>
        <source>Confirms that it is you who closes the account</source>
        <translation>Bestätigt, dass Sie selbst das Konto schließen</translation>
    </message>
    <message>
        <source>Only if two-factor sign-in is on</source>
        <translation>Nur bei aktiver Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>Sign in again — &amp;password:</source>
        <translation>Erneut anmelden — &amp;Passwort:</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>Zwei-Faktor-&amp;Code:</translation>
    </message>
    <message>
        <source>Closure status</source>
        <translation>Status der Kontoschließung</translation>
    </message>
    <message>
        <source>Close my account</source>
        <translation>Mein Konto schließen</translation>
    </message>
    <message>
        <source>Cancel account closure</source>
        <translation>Kontoschließung widerrufen</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Ihre Anfrage wird gesendet…</translation>
    </message>
</context>
<context>
    <name>DeleteProjectDialog</name>
    <message>
        <source>Delete project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;On the CodeCraft service&lt;/b&gt;: the synced copy is deleted now if you are online, otherwise with the next sync.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Beim CodeCraft-Dienst&lt;/b&gt;: Die synchronisierte Kopie wird sofort gelöscht, wenn Sie online sind, sonst mit der nächsten Synchronisierung.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;It is not synced, so the CodeCraft service has no copy.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Es wird nicht synchronisiert, daher hat der CodeCraft-Dienst keine Kopie.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;“%1”&lt;/b&gt; for good?&lt;ul&gt;&lt;li&gt;&lt;b&gt;On this computer&lt;/b&gt;: its %2 revision(s), %3 current file(s), requirements and attachments are removed from the vault, and the vault is compacted so no copy of them stays in its file.&lt;/li&gt;%4&lt;/ul&gt;This cannot be undone. Export the project first if you may want it back.</source>
        <translation>&lt;b&gt;„%1“&lt;/b&gt; endgültig löschen?&lt;ul&gt;&lt;li&gt;&lt;b&gt;Auf diesem Computer&lt;/b&gt;: Seine %2 Revision(en), %3 aktuelle(n) Datei(en), Anforderungen und Anhänge werden aus dem Tresor entfernt, und der Tresor wird verdichtet, sodass keine Kopie davon in seiner Datei bleibt.&lt;/li&gt;%4&lt;/ul&gt;Das kann nicht rückgängig gemacht werden. Exportieren Sie das Projekt vorher, wenn Sie es vielleicht zurückhaben möchten.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Delete %1 for good</source>
        <translation>%1 endgültig löschen</translation>
    </message>
</context>
<context>
    <name>DiffCanvas</name>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>⋯  lines not loaded</source>
        <translation>⋯  Zeilen nicht geladen</translation>
    </message>
    <message>
        <source>↓ Expand down</source>
        <translation>↓ Nach unten aufklappen</translation>
    </message>
    <message>
        <source>↑ Expand up</source>
        <translation>↑ Nach oben aufklappen</translation>
    </message>
    <message>
        <source>⇕ Show all %1</source>
        <translation>⇕ Alle %1 zeigen</translation>
    </message>
</context>
<context>
    <name>DiffViewer</name>
    <message>
        <source>Diff viewer</source>
        <translation>Diff-Ansicht</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>Geänderte Dateien</translation>
    </message>
    <message>
        <source>Changed files with lines added and removed; tick a file when viewed</source>
        <translation>Geänderte Dateien mit hinzugefügten und entfernten Zeilen; haken Sie eine Datei ab, wenn Sie sie angesehen haben</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Prüfungsfortschritt</translation>
    </message>
    <message>
        <source>The diff: − removed, + added. N/P: next/previous change, C: comment on selection</source>
        <translation>Der Diff: − entfernt, + hinzugefügt. N/P: nächste/vorherige Änderung, C: Auswahl kommentieren</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Show anyway</source>
        <translation>Trotzdem &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show large diff anyway</source>
        <translation>Großen Diff trotzdem anzeigen</translation>
    </message>
    <message>
        <source>Compute and show this large diff; it may take a while</source>
        <translation>Diesen großen Diff berechnen und anzeigen; das kann eine Weile dauern</translation>
    </message>
    <message>
        <source>Diff status</source>
        <translation>Diff-Status</translation>
    </message>
    <message>
        <source>No changes to show.</source>
        <translation>Keine Änderungen anzuzeigen.</translation>
    </message>
    <message>
        <source>Reading the revisions…</source>
        <translation>Die Revisionen werden gelesen…</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Cannot compare the revisions: %1</source>
        <translation>Die Revisionen können nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 → %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 → %3</translation>
    </message>
    <message>
        <source>This diff is large; computing and showing it may take a while.</source>
        <translation>Dieser Diff ist groß; ihn zu berechnen und anzuzeigen kann eine Weile dauern.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Cannot show this diff: %1</source>
        <translation>Dieser Diff kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Binary file: the contents are not compared.</source>
        <translation>Binärdatei: Der Inhalt wird nicht verglichen.</translation>
    </message>
    <message>
        <source>No changes (with whitespace ignored).</source>
        <translation>Keine Änderungen (Leerraum ignoriert).</translation>
    </message>
    <message>
        <source>Empty file.</source>
        <translation>Leere Datei.</translation>
    </message>
</context>
<context>
    <name>DiffWindow</name>
    <message>
        <source>%1: revision %2 → %3</source>
        <translation>%1: Revision %2 → %3</translation>
    </message>
</context>
<context>
    <name>DoNotTrackPane</name>
    <message>
        <source>Do Not Track</source>
        <translation>Do Not Track</translation>
    </message>
    <message>
        <source>One switch that stops all tracking by this app, whatever your consents say. CodeCraft honours it, and it is also sent as the Do Not Track and Global Privacy Control signals.</source>
        <translation>Ein Schalter, der jedes Tracking durch diese App stoppt, egal was Ihre Einwilligungen sagen. CodeCraft respektiert ihn, und er wird auch als Do-Not-Track- und Global-Privacy-Control-Signal gesendet.</translation>
    </message>
    <message>
        <source>Send no analytics and ask CodeCraft not to track you</source>
        <translation>Keine Analysedaten senden und CodeCraft bitten, Sie nicht zu verfolgen</translation>
    </message>
    <message>
        <source>Do Not Track state</source>
        <translation>Do-Not-Track-Status</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>CodeCraft Desktop hit an unexpected problem and stopped that operation. Your saved data is safe. “Copy details” copies a report for support; it contains no keys and no code.</source>
        <translation>CodeCraft Desktop ist auf ein unerwartetes Problem gestoßen und hat den Vorgang abgebrochen. Ihre gespeicherten Daten sind sicher. „Details kopieren“ kopiert einen Bericht für den Support; er enthält keine Schlüssel und keinen Code.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy a report for support (no keys, no code)</source>
        <translation>Einen Bericht für den Support kopieren (keine Schlüssel, kein Code)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ExpertReviewView</name>
    <message>
        <source>Review queue</source>
        <translation>Prüfungswarteschlange</translation>
    </message>
    <message>
        <source>Engagements assigned to you: project, stack, size and due date</source>
        <translation>Ihnen zugewiesene Aufträge: Projekt, Stack, Größe und Fälligkeit</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask CodeCraft for your assigned reviews</source>
        <translation>Ihre zugewiesenen Prüfungen bei CodeCraft abrufen</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfungsstatus</translation>
    </message>
    <message>
        <source>Last submission</source>
        <translation>Letzte Einreichung</translation>
    </message>
    <message>
        <source>Choose an engagement from the queue.</source>
        <translation>Wählen Sie einen Auftrag aus der Warteschlange.</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>Confidentiality agreement</source>
        <translation>Geheimhaltungsvereinbarung</translation>
    </message>
    <message>
        <source>Accept the agreement</source>
        <translation>Vereinbarung annehmen</translation>
    </message>
    <message>
        <source>Accept this engagement&apos;s NDA; only then is its code downloaded</source>
        <translation>Die Geheimhaltungsvereinbarung dieses Auftrags annehmen; erst dann wird sein Code heruntergeladen</translation>
    </message>
    <message>
        <source>The code of this engagement is downloaded only after you accept. It stays in your vault, apart from your projects, and is deleted when the engagement ends.</source>
        <translation>Der Code dieses Auftrags wird erst heruntergeladen, wenn Sie annehmen. Er bleibt in Ihrem Tresor, getrennt von Ihren Projekten, und wird gelöscht, wenn der Auftrag endet.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>The delivery can go to the client as it is</source>
        <translation>Die Lieferung kann so, wie sie ist, an den Kunden gehen</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>The client should apply your comments and suggestions</source>
        <translation>Der Kunde sollte Ihre Kommentare und Vorschläge umsetzen</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>Zusammenfassung der Prüfung</translation>
    </message>
    <message>
        <source>A summary for the client (Markdown, optional)</source>
        <translation>Eine Zusammenfassung für den Kunden (Markdown, optional)</translation>
    </message>
    <message>
        <source>Submit review</source>
        <translation>Prüfung einreichen</translation>
    </message>
    <message>
        <source>Send your comments, suggestions and verdict; the code is then removed</source>
        <translation>Ihre Kommentare, Vorschläge und Ihr Urteil senden; danach wird der Code entfernt</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>Checking your review queue…</source>
        <translation>Ihre Prüfungswarteschlange wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s) assigned to you.</source>
        <translation>
            <numerusform>%n Auftrag ist Ihnen zugewiesen.</numerusform>
            <numerusform>%n Aufträge sind Ihnen zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the confidentiality agreement…</source>
        <translation>Die Geheimhaltungsvereinbarung wird geladen…</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Read the agreement; the code is downloaded only after you accept it.</source>
        <translation>Lesen Sie die Vereinbarung; der Code wird erst heruntergeladen, wenn Sie sie annehmen.</translation>
    </message>
    <message>
        <source>Opening the engagement&apos;s code…</source>
        <translation>Der Code des Auftrags wird geöffnet…</translation>
    </message>
    <message>
        <source>Downloading the engagement&apos;s code into your vault…</source>
        <translation>Der Code des Auftrags wird in Ihren Tresor heruntergeladen…</translation>
    </message>
    <message>
        <source>Previous revision</source>
        <translation>Vorherige Revision</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>%1 changed files. Select lines and press C to comment or suggest a change.</source>
        <translation>%1 geänderte Dateien. Zeilen auswählen und C drücken, um zu kommentieren oder eine Änderung vorzuschlagen.</translation>
    </message>
    <message>
        <source>Submitting your review…</source>
        <translation>Ihre Prüfung wird eingereicht…</translation>
    </message>
    <message>
        <source>Review of “%1” submitted. Its code was removed from this device.</source>
        <translation>Prüfung von „%1“ eingereicht. Ihr Code wurde von diesem Gerät entfernt.</translation>
    </message>
</context>
<context>
    <name>ExpertView</name>
    <message>
        <source>, changes %1 earlier files</source>
        <translation>, ändert %1 frühere Dateien</translation>
    </message>
    <message>
        <source>, first delivery</source>
        <translation>, erste Lieferung</translation>
    </message>
    <message>
        <source>NDA accepted</source>
        <translation>Geheimhaltungsvereinbarung angenommen</translation>
    </message>
    <message>
        <source>NDA not accepted yet</source>
        <translation>Geheimhaltungsvereinbarung noch nicht angenommen</translation>
    </message>
    <message>
        <source>Unknown stack</source>
        <translation>Unbekannter Stack</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>An export is a normal ZIP file: unlike your vault it is not encrypted, so anyone who gets the file can read your code. Protect it with a password (AES-256) if it leaves this computer.</source>
        <translation>Ein Export ist eine normale ZIP-Datei: Anders als Ihr Tresor ist sie nicht verschlüsselt, sodass jeder, der die Datei erhält, Ihren Code lesen kann. Schützen Sie sie mit einem Passwort (AES-256), wenn sie diesen Computer verlässt.</translation>
    </message>
    <message>
        <source>Export your data</source>
        <translation>Ihre Daten exportieren</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <source>&amp;Selected projects:</source>
        <translation>Ausge&amp;wählte Projekte:</translation>
    </message>
    <message>
        <source>Projects to export</source>
        <translation>Zu exportierende Projekte</translation>
    </message>
    <message>
        <source>Tick the projects to put in the archive</source>
        <translation>Haken Sie die Projekte an, die ins Archiv sollen</translation>
    </message>
    <message>
        <source>Earlier revisions of each project</source>
        <translation>Frühere Revisionen jedes Projekts</translation>
    </message>
    <message>
        <source>Consents and their history, privacy settings</source>
        <translation>Einwilligungen und ihr Verlauf, Datenschutzeinstellungen</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>App-Einstellungen</translation>
    </message>
    <message>
        <source>Rights requests, consents and payment history kept by the CodeCraft service are added when you are signed in; otherwise the archive says they were not included.</source>
        <translation>Betroffenenanfragen, Einwilligungen und Zahlungsverlauf, die der CodeCraft-Dienst speichert, werden hinzugefügt, wenn Sie angemeldet sind; andernfalls vermerkt das Archiv, dass sie nicht enthalten sind.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Archive password</source>
        <translation>Archivpasswort</translation>
    </message>
    <message>
        <source>Optional: encrypts the archive; leave empty for a plain archive</source>
        <translation>Optional: verschlüsselt das Archiv; leer lassen für ein unverschlüsseltes Archiv</translation>
    </message>
    <message>
        <source>Repeat the archive password</source>
        <translation>Archivpasswort wiederholen</translation>
    </message>
    <message>
        <source>The same password again, to rule out a typing mistake</source>
        <translation>Dasselbe Passwort noch einmal, um Tippfehler auszuschließen</translation>
    </message>
    <message>
        <source>Save the archive as</source>
        <translation>Archiv speichern unter</translation>
    </message>
    <message>
        <source>The path of the archive file to write</source>
        <translation>Der Pfad der zu schreibenden Archivdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source> The two passwords differ.</source>
        <translation> Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Export speichern unter</translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Gathering what the CodeCraft service keeps…</source>
        <translation>Was der CodeCraft-Dienst speichert, wird zusammengetragen…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>encrypted with AES-256</source>
        <translation>mit AES-256 verschlüsselt</translation>
    </message>
    <message>
        <source>not encrypted: keep it somewhere safe</source>
        <translation>nicht verschlüsselt: Bewahren Sie es sicher auf</translation>
    </message>
    <message>
        <source>Exported %1 project(s), %2 files (%3) to&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;&lt;br&gt;The archive is %5.&lt;br&gt;Service data: %6.</source>
        <translation>%1 Projekt(e), %2 Dateien (%3) exportiert nach&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;&lt;br&gt;Das Archiv ist %5.&lt;br&gt;Dienstdaten: %6.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;No file was written.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>FileBrowser</name>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Diese Revision wiederherstellen</translation>
    </message>
    <message>
        <source>Make this revision&apos;s files the current ones</source>
        <translation>Die Dateien dieser Revision zu den aktuellen machen</translation>
    </message>
    <message>
        <source>&amp;Back to current</source>
        <translation>&amp;Zurück zur aktuellen</translation>
    </message>
    <message>
        <source>Back to current revision</source>
        <translation>Zurück zur aktuellen Revision</translation>
    </message>
    <message>
        <source>Show the project&apos;s current files again</source>
        <translation>Die aktuellen Dateien des Projekts wieder zeigen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>The project&apos;s files; select one to see its code</source>
        <translation>Die Dateien des Projekts; wählen Sie eine, um ihren Code zu sehen</translation>
    </message>
    <message>
        <source>Viewing revision %1 (read-only)</source>
        <translation>Revision %1 wird angezeigt (schreibgeschützt)</translation>
    </message>
    <message>
        <source>No code in this revision yet.</source>
        <translation>In dieser Revision gibt es noch keinen Code.</translation>
    </message>
    <message>
        <source>Select a file to see its code.</source>
        <translation>Wählen Sie eine Datei, um ihren Code zu sehen.</translation>
    </message>
</context>
<context>
    <name>FileListModel</name>
    <message>
        <source>not viewed yet</source>
        <translation>noch nicht angesehen</translation>
    </message>
    <message>
        <source>%1: %2, %3 lines added, %4 removed; %5</source>
        <translation>%1: %2, %3 Zeilen hinzugefügt, %4 entfernt; %5</translation>
    </message>
    <message>
        <source>%1, %2, %3 added, %4 removed</source>
        <translation>%1, %2, %3 hinzugefügt, %4 entfernt</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in diff</source>
        <translation>Im Diff suchen</translation>
    </message>
    <message>
        <source>Text to find in this file&apos;s diff (Ctrl+F); Enter: next, Shift+Enter: previous</source>
        <translation>Text, der im Diff dieser Datei gesucht wird (Strg+F); Eingabe: weiter, Umschalt+Eingabe: zurück</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>FlaggedFile</name>
    <message>
        <source>Findings in %1</source>
        <translation>Funde in %1</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>%1 ausschließen</translation>
    </message>
    <message>
        <source>Never upload this file; it stays on this computer</source>
        <translation>Diese Datei nie hochladen; sie bleibt auf diesem Computer</translation>
    </message>
    <message>
        <source>Allow upload</source>
        <translation>Hochladen erlauben</translation>
    </message>
    <message>
        <source>Allow upload of %1</source>
        <translation>Hochladen von %1 erlauben</translation>
    </message>
    <message>
        <source>Upload it as it is now; if it changes and still looks secret, you are asked again</source>
        <translation>Im jetzigen Zustand hochladen; ändert sie sich und wirkt weiterhin geheim, werden Sie erneut gefragt</translation>
    </message>
</context>
<context>
    <name>GenerationDialog</name>
    <message>
        <source>Order generation</source>
        <translation>Generierung bestellen</translation>
    </message>
    <message>
        <source>CodeCraft writes the project from the requirements it has for it (as last synced), with a README and tests. The delivery arrives as a new revision; your current files stay in the history.</source>
        <translation>CodeCraft schreibt das Projekt aus den Anforderungen, die es dafür hat (Stand der letzten Synchronisierung), mit README und Tests. Die Lieferung kommt als neue Revision; Ihre aktuellen Dateien bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Have an expert review the code before delivery</source>
        <translation>Den Code vor der Lieferung von einem Experten prüfen lassen</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>Your balance:</source>
        <translation>Ihr Guthaben:</translation>
    </message>
    <message>
        <source>AI training:</source>
        <translation>KI-Training:</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Generation progress</source>
        <translation>Fortschritt der Generierung</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellen</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Cancel while the job is still queued; the credits come back</source>
        <translation>Abbrechen, solange der Auftrag noch wartet; die Credits werden erstattet</translation>
    </message>
    <message>
        <source>Follow again</source>
        <translation>Erneut verfolgen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Allowed: CodeCraft may use this code to improve its models (change it on the Privacy page).</source>
        <translation>Erlaubt: CodeCraft darf diesen Code zur Verbesserung seiner Modelle nutzen (änderbar auf der Seite „Datenschutz“).</translation>
    </message>
    <message>
        <source>Not allowed: this code is never used to train AI models.</source>
        <translation>Nicht erlaubt: Dieser Code wird nie zum Training von KI-Modellen verwendet.</translation>
    </message>
    <message>
        <source> + %1 for the review</source>
        <translation> + %1 für die Prüfung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 credits&lt;/b&gt; (%2 to generate%3)</source>
        <translation>&lt;b&gt;%1 Credits&lt;/b&gt; (%2 für die Generierung%3)</translation>
    </message>
    <message>
        <source>Template: %1.</source>
        <translation>Vorlage: %1.</translation>
    </message>
    <message>
        <source>You need %1 more credits: buy a pack on the Billing page, then order again.</source>
        <translation>Sie brauchen %1 Credits mehr: Kaufen Sie ein Paket auf der Seite „Abrechnung“ und bestellen Sie dann erneut.</translation>
    </message>
    <message>
        <source>CodeCraft stopped answering. The job goes on there and nothing is lost: choose “Follow again”, or close this window; the delivery is picked up later.</source>
        <translation>CodeCraft antwortet nicht mehr. Der Auftrag läuft dort weiter, und nichts geht verloren: Wählen Sie „Erneut verfolgen“ oder schließen Sie dieses Fenster; die Lieferung wird später abgeholt.</translation>
    </message>
    <message>
        <source>Adding the delivery to your project…</source>
        <translation>Die Lieferung wird Ihrem Projekt hinzugefügt…</translation>
    </message>
    <message>
        <source>Delivered: revision %1 of the project, %2 files.</source>
        <translation>Geliefert: Revision %1 des Projekts, %2 Dateien.</translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <translation>%1 — %p %</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>es wurde kein Grund angegeben</translation>
    </message>
    <message>
        <source>The generation failed: %1. The credits were given back.</source>
        <translation>Die Generierung ist fehlgeschlagen: %1. Die Credits wurden erstattet.</translation>
    </message>
    <message>
        <source>The job was cancelled; the credits were given back.</source>
        <translation>Der Auftrag wurde abgebrochen; die Credits wurden erstattet.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Every saved state of the project; Enter views the selected one</source>
        <translation>Jeder gespeicherte Stand des Projekts; Eingabe zeigt den ausgewählten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>View revision</source>
        <translation>Revision ansehen</translation>
    </message>
    <message>
        <source>Show this revision&apos;s files, read-only (Enter)</source>
        <translation>Die Dateien dieser Revision schreibgeschützt zeigen (Eingabe)</translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>Revision wiederherstellen</translation>
    </message>
    <message>
        <source>Make a new revision with this revision&apos;s files</source>
        <translation>Eine neue Revision mit den Dateien dieser Revision erstellen</translation>
    </message>
    <message>
        <source>&amp;Compare with previous</source>
        <translation>Mit &amp;vorheriger vergleichen</translation>
    </message>
    <message>
        <source>Compare with previous revision</source>
        <translation>Mit vorheriger Revision vergleichen</translation>
    </message>
    <message>
        <source>Show what this revision changed, as a diff</source>
        <translation>Zeigen, was diese Revision geändert hat, als Diff</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
</context>
<context>
    <name>ImportArchiveDialog</name>
    <message>
        <source>Import an archive</source>
        <translation>Ein Archiv importieren</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>What was imported and what was refused</source>
        <translation>Was importiert und was abgelehnt wurde</translation>
    </message>
    <message>
        <source>One line for each project or item in the archive</source>
        <translation>Eine Zeile für jedes Projekt oder Element im Archiv</translation>
    </message>
    <message>
        <source>A .zip made by CodeCraft&apos;s Export</source>
        <translation>Eine .zip-Datei aus dem CodeCraft-Export</translation>
    </message>
    <message>
        <source>Archive to import</source>
        <translation>Zu importierendes Archiv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Only for a password-protected archive</source>
        <translation>Nur für ein passwortgeschütztes Archiv</translation>
    </message>
    <message>
        <source>Archive password</source>
        <translation>Archivpasswort</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Archiv:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The whole archive is checked before anything is written: if any part of it is damaged or unsafe, nothing is imported. Projects already in your vault are skipped.</source>
        <translation>Das ganze Archiv wird geprüft, bevor etwas geschrieben wird: Ist ein Teil beschädigt oder unsicher, wird nichts importiert. Projekte, die schon in Ihrem Tresor sind, werden übersprungen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose an archive</source>
        <translation>Archiv auswählen</translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Checking the archive…</source>
        <translation>Archiv wird geprüft…</translation>
    </message>
    <message>
        <source>Imported %1 project(s).</source>
        <translation>%1 Projekt(e) importiert.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Import abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: nothing was imported; your vault is unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Es wurde nichts importiert; Ihr Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Nothing was imported.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Manual Entry: import a folder</source>
        <translation>Manuelle Eingabe: einen Ordner importieren</translation>
    </message>
    <message>
        <source>A folder with your code</source>
        <translation>Ein Ordner mit Ihrem Code</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>Zu importierender Ordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Defaults to the folder&apos;s name</source>
        <translation>Standard ist der Name des Ordners</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The files are copied into your encrypted vault; the folder itself is not changed. Files ignored by .gitignore, binary files and files over %1 KB are skipped.</source>
        <translation>Die Dateien werden in Ihren verschlüsselten Tresor kopiert; der Ordner selbst bleibt unverändert. Von .gitignore ignorierte Dateien, Binärdateien und Dateien über %1 KB werden übersprungen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Looking at the folder…</source>
        <translation>Der Ordner wird durchgesehen…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>Übersprungene Dateien</translation>
    </message>
    <message>
        <source>Files left out of the import, each with the reason</source>
        <translation>Beim Import ausgelassene Dateien, jeweils mit Grund</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Zu importierenden Ordner auswählen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Importing %1 of %2 files</source>
        <translation>Importiere %1 von %2 Dateien</translation>
    </message>
    <message>
        <source>Imported %1 files (%2) into your vault.</source>
        <translation>%1 Dateien (%2) in Ihren Tresor importiert.</translation>
    </message>
    <message>
        <source> Skipped %1:</source>
        <translation> %1 übersprungen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Nothing was imported.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <source>New version %1, in effect from %2: %3</source>
        <translation>Neue Version %1, gültig ab %2: %3</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;mailto:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;mailto:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>The app&apos;s screens; Ctrl+1 to Ctrl+5 open them directly</source>
        <translation>Die Bildschirme der App; Strg+1 bis Strg+5 öffnen sie direkt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Start Building…</source>
        <translation>&amp;Projekt starten…</translation>
    </message>
    <message>
        <source>&amp;Manual Entry…</source>
        <translation>&amp;Manuelle Eingabe…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Import &amp;Archive…</source>
        <translation>&amp;Archiv importieren…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Lock Vault</source>
        <translation>Tresor &amp;sperren</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Send and receive changes of synced projects</source>
        <translation>Änderungen synchronisierter Projekte senden und empfangen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find Projects</source>
        <translation>Projekte &amp;finden</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Your projects live in an encrypted vault on this device.&lt;br&gt;Data folder: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Ihre Projekte liegen in einem verschlüsselten Tresor auf diesem Gerät.&lt;br&gt;Datenordner: %3</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Specifications (Markdown)</source>
        <translation>Spezifikation (Markdown)</translation>
    </message>
    <message>
        <source>Specifications in Markdown: headings (#), lists (-), **bold**, `code`</source>
        <translation>Spezifikation in Markdown: Überschriften (#), Listen (-), **fett**, `Code`</translation>
    </message>
    <message>
        <source># What it should do

- …</source>
        <translation># Was es tun soll

- …</translation>
    </message>
    <message>
        <source>Specifications preview</source>
        <translation>Vorschau der Spezifikation</translation>
    </message>
    <message>
        <source>How the specifications read once formatted</source>
        <translation>So liest sich die Spezifikation formatiert</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Edit the Markdown source</source>
        <translation>Den Markdown-Quelltext bearbeiten</translation>
    </message>
    <message>
        <source>See the formatted specifications</source>
        <translation>Die formatierte Spezifikation ansehen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The CodeCraft service sent an answer this version of the app does not understand.</source>
        <translation>Der CodeCraft-Dienst hat eine Antwort gesendet, die diese Version der App nicht versteht.</translation>
    </message>
    <message>
        <source>Check for an app update.</source>
        <translation>Prüfen Sie, ob es ein App-Update gibt.</translation>
    </message>
    <message>
        <source>The CodeCraft service did not complete the sign-in.</source>
        <translation>Der CodeCraft-Dienst hat die Anmeldung nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Please sign in to continue.</source>
        <translation>Bitte melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>CodeCraft service problem</source>
        <translation>Problem beim CodeCraft-Dienst</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>Unsichere Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>CodeCraft is unreachable</source>
        <translation>CodeCraft ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Unexpected answer from CodeCraft</source>
        <translation>Unerwartete Antwort von CodeCraft</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Try again in {seconds} seconds.</source>
        <translation>Versuchen Sie es in {seconds} Sekunden erneut.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Please check your input</source>
        <translation>Bitte prüfen Sie Ihre Eingabe</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>Zahlung erforderlich</translation>
    </message>
    <message>
        <source>Cannot reach the system keychain</source>
        <translation>Kein Zugriff auf den System-Schlüsselbund</translation>
    </message>
    <message>
        <source>Confidentiality agreement needed</source>
        <translation>Geheimhaltungsvereinbarung erforderlich</translation>
    </message>
    <message>
        <source>The code of “{project_title}” opens only after you accept its confidentiality agreement (NDA).</source>
        <translation>Der Code von „{project_title}“ öffnet sich erst, wenn Sie seine Geheimhaltungsvereinbarung (NDA) annehmen.</translation>
    </message>
    <message>
        <source>Read the agreement and choose Accept first.</source>
        <translation>Lesen Sie zuerst die Vereinbarung und wählen Sie „Vereinbarung annehmen“.</translation>
    </message>
    <message>
        <source>Your sign-in could not be read from the system keychain.</source>
        <translation>Ihre Anmeldung konnte nicht aus dem System-Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>Unlock the keychain, then try again.</source>
        <translation>Entsperren Sie den Schlüsselbund und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain.</source>
        <translation>Ihre Anmeldung konnte nicht im System-Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>Unlock the keychain, then sign in again.</source>
        <translation>Entsperren Sie den Schlüsselbund und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The CodeCraft service could not be reached.</source>
        <translation>Der CodeCraft-Dienst war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Refusing to connect to {host} without encryption.</source>
        <translation>Eine unverschlüsselte Verbindung zu {host} wird abgelehnt.</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http is only allowed for this computer (localhost).</source>
        <translation>Verwenden Sie eine https://-Adresse; unverschlüsseltes http ist nur für diesen Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>&apos;{base_url}&apos; is not a web address CodeCraft can use (https:// needed).</source>
        <translation>„{base_url}“ ist keine Webadresse, die CodeCraft verwenden kann (https:// erforderlich).</translation>
    </message>
    <message>
        <source>The request timed out.</source>
        <translation>Zeitüberschreitung bei der Anfrage.</translation>
    </message>
    <message>
        <source>Check your internet connection.</source>
        <translation>Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>Delivery not saved</source>
        <translation>Lieferung nicht gespeichert</translation>
    </message>
    <message>
        <source>has an empty or overlong name</source>
        <translation>hat einen leeren oder zu langen Namen</translation>
    </message>
    <message>
        <source>has a control character (such as NUL) in its name</source>
        <translation>hat ein Steuerzeichen (etwa NUL) im Namen</translation>
    </message>
    <message>
        <source>uses backslashes in its name</source>
        <translation>enthält Backslashes im Namen</translation>
    </message>
    <message>
        <source>has an absolute path</source>
        <translation>hat einen absoluten Pfad</translation>
    </message>
    <message>
        <source>points outside the project folder (“..”, “.” or an empty folder name)</source>
        <translation>zeigt aus dem Projektordner hinaus („..“, „.“ oder ein leerer Ordnername)</translation>
    </message>
    <message>
        <source>uses the reserved device name “{part}”</source>
        <translation>verwendet den reservierten Gerätenamen „{part}“</translation>
    </message>
    <message>
        <source>has a name ending in a space or a dot</source>
        <translation>hat einen Namen, der auf ein Leerzeichen oder einen Punkt endet</translation>
    </message>
    <message>
        <source>The delivery was not saved: the file “{shown}” {problem}.</source>
        <translation>Die Lieferung wurde nicht gespeichert: Die Datei „{shown}“ {problem}.</translation>
    </message>
    <message>
        <source>Your project is unchanged. Please contact CodeCraft support about this delivery.</source>
        <translation>Ihr Projekt ist unverändert. Bitte wenden Sie sich wegen dieser Lieferung an den CodeCraft-Support.</translation>
    </message>
    <message>
        <source>The delivery was not saved: “{shown}” appears twice.</source>
        <translation>Die Lieferung wurde nicht gespeichert: „{shown}“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The delivery was not saved: “{shown}” is {size} MB; files may be at most {limit} MB.</source>
        <translation>Die Lieferung wurde nicht gespeichert: „{shown}“ ist {size} MB groß; Dateien dürfen höchstens {limit} MB groß sein.</translation>
    </message>
    <message>
        <source>The delivery was not saved: {count} files, {size} MB in all; a delivery may have at most {max_files} files and {limit} MB.</source>
        <translation>Die Lieferung wurde nicht gespeichert: {count} Dateien, insgesamt {size} MB; eine Lieferung darf höchstens {max_files} Dateien und {limit} MB umfassen.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>Der Vorgang wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No secure system keychain was found, so your sign-in is kept only while CodeCraft runs: you&apos;ll need to sign in again next time.</source>
        <translation>Es wurde kein sicherer System-Schlüsselbund gefunden, daher bleibt Ihre Anmeldung nur erhalten, solange CodeCraft läuft: Beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>This computer seems to have no network connection.</source>
        <translation>Dieser Computer scheint keine Netzwerkverbindung zu haben.</translation>
    </message>
    <message>
        <source>Connected to {url}</source>
        <translation>Verbunden mit {url}</translation>
    </message>
    <message>
        <source>Signed in as {username}, but the account could not be read.</source>
        <translation>Als {username} angemeldet, aber das Konto konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no credit pack “{pack_id}”.</source>
        <translation>Es gibt kein Credit-Paket „{pack_id}“.</translation>
    </message>
    <message>
        <source>The packs are: {names}.</source>
        <translation>Verfügbare Pakete: {names}.</translation>
    </message>
    <message>
        <source>Project not on this device</source>
        <translation>Projekt nicht auf diesem Gerät</translation>
    </message>
    <message>
        <source>“{project_title}” is not in this device&apos;s vault, so its review cannot be shown here.</source>
        <translation>„{project_title}“ ist nicht im Tresor dieses Geräts, daher kann seine Prüfung hier nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Sync the project to this device first.</source>
        <translation>Synchronisieren Sie das Projekt zuerst auf dieses Gerät.</translation>
    </message>
    <message>
        <source>The delivery of “{project_title}” has not reached this device yet.</source>
        <translation>Die Lieferung von „{project_title}“ ist noch nicht auf diesem Gerät angekommen.</translation>
    </message>
    <message>
        <source>Closing your account starts a {days}-day grace period. During it you can still sign in, and cancel. When it ends, the CodeCraft service deletes your synced projects and files, your usage data, optional consents and email subscriptions; your profile and sign-in details go {days} days after closure. Payment records are the exception: the law requires keeping them for 7 years. Your vault on this computer is not touched; delete it separately if you want to.</source>
        <translation>Wenn Sie Ihr Konto schließen, beginnt eine Karenzzeit von {days} Tagen. Während dieser Zeit können Sie sich weiterhin anmelden und die Schließung widerrufen. Danach löscht der CodeCraft-Dienst Ihre synchronisierten Projekte und Dateien, Ihre Nutzungsdaten, optionalen Einwilligungen und E-Mail-Abonnements; Ihr Profil und Ihre Anmeldedaten werden {days} Tage nach der Schließung gelöscht. Ausgenommen sind Zahlungsbelege: Das Gesetz schreibt vor, sie 7 Jahre aufzubewahren. Ihr Tresor auf diesem Computer bleibt unberührt; löschen Sie ihn separat, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>No account closure is scheduled.</source>
        <translation>Es ist keine Kontoschließung geplant.</translation>
    </message>
    <message>
        <source>Your account is scheduled to close on {day}. Until then you can cancel: Account › Cancel account closure.</source>
        <translation>Ihr Konto wird am {day} geschlossen. Bis dahin können Sie das widerrufen: Konto › Kontoschließung widerrufen.</translation>
    </message>
    <message>
        <source>Cannot apply the changes</source>
        <translation>Die Änderungen können nicht übernommen werden</translation>
    </message>
    <message>
        <source>This comment has no suggested change.</source>
        <translation>Dieser Kommentar enthält keine vorgeschlagene Änderung.</translation>
    </message>
    <message>
        <source>The suggestion no longer matches the file: {exc}</source>
        <translation>Der Vorschlag passt nicht mehr zur Datei: {exc}</translation>
    </message>
    <message>
        <source>Reading the old revision…</source>
        <translation>Die alte Revision wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the new revision…</source>
        <translation>Die neue Revision wird gelesen…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>No change is accepted yet.</source>
        <translation>Noch keine Änderung angenommen.</translation>
    </message>
    <message>
        <source>Only a suggestion on the new side of a change can be applied.</source>
        <translation>Nur ein Vorschlag auf der neuen Seite einer Änderung kann übernommen werden.</translation>
    </message>
    <message>
        <source>{path} is not in revision {revision}.</source>
        <translation>{path} ist nicht in Revision {revision} enthalten.</translation>
    </message>
    <message>
        <source>The CodeCraft service answered a different number of changes than were sent.</source>
        <translation>Der CodeCraft-Dienst hat mit einer anderen Anzahl von Änderungen geantwortet, als gesendet wurden.</translation>
    </message>
    <message>
        <source>The engagement&apos;s code was not saved: “{path}” arrived damaged.</source>
        <translation>Der Code des Auftrags wurde nicht gespeichert: „{path}“ ist beschädigt angekommen.</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>larger than {limit} KB</source>
        <translation>größer als {limit} KB</translation>
    </message>
    <message>
        <source>unreadable .gitignore</source>
        <translation>.gitignore nicht lesbar</translation>
    </message>
    <message>
        <source>unreadable folder: {reason}</source>
        <translation>Ordner nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>symbolischer Link</translation>
    </message>
    <message>
        <source>ignored by .gitignore</source>
        <translation>von .gitignore ignoriert</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Wird generiert</translation>
    </message>
    <message>
        <source>In expert review</source>
        <translation>In Expertenprüfung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sync the project first</source>
        <translation>Zuerst das Projekt synchronisieren</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>Generierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>“{name}” is Local only: CodeCraft generates from the requirements it has, so the project must be Synced.</source>
        <translation>„{name}“ ist „Nur lokal“: CodeCraft generiert aus den Anforderungen, die ihm vorliegen, daher muss das Projekt „Synchronisiert“ sein.</translation>
    </message>
    <message>
        <source>Turn sync on for the project, sync, then order the generation.</source>
        <translation>Schalten Sie die Synchronisierung für das Projekt ein, synchronisieren Sie und bestellen Sie dann die Generierung.</translation>
    </message>
    <message>
        <source>CodeCraft stopped answering while the generation was running.</source>
        <translation>CodeCraft hat während der Generierung nicht mehr geantwortet.</translation>
    </message>
    <message>
        <source>The job goes on at CodeCraft and nothing is lost: following resumes when it is back (or run “codecraft generate --resume”).</source>
        <translation>Der Auftrag läuft bei CodeCraft weiter, und nichts geht verloren: Das Verfolgen wird fortgesetzt, sobald CodeCraft wieder antwortet (oder führen Sie „codecraft generate --resume“ aus).</translation>
    </message>
    <message>
        <source>{status}: {message}</source>
        <translation>{status}: {message}</translation>
    </message>
    <message>
        <source>The generation of “{project_name}” was cancelled.</source>
        <translation>Die Generierung von „{project_name}“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The generation of “{project_name}” failed: {reason}</source>
        <translation>Die Generierung von „{project_name}“ ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The credits it cost were given back.</source>
        <translation>Die dafür berechneten Credits wurden erstattet.</translation>
    </message>
    <message>
        <source>The delivery was not saved: “{path}” arrived damaged.</source>
        <translation>Die Lieferung wurde nicht gespeichert: „{path}“ ist beschädigt angekommen.</translation>
    </message>
    <message>
        <source>not in the archive</source>
        <translation>nicht im Archiv</translation>
    </message>
    <message>
        <source>Imported “{title}” as project {id}: {revisions} revisions, {files} files</source>
        <translation>„{title}“ als Projekt {id} importiert: {revisions} Revisionen, {files} Dateien</translation>
    </message>
    <message>
        <source>Skipped “{title}”: {why}</source>
        <translation>„{title}“ übersprungen: {why}</translation>
    </message>
    <message>
        <source>Consent history: {count} event(s) added; privacy settings {settings}</source>
        <translation>Einwilligungsverlauf: {count} Ereignis(se) hinzugefügt; Datenschutzeinstellungen {settings}</translation>
    </message>
    <message>
        <source>Not imported (for reading only): {names}</source>
        <translation>Nicht importiert (nur zum Lesen): {names}</translation>
    </message>
    <message>
        <source>already in this vault (same project); not imported twice</source>
        <translation>bereits in diesem Tresor (dasselbe Projekt); nicht doppelt importiert</translation>
    </message>
    <message>
        <source>Importing {title}</source>
        <translation>{title} wird importiert</translation>
    </message>
    <message>
        <source>{entry} does not match its checksum</source>
        <translation>{entry} stimmt nicht mit seiner Prüfsumme überein</translation>
    </message>
    <message>
        <source>kept as they are in this vault</source>
        <translation>wie in diesem Tresor belassen</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where} ist kein Objekt</translation>
    </message>
    <message>
        <source>{where}: {key} must be text</source>
        <translation>{where}: {key} muss Text sein</translation>
    </message>
    <message>
        <source>{where}: {key} is not a date</source>
        <translation>{where}: {key} ist kein Datum</translation>
    </message>
    <message>
        <source>{where}: unknown origin {value}</source>
        <translation>{where}: unbekannte Herkunft {value}</translation>
    </message>
    <message>
        <source>{where}: unknown status {value}</source>
        <translation>{where}: unbekannter Status {value}</translation>
    </message>
    <message>
        <source>{where}: archived or current_revision has the wrong type</source>
        <translation>{where}: archived oder current_revision hat den falschen Typ</translation>
    </message>
    <message>
        <source>{where}: revisions and attachments must be lists</source>
        <translation>{where}: revisions und attachments müssen Listen sein</translation>
    </message>
    <message>
        <source>{where}: a revision has no valid number</source>
        <translation>{where}: Eine Revision hat keine gültige Nummer</translation>
    </message>
    <message>
        <source>{where}: revision {name} has an unknown kind or no summary</source>
        <translation>{where}: Revision {name} hat eine unbekannte Art oder keine Zusammenfassung</translation>
    </message>
    <message>
        <source>{where}: revision {name} has no date or no file listing</source>
        <translation>{where}: Revision {name} hat kein Datum oder keine Dateiliste</translation>
    </message>
    <message>
        <source>{where}: revision numbers repeat</source>
        <translation>{where}: Revisionsnummern kommen mehrfach vor</translation>
    </message>
    <message>
        <source>{where}: the current revision is not in the archive</source>
        <translation>{where}: Die aktuelle Revision ist nicht im Archiv</translation>
    </message>
    <message>
        <source>{where}: an attachment has no name or date</source>
        <translation>{where}: Ein Anhang hat keinen Namen oder kein Datum</translation>
    </message>
    <message>
        <source>{where}: attachment {name} has no content in the archive</source>
        <translation>{where}: Anhang {name} hat keinen Inhalt im Archiv</translation>
    </message>
    <message>
        <source>{name} is not a list</source>
        <translation>{name} ist keine Liste</translation>
    </message>
    <message>
        <source>{name}: an entry has no path</source>
        <translation>{name}: Ein Eintrag hat keinen Pfad</translation>
    </message>
    <message>
        <source>{name}: {path} has {why}</source>
        <translation>{name}: {path} hat {why}</translation>
    </message>
    <message>
        <source>{name}: {path} collides with {other}</source>
        <translation>{name}: {path} kollidiert mit {other}</translation>
    </message>
    <message>
        <source>{name}: the content of {path} is not in the archive</source>
        <translation>{name}: Der Inhalt von {path} ist nicht im Archiv</translation>
    </message>
    <message>
        <source>{PRIVACY_SETTINGS} is malformed</source>
        <translation>{PRIVACY_SETTINGS} ist fehlerhaft</translation>
    </message>
    <message>
        <source>{CONSENT_HISTORY} is not a list</source>
        <translation>{CONSENT_HISTORY} ist keine Liste</translation>
    </message>
    <message>
        <source>{CONSENT_HISTORY} has a malformed event</source>
        <translation>{CONSENT_HISTORY} enthält ein fehlerhaftes Ereignis</translation>
    </message>
    <message>
        <source>Archive refused</source>
        <translation>Archiv abgelehnt</translation>
    </message>
    <message>
        <source>Nothing was imported; your vault is unchanged.</source>
        <translation>Es wurde nichts importiert; Ihr Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…und {count} weitere</translation>
    </message>
    <message>
        <source>This archive cannot be imported: {problems}.</source>
        <translation>Dieses Archiv kann nicht importiert werden: {problems}.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>es ist durch ein Passwort geschützt</translation>
    </message>
    <message>
        <source>Enter the archive&apos;s password, then try again. Nothing was imported.</source>
        <translation>Geben Sie das Passwort des Archivs ein und versuchen Sie es dann erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>the password is not right</source>
        <translation>das Passwort ist falsch</translation>
    </message>
    <message>
        <source>Check the password and try again. Nothing was imported.</source>
        <translation>Prüfen Sie das Passwort und versuchen Sie es erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>it is not a ZIP archive, or it is truncated or damaged</source>
        <translation>es ist kein ZIP-Archiv oder es ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>it has {count} entries (at most {max_entries} are accepted)</source>
        <translation>es hat {count} Einträge (höchstens {max_entries} sind zulässig)</translation>
    </message>
    <message>
        <source>{name} has {why}</source>
        <translation>{name} hat {why}</translation>
    </message>
    <message>
        <source>{name} is a symbolic link</source>
        <translation>{name} ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message>
        <source>as {name} too (names differ only in case)</source>
        <translation>auch als {name} (die Namen unterscheiden sich nur in der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>{name} appears {kind}</source>
        <translation>{name} kommt {kind} vor</translation>
    </message>
    <message>
        <source>{name} unpacks to {file_size} bytes (too large)</source>
        <translation>{name} ist entpackt {file_size} Bytes groß (zu groß)</translation>
    </message>
    <message>
        <source>{name} is compressed {ratio}:1 (a zip bomb?)</source>
        <translation>{name} ist im Verhältnis {ratio}:1 komprimiert (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>it unpacks to {total} bytes (at most {max_total_bytes} are accepted)</source>
        <translation>es ist entpackt {total} Bytes groß (höchstens {max_total_bytes} sind zulässig)</translation>
    </message>
    <message>
        <source>{name} cannot be read ({exc})</source>
        <translation>{name} kann nicht gelesen werden ({exc})</translation>
    </message>
    <message>
        <source>bad CRC</source>
        <translation>fehlerhafte Prüfsumme (CRC)</translation>
    </message>
    <message>
        <source>damaged or truncated</source>
        <translation>beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>{name} is {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is too large for a metadata file</source>
        <translation>{name} ist zu groß für eine Metadatendatei</translation>
    </message>
    <message>
        <source>{name} does not match its checksum in the manifest</source>
        <translation>{name} stimmt nicht mit seiner Prüfsumme im Manifest überein</translation>
    </message>
    <message>
        <source>{name} is not valid JSON</source>
        <translation>{name} ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>it has no manifest.json (it was not made by CodeCraft&apos;s export)</source>
        <translation>es hat keine manifest.json (es wurde nicht mit dem CodeCraft-Export erstellt)</translation>
    </message>
    <message>
        <source>its manifest is not a CodeCraft export manifest</source>
        <translation>sein Manifest ist kein CodeCraft-Exportmanifest</translation>
    </message>
    <message>
        <source>it uses export format version {version}; this app reads version {FORMAT_VERSION}</source>
        <translation>es verwendet Exportformat-Version {version}; diese App liest Version {FORMAT_VERSION}</translation>
    </message>
    <message>
        <source>A newer CodeCraft Desktop may read it. Nothing was imported.</source>
        <translation>Eine neuere Version von CodeCraft Desktop kann es möglicherweise lesen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>its manifest has no entry list</source>
        <translation>sein Manifest hat keine Eintragsliste</translation>
    </message>
    <message>
        <source>{n} is not listed in the manifest</source>
        <translation>{n} ist nicht im Manifest aufgeführt</translation>
    </message>
    <message>
        <source>{n} is listed in the manifest but missing</source>
        <translation>{n} ist im Manifest aufgeführt, fehlt aber</translation>
    </message>
    <message>
        <source>the manifest&apos;s content index is wrong for {entry}</source>
        <translation>das Inhaltsverzeichnis des Manifests ist für {entry} falsch</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>{name} wird geprüft</translation>
    </message>
    <message>
        <source>the manifest names a project without its project.json ({folder})</source>
        <translation>das Manifest nennt ein Projekt ohne dessen project.json ({folder})</translation>
    </message>
    <message>
        <source>Marketing email needs the marketing consent. Switch that on first.</source>
        <translation>Marketing-E-Mails erfordern die Marketing-Einwilligung. Schalten Sie diese zuerst ein.</translation>
    </message>
    <message>
        <source>Your privacy settings keep changing elsewhere. Please try again in a moment.</source>
        <translation>Ihre Datenschutzeinstellungen werden gerade an anderer Stelle laufend geändert. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Essential processing</source>
        <translation>Notwendige Verarbeitung</translation>
    </message>
    <message>
        <source>What the service needs to run your account at all: signing in, keeping the projects you sync, billing and security checks. It cannot be switched off; deleting your account is how it ends.</source>
        <translation>Was der Dienst braucht, um Ihr Konto überhaupt zu betreiben: Anmeldung, Aufbewahrung der Projekte, die Sie synchronisieren, Abrechnung und Sicherheitsprüfungen. Sie lässt sich nicht ausschalten; sie endet erst mit der Löschung Ihres Kontos.</translation>
    </message>
    <message>
        <source>Use my code to train AI models</source>
        <translation>Meinen Code zum Training von KI-Modellen verwenden</translation>
    </message>
    <message>
        <source>Lets CodeCraft use the code and requirements of your projects to improve its AI models. It stays off unless you switch it on yourself, and you can switch it off again at any time.</source>
        <translation>Erlaubt CodeCraft, den Code und die Anforderungen Ihrer Projekte zur Verbesserung seiner KI-Modelle zu nutzen. Das bleibt aus, solange Sie es nicht selbst einschalten, und Sie können es jederzeit wieder ausschalten.</translation>
    </message>
    <message>
        <source>Usage and performance data</source>
        <translation>Nutzungs- und Leistungsdaten</translation>
    </message>
    <message>
        <source>Lets this app send which screens you open, when it starts and how long operations take, so slow or broken parts can be found. Never your code, file names or project names.</source>
        <translation>Erlaubt dieser App zu senden, welche Bildschirme Sie öffnen, wann sie startet und wie lange Vorgänge dauern, damit langsame oder fehlerhafte Stellen gefunden werden können. Niemals Ihren Code, Dateinamen oder Projektnamen.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Lets CodeCraft use your contact details and activity for offers and advertising. Needed for marketing email.</source>
        <translation>Erlaubt CodeCraft, Ihre Kontaktdaten und Aktivitäten für Angebote und Werbung zu nutzen. Nötig für Marketing-E-Mails.</translation>
    </message>
    <message>
        <source>Remember my preferences</source>
        <translation>Meine Einstellungen merken</translation>
    </message>
    <message>
        <source>Lets the service keep your display and workflow choices between sessions and devices.</source>
        <translation>Erlaubt dem Dienst, Ihre Anzeige- und Arbeitsablauf-Einstellungen über Sitzungen und Geräte hinweg zu speichern.</translation>
    </message>
    <message>
        <source>If you switch this on, CodeCraft may use the code and requirements of the projects you sync to train and improve its AI models. Code used for training cannot be taken back out of a model that has already been trained, but switching this off stops any further use from then on. Your code is still never shared with other clients. Switch it on?</source>
        <translation>Wenn Sie dies einschalten, darf CodeCraft den Code und die Anforderungen der Projekte, die Sie synchronisieren, zum Training und zur Verbesserung seiner KI-Modelle verwenden. Code, der zum Training verwendet wurde, lässt sich aus einem bereits trainierten Modell nicht wieder entfernen; das Ausschalten beendet aber ab diesem Zeitpunkt jede weitere Nutzung. Ihr Code wird weiterhin nie mit anderen Kunden geteilt. Einschalten?</translation>
    </message>
    <message>
        <source>Project updates</source>
        <translation>Projekt-Updates</translation>
    </message>
    <message>
        <source>News about the projects you work on with CodeCraft.</source>
        <translation>Neuigkeiten zu den Projekten, an denen Sie mit CodeCraft arbeiten.</translation>
    </message>
    <message>
        <source>Delivery notifications</source>
        <translation>Lieferbenachrichtigungen</translation>
    </message>
    <message>
        <source>Email when generated code or a review is delivered.</source>
        <translation>E-Mail, wenn generierter Code oder eine Prüfung geliefert wird.</translation>
    </message>
    <message>
        <source>Product news</source>
        <translation>Produktneuigkeiten</translation>
    </message>
    <message>
        <source>Occasional email about new CodeCraft features.</source>
        <translation>Gelegentliche E-Mails über neue CodeCraft-Funktionen.</translation>
    </message>
    <message>
        <source>Marketing email</source>
        <translation>Marketing-E-Mails</translation>
    </message>
    <message>
        <source>Offers and promotions. Needs the marketing consent.</source>
        <translation>Angebote und Aktionen. Erfordert die Marketing-Einwilligung.</translation>
    </message>
    <message>
        <source>While the account exists, then 30 more days</source>
        <translation>Solange das Konto besteht, danach weitere 30 Tage</translation>
    </message>
    <message>
        <source>90 days after the project is delivered</source>
        <translation>90 Tage nach Lieferung des Projekts</translation>
    </message>
    <message>
        <source>7 years, as the law requires</source>
        <translation>7 Jahre, wie gesetzlich vorgeschrieben</translation>
    </message>
    <message>
        <source>2 years after collection, kept anonymised</source>
        <translation>2 Jahre nach der Erfassung, anonymisiert</translation>
    </message>
    <message>
        <source>Until you opt out, or after 3 years without activity</source>
        <translation>Bis Sie widersprechen oder nach 3 Jahren ohne Aktivität</translation>
    </message>
    <message>
        <source>Account data</source>
        <translation>Kontodaten</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Projektcode</translation>
    </message>
    <message>
        <source>Payment records</source>
        <translation>Zahlungsbelege</translation>
    </message>
    <message>
        <source>Analytics data</source>
        <translation>Analysedaten</translation>
    </message>
    <message>
        <source>Marketing data</source>
        <translation>Marketingdaten</translation>
    </message>
    <message>
        <source>Access my data</source>
        <translation>Auskunft über meine Daten</translation>
    </message>
    <message>
        <source>A copy of the personal data CodeCraft holds on you (a ZIP).</source>
        <translation>Eine Kopie der personenbezogenen Daten, die CodeCraft über Sie speichert (als ZIP).</translation>
    </message>
    <message>
        <source>Correct my details</source>
        <translation>Meine Angaben berichtigen</translation>
    </message>
    <message>
        <source>Fix your name, email address or company.</source>
        <translation>Ihren Namen, Ihre E-Mail-Adresse oder Firma korrigieren.</translation>
    </message>
    <message>
        <source>Delete my account data</source>
        <translation>Meine Kontodaten löschen</translation>
    </message>
    <message>
        <source>Your projects, files, analytics data and consents.</source>
        <translation>Ihre Projekte, Dateien, Analysedaten und Einwilligungen.</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Meine Daten exportieren</translation>
    </message>
    <message>
        <source>Your data in a machine-readable format (a ZIP).</source>
        <translation>Ihre Daten in einem maschinenlesbaren Format (als ZIP).</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Verarbeitung einschränken</translation>
    </message>
    <message>
        <source>Limit how your data is used while a question is open.</source>
        <translation>Begrenzen, wie Ihre Daten genutzt werden, solange eine Frage offen ist.</translation>
    </message>
    <message>
        <source>Object to processing</source>
        <translation>Der Verarbeitung widersprechen</translation>
    </message>
    <message>
        <source>Opt out of uses based on legitimate interest.</source>
        <translation>Nutzungen widersprechen, die auf berechtigtem Interesse beruhen.</translation>
    </message>
    <message>
        <source>Withdraw all consents</source>
        <translation>Alle Einwilligungen widerrufen</translation>
    </message>
    <message>
        <source>Every optional consent off at once.</source>
        <translation>Alle optionalen Einwilligungen auf einmal ausschalten.</translation>
    </message>
    <message>
        <source>Object to automated decisions</source>
        <translation>Automatisierten Entscheidungen widersprechen</translation>
    </message>
    <message>
        <source>Ask for a person to look at decisions made automatically about you.</source>
        <translation>Verlangen, dass ein Mensch automatisch über Sie getroffene Entscheidungen prüft.</translation>
    </message>
    <message>
        <source>Know what is collected (CCPA)</source>
        <translation>Erfahren, was erfasst wird (CCPA)</translation>
    </message>
    <message>
        <source>What is collected and whether it is disclosed.</source>
        <translation>Was erfasst wird und ob es weitergegeben wird.</translation>
    </message>
    <message>
        <source>Opt out of sale (CCPA)</source>
        <translation>Dem Verkauf widersprechen (CCPA)</translation>
    </message>
    <message>
        <source>Opt out of any sale of personal information. CodeCraft does not sell it.</source>
        <translation>Jedem Verkauf personenbezogener Daten widersprechen. CodeCraft verkauft sie nicht.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Card and billing details only; never project code.</source>
        <translation>Nur Karten- und Rechnungsdaten; nie Projektcode.</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Encrypted account and project data.</source>
        <translation>Verschlüsselte Konto- und Projektdaten.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Anonymised usage figures, only with consent.</source>
        <translation>Anonymisierte Nutzungszahlen, nur mit Einwilligung.</translation>
    </message>
    <message>
        <source>Email and support</source>
        <translation>E-Mail und Support</translation>
    </message>
    <message>
        <source>Your name and email address.</source>
        <translation>Ihren Namen und Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Expert reviewers</source>
        <translation>Prüfende Experten</translation>
    </message>
    <message>
        <source>Vetted reviewers under a confidentiality agreement</source>
        <translation>Überprüfte Experten mit Geheimhaltungsvereinbarung</translation>
    </message>
    <message>
        <source>The code they review.</source>
        <translation>Den Code, den sie prüfen.</translation>
    </message>
    <message>
        <source>Data Protection Officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>EU representative</source>
        <translation>EU-Vertreter</translation>
    </message>
    <message>
        <source>If you believe your data is handled unlawfully, you may complain to a data protection supervisory authority, for example in the country where you live or work. You do not need to contact us first.</source>
        <translation>Wenn Sie glauben, dass Ihre Daten rechtswidrig verarbeitet werden, können Sie sich bei einer Datenschutz-Aufsichtsbehörde beschweren, zum Beispiel in dem Land, in dem Sie leben oder arbeiten. Sie müssen sich dafür nicht zuerst an uns wenden.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} ist größer als {limit} MB.</translation>
    </message>
    <message>
        <source>Cannot read the attachment {name}: {reason}.</source>
        <translation>Der Anhang {name} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>Looking at the folder…</source>
        <translation>Der Ordner wird durchgesehen…</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>Ein Projekt braucht einen Titel.</translation>
    </message>
    <message>
        <source>Project titles are at most 200 characters.</source>
        <translation>Projekttitel dürfen höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <source>{shown} and {more} more</source>
        <translation>{shown} und {more} weiteren</translation>
    </message>
    <message>
        <source>Binary file: its contents are not shown and cannot be reviewed.</source>
        <translation>Binärdatei: Ihr Inhalt wird nicht angezeigt und kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Bidirectional Unicode control characters on line {lines}: the code may run differently from how it reads (Trojan Source).</source>
        <translation>Bidirektionale Unicode-Steuerzeichen in Zeile {lines}: Der Code wird womöglich anders ausgeführt, als er sich liest (Trojan Source).</translation>
    </message>
    <message>
        <source>Invisible Unicode characters on line {lines}.</source>
        <translation>Unsichtbare Unicode-Zeichen in Zeile {lines}.</translation>
    </message>
    <message>
        <source>Mixed line endings: {endings}.</source>
        <translation>Gemischte Zeilenenden: {endings}.</translation>
    </message>
    <message>
        <source>Line endings changed from {before} to {after}.</source>
        <translation>Zeilenenden von {before} zu {after} geändert.</translation>
    </message>
    <message>
        <source>Very long lines (over {limit} characters) on line {lines}: they may hide code off screen.</source>
        <translation>Sehr lange Zeilen (über {limit} Zeichen) in Zeile {lines}: Sie können Code außerhalb des sichtbaren Bereichs verbergen.</translation>
    </message>
    <message>
        <source>Its settings file (vault.json) is missing.</source>
        <translation>Seine Einstellungsdatei (vault.json) fehlt.</translation>
    </message>
    <message>
        <source>A vault already exists here; it was not replaced.</source>
        <translation>Hier gibt es bereits einen Tresor; er wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>{name} muss true oder false sein</translation>
    </message>
    <message>
        <source>{name} must be a whole number</source>
        <translation>{name} muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} muss Text sein</translation>
    </message>
    <message>
        <source>{name} must be one of {choices}</source>
        <translation>{name} muss einer dieser Werte sein: {choices}</translation>
    </message>
    <message>
        <source>{name} must be at least {minimum}</source>
        <translation>{name} muss mindestens {minimum} sein</translation>
    </message>
    <message>
        <source>{name} must be at most {maximum}</source>
        <translation>{name} darf höchstens {maximum} sein</translation>
    </message>
    <message>
        <source>Vault problem</source>
        <translation>Problem mit dem Tresor</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Falsche Passphrase</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this vault. Nothing was changed; try again.</source>
        <translation>Diese Passphrase entsperrt diesen Tresor nicht. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Wrong recovery key</source>
        <translation>Falscher Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>That recovery key does not unlock this vault. Check it and try again.</source>
        <translation>Dieser Wiederherstellungsschlüssel entsperrt diesen Tresor nicht. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Vault key not found</source>
        <translation>Tresorschlüssel nicht gefunden</translation>
    </message>
    <message>
        <source>The key of your vault is no longer in the system keyring ({backend}). Your vault is untouched.</source>
        <translation>Der Schlüssel Ihres Tresors ist nicht mehr im System-Schlüsselbund ({backend}). Ihr Tresor ist unberührt.</translation>
    </message>
    <message>
        <source>Unlock it with your recovery key; the app will then store the key again.</source>
        <translation>Entsperren Sie ihn mit Ihrem Wiederherstellungsschlüssel; die App speichert den Schlüssel dann erneut.</translation>
    </message>
    <message>
        <source>Keyring changed</source>
        <translation>Schlüsselbund geändert</translation>
    </message>
    <message>
        <source>Your vault key was stored in {recorded}, but this system now offers {current}. Your vault is untouched.</source>
        <translation>Ihr Tresorschlüssel wurde in {recorded} gespeichert, aber dieses System bietet jetzt {current} an. Ihr Tresor ist unberührt.</translation>
    </message>
    <message>
        <source>Unlock it with your recovery key, or switch to a passphrase.</source>
        <translation>Entsperren Sie ihn mit Ihrem Wiederherstellungsschlüssel oder wechseln Sie zu einer Passphrase.</translation>
    </message>
    <message>
        <source>No secure keyring</source>
        <translation>Kein sicherer Schlüsselbund</translation>
    </message>
    <message>
        <source>This system has no secure keyring (found: {backend}), so the vault key cannot be kept there.</source>
        <translation>Dieses System hat keinen sicheren Schlüsselbund (gefunden: {backend}), daher kann der Tresorschlüssel dort nicht verwahrt werden.</translation>
    </message>
    <message>
        <source>Protect the vault with a passphrase instead.</source>
        <translation>Schützen Sie den Tresor stattdessen mit einer Passphrase.</translation>
    </message>
    <message>
        <source>Vault damaged</source>
        <translation>Tresor beschädigt</translation>
    </message>
    <message>
        <source>The vault file is not a CodeCraft vault or is damaged (its integrity check failed). The app has not changed or replaced it. {detail}</source>
        <translation>Die Tresordatei ist kein CodeCraft-Tresor oder ist beschädigt (ihre Integritätsprüfung ist fehlgeschlagen). Die App hat sie weder geändert noch ersetzt. {detail}</translation>
    </message>
    <message>
        <source>Restore the file from a backup, or move it aside to start a new vault.</source>
        <translation>Stellen Sie die Datei aus einer Sicherung wieder her oder verschieben Sie sie an einen anderen Ort, um einen neuen Tresor anzulegen.</translation>
    </message>
    <message>
        <source>Vault from a newer version</source>
        <translation>Tresor aus einer neueren Version</translation>
    </message>
    <message>
        <source>This vault was written by a newer CodeCraft Desktop (format {found}; this version reads up to {supported}). It has not been changed.</source>
        <translation>Dieser Tresor wurde von einer neueren Version von CodeCraft Desktop geschrieben (Format {found}; diese Version liest bis {supported}). Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Update CodeCraft Desktop to open it.</source>
        <translation>Aktualisieren Sie CodeCraft Desktop, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot write data</source>
        <translation>Daten können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>CodeCraft Desktop cannot write to its data folder: {path}.</source>
        <translation>CodeCraft Desktop kann nicht in seinen Datenordner schreiben: {path}.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or set CODECRAFT_DATA_DIR to a folder you can write.</source>
        <translation>Prüfen Sie die Berechtigungen des Ordners oder setzen Sie CODECRAFT_DATA_DIR auf einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Your vault still holds everything saved before it.</source>
        <translation>Der Datenträger ist voll, daher konnte die letzte Änderung nicht gespeichert werden. Ihr Tresor enthält weiterhin alles, was davor gespeichert wurde.</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Tresor gesperrt</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>Unlock it to continue.</source>
        <translation>Entsperren Sie ihn, um fortzufahren.</translation>
    </message>
    <message>
        <source>Vault in use</source>
        <translation>Tresor in Verwendung</translation>
    </message>
    <message>
        <source>Another CodeCraft Desktop window or command is writing to this vault right now.</source>
        <translation>Ein anderes Fenster oder ein anderer Befehl von CodeCraft Desktop schreibt gerade in diesen Tresor.</translation>
    </message>
    <message>
        <source>Close it or wait a moment, then try again.</source>
        <translation>Schließen Sie es oder warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No vault yet</source>
        <translation>Noch kein Tresor</translation>
    </message>
    <message>
        <source>This profile has no vault yet.</source>
        <translation>Dieses Profil hat noch keinen Tresor.</translation>
    </message>
    <message>
        <source>Start the app once to create it.</source>
        <translation>Starten Sie die App einmal, um ihn anzulegen.</translation>
    </message>
    <message>
        <source>No passphrase on this vault</source>
        <translation>Dieser Tresor hat keine Passphrase</translation>
    </message>
    <message>
        <source>This vault&apos;s key is kept in the system keyring; it has no passphrase.</source>
        <translation>Der Schlüssel dieses Tresors liegt im System-Schlüsselbund; der Tresor hat keine Passphrase.</translation>
    </message>
    <message>
        <source>Unlock it with the keyring or with your recovery key.</source>
        <translation>Entsperren Sie ihn mit dem Schlüsselbund oder mit Ihrem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Its settings file (vault.json) is unreadable.</source>
        <translation>Seine Einstellungsdatei (vault.json) ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Its settings file (vault.json) cannot be read.</source>
        <translation>Seine Einstellungsdatei (vault.json) kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Its settings file has no passphrase parameters.</source>
        <translation>Seine Einstellungsdatei enthält keine Passphrase-Parameter.</translation>
    </message>
    <message>
        <source>The vault file is missing.</source>
        <translation>Die Tresordatei fehlt.</translation>
    </message>
    <message>
        <source>{count} damaged page(s) found.</source>
        <translation>{count} beschädigte Seite(n) gefunden.</translation>
    </message>
    <message>
        <source>an empty name</source>
        <translation>einen leeren Namen</translation>
    </message>
    <message>
        <source>a control character in its name</source>
        <translation>ein Steuerzeichen im Namen</translation>
    </message>
    <message>
        <source>a backslash in its name</source>
        <translation>einen Backslash im Namen</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>einen absoluten Pfad</translation>
    </message>
    <message>
        <source>a path that leaves its folder (&apos;..&apos;, &apos;.&apos; or an empty part)</source>
        <translation>einen Pfad, der seinen Ordner verlässt (&apos;..&apos;, &apos;.&apos; oder ein leerer Teil)</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>Stripe key</source>
        <translation>Stripe-Schlüssel</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack-Token</translation>
    </message>
    <message>
        <source>Slack webhook</source>
        <translation>Slack-Webhook</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>Google OAuth secret</source>
        <translation>Google-OAuth-Geheimnis</translation>
    </message>
    <message>
        <source>.env file</source>
        <translation>.env-Datei</translation>
    </message>
    <message>
        <source>credentials file</source>
        <translation>Datei mit Zugangsdaten</translation>
    </message>
    <message>
        <source>key or certificate file</source>
        <translation>Schlüssel- oder Zertifikatsdatei</translation>
    </message>
    <message>
        <source>key or password assignment</source>
        <translation>Zuweisung eines Schlüssels oder Passworts</translation>
    </message>
    <message>
        <source>The downloaded archive is damaged.</source>
        <translation>Das heruntergeladene Archiv ist beschädigt.</translation>
    </message>
    <message>
        <source>Please download it again.</source>
        <translation>Bitte laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>The CodeCraft service answered in an unexpected format.</source>
        <translation>Der CodeCraft-Dienst hat in einem unerwarteten Format geantwortet.</translation>
    </message>
    <message>
        <source>A proxy or captive portal may be in the way.</source>
        <translation>Möglicherweise steht ein Proxy oder ein Anmeldeportal (Captive Portal) im Weg.</translation>
    </message>
    <message>
        <source>The CodeCraft service sent a damaged answer.</source>
        <translation>Der CodeCraft-Dienst hat eine beschädigte Antwort gesendet.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the service may be having trouble.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, hat der Dienst vielleicht Probleme.</translation>
    </message>
    <message>
        <source>The CodeCraft service is busy.</source>
        <translation>Der CodeCraft-Dienst ist ausgelastet.</translation>
    </message>
    <message>
        <source>The CodeCraft service is having trouble right now.</source>
        <translation>Der CodeCraft-Dienst hat gerade Probleme.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes.</source>
        <translation>Bitte versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Do Not Track is on</source>
        <translation>Do Not Track ist eingeschaltet</translation>
    </message>
    <message>
        <source>Analytics consent is off</source>
        <translation>Die Einwilligung in Nutzungsdaten ist ausgeschaltet</translation>
    </message>
    <message>
        <source>Never sent: recorded while Do Not Track was on or analytics consent was off</source>
        <translation>Wird nie gesendet: erfasst, während Do Not Track eingeschaltet oder die Einwilligung in Nutzungsdaten ausgeschaltet war</translation>
    </message>
    <message>
        <source>Not sent now: {reason}</source>
        <translation>Jetzt nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>Waits until your privacy settings reach the service</source>
        <translation>Wartet, bis Ihre Datenschutzeinstellungen den Dienst erreichen</translation>
    </message>
    <message>
        <source>Waits until you sign in</source>
        <translation>Wartet, bis Sie sich anmelden</translation>
    </message>
    <message>
        <source>Sent at the next upload</source>
        <translation>Wird beim nächsten Hochladen gesendet</translation>
    </message>
    <message>
        <source>Your latest privacy settings have not reached the service yet</source>
        <translation>Ihre neuesten Datenschutzeinstellungen haben den Dienst noch nicht erreicht</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Account needed</source>
        <translation>Konto erforderlich</translation>
    </message>
    <message>
        <source>Privacy requests go to the CodeCraft service, so they need an account.</source>
        <translation>Datenschutzanfragen gehen an den CodeCraft-Dienst und brauchen deshalb ein Konto.</translation>
    </message>
    <message>
        <source>Sign in on the Account page. Your local privacy settings work without one.</source>
        <translation>Melden Sie sich auf der Seite „Konto“ an. Ihre lokalen Datenschutzeinstellungen funktionieren auch ohne Konto.</translation>
    </message>
    <message>
        <source>The requirements of this project are not in conflict.</source>
        <translation>Bei den Anforderungen dieses Projekts gibt es keinen Konflikt.</translation>
    </message>
    <message>
        <source>{path} of this project is not in conflict.</source>
        <translation>Bei {path} in diesem Projekt gibt es keinen Konflikt.</translation>
    </message>
    <message>
        <source>Nothing to resolve</source>
        <translation>Nichts aufzulösen</translation>
    </message>
    <message>
        <source>Too many kept copies of {path}.</source>
        <translation>Zu viele aufbewahrte Kopien von {path}.</translation>
    </message>
    <message>
        <source>Requirements can be kept from one side only: choose mine or theirs.</source>
        <translation>Anforderungen lassen sich nur von einer Seite behalten: Wählen Sie „Meine“ oder „Ihre“.</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>Projekt nicht gefunden</translation>
    </message>
    <message>
        <source>Project {project_id} is not in this vault (it may have been deleted).</source>
        <translation>Projekt {project_id} ist nicht in diesem Tresor (es wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>{path} is not in revision {number} of this project.</source>
        <translation>{path} ist nicht in Revision {number} dieses Projekts.</translation>
    </message>
    <message>
        <source>Revision {number} does not exist.</source>
        <translation>Revision {number} gibt es nicht.</translation>
    </message>
    <message>
        <source>Possible secrets found</source>
        <translation>Mögliche Geheimnisse gefunden</translation>
    </message>
    <message>
        <source>Sync was not turned on: {shown} may contain passwords or keys.</source>
        <translation>Die Synchronisierung wurde nicht eingeschaltet: {shown} enthält möglicherweise Passwörter oder Schlüssel.</translation>
    </message>
    <message>
        <source>Exclude or allow each of them in the sync preview, then turn sync on again.</source>
        <translation>Schließen Sie jede dieser Dateien in der Synchronisierungsvorschau aus oder erlauben Sie sie, und schalten Sie die Synchronisierung dann erneut ein.</translation>
    </message>
    <message>
        <source>Sync stopped. What was already sent or received is kept; the rest syncs next time.</source>
        <translation>Synchronisierung angehalten. Was schon gesendet oder empfangen wurde, bleibt erhalten; der Rest wird beim nächsten Mal synchronisiert.</translation>
    </message>
    <message>
        <source>{path} is not in the project&apos;s current files.</source>
        <translation>{path} gehört nicht zu den aktuellen Dateien des Projekts.</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Änderungen werden gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>The CodeCraft service sent changes out of order; nothing was applied.</source>
        <translation>Der CodeCraft-Dienst hat Änderungen in falscher Reihenfolge gesendet; nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Änderungen werden empfangen…</translation>
    </message>
    <message>
        <source>Imported from {folder}</source>
        <translation>Importiert aus {folder}</translation>
    </message>
    <message>
        <source>Restored revision {number}</source>
        <translation>Revision {number} wiederhergestellt</translation>
    </message>
    <message>
        <source>Delivered by CodeCraft (job {job})</source>
        <translation>Von CodeCraft geliefert (Auftrag {job})</translation>
    </message>
    <message>
        <source>Applied a suggestion to {path}</source>
        <translation>Einen Vorschlag auf {path} angewendet</translation>
    </message>
    <message>
        <source>Applied one accepted change from revision {new} to revision {old}</source>
        <translation>Eine angenommene Änderung aus Revision {new} auf Revision {old} angewendet</translation>
    </message>
    <message>
        <source>Applied {count} accepted changes from revision {new} to revision {old}</source>
        <translation>{count} angenommene Änderungen aus Revision {new} auf Revision {old} angewendet</translation>
    </message>
    <message>
        <source>Applied one accepted change from the review to revision {old}</source>
        <translation>Eine angenommene Änderung aus der Prüfung auf Revision {old} angewendet</translation>
    </message>
    <message>
        <source>Applied {count} accepted changes from the review to revision {old}</source>
        <translation>{count} angenommene Änderungen aus der Prüfung auf Revision {old} angewendet</translation>
    </message>
    <message>
        <source>Synced from CodeCraft: {names}</source>
        <translation>Von CodeCraft synchronisiert: {names}</translation>
    </message>
    <message>
        <source>Synced from CodeCraft: kept theirs</source>
        <translation>Von CodeCraft synchronisiert: ihre Version behalten</translation>
    </message>
    <message>
        <source>Synced from CodeCraft: kept both versions of {path}</source>
        <translation>Von CodeCraft synchronisiert: beide Versionen von {path} behalten</translation>
    </message>
    <message>
        <source>Deleted on another device; kept here as Local only because it had changes.</source>
        <translation>Auf einem anderen Gerät gelöscht; hier als „Nur lokal“ behalten, weil es Änderungen hatte.</translation>
    </message>
</context>
<context>
    <name>NavigationOps</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>inline</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>nebeneinander</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Characters are hidden as you type</source>
        <translation>Zeichen werden bei der Eingabe verborgen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Waiting for CodeCraft</source>
        <translation>Warten auf CodeCraft</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>Start Building</source>
        <translation>Projekt starten</translation>
    </message>
    <message>
        <source>Describe what you want built. Only the title is needed; you can change it all later.</source>
        <translation>Beschreiben Sie, was gebaut werden soll. Nur der Titel ist nötig; Sie können alles später ändern.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Files to attach to the requirements (mock-ups, sample data, briefs)</source>
        <translation>Dateien zu den Anforderungen (Entwürfe, Beispieldaten, Briefings)</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add attachment files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach files to the requirements</source>
        <translation>Dateien an die Anforderungen anhängen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove selected attachments</source>
        <translation>Ausgewählte Anhänge entfernen</translation>
    </message>
    <message>
        <source>Remove the selected files from the attachments (Delete)</source>
        <translation>Die ausgewählten Dateien aus den Anhängen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Attac&amp;hments:</source>
        <translation>An&amp;hänge:</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Projekt anlegen</translation>
    </message>
    <message>
        <source>Create the project in your vault</source>
        <translation>Das Projekt in Ihrem Tresor anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without creating a project (Esc)</source>
        <translation>Schließen, ohne ein Projekt anzulegen (Esc)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message>
        <source>CodeCraft</source>
        <translation>CodeCraft</translation>
    </message>
</context>
<context>
    <name>NotificationList</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Payments and deliveries, newest first</source>
        <translation>Zahlungen und Lieferungen, neueste zuerst</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Noch keine Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>All read.</source>
        <translation>Alles gelesen.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>CodeCraft</source>
        <translation>CodeCraft</translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message>
        <source>Changes overview</source>
        <translation>Änderungsübersicht</translation>
    </message>
    <message>
        <source>Where the changes are in this file: green added, red removed, both replaced. Click to jump.</source>
        <translation>Wo die Änderungen in dieser Datei liegen: grün hinzugefügt, rot entfernt, beides ersetzt. Klicken, um hinzuspringen.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>You are not signed in: these settings are kept and honoured on this computer, and sent to CodeCraft when you sign in. Requests about your data need an account.</source>
        <translation>Sie sind nicht angemeldet: Diese Einstellungen werden auf diesem Computer gespeichert und beachtet und an CodeCraft gesendet, wenn Sie sich anmelden. Anfragen zu Ihren Daten brauchen ein Konto.</translation>
    </message>
    <message>
        <source>Sign in to CodeCraft to see expert reviews: the reviews of your deliveries, or, for an expert account, the engagements assigned to you.</source>
        <translation>Melden Sie sich bei CodeCraft an, um Expertenprüfungen zu sehen: die Prüfungen Ihrer Lieferungen oder, bei einem Expertenkonto, die Ihnen zugewiesenen Aufträge.</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
</context>
<context>
    <name>PolicyPane</name>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Which version of the privacy policy you accepted. A new version is announced at least 30 days before it applies, with a summary of what changes.</source>
        <translation>Welche Version der Datenschutzerklärung Sie akzeptiert haben. Eine neue Version wird mindestens 30 Tage vor ihrem Inkrafttreten angekündigt, mit einer Zusammenfassung der Änderungen.</translation>
    </message>
    <message>
        <source>Sign in to see which version you accepted.</source>
        <translation>Melden Sie sich an, um zu sehen, welche Version Sie akzeptiert haben.</translation>
    </message>
    <message>
        <source>Accepted policy version</source>
        <translation>Angenommene Version der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>New policy version</source>
        <translation>Neue Version der Erklärung</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept the new version of the privacy policy</source>
        <translation>Neue Version der Datenschutzerklärung annehmen</translation>
    </message>
    <message>
        <source>You accepted version %1 on %2. Version %3 is in effect now.</source>
        <translation>Sie haben Version %1 am %2 akzeptiert. Jetzt gilt Version %3.</translation>
    </message>
    <message>
        <source>Accept version %1</source>
        <translation>Version %1 annehmen</translation>
    </message>
</context>
<context>
    <name>PrivacyBanner</name>
    <message>
        <source>Privacy notices</source>
        <translation>Datenschutzhinweise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Security notice: %1&lt;/b&gt; (detected %2)&lt;br&gt;%3&lt;br&gt;&lt;b&gt;What it means for you:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Sicherheitshinweis: %1&lt;/b&gt; (erkannt am %2)&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Was das für Sie bedeutet:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Was zu tun ist:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>Security notice: %1</source>
        <translation>Sicherheitshinweis: %1</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Ich habe das gelesen</translation>
    </message>
    <message>
        <source>Hide this notice; CodeCraft records that you saw it</source>
        <translation>Diesen Hinweis ausblenden; CodeCraft vermerkt, dass Sie ihn gesehen haben</translation>
    </message>
    <message>
        <source>&lt;b&gt;The privacy policy changes on %1&lt;/b&gt; (version %2). %3</source>
        <translation>&lt;b&gt;Die Datenschutzerklärung ändert sich am %1&lt;/b&gt; (Version %2). %3</translation>
    </message>
    <message>
        <source>Privacy policy change</source>
        <translation>Änderung der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept version %1 of the privacy policy</source>
        <translation>Version %1 der Datenschutzerklärung annehmen</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Privacy screens</source>
        <translation>Datenschutzbereiche</translation>
    </message>
    <message>
        <source>The privacy topics; the selected one is shown beside the list</source>
        <translation>Die Datenschutzthemen; das ausgewählte wird neben der Liste gezeigt</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Do Not Track</source>
        <translation>Do Not Track</translation>
    </message>
    <message>
        <source>Communication preferences</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>What is collected</source>
        <translation>Was erfasst wird</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Ihre Rechte</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Aufbewahrung von Daten</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>CodeCraft cannot be reached right now (%1). Changes wait on this computer.</source>
        <translation>CodeCraft ist gerade nicht erreichbar (%1). Änderungen warten auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>less than a second left</source>
        <translation>noch weniger als eine Sekunde</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>noch etwa %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: progress</source>
        <translation>%1: Fortschritt</translation>
    </message>
    <message>
        <source>Bytes and time left</source>
        <translation>Bytes und verbleibende Zeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Abbrechen: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ProjectHeader</name>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Projektstatus</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Delete the project and its history from this device</source>
        <translation>Das Projekt und seinen Verlauf von diesem Gerät löschen</translation>
    </message>
    <message>
        <source>Unar&amp;chive</source>
        <translation>Dearc&amp;hivieren</translation>
    </message>
    <message>
        <source>Unarchive project</source>
        <translation>Projekt dearchivieren</translation>
    </message>
    <message>
        <source>Move this project back to the active ones</source>
        <translation>Dieses Projekt zurück zu den aktiven verschieben</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <source>Archive project</source>
        <translation>Projekt archivieren</translation>
    </message>
    <message>
        <source>Move this project to the archive</source>
        <translation>Dieses Projekt ins Archiv verschieben</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
</context>
<context>
    <name>ProjectSyncBar</name>
    <message>
        <source>Project sync state</source>
        <translation>Synchronisierungsstatus des Projekts</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
    <message>
        <source>Resolve sync conflicts</source>
        <translation>Synchronisierungskonflikte lösen</translation>
    </message>
    <message>
        <source>Choose which version to keep for each conflicting file</source>
        <translation>Wählen Sie für jede Datei im Konflikt, welche Version bleibt</translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation>Synchronisierungsmodus</translation>
    </message>
    <message>
        <source>Turn on sync…</source>
        <translation>Synchronisierung einschalten…</translation>
    </message>
    <message>
        <source>Preview what would be uploaded, then sync</source>
        <translation>Vorschau dessen, was hochgeladen würde, dann synchronisieren</translation>
    </message>
    <message>
        <source>Sync this project now</source>
        <translation>Dieses Projekt jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send its changes now (%1 syncs all)</source>
        <translation>Seine Änderungen jetzt senden (%1 synchronisiert alle)</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Konflikte lösen…</translation>
    </message>
    <message>
        <source>Choose which versions to keep</source>
        <translation>Wählen, welche Versionen bleiben</translation>
    </message>
    <message>
        <source>Make local only…</source>
        <translation>Nur lokal machen…</translation>
    </message>
    <message>
        <source>Stop syncing this project</source>
        <translation>Dieses Projekt nicht mehr synchronisieren</translation>
    </message>
    <message>
        <source>Sync: Synced</source>
        <translation>Sync: Synchronisiert</translation>
    </message>
    <message>
        <source>Sync: Local only</source>
        <translation>Sync: Nur lokal</translation>
    </message>
    <message>
        <source>This project syncs with CodeCraft; click for Sync now or Make local only</source>
        <translation>Dieses Projekt wird mit CodeCraft synchronisiert; klicken für „Jetzt synchronisieren“ oder „Nur lokal machen“</translation>
    </message>
    <message>
        <source>This project stays on this device; click to turn sync on</source>
        <translation>Dieses Projekt bleibt auf diesem Gerät; klicken, um die Synchronisierung einzuschalten</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <source>Something unexpected stopped that action. Your saved data is safe; please try again.</source>
        <translation>Etwas Unerwartetes hat diese Aktion gestoppt. Ihre gespeicherten Daten sind sicher; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Project sections</source>
        <translation>Projektbereiche</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>The project&apos;s files and code</source>
        <translation>Die Dateien und der Code des Projekts</translation>
    </message>
    <message>
        <source>&amp;Requirements</source>
        <translation>&amp;Anforderungen</translation>
    </message>
    <message>
        <source>What the project should do</source>
        <translation>Was das Projekt tun soll</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Every revision of the project&apos;s code</source>
        <translation>Jede Revision des Projektcodes</translation>
    </message>
    <message>
        <source>Select a project to see its files, requirements and history.</source>
        <translation>Wählen Sie ein Projekt, um seine Dateien, Anforderungen und seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Make a new revision of “%1” with the files of revision %2?</source>
        <translation>Eine neue Revision von „%1“ mit den Dateien von Revision %2 erstellen?</translation>
    </message>
    <message>
        <source>Restore revision?</source>
        <translation>Revision wiederherstellen?</translation>
    </message>
    <message>
        <source>%1

The current files stay in the history.</source>
        <translation>%1

Die aktuellen Dateien bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Delete project?</source>
        <translation>Projekt löschen?</translation>
    </message>
    <message>
        <source>Delete “%1” from this device?

Its files, revisions, requirements and attachments are removed from the vault on this device. This cannot be undone.</source>
        <translation>„%1“ von diesem Gerät löschen?

Seine Dateien, Revisionen, Anforderungen und Anhänge werden aus dem Tresor auf diesem Gerät entfernt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Search names, requirements and code  (Ctrl+F)</source>
        <translation>Namen, Anforderungen, Code suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Projekte durchsuchen</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Show only the projects in this status</source>
        <translation>Nur Projekte mit diesem Status zeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Sort projects</source>
        <translation>Projekte sortieren</translation>
    </message>
    <message>
        <source>The order of the project list</source>
        <translation>Die Reihenfolge der Projektliste</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Recently created</source>
        <translation>Zuletzt angelegt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Show archived projects instead of active ones</source>
        <translation>Archivierte statt aktiver Projekte zeigen</translation>
    </message>
    <message>
        <source>Start Building</source>
        <translation>Projekt starten</translation>
    </message>
    <message>
        <source>A new project from your requirements (Ctrl+N)</source>
        <translation>Ein neues Projekt aus Ihren Anforderungen (Strg+N)</translation>
    </message>
    <message>
        <source>Manual Entry</source>
        <translation>Manuelle Eingabe</translation>
    </message>
    <message>
        <source>Import code you already have from a folder (Ctrl+I)</source>
        <translation>Vorhandenen Code aus einem Ordner importieren (Strg+I)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Your projects; the selected one opens beside the list</source>
        <translation>Ihre Projekte; das ausgewählte öffnet sich neben der Liste</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>1000 pending</source>
        <translation>1000 ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a project to see its files, requirements and history.</source>
        <translation>Wählen Sie ein Projekt, um seine Dateien, Anforderungen und seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>No project matches.</source>
        <translation>Kein Projekt passt.</translation>
    </message>
    <message>
        <source>No projects yet.

Start Building turns your requirements into a project;
Manual Entry brings in code you already have. Both stay on this device.</source>
        <translation>Noch keine Projekte.

„Projekt starten“ macht aus Ihren Anforderungen ein Projekt;
„Manuelle Eingabe“ holt vorhandenen Code herein. Beides bleibt auf diesem Gerät.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message numerus="yes">
        <source>%n synced project(s), all up to date.</source>
        <translation>
            <numerusform>%n synchronisiertes Projekt, alles aktuell.</numerusform>
            <numerusform>%n synchronisierte Projekte, alles aktuell.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Create a CodeCraft account</source>
        <translation>Ein CodeCraft-Konto erstellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Ihr vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>We send account messages here</source>
        <translation>Hierhin senden wir Nachrichten zu Ihrem Konto</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>3-32 characters: lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>3–32 Zeichen: Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Company (optional)</source>
        <translation>Firma (optional)</translation>
    </message>
    <message>
        <source>Shown on your invoices; leave empty if none</source>
        <translation>Erscheint auf Ihren Rechnungen; leer lassen, wenn keine</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>I am 16 or older</source>
        <translation>Ich bin 16 oder älter</translation>
    </message>
    <message>
        <source>CodeCraft accounts are for people aged 16 or older</source>
        <translation>CodeCraft-Konten sind für Personen ab 16 Jahren</translation>
    </message>
    <message>
        <source>I accept the privacy policy (loading its version…)</source>
        <translation>Ich akzeptiere die Datenschutzerklärung (Version wird geladen…)</translation>
    </message>
    <message>
        <source>I accept the privacy policy</source>
        <translation>Ich akzeptiere die Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Privacy policy link</source>
        <translation>Link zur Datenschutzerklärung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close; nothing is created unless the service already answered</source>
        <translation>Schließen; es wird nichts angelegt, sofern der Dienst noch nicht geantwortet hat</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>I accept the privacy policy (version %1)</source>
        <translation>Ich akzeptiere die Datenschutzerklärung (Version %1)</translation>
    </message>
    <message>
        <source>Read it at %1</source>
        <translation>Nachzulesen unter %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Read the privacy policy (version %2)&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Datenschutzerklärung lesen (Version %2)&lt;/a&gt;</translation>
    </message>
    <message>
        <source>I accept the privacy policy (its version could not be loaded)</source>
        <translation>Ich akzeptiere die Datenschutzerklärung (ihre Version konnte nicht geladen werden)</translation>
    </message>
    <message>
        <source>%1 Close this window and try again later.</source>
        <translation>%1 Schließen Sie dieses Fenster und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Bitte geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Please enter a valid email address.</source>
        <translation>Bitte geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Usernames are 3-32 characters: lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Benutzernamen haben 3–32 Zeichen: Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Wählen Sie ein Passwort mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Your password must differ from your username.</source>
        <translation>Ihr Passwort muss sich von Ihrem Benutzernamen unterscheiden.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>Please confirm that you are 16 or older.</source>
        <translation>Bitte bestätigen Sie, dass Sie 16 oder älter sind.</translation>
    </message>
    <message>
        <source>Waiting for the privacy policy&apos;s version from CodeCraft…</source>
        <translation>Warten auf die Version der Datenschutzerklärung von CodeCraft…</translation>
    </message>
    <message>
        <source>Please read and accept the privacy policy.</source>
        <translation>Bitte lesen und akzeptieren Sie die Datenschutzerklärung.</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>%1 Archive ready.</source>
        <translation>%1 Archiv bereit.</translation>
    </message>
</context>
<context>
    <name>RequirementsEditor</name>
    <message>
        <source>Python CLI</source>
        <translation>Python-CLI</translation>
    </message>
    <message>
        <source>Python web API (FastAPI)</source>
        <translation>Python-Web-API (FastAPI)</translation>
    </message>
    <message>
        <source>Static web page</source>
        <translation>Statische Webseite</translation>
    </message>
    <message>
        <source>React + TypeScript</source>
        <translation>React + TypeScript</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Files attached to the requirements</source>
        <translation>An die Anforderungen angehängte Dateien</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save requirements</source>
        <translation>Anforderungen speichern</translation>
    </message>
    <message>
        <source>Save the requirements (Ctrl+S)</source>
        <translation>Die Anforderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert requirements</source>
        <translation>Anforderungen zurücksetzen</translation>
    </message>
    <message>
        <source>Undo the changes since the last save</source>
        <translation>Die Änderungen seit dem letzten Speichern verwerfen</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Anhänge:</translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation>Keine Anhänge</translation>
    </message>
</context>
<context>
    <name>RequirementsForm</name>
    <message>
        <source>e.g. Invoice generator</source>
        <translation>z. B. Rechnungsgenerator</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The project&apos;s name (required)</source>
        <translation>Der Name des Projekts (Pflichtfeld)</translation>
    </message>
    <message>
        <source>A few sentences about what you want built</source>
        <translation>Ein paar Sätze dazu, was gebaut werden soll</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>A short description of the project</source>
        <translation>Eine kurze Beschreibung des Projekts</translation>
    </message>
    <message>
        <source>Pick one or type your own</source>
        <translation>Wählen Sie einen aus oder geben Sie Ihren eigenen ein</translation>
    </message>
    <message>
        <source>Target stack</source>
        <translation>Ziel-Stack</translation>
    </message>
    <message>
        <source>What the code should be built with; pick one or type your own</source>
        <translation>Womit der Code gebaut werden soll; wählen Sie einen aus oder geben Sie Ihren eigenen ein</translation>
    </message>
    <message>
        <source>e.g. English</source>
        <translation>z. B. Deutsch</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the app&apos;s texts and documentation</source>
        <translation>Die Sprache der Texte und der Dokumentation der App</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Target &amp;stack:</source>
        <translation>Ziel-&amp;Stack:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>S&amp;pecifications:</source>
        <translation>S&amp;pezifikation:</translation>
    </message>
</context>
<context>
    <name>RetentionPane</name>
    <message>
        <source>Data retention</source>
        <translation>Aufbewahrung von Daten</translation>
    </message>
    <message>
        <source>How long CodeCraft keeps each kind of data, and when yours is due to be deleted.</source>
        <translation>Wie lange CodeCraft jede Art von Daten aufbewahrt und wann Ihre gelöscht werden.</translation>
    </message>
    <message>
        <source>Retention periods and your deletion dates</source>
        <translation>Aufbewahrungsfristen und Ihre Löschtermine</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Aufbewahrt für</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Analytics on this computer</source>
        <translation>Analysedaten auf diesem Computer</translation>
    </message>
    <message>
        <source>Sign in to see the dates for your account.</source>
        <translation>Melden Sie sich an, um die Termine für Ihr Konto zu sehen.</translation>
    </message>
    <message>
        <source>Deleted on %1. %2</source>
        <translation>Gelöscht am %1. %2</translation>
    </message>
    <message>
        <source>Analytics events queued on this computer: the oldest is deleted here on %1.</source>
        <translation>Analyse-Ereignisse in der Warteschlange auf diesem Computer: Das älteste wird hier am %1 gelöscht.</translation>
    </message>
    <message>
        <source>No analytics events are queued on this computer.</source>
        <translation>Auf diesem Computer warten keine Analyse-Ereignisse.</translation>
    </message>
</context>
<context>
    <name>ReviewOps</name>
    <message>
        <source>Cannot apply the suggestion: %1</source>
        <translation>Der Vorschlag kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the revision: %1</source>
        <translation>Die Revision kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Revision %1 created.</source>
        <translation>Revision %1 erstellt.</translation>
    </message>
    <message>
        <source>Create revision (%1 accepted)…</source>
        <translation>Revision erstellen (%1 angenommen)…</translation>
    </message>
    <message>
        <source>Create revision…</source>
        <translation>Revision erstellen…</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Reviews assigned to you</source>
        <translation>Ihnen zugewiesene Prüfungen</translation>
    </message>
    <message>
        <source>Reviews of your deliveries</source>
        <translation>Prüfungen Ihrer Lieferungen</translation>
    </message>
</context>
<context>
    <name>RevisionKind</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Antwort fällig bis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>45 days (CCPA)</source>
        <translation>45 Tage (CCPA)</translation>
    </message>
    <message>
        <source>one month (GDPR)</source>
        <translation>ein Monat (DSGVO)</translation>
    </message>
</context>
<context>
    <name>RightsPane</name>
    <message>
        <source>Your rights</source>
        <translation>Ihre Rechte</translation>
    </message>
    <message>
        <source>Ask CodeCraft for a copy of your data, a correction, deletion, an export, or to limit or object to processing; California residents also have the CCPA rights to know and to opt out of sale. CodeCraft must answer within one month (45 days for CCPA requests).</source>
        <translation>Bitten Sie CodeCraft um eine Kopie Ihrer Daten, eine Berichtigung, Löschung, einen Export oder darum, die Verarbeitung einzuschränken oder ihr zu widersprechen; Einwohner Kaliforniens haben zudem die CCPA-Rechte auf Auskunft und auf Widerspruch gegen den Verkauf. CodeCraft muss innerhalb eines Monats antworten (45 Tage bei CCPA-Anfragen).</translation>
    </message>
    <message>
        <source>Account needed</source>
        <translation>Konto erforderlich</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <source>Which right you want to use</source>
        <translation>Welches Recht Sie nutzen möchten</translation>
    </message>
    <message>
        <source>What this request does</source>
        <translation>Was diese Anfrage bewirkt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Anything the privacy team should know (optional)</source>
        <translation>Was das Datenschutzteam wissen sollte (optional)</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>%1 korrigieren</translation>
    </message>
    <message>
        <source>The right %1; leave empty to keep it</source>
        <translation>Das richtige %1; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Correct %1:</source>
        <translation>%1 korrigieren:</translation>
    </message>
    <message>
        <source>Submit request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Send this request to CodeCraft&apos;s privacy team</source>
        <translation>Diese Anfrage an das Datenschutzteam von CodeCraft senden</translation>
    </message>
    <message>
        <source>Your privacy requests</source>
        <translation>Ihre Datenschutzanfragen</translation>
    </message>
    <message>
        <source>The requests you made and where each stands</source>
        <translation>Ihre Anfragen und wie weit jede ist</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask CodeCraft for the latest status of your requests</source>
        <translation>Den neuesten Stand Ihrer Anfragen bei CodeCraft abrufen</translation>
    </message>
    <message>
        <source>Download archive…</source>
        <translation>Archiv herunterladen…</translation>
    </message>
    <message>
        <source>Save the ZIP of the selected completed request</source>
        <translation>Die ZIP-Datei der ausgewählten abgeschlossenen Anfrage speichern</translation>
    </message>
    <message>
        <source>Request status message</source>
        <translation>Statusmeldung zur Anfrage</translation>
    </message>
    <message>
        <source> Answer due within %1.</source>
        <translation> Antwort fällig innerhalb von %1.</translation>
    </message>
    <message>
        <source>Requests go to CodeCraft&apos;s privacy team, so they need an account: sign in on the Account page. Your consents and Do Not Track work without one.</source>
        <translation>Anfragen gehen an das Datenschutzteam von CodeCraft und brauchen daher ein Konto: Melden Sie sich auf der Seite „Konto“ an. Ihre Einwilligungen und Do Not Track funktionieren auch ohne.</translation>
    </message>
    <message>
        <source>Request %1 received. CodeCraft answers by %2.</source>
        <translation>Anfrage %1 eingegangen. CodeCraft antwortet bis %2.</translation>
    </message>
    <message>
        <source>Save your data archive</source>
        <translation>Ihr Datenarchiv speichern</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Downloading the archive…</source>
        <translation>Archiv wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Saved the archive to %1.</source>
        <translation>Archiv unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
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
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system&apos;s colours, or always light or dark</source>
        <translation>Den Farben des Systems folgen oder immer hell oder dunkel</translation>
    </message>
    <message>
        <source>Auto-lock after minutes</source>
        <translation>Automatisch sperren nach Minuten</translation>
    </message>
    <message>
        <source>Minutes without input before the vault locks; 0 never locks</source>
        <translation>Minuten ohne Eingabe, bis der Tresor gesperrt wird; 0 sperrt nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Largest file to import</source>
        <translation>Größte importierte Datei</translation>
    </message>
    <message>
        <source>Larger files are skipped by Manual Entry, in kilobytes</source>
        <translation>Größere Dateien überspringt die manuelle Eingabe, in Kilobyte</translation>
    </message>
    <message>
        <source>CodeCraft service address</source>
        <translation>Adresse des CodeCraft-Dienstes</translation>
    </message>
    <message>
        <source>The web address of the CodeCraft service this profile talks to</source>
        <translation>Die Webadresse des CodeCraft-Dienstes, mit dem dieses Profil arbeitet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the app; it changes at the next start</source>
        <translation>Die Sprache der App; sie ändert sich beim nächsten Start</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>CodeCraft shows the new language the next time it starts.</source>
        <translation>CodeCraft zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>&amp;Lock the vault after:</source>
        <translation>Tresor sperren &amp;nach:</translation>
    </message>
    <message>
        <source>Largest file to &amp;import:</source>
        <translation>Größte &amp;importierte Datei:</translation>
    </message>
    <message>
        <source>&amp;Service address:</source>
        <translation>&amp;Dienstadresse:</translation>
    </message>
    <message>
        <source>Vault protection</source>
        <translation>Tresorschutz</translation>
    </message>
    <message>
        <source>Show recovery key…</source>
        <translation>Wiederherstellungsschlüssel anzeigen…</translation>
    </message>
    <message>
        <source>Your data on this computer</source>
        <translation>Ihre Daten auf diesem Computer</translation>
    </message>
    <message>
        <source>Delete all local data…</source>
        <translation>Alle lokalen Daten löschen…</translation>
    </message>
    <message>
        <source>The vault key is kept in the system keyring (%1).</source>
        <translation>Der Schlüssel des Tresors liegt im System-Schlüsselbund (%1).</translation>
    </message>
    <message>
        <source>Use a passphrase instead…</source>
        <translation>Stattdessen eine Passphrase verwenden…</translation>
    </message>
    <message>
        <source>The vault is protected by a passphrase (Argon2id).</source>
        <translation>Der Tresor ist durch eine Passphrase geschützt (Argon2id).</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring</source>
        <translation>Den Schlüssel im System-Schlüsselbund verwahren</translation>
    </message>
    <message>
        <source>This system has no secure keyring</source>
        <translation>Dieses System hat keinen sicheren Schlüsselbund</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>New passphrase (at least 10 characters):</source>
        <translation>Neue Passphrase (mindestens 10 Zeichen):</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Your recovery key unlocks the vault if the keyring loses its key:</source>
        <translation>Ihr Wiederherstellungsschlüssel entsperrt den Tresor, falls der Schlüsselbund dessen Schlüssel verliert:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Diff viewer</source>
        <translation>Diff-Ansicht</translation>
    </message>
    <message>
        <source>Code viewer</source>
        <translation>Code-Ansicht</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next file</source>
        <translation>Nächste Datei</translation>
    </message>
    <message>
        <source>Previous file</source>
        <translation>Vorherige Datei</translation>
    </message>
    <message>
        <source>Inline or side by side</source>
        <translation>Inline oder nebeneinander</translation>
    </message>
    <message>
        <source>Ignore whitespace</source>
        <translation>Leerraum ignorieren</translation>
    </message>
    <message>
        <source>Expand all unchanged lines</source>
        <translation>Alle unveränderten Zeilen aufklappen</translation>
    </message>
    <message>
        <source>Comment on the selected lines</source>
        <translation>Die ausgewählten Zeilen kommentieren</translation>
    </message>
    <message>
        <source>Accept the current change</source>
        <translation>Aktuelle Änderung annehmen</translation>
    </message>
    <message>
        <source>Reject the current change</source>
        <translation>Aktuelle Änderung ablehnen</translation>
    </message>
    <message>
        <source>Mark the file as viewed</source>
        <translation>Die Datei als angesehen markieren</translation>
    </message>
    <message>
        <source>Find, next, previous</source>
        <translation>Suchen, weiter, zurück</translation>
    </message>
    <message>
        <source>Move between lines</source>
        <translation>Zwischen Zeilen wechseln</translation>
    </message>
    <message>
        <source>Select lines</source>
        <translation>Zeilen auswählen</translation>
    </message>
    <message>
        <source>Expand folded lines</source>
        <translation>Eingeklappte Zeilen aufklappen</translation>
    </message>
    <message>
        <source>Add or discard a comment</source>
        <translation>Kommentar hinzufügen oder verwerfen</translation>
    </message>
    <message>
        <source>Close the diff window</source>
        <translation>Diff-Fenster schließen</translation>
    </message>
    <message>
        <source>Select all, copy</source>
        <translation>Alles auswählen, kopieren</translation>
    </message>
    <message>
        <source>First or last line</source>
        <translation>Erste oder letzte Zeile</translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>Text auswählen</translation>
    </message>
    <message>
        <source>Reload the open project</source>
        <translation>Das geöffnete Projekt neu laden</translation>
    </message>
    <message>
        <source>Save the requirements</source>
        <translation>Die Anforderungen speichern</translation>
    </message>
    <message>
        <source>Choose a result</source>
        <translation>Ein Ergebnis wählen</translation>
    </message>
    <message>
        <source>Run it, or close</source>
        <translation>Ausführen oder schließen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter commands and keys</source>
        <translation>Befehle und Tasten filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Show only the commands or keys containing this text</source>
        <translation>Nur Befehle oder Tasten zeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command with a shortcut, grouped by menu</source>
        <translation>Jeder Befehl mit Tastenkürzel, nach Menü gruppiert</translation>
    </message>
    <message>
        <source>On macOS, Ctrl in these shortcuts is the Command key.</source>
        <translation>Unter macOS ist Strg in diesen Tastenkürzeln die Befehlstaste.</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>✓ accepted</source>
        <translation>✓ angenommen</translation>
    </message>
    <message>
        <source>✗ rejected</source>
        <translation>✗ abgelehnt</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to CodeCraft</source>
        <translation>Bei CodeCraft anmelden</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Your CodeCraft username</source>
        <translation>Ihr CodeCraft-Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Use a recovery code instead</source>
        <translation>Stattdessen einen Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>One of the codes you saved when you turned on two-factor; each works once</source>
        <translation>Einer der Codes, die Sie beim Einschalten der Zwei-Faktor-Anmeldung gespeichert haben; jeder funktioniert einmal</translation>
    </message>
    <message>
        <source>Close; an answer still on its way is ignored</source>
        <translation>Schließen; eine noch ausstehende Antwort wird ignoriert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for %1.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist für %1 aktiv.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>A recovery code you saved when turning on two-factor</source>
        <translation>Ein Wiederherstellungscode, den Sie beim Einschalten der Zwei-Faktor-Anmeldung gespeichert haben</translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows for CodeCraft</source>
        <translation>Der 6-stellige Code, den Ihre Authenticator-App für CodeCraft anzeigt</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sign in on the Account page to sync (Ctrl+5)</source>
        <translation>Melden Sie sich auf der Seite „Konto“ an, um zu synchronisieren (Strg+5)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>the requirements</source>
        <translation>die Anforderungen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Local only: nothing of this project leaves this device</source>
        <translation>Nur lokal: Nichts von diesem Projekt verlässt dieses Gerät</translation>
    </message>
    <message>
        <source>Synced: up to date with CodeCraft</source>
        <translation>Synchronisiert: auf dem Stand von CodeCraft</translation>
    </message>
    <message>
        <source>%1 change(s) waiting to be sent; they go with the next sync (%2)</source>
        <translation>%1 Änderung(en) warten auf das Senden; sie gehen mit der nächsten Synchronisierung mit (%2)</translation>
    </message>
    <message>
        <source>Changed here and on another device: %1. Resolve to choose which version to keep.</source>
        <translation>Hier und auf einem anderen Gerät geändert: %1. Wählen Sie „Lösen“, um zu entscheiden, welche Version bleibt.</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Synchronisierungsfehler: %1</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>Last synced </source>
        <translation>Zuletzt synchronisiert </translation>
    </message>
    <message>
        <source>%1%2
Your projects stay available here; sync tries again later.</source>
        <translation>%1%2
Ihre Projekte bleiben hier verfügbar; die Synchronisierung versucht es später erneut.</translation>
    </message>
    <message>
        <source>No project syncs: everything stays on this device. Turn sync on in a project&apos;s header.</source>
        <translation>Kein Projekt wird synchronisiert: Alles bleibt auf diesem Gerät. Schalten Sie die Synchronisierung im Kopfbereich eines Projekts ein.</translation>
    </message>
    <message>
        <source>Open a project with a conflict or error to see what needs you.</source>
        <translation>Öffnen Sie ein Projekt mit Konflikt oder Fehler, um zu sehen, was zu tun ist.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent; sync now with %1.</source>
        <translation>Änderungen warten auf das Senden; jetzt synchronisieren mit %1.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Synchronisierung beenden</translation>
    </message>
    <message>
        <source>Stop syncing; what was already sent or received is kept</source>
        <translation>Synchronisierung stoppen; bereits Gesendetes oder Empfangenes bleibt erhalten</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send and receive changes of synced projects (%1)</source>
        <translation>Änderungen synchronisierter Projekte senden und empfangen (%1)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Sending and receiving changes</source>
        <translation>Änderungen werden gesendet und empfangen</translation>
    </message>
    <message>
        <source>Syncing; Stop keeps what was already sent or received</source>
        <translation>Synchronisiere; „Stopp“ behält, was bereits gesendet oder empfangen wurde</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisierung gestoppt</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Synchronisierungsfehler: %1</translation>
    </message>
</context>
<context>
    <name>ThirdPartiesPane</name>
    <message>
        <source>Third parties</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>The companies that process data for CodeCraft, and what each of them receives. CodeCraft does not sell personal information.</source>
        <translation>Die Unternehmen, die Daten für CodeCraft verarbeiten, und was jedes davon erhält. CodeCraft verkauft keine personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>Processors and what they receive</source>
        <translation>Auftragsverarbeiter und was sie erhalten</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Erhält</translation>
    </message>
</context>
<context>
    <name>ThreadCard</name>
    <message>
        <source> · resolved</source>
        <translation> · erledigt</translation>
    </message>
    <message>
        <source>Go to comment on %1</source>
        <translation>Zum Kommentar zu %1</translation>
    </message>
    <message>
        <source>Show these lines in the diff</source>
        <translation>Diese Zeilen im Diff zeigen</translation>
    </message>
    <message>
        <source>Comment thread</source>
        <translation>Kommentar-Thread</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Your reply, in Markdown (Enter to send)</source>
        <translation>Ihre Antwort in Markdown (Eingabe sendet sie)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Mark this thread as settled or not</source>
        <translation>Diesen Thread als erledigt markieren oder nicht</translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Make a new revision with this suggested change</source>
        <translation>Eine neue Revision mit dieser vorgeschlagenen Änderung erstellen</translation>
    </message>
</context>
<context>
    <name>TurnOnDialog</name>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Braucht Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Upload (allowed)</source>
        <translation>Hochladen (erlaubt)</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Its name: %1</source>
        <translation>Sein Name: %1</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Zeile %1: %2 — %3</translation>
    </message>
    <message>
        <source>Make local only?</source>
        <translation>Nur lokal machen?</translation>
    </message>
    <message>
        <source>Stop syncing “%1”?</source>
        <translation>„%1“ nicht mehr synchronisieren?</translation>
    </message>
    <message>
        <source>Changes here are no longer sent, and changes from your other devices no longer arrive here. The project stays on this computer.

The copy on the CodeCraft service stays as it is, and so do the copies on your other devices. To delete it from the service later, delete the project on a device where it still syncs (or turn sync on here again and delete it: that removes it everywhere).</source>
        <translation>Änderungen von hier werden nicht mehr gesendet, und Änderungen von Ihren anderen Geräten kommen hier nicht mehr an. Das Projekt bleibt auf diesem Computer.

Die Kopie beim CodeCraft-Dienst bleibt, wie sie ist, ebenso die Kopien auf Ihren anderen Geräten. Um sie später vom Dienst zu löschen, löschen Sie das Projekt auf einem Gerät, auf dem es noch synchronisiert wird (oder schalten Sie die Synchronisierung hier wieder ein und löschen Sie es: Das entfernt es überall).</translation>
    </message>
    <message>
        <source>Make local only</source>
        <translation>Nur lokal machen</translation>
    </message>
</context>
<context>
    <name>TurnOnSyncDialog</name>
    <message>
        <source>Turn on sync for “%1”</source>
        <translation>Synchronisierung für „%1“ einschalten</translation>
    </message>
    <message>
        <source>Syncing keeps this project on the CodeCraft service and on your other signed-in devices. Exactly this will be uploaded:</source>
        <translation>Durch die Synchronisierung liegt dieses Projekt beim CodeCraft-Dienst und auf Ihren anderen angemeldeten Geräten. Genau das wird hochgeladen:</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Das Projekt wird gelesen…</translation>
    </message>
    <message>
        <source>Upload summary</source>
        <translation>Zusammenfassung des Uploads</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>Hochzuladende Dateien</translation>
    </message>
    <message>
        <source>Every file of the current revision and whether it will be uploaded</source>
        <translation>Jede Datei der aktuellen Revision und ob sie hochgeladen wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible secrets.&lt;/b&gt; Decide for each of these files before sync starts:</source>
        <translation>&lt;b&gt;Mögliche Geheimnisse.&lt;/b&gt; Entscheiden Sie für jede dieser Dateien, bevor die Synchronisierung beginnt:</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was noch fehlt</translation>
    </message>
    <message>
        <source>Turn on sync</source>
        <translation>Synchronisierung einschalten</translation>
    </message>
    <message>
        <source>Requirements (title, description, stack…)</source>
        <translation>Anforderungen (Titel, Beschreibung, Stack…)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message numerus="yes">
        <source>Choose Exclude or Allow upload for %n flagged file(s) to continue.</source>
        <translation>
            <numerusform>Wählen Sie „Ausschließen“ oder „Hochladen erlauben“ für %n markierte Datei, um fortzufahren.</numerusform>
            <numerusform>Wählen Sie „Ausschließen“ oder „Hochladen erlauben“ für %n markierte Dateien, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make this project Synced and upload it now</source>
        <translation>Dieses Projekt synchronisieren und jetzt hochladen</translation>
    </message>
    <message>
        <source>Turning sync on…</source>
        <translation>Synchronisierung wird eingeschaltet…</translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung einschalten</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (for example Aegis, Google Authenticator or 1Password), then type the 6-digit code it shows.</source>
        <translation>Scannen Sie diesen Code mit einer Authenticator-App (zum Beispiel Aegis, Google Authenticator oder 1Password) und geben Sie dann den angezeigten 6-stelligen Code ein.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-Code für Ihre Authenticator-App</translation>
    </message>
    <message>
        <source>Setup key</source>
        <translation>Einrichtungsschlüssel</translation>
    </message>
    <message>
        <source>Type this key into your app if it cannot scan the code</source>
        <translation>Geben Sie diesen Schlüssel in Ihre App ein, falls sie den Code nicht scannen kann</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>The 6-digit code your app shows for CodeCraft</source>
        <translation>Der 6-stellige Code, den Ihre App für CodeCraft anzeigt</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two-factor sign-in is on.&lt;/b&gt; If you lose your phone, each of these recovery codes lets you sign in once. They are shown only now: save them somewhere safe.</source>
        <translation>&lt;b&gt;Die Zwei-Faktor-Anmeldung ist aktiv.&lt;/b&gt; Wenn Sie Ihr Telefon verlieren, können Sie sich mit jedem dieser Wiederherstellungscodes einmal anmelden. Sie werden nur jetzt angezeigt: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Copy codes</source>
        <translation>Codes kopieren</translation>
    </message>
    <message>
        <source>Copy recovery codes</source>
        <translation>Wiederherstellungscodes kopieren</translation>
    </message>
    <message>
        <source>Copy the recovery codes to the clipboard</source>
        <translation>Die Wiederherstellungscodes in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>I have saved my recovery codes</source>
        <translation>Ich habe meine Wiederherstellungscodes gespeichert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Leave two-factor off</source>
        <translation>Zwei-Faktor ausgeschaltet lassen</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Turn on two-factor</source>
        <translation>Zwei-Faktor einschalten</translation>
    </message>
    <message>
        <source>Or type this key: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Oder geben Sie diesen Schlüssel ein: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>VaultGate</name>
    <message>
        <source>Characters are hidden as you type</source>
        <translation>Zeichen werden bei der Eingabe verborgen</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Legen Sie Ihren Tresor an</translation>
    </message>
    <message>
        <source>CodeCraft keeps your projects in an encrypted vault on this device (AES-256). Nothing leaves the device unless you choose to sync a project. How should the vault&apos;s key be kept?</source>
        <translation>CodeCraft bewahrt Ihre Projekte in einem verschlüsselten Tresor auf diesem Gerät auf (AES-256). Nichts verlässt das Gerät, es sei denn, Sie synchronisieren ein Projekt. Wie soll der Schlüssel des Tresors verwahrt werden?</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keiner gefunden</translation>
    </message>
    <message>
        <source>In the system keyring (%1)</source>
        <translation>Im System-Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>Unlocks automatically when you sign in to this computer</source>
        <translation>Entsperrt automatisch, wenn Sie sich an diesem Computer anmelden</translation>
    </message>
    <message>
        <source>Protected by a passphrase I type when I open the app</source>
        <translation>Geschützt durch eine Passphrase, die ich beim Öffnen der App eingebe</translation>
    </message>
    <message>
        <source>No secure system keyring was found, so the vault needs a passphrase.</source>
        <translation>Es wurde kein sicherer System-Schlüsselbund gefunden, daher braucht der Tresor eine Passphrase.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few words make a strong passphrase.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen; ein paar Wörter ergeben eine starke Passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Ihr Tresor wird angelegt…</translation>
    </message>
    <message>
        <source>Save your recovery key</source>
        <translation>Speichern Sie Ihren Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If the system keyring ever loses the vault&apos;s key (a new computer, a reset keyring), this key is the only way back into your vault. Write it down or keep it in a password manager. It is shown now and whenever you ask for it in Settings while the vault is unlocked.</source>
        <translation>Falls der System-Schlüsselbund den Schlüssel des Tresors je verliert (ein neuer Computer, ein zurückgesetzter Schlüsselbund), ist dieser Schlüssel der einzige Weg zurück in Ihren Tresor. Schreiben Sie ihn auf oder bewahren Sie ihn in einem Passwortmanager auf. Er wird jetzt angezeigt und jederzeit in den Einstellungen, wenn der Tresor entsperrt ist.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>I have saved my recovery key</source>
        <translation>Ich habe meinen Wiederherstellungsschlüssel gespeichert</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Your vault is locked</source>
        <translation>Ihr Tresor ist gesperrt</translation>
    </message>
    <message>
        <source>Its key is in the system keyring.</source>
        <translation>Sein Schlüssel liegt im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unlocking your vault with the system keyring…</source>
        <translation>Ihr Tresor wird mit dem System-Schlüsselbund entsperrt…</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Ihren Tresor entsperren</translation>
    </message>
    <message>
        <source>Type the passphrase that protects your vault.</source>
        <translation>Geben Sie die Passphrase ein, die Ihren Tresor schützt.</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Passphrase des Tresors</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Unlock with your recovery key</source>
        <translation>Mit Ihrem Wiederherstellungsschlüssel entsperren</translation>
    </message>
    <message>
        <source>XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>Try the keyring again</source>
        <translation>Schlüsselbund erneut versuchen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>A report for support: no keys, no code</source>
        <translation>Ein Bericht für den Support: keine Schlüssel, kein Code</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <source>Review warnings</source>
        <translation>Prüfungswarnungen</translation>
    </message>
    <message>
        <source>Things about this file that the diff alone does not show</source>
        <translation>Was der Diff allein über diese Datei nicht zeigt</translation>
    </message>
    <message>
        <source>&lt;li&gt;⚠ %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;⚠ %1&lt;/li&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n review warning(s)</source>
        <translation>
            <numerusform>%n Prüfungswarnung</numerusform>
            <numerusform>%n Prüfungswarnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>den macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>&lt;b&gt;System keyring&lt;/b&gt;: your operating system keeps the vault&apos;s key and the vault opens by itself when you sign in to this computer; a recovery key, shown once, gets you back in if the keyring is lost.&lt;br&gt;&lt;b&gt;Passphrase&lt;/b&gt;: you type it each time you open the app. Nobody, CodeCraft included, can recover a forgotten passphrase.&lt;br&gt;</source>
        <translation>&lt;b&gt;System-Schlüsselbund&lt;/b&gt;: Ihr Betriebssystem verwahrt den Schlüssel des Tresors, und der Tresor öffnet sich von selbst, wenn Sie sich an diesem Computer anmelden; ein einmal angezeigter Wiederherstellungsschlüssel bringt Sie zurück, falls der Schlüsselbund verloren geht.&lt;br&gt;&lt;b&gt;Passphrase&lt;/b&gt;: Sie geben sie bei jedem Öffnen der App ein. Niemand, auch CodeCraft nicht, kann eine vergessene Passphrase wiederherstellen.&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1This system has a secure keyring (%2): you can choose either on the next screen.</source>
        <translation>%1Dieses System hat einen sicheren Schlüsselbund (%2): Sie können auf dem nächsten Bildschirm wählen.</translation>
    </message>
    <message>
        <source>%1No secure keyring was found on this system, so your vault will be protected by a passphrase.</source>
        <translation>%1Auf diesem System wurde kein sicherer Schlüsselbund gefunden, daher wird Ihr Tresor mit einer Passphrase geschützt.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>Four things to know before you create your vault.</source>
        <translation>Vier Dinge, die Sie wissen sollten, bevor Sie Ihren Tresor anlegen.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Wo Ihre Daten liegen</translation>
    </message>
    <message>
        <source>Your vault, settings and logs are in this profile folder:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Uninstalling the app keeps this folder; your data is gone only when you delete it in the app.</source>
        <translation>Ihr Tresor, Ihre Einstellungen und Protokolle liegen in diesem Profilordner:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Beim Deinstallieren der App bleibt dieser Ordner erhalten; Ihre Daten sind erst weg, wenn Sie sie in der App löschen.</translation>
    </message>
    <message>
        <source>Your projects stay on this device</source>
        <translation>Ihre Projekte bleiben auf diesem Gerät</translation>
    </message>
    <message>
        <source>Every project starts &lt;b&gt;local-only&lt;/b&gt;, in an encrypted vault on this computer. Nothing leaves the device unless you turn sync on for a project; then that project, and only that one, goes to CodeCraft for AI generation and expert review.</source>
        <translation>Jedes Projekt beginnt &lt;b&gt;nur lokal&lt;/b&gt;, in einem verschlüsselten Tresor auf diesem Computer. Nichts verlässt das Gerät, solange Sie die Synchronisierung für ein Projekt nicht einschalten; dann geht dieses Projekt, und nur dieses, zur KI-Generierung und Expertenprüfung an CodeCraft.</translation>
    </message>
    <message>
        <source>How your vault is unlocked</source>
        <translation>Wie Ihr Tresor entsperrt wird</translation>
    </message>
    <message>
        <source>Your privacy choices</source>
        <translation>Ihre Datenschutz-Einstellungen</translation>
    </message>
    <message>
        <source>Using your projects to train AI is &lt;b&gt;off&lt;/b&gt; until you opt in. You can also turn on &lt;b&gt;Do Not Track&lt;/b&gt;, which asks the CodeCraft service to record no analytics about you. Both are under &lt;b&gt;Privacy&lt;/b&gt;, and you can change them at any time.</source>
        <translation>Ihre Projekte zum KI-Training zu verwenden ist &lt;b&gt;aus&lt;/b&gt;, bis Sie zustimmen. Sie können auch &lt;b&gt;Do Not Track&lt;/b&gt; einschalten; damit bitten Sie den CodeCraft-Dienst, keine Analysedaten über Sie zu erfassen. Beides finden Sie unter &lt;b&gt;Datenschutz&lt;/b&gt;, und Sie können es jederzeit ändern.</translation>
    </message>
    <message>
        <source>Start offline</source>
        <translation>Offline starten</translation>
    </message>
    <message>
        <source>Create your vault now; no account needed</source>
        <translation>Jetzt Ihren Tresor anlegen; kein Konto nötig</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>Ich habe ein Konto</translation>
    </message>
    <message>
        <source>Create your vault first; then sign in under Account</source>
        <translation>Legen Sie zuerst Ihren Tresor an; melden Sie sich dann unter „Konto“ an</translation>
    </message>
    <message>
        <source>Sign-in lives under Account, once your vault is ready.</source>
        <translation>Die Anmeldung finden Sie unter „Konto“, sobald Ihr Tresor bereit ist.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>%1: introduction</source>
        <translation>%1: Einführung</translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <source>Vault state</source>
        <translation>Tresorstatus</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Working offline: everything stays on this device</source>
        <translation>Offline arbeiten: Alles bleibt auf diesem Gerät</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Tresor entsperrt</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Tresor gesperrt</translation>
    </message>
    <message>
        <source>Lock it with Ctrl+L</source>
        <translation>Mit Strg+L sperren</translation>
    </message>
    <message>
        <source>Unlock it to see your projects</source>
        <translation>Entsperren Sie ihn, um Ihre Projekte zu sehen</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Delete all local data</source>
        <translation>Alle lokalen Daten löschen</translation>
    </message>
    <message>
        <source>This removes everything CodeCraft keeps on this computer for this profile:&lt;ul&gt;&lt;li&gt;the vault key from the system keyring first, so the encrypted vault can never be opened again (no copy of it, in a backup or on the disk, stays readable);&lt;/li&gt;&lt;li&gt;then the vault file, its journal files, settings, logs and caches, and your sign-in.&lt;/li&gt;&lt;/ul&gt;Your CodeCraft account and synced projects on the service are not touched. CodeCraft closes afterwards. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>Das entfernt alles, was CodeCraft auf diesem Computer für dieses Profil speichert:&lt;ul&gt;&lt;li&gt;zuerst den Tresorschlüssel aus dem System-Schlüsselbund, sodass der verschlüsselte Tresor nie wieder geöffnet werden kann (keine Kopie davon, ob in einer Sicherung oder auf der Festplatte, bleibt lesbar);&lt;/li&gt;&lt;li&gt;dann die Tresordatei, ihre Journaldateien, Einstellungen, Protokolle und Caches sowie Ihre Anmeldung.&lt;/li&gt;&lt;/ul&gt;Ihr CodeCraft-Konto und synchronisierte Projekte beim Dienst bleiben unberührt. CodeCraft wird danach beendet. Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Export my data first…</source>
        <translation>Zuerst meine Daten exportieren…</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Zur Bestätigung %1 eingeben</translation>
    </message>
    <message>
        <source>Deleting everything is enabled once the word is typed exactly</source>
        <translation>„Alles löschen“ wird freigegeben, sobald das Wort genau eingegeben ist</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Everything was deleted. CodeCraft will now close.</source>
        <translation>Alles wurde gelöscht. CodeCraft wird jetzt beendet.</translation>
    </message>
</context>
</TS>
