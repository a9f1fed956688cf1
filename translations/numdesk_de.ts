<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BulkNumberWriter</name>
    <message>
        <location filename="../app/sandbox/bulknumberwriter.cpp" line="+46"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../ui/formerrors.cpp" line="+28"/>
        <source>Error for %1</source>
        <translation>Fehler bei %1</translation>
    </message>
</context>
<context>
    <name>ListParameters</name>
    <message>
        <location filename="../app/sandbox/listparameters.cpp" line="+15"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be a boolean value: 1, true, yes, on, 0, false, no, off</source>
        <translation>muss ein Wahrheitswert sein: 1, true, yes, on, 0, false, no, off</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&apos;%1&apos; is not a column (use any of: %2)</source>
        <translation>„%1“ ist keine Spalte (möglich sind: %2)</translation>
    </message>
</context>
<context>
    <name>NumberFilterParser</name>
    <message>
        <location filename="../app/sandbox/numberfilterparser.cpp" line="+38"/>
        <source>must be a decimal number (got &apos;%1&apos;)</source>
        <translation>muss eine Dezimalzahl sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is not a known time zone (use a name of GET collections/time_zone, an IANA id or UTC)</source>
        <translation>„%1“ ist keine bekannte Zeitzone (verwenden Sie einen Namen aus GET collections/time_zone, eine IANA-ID oder UTC)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must contain the digits of a phone number (got &apos;%1&apos;)</source>
        <translation>muss die Ziffern einer Telefonnummer enthalten (erhalten: „%1“)</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../app/sandbox/numberinput.cpp" line="+27"/>
        <source>can&apos;t be blank</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be an integer id</source>
        <translation>muss eine ganzzahlige ID sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>entry %1 must be a &quot;key:value&quot; string</source>
        <translation>Eintrag %1 muss eine Zeichenkette der Form „key:value“ sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a list of &quot;key:value&quot; strings or null</source>
        <translation>muss eine Liste von Zeichenketten der Form „key:value“ oder null sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>hat %1 Einträge; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry %1 is %2 characters long; at most %3 are allowed</source>
        <translation>Eintrag %1 ist %2 Zeichen lang; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1 &apos;%2&apos;: %3</source>
        <translation>Eintrag %1 „%2“: %3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>is not included in the list</source>
        <translation>ist nicht in der Liste enthalten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be a number in E.164 form, such as +14155550123</source>
        <translation>muss eine Nummer im E.164-Format sein, etwa +14155550123</translation>
    </message>
</context>
<context>
    <name>NumberReadHandler</name>
    <message>
        <location filename="../app/sandbox/numberreadhandler.cpp" line="+23"/>
        <source>Phone number not found</source>
        <translation>Telefonnummer nicht gefunden</translation>
    </message>
</context>
<context>
    <name>NumberSearchHandler</name>
    <message>
        <location filename="../app/sandbox/numbersearchhandler.cpp" line="+63"/>
        <source>can&apos;t be blank</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not included in the list</source>
        <translation>ist nicht in der Liste enthalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be digits only (got &apos;%1&apos;)</source>
        <translation>darf nur aus Ziffern bestehen (erhalten: „%1“)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number from 1 to %1</source>
        <translation>muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
