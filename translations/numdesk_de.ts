<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>BulkNumberWriter</name>
    <message>
        <location filename="../app/sandbox/bulknumberwriter.cpp" line="+46" />
        <location line="+14" />
        <location line="+16" />
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>ListParameters</name>
    <message>
        <location filename="../app/sandbox/listparameters.cpp" line="+15" />
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+22" />
        <source>must be a boolean value: 1, true, yes, on, 0, false, no, off</source>
        <translation>muss ein Wahrheitswert sein: 1, true, yes, on, 0, false, no, off</translation>
    </message>
    <message>
        <location line="+37" />
        <source>'%1' is not a column (use any of: %2)</source>
        <translation>„%1“ ist keine Spalte (möglich sind: %2)</translation>
    </message>
</context>
<context>
    <name>NumberFilterParser</name>
    <message>
        <location filename="../app/sandbox/numberfilterparser.cpp" line="+38" />
        <source>must be a decimal number (got '%1')</source>
        <translation>muss eine Dezimalzahl sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>'%1' is not a known time zone (use a name of GET collections/time_zone, an IANA id or UTC)</source>
        <translation>„%1“ ist keine bekannte Zeitzone (verwenden Sie einen Namen aus GET collections/time_zone, eine IANA-ID oder UTC)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>must contain the digits of a phone number (got '%1')</source>
        <translation>muss die Ziffern einer Telefonnummer enthalten (erhalten: „%1“)</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../app/sandbox/numberinput.cpp" line="+27" />
        <source>can't be blank</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+16" />
        <source>must be an integer id</source>
        <translation>muss eine ganzzahlige ID sein</translation>
    </message>
    <message>
        <location line="+15" />
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location line="+20" />
        <source>entry %1 must be a "key:value" string</source>
        <translation>Eintrag %1 muss eine Zeichenkette der Form „key:value“ sein</translation>
    </message>
    <message>
        <location line="+6" />
        <source>must be a list of "key:value" strings or null</source>
        <translation>muss eine Liste von Zeichenketten der Form „key:value“ oder null sein</translation>
    </message>
    <message>
        <location line="+7" />
        <source>entry %1 '%2': %3</source>
        <translation>Eintrag %1 „%2“: %3</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <location line="+54" />
        <source>is not included in the list</source>
        <translation>ist nicht in der Liste enthalten</translation>
    </message>
</context>
<context>
    <name>NumberReadHandler</name>
    <message>
        <location filename="../app/sandbox/numberreadhandler.cpp" line="+22" />
        <source>Phone number not found</source>
        <translation>Telefonnummer nicht gefunden</translation>
    </message>
</context>
<context>
    <name>NumberWriteHandler</name>
    <message>
        <location filename="../app/sandbox/numberwritehandler.cpp" line="+26" />
        <source>The request body is not valid JSON: %1</source>
        <translation>Der Inhalt der Anfrage ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>No %1 number is available in %2 right now</source>
        <translation>In %2 ist gerade keine %1 Nummer verfügbar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>toll-free</source>
        <translation>gebührenfreie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>local</source>
        <translation>lokale</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Number is protected by delete prevention and cannot be unrented</source>
        <translation>Die Nummer ist durch einen Löschschutz geschützt; ihre Miete kann nicht beendet werden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="+18" />
        <location line="+35" />
        <location line="+5" />
        <source>Numbers Desk</source>
        <translation>Numbers Desk</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Manage the phone numbers of a TrackDrive account.</source>
        <translation>Die Telefonnummern eines TrackDrive-Kontos verwalten.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Database file of the built-in sandbox.</source>
        <translation>Datenbankdatei der integrierten Sandbox.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How many numbers a new sandbox holds.</source>
        <translation>Wie viele Nummern eine neue Sandbox enthält.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--sandbox-numbers needs a positive whole number.</source>
        <translation>--sandbox-numbers braucht eine positive ganze Zahl.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die integrierte Sandbox konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <location filename="../app/sandbox/sandboxcommandline.cpp" line="+22" />
        <source>Port on 127.0.0.1 to listen on (0 = any free port; default 0).</source>
        <translation>Port auf 127.0.0.1, auf dem gelauscht wird (0 = ein beliebiger freier Port; Standard 0).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SQLite file: reused when it holds data, generated otherwise (default: the application data folder; ':memory:' keeps it in memory).</source>
        <translation>SQLite-Datei: wird wiederverwendet, wenn sie Daten enthält, sonst neu erzeugt (Standard: der Datenordner der Anwendung; „:memory:“ hält sie im Arbeitsspeicher).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Demo numbers to generate (default 3000).</source>
        <translation>Anzahl der zu erzeugenden Demo-Nummern (Standard 3000).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seed of the demo data and of the faults (default 1).</source>
        <translation>Startwert (Seed) der Demodaten und der Fehler (Standard 1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delay every reply by MS milliseconds.</source>
        <translation>Jede Antwort um MS Millisekunden verzögern.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answer this fraction of requests (0..1) with 500, 502 or 503.</source>
        <translation>Diesen Anteil der Anfragen (0..1) mit 500, 502 oder 503 beantworten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Answer 429 beyond N requests per second (0 = off).</source>
        <translation>Ab N Anfragen pro Sekunde mit 429 antworten (0 = aus).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry-After seconds of 429 and 503 replies (default 1).</source>
        <translation>Retry-After-Sekunden der Antworten 429 und 503 (Standard 1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close this fraction of connections (0..1) without a reply.</source>
        <translation>Diesen Anteil der Verbindungen (0..1) ohne Antwort schließen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Largest per_page the list endpoints honour (default 250).</source>
        <translation>Größtes per_page, das die Listen-Endpunkte beachten (Standard 250).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Numbers Desk sandbox: a local TrackDrive phone-numbers API.</source>
        <translation>Numbers-Desk-Sandbox: eine lokale TrackDrive-API für Telefonnummern.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--%1 must be a whole number from %2 to %3 (got '%4')</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein (erhalten: „%4“)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>--%1 must be a fraction from 0 to 1 (got '%2')</source>
        <translation>--%1 muss ein Anteil von 0 bis 1 sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Unexpected argument '%1'</source>
        <translation>Unerwartetes Argument „%1“</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <location filename="../app/sandbox/sandboxstore.cpp" line="+102" />
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot open the sandbox database '%1': %2</source>
        <translation>Die Sandbox-Datenbank „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'%1' is not a usable SQLite database: %2</source>
        <translation>„%1“ ist keine verwendbare SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Database error: %1 (%2)</source>
        <translation>Datenbankfehler: %1 (%2)</translation>
    </message>
    <message>
        <location line="+82" />
        <location line="+51" />
        <location line="+32" />
        <location line="+15" />
        <location line="+74" />
        <location line="+20" />
        <location line="+21" />
        <location line="+25" />
        <location line="+16" />
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>numdesk-sandbox</name>
    <message>
        <location filename="../app/sandbox/main.cpp" line="+35" />
        <source>numdesk-sandbox: %1

%2</source>
        <translation>numdesk-sandbox: %1

%2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>numdesk-sandbox: %1</source>
        <translation>numdesk-sandbox: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>in memory</source>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+3" />
        <source>generated in %1 s</source>
        <translation>in %1 s erzeugt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reused</source>
        <translation>wiederverwendet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Numbers Desk sandbox: %1
Database: %2 (%3 live numbers, %4)
Credentials:
  public key:   %5
  private key:  %6
  access token: %7   (Authorization: Token …)
  auth token:   %8   (?auth_token=…)
Press Ctrl+C to stop.</source>
        <translation>Numbers-Desk-Sandbox: %1
Datenbank: %2 (%3 aktive Nummern, %4)
Zugangsdaten:
  öffentlicher Schlüssel: %5
  privater Schlüssel:     %6
  Zugriffstoken:          %7   (Authorization: Token …)
  Auth-Token:             %8   (?auth_token=…)
Beenden mit Strg+C.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Numbers Desk sandbox stopped.</source>
        <translation>Numbers-Desk-Sandbox beendet.</translation>
    </message>
</context>
<context>
    <name>numdesk::Account</name>
    <message>
        <location filename="../app/api/account.cpp" line="+47" />
        <source>Enter the account's subdomain or address.</source>
        <translation>Geben Sie die Subdomain oder die Adresse des Kontos ein.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>'%1' is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plain http:// is only allowed to this computer; use https:// so that the keys are not sent in the clear.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt; verwenden Sie https://, damit die Schlüssel nicht im Klartext gesendet werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The address must not contain a query, a fragment or a user name; enter the keys in their own fields.</source>
        <translation>Die Adresse darf keine Abfrage, kein Fragment und keinen Benutzernamen enthalten; geben Sie die Schlüssel in den eigenen Feldern ein.</translation>
    </message>
</context>
<context>
    <name>numdesk::ActionRunner</name>
    <message>
        <location filename="../app/model/actionrunner.cpp" line="+200" />
        <source>Not sent, because the activity journal cannot be written.</source>
        <translation>Nicht gesendet, weil das Aktivitätsprotokoll nicht geschrieben werden kann.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The number was already unrented.</source>
        <translation>Die Miete der Nummer war bereits beendet.</translation>
    </message>
</context>
<context>
    <name>numdesk::ApiCall</name>
    <message>
        <location filename="../app/api/apicall.cpp" line="+130" />
        <location line="+43" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server's answer is larger than %1 MB; it was not read.</source>
        <translation>Die Antwort des Servers ist größer als %1 MB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server redirected the request to another address; it was not followed, so that the keys stay with this account.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet; der Umleitung wurde nicht gefolgt, damit die Schlüssel bei diesem Konto bleiben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server's name could not be found (%1). Check the account's address and the network.</source>
        <translation>Der Name des Servers wurde nicht gefunden (%1). Prüfen Sie die Adresse des Kontos und das Netzwerk.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
</context>
<context>
    <name>numdesk::ApiClient</name>
    <message>
        <location filename="../app/api/apiclient.cpp" line="+69" />
        <source>No account address is set.</source>
        <translation>Für das Konto ist keine Adresse festgelegt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plain http:// is only allowed to this computer; the account must use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt; das Konto muss https:// verwenden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The account has no credentials set.</source>
        <translation>Für das Konto sind keine Zugangsdaten festgelegt.</translation>
    </message>
    <message>
        <location filename="../app/api/apiclient.h" line="+102" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>numdesk::DateRangeEdit</name>
    <message>
        <location filename="../ui/daterangeedit.cpp" line="+27" />
        <source>Any Time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 7 Days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This Month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 from</source>
        <translation>%1 von</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 to</source>
        <translation>%1 bis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start of the range, in the chosen time zone</source>
        <translation>Beginn des Zeitraums, in der gewählten Zeitzone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End of the range, in the chosen time zone</source>
        <translation>Ende des Zeitraums, in der gewählten Zeitzone</translation>
    </message>
</context>
<context>
    <name>numdesk::DetailsPanel</name>
    <message>
        <location filename="../ui/detailspanel.cpp" line="+52" />
        <source>Copy Number</source>
        <translation>Nummer kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy as Shown</source>
        <translation>Wie angezeigt kopieren</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Token values</source>
        <translation>Token-Werte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the number in E.164 form (+18005002562)</source>
        <translation>Die Nummer im E.164-Format kopieren (+18005002562)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the number as people write it</source>
        <translation>Die Nummer so kopieren, wie man sie schreibt</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Token values:</source>
        <translation>Token-Werte:</translation>
    </message>
    <message>
        <location line="+28" />
        <source>No number selected</source>
        <translation>Keine Nummer ausgewählt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select a number in the table to see all of its fields.</source>
        <translation>Wählen Sie eine Nummer in der Tabelle aus, um alle ihre Felder zu sehen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Number #%1</source>
        <translation>Nummer #%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+40" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3" />
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>numdesk::EnvironmentSecretStore</name>
    <message>
        <location filename="../app/model/environmentsecretstore.cpp" line="+26" />
        <source>the environment</source>
        <translation>die Umgebung</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Set %1 in the environment for %2 authentication.</source>
        <translation>Setzen Sie %1 in der Umgebung für die Authentifizierung per %2.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Set NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN or NUMDESK_AUTH_TOKEN in the environment.</source>
        <translation>Setzen Sie NUMDESK_PUBLIC_KEY und NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN oder NUMDESK_AUTH_TOKEN in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>numdesk::ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="+13" />
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide error</source>
        <translation>Fehler ausblenden</translation>
    </message>
</context>
<context>
    <name>numdesk::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+42" />
        <source>Column &amp;keys (offer_id)</source>
        <translation>Spalten&amp;kennungen (offer_id)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Display &amp;labels (Offer)</source>
        <translation>Anzeige&amp;namen (Angebot)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Spreadsheet-safe: keep cells starting with = + - @ from being read as formulas</source>
        <translation>Für Tabellenkalkulationen &amp;absichern: Zellen, die mit = + - @ beginnen, nicht als Formeln lesen lassen</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+121" />
        <location line="+44" />
        <location line="+46" />
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <location line="-210" />
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Exports all %1 numbers of the account, not only the loaded rows.</source>
        <translation>Exportiert %1 Nummern des Kontos, nicht nur die geladenen Zeilen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exports the %1 numbers that match the current filters, not only the loaded rows.</source>
        <translation>Exportiert %1 Nummern, die den aktuellen Filtern entsprechen, nicht nur die geladenen Zeilen.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the columns to export; drag to change their order</source>
        <translation>Haken Sie die zu exportierenden Spalten an; ziehen Sie sie, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Write dates in %1 instead of exactly as the server sent them</source>
        <translation>Datumsangaben in %1 schreiben statt genau so, wie der Server sie gesendet hat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Off by default: phone numbers begin with + and would be changed.</source>
        <translation>Standardmäßig aus: Telefonnummern beginnen mit + und würden verändert.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <location line="+61" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check at least one column.</source>
        <translation>Haken Sie mindestens eine Spalte an.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists. Replace it? It stays as it is unless the export completes.</source>
        <translation>%1 existiert bereits. Ersetzen? Die Datei bleibt unverändert, solange der Export nicht abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 of %2 numbers · %3 per second · %4</source>
        <translation>%1 von %2 Nummern · %3 pro Sekunde · %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 numbers · %2 per second</source>
        <translation>%1 Nummern · %2 pro Sekunde</translation>
    </message>
</context>
<context>
    <name>numdesk::ExportJob</name>
    <message>
        <location filename="../app/model/exportjob.cpp" line="+53" />
        <source>'%1' is not a column of a phone number.</source>
        <translation>„%1“ ist keine Spalte einer Telefonnummer.</translation>
    </message>
    <message>
        <location line="+122" />
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Could not write %1: %2. No file was written.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export failed: %1 No file was written.</source>
        <translation>Export fehlgeschlagen: %1 Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 numbers written to %2 in %3 s.</source>
        <extracomment>"48,311 numbers written to /home/me/numbers.csv in 6.2 s."</extracomment>
        <translation>%1 Nummern in %3 s nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The numbers changed during the export; the file holds every number the query matched at the end.</source>
        <translation>Die Nummern haben sich während des Exports geändert; die Datei enthält alle Nummern, die am Ende zur Abfrage passten.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n number(s) left the query while it was read and are in the file as they were.</source>
        <translation>
            <numerusform>%n Nummer ist während des Lesens aus der Abfrage gefallen und steht im damaligen Zustand in der Datei.</numerusform>
            <numerusform>%n Nummern sind während des Lesens aus der Abfrage gefallen und stehen im damaligen Zustand in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n number(s) were found by reading the set again.</source>
        <translation>
            <numerusform>%n Nummer wurde durch erneutes Lesen der Menge gefunden.</numerusform>
            <numerusform>%n Nummern wurden durch erneutes Lesen der Menge gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>The numbers kept changing during the export (%n read(s) of the set disagreed): the file may miss or repeat numbers.</source>
        <translation>
            <numerusform>Die Nummern haben sich während des Exports ständig geändert (%n Lesedurchgang der Menge wich ab): In der Datei können Nummern fehlen oder doppelt vorkommen.</numerusform>
            <numerusform>Die Nummern haben sich während des Exports ständig geändert (%n Lesedurchgänge der Menge wichen ab): In der Datei können Nummern fehlen oder doppelt vorkommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n repeated row(s) were left out.</source>
        <translation>
            <numerusform>%n doppelte Zeile wurde ausgelassen.</numerusform>
            <numerusform>%n doppelte Zeilen wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+35" />
        <source>Any offer</source>
        <translation>Alle Angebote</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any traffic source</source>
        <translation>Alle Traffic-Quellen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any provider</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any number pool</source>
        <translation>Alle Nummernpools</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last call</source>
        <translation>Letzter Anruf</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search names and numbers…</source>
        <translation>Namen und Nummern suchen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Searches name, number and human number. Enter searches at once, Esc clears.</source>
        <translation>Durchsucht Name, Nummer und lesbare Nummer. Eingabe sucht sofort, Esc leert das Feld.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number, e.g. +441224980000</source>
        <translation>Nummer, z. B. +441224980000</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Traffic source</source>
        <translation>Traffic-Quelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date ranges are read in this time zone</source>
        <translation>Zeiträume werden in dieser Zeitzone gelesen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Filtered</source>
        <translation>Gefiltert</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Remove every filter (Ctrl+Shift+X)</source>
        <translation>Alle Filter entfernen (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>C&amp;reated:</source>
        <translation>&amp;Erstellt:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Last call:</source>
        <translation>&amp;Letzter Anruf:</translation>
    </message>
    <message>
        <location line="+79" />
        <source>(%1) %2</source>
        <extracomment>A time zone in the picker: "(UTC-05:00) Eastern Time (US &amp; Canada)"</extracomment>
        <translation>(%1) %2</translation>
    </message>
</context>
<context>
    <name>numdesk::Journal</name>
    <message>
        <location filename="../app/model/journal.cpp" line="+103" />
        <source>Cannot read the activity journal %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No outcome was recorded (the app was closed or stopped while the request was on its way). Check the account.</source>
        <translation>Es wurde kein Ergebnis aufgezeichnet (die App wurde geschlossen oder angehalten, während die Anfrage unterwegs war). Prüfen Sie das Konto.</translation>
    </message>
    <message>
        <location line="+106" />
        <source>Cannot write the activity journal %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot create its folder</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the disk did not confirm the write</source>
        <translation>der Datenträger hat das Schreiben nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>numdesk::JournalModel</name>
    <message>
        <location filename="../app/model/journalmodel.cpp" line="+64" />
        <source>Buy</source>
        <translation>Mieten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unrent</source>
        <translation>Miete beenden</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Outcome unknown — check</source>
        <translation>Ergebnis unbekannt – bitte prüfen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+41" />
        <source>The request was sent but no answer came back: it may or may not have happened. Look for the number on the account before doing it again.</source>
        <translation>Die Anfrage wurde gesendet, aber es kam keine Antwort zurück: Sie wurde vielleicht ausgeführt, vielleicht auch nicht. Suchen Sie die Nummer im Konto, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>numdesk::LookupCombo</name>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="+55" />
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
</context>
<context>
    <name>numdesk::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+39" />
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+34" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Load the numbers again from the server (F5)</source>
        <translation>Die Nummern erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose the columns of the table</source>
        <translation>Die Spalten der Tabelle auswählen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy with &amp;Headers</source>
        <translation>Mit Spalten&amp;titeln kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Export View…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write every number of this view to a CSV file (Ctrl+E)</source>
        <translation>Alle Nummern dieser Ansicht in eine CSV-Datei schreiben (Strg+E)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;About Numbers Desk</source>
        <translation>&amp;Über Numbers Desk</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You are working on the built-in sandbox: nothing here touches a real TrackDrive account.</source>
        <translation>Sie arbeiten in der integrierten Sandbox: Nichts hier wirkt sich auf ein echtes TrackDrive-Konto aus.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Loading all numbers for sorting: %1 of %2…</source>
        <translation>Alle Nummern werden zum Sortieren geladen: %1 von %2…</translation>
    </message>
    <message>
        <location line="+43" />
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sort All Numbers?</source>
        <translation>Alle Nummern sortieren?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only part of the result is loaded, and the server cannot sort numbers. To sort by "%1", Numbers Desk first loads %2 numbers. Load them now?</source>
        <translation>Nur ein Teil des Ergebnisses ist geladen, und der Server kann Nummern nicht sortieren. Um nach „%1“ zu sortieren, lädt Numbers Desk zuerst %2 Nummern. Jetzt laden?</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 of %2 loaded</source>
        <extracomment>"1,250 of 48,311 loaded"</extracomment>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Numbers Desk — %1</source>
        <extracomment>Window title: "Numbers Desk — Sandbox"</extracomment>
        <translation>Numbers Desk — %1</translation>
    </message>
    <message>
        <location line="+32" />
        <source>About Numbers Desk</source>
        <translation>Über Numbers Desk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Numbers Desk %1&lt;/h3&gt;&lt;p&gt;Browse, buy, re-point, unrent and export the phone numbers of your TrackDrive account.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Numbers Desk %1&lt;/h3&gt;&lt;p&gt;Durchsuchen, mieten, neu zuordnen, Miete beenden und exportieren: die Telefonnummern Ihres TrackDrive-Kontos.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>numdesk::MemorySecretStore</name>
    <message>
        <location filename="../app/model/memorysecretstore.cpp" line="+11" />
        <source>this session's memory</source>
        <translation>der Speicher dieser Sitzung</translation>
    </message>
    <message>
        <location line="+54" />
        <source>No secrets were given for profile '%1' in this session.</source>
        <translation>Für das Profil „%1“ wurden in dieser Sitzung keine Geheimnisse angegeben.</translation>
    </message>
</context>
<context>
    <name>numdesk::NumberTableModel</name>
    <message>
        <location filename="../app/model/numbertablemodel.cpp" line="+515" />
        <source>Loading…</source>
        <extracomment>Placeholder of a table row whose data is on its way</extracomment>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/model/cellformatter.cpp" line="+175" />
        <source>%1 #%2</source>
        <extracomment>Tooltip of an offer, traffic source, pool or provider cell: "Offer #100"</extracomment>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>numdesk::NumberTableView</name>
    <message>
        <location filename="../ui/numbertableview.cpp" line="+26" />
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>numdesk::PhoneNumber</name>
    <message>
        <location filename="../app/api/phonenumber.cpp" line="+165" />
        <source>'token_values' is neither a list nor an object</source>
        <translation>„token_values“ ist weder eine Liste noch ein Objekt</translation>
    </message>
    <message>
        <location line="+16" />
        <source>'token_values' holds an entry that is neither text nor an object</source>
        <translation>„token_values“ enthält einen Eintrag, der weder Text noch ein Objekt ist</translation>
    </message>
    <message>
        <location line="+21" />
        <source>'%1' is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' is not text</source>
        <translation>„%1“ ist kein Text</translation>
    </message>
</context>
<context>
    <name>numdesk::ProfileStore</name>
    <message>
        <location filename="../app/model/profilestore.cpp" line="+71" />
        <source>There is no profile named '%1'.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Profile '%1' has an unknown auth method '%2' (use basic, token or auth-token).</source>
        <translation>Profil „%1“ hat die unbekannte Authentifizierungsmethode „%2“ (möglich sind basic, token oder auth-token).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Profile '%1' has no base URL.</source>
        <translation>Profil „%1“ hat keine Basis-URL.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' is not a usable profile name (use letters, digits, '-', '_' and '.').</source>
        <translation>„%1“ ist kein verwendbarer Profilname (erlaubt sind Buchstaben, Ziffern, „-“, „_“ und „.“).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The settings could not be written.</source>
        <translation>Die Einstellungen konnten nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>numdesk::TokenValue</name>
    <message>
        <location filename="../app/api/tokenvalue.cpp" line="+49" />
        <source>the entry is empty</source>
        <translation>der Eintrag ist leer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a ':' must separate the key from the value (key:value)</source>
        <translation>ein „:“ muss den Schlüssel vom Wert trennen (Schlüssel:Wert)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the key before ':' is empty</source>
        <translation>der Schlüssel vor „:“ ist leer</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the key may only contain a-z, 0-9 and _ (found '%1')</source>
        <translation>der Schlüssel darf nur a-z, 0-9 und _ enthalten (gefunden: „%1“)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the value after ':' is empty</source>
        <translation>der Wert nach „:“ ist leer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the value after the operator '%1' is empty</source>
        <translation>der Wert nach dem Operator „%1“ ist leer</translation>
    </message>
</context>
<context>
    <name>numdesk::Workspace</name>
    <message>
        <location filename="../ui/workspace.cpp" line="+38" />
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::AccountResolver</name>
    <message>
        <location filename="../app/cli/accountresolver.cpp" line="+67" />
        <source>NUMDESK_SANDBOX_NUMBERS must be a whole number from 0 to 10000000 (found '%1').</source>
        <translation>NUMDESK_SANDBOX_NUMBERS muss eine ganze Zahl von 0 bis 10000000 sein (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The sandbox did not start: %1</source>
        <translation>Die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Note: the sandbox reused its database %1; delete it or set NUMDESK_SANDBOX_DB to generate %2 numbers.
</source>
        <translation>Hinweis: Die Sandbox hat ihre Datenbank %1 wiederverwendet; löschen Sie sie oder setzen Sie NUMDESK_SANDBOX_DB, um %2 Nummern zu erzeugen.
</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Say which account to use: --base-url URL, --profile NAME or --sandbox.</source>
        <translation>Geben Sie an, welches Konto verwendet werden soll: --base-url URL, --profile NAME oder --sandbox.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Bad account address: %1</source>
        <translation>Ungültige Kontoadresse: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No credentials for profile '%1'. %2 Saved secrets: %3</source>
        <translation>Keine Zugangsdaten für das Profil „%1“. %2 Gespeicherte Geheimnisse: %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No credentials: set NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN or NUMDESK_AUTH_TOKEN in the environment.</source>
        <translation>Keine Zugangsdaten: Setzen Sie NUMDESK_PUBLIC_KEY und NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN oder NUMDESK_AUTH_TOKEN in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::BuyCommand</name>
    <message>
        <location filename="../app/cli/buycommand.cpp" line="+15" />
        <source>buy --provider ID --offer ID --country CC (--toll-free|--local) [--traffic-source ID] [--pool ID] [--token k:v]… [--yes]</source>
        <translation>buy --provider ID --offer ID --country CC (--toll-free|--local) [--traffic-source ID] [--pool ID] [--token k:v]… [--yes]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Buys one number with a provider configuration of the account. This costs money and is never retried by itself; it asks for confirmation on a terminal and needs --yes otherwise.</source>
        <translation>Mietet eine Nummer über eine Anbieterkonfiguration des Kontos. Das kostet Geld und wird nie von selbst wiederholt; auf einem Terminal wird nachgefragt, sonst ist --yes nötig.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The provider configuration to buy with.</source>
        <translation>Die Anbieterkonfiguration, über die gemietet wird.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The offer the number serves.</source>
        <translation>Das Angebot, dem die Nummer dient.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country code (US, GB, …).</source>
        <translation>Ländercode (US, GB, …).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buy a toll-free number.</source>
        <translation>Eine gebührenfreie Nummer mieten.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buy a local number.</source>
        <translation>Eine lokale Nummer mieten.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Traffic source of the number.</source>
        <translation>Traffic-Quelle der Nummer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number pool of the number.</source>
        <translation>Nummernpool der Nummer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Token value key:value (repeatable).</source>
        <translation>Token-Wert key:value (wiederholbar).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>K:V</source>
        <translation>K:V</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation>Nicht nachfragen; nötig, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unexpected argument '%1'.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>--country: '%1' is not a country numbers can be bought in (use one of %2).</source>
        <translation>--country: „%1“ ist kein Land, in dem Nummern gemietet werden können (möglich sind %2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>say either --toll-free or --local.</source>
        <translation>geben Sie entweder --toll-free oder --local an.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>About to buy one %1 number in %2 (%3).
  Account:                %4
  Provider configuration: %5
  Offer:                  %6
  Traffic source:         %7
  Number pool:            %8
  Token values:           %9
This costs money; only unrenting the number undoes it.
</source>
        <translation>Es wird eine %1 Nummer in %2 (%3) gemietet.
  Konto:                  %4
  Anbieterkonfiguration:  %5
  Angebot:                %6
  Traffic-Quelle:         %7
  Nummernpool:            %8
  Token-Werte:            %9
Das kostet Geld; rückgängig machen lässt es sich nur, indem die Miete der Nummer beendet wird.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>toll-free</source>
        <translation>gebührenfreie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>local</source>
        <translation>lokale</translation>
    </message>
    <message>
        <location line="+15" />
        <source>buy: standard input is not a terminal; nothing was bought. Add --yes to buy without being asked.
</source>
        <translation>buy: Die Standardeingabe ist kein Terminal; es wurde nichts gemietet. Fügen Sie --yes hinzu, um ohne Nachfrage zu mieten.
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type 'yes' to buy:</source>
        <translation>Geben Sie „yes“ ein, um zu mieten:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was bought.
</source>
        <translation>Es wurde nichts gemietet.
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>buy: the outcome is unknown: the request was sent but no answer came back (%1). A number may have been bought. Check with 'numdesk-cli list --created-from …' before trying again.
</source>
        <translation>buy: Das Ergebnis ist unbekannt: Die Anfrage wurde gesendet, aber es kam keine Antwort zurück (%1). Vielleicht wurde eine Nummer gemietet. Prüfen Sie das mit „numdesk-cli list --created-from …“, bevor Sie es noch einmal versuchen.
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>buy: nothing was bought: %1
</source>
        <translation>buy: Es wurde nichts gemietet: %1
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bought %1 (id %2).
</source>
        <translation>%1 gemietet (ID %2).
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="+73" />
        <source>No command given.

</source>
        <translation>Kein Befehl angegeben.

</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown command '%1' (use one of: %2).
</source>
        <translation>Unbekannter Befehl „%1“ (möglich sind: %2).
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::Command</name>
    <message>
        <location filename="../app/cli/command.cpp" line="+15" />
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Usage: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] %1

%2

%3</source>
        <translation>Aufruf: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] %1

%2

%3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: %2
Run 'numdesk-cli %1 --help' for its options.</source>
        <translation>%1: %2
„numdesk-cli %1 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--%1 needs a positive whole number (found '%2').</source>
        <translation>--%1 braucht eine positive ganze Zahl (gefunden: „%2“).</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+16" />
        <source>export --out FILE [filters] [--columns a,b,…] [--header keys|labels] [--parallel N] [--spreadsheet-safe] [--time-zone-convert]</source>
        <translation>export --out DATEI [Filter] [--columns a,b,…] [--header keys|labels] [--parallel N] [--spreadsheet-safe] [--time-zone-convert]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Writes every number that matches the filters to a CSV file (RFC 4180, UTF-8), exactly once each, even while numbers are bought or unrented. Ctrl+C cancels and leaves no file.</source>
        <translation>Schreibt jede Nummer, die den Filtern entspricht, genau einmal in eine CSV-Datei (RFC 4180, UTF-8), auch während Nummern gemietet oder gekündigt werden. Strg+C bricht ab und hinterlässt keine Datei.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The CSV file to write.</source>
        <translation>Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column keys to write, in order (default: all).</source>
        <translation>Zu schreibende Spaltenschlüssel, in dieser Reihenfolge (Standard: alle).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Header row of column keys (default) or labels.</source>
        <translation>Kopfzeile aus Spaltenschlüsseln (Standard) oder Bezeichnungen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>keys|labels</source>
        <translation>keys|labels</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages in flight at once, 1 to 16 (default 4).</source>
        <translation>Gleichzeitig angeforderte Seiten, 1 bis 16 (Standard 4).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prefix cells that begin with =, +, -, @ with ' so that spreadsheets do not run them (numbers then read '+1…).</source>
        <translation>Zellen, die mit =, +, -, @ beginnen, ein ' voranstellen, damit Tabellenkalkulationen sie nicht ausführen (Nummern lauten dann '+1…).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write timestamps in --time-zone instead of as the server sent them.</source>
        <translation>Zeitstempel in --time-zone schreiben statt so, wie der Server sie gesendet hat.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unexpected argument '%1'.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--out FILE is required.</source>
        <translation>--out DATEI ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--out: '%1' is a folder.</source>
        <translation>--out: „%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--out: cannot write in '%1'.</source>
        <translation>--out: In „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>--header must be keys or labels (found '%1').</source>
        <translation>--header muss keys oder labels sein (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--parallel needs a whole number from 1 to 16 (found '%1').</source>
        <translation>--parallel braucht eine ganze Zahl von 1 bis 16 (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--time-zone-convert needs --time-zone ZONE.</source>
        <translation>--time-zone-convert braucht --time-zone ZONE.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 of %2 numbers · %3 rows/s · about %4 s left</source>
        <translation>%1 von %2 Nummern · %3 Zeilen/s · noch etwa %4 s</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 numbers · %2 rows/s</source>
        <translation>%1 Nummern · %2 Zeilen/s</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::FilterOptions</name>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="+40" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Numbers matching this text anywhere.</source>
        <translation>Nummern, die diesen Text irgendwo enthalten.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The phone number (+441224980000).</source>
        <translation>Die Telefonnummer (+441224980000).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbers of this offer.</source>
        <translation>Nummern dieses Angebots.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbers of this traffic source.</source>
        <translation>Nummern dieser Traffic-Quelle.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbers of this provider configuration.</source>
        <translation>Nummern dieser Anbieterkonfiguration.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbers of this number pool.</source>
        <translation>Nummern dieses Nummernpools.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created at or after DATE.</source>
        <translation>Erstellt am oder nach DATUM.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created at or before DATE.</source>
        <translation>Erstellt am oder vor DATUM.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last called at or after DATE.</source>
        <translation>Letzter Anruf am oder nach DATUM.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last called at or before DATE.</source>
        <translation>Letzter Anruf am oder vor DATUM.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read dates without an offset in this zone ("UTC", "Europe/Berlin", "Eastern Time (US &amp; Canada)").</source>
        <translation>Datumsangaben ohne Versatz in dieser Zone lesen („UTC“, „Europe/Berlin“, „Eastern Time (US &amp; Canada)“).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <location line="+15" />
        <source>--%1 needs a positive whole number (found '%2').</source>
        <translation>--%1 braucht eine positive ganze Zahl (gefunden: „%2“).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--time-zone: '%1' is not a time zone (use UTC, an IANA id such as Europe/Berlin, or a TrackDrive name such as "Eastern Time (US &amp; Canada)").</source>
        <translation>--time-zone: „%1“ ist keine Zeitzone (verwenden Sie UTC, eine IANA-ID wie Europe/Berlin oder einen TrackDrive-Namen wie „Eastern Time (US &amp; Canada)“).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>--columns: '%1' is not a column (use any of: %2).</source>
        <translation>--columns: „%1“ ist keine Spalte (möglich sind: %2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--columns needs at least one column key.</source>
        <translation>--columns braucht mindestens einen Spaltenschlüssel.</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::GlobalOptions</name>
    <message>
        <location filename="../app/cli/globaloptions.cpp" line="+9" />
        <source>Usage: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] COMMAND [options]

Manage the phone numbers rented on a TrackDrive account.

Commands:
  list     List numbers (table, CSV or JSON)
  show     Show one number
  buy      Buy a number (costs money; asks first)
  update   Change a number's offer, traffic source, pool or token values
  unrent   Unrent numbers (asks first)
  export   Write every number of a query to a CSV file

Global options:
  --base-url URL   The account address (https://acme.trackdrive.com)
  --profile NAME   A saved profile (base URL and auth method)
  --sandbox        Start the local sandbox and use its demo account
  --auth METHOD    basic, token or auth-token

Secrets come from the environment, never from the command line:
  NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN (token),
  NUMDESK_AUTH_TOKEN (auth-token).

Run 'numdesk-cli COMMAND --help' for the options of a command.
Exit status: 0 done, 1 API or network error, 2 bad usage or input, 3 cancelled or incomplete.
</source>
        <translation>Aufruf: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] BEFEHL [Optionen]

Die auf einem TrackDrive-Konto gemieteten Telefonnummern verwalten.

Befehle:
  list     Nummern auflisten (Tabelle, CSV oder JSON)
  show     Eine Nummer anzeigen
  buy      Eine Nummer mieten (kostet Geld; fragt vorher nach)
  update   Angebot, Traffic-Quelle, Pool oder Token-Werte einer Nummer ändern
  unrent   Die Miete von Nummern beenden (fragt vorher nach)
  export   Alle Nummern einer Abfrage in eine CSV-Datei schreiben

Globale Optionen:
  --base-url URL   Die Adresse des Kontos (https://acme.trackdrive.com)
  --profile NAME   Ein gespeichertes Profil (Basis-URL und Authentifizierungsmethode)
  --sandbox        Die lokale Sandbox starten und ihr Demokonto verwenden
  --auth METHODE   basic, token oder auth-token

Geheimnisse kommen aus der Umgebung, nie von der Befehlszeile:
  NUMDESK_PUBLIC_KEY und NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN (token),
  NUMDESK_AUTH_TOKEN (auth-token).

„numdesk-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Status: 0 erledigt, 1 API- oder Netzwerkfehler, 2 falscher Aufruf oder falsche Eingabe, 3 abgebrochen oder unvollständig.
</translation>
    </message>
    <message>
        <location line="+66" />
        <source>--base-url needs a URL.</source>
        <translation>--base-url braucht eine URL.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--profile needs a profile name.</source>
        <translation>--profile braucht einen Profilnamen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--auth needs basic, token or auth-token.</source>
        <translation>--auth braucht basic, token oder auth-token.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown auth method '%1' (use basic, token or auth-token).</source>
        <translation>Unbekannte Authentifizierungsmethode „%1“ (möglich sind basic, token oder auth-token).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unknown option '%1' (options of a command go after the command).</source>
        <translation>Unbekannte Option „%1“ (Optionen eines Befehls stehen nach dem Befehl).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Use only one of --base-url, --profile and --sandbox.</source>
        <translation>Verwenden Sie nur eine von --base-url, --profile und --sandbox.</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::ListCommand</name>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+15" />
        <source>list [filters] [--columns a,b,…] [--format table|csv|json] [--limit N]</source>
        <translation>list [Filter] [--columns a,b,…] [--format table|csv|json] [--limit N]</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Lists the numbers of the account that match the filters, %n at most unless --limit says otherwise.</source>
        <translation>
            <numerusform>Listet die Nummern des Kontos auf, die den Filtern entsprechen, höchstens %n, sofern --limit nichts anderes angibt.</numerusform>
            <numerusform>Listet die Nummern des Kontos auf, die den Filtern entsprechen, höchstens %n, sofern --limit nichts anderes angibt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Column keys to show, in order (default: %1).</source>
        <translation>Anzuzeigende Spaltenschlüssel, in dieser Reihenfolge (Standard: %1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>At most N numbers; 0 lists all of them (default %1).</source>
        <translation>Höchstens N Nummern; 0 listet alle auf (Standard %1).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unexpected argument '%1'.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--format must be table, csv or json (found '%1').</source>
        <translation>--format muss table, csv oder json sein (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--limit needs a whole number, 0 or more (found '%1').</source>
        <translation>--limit braucht eine ganze Zahl ab 0 (gefunden: „%1“).</translation>
    </message>
    <message numerus="yes">
        <location line="+31" />
        <source>%1 of %n number(s) read</source>
        <translation>
            <numerusform>%1 von %n Nummer gelesen</numerusform>
            <numerusform>%1 von %n Nummern gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n number(s) read</source>
        <translation>
            <numerusform>%n Nummer gelesen</numerusform>
            <numerusform>%n Nummern gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>list: %1
</source>
        <translation>list: %1
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>list: cancelled.
</source>
        <translation>list: abgebrochen.
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Note: numbers changed while they were listed.
</source>
        <translation>Hinweis: Nummern haben sich während des Auflistens geändert.
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::ShowCommand</name>
    <message>
        <location filename="../app/cli/showcommand.cpp" line="+12" />
        <source>show ID|+NUMBER [--format table|json]</source>
        <translation>show ID|+NUMMER [--format table|json]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shows one number, found by its TrackDrive id or by the full number with its '+'.</source>
        <translation>Zeigt eine Nummer an, gefunden über ihre TrackDrive-ID oder die vollständige Nummer mit „+“.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The id (185923) or the number (+18005002562).</source>
        <translation>Die ID (185923) oder die Nummer (+18005002562).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>give exactly one ID or +NUMBER.</source>
        <translation>geben Sie genau eine ID oder +NUMMER an.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' is neither an id nor a number beginning with '+'.</source>
        <translation>„%1“ ist weder eine ID noch eine Nummer, die mit „+“ beginnt.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--format must be table or json (found '%1').</source>
        <translation>--format muss table oder json sein (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>show: %1
</source>
        <translation>show: %1
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::TokenOptions</name>
    <message>
        <location filename="../app/cli/tokenoptions.cpp" line="+14" />
        <source>--token '%1': %2</source>
        <translation>--token „%1“: %2</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::UnrentCommand</name>
    <message>
        <location filename="../app/cli/unrentcommand.cpp" line="+12" />
        <source>unrent ID|+NUMBER… [--yes]</source>
        <translation>unrent ID|+NUMMER… [--yes]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unrents numbers: they leave the account (their call history stays). Asks for confirmation on a terminal and needs --yes otherwise.</source>
        <translation>Beendet die Miete von Nummern: Sie verlassen das Konto (ihr Anrufverlauf bleibt erhalten). Fragt auf einem Terminal nach, sonst ist --yes nötig.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation>Nicht nachfragen; nötig, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ids or +numbers.</source>
        <translation>IDs oder +Nummern.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ID|+NUMBER…</source>
        <translation>ID|+NUMMER…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'%1' is neither an id nor a number beginning with '+'.</source>
        <translation>„%1“ ist weder eine ID noch eine Nummer, die mit „+“ beginnt.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>give at least one ID or +NUMBER.</source>
        <translation>geben Sie mindestens eine ID oder +NUMMER an.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>unrent: standard input is not a terminal; nothing was unrented. Add --yes to unrent without being asked.
</source>
        <translation>unrent: Die Standardeingabe ist kein Terminal; für keine Nummer wurde die Miete beendet. Fügen Sie --yes hinzu, um ohne Nachfrage zu beenden.
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>unrent: %1: %2 Nothing was unrented.
</source>
        <translation>unrent: %1: %2 Für keine Nummer wurde die Miete beendet.
</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>About to unrent %n number(s) of %1:
</source>
        <translation>
            <numerusform>Die Miete von %n Nummer von %1 wird beendet:
</numerusform>
            <numerusform>Die Miete von %n Nummern von %1 wird beendet:
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>  %1  (id %2)  %3
</source>
        <translation>  %1  (ID %2)  %3
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>They leave the account; buying them back may not be possible.
</source>
        <translation>Sie verlassen das Konto; sie erneut zu mieten ist vielleicht nicht möglich.
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type 'yes' to unrent:</source>
        <translation>Geben Sie „yes“ ein, um die Miete zu beenden:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was unrented.
</source>
        <translation>Für keine Nummer wurde die Miete beendet.
</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unrent: %1 (id %2): %3
</source>
        <translation>unrent: %1 (ID %2): %3
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unrented %1 (id %2).
</source>
        <translation>Miete von %1 beendet (ID %2).
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::UpdateCommand</name>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="+14" />
        <source>update ID|+NUMBER [--offer ID] [--traffic-source ID|none] [--pool ID|none] [--token k:v]… [--clear-tokens]</source>
        <translation>update ID|+NUMMER [--offer ID] [--traffic-source ID|none] [--pool ID|none] [--token k:v]… [--clear-tokens]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Changes a number's offer, traffic source, number pool or token values. 'none' unassigns the traffic source or pool; --token replaces the token values.</source>
        <translation>Ändert Angebot, Traffic-Quelle, Nummernpool oder Token-Werte einer Nummer. „none“ entfernt die Zuordnung zur Traffic-Quelle oder zum Pool; --token ersetzt die Token-Werte.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The new offer.</source>
        <translation>Das neue Angebot.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <location line="+1" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The new traffic source, or none.</source>
        <translation>Die neue Traffic-Quelle oder none.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The new number pool, or none.</source>
        <translation>Der neue Nummernpool oder none.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Token value key:value (repeatable).</source>
        <translation>Token-Wert key:value (wiederholbar).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>K:V</source>
        <translation>K:V</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove every token value.</source>
        <translation>Alle Token-Werte entfernen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The id or the +number.</source>
        <translation>Die ID oder die +Nummer.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>give exactly one ID or +NUMBER.</source>
        <translation>geben Sie genau eine ID oder +NUMMER an.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' is neither an id nor a number beginning with '+'.</source>
        <translation>„%1“ ist weder eine ID noch eine Nummer, die mit „+“ beginnt.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>use either --token or --clear-tokens.</source>
        <translation>verwenden Sie entweder --token oder --clear-tokens.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>nothing to change: give --offer, --traffic-source, --pool, --token or --clear-tokens.</source>
        <translation>nichts zu ändern: Geben Sie --offer, --traffic-source, --pool, --token oder --clear-tokens an.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>update: %1
</source>
        <translation>update: %1
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Updated %1.
</source>
        <translation>%1 aktualisiert.
</translation>
    </message>
</context>
<context>
    <name>numdesk::columns</name>
    <message>
        <location filename="../app/model/columncatalog.cpp" line="+20" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Traffic Source</source>
        <translation>Traffic-Quelle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number Pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Provider Key</source>
        <translation>Anbieterschlüssel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last Call</source>
        <translation>Letzter Anruf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Token Values</source>
        <translation>Token-Werte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area Code ID</source>
        <translation>Vorwahl-ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Optimizer Displayed</source>
        <translation>Vom Optimizer angezeigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Optimizer Tokens Changed</source>
        <translation>Optimizer-Tokens geändert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plain Number</source>
        <translation>Nummer (nur Ziffern)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Human Number</source>
        <translation>Lesbare Nummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Legacy ID</source>
        <translation>Alte ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User Updated</source>
        <translation>Vom Benutzer geändert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>External Record ID</source>
        <translation>Externe Datensatz-ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>numdesk::dates</name>
    <message>
        <location filename="../app/api/apidates.cpp" line="+56" />
        <source>'%1' is not a date (use YYYY-MM-DD HH:MM:SS +HHMM, ISO 8601 or YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (verwenden Sie JJJJ-MM-TT HH:MM:SS +HHMM, ISO 8601 oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' names a day that does not exist</source>
        <translation>„%1“ bezeichnet einen Tag, den es nicht gibt</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' has a time of day that does not exist</source>
        <translation>„%1“ enthält eine Uhrzeit, die es nicht gibt</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'%1' has an offset from UTC that does not exist</source>
        <translation>„%1“ enthält einen UTC-Versatz, den es nicht gibt</translation>
    </message>
</context>
<context>
    <name>numdesk::decode</name>
    <message>
        <location filename="../app/api/responsedecoder.cpp" line="+25" />
        <source>The server sent an answer this program cannot read: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die dieses Programm nicht lesen kann: %1</translation>
    </message>
    <message>
        <location line="+37" />
        <source>expected a JSON object or list</source>
        <translation>JSON-Objekt oder -Liste erwartet</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the list '%1' is missing</source>
        <translation>die Liste „%1“ fehlt</translation>
    </message>
    <message>
        <location line="+48" />
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>an HTML page instead of JSON</source>
        <translation>eine HTML-Seite statt JSON</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an HTML page ("%1") instead of JSON</source>
        <translation>eine HTML-Seite („%1“) statt JSON</translation>
    </message>
    <message>
        <location line="+5" />
        <source>invalid JSON at byte %1 of %2 (%3); the answer may be cut off</source>
        <translation>ungültiges JSON bei Byte %1 von %2 (%3); die Antwort ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <location line="+25" />
        <source>entry %1 of the list is not a record</source>
        <translation>Eintrag %1 der Liste ist kein Datensatz</translation>
    </message>
    <message>
        <location line="+4" />
        <source>record %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+33" />
        <source>entry %1 of '%2' has no id</source>
        <translation>Eintrag %1 von „%2“ hat keine ID</translation>
    </message>
    <message>
        <location line="+52" />
        <source>a time zone without a name</source>
        <translation>eine Zeitzone ohne Namen</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The server did not accept the account's credentials (401). Check the keys or the token.</source>
        <translation>Der Server hat die Zugangsdaten des Kontos nicht angenommen (401). Prüfen Sie die Schlüssel oder das Token.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The account may not do this (403): it lacks the rights, or this computer's IP address is not on the account's allow-list.</source>
        <translation>Das Konto darf das nicht (403): Es fehlen die Rechte, oder die IP-Adresse dieses Computers steht nicht auf der Freigabeliste des Kontos.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not found (404): no such phone number or resource.</source>
        <translation>Nicht gefunden (404): Diese Telefonnummer oder Ressource gibt es nicht.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Too many requests (429); the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen (429); der Server bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Zu viele Anfragen (429); der Server bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too many requests (429); try again in a moment.</source>
        <translation>Zu viele Anfragen (429); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server had a problem (%1). Try again later.</source>
        <translation>Der Server hatte ein Problem (%1). Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server answered with the unexpected status %1.</source>
        <translation>Der Server hat mit dem unerwarteten Status %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>numdesk::sandbox::SandboxServer</name>
    <message>
        <location filename="../app/sandbox/sandboxserver.cpp" line="+77" />
        <source>Internal server error (injected by the sandbox)</source>
        <translation>Interner Serverfehler (von der Sandbox eingespeist)</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Cannot create the folder of '%1'</source>
        <translation>Der Ordner von „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden (ist der Port belegt?)</translation>
    </message>
    <message numerus="yes">
        <location line="+74" />
        <source>Rate limit exceeded: retry after %n second(s)</source>
        <translation>
            <numerusform>Anfragelimit überschritten: erneut versuchen nach %n Sekunde</numerusform>
            <numerusform>Anfragelimit überschritten: erneut versuchen nach %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>No route matches [%1] "%2"</source>
        <translation>Keine Route passt zu [%1] „%2“</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The sandbox store is not open</source>
        <translation>Der Speicher der Sandbox ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Invalid or missing credentials</source>
        <translation>Ungültige oder fehlende Zugangsdaten</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
</TS>