</context>
<context>
    <name>NumberWriteHandler</name>
    <message>
        <location filename="../app/sandbox/numberwritehandler.cpp" line="+31"/>
        <source>The request body is not valid JSON: %1</source>
        <translation>Der Inhalt der Anfrage ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is not a valid phone number</source>
        <translation>ist keine gültige Telefonnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a number of %1</source>
        <translation>ist keine Nummer aus %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a toll-free number</source>
        <translation>ist keine gebührenfreie Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is a toll-free number</source>
        <translation>ist eine gebührenfreie Nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is no longer available</source>
        <translation>ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No %1 number is available in %2 right now</source>
        <translation>Für %2 ist gerade keine %1 Nummer verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>toll-free</source>
        <translation>gebührenfreie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>local</source>
        <translation>lokale</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Number is protected by delete prevention and cannot be unrented</source>
        <translation>Die Nummer ist durch einen Löschschutz geschützt; ihre Miete kann nicht beendet werden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="+18"/>
        <location line="+30"/>
        <location line="+5"/>
        <source>Numbers Desk</source>
        <translation>Numbers Desk</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Manage the phone numbers of a TrackDrive account.</source>
        <translation>Die Telefonnummern eines TrackDrive-Kontos verwalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database file of the built-in sandbox.</source>
        <translation>Datenbankdatei der integrierten Sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many numbers a new sandbox holds.</source>
        <translation>Wie viele Nummern eine neue Sandbox enthält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--sandbox-numbers needs a positive whole number.</source>
        <translation>--sandbox-numbers braucht eine positive ganze Zahl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die integrierte Sandbox konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <location filename="../app/sandbox/sandboxcommandline.cpp" line="+22"/>
        <source>Port on 127.0.0.1 to listen on (0 = any free port; default 0).</source>
        <translation>Port auf 127.0.0.1, auf dem gelauscht wird (0 = ein beliebiger freier Port; Standard 0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite file: reused when it holds data, generated otherwise (default: the application data folder; &apos;:memory:&apos; keeps it in memory).</source>
        <translation>SQLite-Datei: wird wiederverwendet, wenn sie Daten enthält, sonst neu erzeugt (Standard: der Datenordner der Anwendung; „:memory:“ hält sie im Arbeitsspeicher).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo numbers to generate (default 3000).</source>
        <translation>Anzahl der zu erzeugenden Demo-Nummern (Standard 3000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the demo data and of the faults (default 1).</source>
        <translation>Startwert (Seed) der Demodaten und der Fehler (Standard 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay every reply by MS milliseconds.</source>
        <translation>Jede Antwort um MS Millisekunden verzögern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer this fraction of requests (0..1) with 500, 502 or 503.</source>
        <translation>Diesen Anteil der Anfragen (0..1) mit 500, 502 oder 503 beantworten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer 429 beyond N requests per second (0 = off).</source>
        <translation>Ab N Anfragen pro Sekunde mit 429 antworten (0 = aus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry-After seconds of 429 and 503 replies (default 1).</source>
        <translation>Retry-After-Sekunden der Antworten 429 und 503 (Standard 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close this fraction of connections (0..1) without a reply.</source>
        <translation>Diesen Anteil der Verbindungen (0..1) ohne Antwort schließen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let another customer take this fraction (0..1) of the numbers a search offered just before they are bought (422 &quot;is no longer available&quot;).</source>
        <translation>Diesen Anteil (0..1) der von einer Suche angebotenen Nummern kurz vor dem Mieten einem anderen Kunden überlassen (422 „ist nicht mehr verfügbar“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest per_page the list endpoints honour (default 250).</source>
        <translation>Größtes per_page, das die Listen-Endpunkte beachten (Standard 250).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Numbers Desk sandbox: a local TrackDrive phone-numbers API.</source>
        <translation>Numbers-Desk-Sandbox: eine lokale TrackDrive-API für Telefonnummern.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 must be a whole number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein (erhalten: „%4“)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--%1 must be a fraction from 0 to 1 (got &apos;%2&apos;)</source>
        <translation>--%1 muss ein Anteil von 0 bis 1 sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unexpected argument &apos;%1&apos;</source>
        <translation>Unerwartetes Argument „%1“</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <location filename="../app/sandbox/sandboxstore.cpp" line="+114"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the sandbox database &apos;%1&apos;: %2</source>
        <translation>Die Sandbox-Datenbank „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a usable SQLite database: %2</source>
        <translation>„%1“ ist keine verwendbare SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot upgrade the sandbox database &apos;%1&apos;: %2</source>
        <translation>Die Sandbox-Datenbank „%1“ kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Database error: %1 (%2)</source>
        <translation>Datenbankfehler: %1 (%2)</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+51"/>
        <location line="+32"/>
        <location line="+15"/>
        <location line="+71"/>
        <location line="+44"/>
        <location line="+59"/>
        <location line="+14"/>
        <location line="+19"/>
        <location line="+34"/>
        <location line="+18"/>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>numdesk-sandbox</name>
    <message>
        <location filename="../app/sandbox/main.cpp" line="+35"/>
        <source>numdesk-sandbox: %1

%2</source>
        <translation>numdesk-sandbox: %1

%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>numdesk-sandbox: %1</source>
        <translation>numdesk-sandbox: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in memory</source>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generated in %1 s</source>
        <translation>in %1 s erzeugt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reused</source>
        <translation>wiederverwendet</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+14"/>
        <source>Numbers Desk sandbox stopped.</source>
        <translation>Numbers-Desk-Sandbox beendet.</translation>
    </message>
</context>
<context>
    <name>numdesk::Account</name>
    <message>
        <location filename="../app/api/account.cpp" line="+47"/>
        <source>Enter the account&apos;s subdomain or address.</source>
        <translation>Geben Sie die Subdomain oder die Adresse des Kontos ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain http:// is only allowed to this computer; use https:// so that the keys are not sent in the clear.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt; verwenden Sie https://, damit die Schlüssel nicht im Klartext gesendet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must not contain a query, a fragment or a user name; enter the keys in their own fields.</source>
        <translation>Die Adresse darf keine Abfrage, kein Fragment und keinen Benutzernamen enthalten; geben Sie die Schlüssel in den eigenen Feldern ein.</translation>
    </message>
</context>
<context>
    <name>numdesk::AccountSwitcher</name>
    <message>
        <location filename="../ui/accountswitcher.cpp" line="+41"/>
        <source>The built-in sandbox is not running.</source>
        <translation>Die integrierte Sandbox läuft nicht.</translation>
    </message>
</context>
<context>
    <name>numdesk::AccountsDialog</name>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="+32"/>
        <source>public and private key</source>
        <translation>öffentlicher und privater Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>legacy auth token</source>
        <translation>altes Auth-Token</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Where secrets are kept</source>
        <translation>Wo Geheimnisse aufbewahrt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the secrets of profiles in:</source>
        <translation>Geheimnisse der Profile aufbewahren in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system &amp;keychain</source>
        <translation>dem System&amp;schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep secrets in the system keychain</source>
        <translation>Geheimnisse im Systemschlüsselbund aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;memory only: type them again each session</source>
        <translation>nur im &amp;Arbeitsspeicher: in jeder Sitzung neu eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type secrets each session</source>
        <translation>Geheimnisse in jeder Sitzung eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save secrets in a file only you can read</source>
        <translation>Geheimnisse in einer Datei speichern, die nur Sie lesen können</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secrets file</source>
        <translation>Datei der Geheimnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: the file is not encrypted. Anyone who can use your user account, and anyone who can read your backups, can read the secrets in it.</source>
        <translation>Warnung: Die Datei ist nicht verschlüsselt. Wer Ihr Benutzerkonto verwenden oder Ihre Sicherungen lesen kann, kann die Geheimnisse darin lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets file warning</source>
        <translation>Warnung zur Geheimnisdatei</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+292"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+288"/>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Profile details</source>
        <translation>Profildetails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sandbox (built-in)</source>
        <translation>Sandbox (integriert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in sandbox: demo numbers on this computer. It cannot be edited or removed.</source>
        <translation>Die integrierte Sandbox: Demo-Nummern auf diesem Computer. Sie kann weder bearbeitet noch entfernt werden.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The built-in sandbox cannot be edited or removed.</source>
        <translation>Die integrierte Sandbox kann weder bearbeitet noch entfernt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keychain is available: %1 Choose whether to type the secrets each session or to save them in a file only you can read.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar: %1 Wählen Sie, ob Sie die Geheimnisse in jeder Sitzung eingeben oder in einer Datei speichern, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>a &amp;file only you can read: %1</source>
        <translation type="vanished">einer &amp;Datei, die nur Sie lesen können: %1</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>a &amp;file only you can read</source>
        <translation>einer &amp;Datei, die nur Sie lesen können</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>Address: %1
Authentication: %2</source>
        <translation>Adresse: %1
Authentifizierung: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Built-in sandbox at %1 with demo credentials.</source>
        <translation>Integrierte Sandbox unter %1 mit Demo-Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in sandbox (not running).</source>
        <translation>Integrierte Sandbox (läuft nicht).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Profile &apos;%1&apos; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove the profile &apos;%1&apos; and the secrets saved for it?</source>
        <translation>Das Profil „%1“ und die dafür gespeicherten Geheimnisse entfernen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile &apos;%1&apos; removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &apos;%1&apos; removed, but its secrets could not be removed from %2: %3</source>
        <translation>Profil „%1“ entfernt, aber seine Geheimnisse konnten nicht aus %2 entfernt werden: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The built-in sandbox is not running.</source>
        <translation>Die integrierte Sandbox läuft nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secrets are saved for &apos;%1&apos; in %2. Edit the profile to enter them.</source>
        <translation>Für „%1“ sind in %2 keine Geheimnisse gespeichert. Bearbeiten Sie das Profil, um sie einzugeben.</translation>
    </message>
</context>
<context>
    <name>numdesk::ActionProgressView</name>
    <message>
        <location filename="../ui/actionprogressview.cpp" line="+31"/>
        <source>Purchase %1</source>
        <extracomment>A purchase whose number is not known yet: &quot;Purchase 3&quot;</extracomment>
        <translation>Anmietung %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start nothing new; what is already on its way finishes</source>
        <translation>Nichts Neues starten; was bereits unterwegs ist, wird abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the failed ones again</source>
        <translation>Die fehlgeschlagenen erneut senden</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bought</source>
        <translation>Gemietet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrented</source>
        <translation>Miete beendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown — check</source>
        <translation>Ergebnis unbekannt – bitte prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent (stopped)</source>
        <translation>Nicht gesendet (angehalten)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n of %1 done</source>
        <translation>
            <numerusform>%n von %1 erledigt</numerusform>
            <numerusform>%n von %1 erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with unknown outcome — check the account before trying again</source>
        <translation>
            <numerusform>%n mit unbekanntem Ergebnis – prüfen Sie das Konto, bevor Sie es erneut versuchen</numerusform>
            <numerusform>%n mit unbekanntem Ergebnis – prüfen Sie das Konto, bevor Sie es erneut versuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::ActionRunner</name>
    <message>
        <location filename="../app/model/actionrunner.cpp" line="+254"/>
        <source>Not sent, because the activity journal cannot be written.</source>
        <translation>Nicht gesendet, weil das Aktivitätsprotokoll nicht geschrieben werden kann.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The number was already unrented.</source>
        <translation>Die Miete der Nummer war bereits beendet.</translation>
    </message>
</context>
<context>
    <name>numdesk::ActivityPanel</name>
    <message>
        <location filename="../ui/activitypanel.cpp" line="+52"/>
        <source>&amp;Undo Batch…</source>
        <translation>Stapel &amp;rückgängig machen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Activity summary</source>
        <translation>Zusammenfassung der Aktivität</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo Batch</source>
        <translation>Stapel rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what the selected action&apos;s batch changed, where the numbers still have its values</source>
        <translation>Macht die Änderungen des Stapels der gewählten Aktion rückgängig, wo die Nummern noch dessen Werte haben</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n action(s) with unknown outcome — check the account.</source>
        <translation>
            <numerusform>%n Aktion mit unbekanntem Ergebnis – prüfen Sie das Konto.</numerusform>
            <numerusform>%n Aktionen mit unbekanntem Ergebnis – prüfen Sie das Konto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s) in the journal.</source>
        <translation>
            <numerusform>%n Aktion im Protokoll.</numerusform>
            <numerusform>%n Aktionen im Protokoll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unreadable line(s) were skipped.</source>
        <translation>
            <numerusform>%n unlesbare Zeile wurde übersprungen.</numerusform>
            <numerusform>%n unlesbare Zeilen wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older actions are kept in %1.</source>
        <translation>Ältere Aktionen sind in %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>numdesk::ApiCall</name>
    <message>
        <location filename="../app/api/apicall.cpp" line="+173"/>
        <location line="+49"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s answer is larger than %1 MB; it was not read.</source>
        <translation>Die Antwort des Servers ist größer als %1 MB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="vanished">Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <location line="+94"/>
        <source>The call did not finish within its time limit of %n second(s) in all.</source>
        <translation>
            <numerusform>Der Aufruf wurde nicht innerhalb seines Zeitlimits von insgesamt %n Sekunde fertig.</numerusform>
            <numerusform>Der Aufruf wurde nicht innerhalb seines Zeitlimits von insgesamt %n Sekunden fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The server sent nothing for %n second(s) (the request timeout).</source>
        <translation>
            <numerusform>Der Server hat %n Sekunde lang nichts gesendet (das Zeitlimit der Anfrage).</numerusform>
            <numerusform>Der Server hat %n Sekunden lang nichts gesendet (das Zeitlimit der Anfrage).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server redirected the request to another address; it was not followed, so that the keys stay with this account.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet; der Umleitung wurde nicht gefolgt, damit die Schlüssel bei diesem Konto bleiben.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server redirected the request more than %n time(s).</source>
        <translation>
            <numerusform>Der Server hat die Anfrage mehr als %n Mal umgeleitet.</numerusform>
            <numerusform>Der Server hat die Anfrage mehr als %n Mal umgeleitet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s answer could not be decoded: %1</source>
        <translation>Die Antwort des Servers konnte nicht entschlüsselt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s name could not be found (%1). Check the account&apos;s address and the network.</source>
        <translation>Der Name des Servers wurde nicht gefunden (%1). Prüfen Sie die Adresse des Kontos und das Netzwerk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
</context>
<context>
    <name>numdesk::ApiClient</name>
    <message>
        <location filename="../app/api/apiclient.cpp" line="+75"/>
        <source>No account address is set.</source>
        <translation>Für das Konto ist keine Adresse festgelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain http:// is only allowed to this computer; the account must use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt; das Konto muss https:// verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account has no credentials set.</source>
        <translation>Für das Konto sind keine Zugangsdaten festgelegt.</translation>
    </message>
    <message>
        <location filename="../app/api/apiclient.h" line="+115"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>numdesk::BatchGroupModel</name>
    <message numerus="yes">
        <location filename="../app/model/batchgroupmodel.cpp" line="+221"/>
        <source>Plan: %n action(s)</source>
        <translation>
            <numerusform>Plan: %n Aktion</numerusform>
            <numerusform>Plan: %n Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Undo: %n action(s)</source>
        <translation>
            <numerusform>Rückgängig: %n Aktion</numerusform>
            <numerusform>Rückgängig: %n Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unrent(s)</source>
        <translation>
            <numerusform>%n Kündigung</numerusform>
            <numerusform>%n Kündigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n Kauf</numerusform>
            <numerusform>%n Käufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Aktion</numerusform>
            <numerusform>%n Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n Nummer</numerusform>
            <numerusform>%n Nummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unknown — check</source>
        <translation>
            <numerusform>%n unbekannt — prüfen</numerusform>
            <numerusform>%n unbekannt — prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sending…</source>
        <translation>
            <numerusform>%n wird gesendet…</numerusform>
            <numerusform>%n werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Batch %1</source>
        <translation>Stapel %1</translation>
    </message>
</context>
<context>
    <name>numdesk::BuyNumberDialog</name>
    <message>
        <location filename="../ui/buynumberdialog.cpp" line="+63"/>
        <source>%1 *</source>
        <extracomment>A required field&apos;s label: &quot;Offer *&quot;</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+242"/>
        <source>&amp;Buy…</source>
        <translation>&amp;Mieten…</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>&amp;Back to Form</source>
        <translation>&amp;Zurück zum Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look for the New Number</source>
        <translation>Nach der neuen Nummer &amp;suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search A&amp;gain</source>
        <translation>Erneut s&amp;uchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy Numbers — %1</source>
        <translation>Nummern mieten — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buy</source>
        <translation>Mieten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the numbers of this offer and provider bought since the purchase was sent</source>
        <translation>Die Nummern dieses Angebots und Anbieters anzeigen, die seit dem Senden der Anmietung gemietet wurden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search again for the numbers still available</source>
        <translation>Erneut nach den noch verfügbaren Nummern suchen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a provider…</source>
        <translation>Anbieter wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an offer…</source>
        <translation>Angebot wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;ocal</source>
        <translation>Lo&amp;kal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toll-free</source>
        <translation>Geb&amp;ührenfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toll-free</source>
        <translation>Gebührenfrei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic source</source>
        <translation>Traffic-Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each number is a separate purchase with the same settings</source>
        <translation>Jede Nummer wird einzeln mit denselben Einstellungen gemietet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Quantity error</source>
        <translation>Fehler bei der Anzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country error</source>
        <translation>Fehler beim Land</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ffer:</source>
        <translation>An&amp;gebot:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;raffic source:</source>
        <translation>&amp;Traffic-Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number p&amp;ool:</source>
        <translation>&amp;Nummernpool:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tok&amp;en values:</source>
        <translation>T&amp;oken-Werte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity:</source>
        <translation>Anza&amp;hl:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any n&amp;umber</source>
        <translation>Beliebige N&amp;ummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose numbers</source>
        <translation>Nummern aus&amp;wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any number</source>
        <translation>Beliebige Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy how many you like; the provider picks the numbers</source>
        <translation>Beliebig viele mieten; der Anbieter wählt die Nummern aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose numbers</source>
        <translation>Nummern auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the numbers that can be bought and buy exactly those</source>
        <translation>Die Nummern durchsuchen, die gemietet werden können, und genau diese mieten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>* required</source>
        <translation>* Pflichtfeld</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No country “%1” to buy numbers in; still %2.</source>
        <extracomment>Under the country field: No country “Narnia” to buy numbers in; still United States (US).</extracomment>
        <translation>Kein Land „%1“, in dem Nummern gekauft werden können; weiterhin %2.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Buy Again…</source>
        <extracomment>The Buy button for more than one number: &quot;Buy 5 Numbers…&quot;</extracomment>
        <translation>&amp;Erneut mieten…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Buy %n Number(s)…</source>
        <translation>
            <numerusform>%n Nummer &amp;mieten…</numerusform>
            <numerusform>%n Nummern &amp;mieten…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buy at least 1 number (at most %1).</source>
        <translation>Kaufen Sie mindestens 1 Nummer (höchstens %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a provider</source>
        <translation>einen Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an offer</source>
        <translation>ein Angebot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a country</source>
        <translation>ein Land</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the token values</source>
        <translation>Korrigieren Sie die Token-Werte</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>%1 could not be bought: %2. Search Again shows the numbers still available.</source>
        <extracomment>&quot;(415) 356-9377 could not be bought: is no longer available. …&quot;</extracomment>
        <translation>%1 konnte nicht gemietet werden: %2. „Erneut suchen“ zeigt die noch verfügbaren Nummern.</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Choose %1</source>
        <translation>Wählen Sie %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search, then tick the numbers to buy</source>
        <translation>Suchen Sie, und haken Sie dann die zu mietenden Nummern an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how many numbers to buy</source>
        <translation>Wählen Sie, wie viele Nummern gekauft werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+39"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>You are about to rent these %n number(s) on account %1:</source>
        <extracomment>&quot;You are about to rent these 2 numbers on account Sandbox (…):&quot; and one a line</extracomment>
        <translation>
            <numerusform>Sie sind dabei, diese %n Nummer im Konto %1 zu mieten:</numerusform>
            <numerusform>Sie sind dabei, diese %n Nummern im Konto %1 zu mieten:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>    %1</source>
        <extracomment>One chosen number in the confirmation: &quot;(415) 356-9377 — San Francisco, CA&quot;</extracomment>
        <translation>    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    %1 — %2</source>
        <translation>    %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>You are about to rent %n toll-free number(s) in %1 on account %2.</source>
        <extracomment>&quot;You are about to rent 1 toll-free number in United States on account Sandbox (…).&quot;</extracomment>
        <translation>
            <numerusform>Sie sind dabei, %n gebührenfreie Nummer im Konto %2 zu mieten (Land: %1).</numerusform>
            <numerusform>Sie sind dabei, %n gebührenfreie Nummern im Konto %2 zu mieten (Land: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You are about to rent %n local number(s) in %1 on account %2.</source>
        <translation>
            <numerusform>Sie sind dabei, %n lokale Nummer im Konto %2 zu mieten (Land: %1).</numerusform>
            <numerusform>Sie sind dabei, %n lokale Nummern im Konto %2 zu mieten (Land: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer: %1</source>
        <translation>Angebot: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic source: %1</source>
        <translation>Traffic-Quelle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number pool: %1</source>
        <translation>Nummernpool: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token values: %1</source>
        <translation>Token-Werte: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every number is a separate rental that your provider charges for.</source>
        <translation>Jede Nummer ist eine eigene Miete, die Ihr Anbieter berechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outcome of the last purchase is unknown: it may have rented a number already. Buying again can rent one more.</source>
        <translation>Das Ergebnis der letzten Anmietung ist unbekannt: Vielleicht wurde bereits eine Nummer gemietet. Erneutes Mieten kann eine weitere Nummer mieten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rent Numbers?</source>
        <translation>Nummern mieten?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Rent %n Number(s)</source>
        <translation>
            <numerusform>%n Nummer &amp;mieten</numerusform>
            <numerusform>%n Nummern &amp;mieten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Buying…</source>
        <translation>Wird gemietet…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No answer came back, so the number may or may not have been bought. It was not sent again. Use &quot;Look for the New Number&quot; to check the account before buying again.
(%1)</source>
        <translation>Es kam keine Antwort zurück, daher wurde die Nummer vielleicht gemietet, vielleicht auch nicht. Die Anfrage wurde nicht erneut gesendet. Prüfen Sie das Konto mit „Nach der neuen Nummer suchen“, bevor Sie erneut mieten.
(%1)</translation>
    </message>
</context>
<context>
    <name>numdesk::ConnectionTester</name>
    <message numerus="yes">
        <location filename="../ui/connectiontester.cpp" line="+109"/>
        <source>Connected to %1: the account has %n phone number(s).</source>
        <translation>
            <numerusform>Verbunden mit %1: Das Konto hat %n Telefonnummer.</numerusform>
            <numerusform>Verbunden mit %1: Das Konto hat %n Telefonnummern.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Timeout: %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Zeitüberschreitung: %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Zeitüberschreitung: %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>401 Unauthorized: %1 did not accept the credentials. Check the keys or the token, and the authentication method.</source>
        <translation>401 Nicht autorisiert: %1 hat die Zugangsdaten nicht angenommen. Prüfen Sie die Schlüssel oder das Token sowie die Authentifizierungsmethode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IP address not allowed (403): this computer&apos;s IP address is not on the account&apos;s allow-list.</source>
        <translation>IP-Adresse nicht erlaubt (403): Die IP-Adresse dieses Computers steht nicht auf der Freigabeliste des Kontos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address not allowed (403): this computer&apos;s IP address is not on the account&apos;s allow-list. The server said: %1</source>
        <translation>IP-Adresse nicht erlaubt (403): Die IP-Adresse dieses Computers steht nicht auf der Freigabeliste des Kontos. Der Server meldete: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>403 Forbidden: %1 refused access. The account may lack the right to list phone numbers, or this computer&apos;s IP address may not be on its allow-list.</source>
        <translation>403 Verboten: %1 hat den Zugriff verweigert. Vielleicht fehlt dem Konto das Recht, Telefonnummern aufzulisten, oder die IP-Adresse dieses Computers steht nicht auf seiner Freigabeliste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered, but not as the TrackDrive API does: %2 Check the account&apos;s address.</source>
        <translation>%1 hat geantwortet, aber nicht wie die TrackDrive-API: %2 Prüfen Sie die Adresse des Kontos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DNS: the host name %1 could not be found. Check the subdomain or base URL, and the network.</source>
        <translation>DNS: Der Hostname %1 wurde nicht gefunden. Prüfen Sie die Subdomain oder Basis-URL sowie das Netzwerk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS error: the secure connection to %1 failed: %2</source>
        <translation>TLS-Fehler: Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection refused: nothing answers at %1 on port %2.</source>
        <translation>Verbindung abgelehnt: Unter %1 antwortet nichts auf Port %2.</translation>
    </message>
</context>
<context>
    <name>numdesk::DateRangeEdit</name>
    <message>
        <location filename="../ui/daterangeedit.cpp" line="+29"/>
        <source>Any Time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 Days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This Month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 from</source>
        <translation>%1 von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to</source>
        <translation>%1 bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the range, in the chosen time zone</source>
        <translation>Beginn des Zeitraums, in der gewählten Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>End of the range, in the chosen time zone</source>
        <translation>Ende des Zeitraums, in der gewählten Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end is before the start: this range is not applied.</source>
        <translation>Das Ende liegt vor dem Anfang: Dieser Bereich wird nicht angewendet.</translation>
    </message>
</context>
<context>
    <name>numdesk::DetailsPanel</name>
    <message>
        <location filename="../ui/detailspanel.cpp" line="+55"/>
        <source>Copy Number</source>
        <translation>Nummer kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as Shown</source>
        <translation>Wie angezeigt kopieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token values</source>
        <translation>Token-Werte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the number in E.164 form (+18005002562)</source>
        <translation>Die Nummer im E.164-Format kopieren (+18005002562)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the number as people write it</source>
        <translation>Die Nummer so kopieren, wie man sie schreibt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Token values:</source>
        <translation>Token-Werte:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No number selected</source>
        <translation>Keine Nummer ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a number in the table to see all of its fields.</source>
        <translation>Wählen Sie eine Nummer in der Tabelle aus, um alle ihre Felder zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number #%1</source>
        <translation>Nummer #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <extracomment>Details: &quot;New York, NY (local)&quot;, &quot;United States (toll-free)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 %2</source>
        <extracomment>A time in Details: &quot;2024-03-05 14:02:11 JST&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>toll-free</source>
        <translation>gebührenfrei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>numdesk::EditNumbersDialog</name>
    <message numerus="yes">
        <location filename="../ui/editnumbersdialog.cpp" line="+34"/>
        <source>Edit %n Numbers</source>
        <translation>
            <numerusform>%n Nummer bearbeiten</numerusform>
            <numerusform>%n Nummern bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Apply to %n Numbers…</source>
        <translation>
            <numerusform>Auf %n Nummer &amp;anwenden…</numerusform>
            <numerusform>Auf %n Nummern &amp;anwenden…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose an offer…</source>
        <translation>Angebot wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+151"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+152"/>
        <source>Traffic source</source>
        <translation>Traffic-Quelle</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+154"/>
        <source>Number pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>O&amp;ffer:</source>
        <translation>An&amp;gebot:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;raffic source:</source>
        <translation>&amp;Traffic-Quelle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number p&amp;ool:</source>
        <translation>&amp;Nummernpool:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tok&amp;en values:</source>
        <translation>T&amp;oken-Werte:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tick the fields to change on all %n selected numbers; the others stay as they are on each number. &quot;None&quot; removes the traffic source or pool; empty token values remove them all.</source>
        <translation>
            <numerusform>Haken Sie die Felder an, die bei der %n ausgewählten Nummer geändert werden sollen; die übrigen bleiben, wie sie sind. „Keine“ entfernt die Traffic-Quelle oder den Pool; leere Token-Werte entfernen alle Token-Werte.</numerusform>
            <numerusform>Haken Sie die Felder an, die bei allen %n ausgewählten Nummern geändert werden sollen; die übrigen bleiben bei jeder Nummer, wie sie sind. „Keine“ entfernt die Traffic-Quelle oder den Pool; leere Token-Werte entfernen alle Token-Werte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the current values…</source>
        <translation>Die aktuellen Werte werden gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The current values could not be read: %1</source>
        <translation>Die aktuellen Werte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Nothing is changed yet</source>
        <translation>Noch ist nichts geändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>#%1</source>
        <extracomment>A new value in the confirmation: &quot;Home Solar (#103)&quot;</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2</source>
        <extracomment>One changed field in the confirmation: &quot;Offer → Home Solar (#103)&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token values</source>
        <translation>Token-Werte</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Change these fields for %n numbers on account %1:</source>
        <translation>
            <numerusform>Diese Felder für %n Nummer des Kontos %1 ändern:</numerusform>
            <numerusform>Diese Felder für %n Nummern des Kontos %1 ändern:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls to them are routed by the new settings from then on.</source>
        <translation>Anrufe an sie werden von da an nach den neuen Einstellungen geleitet.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Change %n Numbers?</source>
        <translation>
            <numerusform>%n Nummer ändern?</numerusform>
            <numerusform>%n Nummern ändern?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The ticked fields will be changed on %n numbers of account %1. Calls to them are routed by the new settings from then on.</source>
        <translation type="vanished">
            <numerusform>Die angehakten Felder werden bei %n Nummer des Kontos %1 geändert. Anrufe werden danach nach den neuen Einstellungen geleitet.</numerusform>
            <numerusform>Die angehakten Felder werden bei %n Nummern des Kontos %1 geändert. Anrufe werden danach nach den neuen Einstellungen geleitet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 changed.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No answer came back: the change may or may not have been made. Refresh to see the number as it is now.</source>
        <translation>Es kam keine Antwort zurück: Die Änderung wurde vielleicht vorgenommen, vielleicht auch nicht. Aktualisieren Sie, um den aktuellen Stand der Nummer zu sehen.</translation>
    </message>
</context>
<context>
    <name>numdesk::EnvironmentSecretStore</name>
    <message>
        <location filename="../app/model/environmentsecretstore.cpp" line="+26"/>
        <source>the environment</source>
        <translation>der Umgebung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set %1 in the environment for %2 authentication.</source>
        <translation>Setzen Sie %1 in der Umgebung für die Authentifizierung per %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 and %2 in the environment for %3 authentication.</source>
        <translation>Setzen Sie %1 und %2 in der Umgebung für die Authentifizierung per %3.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Set NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN or NUMDESK_AUTH_TOKEN in the environment.</source>
        <translation>Setzen Sie NUMDESK_PUBLIC_KEY und NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN oder NUMDESK_AUTH_TOKEN in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>numdesk::ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="+13"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide error</source>
        <translation>Fehler ausblenden</translation>
    </message>
</context>
<context>
    <name>numdesk::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+49"/>
        <source>Column &amp;keys (offer_id)</source>
        <translation>Spaltensch&amp;lüssel (offer_id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display &amp;labels (Offer)</source>
        <translation>Spalten&amp;bezeichnungen (Angebot)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spreadsheet-safe: keep cells starting with = + - @ from being read as formulas</source>
        <translation>Für Tabellenkalkulationen &amp;absichern: Zellen, die mit = + - @ beginnen, nicht als Formeln lesen lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write &amp;names as shown: offers, traffic sources, pools, providers and countries by name, not by id or code</source>
        <translation>&amp;Namen wie angezeigt schreiben: Angebote, Traffic-Quellen, Pools, Anbieter und Länder mit Namen statt ID oder Code</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+207"/>
        <location line="+52"/>
        <location line="+46"/>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>all</source>
        <translation type="vanished">alle</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Exports all %1 numbers of the account, not only the loaded rows.</source>
        <translation>Exportiert %1 Nummern des Kontos, nicht nur die geladenen Zeilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports every number of the account, not only the loaded rows.</source>
        <translation>Exportiert alle Nummern des Kontos, nicht nur die geladenen Zeilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports the %1 numbers that match the current filters, not only the loaded rows.</source>
        <translation>Exportiert %1 Nummern, die den aktuellen Filtern entsprechen, nicht nur die geladenen Zeilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exports every number that matches the current filters, not only the loaded rows.</source>
        <translation>Exportiert alle Nummern, die den aktuellen Filtern entsprechen, nicht nur die geladenen Zeilen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file then reads like the table; a plan made from it is read back by these names.</source>
        <translation>Die Datei liest sich dann wie die Tabelle; ein daraus erstellter Plan wird über diese Namen wieder eingelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formula warning</source>
        <translation>Formelwarnung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the columns to export; drag to change their order</source>
        <translation>Haken Sie die zu exportierenden Spalten an; ziehen Sie sie, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write dates in %1 instead of exactly as the server sent them</source>
        <translation>Datumsangaben in %1 schreiben statt genau so, wie der Server sie gesendet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off by default: phone numbers begin with + and would be changed.</source>
        <translation>Standardmäßig aus: Telefonnummern beginnen mit + und würden verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This view has cells a spreadsheet would run as formulas, such as %1. Tick Spreadsheet-safe to write them as text.</source>
        <extracomment>Cells are quoted: “=SUM(A1)”, “@handle”</extracomment>
        <translation>Diese Ansicht hat Zellen, die eine Tabellenkalkulation als Formeln ausführen würde, etwa %1. Kreuzen Sie „Für Tabellenkalkulationen absichern“ an, um sie als Text zu schreiben.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check at least one column.</source>
        <translation>Haken Sie mindestens eine Spalte an.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it? It stays as it is unless the export completes.</source>
        <translation>%1 existiert bereits. Ersetzen? Die Datei bleibt unverändert, solange der Export nicht abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 numbers · %3 per second · %4</source>
        <translation>%1 von %2 Nummern · %3 pro Sekunde · %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 numbers · %2 per second</source>
        <translation>%1 Nummern · %2 pro Sekunde</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot write %1: %2.</source>
        <extracomment>%2 says why, e.g. &quot;it is a symbolic link; name the file itself&quot;</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>numdesk::ExportJob</name>
    <message>
        <location filename="../app/model/exportjob.cpp" line="+54"/>
        <source>&apos;%1&apos; is not a column of a phone number.</source>
        <translation>„%1“ ist keine Spalte einer Telefonnummer.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write %1: %2. No file was written.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1 No file was written.</source>
        <translation>Export fehlgeschlagen: %1 Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 numbers written to %2 in %3 s.</source>
        <extracomment>&quot;48,311 numbers written to /home/me/numbers.csv in 6.2 s.&quot;</extracomment>
        <translation>%1 Nummern in %3 s nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The numbers changed during the export; the file holds every number the query matched at the end.</source>
        <translation>Die Nummern haben sich während des Exports geändert; die Datei enthält alle Nummern, die am Ende zur Abfrage passten.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n number(s) were found by reading the set again.</source>
        <translation>
            <numerusform>%n Nummer wurde durch erneutes Lesen der Menge gefunden.</numerusform>
            <numerusform>%n Nummern wurden durch erneutes Lesen der Menge gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The numbers kept changing during the export (%n read(s) of the set disagreed): the file may miss or repeat numbers.</source>
        <translation>
            <numerusform>Die Nummern haben sich während des Exports ständig geändert (%n Lesedurchgang der Menge wich ab): In der Datei können Nummern fehlen oder doppelt vorkommen.</numerusform>
            <numerusform>Die Nummern haben sich während des Exports ständig geändert (%n Lesedurchgänge der Menge wichen ab): In der Datei können Nummern fehlen oder doppelt vorkommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n repeated row(s) were left out.</source>
        <translation>
            <numerusform>%n doppelte Zeile wurde ausgelassen.</numerusform>
            <numerusform>%n doppelte Zeilen wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n NUL character(s) sent by the server were left out.</source>
        <translation>
            <numerusform>%n vom Server gesendetes NUL-Zeichen wurde weggelassen.</numerusform>
            <numerusform>%n vom Server gesendete NUL-Zeichen wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-233"/>
        <location line="+67"/>
        <source>the rows cannot be held on disk: %1</source>
        <translation>die Zeilen können nicht auf der Festplatte zwischengespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+17"/>
        <source>the rows cannot be read back: %1</source>
        <translation>die Zeilen können nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n number(s) left the query while it was read and were left out of the file.</source>
        <translation>
            <numerusform>%n Nummer ist während des Lesens aus der Abfrage gefallen und wurde in der Datei weggelassen.</numerusform>
            <numerusform>%n Nummern sind während des Lesens aus der Abfrage gefallen und wurden in der Datei weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::ExportSpool</name>
    <message>
        <location filename="../app/model/exportspool.cpp" line="+66"/>
        <source>the rows were not given</source>
        <translation>die Zeilen wurden nicht übergeben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the spool file %1 was cut short</source>
        <translation>die Zwischendatei %1 ist unvollständig</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the rows written so far end too soon</source>
        <translation>die bisher geschriebenen Zeilen enden zu früh</translation>
    </message>
</context>
<context>
    <name>numdesk::ExportTarget</name>
    <message>
        <location filename="../app/model/exporttarget.cpp" line="+35"/>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no file was named</source>
        <translation>es wurde keine Datei angegeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>cannot write in the folder %1</source>
        <translation>im Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>it is a symbolic link; name the file itself</source>
        <translation>es ist ein symbolischer Link; geben Sie die Datei selbst an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder; name a file</source>
        <translation>es ist ein Ordner; geben Sie eine Datei an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it belongs to another user and is not replaced</source>
        <translation>die Datei gehört einem anderen Benutzer und wird nicht ersetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is neither a file nor a pipe nor a device</source>
        <translation>es ist weder eine Datei noch eine Pipe noch ein Gerät</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>no program reads from this named pipe</source>
        <translation>kein Programm liest aus dieser benannten Pipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it changed while it was opened</source>
        <translation>es hat sich beim Öffnen geändert</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+36"/>
        <location line="+24"/>
        <source>it is not open</source>
        <translation>es ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>numdesk::FileSecretStore</name>
    <message>
        <location filename="../app/model/filesecretstore.cpp" line="+42"/>
        <source>The secrets file %1 is not a regular file; remove it.</source>
        <translation>Die Geheimnisdatei %1 ist keine normale Datei; entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secrets file %1 belongs to another user; remove it.</source>
        <translation>Die Geheimnisdatei %1 gehört einem anderen Benutzer; entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secrets file %1 can be read or changed by other users (mode %2); it must be readable only by you (mode 0600). Remove it, or make it private with &quot;chmod 600&quot; if nobody else could have changed it.</source>
        <translation>Die Geheimnisdatei %1 kann von anderen Benutzern gelesen oder geändert werden (Modus %2); sie darf nur für Sie lesbar sein (Modus 0600). Entfernen Sie sie, oder machen Sie sie mit „chmod 600“ privat, falls niemand sonst sie geändert haben kann.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot look at the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No secrets are saved in %1.</source>
        <translation>In %1 sind keine Geheimnisse gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secrets file %1 is a symbolic link; remove it.</source>
        <translation>Die Geheimnisdatei %1 ist ein symbolischer Link; entfernen Sie ihn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets file %1 is too large.</source>
        <translation>Die Geheimnisdatei %1 ist zu groß.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secrets file %1 is damaged; remove it and enter the secrets again.</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt; entfernen Sie sie und geben Sie die Geheimnisse neu ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot remove the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No secrets are saved for profile &apos;%1&apos; in %2.</source>
        <translation>Für das Profil „%1“ sind in %2 keine Geheimnisse gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets saved for profile &apos;%1&apos; in %2 are incomplete; enter them again.</source>
        <translation>Die für das Profil „%1“ in %2 gespeicherten Geheimnisse sind unvollständig; geben Sie sie neu ein.</translation>
    </message>
</context>
<context>
    <name>numdesk::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+41"/>
        <source>Any offer</source>
        <translation>Alle Angebote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any traffic source</source>
        <translation>Alle Traffic-Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any provider</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any number pool</source>
        <translation>Alle Nummernpools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last call</source>
        <translation>Letzter Anruf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search names and numbers…</source>
        <translation>Namen und Nummern suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches name, number and human number. Enter searches at once, Esc clears.</source>
        <translation>Durchsucht Name, Nummer und lesbare Nummer. Eingabe sucht sofort, Esc leert das Feld.</translation>
    </message>
    <message>
        <source>Number, e.g. +441224980000</source>
        <translation type="vanished">Nummer, z. B. +441224980000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number, e.g. (212) 669-9604</source>
        <translation>Nummer, z. B. (212) 669-9604</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole number, written any common way; without a country code it is read as a number of the default country (Preferences).</source>
        <translation>Die vollständige Nummer in einer üblichen Schreibweise; ohne Landesvorwahl wird sie als Nummer des Standardlands gelesen (Einstellungen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number error</source>
        <translation>Fehler bei der Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date range error</source>
        <translation>Fehler im Datumsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic source</source>
        <translation>Traffic-Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date ranges are read in this time zone</source>
        <translation>Zeiträume werden in dieser Zeitzone gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filtered</source>
        <translation>Gefiltert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove every filter (Ctrl+Shift+X)</source>
        <translation>Alle Filter entfernen (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;reated:</source>
        <translation>&amp;Erstellt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last call:</source>
        <translation>&amp;Letzter Anruf:</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>(%1) %2</source>
        <extracomment>A time zone in the picker: &quot;(UTC-05:00) Eastern Time (US &amp; Canada)&quot;</extracomment>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The Created range ends before it starts; it is not applied.</source>
        <translation>Der Bereich „Erstellt“ endet, bevor er beginnt; er wird nicht angewendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Last call range ends before it starts; it is not applied.</source>
        <translation>Der Bereich „Letzter Anruf“ endet, bevor er beginnt; er wird nicht angewendet.</translation>
    </message>
</context>
<context>
    <name>numdesk::InsightsPanel</name>
    <message>
        <location filename="../ui/insightspanel.cpp" line="+39"/>
        <source>Take &amp;Snapshot</source>
        <translation>&amp;Schnappschuss aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unrent Idle Numbers…</source>
        <translation>Miete ungenutzter Nummern &amp;beenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;Changed…</source>
        <translation>Was hat sich &amp;geändert…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic source</source>
        <translation>Traffic-Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local / toll-free</source>
        <translation>Lokal / gebührenfrei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month created</source>
        <translation>Monat der Anlage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idle after days</source>
        <translation>Ungenutzt nach Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number is idle when its last call is older than this many days before the snapshot, or when it was never called. Type any number of days.</source>
        <translation>Eine Nummer ist ungenutzt, wenn ihr letzter Anruf mehr als so viele Tage vor dem Schnappschuss liegt oder sie nie angerufen wurde. Jede Zahl von Tagen kann eingegeben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot</source>
        <translation>Schnappschuss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Snapshot</source>
        <translation>Schnappschuss aufnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idle numbers</source>
        <translation>Ungenutzte Nummern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What Changed</source>
        <translation>Was hat sich geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers added, removed and changed between two snapshots</source>
        <translation>Die zwischen zwei Schnappschüssen hinzugekommenen, entfernten und geänderten Nummern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unrent Idle Numbers</source>
        <translation>Miete ungenutzter Nummern beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The idle numbers of this snapshot, read again live, to unrent after a confirmation</source>
        <translation>Die ungenutzten Nummern dieses Schnappschusses, live neu gelesen, zum Beenden der Miete nach einer Bestätigung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+254"/>
        <source>Idle</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Never called</source>
        <translation>Nie angerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle cost</source>
        <translation>Kosten ungenutzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a group to see its numbers, an idle count to see its idle ones</source>
        <translation>Klicken Sie auf eine Gruppe, um ihre Nummern zu sehen, auf eine Zahl ungenutzter, um diese zu sehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Largest groups</source>
        <translation>Größte Gruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group &amp;by:</source>
        <translation>Gruppieren &amp;nach:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Idle after (days):</source>
        <translation>&amp;Ungenutzt nach (Tagen):</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No snapshot file yet.</source>
        <translation>Noch keine Schnappschuss-Datei.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The snapshot could not be read.</source>
        <translation>Der Schnappschuss konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No snapshot of this account yet. Take Snapshot reads every number once and keeps it, to count and compare.</source>
        <translation>Noch kein Schnappschuss dieses Kontos. „Schnappschuss aufnehmen“ liest jede Nummer einmal und behält sie, zum Zählen und Vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshots cannot be read: %1</source>
        <translation>Die Schnappschüsse können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Snapshot of %1 — %Ln number(s)</source>
        <translation>
            <numerusform>Schnappschuss vom %1 — %Ln Nummer</numerusform>
            <numerusform>Schnappschuss vom %1 — %Ln Nummern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not verified: the numbers kept changing while it was read, so it may miss or repeat some</source>
        <translation>nicht geprüft: die Nummern änderten sich während des Lesens, einige können fehlen oder doppelt sein</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %Ln number(s) idle (no call in %2 days), %3 never called.</source>
        <translation>
            <numerusform>%1 von %Ln Nummer ungenutzt (kein Anruf in %2 Tagen), %3 nie angerufen.</numerusform>
            <numerusform>%1 von %Ln Nummern ungenutzt (kein Anruf in %2 Tagen), %3 nie angerufen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Idle numbers cost %1 per month (all numbers: %2).</source>
        <translation>Ungenutzte Nummern kosten %1 im Monat (alle Nummern: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set prices to see cost</source>
        <translation>Preise festlegen, um Kosten zu sehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <location line="+35"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Numbers without one</source>
        <translation>Nummern ohne Zuordnung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: %2</source>
        <extracomment>the snapshot view of one group: &quot;Offer: Solar&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never called</source>
        <translation>nie angerufen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>idle for %Ln day(s)</source>
        <translation>
            <numerusform>seit %Ln Tag ungenutzt</numerusform>
            <numerusform>seit %Ln Tagen ungenutzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Called recently</source>
        <translation>Kürzlich angerufen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The %1 largest of %2 groups</source>
        <translation>Die %1 größten von %2 Gruppen</translation>
    </message>
</context>
<context>
    <name>numdesk::InventoryInsights</name>
    <message>
        <location filename="../app/inventory/inventoryinsights.cpp" line="+121"/>
        <source>Toll-free</source>
        <translation>Gebührenfrei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>#%1</source>
        <extracomment>a number pool (or offer, …) whose name is not known: &quot;#42&quot;</extracomment>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>numdesk::Journal</name>
    <message>
        <location filename="../app/model/journal.cpp" line="+159"/>
        <source>Cannot read the activity journal %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No outcome was recorded (the app was closed or stopped while the request was on its way). Check the account.</source>
        <translation>Es wurde kein Ergebnis aufgezeichnet (die App wurde geschlossen oder angehalten, während die Anfrage unterwegs war). Prüfen Sie das Konto.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The activity journal %1 could not be archived: %2</source>
        <translation>Das Aktivitätsprotokoll %1 konnte nicht archiviert werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Cannot write the activity journal %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create its folder</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+162"/>
        <source>the disk did not confirm the write</source>
        <translation>der Datenträger hat das Schreiben nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>numdesk::JournalModel</name>
    <message>
        <location filename="../app/model/journalmodel.cpp" line="+62"/>
        <source>Buy</source>
        <translation>Mieten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrent</source>
        <translation>Miete beenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome unknown — check</source>
        <translation>Ergebnis unbekannt – bitte prüfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The request was sent but no answer came back: it may or may not have happened. Look for the number on the account before doing it again.</source>
        <translation>Die Anfrage wurde gesendet, aber es kam keine Antwort zurück: Sie wurde vielleicht ausgeführt, vielleicht auch nicht. Suchen Sie die Nummer im Konto, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>numdesk::KeychainSecretStore</name>
    <message>
        <location filename="../app/model/keychainsecretstore.cpp" line="+34"/>
        <source>the system keychain</source>
        <translation>dem Systemschlüsselbund</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>Der Systemschlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Systemschlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain is available (%1). A keychain such as GNOME Keyring or KWallet keeps secrets safe; without one, type them each session or keep them in a file only you can read.</source>
        <translation type="vanished">Es ist kein Systemschlüsselbund verfügbar (%1). Ein Schlüsselbund wie GNOME Keyring oder KWallet bewahrt Geheimnisse sicher auf; ohne ihn geben Sie sie in jeder Sitzung ein oder bewahren sie in einer Datei auf, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No keychain service (such as GNOME Keyring or KWallet) answered: %1.</source>
        <translation>Kein Schlüsselbunddienst (etwa GNOME Keyring oder KWallet) hat geantwortet: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No secrets are saved in the system keychain for profile &apos;%1&apos;.</source>
        <translation>Im Systemschlüsselbund sind für das Profil „%1“ keine Geheimnisse gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain refused access (%1).</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain failed: %1</source>
        <translation>Fehler im Systemschlüsselbund: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secrets saved in the system keychain for profile &apos;%1&apos; are damaged; enter them again.</source>
        <translation>Die im Systemschlüsselbund für das Profil „%1“ gespeicherten Geheimnisse sind beschädigt; geben Sie sie neu ein.</translation>
    </message>
</context>
<context>
    <name>numdesk::LookupCombo</name>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="+27"/>
        <source>The server does not list these for this account (%1): numbers show their ids.</source>
        <translation>Der Server listet diese für dieses Konto nicht auf (%1): Nummern zeigen ihre IDs.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
</context>
<context>
    <name>numdesk::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+82"/>
        <source>Snapshot %1 is gone (pruned since).</source>
        <translation>Schnappschuss %1 gibt es nicht mehr (inzwischen aufgeräumt).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Bought %1. It is not shown because the current filter may not include it; clear the filters or refresh (F5) to see it.</source>
        <translation>%1 gemietet. Die Nummer wird nicht angezeigt, weil der aktuelle Filter sie vielleicht nicht einschließt; setzen Sie die Filter zurück oder aktualisieren Sie (F5), um sie zu sehen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the numbers again from the server (F5)</source>
        <translation>Die Nummern erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the columns of the table</source>
        <translation>Die Spalten der Tabelle auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy with &amp;Headers</source>
        <translation>Mit Spalten&amp;titeln kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export View…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every number of this view to a CSV file (Ctrl+Shift+E)</source>
        <translation>Alle Nummern dieser Ansicht in eine CSV-Datei schreiben (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply Changes from File…</source>
        <translation>Änderungen aus &amp;Datei anwenden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change many numbers from a spreadsheet (CSV): preview, apply, undo</source>
        <translation>Viele Nummern aus einer Tabelle (CSV) ändern: Vorschau, anwenden, rückgängig machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take &amp;Snapshot</source>
        <translation>&amp;Schnappschuss aufnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a snapshot of every number of this account, for insights and to see what changed</source>
        <translation>Einen Schnappschuss aller Nummern dieses Kontos aufbewahren, für Auswertungen und um zu sehen, was sich geändert hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Buy Numbers…</source>
        <translation>Nummern &amp;mieten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent new numbers on this account (Ctrl+N)</source>
        <translation>Neue Nummern in diesem Konto mieten (Strg+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+321"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Change the offer, traffic source, pool or token values of the selected numbers (F2)</source>
        <translation>Angebot, Traffic-Quelle, Pool oder Token-Werte der ausgewählten Nummern ändern (F2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+316"/>
        <source>&amp;Unrent…</source>
        <translation>Miete be&amp;enden…</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Give the selected numbers back; calls to them stop (Del)</source>
        <translation>Die ausgewählten Nummern zurückgeben; Anrufe an sie enden (Entf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, test and remove TrackDrive accounts</source>
        <translation>TrackDrive-Konten hinzufügen, testen und entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Numbers Desk</source>
        <translation>&amp;Über Numbers Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Numbers</source>
        <translation>&amp;Nummern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+42"/>
        <source>The snapshots cannot be opened: %1</source>
        <translation>Die Schnappschüsse können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are working on the built-in sandbox: nothing here touches a real TrackDrive account.</source>
        <translation>Sie arbeiten in der integrierten Sandbox: Nichts hier wirkt sich auf ein echtes TrackDrive-Konto aus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Numbers could not be loaded</source>
        <translation>Die Nummern konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading all numbers for sorting: %1 of %2…</source>
        <translation>Alle Nummern werden zum Sortieren geladen: %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>&amp;Edit %n Numbers…</source>
        <translation>
            <numerusform>%n Nummer &amp;bearbeiten…</numerusform>
            <numerusform>%n Nummern &amp;bearbeiten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Unrent %n Numbers…</source>
        <translation>
            <numerusform>Miete für %n Nummer be&amp;enden…</numerusform>
            <numerusform>Miete für %n Nummern be&amp;enden…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected: %1</source>
        <extracomment>Status bar: &quot;Selected: (512) 341-8875&quot;</extracomment>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The new language is used from the next start of Numbers Desk.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start von Numbers Desk verwendet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Working on %1.</source>
        <translation>Sie arbeiten mit %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the secrets of %1 to open it (%2).</source>
        <translation>Geben Sie die Geheimnisse von %1 ein, um das Konto zu öffnen (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot Open Account</source>
        <translation>Konto kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 cannot be opened: %2</source>
        <translation>Das Konto %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply Changes from File</source>
        <translation>Änderungen aus Datei anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The idle numbers cannot be read: %1</source>
        <translation>Die ungenutzten Nummern können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The snapshot has no idle numbers.</source>
        <translation>Der Schnappschuss hat keine ungenutzten Nummern.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln number(s) had no call in the %1 days before the snapshot of %2.</source>
        <extracomment>&quot;212 numbers had no call in the 90 days before the snapshot of 3 Dec 2026 14:02.&quot;</extracomment>
        <translation>
            <numerusform>%Ln Nummer hatte in den %1 Tagen vor dem Schnappschuss vom %2 keinen Anruf.</numerusform>
            <numerusform>%Ln Nummern hatten in den %1 Tagen vor dem Schnappschuss vom %2 keinen Anruf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unrenting them saves %1 a month.</source>
        <translation>Das Beenden ihrer Miete spart %1 im Monat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Set prices in Preferences → Snapshots to see what they cost.)</source>
        <translation>(Preise unter Einstellungen → Schnappschüsse eintragen, um ihre Kosten zu sehen.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each is read again live before anything is sent.</source>
        <translation>Jede wird live neu gelesen, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The snapshot cannot be shown: %1</source>
        <translation>Der Schnappschuss kann nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Reading %Ln number(s) live…</source>
        <translation>
            <numerusform>%Ln Nummer wird live gelesen…</numerusform>
            <numerusform>%Ln Nummern werden live gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The numbers could not be read live: %1</source>
        <translation>Die Nummern konnten nicht live gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No longer on the account, left out: %1</source>
        <translation>Nicht mehr im Konto, ausgelassen: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Showing the numbers of this offer and provider created since %1.</source>
        <translation>Angezeigt werden die Nummern dieses Angebots und Anbieters, die seit %1 erstellt wurden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort All Numbers?</source>
        <translation>Alle Nummern sortieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only part of the result is loaded, and the server cannot sort numbers. To sort by &quot;%1&quot;, Numbers Desk first loads %2 numbers. Load them now?</source>
        <translation>Nur ein Teil des Ergebnisses ist geladen, und der Server kann Nummern nicht sortieren. Um nach „%1“ zu sortieren, lädt Numbers Desk zuerst %2 Nummern. Jetzt laden?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 loaded</source>
        <extracomment>&quot;1,250 of 48,311 loaded&quot;</extracomment>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No numbers match these filters</source>
        <translation>Keine Nummern passen zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account has no numbers yet</source>
        <translation>Dieses Konto hat noch keine Nummern</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <extracomment>&quot;The time zones could not be loaded: The server had a problem (500)…&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The offers could not be loaded</source>
        <translation>Die Angebote konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The traffic sources could not be loaded</source>
        <translation>Die Traffic-Quellen konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number pools could not be loaded</source>
        <translation>Die Nummernpools konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The providers could not be loaded</source>
        <translation>Die Anbieter konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Date ranges are read in this time zone</source>
        <translation>Zeiträume werden in dieser Zeitzone gelesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date ranges are read in this time zone. This server lists no time zones (%1), so the built-in list is shown.</source>
        <translation>Zeiträume werden in dieser Zeitzone gelesen. Dieser Server listet keine Zeitzonen (%1), daher wird die eingebaute Liste gezeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The time zones could not be loaded</source>
        <translation>Die Zeitzonen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Numbers Desk — %1</source>
        <extracomment>Window title: &quot;Numbers Desk — Sandbox&quot;</extracomment>
        <translation type="vanished">Numbers Desk — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Numbers Desk</source>
        <translation>Über Numbers Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Numbers Desk %1&lt;/h3&gt;&lt;p&gt;Browse, buy, re-point, unrent and export the phone numbers of your TrackDrive account.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Numbers Desk %1&lt;/h3&gt;&lt;p&gt;Durchsuchen, mieten, neu zuordnen, Miete beenden und exportieren: die Telefonnummern Ihres TrackDrive-Kontos.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>numdesk::MemorySecretStore</name>
    <message>
        <location filename="../app/model/memorysecretstore.cpp" line="+11"/>
        <source>this session&apos;s memory</source>
        <translation>dem Speicher dieser Sitzung</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No secrets were given for profile &apos;%1&apos; in this session.</source>
        <translation>Für das Profil „%1“ wurden in dieser Sitzung keine Geheimnisse angegeben.</translation>
    </message>
</context>
<context>
    <name>numdesk::NumberChooser</name>
    <message>
        <location filename="../ui/numberchooser.cpp" line="+39"/>
        <source>&apos;%1&apos; is neither a digit nor a letter.</source>
        <translation>„%1“ ist weder eine Ziffer noch ein Buchstabe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area code or prefix</source>
        <translation>Vorwahl oder Präfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 415 or 0161</source>
        <translation>z. B. 415 oder 0161</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area code, or the first digits of the number after the country code</source>
        <translation>Die Vorwahl oder die ersten Ziffern der Nummer nach der Landesvorwahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area code error</source>
        <translation>Fehler bei der Vorwahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digits or letters, e.g. 777 or FLOWERS</source>
        <translation>Ziffern oder Buchstaben, z. B. 777 oder FLOWERS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits the number contains anywhere; letters are read as on a phone keypad (FLOWERS is 3569377)</source>
        <translation>Ziffern, die die Nummer an beliebiger Stelle enthält; Buchstaben werden wie auf einer Telefontastatur gelesen (FLOWERS ist 3569377)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains hint</source>
        <translation>Hinweis zu „Enthält“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available numbers</source>
        <translation>Verfügbare Nummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Area code or prefix:</source>
        <translation>&amp;Vorwahl oder Präfix:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Co&amp;ntains:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 of %n number(s) chosen.</source>
        <extracomment>Under the available numbers: &quot;3 of 20 numbers chosen.&quot;</extracomment>
        <translation>
            <numerusform>%1 von %n Nummer ausgewählt.</numerusform>
            <numerusform>%1 von %n Nummern ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search for toll-free numbers of %1.</source>
        <extracomment>&quot;Search for local numbers of United States.&quot;</extracomment>
        <translation>Suchen Sie gebührenfreie Nummern für %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for local numbers of %1.</source>
        <translation>Suchen Sie lokale Nummern für %1.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No numbers of %1 match. Try a shorter prefix or fewer digits.</source>
        <translation>Für %1 passen keine Nummern. Versuchen Sie ein kürzeres Präfix oder weniger Ziffern.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n number(s) found: tick the ones to buy.</source>
        <translation>
            <numerusform>%n Nummer gefunden: Haken Sie sie an, um sie zu mieten.</numerusform>
            <numerusform>%n Nummern gefunden: Haken Sie die an, die Sie mieten möchten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is %2 on a phone keypad.</source>
        <extracomment>Under Contains: &quot;FLOWERS is 3569377 on a phone keypad.&quot;</extracomment>
        <translation>%1 ist %2 auf einer Telefontastatur.</translation>
    </message>
</context>
<context>
    <name>numdesk::NumberTableModel</name>
    <message>
        <location filename="../app/model/numbertablemodel.cpp" line="+532"/>
        <source>Loading…</source>
        <extracomment>Placeholder of a table row whose data is on its way</extracomment>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/model/cellformatter.cpp" line="+194"/>
        <source>%1 #%2</source>
        <extracomment>Tooltip of an offer, traffic source, pool or provider cell: &quot;Offer #100&quot;</extracomment>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>numdesk::NumberTableView</name>
    <message>
        <location filename="../ui/numbertableview.cpp" line="+24"/>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>numdesk::PagedQueryReader</name>
    <message>
        <location filename="../app/model/pagedqueryreader.cpp" line="+417"/>
        <source>The server says the query holds %1 numbers, more than the %2 one read takes; reading stopped.</source>
        <extracomment>%1 is the server&apos;s total_count, %2 the most this program reads in one go</extracomment>
        <translation>Der Server meldet %1 Nummern für die Abfrage, mehr als die %2, die ein Lesevorgang aufnimmt; das Lesen wurde beendet.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The server sent page %1 with no number that was not on an earlier page: the list would never end; reading stopped.</source>
        <translation>Der Server schickte Seite %1 ohne eine Nummer, die nicht schon auf einer früheren Seite stand: Die Liste würde nie enden; das Lesen wurde beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server kept sending numbers past %1, more than one read takes; reading stopped.</source>
        <translation>Der Server schickte immer weiter Nummern über %1 hinaus, mehr als ein Lesevorgang aufnimmt; das Lesen wurde beendet.</translation>
    </message>
</context>
<context>
    <name>numdesk::PhoneNumber</name>
    <message>
        <location filename="../app/api/phonenumber.cpp" line="+190"/>
        <source>&apos;token_values&apos; is neither a list nor an object</source>
        <translation>„token_values“ ist weder eine Liste noch ein Objekt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;token_values&apos; holds an entry that is neither text nor an object</source>
        <translation>„token_values“ enthält einen Eintrag, der weder Text noch ein Objekt ist</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not text</source>
        <translation>„%1“ ist kein Text</translation>
    </message>
</context>
<context>
    <name>numdesk::PhoneNumbering</name>
    <message>
        <location filename="../app/phone/phonenumbering.cpp" line="+273"/>
        <source>Type a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type its digits; spaces, dashes, dots, parentheses and a leading + or 00 may stay</source>
        <translation>Geben Sie ihre Ziffern ein; Leerzeichen, Bindestriche, Punkte, Klammern und ein führendes + oder 00 dürfen stehen bleiben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A phone number has no letters: %1.</source>
        <extracomment>Under a number field: &quot;A phone number has no letters: type its digits; …&quot;</extracomment>
        <translation>Eine Telefonnummer enthält keine Buchstaben: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; does not belong in a phone number: %2.</source>
        <translation>„%1“ gehört nicht in eine Telefonnummer: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; holds no digits of a phone number.</source>
        <translation>„%1“ enthält keine Ziffern einer Telefonnummer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start with + and the country code: no default country is set to read a number without one.</source>
        <translation>Beginnen Sie mit + und der Landesvorwahl: Es ist kein Standardland festgelegt, mit dem eine Nummer ohne Landesvorwahl gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>The number does not start with a known country code.</source>
        <translation>Die Nummer beginnt nicht mit einer bekannten Landesvorwahl.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Too short for a phone number.</source>
        <translation>Zu kurz für eine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long for a phone number.</source>
        <translation>Zu lang für eine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Too short: a number of %1 needs its area code too.</source>
        <translation>Zu kurz: Eine Nummer für %1 braucht auch ihre Vorwahl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too short for a phone number of %1.</source>
        <translation>Zu kurz für eine Telefonnummer (Land: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for a phone number of %1.</source>
        <translation>Zu lang für eine Telefonnummer (Land: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No phone number of %1 has this many digits.</source>
        <translation>Für %1 gibt es keine Telefonnummer mit so vielen Ziffern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a valid number of %2.</source>
        <extracomment>&quot;+1 555-010-0000 is not a valid number of United States.&quot;</extracomment>
        <translation>%1 ist keine gültige Nummer für %2.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>An area code has no letters: type its digits.</source>
        <translation>Eine Vorwahl enthält keine Buchstaben: Geben Sie ihre Ziffern ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; does not belong in an area code: type its digits.</source>
        <translation>„%1“ gehört nicht in eine Vorwahl: Geben Sie ihre Ziffern ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This prefix does not start with +%1, the calling code of %2.</source>
        <translation>Dieses Präfix beginnt nicht mit +%1, der Landesvorwahl für %2.</translation>
    </message>
</context>
<context>
    <name>numdesk::PlanDialog</name>
    <message>
        <location filename="../ui/plandialog.cpp" line="+45"/>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Will change</source>
        <translation>Wird geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already so</source>
        <translation>Bereits so</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since</source>
        <translation>Seitdem geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be undone</source>
        <translation>Nicht rückgängig zu machen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unrent</source>
        <translation>Miete beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 → %3</source>
        <extracomment>&quot;Offer: Auto Insurance → Home Solar&quot;</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Skip invalid rows</source>
        <translation>Ungültige Zeilen ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply Changes from File</source>
        <translation>Änderungen aus Datei anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the numbers…</source>
        <translation>Die Nummern werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skip invalid rows</source>
        <translation>Ungültige Zeilen überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count to unrent</source>
        <translation>Anzahl zu kündigender Nummern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Apply Changes from %1</source>
        <translation>Änderungen aus %1 anwenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undo Batch %1</source>
        <translation>Stapel %1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The numbers could not be read: %1</source>
        <translation>Die Nummern konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Type %1 to unrent %n number(s):</source>
        <translation>
            <numerusform>Geben Sie %1 ein, um die Miete von %n Nummer zu beenden:</numerusform>
            <numerusform>Geben Sie %1 ein, um die Miete von %n Nummern zu beenden:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>numdesk::PlanFile</name>
    <message>
        <location filename="../app/inventory/planfile.cpp" line="+107"/>
        <source>The quote opened on line %1 is never closed.</source>
        <translation>Das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&apos;%1&apos;: %2</source>
        <extracomment>&quot;&apos;Geo:800&apos;: the key may only contain a-z, 0-9 and _ (found &apos;G&apos;)&quot;</extracomment>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is empty: a plan needs a header row.</source>
        <translation>Die Datei ist leer: Ein Plan braucht eine Kopfzeile.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The header names neither an id nor a number column (found: %1).</source>
        <translation>Die Kopfzeile nennt weder eine ID- noch eine Nummernspalte (gefunden: %1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not an id (a positive whole number).</source>
        <translation>„%1“ ist keine ID (eine positive ganze Zahl).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The row names no number: its id and number cells are empty.</source>
        <translation>Die Zeile nennt keine Nummer: Ihre ID- und Nummernzellen sind leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is no action: use update or unrent.</source>
        <translation>„%1“ ist keine Aktion: Verwenden Sie update oder unrent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A number cannot be without an offer: &apos;none&apos; is refused.</source>
        <translation>Eine Nummer kann nicht ohne Angebot sein: „none“ wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>numdesk::PlanPreview</name>
    <message>
        <location filename="../app/inventory/planpreview.cpp" line="+21"/>
        <source>offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>traffic source</source>
        <translation>Traffic-Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The account has no %1 with id %2.</source>
        <extracomment>&quot;The account has no offer with id 999.&quot;</extracomment>
        <translation>Das Konto hat kein(e) %1 mit der ID %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 list could not be read, so &apos;%2&apos; cannot be matched: write its id.</source>
        <translation>Die Liste „%1“ konnte nicht gelesen werden, daher kann „%2“ nicht zugeordnet werden: Geben Sie die ID an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The account has no %1 named &apos;%2&apos;.</source>
        <extracomment>&quot;The account has no offer named &apos;Summer&apos;.&quot;</extracomment>
        <translation>Das Konto hat kein(e) %1 namens „%2“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; names more than one %2 (ids %3): write the id.</source>
        <extracomment>&quot;&apos;Summer&apos; names more than one offer (ids 3, 7): write the id.&quot;</extracomment>
        <translation>„%1“ bezeichnet mehr als ein(e) %2 (IDs %3): Geben Sie die ID an.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The account&apos;s numbers could not be read.</source>
        <translation>Die Nummern des Kontos konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Line %1 names this number already.</source>
        <translation>Zeile %1 nennt diese Nummer bereits.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+30"/>
        <location line="+7"/>
        <source>%1: %2</source>
        <extracomment>&quot;token_values: &apos;Geo:1&apos;: the key may only contain …&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The account has no number %1.</source>
        <translation>Das Konto hat keine Nummer %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%n will change</source>
        <translation>
            <numerusform>%n wird geändert</numerusform>
            <numerusform>%n werden geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already so</source>
        <translation>
            <numerusform>%n bereits so</numerusform>
            <numerusform>%n bereits so</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not found</source>
        <translation>
            <numerusform>%n nicht gefunden</numerusform>
            <numerusform>%n nicht gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ambiguous</source>
        <translation>
            <numerusform>%n mehrdeutig</numerusform>
            <numerusform>%n mehrdeutig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n doppelt</numerusform>
            <numerusform>%n doppelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed since, not undone</source>
        <translation>
            <numerusform>%n seitdem geändert, nicht rückgängig gemacht</numerusform>
            <numerusform>%n seitdem geändert, nicht rückgängig gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unrented, cannot be undone</source>
        <translation>
            <numerusform>%n gekündigt, nicht rückgängig zu machen</numerusform>
            <numerusform>%n gekündigt, nicht rückgängig zu machen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
</context>
<context>
    <name>numdesk::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+58"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows asked for in one request; the server may send fewer</source>
        <translation>Zeilen, die mit einer Anfrage angefordert werden; der Server sendet eventuell weniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests in flight</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages the table asks for at the same time while scrolling</source>
        <translation>Seiten, die die Tabelle beim Blättern gleichzeitig anfordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requests in flight:</source>
        <translation>Gleichzeitige &amp;Anfragen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default time zone</source>
        <translation>Standardzeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates in the table are shown, and date filters read, in this zone</source>
        <translation>Datumsangaben in der Tabelle werden in dieser Zone angezeigt und Datumsfilter in ihr gelesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default time &amp;zone:</source>
        <translation>Standard&amp;zeitzone:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default country</source>
        <translation>Standardland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number typed without its country code (&quot;(212) 669-9604&quot;, &quot;0161 419 9581&quot;) is read as a number of this country, and its numbers are shown in their national form</source>
        <translation>Eine ohne Landesvorwahl eingegebene Nummer („(212) 669-9604“, „0161 419 9581“) wird als Nummer dieses Landes gelesen, und die Nummern dieses Landes werden in ihrer nationalen Schreibweise angezeigt</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+58"/>
        <location line="+63"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>&amp;Snapshots</source>
        <translation>S&amp;chnappschüsse</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Snapshots kept</source>
        <translation>Aufbewahrte Schnappschüsse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older snapshots are dropped once a new one is taken; numbers that did not change take almost no room</source>
        <translation>Ältere Schnappschüsse werden gelöscht, sobald ein neuer aufgenommen wird; unveränderte Nummern brauchen kaum Platz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots &amp;kept:</source>
        <translation>&amp;Aufbewahrte Schnappschüsse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the built-in sand&amp;box</source>
        <translation>In der eingebauten Sand&amp;box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily snapshot on the sandbox</source>
        <translation>Täglicher Schnappschuss in der Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On TrackDrive acc&amp;ounts</source>
        <translation>Bei TrackDrive-K&amp;onten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily snapshot on TrackDrive accounts</source>
        <translation>Täglicher Schnappschuss bei TrackDrive-Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads every number of the account once a day, in the background, the first time the window opens that day</source>
        <translation>Liest einmal am Tag, im Hintergrund, jede Nummer des Kontos, wenn das Fenster an diesem Tag zum ersten Mal geöffnet wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take one a day when the window opens:</source>
        <translation>Einen am Tag beim Öffnen des Fensters aufnehmen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+88"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Toll-free</source>
        <translation>Gebührenfrei</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Monthly prices</source>
        <translation>Monatspreise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country to price</source>
        <translation>Land für einen Preis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add country</source>
        <translation>Land hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove country</source>
        <translation>Land entfernen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Monthly price of a number:</source>
        <translation>Monatspreis einer Nummer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insights shows what numbers cost per month from these prices (in your currency; empty: no price). A number is local or toll-free by the number itself.</source>
        <translation>Die Auswertung zeigt mit diesen Preisen, was Nummern im Monat kosten (in Ihrer Währung; leer: kein Preis). Ob eine Nummer lokal oder gebührenfrei ist, ergibt sich aus der Nummer selbst.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 price, %2</source>
        <translation>Preis %1, %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Default &amp;country:</source>
        <translation>Standard&amp;land:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Date display format</source>
        <translation>Datumsformat der Anzeige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Qt date format: yyyy year, MM month, dd day, HH hour, mm minute, ss second, AP for AM/PM</source>
        <translation>Ein Qt-Datumsformat: yyyy Jahr, MM Monat, dd Tag, HH Stunde, mm Minute, ss Sekunde, AP für AM/PM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date format:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date format preview</source>
        <translation>Vorschau des Datumsformats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These settings apply at once. A new page size loads the rows on show again in pages of the new size.</source>
        <translation>Diese Einstellungen gelten sofort. Bei einer neuen Seitengröße werden die angezeigten Zeilen in Seiten der neuen Größe neu geladen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request timeout</source>
        <translation>Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A request without a complete answer in this time fails as a timeout (and is retried when that is safe)</source>
        <translation>Eine Anfrage ohne vollständige Antwort in dieser Zeit scheitert mit Zeitüberschreitung (und wird wiederholt, wenn das sicher ist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;timeout:</source>
        <translation>Zeit&amp;limit für Anfragen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit of a call</source>
        <translation>Zeitlimit eines Aufrufs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A call ends as a timeout after this time in all, its retries, their waits and a slowly arriving answer included</source>
        <translation>Ein Aufruf endet nach dieser Zeit insgesamt als Zeitüberschreitung, einschließlich seiner Wiederholungen, ihrer Wartezeiten und einer langsam eintreffenden Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit of a &amp;call:</source>
        <translation>Zeitlimit eines &amp;Aufrufs:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use &amp;HTTP/2 when the server offers it</source>
        <translation>&amp;HTTP/2 verwenden, wenn der Server es anbietet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use HTTP/2</source>
        <translation>HTTP/2 verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off when a proxy or firewall on the way breaks HTTP/2</source>
        <translation>Ausschalten, wenn ein Proxy oder eine Firewall auf dem Weg HTTP/2 stört</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These settings apply from the next request on; requests already sent finish as they started.</source>
        <translation>Diese Einstellungen gelten ab der nächsten Anfrage; bereits gesendete Anfragen werden so beendet, wie sie begonnen haben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API &amp;keys (number, offer_id, …)</source>
        <translation>API-S&amp;chlüssel (number, offer_id, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header row with API keys</source>
        <translation>Kopfzeile mit API-Schlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column &amp;labels (Number, Offer, …)</source>
        <translation>Spalten&amp;bezeichnungen (Nummer, Angebot, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header row with column labels</source>
        <translation>Kopfzeile mit Spaltenbezeichnungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Header row:</source>
        <translation>Kopfzeile:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spreadsheet-safe cells (a cell starting with =, +, - or @ is not run as a formula)</source>
        <translation>For&amp;melsichere Zellen (eine Zelle, die mit =, +, - oder @ beginnt, wird nicht als Formel ausgeführt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet-safe cells</source>
        <translation>Formelsichere Zellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the file with a &amp;byte order mark (for Excel)</source>
        <translation>Datei mit Byte-&amp;Order-Mark beginnen (für Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byte order mark</source>
        <translation>Byte-Order-Mark</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parallel pages</source>
        <translation>Parallele Seiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages an export asks for at the same time</source>
        <translation>Seiten, die ein Export gleichzeitig anfordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parallel pages:</source>
        <translation>&amp;Parallele Seiten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Export dialog starts with these choices; they apply to the next export.</source>
        <translation>Der Exportdialog beginnt mit diesen Einstellungen; sie gelten ab dem nächsten Export.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <extracomment>The name of English in English; do not translate.</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deutsch</source>
        <extracomment>The name of German in German; do not translate.</extracomment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Español</source>
        <extracomment>The name of Spanish in Spanish; do not translate.</extracomment>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language applies after a restart: Numbers Desk loads its translation when it starts.</source>
        <translation>Die Sprache gilt nach einem Neustart: Numbers Desk lädt seine Übersetzung beim Start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart Numbers Desk to use the new language.</source>
        <translation>Starten Sie Numbers Desk neu, um die neue Sprache zu verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart needed</source>
        <translation>Neustart nötig</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Empty: the default %1 is used.</source>
        <translation>Leer: Der Standardwert %1 wird verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The preferences could not be saved.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>numdesk::ProfileEditDialog</name>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="+74"/>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. acme-live</source>
        <translation>z. B. acme-live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;; the name the command line uses too</source>
        <translation>Buchstaben, Ziffern, „-“, „_“ und „.“; diesen Namen verwendet auch die Befehlszeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TrackDrive &amp;subdomain:</source>
        <translation>TrackDrive-&amp;Subdomain:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a TrackDrive subdomain</source>
        <translation>Eine TrackDrive-Subdomain verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subdomain</source>
        <translation>Subdomain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acme</source>
        <translation>acme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subdomain suffix</source>
        <translation>Endung der Subdomain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full &amp;base URL:</source>
        <translation>Vollständige &amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a full base URL</source>
        <translation>Eine vollständige Basis-URL verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://acme.trackdrive.net</source>
        <translation>https://acme.trackdrive.net</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address preview</source>
        <translation>Vorschau der Adresse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public and private key</source>
        <translation>Öffentlicher und privater Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Legacy auth token (in the URL)</source>
        <translation>Altes Auth-Token (in der URL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Public key:</source>
        <translation>Ö&amp;ffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rivate key:</source>
        <translation>P&amp;rivater Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The auth token travels in every request&apos;s address, where proxies and server logs may keep it. Prefer a key pair or an access token.</source>
        <translation>Das Auth-Token steht in der Adresse jeder Anfrage, wo Proxys und Serverprotokolle es speichern können. Verwenden Sie lieber ein Schlüsselpaar oder ein Zugriffstoken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legacy auth token warning</source>
        <translation>Warnung zum alten Auth-Token</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Auth t&amp;oken:</source>
        <translation>Auth-T&amp;oken:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where secrets are kept</source>
        <translation>Wo Geheimnisse aufbewahrt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung t&amp;esten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A profile keeps its name; add a new one to use another name.</source>
        <translation>Ein Profil behält seinen Namen; legen Sie ein neues an, um einen anderen Namen zu verwenden.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is the built-in sandbox&apos;s name; choose another.</source>
        <translation>„%1“ ist der Name der integrierten Sandbox; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; cannot be a profile name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>„%1“ kann kein Profilname sein: Verwenden Sie Buchstaben, Ziffern, „-“, „_“ und „.“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the account&apos;s subdomain.</source>
        <translation>Geben Sie die Subdomain des Kontos ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A subdomain is letters, digits and &apos;-&apos;. For another address choose Full base URL.</source>
        <translation>Eine Subdomain besteht aus Buchstaben, Ziffern und „-“. Für eine andere Adresse wählen Sie „Vollständige Basis-URL“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter both the public and the private key.</source>
        <translation>Geben Sie sowohl den öffentlichen als auch den privaten Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the public and the private key.</source>
        <translation>Geben Sie den öffentlichen und den privaten Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the access token.</source>
        <translation>Geben Sie das Zugriffstoken ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the auth token.</source>
        <translation>Geben Sie das Auth-Token ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved; leave empty to keep</source>
        <translation>Gespeichert; leer lassen, um den gespeicherten Wert zu behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tdpub…</source>
        <translation>tdpub…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tdprv…</source>
        <translation>tdprv…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Requests go to %1</source>
        <translation>Anfragen gehen an %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secrets are kept in memory until Numbers Desk closes: you type them again after each start.</source>
        <translation>Geheimnisse bleiben im Arbeitsspeicher, bis Numbers Desk geschlossen wird: Sie geben sie nach jedem Start neu ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets are saved in %1.</source>
        <translation>Geheimnisse werden in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secrets could not be saved in %1: %2</source>
        <translation>Die Geheimnisse konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>numdesk::ProfileStore</name>
    <message>
        <location filename="../app/model/profilestore.cpp" line="+71"/>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile &apos;%1&apos; has an unknown auth method &apos;%2&apos; (use basic, token or auth-token).</source>
        <translation>Profil „%1“ hat die unbekannte Authentifizierungsmethode „%2“ (möglich sind basic, token oder auth-token).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile &apos;%1&apos; has no base URL.</source>
        <translation>Profil „%1“ hat keine Basis-URL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a usable profile name (use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>„%1“ ist kein verwendbarer Profilname (erlaubt sind Buchstaben, Ziffern, „-“, „_“ und „.“).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The settings could not be written.</source>
        <translation>Die Einstellungen konnten nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>numdesk::ProfileSwitcher</name>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="+24"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account this window works on</source>
        <translation>Das Konto, mit dem dieses Fenster arbeitet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in sandbox: demo numbers on this computer</source>
        <translation>Die integrierte Sandbox: Demo-Nummern auf diesem Computer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manage Accounts…</source>
        <translation>Konten verwalten…</translation>
    </message>
</context>
<context>
    <name>numdesk::SecretMigration</name>
    <message numerus="yes">
        <location filename="../app/model/secretmigration.cpp" line="+67"/>
        <source>The secrets of %n profile(s) were moved to %1.</source>
        <translation>
            <numerusform>Die Geheimnisse von %n Profil wurden nach %1 verschoben.</numerusform>
            <numerusform>Die Geheimnisse von %n Profilen wurden nach %1 verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secrets of %1 were saved in %2 but are still also in %3: %4</source>
        <translation>Die Geheimnisse von %1 wurden in %2 gespeichert, sind aber noch immer auch in %3: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secrets of %1 were not moved and stay in %2: %3</source>
        <translation>Die Geheimnisse von %1 wurden nicht verschoben und bleiben in %2: %3</translation>
    </message>
</context>
<context>
    <name>numdesk::SecretStore</name>
    <message>
        <location filename="../app/model/secretstore.cpp" line="+47"/>
        <source>The secrets saved for profile &apos;%1&apos; are for %2 authentication, not %3.</source>
        <translation>Die für das Profil „%1“ gespeicherten Geheimnisse gehören zur Authentifizierung per %2, nicht per %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Secrets are saved for a profile; &apos;%1&apos; is not a profile name.</source>
        <translation>Geheimnisse werden für ein Profil gespeichert; „%1“ ist kein Profilname.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credentials for %1 authentication are incomplete.</source>
        <translation>Die Zugangsdaten für die Authentifizierung per %1 sind unvollständig.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Secrets cannot be saved in %1.</source>
        <translation>In %1 können keine Geheimnisse gespeichert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secrets cannot be removed from %1.</source>
        <translation>Aus %1 können keine Geheimnisse entfernt werden.</translation>
    </message>
</context>
<context>
    <name>numdesk::SecretStores</name>
    <message>
        <location filename="../ui/secretstores.cpp" line="+48"/>
        <source>Numbers Desk was built without keychain support.</source>
        <translation>Numbers Desk wurde ohne Unterstützung für Schlüsselbunde erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain cannot be used here.</source>
        <translation>Der Systemschlüsselbund kann hier nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>numdesk::SnapshotDiffDialog</name>
    <message>
        <location filename="../ui/snapshotdiffdialog.cpp" line="+34"/>
        <source>Added</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What Changed</source>
        <translation>Was hat sich geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From snapshot</source>
        <translation>Von Schnappschuss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To snapshot</source>
        <translation>Bis Schnappschuss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a change or an offer to see those numbers in the snapshot</source>
        <translation>Doppelklicken Sie auf eine Änderung oder ein Angebot, um diese Nummern im Schnappschuss zu sehen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes by offer</source>
        <translation>Änderungen nach Angebot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Snapshot %1 — %2 — %Ln number(s)</source>
        <extracomment>&quot;Snapshot 3 — 4 Dec 2026 08:16 — 900 numbers&quot;</extracomment>
        <translation>
            <numerusform>Schnappschuss %1 — %2 — %Ln Nummer</numerusform>
            <numerusform>Schnappschuss %1 — %2 — %Ln Nummern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to compare yet: take another snapshot (Take Snapshot) once the numbers have changed.</source>
        <translation>Noch gibt es nichts zu vergleichen: nehmen Sie einen weiteren Schnappschuss auf (Schnappschuss aufnehmen), wenn sich die Nummern geändert haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshots cannot be opened: %1</source>
        <translation>Die Schnappschüsse können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The snapshots cannot be compared: %1</source>
        <translation>Die Schnappschüsse können nicht verglichen werden: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(no offer)</source>
        <translation>(kein Angebot)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <extracomment>&quot;Auto Insurance (#100): 3 added, 1 removed, 2 changed&quot;</extracomment>
        <translation>%1: %2 hinzugekommen, %3 entfernt, %4 geändert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing changed between these snapshots.</source>
        <translation>Zwischen diesen Schnappschüssen hat sich nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added, %2 removed, %3 changed; %4 in all.</source>
        <translation>Hinzugekommen: %1; entfernt: %2; geändert: %3; %4 insgesamt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+3"/>
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln Nummer</numerusform>
            <numerusform>%Ln Nummern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export What Changed</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>%n Änderung nach %1 geschrieben.</numerusform>
            <numerusform>%n Änderungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>numdesk::SnapshotStore</name>
    <message>
        <location filename="../app/inventory/snapshotstore.cpp" line="+178"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The snapshot store is already open.</source>
        <translation>Der Schnappschussspeicher ist bereits geöffnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its folder cannot be created</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>the snapshot was stopped</source>
        <translation>der Schnappschuss wurde angehalten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the row version %1 could not be added</source>
        <extracomment>%1: a checksum, a number</extracomment>
        <translation>die Zeilenversion %1 konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+477"/>
        <source>&apos;%1&apos; is not a facet</source>
        <translation>„%1“ ist keine Facette</translation>
    </message>
    <message>
        <location line="-530"/>
        <location line="+433"/>
        <location line="+181"/>
        <source>the SQLite driver gives no connection handle</source>
        <translation>der SQLite-Treiber liefert keinen Verbindungs-Handle</translation>
    </message>
</context>
<context>
    <name>numdesk::SnapshotTableModel</name>
    <message>
        <location filename="../app/inventory/snapshottablemodel.cpp" line="+80"/>
        <source>Snapshot %1 is not in the store (pruned since?).</source>
        <translation>Schnappschuss %1 ist nicht im Speicher (inzwischen aufgeräumt?).</translation>
    </message>
</context>
<context>
    <name>numdesk::SnapshotTaker</name>
    <message>
        <location filename="../ui/snapshottaker.cpp" line="+38"/>
        <source>Taking a snapshot of every number…</source>
        <translation>Schnappschuss aller Nummern wird aufgenommen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Snapshot</source>
        <translation>Schnappschuss aufnehmen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Taking a snapshot: %1 of %2 numbers…</source>
        <translation>Schnappschuss wird aufgenommen: %1 von %2 Nummern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking a snapshot: %1 numbers…</source>
        <translation>Schnappschuss wird aufgenommen: %1 Nummern…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Snapshot cancelled; nothing was kept.</source>
        <translation>Schnappschuss abgebrochen; nichts wurde aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot failed: %1</source>
        <translation>Der Schnappschuss ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot %1: %2 numbers at %3</source>
        <extracomment>&quot;Snapshot 3: 3,000 numbers at 3 Dec 2026 14:02&quot;</extracomment>
        <translation>Schnappschuss %1: %2 Nummern am %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not verified: the numbers kept changing while they were read, so it may miss or repeat some.</source>
        <translation>Nicht bestätigt: Die Nummern haben sich beim Lesen ständig geändert, daher können einige fehlen oder doppelt sein.</translation>
    </message>
</context>
<context>
    <name>numdesk::SnapshotViewWindow</name>
    <message>
        <location filename="../ui/snapshotviewwindow.cpp" line="+30"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unrent…</source>
        <translation>Miete be&amp;enden…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter: number, name, offer, source, pool…</source>
        <translation>Filter: Nummer, Name, Angebot, Quelle, Pool…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit the selected numbers: their current values are read live</source>
        <translation>Die ausgewählten Nummern bearbeiten: ihre aktuellen Werte werden live gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrent the selected numbers: each is read live first, and changes are shown</source>
        <translation>Die Miete der ausgewählten Nummern beenden: jede wird zuerst live gelesen, Änderungen werden gezeigt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The snapshot cannot be read: %1</source>
        <translation>Der Schnappschuss kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Snapshot of %1 — reading… — live values may differ</source>
        <extracomment>The snapshot view&apos;s bar: &quot;Snapshot of 3 Dec 14:02 — 212 numbers — live values may differ&quot;</extracomment>
        <translation>Schnappschuss vom %1 — wird gelesen… — aktuelle Werte können abweichen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Snapshot of %1 — %Ln number(s) — live values may differ</source>
        <translation>
            <numerusform>Schnappschuss vom %1 — %Ln Nummer — aktuelle Werte können abweichen</numerusform>
            <numerusform>Schnappschuss vom %1 — %Ln Nummern — aktuelle Werte können abweichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this snapshot&apos;s read was not verified: it may miss or repeat numbers</source>
        <translation>das Lesen dieses Schnappschusses wurde nicht bestätigt: Nummern können fehlen oder doppelt sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot of %1</source>
        <translation>Schnappschuss vom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Snapshot of %2</source>
        <translation>%1 — Schnappschuss vom %2</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln number(s) chosen in the snapshot of %1.</source>
        <extracomment>&quot;2 numbers chosen in the snapshot of 3 Dec 2026 14:02 (Offer: Solar, idle for 90 days).&quot;</extracomment>
        <translation>
            <numerusform>%Ln Nummer im Schnappschuss vom %1 ausgewählt.</numerusform>
            <numerusform>%Ln Nummern im Schnappschuss vom %1 ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln number(s) chosen in the snapshot of %1 (%2).</source>
        <translation>
            <numerusform>%Ln Nummer im Schnappschuss vom %1 ausgewählt (%2).</numerusform>
            <numerusform>%Ln Nummern im Schnappschuss vom %1 ausgewählt (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each is read again live before anything is sent.</source>
        <translation>Jede wird erneut live gelesen, bevor etwas gesendet wird.</translation>
    </message>
</context>
<context>
    <name>numdesk::TokenValue</name>
    <message>
        <location filename="../app/api/tokenvalue.cpp" line="+49"/>
        <source>the entry is empty</source>
        <translation>der Eintrag ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a &apos;:&apos; must separate the key from the value (key:value)</source>
        <translation>ein „:“ muss den Schlüssel vom Wert trennen (Schlüssel:Wert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key before &apos;:&apos; is empty</source>
        <translation>der Schlüssel vor „:“ ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the key may only contain a-z, 0-9 and _ (found &apos;%1&apos;)</source>
        <translation>der Schlüssel darf nur a-z, 0-9 und _ enthalten (gefunden: „%1“)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the value after &apos;:&apos; is empty</source>
        <translation>der Wert nach „:“ ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value after the operator &apos;%1&apos; is empty</source>
        <translation>der Wert nach dem Operator „%1“ ist leer</translation>
    </message>
</context>
<context>
    <name>numdesk::TokenValuesEditor</name>
    <message>
        <location filename="../ui/tokenvalueseditor.cpp" line="+18"/>
        <source>C&amp;lear All</source>
        <translation>Alle ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token values</source>
        <translation>Token-Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest:auto
loan_amount:&gt;=10000</source>
        <translation>interest:auto
loan_amount:&gt;=10000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One key:value per line. Keys use a-z, 0-9 and _; a value may start with !=, &gt;=, &lt;=, &gt; or &lt;.</source>
        <translation>Ein key:value pro Zeile. Schlüssel bestehen aus a-z, 0-9 und _; ein Wert darf mit !=, &gt;=, &lt;=, &gt; oder &lt; beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear all token values</source>
        <translation>Alle Token-Werte entfernen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Line %1, &apos;%2&apos;: %3</source>
        <extracomment>&quot;Line 2, &apos;Geo:800&apos;: the key may only contain a-z, 0-9 and _ (found &apos;G&apos;)&quot;</extracomment>
        <translation>Zeile %1, „%2“: %3</translation>
    </message>
</context>
<context>
    <name>numdesk::UndoPlan</name>
    <message>
        <location filename="../app/inventory/undoplan.cpp" line="+20"/>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (#%2)</source>
        <extracomment>a name and its id: &quot;Auto Insurance (#12)&quot;</extracomment>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The journal holds no batch &apos;%1&apos;.</source>
        <translation>Das Protokoll enthält keinen Stapel „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Batch %1 was made on %2, not on this account (%3).</source>
        <translation>Stapel %1 wurde auf %2 ausgeführt, nicht auf diesem Konto (%3).</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>An unrent cannot be undone; it had offer %1, traffic source %2, number pool %3.</source>
        <translation>Eine beendete Miete kann nicht rückgängig gemacht werden; die Nummer hatte Angebot %1, Traffic-Quelle %2, Nummernpool %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token values: %1.</source>
        <translation>Token-Werte: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer came to this unrent: check whether the number is still on the account.</source>
        <translation>Auf diese Kündigung kam keine Antwort: prüfen Sie, ob die Nummer noch im Konto ist.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The number is no longer in the account.</source>
        <translation>Die Nummer ist nicht mehr im Konto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is %2 now, the batch set %3</source>
        <extracomment>&quot;offer_id is 14 now, the batch set 12&quot;</extracomment>
        <translation>%1 ist jetzt %2, der Stapel setzte %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal holds no values from before this change (it was made by an older version).</source>
        <translation>Das Protokoll enthält keine Werte von vor dieser Änderung (sie stammt von einer älteren Version).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed since, not undone: %1.</source>
        <translation>Seitdem geändert, nicht rückgängig gemacht: %1.</translation>
    </message>
</context>
<context>
    <name>numdesk::UnrentDialog</name>
    <message>
        <location filename="../ui/unrentdialog.cpp" line="+38"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Unrent %n Number(s)?</source>
        <translation>
            <numerusform>Miete für %n Nummer beenden?</numerusform>
            <numerusform>Miete für %n Nummern beenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>&amp;Unrent %n Number(s)</source>
        <translation>
            <numerusform>Miete für %n Nummer &amp;beenden</numerusform>
            <numerusform>Miete für %n Nummern &amp;beenden</numerusform>
        </translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Unrent</source>
        <translation>Miete beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 is protected by delete prevention: the server refuses to unrent it. Turn delete prevention off on TrackDrive first.</source>
        <translation>
            <numerusform>%1 ist durch einen Löschschutz geschützt: Der Server lehnt es ab, die Miete zu beenden. Schalten Sie den Löschschutz zuerst in TrackDrive aus.</numerusform>
            <numerusform>%1 sind durch einen Löschschutz geschützt: Der Server lehnt es ab, ihre Miete zu beenden. Schalten Sie den Löschschutz zuerst in TrackDrive aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 is protected by delete prevention and is left out: the server refuses to unrent it.</source>
        <translation>
            <numerusform>%1 ist durch einen Löschschutz geschützt und wird ausgelassen: Der Server lehnt es ab, die Miete zu beenden.</numerusform>
            <numerusform>%1 sind durch einen Löschschutz geschützt und werden ausgelassen: Der Server lehnt es ab, ihre Miete zu beenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n number(s) changed since the snapshot (marked; hover for what changed): look at them before you unrent.</source>
        <translation>
            <numerusform>%n Nummer hat sich seit dem Schnappschuss geändert (markiert; der Tooltip sagt, was): sehen Sie sie an, bevor Sie die Miete beenden.</numerusform>
            <numerusform>%n Nummern haben sich seit dem Schnappschuss geändert (markiert; der Tooltip sagt, was): sehen Sie sie an, bevor Sie die Miete beenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n number(s) are no longer on the account and are left out.</source>
        <translation>
            <numerusform>%n Nummer ist nicht mehr im Konto und wird ausgelassen.</numerusform>
            <numerusform>%n Nummern sind nicht mehr im Konto und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the numbers again: %1 of %2…</source>
        <translation>Die Nummern werden neu gelesen: %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>These %n number(s) will be unrented on account %1. Calls to them stop at once and the number(s) may go to someone else. Their call history is kept.</source>
        <translation>
            <numerusform>Die Miete dieser %n Nummer im Konto %1 wird beendet. Anrufe an sie enden sofort, und die Nummer kann an jemand anderen gehen. Ihr Anrufverlauf bleibt erhalten.</numerusform>
            <numerusform>Die Miete dieser %n Nummern im Konto %1 wird beendet. Anrufe an sie enden sofort, und die Nummern können an jemand anderen gehen. Ihr Anrufverlauf bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers to unrent</source>
        <translation>Nummern, deren Miete beendet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number Pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>To confirm, type the number of numbers to unrent (%1):</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Nummern ein, deren Miete beendet wird (%1):</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed since the snapshot</source>
        <translation>Seit dem Schnappschuss geändert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Count to confirm</source>
        <translation>Anzahl zur Bestätigung</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+66"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+68"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+1"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protected by delete prevention: left out</source>
        <translation>Durch Löschschutz geschützt: ausgelassen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no longer on the account: left out)</source>
        <translation>(nicht mehr im Konto: ausgelassen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not read: %1)</source>
        <translation>(nicht gelesen: %1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 → %3</source>
        <extracomment>&quot;Last Call At: 2026-09-01T10:00:00Z → 2026-12-04T08:30:00Z&quot;</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed since the snapshot:</source>
        <translation>Seit dem Schnappschuss geändert:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>numdesk::Workspace</name>
    <message>
        <location filename="../ui/workspace.cpp" line="+99"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <extracomment>&quot;Sandbox (http://127.0.0.1:41235)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::AccountResolver</name>
    <message>
        <location filename="../app/cli/accountresolver.cpp" line="+68"/>
        <source>NUMDESK_SANDBOX_NUMBERS must be a whole number from 0 to 10000000 (found &apos;%1&apos;).</source>
        <translation>NUMDESK_SANDBOX_NUMBERS muss eine ganze Zahl von 0 bis 10000000 sein (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sandbox did not start: %1</source>
        <translation>Die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note: the sandbox reused its database %1; delete it or set NUMDESK_SANDBOX_DB to generate %2 numbers.
</source>
        <translation>Hinweis: Die Sandbox hat ihre Datenbank %1 wiederverwendet; löschen Sie sie oder setzen Sie NUMDESK_SANDBOX_DB, um %2 Nummern zu erzeugen.
</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Say which account to use: --base-url URL, --profile NAME or --sandbox.</source>
        <translation>Geben Sie an, welches Konto verwendet werden soll: --base-url URL, --profile NAME oder --sandbox.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bad account address: %1</source>
        <translation>Ungültige Kontoadresse: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No credentials for profile &apos;%1&apos;. %2 Saved secrets: %3</source>
        <translation>Keine Zugangsdaten für das Profil „%1“. %2 Gespeicherte Geheimnisse: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No credentials: set NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN or NUMDESK_AUTH_TOKEN in the environment.</source>
        <translation>Keine Zugangsdaten: Setzen Sie NUMDESK_PUBLIC_KEY und NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN oder NUMDESK_AUTH_TOKEN in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::ApplyCommand</name>
    <message>
        <location filename="../app/cli/applycommand.cpp" line="+19"/>
        <source>apply FILE.csv [--dry-run] [--skip-invalid] [--yes] [--format table|csv|json]</source>
        <translation>apply DATEI.csv [--dry-run] [--skip-invalid] [--yes] [--format table|csv|json]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes many numbers from a plan file: CSV with a header, one row per number (id or number), columns offer, traffic_source, ring_pool (name or id; empty leaves it, none clears it), token_values (k:v; k2:v2 or none) and action (update or unrent). Every row is first checked against a fresh read of the account; --dry-run prints that preview and sends nothing. Only changed fields are sent, as one batch of the journal that &apos;undo&apos; can take back. A plan with invalid, ambiguous or duplicate rows is refused unless --skip-invalid. Without a terminal a plan with changes needs --yes. Prints &apos;Batch &lt;id&gt;&apos; when it sent anything. Exit status 0 all done, 1 some failed, 2 invalid plan, 3 cancelled.</source>
        <translation>Ändert viele Nummern aus einer Plandatei: CSV mit Kopfzeile, eine Zeile je Nummer (id oder number), Spalten offer, traffic_source, ring_pool (Name oder ID; leer lässt den Wert, none leert ihn), token_values (k:v; k2:v2 oder none) und action (update oder unrent). Jede Zeile wird zuerst mit einem frischen Lesen des Kontos verglichen; --dry-run gibt diese Vorschau aus und sendet nichts. Nur geänderte Felder werden gesendet, als ein Stapel des Protokolls, den &apos;undo&apos; zurücknehmen kann. Ein Plan mit ungültigen, mehrdeutigen oder doppelten Zeilen wird abgelehnt, außer mit --skip-invalid. Ohne Terminal braucht ein Plan mit Änderungen --yes. Gibt &apos;Batch &lt;id&gt;&apos; aus, wenn etwas gesendet wurde. Exit-Status 0 alles erledigt, 1 einiges fehlgeschlagen, 2 ungültiger Plan, 3 abgebrochen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the preview; send nothing.</source>
        <translation>Vorschau ausgeben; nichts senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the other rows of a plan with invalid, ambiguous or duplicate rows.</source>
        <translation>Die übrigen Zeilen eines Plans mit ungültigen, mehrdeutigen oder doppelten Zeilen anwenden.</translation>
    </message>
    <message>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation type="vanished">Nicht fragen; nötig, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <source>Preview format: table (default), csv or json.</source>
        <translation type="vanished">Format der Vorschau: table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="vanished">FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan file (CSV).</source>
        <translation>Die Plandatei (CSV).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.csv</source>
        <translation>DATEI.csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one plan file.</source>
        <translation>geben Sie genau eine Plandatei an.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json.</source>
        <translation type="vanished">--format muss table, csv oder json sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>apply: %1: %2
</source>
        <translation>apply: %1: %2
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading numbers: %1 of %2</source>
        <translation>Nummern werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>apply: the numbers could not be read: %1 Nothing was sent.
</source>
        <translation>apply: Die Nummern konnten nicht gelesen werden: %1 Es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  line %1: %2
</source>
        <translation>  Zeile %1: %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>apply: the plan has rows that cannot be applied; nothing was sent. Correct them, or add --skip-invalid.
</source>
        <translation>apply: Der Plan hat Zeilen, die nicht angewendet werden können; es wurde nichts gesendet. Korrigieren Sie sie oder fügen Sie --skip-invalid hinzu.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to change.
</source>
        <translation>Nichts zu ändern.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>apply: standard input is not a terminal; nothing was sent. Add --yes to apply without being asked.
</source>
        <translation>apply: Die Standardeingabe ist kein Terminal; es wurde nichts gesendet. Fügen Sie --yes hinzu, um ohne Rückfrage anzuwenden.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was sent.
</source>
        <translation>Es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>apply: %1 Nothing was sent.
</source>
        <translation>apply: %1 Es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 done, %2 failed.
</source>
        <translation>%1 erledigt, %2 fehlgeschlagen.
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::BatchPrinter</name>
    <message>
        <location filename="../app/cli/batchprinter.cpp" line="+32"/>
        <source>unrent</source>
        <translation>Miete beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 → %3</source>
        <extracomment>&quot;offer_id: 11 → 12&quot;</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::BatchRun</name>
    <message>
        <location filename="../app/cli/batchrun.cpp" line="+14"/>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation>Nicht fragen; nötig, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview format: table (default), csv or json.</source>
        <translation>Format der Vorschau: table (Standard), csv oder json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format must be table, csv or json.</source>
        <translation>--format muss table, csv oder json sein.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>About to change %n number(s) of %1</source>
        <translation>
            <numerusform>Gleich wird %n Nummer von %1 geändert</numerusform>
            <numerusform>Gleich werden %n Nummern von %1 geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and unrent %n number(s): they leave the account, and buying them back may not be possible.
</source>
        <translation>
            <numerusform> und die Miete von %n Nummer beendet: Sie verlässt das Konto, ein Rückkauf ist vielleicht nicht möglich.
</numerusform>
            <numerusform> und die Miete von %n Nummern beendet: Sie verlassen das Konto, ein Rückkauf ist vielleicht nicht möglich.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Type %1 to unrent %n number(s):</source>
        <translation>
            <numerusform>Geben Sie %1 ein, um die Miete von %n Nummer zu beenden:</numerusform>
            <numerusform>Geben Sie %1 ein, um die Miete von %n Nummern zu beenden:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type &apos;yes&apos; to go on:</source>
        <translation>Geben Sie &apos;yes&apos; ein, um fortzufahren:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 numbers</source>
        <translation>%1 von %2 Nummern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (id %2): %3
</source>
        <translation>%1 (ID %2): %3
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::BuyCommand</name>
    <message>
        <source>buy --provider ID --offer ID --country CC (--toll-free|--local) [--traffic-source ID] [--pool ID] [--token k:v]… [--yes]</source>
        <translation type="vanished">buy --provider ID --offer ID --country CC (--toll-free|--local) [--traffic-source ID] [--pool ID] [--token k:v]… [--yes]</translation>
    </message>
    <message>
        <source>Buys one number with a provider configuration of the account. This costs money and is never retried by itself; it asks for confirmation on a terminal and needs --yes otherwise.</source>
        <translation type="vanished">Mietet eine Nummer über eine Anbieterkonfiguration des Kontos. Das kostet Geld und wird nie von selbst wiederholt; auf einem Terminal wird nachgefragt, sonst ist --yes nötig.</translation>
    </message>
    <message>
        <location filename="../app/cli/buycommand.cpp" line="+16"/>
        <source>buy --provider ID --offer ID --country CC (--toll-free|--local) [--traffic-source ID] [--pool ID] [--token k:v]… [--yes]
       numdesk-cli buy --number +1… [--number …] --provider ID --offer ID [--traffic-source ID] [--pool ID] [--token k:v]… [--yes]</source>
        <translation>buy --provider ID --offer ID --country CC (--toll-free|--local) [--traffic-source ID] [--pool ID] [--token k:v]… [--yes]
       numdesk-cli buy --number +1… [--number …] --provider ID --offer ID [--traffic-source ID] [--pool ID] [--token k:v]… [--yes]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buys one number of a country, or exactly the numbers given with --number (found with &apos;search&apos;; their country and whether they are toll-free come from the numbers), with a provider configuration of the account. This costs money and is never retried by itself; it asks for confirmation on a terminal and needs --yes otherwise.</source>
        <translation>Mietet eine Nummer eines Landes oder genau die mit --number angegebenen Nummern (gefunden mit „search“; Land und ob sie gebührenfrei sind, ergeben sich aus den Nummern) über eine Anbieterkonfiguration des Kontos. Das kostet Geld und wird nie von selbst wiederholt; auf einem Terminal wird nachgefragt, sonst ist --yes nötig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider configuration to buy with.</source>
        <translation>Die Anbieterkonfiguration, über die gemietet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offer the number serves.</source>
        <translation>Das Angebot, dem die Nummer dient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code (US, GB, …).</source>
        <translation>Ländercode (US, GB, …).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy a toll-free number.</source>
        <translation>Eine gebührenfreie Nummer mieten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy a local number.</source>
        <translation>Eine lokale Nummer mieten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic source of the number.</source>
        <translation>Traffic-Quelle der Nummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number pool of the number.</source>
        <translation>Nummernpool der Nummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token value key:value (repeatable).</source>
        <translation>Token-Wert key:value (wiederholbar).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K:V</source>
        <translation>K:V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy exactly this number (repeatable; any written form, without a country code in the default country of Preferences).</source>
        <translation>Genau diese Nummer mieten (wiederholbar; beliebige Schreibweise, ohne Landesvorwahl im Standardland aus den Einstellungen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation>Nicht nachfragen; nötig, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--number &apos;%1&apos;: %2</source>
        <translation>--number „%1“: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--number &apos;%1&apos;: numbers of %2 cannot be bought.</source>
        <translation>--number „%1“: Nummern für %2 können nicht gemietet werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--number takes the country and whether it is toll-free from the number: leave out --%1.</source>
        <translation>--number entnimmt das Land und ob sie gebührenfrei ist der Nummer: Lassen Sie --%1 weg.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--country: &apos;%1&apos; is not a country numbers can be bought in (use one of %2).</source>
        <translation>--country: „%1“ ist kein Land, in dem Nummern gemietet werden können (möglich sind %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>say either --toll-free or --local.</source>
        <translation>geben Sie entweder --toll-free oder --local an.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Account:                %1
  Provider configuration: %2
  Offer:                  %3
  Traffic source:         %4
  Number pool:            %5
  Token values:           %6
</source>
        <translation>  Konto:                  %1
  Anbieterkonfiguration:  %2
  Angebot:                %3
  Traffic-Quelle:         %4
  Nummernpool:            %5
  Token-Werte:            %6
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About to buy one %1 number in %2 (%3).
</source>
        <translation>Es wird eine %1 Nummer gemietet, Land: %2 (%3).
</translation>
    </message>
    <message>
        <source>About to buy one %1 number in %2 (%3).
  Account:                %4
  Provider configuration: %5
  Offer:                  %6
  Traffic source:         %7
  Number pool:            %8
  Token values:           %9
This costs money; only unrenting the number undoes it.
</source>
        <translation type="vanished">Es wird eine %1 Nummer gemietet, Land: %2 (%3).
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
        <location line="+1"/>
        <location line="+10"/>
        <source>toll-free</source>
        <translation>gebührenfreie</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>local</source>
        <translation>lokale</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>About to buy these numbers:
</source>
        <translation>Diese Nummern werden gemietet:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1  %2  %3, %4, %5
</source>
        <extracomment>&quot; +14153569377 (415) 356-9377 local, United States, San Francisco, CA&quot;</extracomment>
        <translation>  %1  %2  %3, %4, %5
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This costs money; only unrenting a number undoes it.
</source>
        <translation>Das kostet Geld; rückgängig machen lässt es sich nur, indem die Miete einer Nummer beendet wird.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>buy: standard input is not a terminal; nothing was bought. Add --yes to buy without being asked.
</source>
        <translation>buy: Die Standardeingabe ist kein Terminal; es wurde nichts gemietet. Fügen Sie --yes hinzu, um ohne Nachfrage zu mieten.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type &apos;yes&apos; to buy:</source>
        <translation>Geben Sie „yes“ ein, um zu mieten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was bought.
</source>
        <translation>Es wurde nichts gemietet.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not sent %1: an earlier purchase&apos;s outcome is unknown.
</source>
        <translation>%1 nicht gesendet: Das Ergebnis einer früheren Anmietung ist unbekannt.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome unknown for %1: the request was sent but no answer came back (%2). It may have been bought; check with &apos;numdesk-cli show %1&apos; before trying again.
</source>
        <translation>Ergebnis unbekannt für %1: Die Anfrage wurde gesendet, aber es kam keine Antwort zurück (%2). Vielleicht wurde die Nummer gemietet; prüfen Sie das mit „numdesk-cli show %1“, bevor Sie es noch einmal versuchen.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not bought %1: %2
</source>
        <translation>%1 nicht gemietet: %2
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Numbers bought: %1 of %2.
</source>
        <translation>Gemietete Nummern: %1 von %2.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>buy: the outcome is unknown: the request was sent but no answer came back (%1). A number may have been bought. Check with &apos;numdesk-cli list --created-from …&apos; before trying again.
</source>
        <translation>buy: Das Ergebnis ist unbekannt: Die Anfrage wurde gesendet, aber es kam keine Antwort zurück (%1). Vielleicht wurde eine Nummer gemietet. Prüfen Sie das mit „numdesk-cli list --created-from …“, bevor Sie es noch einmal versuchen.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>buy: nothing was bought: %1
</source>
        <translation>buy: Es wurde nichts gemietet: %1
</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+41"/>
        <source>Bought %1 (id %2).
</source>
        <translation>%1 gemietet (ID %2).
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="+111"/>
        <source>No command given.

</source>
        <translation>Kein Befehl angegeben.

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown command &apos;%1&apos; (use one of: %2).
</source>
        <translation>Unbekannter Befehl „%1“ (möglich sind: %2).
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::Command</name>
    <message>
        <location filename="../app/cli/command.cpp" line="+18"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] %1

%2

%3</source>
        <translation>Aufruf: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] %1

%2

%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2
Run &apos;numdesk-cli %1 --help&apos; for its options.</source>
        <translation>%1: %2
„numdesk-cli %1 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pages in flight at once, 1 to 16 (default %1).</source>
        <translation>Gleichzeitig angeforderte Seiten, 1 bis 16 (Standard %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--parallel needs a whole number from 1 to 16 (found &apos;%1&apos;).</source>
        <translation>--parallel braucht eine ganze Zahl von 1 bis 16 (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 needs a positive whole number (found &apos;%2&apos;).</source>
        <translation>--%1 braucht eine positive ganze Zahl (gefunden: „%2“).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; is neither an id nor a number: %2</source>
        <extracomment>&quot;&apos;abc&apos; is neither an id nor a number: A phone number has no letters: …&quot;</extracomment>
        <translation>„%1“ ist weder eine ID noch eine Nummer: %2</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::DiffCommand</name>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="+16"/>
        <source>diff [--from ID] [--to ID] [--format csv|json]</source>
        <translation>diff [--from ID] [--to ID] [--format csv|json]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Says what changed between two snapshots (default: the two latest; --to alone: the one before it to it): numbers added, removed, and for the others each field that changed among offer, traffic source, pool, provider, token values, name, description and external record id, with the value before and after. One row per change: id,number,change,field,before,after.</source>
        <translation>Zeigt, was sich zwischen zwei Schnappschüssen geändert hat (Standard: die zwei neuesten; nur --to: der davor bis zu ihm): hinzugekommene und entfernte Nummern und bei den übrigen jedes geänderte Feld unter Angebot, Traffic-Quelle, Pool, Anbieter, Token-Werten, Name, Beschreibung und externer Datensatz-ID, mit dem Wert vorher und nachher. Eine Zeile je Änderung: id,number,change,field,before,after.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The earlier snapshot.</source>
        <translation>Der frühere Schnappschuss.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The later snapshot (default: the latest).</source>
        <translation>Der spätere Schnappschuss (Standard: der neueste).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--format must be csv or json (found &apos;%1&apos;).</source>
        <translation>--format muss csv oder json sein (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the snapshots: %1
</source>
        <translation>Die Schnappschüsse können nicht geöffnet werden: %1
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No snapshot before snapshot %1 to compare it with: take another one with &apos;numdesk-cli snapshot&apos;, or name it with --from.
</source>
        <translation>Kein Schnappschuss vor Schnappschuss %1 zum Vergleichen: nehmen Sie mit „numdesk-cli snapshot“ einen weiteren auf oder nennen Sie ihn mit --from.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the snapshots: %1
</source>
        <translation>Die Schnappschüsse können nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From %1
to   %2
</source>
        <translation>Von  %1
bis  %2
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+16"/>
        <source>export --out FILE [filters] [--columns a,b,…] [--header keys|labels] [--parallel N] [--spreadsheet-safe] [--time-zone-convert]</source>
        <translation>export --out DATEI [Filter] [--columns a,b,…] [--header keys|labels] [--parallel N] [--spreadsheet-safe] [--time-zone-convert]</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="vanished">Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column keys to write, in order (default: all).</source>
        <translation>Zu schreibende Spaltenschlüssel, in dieser Reihenfolge (Standard: alle).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header row of column keys (default) or labels.</source>
        <translation>Kopfzeile aus Spaltenschlüsseln (Standard) oder Bezeichnungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keys|labels</source>
        <translation>keys|labels</translation>
    </message>
    <message>
        <source>N</source>
        <translation type="vanished">N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefix cells that begin with =, +, -, @ with &apos; so that spreadsheets do not run them (numbers then read &apos;+1…).</source>
        <translation>Zellen, die mit =, +, -, @ beginnen, ein &apos; voranstellen, damit Tabellenkalkulationen sie nicht ausführen (Nummern lauten dann &apos;+1…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write timestamps in --time-zone instead of as the server sent them.</source>
        <translation>Zeitstempel in --time-zone schreiben statt so, wie der Server sie gesendet hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out FILE is required.</source>
        <translation>--out DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>--out: &apos;%1&apos; is a folder.</source>
        <translation type="vanished">--out: „%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>--out: cannot write in &apos;%1&apos;.</source>
        <translation type="vanished">--out: In „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--header must be keys or labels (found &apos;%1&apos;).</source>
        <translation>--header muss keys oder labels sein (gefunden: „%1“).</translation>
    </message>
    <message>
        <source>--parallel needs a whole number from 1 to 16 (found &apos;%1&apos;).</source>
        <translation type="vanished">--parallel braucht eine ganze Zahl von 1 bis 16 (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--time-zone-convert needs --time-zone ZONE.</source>
        <translation>--time-zone-convert braucht --time-zone ZONE.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 numbers · %3 rows/s · about %4 s left</source>
        <translation>%1 von %2 Nummern · %3 Zeilen/s · noch etwa %4 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 numbers · %2 rows/s</source>
        <translation>%1 Nummern · %2 Zeilen/s</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Writes every number that matches the filters to a CSV file (RFC 4180, UTF-8), exactly once each, even while numbers are bought or unrented. The set is the numbers that match when the export starts, to the second: a number bought later in the second the export starts in is included, one bought from the next second on is not. A number unrented, or moved out of the filters, before the export ends is left out; one moved into the filters is included. Exit status 3 when the numbers kept changing so that no read of the set could be verified (the file may then miss or repeat numbers). --out - writes to standard output; a named pipe or a device is written directly; a symbolic link or another user&apos;s file is refused. Ctrl+C cancels and leaves no file.</source>
        <translation>Schreibt jede Nummer, die zu den Filtern passt, in eine CSV-Datei (RFC 4180, UTF-8), jede genau einmal, auch während Nummern gekauft oder gekündigt werden. Die Menge sind die Nummern, die beim Start des Exports passen, auf die Sekunde: Eine Nummer, die später in der Startsekunde gekauft wird, ist dabei, eine ab der nächsten Sekunde gekaufte nicht. Eine Nummer, die vor dem Ende des Exports gekündigt oder aus den Filtern verschoben wird, fehlt; eine in die Filter verschobene ist dabei. Exit-Status 3, wenn sich die Nummern so oft änderten, dass kein Lesen der Menge bestätigt werden konnte (die Datei kann dann Nummern auslassen oder doppelt enthalten). --out - schreibt auf die Standardausgabe; eine benannte Pipe oder ein Gerät wird direkt beschrieben; ein symbolischer Link oder die Datei eines anderen Benutzers wird abgelehnt. Strg+C bricht ab und hinterlässt keine Datei.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The CSV file to write; - for standard output.</source>
        <translation>Die zu schreibende CSV-Datei; - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Pages in flight at once, 1 to 16 (default %1).</source>
        <translation type="vanished">Gleichzeitig angeforderte Seiten, 1 bis 16 (Standard %1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--out: &apos;%1&apos;: %2.</source>
        <extracomment>%2 says why, e.g. &quot;it is a symbolic link; name the file itself&quot;</extracomment>
        <translation>--out: „%1“: %2.</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::FilterOptions</name>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="+41"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers matching this text anywhere.</source>
        <translation>Nummern, die diesen Text irgendwo enthalten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The phone number (+441224980000).</source>
        <translation type="vanished">Die Telefonnummer (+441224980000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number in any written form (+441224980000, &quot;(212) 669-9604&quot;; without a country code in the default country of Preferences, the US when none is set).</source>
        <translation>Die Telefonnummer in beliebiger Schreibweise (+441224980000, „(212) 669-9604“; ohne Landesvorwahl im Standardland aus den Einstellungen, in den USA, wenn keines festgelegt ist).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of this offer.</source>
        <translation>Nummern dieses Angebots.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of this traffic source.</source>
        <translation>Nummern dieser Traffic-Quelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of this provider configuration.</source>
        <translation>Nummern dieser Anbieterkonfiguration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of this number pool.</source>
        <translation>Nummern dieses Nummernpools.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at or after DATE.</source>
        <translation>Erstellt am oder nach DATUM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at or before DATE.</source>
        <translation>Erstellt am oder vor DATUM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last called at or after DATE.</source>
        <translation>Letzter Anruf am oder nach DATUM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last called at or before DATE.</source>
        <translation>Letzter Anruf am oder vor DATUM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read dates without an offset in this zone (&quot;UTC&quot;, &quot;Europe/Berlin&quot;, &quot;Eastern Time (US &amp; Canada)&quot;).</source>
        <translation>Datumsangaben ohne Versatz in dieser Zone lesen („UTC“, „Europe/Berlin“, „Eastern Time (US &amp; Canada)“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--number: %1</source>
        <translation>--number: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 needs a positive whole number (found &apos;%2&apos;).</source>
        <translation>--%1 braucht eine positive ganze Zahl (gefunden: „%2“).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--time-zone: &apos;%1&apos; is not a time zone (use UTC, an IANA id such as Europe/Berlin, or a TrackDrive name such as &quot;Eastern Time (US &amp; Canada)&quot;).</source>
        <translation>--time-zone: „%1“ ist keine Zeitzone (verwenden Sie UTC, eine IANA-ID wie Europe/Berlin oder einen TrackDrive-Namen wie „Eastern Time (US &amp; Canada)“).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 (%2) is after --%3 (%4): the range would match nothing.</source>
        <translation>--%1 (%2) liegt nach --%3 (%4): Der Bereich würde nichts finden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--columns: &apos;%1&apos; is not a column (use any of: %2).</source>
        <translation>--columns: „%1“ ist keine Spalte (möglich sind: %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--columns needs at least one column key.</source>
        <translation>--columns braucht mindestens einen Spaltenschlüssel.</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::GlobalOptions</name>
    <message>
        <source>Usage: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] COMMAND [options]

Manage the phone numbers rented on a TrackDrive account.

Commands:
  list     List numbers (table, CSV or JSON)
  show     Show one number
  buy      Buy a number (costs money; asks first)
  update   Change a number&apos;s offer, traffic source, pool or token values
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

Run &apos;numdesk-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 done, 1 API or network error, 2 bad usage or input, 3 cancelled or incomplete.
</source>
        <translation type="vanished">Aufruf: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] BEFEHL [Optionen]

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
        <source>Usage: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] COMMAND [options]

Manage the phone numbers rented on a TrackDrive account.

Commands:
  list     List numbers (table, CSV or JSON)
  show     Show one number
  search   Find numbers that can be bought
  buy      Buy numbers (costs money; asks first)
  update   Change a number&apos;s offer, traffic source, pool or token values
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

Run &apos;numdesk-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 done, 1 API or network error, 2 bad usage or input, 3 cancelled or incomplete.
</source>
        <translation type="vanished">Aufruf: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] BEFEHL [Optionen]

Die auf einem TrackDrive-Konto gemieteten Telefonnummern verwalten.

Befehle:
  list     Nummern auflisten (Tabelle, CSV oder JSON)
  show     Eine Nummer anzeigen
  search   Nummern finden, die gemietet werden können
  buy      Nummern mieten (kostet Geld; fragt vorher nach)
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
        <source>Usage: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] COMMAND [options]

Manage the phone numbers rented on a TrackDrive account.

Commands:
  list     List numbers (table, CSV or JSON)
  show     Show one number
  search   Find numbers that can be bought
  buy      Buy numbers (costs money; asks first)
  update   Change a number&apos;s offer, traffic source, pool or token values
  unrent   Unrent numbers (asks first)
  export   Write every number of a query to a CSV file

Global options:
  --base-url URL   The account address (https://acme.trackdrive.com)
  --profile NAME   A saved profile (base URL and auth method)
  --sandbox        Start the local sandbox and use its demo account
  --auth METHOD    basic, token or auth-token
  --timeout SECONDS  Each call&apos;s time limit in all, retries and waits included
                   (default: the window&apos;s Preferences, 120 seconds)

Secrets come from the environment, never from the command line:
  NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN (token),
  NUMDESK_AUTH_TOKEN (auth-token).

Run &apos;numdesk-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 done, 1 API or network error, 2 bad usage or input, 3 cancelled or incomplete.
</source>
        <translation type="vanished">Aufruf: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] BEFEHL [Optionen]

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
  --timeout SEKUNDEN  Zeitlimit jedes Aufrufs insgesamt, Wiederholungen und Wartezeiten
                   eingeschlossen (Standard: Einstellungen des Fensters, 120 Sekunden)

Geheimnisse kommen aus der Umgebung, nie von der Befehlszeile:
  NUMDESK_PUBLIC_KEY und NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN (token),
  NUMDESK_AUTH_TOKEN (auth-token).

„numdesk-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Status: 0 erledigt, 1 API- oder Netzwerkfehler, 2 falscher Aufruf oder falsche Eingabe, 3 abgebrochen oder unvollständig.
</translation>
    </message>
    <message>
        <location filename="../app/cli/globaloptions.cpp" line="+9"/>
        <source>Usage: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] COMMAND [options]

Manage the phone numbers rented on a TrackDrive account.

Commands:
  list     List numbers (table, CSV or JSON)
  show     Show one number
  search   Find numbers that can be bought
  buy      Buy numbers (costs money; asks first)
  update   Change a number&apos;s offer, traffic source, pool or token values
  unrent   Unrent numbers (asks first)
  export   Write every number of a query to a CSV file
  apply    Change many numbers from a plan file (preview with --dry-run)
  history  List the batches of the activity journal
  undo     Take back a batch where the numbers still have its values

Global options:
  --base-url URL   The account address (https://acme.trackdrive.com)
  --profile NAME   A saved profile (base URL and auth method)
  --sandbox        Start the local sandbox and use its demo account
  --auth METHOD    basic, token or auth-token
  --timeout SECONDS  Each call&apos;s time limit in all, retries and waits included
                   (default: the window&apos;s Preferences, 120 seconds)

Secrets come from the environment, never from the command line:
  NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN (token),
  NUMDESK_AUTH_TOKEN (auth-token).

Run &apos;numdesk-cli COMMAND --help&apos; for the options of a command.
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
  apply    Viele Nummern aus einer Plandatei ändern (Vorschau mit --dry-run)
  history  Die Stapel des Aktivitätsprotokolls auflisten
  undo     Einen Stapel zurücknehmen, wo die Nummern noch seine Werte haben

Globale Optionen:
  --base-url URL   Die Adresse des Kontos (https://acme.trackdrive.com)
  --profile NAME   Ein gespeichertes Profil (Basis-URL und Authentifizierungsmethode)
  --sandbox        Die lokale Sandbox starten und ihr Demokonto verwenden
  --auth METHODE   basic, token oder auth-token
  --timeout SEKUNDEN  Zeitlimit jedes Aufrufs insgesamt, Wiederholungen und Wartezeiten
                   eingeschlossen (Standard: Einstellungen des Fensters, 120 Sekunden)

Geheimnisse kommen aus der Umgebung, nie von der Befehlszeile:
  NUMDESK_PUBLIC_KEY und NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN (token),
  NUMDESK_AUTH_TOKEN (auth-token).

„numdesk-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Status: 0 erledigt, 1 API- oder Netzwerkfehler, 2 falscher Aufruf oder falsche Eingabe, 3 abgebrochen oder unvollständig.
</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>
Whole inventory (snapshots kept per profile in the data folder):
  snapshot   Take a snapshot of every number
  snapshots  List the snapshots kept
  insights   Count a snapshot&apos;s numbers by offer, source, pool, …; idle ones
  diff       What changed between two snapshots
  idle       Write a snapshot&apos;s idle numbers to a CSV file
</source>
        <translation>
Gesamter Bestand (Schnappschüsse je Profil im Datenordner):
  snapshot   Einen Schnappschuss aller Nummern aufnehmen
  snapshots  Die aufbewahrten Schnappschüsse auflisten
  insights   Nummern eines Schnappschusses nach Angebot, Quelle, Pool, … zählen; ungenutzte
  diff       Was sich zwischen zwei Schnappschüssen geändert hat
  idle       Die ungenutzten Nummern eines Schnappschusses in eine CSV-Datei schreiben
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
The sandbox keeps its numbers in NUMDESK_SANDBOX_DB (default: the window&apos;s
sandbox database) and makes NUMDESK_SANDBOX_NUMBERS of them (default 3000)
when that database is new.
</source>
        <translation>
Die Sandbox hält ihre Nummern in NUMDESK_SANDBOX_DB (Standard: die Sandbox-Datenbank
des Fensters) und legt NUMDESK_SANDBOX_NUMBERS davon an (Standard 3000),
wenn diese Datenbank neu ist.
</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>--base-url needs a URL.</source>
        <translation>--base-url braucht eine URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--profile needs a profile name.</source>
        <translation>--profile braucht einen Profilnamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--auth needs basic, token or auth-token.</source>
        <translation>--auth braucht basic, token oder auth-token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown auth method &apos;%1&apos; (use basic, token or auth-token).</source>
        <translation>Unbekannte Authentifizierungsmethode „%1“ (möglich sind basic, token oder auth-token).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds from 1 to 86400 (found &apos;%1&apos;).</source>
        <translation>--timeout braucht eine Anzahl Sekunden von 1 bis 86400 (gefunden: &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown option &apos;%1&apos; (options of a command go after the command).</source>
        <translation>Unbekannte Option „%1“ (Optionen eines Befehls stehen nach dem Befehl).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use only one of --base-url, --profile and --sandbox.</source>
        <translation>Verwenden Sie nur eine von --base-url, --profile und --sandbox.</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::HistoryCommand</name>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="+13"/>
        <source>history [--format table|json]</source>
        <translation>history [--format table|json]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the batches of the activity journal, newest first: applied plans, undos, edits, purchases and unrents made here or in the window, with their id (for &apos;undo&apos;), time, account and counts.</source>
        <translation>Listet die Stapel des Aktivitätsprotokolls auf, die neuesten zuerst: angewendete Pläne, Rücknahmen, Änderungen, Käufe und beendete Mieten von hier oder aus dem Fenster, mit ihrer ID (für &apos;undo&apos;), Zeit, Konto und Anzahlen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format must be table or json.</source>
        <translation>--format muss table oder json sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>history: %1
</source>
        <translation>history: %1
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::IdleCommand</name>
    <message>
        <location filename="../app/cli/idlecommand.cpp" line="+16"/>
        <source>idle --idle-days N --out FILE [--snapshot ID]</source>
        <translation>idle --idle-days N --out DATEI [--snapshot ID]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes the idle numbers of a snapshot (default: the latest) to a CSV file with the columns of an export: numbers never called, or last called more than N days (default 90) before the snapshot was taken. --out - writes to standard output.</source>
        <translation>Schreibt die ungenutzten Nummern eines Schnappschusses (Standard: des neuesten) mit den Spalten eines Exports in eine CSV-Datei: Nummern, die nie angerufen wurden oder deren letzter Anruf mehr als N Tage (Standard 90) vor dem Schnappschuss lag. --out - schreibt auf die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Idle: no call for more than N days before the snapshot (default 90).</source>
        <translation>Ungenutzt: kein Anruf in mehr als N Tagen vor dem Schnappschuss (Standard 90).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to write; - for standard output.</source>
        <translation>Die zu schreibende CSV-Datei; - für die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot (default: the latest).</source>
        <translation>Der Schnappschuss (Standard: der neueste).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--out FILE is required.</source>
        <translation>--out DATEI ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out: &apos;%1&apos;: %2.</source>
        <translation>--out: „%1“: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the snapshots: %1
</source>
        <translation>Die Schnappschüsse können nicht geöffnet werden: %1
</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <source>Could not write %1: %2.
</source>
        <translation>%1 konnte nicht geschrieben werden: %2.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Idle numbers (never called, or no call in the %1 days before the snapshot): %2, written to %3.</source>
        <extracomment>&quot;Idle numbers (never called, or no call in the 90 days before the snapshot): 12, written to idle.csv.&quot;</extracomment>
        <translation>Ungenutzte Nummern (nie angerufen oder kein Anruf in den %1 Tagen vor dem Schnappschuss): %2, geschrieben nach %3.</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::InsightsCommand</name>
    <message>
        <location filename="../app/cli/insightscommand.cpp" line="+32"/>
        <source>insights [--snapshot ID] [--by offer|traffic_source|ring_pool|provider|country|type] [--idle-days N] [--format table|csv|json]</source>
        <translation>insights [--snapshot ID] [--by offer|traffic_source|ring_pool|provider|country|type] [--idle-days N] [--format table|csv|json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts the numbers of a snapshot (default: the latest) by offer (default), traffic source, number pool, provider, country, type (local or toll-free) or created month, with names; and how many are idle: never called, or last called more than N days (default 90) before the snapshot was taken. With monthly prices in Preferences, says what each group costs a month. Every number is in exactly one group; numbers without an offer (pool, …) are the group with an empty key.</source>
        <translation>Zählt die Nummern eines Schnappschusses (Standard: des neuesten) nach Angebot (Standard), Traffic-Quelle, Nummernpool, Anbieter, Land, Art (lokal oder gebührenfrei) oder Erstellungsmonat, mit Namen; und wie viele ungenutzt sind: nie angerufen oder letzter Anruf mehr als N Tage (Standard 90) vor dem Schnappschuss. Mit Monatspreisen in den Einstellungen auch, was jede Gruppe im Monat kostet. Jede Nummer ist in genau einer Gruppe; Nummern ohne Angebot (Pool, …) bilden die Gruppe mit leerem Schlüssel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The snapshot (default: the latest).</source>
        <translation>Der Schnappschuss (Standard: der neueste).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offer (default), traffic_source, ring_pool, provider, country, type or created_month.</source>
        <translation>offer (Standard), traffic_source, ring_pool, provider, country, type oder created_month.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIMENSION</source>
        <translation>DIMENSION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle: no call for more than N days before the snapshot (default 90).</source>
        <translation>Ungenutzt: kein Anruf in mehr als N Tagen vor dem Schnappschuss (Standard 90).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--by must be one of %1 (found &apos;%2&apos;).</source>
        <translation>--by muss eines von %1 sein (gefunden: „%2“).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--format must be table, csv or json (found &apos;%1&apos;).</source>
        <translation>--format muss table, csv oder json sein (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the snapshots: %1
</source>
        <translation>Die Schnappschüsse können nicht geöffnet werden: %1
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the snapshots: %1
</source>
        <translation>Die Schnappschüsse können nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Idle: %1 (never called, or no call in the %2 days before the snapshot); never called: %3</source>
        <extracomment>&quot;Idle: 212 (never called, or no call in the 90 days before the snapshot); never called: 80&quot;</extracomment>
        <translation>Ungenutzt: %1 (nie angerufen oder kein Anruf in den %2 Tagen vor dem Schnappschuss); nie angerufen: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly cost %1; idle numbers cost %2 a month</source>
        <translation>Monatliche Kosten %1; ungenutzte Nummern kosten %2 im Monat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No prices set: set monthly prices in Preferences to see cost.</source>
        <translation>Keine Preise festgelegt: Monatspreise in den Einstellungen festlegen, um Kosten zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never called</source>
        <translation>Nie angerufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: this snapshot is not verified; its numbers may miss or repeat some.
</source>
        <translation>Hinweis: Dieser Schnappschuss ist nicht bestätigt; einige Nummern können fehlen oder doppelt sein.
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::InventoryAccess</name>
    <message>
        <location filename="../app/cli/inventoryaccess.cpp" line="+10"/>
        <source>No snapshot store for this account.</source>
        <translation>Kein Schnappschussspeicher für dieses Konto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no snapshot %1 for this account (see &apos;numdesk-cli snapshots&apos;).</source>
        <translation>Für dieses Konto gibt es keinen Schnappschuss %1 (siehe „numdesk-cli snapshots“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No snapshot of this account yet: take one with &apos;numdesk-cli snapshot&apos;.</source>
        <translation>Noch kein Schnappschuss dieses Kontos: nehmen Sie einen mit „numdesk-cli snapshot“ auf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Snapshot %1 of %2: %3 numbers</source>
        <extracomment>&quot;Snapshot 3 of 2026-12-03T14:02:11.000Z: 700 numbers&quot;</extracomment>
        <translation>Schnappschuss %1 vom %2: %3 Nummern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, not verified (the numbers kept changing while it was read)</source>
        <translation>, nicht bestätigt (die Nummern haben sich beim Lesen ständig geändert)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--idle-days needs a whole number of days from 0 to 36500 (found &apos;%1&apos;).</source>
        <translation>--idle-days braucht eine ganze Zahl von Tagen von 0 bis 36500 (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 needs a snapshot id, a positive whole number (found &apos;%2&apos;).</source>
        <translation>--%1 braucht eine Schnappschuss-ID, eine positive ganze Zahl (gefunden: „%2“).</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::ListCommand</name>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+17"/>
        <source>list [filters] [--columns a,b,…] [--format table|csv|json] [--limit N]</source>
        <translation>list [Filter] [--columns a,b,…] [--format table|csv|json] [--limit N]</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Lists the numbers of the account that match the filters, %n at most unless --limit says otherwise.</source>
        <translation>
            <numerusform>Listet die Nummern des Kontos auf, die den Filtern entsprechen, höchstens %n, sofern --limit nichts anderes angibt.</numerusform>
            <numerusform>Listet die Nummern des Kontos auf, die den Filtern entsprechen, höchstens %n, sofern --limit nichts anderes angibt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column keys to show, in order (default: %1).</source>
        <translation>Anzuzeigende Spaltenschlüssel, in dieser Reihenfolge (Standard: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table prints offer, traffic source, pool and provider ids instead of their names (CSV and JSON always hold ids).</source>
        <translation>Die Tabelle zeigt die IDs von Angebot, Traffic-Quelle, Pool und Anbieter statt ihrer Namen (CSV und JSON enthalten immer IDs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N numbers; 0 lists all of them (default %1).</source>
        <translation>Höchstens N Nummern; 0 listet alle auf (Standard %1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format must be table, csv or json (found &apos;%1&apos;).</source>
        <translation>--format muss table, csv oder json sein (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--limit needs a whole number, 0 or more (found &apos;%1&apos;).</source>
        <translation>--limit braucht eine ganze Zahl ab 0 (gefunden: „%1“).</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1 of %n number(s) read</source>
        <translation>
            <numerusform>%1 von %n Nummer gelesen</numerusform>
            <numerusform>%1 von %n Nummern gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n number(s) read</source>
        <translation>
            <numerusform>%n Nummer gelesen</numerusform>
            <numerusform>%n Nummern gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list: %1
</source>
        <translation>list: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list: cancelled.
</source>
        <translation>list: abgebrochen.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Note: %1 could not be read; ids are shown.
</source>
        <translation>Hinweis: %1 konnte nicht gelesen werden; IDs werden gezeigt.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: numbers changed while they were listed.
</source>
        <translation>Hinweis: Nummern haben sich während des Auflistens geändert.
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::OutputFormatter</name>
    <message>
        <location filename="../app/cli/outputformatter.cpp" line="+145"/>
        <source>%1 (#%2)</source>
        <extracomment>A named id in `show`: &quot;Auto Insurance (#100)&quot;</extracomment>
        <translation>%1 (#%2)</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::SearchCommand</name>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="+24"/>
        <source>search --country CC [--toll-free] [--prefix DIGITS] [--contains TEXT] [--limit N] [--format table|json]</source>
        <translation>search --country CC [--toll-free] [--prefix ZIFFERN] [--contains TEXT] [--limit N] [--format table|json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists numbers that can be bought in a country, local or toll-free, starting with an area code or prefix and containing the digits of TEXT (letters are read on the phone keypad: FLOWERS is 3569377). Buy them with &apos;buy --number&apos;.</source>
        <translation>Listet Nummern auf, die in einem Land gemietet werden können, lokal oder gebührenfrei, die mit einer Vorwahl oder einem Präfix beginnen und die Ziffern von TEXT enthalten (Buchstaben werden wie auf der Telefontastatur gelesen: FLOWERS ist 3569377). Mieten Sie sie mit „buy --number“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country code (US, GB, …).</source>
        <translation>Ländercode (US, GB, …).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toll-free numbers (local ones without it).</source>
        <translation>Gebührenfreie Nummern (ohne diese Option lokale).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area code or leading digits of the national number (415; 0161 and +44 161 are read as 161).</source>
        <translation>Vorwahl oder Anfangsziffern der nationalen Nummer (415; 0161 und +44 161 werden als 161 gelesen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIGITS</source>
        <translation>ZIFFERN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits, or letters on the keypad, the number contains.</source>
        <translation>Ziffern oder Buchstaben der Telefontastatur, die die Nummer enthält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N numbers.</source>
        <translation>Höchstens N Nummern.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--country is required.</source>
        <translation>--country ist erforderlich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--country: &apos;%1&apos; is not a country numbers can be bought in (use one of %2).</source>
        <translation>--country: „%1“ ist kein Land, in dem Nummern gemietet werden können (möglich sind %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--prefix: %1</source>
        <translation>--prefix: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--contains: &apos;%1&apos; is neither a digit nor a letter.</source>
        <translation>--contains: „%1“ ist weder eine Ziffer noch ein Buchstabe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--contains needs digits or letters.</source>
        <translation>--contains braucht Ziffern oder Buchstaben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit needs a whole number from 1 to %1 (found &apos;%2&apos;).</source>
        <translation>--limit braucht eine ganze Zahl von 1 bis %1 (gefunden: „%2“).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--format must be table or json (found &apos;%1&apos;).</source>
        <translation>--format muss table oder json sein (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>search: %1
</source>
        <translation>search: %1
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Schreibweise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No numbers of %1 match; try a shorter prefix or fewer digits.
</source>
        <translation>Für %1 passen keine Nummern; versuchen Sie ein kürzeres Präfix oder weniger Ziffern.
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::ShowCommand</name>
    <message>
        <location filename="../app/cli/showcommand.cpp" line="+14"/>
        <source>show ID|+NUMBER [--format table|json]</source>
        <translation>show ID|+NUMMER [--format table|json]</translation>
    </message>
    <message>
        <source>Shows one number, found by its TrackDrive id or by the full number with its &apos;+&apos;.</source>
        <translation type="vanished">Zeigt eine Nummer an, gefunden über ihre TrackDrive-ID oder die vollständige Nummer mit „+“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows one number, found by its TrackDrive id or by the number in any written form (+18005002562, &quot;(800) 500-2562&quot;; without a country code it is read in the default country of Preferences, the US when none is set).</source>
        <translation>Zeigt eine Nummer an, gefunden über ihre TrackDrive-ID oder die Nummer in beliebiger Schreibweise (+18005002562, „(800) 500-2562“; ohne Landesvorwahl wird sie im Standardland aus den Einstellungen gelesen, in den USA, wenn keines festgelegt ist).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print offer, traffic source, pool and provider ids without their names.</source>
        <translation>Die IDs von Angebot, Traffic-Quelle, Pool und Anbieter ohne ihre Namen zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id (185923) or the number (+18005002562, &quot;(800) 500-2562&quot;).</source>
        <translation>Die ID (185923) oder die Nummer (+18005002562, „(800) 500-2562“).</translation>
    </message>
    <message>
        <source>The id (185923) or the number (+18005002562).</source>
        <translation type="vanished">Die ID (185923) oder die Nummer (+18005002562).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give exactly one ID or +NUMBER.</source>
        <translation>geben Sie genau eine ID oder +NUMMER an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an id nor a number beginning with &apos;+&apos;.</source>
        <translation type="vanished">„%1“ ist weder eine ID noch eine Nummer, die mit „+“ beginnt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--format must be table or json (found &apos;%1&apos;).</source>
        <translation>--format muss table oder json sein (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>show: %1
</source>
        <translation>show: %1
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note: %1 could not be read; ids are shown.
</source>
        <translation>Hinweis: %1 konnte nicht gelesen werden; IDs werden gezeigt.
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::SnapshotCommand</name>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="+18"/>
        <source>snapshot [--parallel N]</source>
        <translation>snapshot [--parallel N]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes a snapshot: one exact read of every number of the account, all columns, with the time it was taken and the names of offers, traffic sources, pools and providers. Snapshots are kept per profile in the data folder (the last 30 by default, Preferences). Prints &apos;Snapshot &lt;id&gt;: &lt;n&gt; numbers at &lt;time&gt;&apos;. Exit status 3 when the numbers kept changing so that the read could not be verified: the snapshot is then kept and marked not verified. Ctrl+C cancels and keeps nothing.</source>
        <translation>Nimmt einen Schnappschuss auf: ein exaktes Lesen aller Nummern des Kontos, alle Spalten, mit dem Zeitpunkt und den Namen der Angebote, Traffic-Quellen, Pools und Anbieter. Schnappschüsse werden je Profil im Datenordner aufbewahrt (standardmäßig die letzten 30, Einstellungen). Gibt „Snapshot &lt;id&gt;: &lt;n&gt; numbers at &lt;time&gt;“ aus. Exit-Status 3, wenn sich die Nummern ständig änderten und das Lesen nicht bestätigt werden konnte: Der Schnappschuss wird dann aufbewahrt und als nicht bestätigt markiert. Strg+C bricht ab und bewahrt nichts auf.</translation>
    </message>
    <message>
        <source>Pages in flight at once, 1 to 16 (default 4).</source>
        <translation type="vanished">Gleichzeitig angeforderte Seiten, 1 bis 16 (Standard 4).</translation>
    </message>
    <message>
        <source>Pages in flight at once, 1 to 16 (default %1).</source>
        <translation type="vanished">Gleichzeitig angeforderte Seiten, 1 bis 16 (Standard %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation type="vanished">N</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--parallel needs a whole number from 1 to 16 (found &apos;%1&apos;).</source>
        <translation type="vanished">--parallel braucht eine ganze Zahl von 1 bis 16 (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot open the snapshots: %1
</source>
        <translation>Die Schnappschüsse können nicht geöffnet werden: %1
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Note: names not read: %1
</source>
        <translation>Hinweis: Namen nicht gelesen: %1
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 numbers</source>
        <translation>%1 von %2 Nummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 numbers</source>
        <translation>%1 Nummern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snapshot cancelled; nothing was kept.
</source>
        <translation>Schnappschuss abgebrochen; nichts wurde aufbewahrt.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot failed: %1
</source>
        <translation>Schnappschuss fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The numbers kept changing while they were read: the snapshot is kept and marked not verified.
</source>
        <translation>Die Nummern haben sich beim Lesen ständig geändert: Der Schnappschuss wird aufbewahrt und als nicht bestätigt markiert.
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::SnapshotsCommand</name>
    <message>
        <location filename="../app/cli/snapshotscommand.cpp" line="+15"/>
        <source>snapshots [--format table|json]</source>
        <translation>snapshots [--format table|json]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the snapshots kept for the account, newest first: id, time taken, count of numbers and whether the read was verified.</source>
        <translation>Listet die aufbewahrten Schnappschüsse des Kontos auf, neueste zuerst: ID, Aufnahmezeit, Anzahl der Nummern und ob das Lesen bestätigt wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format must be table or json (found &apos;%1&apos;).</source>
        <translation>--format muss table oder json sein (gefunden: „%1“).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the snapshots: %1
</source>
        <translation>Die Schnappschüsse können nicht geöffnet werden: %1
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No snapshot of this account yet: take one with &apos;numdesk-cli snapshot&apos;.
</source>
        <translation>Noch kein Schnappschuss dieses Kontos: nehmen Sie einen mit „numdesk-cli snapshot“ auf.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken at</source>
        <translation>Aufgenommen am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::TokenOptions</name>
    <message>
        <location filename="../app/cli/tokenoptions.cpp" line="+14"/>
        <source>--token &apos;%1&apos;: %2</source>
        <translation>--token „%1“: %2</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::UndoCommand</name>
    <message>
        <location filename="../app/cli/undocommand.cpp" line="+19"/>
        <source>undo BATCH [--dry-run] [--yes] [--format table|csv|json]</source>
        <translation>undo STAPEL [--dry-run] [--yes] [--format table|csv|json]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes back a batch (see &apos;history&apos;): each number it changed is read again; where it still has the values the batch set, the values from before are sent back; where it was changed since, it is listed and left alone. Unrents cannot be undone: they are listed with the offer, traffic source and pool they had. --dry-run prints what would be done. Prints &apos;Batch &lt;id&gt;&apos; (the undo&apos;s own batch) when it sent anything. Exit status 0 all undone, 1 some failed, 2 no such batch, 3 cancelled or some numbers not undone.</source>
        <translation>Nimmt einen Stapel zurück (siehe &apos;history&apos;): Jede geänderte Nummer wird erneut gelesen; wo sie noch die Werte des Stapels hat, werden die vorherigen Werte zurückgesendet; wo sie seitdem geändert wurde, wird sie aufgeführt und nicht angetastet. Beendete Mieten können nicht zurückgenommen werden: Sie werden mit Angebot, Traffic-Quelle und Pool aufgeführt, die sie hatten. --dry-run gibt aus, was getan würde. Gibt &apos;Batch &lt;id&gt;&apos; (den eigenen Stapel der Rücknahme) aus, wenn etwas gesendet wurde. Exit-Status 0 alles zurückgenommen, 1 einiges fehlgeschlagen, 2 kein solcher Stapel, 3 abgebrochen oder einige Nummern nicht zurückgenommen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print what would be done; send nothing.</source>
        <translation>Ausgeben, was getan würde; nichts senden.</translation>
    </message>
    <message>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation type="vanished">Nicht fragen; nötig, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <source>Preview format: table (default), csv or json.</source>
        <translation type="vanished">Format der Vorschau: table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="vanished">FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch id (see history).</source>
        <translation>Die ID des Stapels (siehe history).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BATCH</source>
        <translation>STAPEL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give exactly one batch id.</source>
        <translation>geben Sie genau eine Stapel-ID an.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json.</source>
        <translation type="vanished">--format muss table, csv oder json sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>undo: %1
</source>
        <translation>undo: %1
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>undo: the numbers could not be read: %1 Nothing was sent.
</source>
        <translation>undo: Die Nummern konnten nicht gelesen werden: %1 Es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>  %1 (id %2): %3
</source>
        <translation>  %1 (ID %2): %3
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to undo.
</source>
        <translation>Nichts zurückzunehmen.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>undo: standard input is not a terminal; nothing was sent. Add --yes to undo without being asked.
</source>
        <translation>undo: Die Standardeingabe ist kein Terminal; es wurde nichts gesendet. Fügen Sie --yes hinzu, um ohne Rückfrage zurückzunehmen.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was sent.
</source>
        <translation>Es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 undone, %2 failed.
</source>
        <translation>%1 zurückgenommen, %2 fehlgeschlagen.
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::UnrentCommand</name>
    <message>
        <location filename="../app/cli/unrentcommand.cpp" line="+12"/>
        <source>unrent ID|+NUMBER… [--yes]</source>
        <translation>unrent ID|+NUMMER… [--yes]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unrents numbers: they leave the account (their call history stays). Asks for confirmation on a terminal and needs --yes otherwise.</source>
        <translation>Beendet die Miete von Nummern: Sie verlassen das Konto (ihr Anrufverlauf bleibt erhalten). Fragt auf einem Terminal nach, sonst ist --yes nötig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation>Nicht nachfragen; nötig, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ids or +numbers.</source>
        <translation>IDs oder +Nummern.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID|+NUMBER…</source>
        <translation>ID|+NUMMER…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an id nor a number beginning with &apos;+&apos;.</source>
        <translation type="vanished">„%1“ ist weder eine ID noch eine Nummer, die mit „+“ beginnt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give at least one ID or +NUMBER.</source>
        <translation>geben Sie mindestens eine ID oder +NUMMER an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unrent: standard input is not a terminal; nothing was unrented. Add --yes to unrent without being asked.
</source>
        <translation>unrent: Die Standardeingabe ist kein Terminal; für keine Nummer wurde die Miete beendet. Fügen Sie --yes hinzu, um ohne Nachfrage zu beenden.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unrent: %1: %2 Nothing was unrented.
</source>
        <translation>unrent: %1: %2 Für keine Nummer wurde die Miete beendet.
</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location line="+3"/>
        <source>  %1  (id %2)  %3
</source>
        <translation>  %1  (ID %2)  %3
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They leave the account; buying them back may not be possible.
</source>
        <translation>Sie verlassen das Konto; sie erneut zu mieten ist vielleicht nicht möglich.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type &apos;yes&apos; to unrent:</source>
        <translation>Geben Sie „yes“ ein, um die Miete zu beenden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was unrented.
</source>
        <translation>Für keine Nummer wurde die Miete beendet.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unrent: %1 (id %2): %3
</source>
        <translation>unrent: %1 (ID %2): %3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unrented %1 (id %2).
</source>
        <translation>Miete von %1 beendet (ID %2).
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::UpdateCommand</name>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="+14"/>
        <source>update ID|+NUMBER [--offer ID] [--traffic-source ID|none] [--pool ID|none] [--token k:v]… [--clear-tokens]</source>
        <translation>update ID|+NUMMER [--offer ID] [--traffic-source ID|none] [--pool ID|none] [--token k:v]… [--clear-tokens]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes a number&apos;s offer, traffic source, number pool or token values. &apos;none&apos; unassigns the traffic source or pool; --token replaces the token values.</source>
        <translation>Ändert Angebot, Traffic-Quelle, Nummernpool oder Token-Werte einer Nummer. „none“ entfernt die Zuordnung zur Traffic-Quelle oder zum Pool; --token ersetzt die Token-Werte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new offer.</source>
        <translation>Das neue Angebot.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The new traffic source, or none.</source>
        <translation>Die neue Traffic-Quelle oder none.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new number pool, or none.</source>
        <translation>Der neue Nummernpool oder none.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token value key:value (repeatable).</source>
        <translation>Token-Wert key:value (wiederholbar).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K:V</source>
        <translation>K:V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every token value.</source>
        <translation>Alle Token-Werte entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id or the +number.</source>
        <translation>Die ID oder die +Nummer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give exactly one ID or +NUMBER.</source>
        <translation>geben Sie genau eine ID oder +NUMMER an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an id nor a number beginning with &apos;+&apos;.</source>
        <translation type="vanished">„%1“ ist weder eine ID noch eine Nummer, die mit „+“ beginnt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>use either --token or --clear-tokens.</source>
        <translation>verwenden Sie entweder --token oder --clear-tokens.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing to change: give --offer, --traffic-source, --pool, --token or --clear-tokens.</source>
        <translation>nichts zu ändern: Geben Sie --offer, --traffic-source, --pool, --token oder --clear-tokens an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>update: %1
</source>
        <translation>update: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated %1.
</source>
        <translation>%1 aktualisiert.
</translation>
    </message>
</context>
<context>
    <name>numdesk::columns</name>
    <message>
        <location filename="../app/model/columncatalog.cpp" line="+20"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic Source</source>
        <translation>Traffic-Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number Pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider Key</source>
        <translation>Anbieterschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Call</source>
        <translation>Letzter Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token Values</source>
        <translation>Token-Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area Code ID</source>
        <translation>Vorwahl-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer Displayed</source>
        <translation>Vom Optimizer angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer Tokens Changed</source>
        <translation>Optimizer-Tokens geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain Number</source>
        <translation>Nummer (nur Ziffern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human Number</source>
        <translation>Lesbare Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legacy ID</source>
        <translation>Alte ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Updated</source>
        <translation>Vom Benutzer geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External Record ID</source>
        <translation>Externe Datensatz-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>numdesk::countries</name>
    <message>
        <location filename="../app/api/apischema.cpp" line="+78"/>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>Dominikanische Republik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>Philippinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Russland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
</context>
<context>
    <name>numdesk::dates</name>
    <message>
        <location filename="../app/api/apidates.cpp" line="+56"/>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD HH:MM:SS +HHMM, ISO 8601 or YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (verwenden Sie JJJJ-MM-TT HH:MM:SS +HHMM, ISO 8601 oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; names a day that does not exist</source>
        <translation>„%1“ bezeichnet einen Tag, den es nicht gibt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; has a time of day that does not exist</source>
        <translation>„%1“ enthält eine Uhrzeit, die es nicht gibt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; has an offset from UTC that does not exist</source>
        <translation>„%1“ enthält einen UTC-Versatz, den es nicht gibt</translation>
    </message>
</context>
<context>
    <name>numdesk::decode</name>
    <message>
        <location filename="../app/api/responsedecoder.cpp" line="+33"/>
        <source>The server sent an answer this program cannot read: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die dieses Programm nicht lesen kann: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>expected a JSON object or list</source>
        <translation>JSON-Objekt oder -Liste erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the list &apos;%1&apos; is missing</source>
        <translation>die Liste „%1“ fehlt</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>entry %1: &apos;%2&apos; is not text</source>
        <translation>Eintrag %1: „%2“ ist kein Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>entry %1: &apos;toll_free&apos; is not true or false</source>
        <translation>Eintrag %1: „toll_free“ ist weder true noch false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry %1 of the list is neither a number nor a record</source>
        <translation>Eintrag %1 der Liste ist weder eine Nummer noch ein Datensatz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 of the list has no number</source>
        <translation>Eintrag %1 der Liste hat keine Nummer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an HTML page instead of JSON</source>
        <translation>eine HTML-Seite statt JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an HTML page (&quot;%1&quot;) instead of JSON</source>
        <translation>eine HTML-Seite („%1“) statt JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid JSON at byte %1 of %2 (%3); the answer may be cut off</source>
        <translation>ungültiges JSON bei Byte %1 von %2 (%3); die Antwort ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>entry %1 of the list is not a record</source>
        <translation>Eintrag %1 der Liste ist kein Datensatz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>entry %1 of &apos;%2&apos; has no id</source>
        <translation>Eintrag %1 von „%2“ hat keine ID</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a time zone without a name</source>
        <translation>eine Zeitzone ohne Namen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The server did not accept the account&apos;s credentials (401). Check the keys or the token.</source>
        <translation>Der Server hat die Zugangsdaten des Kontos nicht angenommen (401). Prüfen Sie die Schlüssel oder das Token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account may not do this (403): it lacks the rights, or this computer&apos;s IP address is not on the account&apos;s allow-list.</source>
        <translation>Das Konto darf das nicht (403): Es fehlen die Rechte, oder die IP-Adresse dieses Computers steht nicht auf der Freigabeliste des Kontos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found (404): no such phone number or resource.</source>
        <translation>Nicht gefunden (404): Diese Telefonnummer oder Ressource gibt es nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Too many requests (429): the server asks to come back at %1, more than %n second(s) from now; try again then.</source>
        <translation>
            <numerusform>Zu viele Anfragen (429): Der Server bittet, um %1 wiederzukommen, mehr als %n Sekunde ab jetzt; versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele Anfragen (429): Der Server bittet, um %1 wiederzukommen, mehr als %n Sekunden ab jetzt; versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many requests (429); the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen (429); der Server bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Zu viele Anfragen (429); der Server bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests (429); try again in a moment.</source>
        <translation>Zu viele Anfragen (429); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server had a problem (%1). Try again later.</source>
        <translation>Der Server hatte ein Problem (%1). Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered with the unexpected status %1.</source>
        <translation>Der Server hat mit dem unerwarteten Status %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>numdesk::sandbox::SandboxServer</name>
    <message>
        <location filename="../app/sandbox/sandboxserver.cpp" line="+92"/>
        <source>Internal server error (injected by the sandbox)</source>
        <translation>Interner Serverfehler (von der Sandbox eingespeist)</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Cannot create the folder of &apos;%1&apos;</source>
        <translation>Der Ordner von „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden (ist der Port belegt?)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The request body is larger than %1 bytes</source>
        <translation>Der Inhalt der Anfrage ist größer als %1 Bytes</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Rate limit exceeded: retry after %n second(s)</source>
        <translation>
            <numerusform>Anfragelimit überschritten: erneut versuchen nach %n Sekunde</numerusform>
            <numerusform>Anfragelimit überschritten: erneut versuchen nach %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No route matches [%1] &quot;%2&quot;</source>
        <translation>Keine Route passt zu [%1] „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox store is not open</source>
        <translation>Der Speicher der Sandbox ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid or missing credentials</source>
        <translation>Ungültige oder fehlende Zugangsdaten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
</TS>
