<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BulkNumberWriter</name>
    <message>
        <location filename="../app/sandbox/bulknumberwriter.cpp" line="+46"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>Database error: %1</source>
        <translation>Error de la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../ui/formerrors.cpp" line="+28"/>
        <source>Error for %1</source>
        <translation>Error en %1</translation>
    </message>
</context>
<context>
    <name>ListParameters</name>
    <message>
        <location filename="../app/sandbox/listparameters.cpp" line="+15"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be greater than 0</source>
        <translation>debe ser mayor que 0</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be a boolean value: 1, true, yes, on, 0, false, no, off</source>
        <translation>debe ser un valor booleano: 1, true, yes, on, 0, false, no, off</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&apos;%1&apos; is not a column (use any of: %2)</source>
        <translation>«%1» no es una columna (use una de: %2)</translation>
    </message>
</context>
<context>
    <name>NumberFilterParser</name>
    <message>
        <location filename="../app/sandbox/numberfilterparser.cpp" line="+38"/>
        <source>must be a decimal number (got &apos;%1&apos;)</source>
        <translation>debe ser un número decimal (se recibió «%1»)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is not a known time zone (use a name of GET collections/time_zone, an IANA id or UTC)</source>
        <translation>«%1» no es una zona horaria conocida (use un nombre de GET collections/time_zone, un identificador IANA o UTC)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must contain the digits of a phone number (got &apos;%1&apos;)</source>
        <translation>debe contener los dígitos de un número de teléfono (se recibió «%1»)</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../app/sandbox/numberinput.cpp" line="+27"/>
        <source>can&apos;t be blank</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be an integer id</source>
        <translation>debe ser un id entero</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>entry %1 must be a &quot;key:value&quot; string</source>
        <translation>la entrada %1 debe ser una cadena «clave:valor»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a list of &quot;key:value&quot; strings or null</source>
        <translation>debe ser una lista de cadenas «clave:valor» o null</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>tiene %1 entradas; se permiten como máximo %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry %1 is %2 characters long; at most %3 are allowed</source>
        <translation>la entrada %1 tiene %2 caracteres; se permiten como máximo %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1 &apos;%2&apos;: %3</source>
        <translation>entrada %1 «%2»: %3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 at offset %2</source>
        <translation>%1 en la posición %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>is not included in the list</source>
        <translation>no está incluido en la lista</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be a number in E.164 form, such as +14155550123</source>
        <translation>debe ser un número en formato E.164, como +14155550123</translation>
    </message>
</context>
<context>
    <name>NumberReadHandler</name>
    <message>
        <location filename="../app/sandbox/numberreadhandler.cpp" line="+23"/>
        <source>Phone number not found</source>
        <translation>No se encontró el número de teléfono</translation>
    </message>
</context>
<context>
    <name>NumberSearchHandler</name>
    <message>
        <location filename="../app/sandbox/numbersearchhandler.cpp" line="+63"/>
        <source>can&apos;t be blank</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not included in the list</source>
        <translation>no está incluido en la lista</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be digits only (got &apos;%1&apos;)</source>
        <translation>solo puede contener dígitos (se recibió «%1»)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number from 1 to %1</source>
        <translation>debe ser un número entero de 1 a %1</translation>
    </message>
</context>
<context>
    <name>NumberWriteHandler</name>
    <message>
        <location filename="../app/sandbox/numberwritehandler.cpp" line="+31"/>
        <source>The request body is not valid JSON: %1</source>
        <translation>El cuerpo de la solicitud no es JSON válido: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is not a valid phone number</source>
        <translation>no es un número de teléfono válido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a number of %1</source>
        <translation>no es un número de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a toll-free number</source>
        <translation>no es un número gratuito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is a toll-free number</source>
        <translation>es un número gratuito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is no longer available</source>
        <translation>ya no está disponible</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No %1 number is available in %2 right now</source>
        <translation>Ahora mismo no hay ningún número %1 disponible en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>toll-free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Number is protected by delete prevention and cannot be unrented</source>
        <translation>El número está protegido contra la eliminación y no se puede dar de baja</translation>
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
        <translation>Gestione los números de teléfono de una cuenta de TrackDrive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database file of the built-in sandbox.</source>
        <translation>Archivo de base de datos del sandbox integrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many numbers a new sandbox holds.</source>
        <translation>Cuántos números contiene un sandbox nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--sandbox-numbers needs a positive whole number.</source>
        <translation>--sandbox-numbers necesita un número entero positivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The built-in sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox integrado: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <location filename="../app/sandbox/sandboxcommandline.cpp" line="+22"/>
        <source>Port on 127.0.0.1 to listen on (0 = any free port; default 0).</source>
        <translation>Puerto de 127.0.0.1 en el que escuchar (0 = cualquier puerto libre; por defecto 0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite file: reused when it holds data, generated otherwise (default: the application data folder; &apos;:memory:&apos; keeps it in memory).</source>
        <translation>Archivo SQLite: se reutiliza si contiene datos y, si no, se genera (por defecto: la carpeta de datos de la aplicación; «:memory:» lo mantiene en memoria).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo numbers to generate (default 3000).</source>
        <translation>Números de demostración que generar (por defecto 3000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the demo data and of the faults (default 1).</source>
        <translation>Semilla de los datos de demostración y de los fallos (por defecto 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay every reply by MS milliseconds.</source>
        <translation>Retrasar cada respuesta MS milisegundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer this fraction of requests (0..1) with 500, 502 or 503.</source>
        <translation>Responder a esta fracción de las solicitudes (0..1) con 500, 502 o 503.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer 429 beyond N requests per second (0 = off).</source>
        <translation>Responder 429 a partir de N solicitudes por segundo (0 = desactivado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry-After seconds of 429 and 503 replies (default 1).</source>
        <translation>Segundos de Retry-After de las respuestas 429 y 503 (por defecto 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close this fraction of connections (0..1) without a reply.</source>
        <translation>Cerrar esta fracción de las conexiones (0..1) sin responder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let another customer take this fraction (0..1) of the numbers a search offered just before they are bought (422 &quot;is no longer available&quot;).</source>
        <translation>Dejar que otro cliente se quede con esta fracción (0..1) de los números que ofreció una búsqueda justo antes de que se alquilen (422 «ya no está disponible»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest per_page the list endpoints honour (default 250).</source>
        <translation>Mayor per_page que respetan los endpoints de listas (por defecto 250).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Numbers Desk sandbox: a local TrackDrive phone-numbers API.</source>
        <translation>Sandbox de Numbers Desk: una API local de números de teléfono de TrackDrive.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 must be a whole number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 debe ser un número entero de %2 a %3 (se recibió «%4»)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--%1 must be a fraction from 0 to 1 (got &apos;%2&apos;)</source>
        <translation>--%1 debe ser una fracción de 0 a 1 (se recibió «%2»)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unexpected argument &apos;%1&apos;</source>
        <translation>Argumento inesperado «%1»</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <location filename="../app/sandbox/sandboxstore.cpp" line="+114"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the sandbox database &apos;%1&apos;: %2</source>
        <translation>No se puede abrir la base de datos del sandbox «%1»: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a usable SQLite database: %2</source>
        <translation>«%1» no es una base de datos SQLite utilizable: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot upgrade the sandbox database &apos;%1&apos;: %2</source>
        <translation>No se puede actualizar la base de datos del sandbox «%1»: %2</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Database error: %1 (%2)</source>
        <translation>Error de la base de datos: %1 (%2)</translation>
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
        <translation>Error de la base de datos: %1</translation>
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
        <translation>en memoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generated in %1 s</source>
        <translation>generada en %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reused</source>
        <translation>reutilizada</translation>
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
        <translation>Sandbox de Numbers Desk: %1
Base de datos: %2 (%3 números activos, %4)
Credenciales:
  clave pública:    %5
  clave privada:    %6
  token de acceso:  %7   (Authorization: Token …)
  auth token:       %8   (?auth_token=…)
Pulse Ctrl+C para detenerlo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Numbers Desk sandbox stopped.</source>
        <translation>Sandbox de Numbers Desk detenido.</translation>
    </message>
</context>
<context>
    <name>numdesk::Account</name>
    <message>
        <location filename="../app/api/account.cpp" line="+47"/>
        <source>Enter the account&apos;s subdomain or address.</source>
        <translation>Introduzca el subdominio o la dirección de la cuenta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a valid address.</source>
        <translation>«%1» no es una dirección válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must start with https://.</source>
        <translation>La dirección debe empezar por https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain http:// is only allowed to this computer; use https:// so that the keys are not sent in the clear.</source>
        <translation>El http:// sin cifrar solo se permite hacia este equipo; use https:// para que las claves no se envíen en claro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must not contain a query, a fragment or a user name; enter the keys in their own fields.</source>
        <translation>La dirección no debe contener una consulta, un fragmento ni un nombre de usuario; introduzca las claves en sus propios campos.</translation>
    </message>
</context>
<context>
    <name>numdesk::AccountSwitcher</name>
    <message>
        <location filename="../ui/accountswitcher.cpp" line="+41"/>
        <source>The built-in sandbox is not running.</source>
        <translation>El sandbox integrado no está en marcha.</translation>
    </message>
</context>
<context>
    <name>numdesk::AccountsDialog</name>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="+32"/>
        <source>public and private key</source>
        <translation>clave pública y privada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access token</source>
        <translation>token de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>legacy auth token</source>
        <translation>auth token antiguo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Where secrets are kept</source>
        <translation>Dónde se guardan los secretos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain status</source>
        <translation>Estado del llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the secrets of profiles in:</source>
        <translation>Guardar los secretos de los perfiles en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system &amp;keychain</source>
        <translation>el &amp;llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep secrets in the system keychain</source>
        <translation>Guardar los secretos en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;memory only: type them again each session</source>
        <translation>solo en &amp;memoria: volver a escribirlos en cada sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type secrets each session</source>
        <translation>Escribir los secretos en cada sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save secrets in a file only you can read</source>
        <translation>Guardar los secretos en un archivo que solo usted puede leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secrets file</source>
        <translation>Archivo de secretos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: the file is not encrypted. Anyone who can use your user account, and anyone who can read your backups, can read the secrets in it.</source>
        <translation>Advertencia: el archivo no está cifrado. Cualquiera que pueda usar su cuenta de usuario o leer sus copias de seguridad podrá leer los secretos que contiene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets file warning</source>
        <translation>Advertencia sobre el archivo de secretos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profiles:</source>
        <translation>&amp;Perfiles:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+292"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+288"/>
        <source>Remove Profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>&amp;Test Connection</source>
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test Connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Profile details</source>
        <translation>Detalles del perfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sandbox (built-in)</source>
        <translation>Sandbox (integrado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in sandbox: demo numbers on this computer. It cannot be edited or removed.</source>
        <translation>El sandbox integrado: números de demostración en este equipo. No se puede editar ni quitar.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The built-in sandbox cannot be edited or removed.</source>
        <translation>El sandbox integrado no se puede editar ni quitar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keychain is available: %1 Choose whether to type the secrets each session or to save them in a file only you can read.</source>
        <translation>No hay ningún llavero del sistema disponible: %1 Elija entre escribir los secretos en cada sesión o guardarlos en un archivo que solo usted puede leer.</translation>
    </message>
    <message>
        <source>a &amp;file only you can read: %1</source>
        <translation type="vanished">un &amp;archivo que solo usted puede leer: %1</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>a &amp;file only you can read</source>
        <translation>un &amp;archivo que solo usted puede leer</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>Address: %1
Authentication: %2</source>
        <translation>Dirección: %1
Autenticación: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Built-in sandbox at %1 with demo credentials.</source>
        <translation>Sandbox integrado en %1 con credenciales de demostración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in sandbox (not running).</source>
        <translation>Sandbox integrado (no está en marcha).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Profile &apos;%1&apos; saved.</source>
        <translation>Perfil «%1» guardado.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove the profile &apos;%1&apos; and the secrets saved for it?</source>
        <translation>¿Quitar el perfil «%1» y los secretos guardados para él?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile &apos;%1&apos; removed.</source>
        <translation>Perfil «%1» quitado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &apos;%1&apos; removed, but its secrets could not be removed from %2: %3</source>
        <translation>Perfil «%1» quitado, pero no se pudieron quitar sus secretos guardados en %2: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The built-in sandbox is not running.</source>
        <translation>El sandbox integrado no está en marcha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secrets are saved for &apos;%1&apos; in %2. Edit the profile to enter them.</source>
        <translation>No hay secretos guardados para «%1» en %2. Edite el perfil para introducirlos.</translation>
    </message>
</context>
<context>
    <name>numdesk::ActionProgressView</name>
    <message>
        <location filename="../ui/actionprogressview.cpp" line="+31"/>
        <source>Purchase %1</source>
        <extracomment>A purchase whose number is not known yet: &quot;Purchase 3&quot;</extracomment>
        <translation>Alquiler %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Reintentar fallidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start nothing new; what is already on its way finishes</source>
        <translation>No empezar nada nuevo; lo que ya está en curso termina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the failed ones again</source>
        <translation>Volver a enviar los fallidos</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bought</source>
        <translation>Alquilado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrented</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown — check</source>
        <translation>Resultado desconocido: compruébelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent (stopped)</source>
        <translation>No enviado (detenido)</translation>
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
            <numerusform>%n de %1 listo</numerusform>
            <numerusform>%n de %1 listos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with unknown outcome — check the account before trying again</source>
        <translation>
            <numerusform>%n con resultado desconocido: compruebe la cuenta antes de volver a intentarlo</numerusform>
            <numerusform>%n con resultado desconocido: compruebe la cuenta antes de volver a intentarlo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not sent</source>
        <translation>
            <numerusform>%n no enviado</numerusform>
            <numerusform>%n no enviados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::ActionRunner</name>
    <message>
        <location filename="../app/model/actionrunner.cpp" line="+254"/>
        <source>Not sent, because the activity journal cannot be written.</source>
        <translation>No se envió porque no se puede escribir el registro de actividad.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The number was already unrented.</source>
        <translation>El número ya estaba dado de baja.</translation>
    </message>
</context>
<context>
    <name>numdesk::ActivityPanel</name>
    <message>
        <location filename="../ui/activitypanel.cpp" line="+52"/>
        <source>&amp;Undo Batch…</source>
        <translation>&amp;Deshacer lote…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Activity summary</source>
        <translation>Resumen de la actividad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo Batch</source>
        <translation>Deshacer lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what the selected action&apos;s batch changed, where the numbers still have its values</source>
        <translation>Restaura lo que cambió el lote de la acción elegida, donde los números aún tienen sus valores</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n action(s) with unknown outcome — check the account.</source>
        <translation>
            <numerusform>%n acción con resultado desconocido: compruebe la cuenta.</numerusform>
            <numerusform>%n acciones con resultado desconocido: compruebe la cuenta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s) in the journal.</source>
        <translation>
            <numerusform>%n acción en el registro.</numerusform>
            <numerusform>%n acciones en el registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unreadable line(s) were skipped.</source>
        <translation>
            <numerusform>Se omitió %n línea ilegible.</numerusform>
            <numerusform>Se omitieron %n líneas ilegibles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older actions are kept in %1.</source>
        <translation>Las acciones anteriores se guardan en %1.</translation>
    </message>
</context>
<context>
    <name>numdesk::ApiCall</name>
    <message>
        <location filename="../app/api/apicall.cpp" line="+173"/>
        <location line="+49"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s answer is larger than %1 MB; it was not read.</source>
        <translation>La respuesta del servidor ocupa más de %1 MB; no se ha leído.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="vanished">El servidor no respondió en %1 segundos.</translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <location line="+94"/>
        <source>The call did not finish within its time limit of %n second(s) in all.</source>
        <translation>
            <numerusform>La llamada no terminó dentro de su límite de tiempo de %n segundo en total.</numerusform>
            <numerusform>La llamada no terminó dentro de su límite de tiempo de %n segundos en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The server sent nothing for %n second(s) (the request timeout).</source>
        <translation>
            <numerusform>El servidor no envió nada durante %n segundo (el tiempo de espera de la solicitud).</numerusform>
            <numerusform>El servidor no envió nada durante %n segundos (el tiempo de espera de la solicitud).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server redirected the request to another address; it was not followed, so that the keys stay with this account.</source>
        <translation>El servidor redirigió la solicitud a otra dirección; no se siguió la redirección para que las claves no salgan de esta cuenta.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server redirected the request more than %n time(s).</source>
        <translation>
            <numerusform>El servidor redirigió la solicitud más de %n vez.</numerusform>
            <numerusform>El servidor redirigió la solicitud más de %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection failed: %1</source>
        <translation>Falló la conexión segura: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s answer could not be decoded: %1</source>
        <translation>No se pudo decodificar la respuesta del servidor: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s name could not be found (%1). Check the account&apos;s address and the network.</source>
        <translation>No se encontró el nombre del servidor (%1). Compruebe la dirección de la cuenta y la red.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the connection.</source>
        <translation>El servidor rechazó la conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
</context>
<context>
    <name>numdesk::ApiClient</name>
    <message>
        <location filename="../app/api/apiclient.cpp" line="+75"/>
        <source>No account address is set.</source>
        <translation>La cuenta no tiene dirección.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain http:// is only allowed to this computer; the account must use https://.</source>
        <translation>El http:// sin cifrar solo se permite hacia este equipo; la cuenta debe usar https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account has no credentials set.</source>
        <translation>La cuenta no tiene credenciales.</translation>
    </message>
    <message>
        <location filename="../app/api/apiclient.h" line="+115"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>numdesk::BatchGroupModel</name>
    <message numerus="yes">
        <location filename="../app/model/batchgroupmodel.cpp" line="+221"/>
        <source>Plan: %n action(s)</source>
        <translation>
            <numerusform>Plan: %n acción</numerusform>
            <numerusform>Plan: %n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Undo: %n action(s)</source>
        <translation>
            <numerusform>Deshacer: %n acción</numerusform>
            <numerusform>Deshacer: %n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n edición</numerusform>
            <numerusform>%n ediciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unrent(s)</source>
        <translation>
            <numerusform>%n baja</numerusform>
            <numerusform>%n bajas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n compra</numerusform>
            <numerusform>%n compras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n hecha</numerusform>
            <numerusform>%n hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unknown — check</source>
        <translation>
            <numerusform>%n desconocida — comprobar</numerusform>
            <numerusform>%n desconocidas — comprobar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sending…</source>
        <translation>
            <numerusform>%n enviándose…</numerusform>
            <numerusform>%n enviándose…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Batch %1</source>
        <translation>Lote %1</translation>
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
        <translation>&amp;Alquilar…</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>&amp;Back to Form</source>
        <translation>Volver al form&amp;ulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look for the New Number</source>
        <translation>&amp;Buscar el número nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search A&amp;gain</source>
        <translation>Buscar de &amp;nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy Numbers — %1</source>
        <translation>Alquilar números — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buy</source>
        <translation>Alquilar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the numbers of this offer and provider bought since the purchase was sent</source>
        <translation>Mostrar los números de esta oferta y este proveedor alquilados desde que se envió el alquiler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search again for the numbers still available</source>
        <translation>Volver a buscar los números aún disponibles</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a provider…</source>
        <translation>Elija un proveedor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an offer…</source>
        <translation>Elija una oferta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;ocal</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toll-free</source>
        <translation>&amp;Gratuito</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toll-free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic source</source>
        <translation>Fuente de tráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number pool</source>
        <translation>Grupo de números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each number is a separate purchase with the same settings</source>
        <translation>Cada número es un alquiler independiente con la misma configuración</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Quantity error</source>
        <translation>Error en la cantidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country error</source>
        <translation>Error en el país</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ffer:</source>
        <translation>&amp;Oferta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;raffic source:</source>
        <translation>&amp;Fuente de tráfico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number p&amp;ool:</source>
        <translation>G&amp;rupo de números:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tok&amp;en values:</source>
        <translation>&amp;Valores de token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any n&amp;umber</source>
        <translation>C&amp;ualquier número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose numbers</source>
        <translation>&amp;Elegir números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any number</source>
        <translation>Cualquier número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy how many you like; the provider picks the numbers</source>
        <translation>Alquilar tantos como quiera; el proveedor elige los números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose numbers</source>
        <translation>Elegir números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the numbers that can be bought and buy exactly those</source>
        <translation>Buscar los números que se pueden alquilar y alquilar exactamente esos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No country “%1” to buy numbers in; still %2.</source>
        <extracomment>Under the country field: No country “Narnia” to buy numbers in; still United States (US).</extracomment>
        <translation>No hay ningún país «%1» donde comprar números; sigue %2.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Buy Again…</source>
        <extracomment>The Buy button for more than one number: &quot;Buy 5 Numbers…&quot;</extracomment>
        <translation>Alquilar &amp;de nuevo…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Buy %n Number(s)…</source>
        <translation>
            <numerusform>&amp;Alquilar %n número…</numerusform>
            <numerusform>&amp;Alquilar %n números…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buy at least 1 number (at most %1).</source>
        <translation>Compre al menos 1 número (como máximo %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a provider</source>
        <translation>un proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an offer</source>
        <translation>una oferta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a country</source>
        <translation>un país</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the token values</source>
        <translation>Corrija los valores de token</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>%1 could not be bought: %2. Search Again shows the numbers still available.</source>
        <extracomment>&quot;(415) 356-9377 could not be bought: is no longer available. …&quot;</extracomment>
        <translation>No se pudo alquilar %1: %2. «Buscar de nuevo» muestra los números aún disponibles.</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Choose %1</source>
        <translation>Elija %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search, then tick the numbers to buy</source>
        <translation>Busque y luego marque los números que alquilar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how many numbers to buy</source>
        <translation>Elija cuántos números comprar</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+39"/>
        <source>none</source>
        <translation>ninguno</translation>
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
            <numerusform>Está a punto de alquilar este número (%n) en la cuenta %1:</numerusform>
            <numerusform>Está a punto de alquilar estos %n números en la cuenta %1:</numerusform>
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
            <numerusform>Está a punto de alquilar %n número gratuito en %1 en la cuenta %2.</numerusform>
            <numerusform>Está a punto de alquilar %n números gratuitos en %1 en la cuenta %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You are about to rent %n local number(s) in %1 on account %2.</source>
        <translation>
            <numerusform>Está a punto de alquilar %n número local en %1 en la cuenta %2.</numerusform>
            <numerusform>Está a punto de alquilar %n números locales en %1 en la cuenta %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provider: %1</source>
        <translation>Proveedor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer: %1</source>
        <translation>Oferta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic source: %1</source>
        <translation>Fuente de tráfico: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number pool: %1</source>
        <translation>Grupo de números: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token values: %1</source>
        <translation>Valores de token: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every number is a separate rental that your provider charges for.</source>
        <translation>Cada número es un alquiler independiente que su proveedor le cobra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outcome of the last purchase is unknown: it may have rented a number already. Buying again can rent one more.</source>
        <translation>El resultado del último alquiler es desconocido: puede que ya haya alquilado un número. Si vuelve a alquilar, puede alquilar uno más.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rent Numbers?</source>
        <translation>¿Alquilar números?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Rent %n Number(s)</source>
        <translation>
            <numerusform>&amp;Alquilar %n número</numerusform>
            <numerusform>&amp;Alquilar %n números</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Buying…</source>
        <translation>Alquilando…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No answer came back, so the number may or may not have been bought. It was not sent again. Use &quot;Look for the New Number&quot; to check the account before buying again.
(%1)</source>
        <translation>No llegó ninguna respuesta, así que puede que el número se haya alquilado o no. No se volvió a enviar. Use «Buscar el número nuevo» para comprobar la cuenta antes de volver a alquilar.
(%1)</translation>
    </message>
</context>
<context>
    <name>numdesk::ConnectionTester</name>
    <message numerus="yes">
        <location filename="../ui/connectiontester.cpp" line="+109"/>
        <source>Connected to %1: the account has %n phone number(s).</source>
        <translation>
            <numerusform>Conectado a %1: la cuenta tiene %n número de teléfono.</numerusform>
            <numerusform>Conectado a %1: la cuenta tiene %n números de teléfono.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Timeout: %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Tiempo de espera agotado: %1 no respondió en %n segundo.</numerusform>
            <numerusform>Tiempo de espera agotado: %1 no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>401 Unauthorized: %1 did not accept the credentials. Check the keys or the token, and the authentication method.</source>
        <translation>401 No autorizado: %1 no aceptó las credenciales. Compruebe las claves o el token, y el método de autenticación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IP address not allowed (403): this computer&apos;s IP address is not on the account&apos;s allow-list.</source>
        <translation>Dirección IP no permitida (403): la dirección IP de este equipo no está en la lista de direcciones permitidas de la cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address not allowed (403): this computer&apos;s IP address is not on the account&apos;s allow-list. The server said: %1</source>
        <translation>Dirección IP no permitida (403): la dirección IP de este equipo no está en la lista de direcciones permitidas de la cuenta. El servidor dijo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>403 Forbidden: %1 refused access. The account may lack the right to list phone numbers, or this computer&apos;s IP address may not be on its allow-list.</source>
        <translation>403 Prohibido: %1 denegó el acceso. Puede que la cuenta no tenga permiso para listar números de teléfono o que la dirección IP de este equipo no esté en su lista de direcciones permitidas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered, but not as the TrackDrive API does: %2 Check the account&apos;s address.</source>
        <translation>%1 respondió, pero no como lo hace la API de TrackDrive: %2 Compruebe la dirección de la cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DNS: the host name %1 could not be found. Check the subdomain or base URL, and the network.</source>
        <translation>DNS: no se encontró el nombre de host %1. Compruebe el subdominio o la URL base, y la red.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS error: the secure connection to %1 failed: %2</source>
        <translation>Error de TLS: falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection refused: nothing answers at %1 on port %2.</source>
        <translation>Conexión rechazada: nada responde en %1 en el puerto %2.</translation>
    </message>
</context>
<context>
    <name>numdesk::DateRangeEdit</name>
    <message>
        <location filename="../ui/daterangeedit.cpp" line="+29"/>
        <source>Any Time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 Days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This Month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 from</source>
        <translation>%1 desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to</source>
        <translation>%1 hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the range, in the chosen time zone</source>
        <translation>Inicio del intervalo, en la zona horaria elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>End of the range, in the chosen time zone</source>
        <translation>Fin del intervalo, en la zona horaria elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end is before the start: this range is not applied.</source>
        <translation>El final es anterior al inicio: este rango no se aplica.</translation>
    </message>
</context>
<context>
    <name>numdesk::DetailsPanel</name>
    <message>
        <location filename="../ui/detailspanel.cpp" line="+55"/>
        <source>Copy Number</source>
        <translation>Copiar número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as Shown</source>
        <translation>Copiar como se muestra</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token values</source>
        <translation>Valores de token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the number in E.164 form (+18005002562)</source>
        <translation>Copiar el número en formato E.164 (+18005002562)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the number as people write it</source>
        <translation>Copiar el número como se escribe habitualmente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Token values:</source>
        <translation>Valores de token:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No number selected</source>
        <translation>No hay ningún número seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a number in the table to see all of its fields.</source>
        <translation>Seleccione un número en la tabla para ver todos sus campos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number #%1</source>
        <translation>Número #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
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
        <translation>gratuito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>numdesk::EditNumbersDialog</name>
    <message numerus="yes">
        <location filename="../ui/editnumbersdialog.cpp" line="+34"/>
        <source>Edit %n Numbers</source>
        <translation>
            <numerusform>Editar %n número</numerusform>
            <numerusform>Editar %n números</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Apply to %n Numbers…</source>
        <translation>
            <numerusform>&amp;Aplicar a %n número…</numerusform>
            <numerusform>&amp;Aplicar a %n números…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose an offer…</source>
        <translation>Elija una oferta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+151"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+152"/>
        <source>Traffic source</source>
        <translation>Fuente de tráfico</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+154"/>
        <source>Number pool</source>
        <translation>Grupo de números</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>O&amp;ffer:</source>
        <translation>&amp;Oferta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;raffic source:</source>
        <translation>&amp;Fuente de tráfico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number p&amp;ool:</source>
        <translation>G&amp;rupo de números:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tok&amp;en values:</source>
        <translation>&amp;Valores de token:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tick the fields to change on all %n selected numbers; the others stay as they are on each number. &quot;None&quot; removes the traffic source or pool; empty token values remove them all.</source>
        <translation>
            <numerusform>Marque los campos que quiere cambiar en el número seleccionado (%n); los demás se quedan como están. «Ninguno» quita la fuente de tráfico o el grupo; unos valores de token vacíos los quitan todos.</numerusform>
            <numerusform>Marque los campos que quiere cambiar en los %n números seleccionados; los demás se quedan como están en cada número. «Ninguno» quita la fuente de tráfico o el grupo; unos valores de token vacíos los quitan todos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the current values…</source>
        <translation>Leyendo los valores actuales…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The current values could not be read: %1</source>
        <translation>No se pudieron leer los valores actuales: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Nothing is changed yet</source>
        <translation>Todavía no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>Valores de token</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Change these fields for %n numbers on account %1:</source>
        <translation>
            <numerusform>Cambiar estos campos de %n número de la cuenta %1:</numerusform>
            <numerusform>Cambiar estos campos de %n números de la cuenta %1:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls to them are routed by the new settings from then on.</source>
        <translation>A partir de entonces, sus llamadas se enrutan con los nuevos ajustes.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Change %n Numbers?</source>
        <translation>
            <numerusform>¿Cambiar %n número?</numerusform>
            <numerusform>¿Cambiar %n números?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The ticked fields will be changed on %n numbers of account %1. Calls to them are routed by the new settings from then on.</source>
        <translation type="vanished">
            <numerusform>Los campos marcados se cambiarán en %n número de la cuenta %1. A partir de entonces, sus llamadas se encaminarán según la nueva configuración.</numerusform>
            <numerusform>Los campos marcados se cambiarán en %n números de la cuenta %1. A partir de entonces, sus llamadas se encaminarán según la nueva configuración.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 changed.</source>
        <translation>%1 cambiado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No answer came back: the change may or may not have been made. Refresh to see the number as it is now.</source>
        <translation>No llegó ninguna respuesta: puede que el cambio se haya hecho o no. Actualice para ver el número tal como está ahora.</translation>
    </message>
</context>
<context>
    <name>numdesk::EnvironmentSecretStore</name>
    <message>
        <location filename="../app/model/environmentsecretstore.cpp" line="+26"/>
        <source>the environment</source>
        <translation>el entorno</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set %1 in the environment for %2 authentication.</source>
        <translation>Defina %1 en el entorno para la autenticación %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 and %2 in the environment for %3 authentication.</source>
        <translation>Defina %1 y %2 en el entorno para la autenticación %3.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Set NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN or NUMDESK_AUTH_TOKEN in the environment.</source>
        <translation>Defina NUMDESK_PUBLIC_KEY y NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN o NUMDESK_AUTH_TOKEN en el entorno.</translation>
    </message>
</context>
<context>
    <name>numdesk::ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="+13"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide error</source>
        <translation>Ocultar error</translation>
    </message>
</context>
<context>
    <name>numdesk::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+49"/>
        <source>Column &amp;keys (offer_id)</source>
        <translation>C&amp;laves de columna (offer_id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display &amp;labels (Offer)</source>
        <translation>Eti&amp;quetas de columna (Oferta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spreadsheet-safe: keep cells starting with = + - @ from being read as formulas</source>
        <translation>&amp;Seguro para hojas de cálculo: evitar que las celdas que empiezan por = + - @ se lean como fórmulas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write &amp;names as shown: offers, traffic sources, pools, providers and countries by name, not by id or code</source>
        <translation>Escribir los &amp;nombres como se muestran: ofertas, fuentes de tráfico, grupos, proveedores y países por nombre, no por ID ni código</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+207"/>
        <location line="+52"/>
        <location line="+46"/>
        <source>Export View</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <source>all</source>
        <translation type="vanished">todos los</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Exports all %1 numbers of the account, not only the loaded rows.</source>
        <translation>Exporta %1 números de la cuenta, no solo las filas cargadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports every number of the account, not only the loaded rows.</source>
        <translation>Exporta todos los números de la cuenta, no solo las filas cargadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports the %1 numbers that match the current filters, not only the loaded rows.</source>
        <translation>Exporta %1 números que coinciden con los filtros actuales, no solo las filas cargadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exports every number that matches the current filters, not only the loaded rows.</source>
        <translation>Exporta todos los números que cumplen los filtros actuales, no solo las filas cargadas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file then reads like the table; a plan made from it is read back by these names.</source>
        <translation>El archivo se lee entonces como la tabla; un plan hecho con él se vuelve a leer por estos nombres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formula warning</source>
        <translation>Aviso de fórmulas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns to export</source>
        <translation>Columnas que exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the columns to export; drag to change their order</source>
        <translation>Marque las columnas que exportar; arrástrelas para cambiar su orden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header row</source>
        <translation>Fila de encabezado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write dates in %1 instead of exactly as the server sent them</source>
        <translation>Escribir las fechas en %1 en lugar de tal como las envió el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off by default: phone numbers begin with + and would be changed.</source>
        <translation>Desactivado por defecto: los números de teléfono empiezan por + y se modificarían.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Columnas:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This view has cells a spreadsheet would run as formulas, such as %1. Tick Spreadsheet-safe to write them as text.</source>
        <extracomment>Cells are quoted: “=SUM(A1)”, “@handle”</extracomment>
        <translation>Esta vista tiene celdas que una hoja de cálculo ejecutaría como fórmulas, como %1. Marque «Seguro para hojas de cálculo» para escribirlas como texto.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que escribir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check at least one column.</source>
        <translation>Marque al menos una columna.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replace File?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it? It stays as it is unless the export completes.</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo? No cambiará a menos que la exportación termine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>queda aproximadamente %n segundo</numerusform>
            <numerusform>quedan aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 numbers · %3 per second · %4</source>
        <translation>%1 de %2 números · %3 por segundo · %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 numbers · %2 per second</source>
        <translation>%1 números · %2 por segundo</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot write %1: %2.</source>
        <extracomment>%2 says why, e.g. &quot;it is a symbolic link; name the file itself&quot;</extracomment>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>numdesk::ExportJob</name>
    <message>
        <location filename="../app/model/exportjob.cpp" line="+54"/>
        <source>&apos;%1&apos; is not a column of a phone number.</source>
        <translation>«%1» no es una columna de un número de teléfono.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write %1: %2. No file was written.</source>
        <translation>No se pudo escribir %1: %2. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1 No file was written.</source>
        <translation>Falló la exportación: %1 No se escribió ningún archivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 numbers written to %2 in %3 s.</source>
        <extracomment>&quot;48,311 numbers written to /home/me/numbers.csv in 6.2 s.&quot;</extracomment>
        <translation>%1 números escritos en %2 en %3 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The numbers changed during the export; the file holds every number the query matched at the end.</source>
        <translation>Los números cambiaron durante la exportación; el archivo contiene todos los números que coincidían con la consulta al final.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n number(s) were found by reading the set again.</source>
        <translation>
            <numerusform>Se encontró %n número al volver a leer el conjunto.</numerusform>
            <numerusform>Se encontraron %n números al volver a leer el conjunto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The numbers kept changing during the export (%n read(s) of the set disagreed): the file may miss or repeat numbers.</source>
        <translation>
            <numerusform>Los números no dejaron de cambiar durante la exportación (%n lectura del conjunto no coincidió): puede que al archivo le falten números o que los repita.</numerusform>
            <numerusform>Los números no dejaron de cambiar durante la exportación (%n lecturas del conjunto no coincidieron): puede que al archivo le falten números o que los repita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n repeated row(s) were left out.</source>
        <translation>
            <numerusform>Se omitió %n fila repetida.</numerusform>
            <numerusform>Se omitieron %n filas repetidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n NUL character(s) sent by the server were left out.</source>
        <translation>
            <numerusform>Se omitió %n carácter NUL enviado por el servidor.</numerusform>
            <numerusform>Se omitieron %n caracteres NUL enviados por el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-233"/>
        <location line="+67"/>
        <source>the rows cannot be held on disk: %1</source>
        <translation>las filas no se pueden guardar en el disco: %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+17"/>
        <source>the rows cannot be read back: %1</source>
        <translation>las filas no se pueden volver a leer: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n number(s) left the query while it was read and were left out of the file.</source>
        <translation>
            <numerusform>%n número salió de la consulta mientras se leía y se dejó fuera del archivo.</numerusform>
            <numerusform>%n números salieron de la consulta mientras se leían y se dejaron fuera del archivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numdesk::ExportSpool</name>
    <message>
        <location filename="../app/model/exportspool.cpp" line="+66"/>
        <source>the rows were not given</source>
        <translation>no se entregaron las filas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the spool file %1 was cut short</source>
        <translation>el archivo intermedio %1 está incompleto</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the rows written so far end too soon</source>
        <translation>las filas escritas hasta ahora terminan antes de tiempo</translation>
    </message>
</context>
<context>
    <name>numdesk::ExportTarget</name>
    <message>
        <location filename="../app/model/exporttarget.cpp" line="+35"/>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no file was named</source>
        <translation>no se indicó ningún archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>cannot write in the folder %1</source>
        <translation>no se puede escribir en la carpeta %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>it is a symbolic link; name the file itself</source>
        <translation>es un enlace simbólico; indique el archivo mismo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder; name a file</source>
        <translation>es una carpeta; indique un archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it belongs to another user and is not replaced</source>
        <translation>pertenece a otro usuario y no se reemplaza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is neither a file nor a pipe nor a device</source>
        <translation>no es un archivo, ni una tubería, ni un dispositivo</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>no program reads from this named pipe</source>
        <translation>ningún programa lee de esta tubería con nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it changed while it was opened</source>
        <translation>cambió mientras se abría</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+36"/>
        <location line="+24"/>
        <source>it is not open</source>
        <translation>no está abierto</translation>
    </message>
</context>
<context>
    <name>numdesk::FileSecretStore</name>
    <message>
        <location filename="../app/model/filesecretstore.cpp" line="+42"/>
        <source>The secrets file %1 is not a regular file; remove it.</source>
        <translation>El archivo de secretos %1 no es un archivo normal; elimínelo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secrets file %1 belongs to another user; remove it.</source>
        <translation>El archivo de secretos %1 pertenece a otro usuario; elimínelo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secrets file %1 can be read or changed by other users (mode %2); it must be readable only by you (mode 0600). Remove it, or make it private with &quot;chmod 600&quot; if nobody else could have changed it.</source>
        <translation>Otros usuarios pueden leer o modificar el archivo de secretos %1 (modo %2); solo usted debe poder leerlo (modo 0600). Elimínelo o hágalo privado con «chmod 600» si nadie más pudo haberlo modificado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file %1</source>
        <translation>el archivo %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot look at the secrets file %1: %2</source>
        <translation>No se puede examinar el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No secrets are saved in %1.</source>
        <translation>No hay secretos guardados en %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secrets file %1 is a symbolic link; remove it.</source>
        <translation>El archivo de secretos %1 es un enlace simbólico; elimínelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>No se puede leer el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets file %1 is too large.</source>
        <translation>El archivo de secretos %1 es demasiado grande.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secrets file %1 is damaged; remove it and enter the secrets again.</source>
        <translation>El archivo de secretos %1 está dañado; elimínelo y vuelva a introducir los secretos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot remove the secrets file %1: %2</source>
        <translation>No se puede eliminar el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>No se puede escribir el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No secrets are saved for profile &apos;%1&apos; in %2.</source>
        <translation>No hay secretos guardados para el perfil «%1» en %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets saved for profile &apos;%1&apos; in %2 are incomplete; enter them again.</source>
        <translation>Los secretos guardados para el perfil «%1» en %2 están incompletos; vuelva a introducirlos.</translation>
    </message>
</context>
<context>
    <name>numdesk::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+41"/>
        <source>Any offer</source>
        <translation>Todas las ofertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any traffic source</source>
        <translation>Todas las fuentes de tráfico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any provider</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any number pool</source>
        <translation>Todos los grupos de números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last call</source>
        <translation>Última llamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search names and numbers…</source>
        <translation>Buscar nombres y números…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-text search</source>
        <translation>Búsqueda de texto completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches name, number and human number. Enter searches at once, Esc clears.</source>
        <translation>Busca en el nombre, el número y el número legible. Intro busca al instante, Esc borra.</translation>
    </message>
    <message>
        <source>Number, e.g. +441224980000</source>
        <translation type="vanished">Número, p. ej. +441224980000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number, e.g. (212) 669-9604</source>
        <translation>Número, p. ej. (212) 669-9604</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole number, written any common way; without a country code it is read as a number of the default country (Preferences).</source>
        <translation>El número completo, escrito de cualquier forma habitual; sin código de país se interpreta como un número del país predeterminado (Preferencias).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number error</source>
        <translation>Error en el número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date range error</source>
        <translation>Error en el rango de fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic source</source>
        <translation>Fuente de tráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number pool</source>
        <translation>Grupo de números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date ranges are read in this time zone</source>
        <translation>Los intervalos de fechas se interpretan en esta zona horaria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filtered</source>
        <translation>Filtrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove every filter (Ctrl+Shift+X)</source>
        <translation>Quitar todos los filtros (Ctrl+Mayús+X)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;reated:</source>
        <translation>&amp;Creado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last call:</source>
        <translation>Ú&amp;ltima llamada:</translation>
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
        <translation>El rango «Creado» termina antes de empezar; no se aplica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Last call range ends before it starts; it is not applied.</source>
        <translation>El rango «Última llamada» termina antes de empezar; no se aplica.</translation>
    </message>
</context>
<context>
    <name>numdesk::InsightsPanel</name>
    <message>
        <location filename="../ui/insightspanel.cpp" line="+39"/>
        <source>Take &amp;Snapshot</source>
        <translation>Tomar i&amp;nstantánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unrent Idle Numbers…</source>
        <translation>Dar de &amp;baja los números inactivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;Changed…</source>
        <translation>¿&amp;Qué cambió…?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic source</source>
        <translation>Fuente de tráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number pool</source>
        <translation>Grupo de números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local / toll-free</source>
        <translation>Local / gratuito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month created</source>
        <translation>Mes de creación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idle after days</source>
        <translation>Inactivo tras días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number is idle when its last call is older than this many days before the snapshot, or when it was never called. Type any number of days.</source>
        <translation>Un número está inactivo cuando su última llamada es anterior a este número de días antes de la instantánea, o cuando nunca recibió llamadas. Escriba cualquier número de días.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Snapshot</source>
        <translation>Tomar instantánea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idle numbers</source>
        <translation>Números inactivos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What Changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers added, removed and changed between two snapshots</source>
        <translation>Los números añadidos, eliminados y cambiados entre dos instantáneas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unrent Idle Numbers</source>
        <translation>Dar de baja los números inactivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The idle numbers of this snapshot, read again live, to unrent after a confirmation</source>
        <translation>Los números inactivos de esta instantánea, leídos de nuevo en vivo, para darlos de baja tras una confirmación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+254"/>
        <source>Idle</source>
        <translation>Inactivos</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Never called</source>
        <translation>Nunca llamados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost</source>
        <translation>Coste mensual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle cost</source>
        <translation>Coste inactivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a group to see its numbers, an idle count to see its idle ones</source>
        <translation>Haga clic en un grupo para ver sus números, en una cifra de inactivos para ver esos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Largest groups</source>
        <translation>Grupos más grandes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group &amp;by:</source>
        <translation>Agrupar &amp;por:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Idle after (days):</source>
        <translation>&amp;Inactivo tras (días):</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No snapshot file yet.</source>
        <translation>Aún no hay archivo de instantáneas.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The snapshot could not be read.</source>
        <translation>No se pudo leer la instantánea.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No snapshot of this account yet. Take Snapshot reads every number once and keeps it, to count and compare.</source>
        <translation>Aún no hay instantánea de esta cuenta. «Tomar instantánea» lee cada número una vez y lo guarda, para contar y comparar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshots cannot be read: %1</source>
        <translation>No se pueden leer las instantáneas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Snapshot of %1 — %Ln number(s)</source>
        <translation>
            <numerusform>Instantánea del %1 — %Ln número</numerusform>
            <numerusform>Instantánea del %1 — %Ln números</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not verified: the numbers kept changing while it was read, so it may miss or repeat some</source>
        <translation>sin verificar: los números cambiaron mientras se leía, puede faltar o repetirse alguno</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %Ln number(s) idle (no call in %2 days), %3 never called.</source>
        <translation>
            <numerusform>%1 de %Ln número inactivo (sin llamadas en %2 días), %3 nunca llamado.</numerusform>
            <numerusform>%1 de %Ln números inactivos (sin llamadas en %2 días), %3 nunca llamados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Idle numbers cost %1 per month (all numbers: %2).</source>
        <translation>Los números inactivos cuestan %1 al mes (todos los números: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set prices to see cost</source>
        <translation>Defina precios para ver el coste</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <location line="+35"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Numbers without one</source>
        <translation>Números sin asignar</translation>
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
        <translation>nunca llamados</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>idle for %Ln day(s)</source>
        <translation>
            <numerusform>inactivos desde hace %Ln día</numerusform>
            <numerusform>inactivos desde hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Called recently</source>
        <translation>Llamados recientemente</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The %1 largest of %2 groups</source>
        <translation>Los %1 grupos más grandes de %2</translation>
    </message>
</context>
<context>
    <name>numdesk::InventoryInsights</name>
    <message>
        <location filename="../app/inventory/inventoryinsights.cpp" line="+121"/>
        <source>Toll-free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Local</translation>
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
        <translation>No se puede leer el registro de actividad %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No outcome was recorded (the app was closed or stopped while the request was on its way). Check the account.</source>
        <translation>No se registró ningún resultado (la aplicación se cerró o se detuvo mientras la solicitud estaba en curso). Compruebe la cuenta.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The activity journal %1 could not be archived: %2</source>
        <translation>No se pudo archivar el registro de actividad %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Cannot write the activity journal %1: %2</source>
        <translation>No se puede escribir el registro de actividad %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create its folder</source>
        <translation>no se puede crear su carpeta</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+162"/>
        <source>the disk did not confirm the write</source>
        <translation>el disco no confirmó la escritura</translation>
    </message>
</context>
<context>
    <name>numdesk::JournalModel</name>
    <message>
        <location filename="../app/model/journalmodel.cpp" line="+62"/>
        <source>Buy</source>
        <translation>Alquilar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrent</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome unknown — check</source>
        <translation>Resultado desconocido: compruébelo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The request was sent but no answer came back: it may or may not have happened. Look for the number on the account before doing it again.</source>
        <translation>La solicitud se envió, pero no llegó ninguna respuesta: puede que se haya realizado o no. Busque el número en la cuenta antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>numdesk::KeychainSecretStore</name>
    <message>
        <location filename="../app/model/keychainsecretstore.cpp" line="+34"/>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>The system keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain is available (%1). A keychain such as GNOME Keyring or KWallet keeps secrets safe; without one, type them each session or keep them in a file only you can read.</source>
        <translation type="vanished">No hay ningún llavero del sistema disponible (%1). Un llavero como GNOME Keyring o KWallet guarda los secretos de forma segura; sin él, escríbalos en cada sesión o guárdelos en un archivo que solo usted puede leer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No keychain service (such as GNOME Keyring or KWallet) answered: %1.</source>
        <translation>Ningún servicio de llavero (como GNOME Keyring o KWallet) respondió: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No secrets are saved in the system keychain for profile &apos;%1&apos;.</source>
        <translation>No hay secretos guardados en el llavero del sistema para el perfil «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain refused access (%1).</source>
        <translation>El llavero del sistema denegó el acceso (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain failed: %1</source>
        <translation>Falló el llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secrets saved in the system keychain for profile &apos;%1&apos; are damaged; enter them again.</source>
        <translation>Los secretos guardados en el llavero del sistema para el perfil «%1» están dañados; vuelva a introducirlos.</translation>
    </message>
</context>
<context>
    <name>numdesk::LookupCombo</name>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="+27"/>
        <source>The server does not list these for this account (%1): numbers show their ids.</source>
        <translation>El servidor no ofrece esta lista para esta cuenta (%1): los números muestran sus ID.</translation>
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
        <translation>La instantánea %1 ya no existe (se depuró desde entonces).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Bought %1. It is not shown because the current filter may not include it; clear the filters or refresh (F5) to see it.</source>
        <translation>Alquilado %1. No se muestra porque puede que el filtro actual no lo incluya; borre los filtros o actualice (F5) para verlo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the numbers again from the server (F5)</source>
        <translation>Volver a cargar los números desde el servidor (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the columns of the table</source>
        <translation>Elegir las columnas de la tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy with &amp;Headers</source>
        <translation>Copiar con e&amp;ncabezados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export View…</source>
        <translation>&amp;Exportar vista…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every number of this view to a CSV file (Ctrl+Shift+E)</source>
        <translation>Escribir todos los números de esta vista en un archivo CSV (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply Changes from File…</source>
        <translation>&amp;Aplicar cambios desde archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change many numbers from a spreadsheet (CSV): preview, apply, undo</source>
        <translation>Cambiar muchos números desde una hoja de cálculo (CSV): vista previa, aplicar, deshacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take &amp;Snapshot</source>
        <translation>Tomar &amp;instantánea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a snapshot of every number of this account, for insights and to see what changed</source>
        <translation>Guardar una instantánea de todos los números de esta cuenta, para análisis y para ver qué cambió</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Buy Numbers…</source>
        <translation>&amp;Alquilar números…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent new numbers on this account (Ctrl+N)</source>
        <translation>Alquilar números nuevos en esta cuenta (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+321"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Change the offer, traffic source, pool or token values of the selected numbers (F2)</source>
        <translation>Cambiar la oferta, la fuente de tráfico, el grupo o los valores de token de los números seleccionados (F2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+316"/>
        <source>&amp;Unrent…</source>
        <translation>&amp;Dar de baja…</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Give the selected numbers back; calls to them stop (Del)</source>
        <translation>Devolver los números seleccionados; sus llamadas se detienen (Supr)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, test and remove TrackDrive accounts</source>
        <translation>Añadir, probar y quitar cuentas de TrackDrive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Numbers Desk</source>
        <translation>&amp;Acerca de Numbers Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Numbers</source>
        <translation>&amp;Números</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+42"/>
        <source>The snapshots cannot be opened: %1</source>
        <translation>No se pueden abrir las instantáneas: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are working on the built-in sandbox: nothing here touches a real TrackDrive account.</source>
        <translation>Está trabajando en el sandbox integrado: nada de lo que haga aquí afecta a una cuenta real de TrackDrive.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Numbers could not be loaded</source>
        <translation>No se pudieron cargar los números</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading all numbers for sorting: %1 of %2…</source>
        <translation>Cargando todos los números para ordenarlos: %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>&amp;Edit %n Numbers…</source>
        <translation>
            <numerusform>&amp;Editar %n número…</numerusform>
            <numerusform>&amp;Editar %n números…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Unrent %n Numbers…</source>
        <translation>
            <numerusform>&amp;Dar de baja %n número…</numerusform>
            <numerusform>&amp;Dar de baja %n números…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected: %1</source>
        <extracomment>Status bar: &quot;Selected: (512) 341-8875&quot;</extracomment>
        <translation>Seleccionado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The new language is used from the next start of Numbers Desk.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de Numbers Desk.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Working on %1.</source>
        <translation>Trabajando con %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the secrets of %1 to open it (%2).</source>
        <translation>Introduzca los secretos de %1 para abrir la cuenta (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot Open Account</source>
        <translation>No se puede abrir la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 cannot be opened: %2</source>
        <translation>No se puede abrir la cuenta %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply Changes from File</source>
        <translation>Aplicar cambios desde archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The idle numbers cannot be read: %1</source>
        <translation>No se pueden leer los números inactivos: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The snapshot has no idle numbers.</source>
        <translation>La instantánea no tiene números inactivos.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln number(s) had no call in the %1 days before the snapshot of %2.</source>
        <extracomment>&quot;212 numbers had no call in the 90 days before the snapshot of 3 Dec 2026 14:02.&quot;</extracomment>
        <translation>
            <numerusform>%Ln número no tuvo llamadas en los %1 días anteriores a la instantánea del %2.</numerusform>
            <numerusform>%Ln números no tuvieron llamadas en los %1 días anteriores a la instantánea del %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unrenting them saves %1 a month.</source>
        <translation>Darlos de baja ahorra %1 al mes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Set prices in Preferences → Snapshots to see what they cost.)</source>
        <translation>(Indique precios en Preferencias → Instantáneas para ver lo que cuestan.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each is read again live before anything is sent.</source>
        <translation>Cada uno se lee de nuevo en vivo antes de enviar nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The snapshot cannot be shown: %1</source>
        <translation>No se puede mostrar la instantánea: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Reading %Ln number(s) live…</source>
        <translation>
            <numerusform>Leyendo %Ln número en vivo…</numerusform>
            <numerusform>Leyendo %Ln números en vivo…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The numbers could not be read live: %1</source>
        <translation>No se pudieron leer los números en vivo: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No longer on the account, left out: %1</source>
        <translation>Ya no están en la cuenta, se omiten: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Showing the numbers of this offer and provider created since %1.</source>
        <translation>Se muestran los números de esta oferta y este proveedor creados desde %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>all</source>
        <translation>todos los</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort All Numbers?</source>
        <translation>¿Ordenar todos los números?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only part of the result is loaded, and the server cannot sort numbers. To sort by &quot;%1&quot;, Numbers Desk first loads %2 numbers. Load them now?</source>
        <translation>Solo se ha cargado una parte del resultado y el servidor no puede ordenar números. Para ordenar por «%1», Numbers Desk carga primero %2 números. ¿Cargarlos ahora?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 loaded</source>
        <extracomment>&quot;1,250 of 48,311 loaded&quot;</extracomment>
        <translation>%1 de %2 cargados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 loaded</source>
        <translation>%1 cargados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No numbers match these filters</source>
        <translation>Ningún número coincide con estos filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account has no numbers yet</source>
        <translation>Esta cuenta aún no tiene números</translation>
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
        <translation>No se pudieron cargar las ofertas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The traffic sources could not be loaded</source>
        <translation>No se pudieron cargar las fuentes de tráfico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number pools could not be loaded</source>
        <translation>No se pudieron cargar los grupos de números</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The providers could not be loaded</source>
        <translation>No se pudieron cargar los proveedores</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Date ranges are read in this time zone</source>
        <translation>Los intervalos de fechas se interpretan en esta zona horaria</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date ranges are read in this time zone. This server lists no time zones (%1), so the built-in list is shown.</source>
        <translation>Los intervalos de fechas se interpretan en esta zona horaria. Este servidor no ofrece zonas horarias (%1), así que se muestra la lista incorporada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The time zones could not be loaded</source>
        <translation>No se pudieron cargar las zonas horarias</translation>
    </message>
    <message>
        <source>Numbers Desk — %1</source>
        <extracomment>Window title: &quot;Numbers Desk — Sandbox&quot;</extracomment>
        <translation type="vanished">Numbers Desk — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Numbers Desk</source>
        <translation>Acerca de Numbers Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Numbers Desk %1&lt;/h3&gt;&lt;p&gt;Browse, buy, re-point, unrent and export the phone numbers of your TrackDrive account.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Numbers Desk %1&lt;/h3&gt;&lt;p&gt;Consulte, alquile, reasigne, dé de baja y exporte los números de teléfono de su cuenta de TrackDrive.&lt;/p&gt;&lt;p&gt;Creado con Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>numdesk::MemorySecretStore</name>
    <message>
        <location filename="../app/model/memorysecretstore.cpp" line="+11"/>
        <source>this session&apos;s memory</source>
        <translation>la memoria de esta sesión</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No secrets were given for profile &apos;%1&apos; in this session.</source>
        <translation>No se indicaron secretos para el perfil «%1» en esta sesión.</translation>
    </message>
</context>
<context>
    <name>numdesk::NumberChooser</name>
    <message>
        <location filename="../ui/numberchooser.cpp" line="+39"/>
        <source>&apos;%1&apos; is neither a digit nor a letter.</source>
        <translation>«%1» no es ni un dígito ni una letra.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area code or prefix</source>
        <translation>Código de área o prefijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 415 or 0161</source>
        <translation>p. ej. 415 o 0161</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area code, or the first digits of the number after the country code</source>
        <translation>El código de área o los primeros dígitos del número después del código de país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area code error</source>
        <translation>Error en el código de área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digits or letters, e.g. 777 or FLOWERS</source>
        <translation>dígitos o letras, p. ej. 777 o FLOWERS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits the number contains anywhere; letters are read as on a phone keypad (FLOWERS is 3569377)</source>
        <translation>Dígitos que el número contiene en cualquier posición; las letras se leen como en el teclado de un teléfono (FLOWERS es 3569377)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains hint</source>
        <translation>Indicación sobre «Contiene»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available numbers</source>
        <translation>Números disponibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Area code or prefix:</source>
        <translation>Código de área o pref&amp;ijo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Co&amp;ntains:</source>
        <translation>Co&amp;ntiene:</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 of %n number(s) chosen.</source>
        <extracomment>Under the available numbers: &quot;3 of 20 numbers chosen.&quot;</extracomment>
        <translation>
            <numerusform>%1 de %n número elegido.</numerusform>
            <numerusform>%1 de %n números elegidos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search for toll-free numbers of %1.</source>
        <extracomment>&quot;Search for local numbers of United States.&quot;</extracomment>
        <translation>Busque números gratuitos de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for local numbers of %1.</source>
        <translation>Busque números locales de %1.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No numbers of %1 match. Try a shorter prefix or fewer digits.</source>
        <translation>No coincide ningún número de %1. Pruebe con un prefijo más corto o con menos dígitos.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n number(s) found: tick the ones to buy.</source>
        <translation>
            <numerusform>%n número encontrado: márquelo para alquilarlo.</numerusform>
            <numerusform>%n números encontrados: marque los que quiera alquilar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is %2 on a phone keypad.</source>
        <extracomment>Under Contains: &quot;FLOWERS is 3569377 on a phone keypad.&quot;</extracomment>
        <translation>%1 es %2 en el teclado de un teléfono.</translation>
    </message>
</context>
<context>
    <name>numdesk::NumberTableModel</name>
    <message>
        <location filename="../app/model/numbertablemodel.cpp" line="+532"/>
        <source>Loading…</source>
        <extracomment>Placeholder of a table row whose data is on its way</extracomment>
        <translation>Cargando…</translation>
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
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Reset Columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>numdesk::PagedQueryReader</name>
    <message>
        <location filename="../app/model/pagedqueryreader.cpp" line="+417"/>
        <source>The server says the query holds %1 numbers, more than the %2 one read takes; reading stopped.</source>
        <extracomment>%1 is the server&apos;s total_count, %2 the most this program reads in one go</extracomment>
        <translation>El servidor dice que la consulta tiene %1 números, más que los %2 que admite una lectura; se detuvo la lectura.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The server sent page %1 with no number that was not on an earlier page: the list would never end; reading stopped.</source>
        <translation>El servidor envió la página %1 sin ningún número que no estuviera en una página anterior: la lista no terminaría nunca; se detuvo la lectura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server kept sending numbers past %1, more than one read takes; reading stopped.</source>
        <translation>El servidor siguió enviando números más allá de %1, más de lo que admite una lectura; se detuvo la lectura.</translation>
    </message>
</context>
<context>
    <name>numdesk::PhoneNumber</name>
    <message>
        <location filename="../app/api/phonenumber.cpp" line="+190"/>
        <source>&apos;token_values&apos; is neither a list nor an object</source>
        <translation>«token_values» no es ni una lista ni un objeto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;token_values&apos; holds an entry that is neither text nor an object</source>
        <translation>«token_values» contiene una entrada que no es ni texto ni un objeto</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not text</source>
        <translation>«%1» no es texto</translation>
    </message>
</context>
<context>
    <name>numdesk::PhoneNumbering</name>
    <message>
        <location filename="../app/phone/phonenumbering.cpp" line="+273"/>
        <source>Type a phone number.</source>
        <translation>Escriba un número de teléfono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type its digits; spaces, dashes, dots, parentheses and a leading + or 00 may stay</source>
        <translation>escriba sus dígitos; pueden quedarse los espacios, guiones, puntos, paréntesis y un + o 00 inicial</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A phone number has no letters: %1.</source>
        <extracomment>Under a number field: &quot;A phone number has no letters: type its digits; …&quot;</extracomment>
        <translation>Un número de teléfono no tiene letras: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; does not belong in a phone number: %2.</source>
        <translation>«%1» no puede aparecer en un número de teléfono: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; holds no digits of a phone number.</source>
        <translation>«%1» no contiene dígitos de un número de teléfono.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start with + and the country code: no default country is set to read a number without one.</source>
        <translation>Empiece por + y el código de país: no hay ningún país predeterminado con el que interpretar un número sin él.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>The number does not start with a known country code.</source>
        <translation>El número no empieza por un código de país conocido.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Too short for a phone number.</source>
        <translation>Demasiado corto para un número de teléfono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long for a phone number.</source>
        <translation>Demasiado largo para un número de teléfono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Too short: a number of %1 needs its area code too.</source>
        <translation>Demasiado corto: un número de %1 también necesita su código de área.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too short for a phone number of %1.</source>
        <translation>Demasiado corto para un número de teléfono de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for a phone number of %1.</source>
        <translation>Demasiado largo para un número de teléfono de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No phone number of %1 has this many digits.</source>
        <translation>Ningún número de teléfono de %1 tiene tantos dígitos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a valid number of %2.</source>
        <extracomment>&quot;+1 555-010-0000 is not a valid number of United States.&quot;</extracomment>
        <translation>%1 no es un número válido de %2.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>An area code has no letters: type its digits.</source>
        <translation>Un código de área no tiene letras: escriba sus dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; does not belong in an area code: type its digits.</source>
        <translation>«%1» no puede aparecer en un código de área: escriba sus dígitos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This prefix does not start with +%1, the calling code of %2.</source>
        <translation>Este prefijo no empieza por +%1, el código de país de %2.</translation>
    </message>
</context>
<context>
    <name>numdesk::PlanDialog</name>
    <message>
        <location filename="../ui/plandialog.cpp" line="+45"/>
        <location line="+5"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Will change</source>
        <translation>Cambiará</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already so</source>
        <translation>Ya es así</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ambiguous</source>
        <translation>Ambiguo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since</source>
        <translation>Cambiado desde entonces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be undone</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unrent</source>
        <translation>Dar de baja</translation>
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
        <translation>&amp;Omitir filas no válidas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply Changes from File</source>
        <translation>Aplicar cambios desde archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the numbers…</source>
        <translation>Leyendo los números…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skip invalid rows</source>
        <translation>Omitir filas no válidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count to unrent</source>
        <translation>Cantidad a dar de baja</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Apply Changes from %1</source>
        <translation>Aplicar cambios desde %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undo Batch %1</source>
        <translation>Deshacer el lote %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The numbers could not be read: %1</source>
        <translation>No se pudieron leer los números: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Type %1 to unrent %n number(s):</source>
        <translation>
            <numerusform>Escriba %1 para dar de baja %n número:</numerusform>
            <numerusform>Escriba %1 para dar de baja %n números:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>numdesk::PlanFile</name>
    <message>
        <location filename="../app/inventory/planfile.cpp" line="+107"/>
        <source>The quote opened on line %1 is never closed.</source>
        <translation>La comilla abierta en la línea %1 nunca se cierra.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&apos;%1&apos;: %2</source>
        <extracomment>&quot;&apos;Geo:800&apos;: the key may only contain a-z, 0-9 and _ (found &apos;G&apos;)&quot;</extracomment>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is not UTF-8 text.</source>
        <translation>El archivo no es texto UTF-8.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is empty: a plan needs a header row.</source>
        <translation>El archivo está vacío: un plan necesita una fila de encabezado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The header names neither an id nor a number column (found: %1).</source>
        <translation>El encabezado no nombra ninguna columna de id ni de número (encontrado: %1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not an id (a positive whole number).</source>
        <translation>«%1» no es un id (un número entero positivo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The row names no number: its id and number cells are empty.</source>
        <translation>La fila no nombra ningún número: sus celdas de id y de número están vacías.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is no action: use update or unrent.</source>
        <translation>«%1» no es una acción: use update o unrent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A number cannot be without an offer: &apos;none&apos; is refused.</source>
        <translation>Un número no puede quedar sin oferta: se rechaza «none».</translation>
    </message>
</context>
<context>
    <name>numdesk::PlanPreview</name>
    <message>
        <location filename="../app/inventory/planpreview.cpp" line="+21"/>
        <source>offer</source>
        <translation>oferta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>traffic source</source>
        <translation>fuente de tráfico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number pool</source>
        <translation>grupo de números</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provider</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The account has no %1 with id %2.</source>
        <extracomment>&quot;The account has no offer with id 999.&quot;</extracomment>
        <translation>La cuenta no tiene ningún elemento «%1» con el id %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 list could not be read, so &apos;%2&apos; cannot be matched: write its id.</source>
        <translation>No se pudo leer la lista «%1», así que «%2» no se puede asignar: escriba su id.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The account has no %1 named &apos;%2&apos;.</source>
        <extracomment>&quot;The account has no offer named &apos;Summer&apos;.&quot;</extracomment>
        <translation>La cuenta no tiene ningún elemento «%1» llamado «%2».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; names more than one %2 (ids %3): write the id.</source>
        <extracomment>&quot;&apos;Summer&apos; names more than one offer (ids 3, 7): write the id.&quot;</extracomment>
        <translation>«%1» nombra más de un elemento «%2» (ids %3): escriba el id.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The account&apos;s numbers could not be read.</source>
        <translation>No se pudieron leer los números de la cuenta.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Line %1 names this number already.</source>
        <translation>La línea %1 ya nombra este número.</translation>
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
        <translation>La cuenta no tiene el número %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%n will change</source>
        <translation>
            <numerusform>%n cambiará</numerusform>
            <numerusform>%n cambiarán</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already so</source>
        <translation>
            <numerusform>%n ya es así</numerusform>
            <numerusform>%n ya son así</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not found</source>
        <translation>
            <numerusform>%n no encontrado</numerusform>
            <numerusform>%n no encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ambiguous</source>
        <translation>
            <numerusform>%n ambiguo</numerusform>
            <numerusform>%n ambiguos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n no válido</numerusform>
            <numerusform>%n no válidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n duplicado</numerusform>
            <numerusform>%n duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed since, not undone</source>
        <translation>
            <numerusform>%n cambiado desde entonces, no deshecho</numerusform>
            <numerusform>%n cambiados desde entonces, no deshechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unrented, cannot be undone</source>
        <translation>
            <numerusform>%n dado de baja, no se puede deshacer</numerusform>
            <numerusform>%n dados de baja, no se pueden deshacer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do</source>
        <translation>Nada que hacer</translation>
    </message>
</context>
<context>
    <name>numdesk::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+58"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preference pages</source>
        <translation>Páginas de preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport</source>
        <translation>&amp;Exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> rows</source>
        <translation> filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows asked for in one request; the server may send fewer</source>
        <translation>Filas que se piden en una solicitud; el servidor puede enviar menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page size:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests in flight</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages the table asks for at the same time while scrolling</source>
        <translation>Páginas que la tabla pide a la vez al desplazarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requests in flight:</source>
        <translation>Solicitudes &amp;simultáneas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default time zone</source>
        <translation>Zona horaria predeterminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates in the table are shown, and date filters read, in this zone</source>
        <translation>Las fechas de la tabla se muestran, y los filtros de fecha se interpretan, en esta zona</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default time &amp;zone:</source>
        <translation>&amp;Zona horaria predeterminada:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default country</source>
        <translation>País predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number typed without its country code (&quot;(212) 669-9604&quot;, &quot;0161 419 9581&quot;) is read as a number of this country, and its numbers are shown in their national form</source>
        <translation>Un número escrito sin su código de país («(212) 669-9604», «0161 419 9581») se interpreta como un número de este país, y los números de este país se muestran en su forma nacional</translation>
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
        <translation>Instantánea&amp;s</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Snapshots kept</source>
        <translation>Instantáneas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older snapshots are dropped once a new one is taken; numbers that did not change take almost no room</source>
        <translation>Las instantáneas más antiguas se borran al tomar una nueva; los números sin cambios apenas ocupan espacio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots &amp;kept:</source>
        <translation>Instantáneas &amp;guardadas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the built-in sand&amp;box</source>
        <translation>En el sand&amp;box integrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily snapshot on the sandbox</source>
        <translation>Instantánea diaria en el sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On TrackDrive acc&amp;ounts</source>
        <translation>En c&amp;uentas de TrackDrive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily snapshot on TrackDrive accounts</source>
        <translation>Instantánea diaria en cuentas de TrackDrive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads every number of the account once a day, in the background, the first time the window opens that day</source>
        <translation>Lee cada número de la cuenta una vez al día, en segundo plano, la primera vez que se abre la ventana ese día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take one a day when the window opens:</source>
        <translation>Tomar una al día al abrir la ventana:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+88"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Toll-free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Monthly prices</source>
        <translation>Precios mensuales</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country to price</source>
        <translation>País a tarifar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add country</source>
        <translation>Añadir país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove country</source>
        <translation>Quitar país</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Monthly price of a number:</source>
        <translation>Precio mensual de un número:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insights shows what numbers cost per month from these prices (in your currency; empty: no price). A number is local or toll-free by the number itself.</source>
        <translation>El análisis muestra con estos precios lo que cuestan los números al mes (en su moneda; vacío: sin precio). Que un número sea local o gratuito lo dice el propio número.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 price, %2</source>
        <translation>Precio %1, %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Default &amp;country:</source>
        <translation>País pre&amp;determinado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Date display format</source>
        <translation>Formato de visualización de fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Qt date format: yyyy year, MM month, dd day, HH hour, mm minute, ss second, AP for AM/PM</source>
        <translation>Un formato de fecha de Qt: yyyy año, MM mes, dd día, HH hora, mm minuto, ss segundo, AP para AM/PM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date format:</source>
        <translation>&amp;Formato de fecha:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date format preview</source>
        <translation>Vista previa del formato de fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These settings apply at once. A new page size loads the rows on show again in pages of the new size.</source>
        <translation>Estos ajustes se aplican al instante. Un tamaño de página nuevo vuelve a cargar las filas visibles en páginas del nuevo tamaño.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request timeout</source>
        <translation>Tiempo límite de solicitud</translation>
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
        <translation>Una solicitud sin respuesta completa en este tiempo falla por tiempo agotado (y se reintenta cuando es seguro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;timeout:</source>
        <translation>Tiempo &amp;límite de solicitud:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit of a call</source>
        <translation>Límite de tiempo de una llamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A call ends as a timeout after this time in all, its retries, their waits and a slowly arriving answer included</source>
        <translation>Una llamada termina por tiempo agotado tras este tiempo en total, incluidos sus reintentos, sus esperas y una respuesta que llega lentamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit of a &amp;call:</source>
        <translation>Límite de tiempo de una &amp;llamada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use &amp;HTTP/2 when the server offers it</source>
        <translation>Usar &amp;HTTP/2 cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use HTTP/2</source>
        <translation>Usar HTTP/2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off when a proxy or firewall on the way breaks HTTP/2</source>
        <translation>Desactívelo si un proxy o un cortafuegos intermedio interfiere con HTTP/2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These settings apply from the next request on; requests already sent finish as they started.</source>
        <translation>Estos ajustes se aplican a partir de la próxima solicitud; las solicitudes ya enviadas terminan como empezaron.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API &amp;keys (number, offer_id, …)</source>
        <translation>&amp;Claves de la API (number, offer_id, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header row with API keys</source>
        <translation>Fila de encabezado con claves de la API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column &amp;labels (Number, Offer, …)</source>
        <translation>Eti&amp;quetas de columna (Número, Oferta, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header row with column labels</source>
        <translation>Fila de encabezado con etiquetas de columna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Header row:</source>
        <translation>Fila de encabezado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spreadsheet-safe cells (a cell starting with =, +, - or @ is not run as a formula)</source>
        <translation>Celdas &amp;seguras para hojas de cálculo (una celda que empieza por =, +, - o @ no se ejecuta como fórmula)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet-safe cells</source>
        <translation>Celdas seguras para hojas de cálculo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the file with a &amp;byte order mark (for Excel)</source>
        <translation>Empezar el archivo con una &amp;marca de orden de bytes (para Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byte order mark</source>
        <translation>Marca de orden de bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parallel pages</source>
        <translation>Páginas en paralelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages an export asks for at the same time</source>
        <translation>Páginas que una exportación pide a la vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parallel pages:</source>
        <translation>Páginas en p&amp;aralelo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Export dialog starts with these choices; they apply to the next export.</source>
        <translation>El diálogo de exportación empieza con estas opciones; se aplican a la próxima exportación.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
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
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language applies after a restart: Numbers Desk loads its translation when it starts.</source>
        <translation>El idioma se aplica tras reiniciar: Numbers Desk carga su traducción al iniciarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart Numbers Desk to use the new language.</source>
        <translation>Reinicie Numbers Desk para usar el nuevo idioma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart needed</source>
        <translation>Es necesario reiniciar</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Empty: the default %1 is used.</source>
        <translation>Vacío: se usa el valor predeterminado %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The preferences could not be saved.</source>
        <translation>No se pudieron guardar las preferencias.</translation>
    </message>
</context>
<context>
    <name>numdesk::ProfileEditDialog</name>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="+74"/>
        <source>Edit Profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. acme-live</source>
        <translation>p. ej. acme-live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;; the name the command line uses too</source>
        <translation>Letras, dígitos, «-», «_» y «.»; es también el nombre que usa la línea de comandos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TrackDrive &amp;subdomain:</source>
        <translation>&amp;Subdominio de TrackDrive:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a TrackDrive subdomain</source>
        <translation>Usar un subdominio de TrackDrive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subdomain</source>
        <translation>Subdominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acme</source>
        <translation>acme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subdomain suffix</source>
        <translation>Sufijo del subdominio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full &amp;base URL:</source>
        <translation>&amp;URL base completa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a full base URL</source>
        <translation>Usar una URL base completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://acme.trackdrive.net</source>
        <translation>https://acme.trackdrive.net</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address preview</source>
        <translation>Vista previa de la dirección</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication method</source>
        <translation>Método de autenticación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public and private key</source>
        <translation>Clave pública y privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Legacy auth token (in the URL)</source>
        <translation>Auth token antiguo (en la URL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth token</source>
        <translation>Auth token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Public key:</source>
        <translation>Clave &amp;pública:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rivate key:</source>
        <translation>Clave p&amp;rivada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The auth token travels in every request&apos;s address, where proxies and server logs may keep it. Prefer a key pair or an access token.</source>
        <translation>El auth token viaja en la dirección de cada solicitud, donde los proxies y los registros del servidor pueden guardarlo. Es preferible un par de claves o un token de acceso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legacy auth token warning</source>
        <translation>Advertencia sobre el auth token antiguo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Auth t&amp;oken:</source>
        <translation>Auth t&amp;oken:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where secrets are kept</source>
        <translation>Dónde se guardan los secretos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test Connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A profile keeps its name; add a new one to use another name.</source>
        <translation>Un perfil conserva su nombre; añada uno nuevo para usar otro nombre.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Enter a name for the profile.</source>
        <translation>Introduzca un nombre para el perfil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is the built-in sandbox&apos;s name; choose another.</source>
        <translation>«%1» es el nombre del sandbox integrado; elija otro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; cannot be a profile name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>«%1» no puede ser un nombre de perfil: use letras, dígitos, «-», «_» y «.».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the account&apos;s subdomain.</source>
        <translation>Introduzca el subdominio de la cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A subdomain is letters, digits and &apos;-&apos;. For another address choose Full base URL.</source>
        <translation>Un subdominio se compone de letras, dígitos y «-». Para otra dirección, elija «URL base completa».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter both the public and the private key.</source>
        <translation>Introduzca tanto la clave pública como la privada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the public and the private key.</source>
        <translation>Introduzca la clave pública y la privada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the access token.</source>
        <translation>Introduzca el token de acceso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the auth token.</source>
        <translation>Introduzca el auth token.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved; leave empty to keep</source>
        <translation>Guardado; déjelo vacío para conservarlo</translation>
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
        <translation>Las solicitudes van a %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secrets are kept in memory until Numbers Desk closes: you type them again after each start.</source>
        <translation>Los secretos se guardan en memoria hasta que Numbers Desk se cierra: tendrá que volver a escribirlos tras cada inicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets are saved in %1.</source>
        <translation>Los secretos se guardan en %1.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secrets could not be saved in %1: %2</source>
        <translation>No se pudieron guardar los secretos en %1: %2</translation>
    </message>
</context>
<context>
    <name>numdesk::ProfileStore</name>
    <message>
        <location filename="../app/model/profilestore.cpp" line="+71"/>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile &apos;%1&apos; has an unknown auth method &apos;%2&apos; (use basic, token or auth-token).</source>
        <translation>El perfil «%1» tiene un método de autenticación desconocido, «%2» (use basic, token o auth-token).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile &apos;%1&apos; has no base URL.</source>
        <translation>El perfil «%1» no tiene URL base.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a usable profile name (use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>«%1» no es un nombre de perfil utilizable (use letras, dígitos, «-», «_» y «.»).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The settings could not be written.</source>
        <translation>No se pudo guardar la configuración.</translation>
    </message>
</context>
<context>
    <name>numdesk::ProfileSwitcher</name>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="+24"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account this window works on</source>
        <translation>La cuenta con la que trabaja esta ventana</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in sandbox: demo numbers on this computer</source>
        <translation>El sandbox integrado: números de demostración en este equipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manage Accounts…</source>
        <translation>Gestionar cuentas…</translation>
    </message>
</context>
<context>
    <name>numdesk::SecretMigration</name>
    <message numerus="yes">
        <location filename="../app/model/secretmigration.cpp" line="+67"/>
        <source>The secrets of %n profile(s) were moved to %1.</source>
        <translation>
            <numerusform>Los secretos de %n perfil se movieron a %1.</numerusform>
            <numerusform>Los secretos de %n perfiles se movieron a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secrets of %1 were saved in %2 but are still also in %3: %4</source>
        <translation>Los secretos de %1 se guardaron en %2, pero siguen también en %3: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secrets of %1 were not moved and stay in %2: %3</source>
        <translation>Los secretos de %1 no se movieron y siguen en %2: %3</translation>
    </message>
</context>
<context>
    <name>numdesk::SecretStore</name>
    <message>
        <location filename="../app/model/secretstore.cpp" line="+47"/>
        <source>The secrets saved for profile &apos;%1&apos; are for %2 authentication, not %3.</source>
        <translation>Los secretos guardados para el perfil «%1» son para la autenticación %2, no %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Secrets are saved for a profile; &apos;%1&apos; is not a profile name.</source>
        <translation>Los secretos se guardan para un perfil; «%1» no es un nombre de perfil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credentials for %1 authentication are incomplete.</source>
        <translation>Las credenciales para la autenticación %1 están incompletas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Secrets cannot be saved in %1.</source>
        <translation>No se pueden guardar secretos en %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secrets cannot be removed from %1.</source>
        <translation>No se pueden quitar los secretos guardados en %1.</translation>
    </message>
</context>
<context>
    <name>numdesk::SecretStores</name>
    <message>
        <location filename="../ui/secretstores.cpp" line="+48"/>
        <source>Numbers Desk was built without keychain support.</source>
        <translation>Numbers Desk se compiló sin compatibilidad con llaveros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain cannot be used here.</source>
        <translation>Aquí no se puede usar el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>numdesk::SnapshotDiffDialog</name>
    <message>
        <location filename="../ui/snapshotdiffdialog.cpp" line="+34"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What Changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From snapshot</source>
        <translation>Instantánea de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To snapshot</source>
        <translation>Instantánea de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a change or an offer to see those numbers in the snapshot</source>
        <translation>Haga doble clic en un cambio o una oferta para ver esos números en la instantánea</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes by offer</source>
        <translation>Cambios por oferta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Snapshot %1 — %2 — %Ln number(s)</source>
        <extracomment>&quot;Snapshot 3 — 4 Dec 2026 08:16 — 900 numbers&quot;</extracomment>
        <translation>
            <numerusform>Instantánea %1 — %2 — %Ln número</numerusform>
            <numerusform>Instantánea %1 — %2 — %Ln números</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not verified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to compare yet: take another snapshot (Take Snapshot) once the numbers have changed.</source>
        <translation>Aún no hay nada que comparar: tome otra instantánea (Tomar instantánea) cuando los números hayan cambiado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshots cannot be opened: %1</source>
        <translation>No se pueden abrir las instantáneas: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The snapshots cannot be compared: %1</source>
        <translation>No se pueden comparar las instantáneas: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(no offer)</source>
        <translation>(sin oferta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <extracomment>&quot;Auto Insurance (#100): 3 added, 1 removed, 2 changed&quot;</extracomment>
        <translation>%1: añadidos %2, eliminados %3, cambiados %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing changed between these snapshots.</source>
        <translation>Nada cambió entre estas instantáneas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added, %2 removed, %3 changed; %4 in all.</source>
        <translation>Añadidos: %1; eliminados: %2; cambiados: %3; %4 en total.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+3"/>
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln número</numerusform>
            <numerusform>%Ln números</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export What Changed</source>
        <translation>Exportar qué cambió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>%n cambio escrito en %1.</numerusform>
            <numerusform>%n cambios escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
        <translation>El almacén de instantáneas ya está abierto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its folder cannot be created</source>
        <translation>no se puede crear su carpeta</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>the snapshot was stopped</source>
        <translation>la instantánea se detuvo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the row version %1 could not be added</source>
        <extracomment>%1: a checksum, a number</extracomment>
        <translation>no se pudo añadir la versión de fila %1</translation>
    </message>
    <message>
        <location line="+477"/>
        <source>&apos;%1&apos; is not a facet</source>
        <translation>«%1» no es una faceta</translation>
    </message>
    <message>
        <location line="-530"/>
        <location line="+433"/>
        <location line="+181"/>
        <source>the SQLite driver gives no connection handle</source>
        <translation>el controlador de SQLite no da el identificador de la conexión</translation>
    </message>
</context>
<context>
    <name>numdesk::SnapshotTableModel</name>
    <message>
        <location filename="../app/inventory/snapshottablemodel.cpp" line="+80"/>
        <source>Snapshot %1 is not in the store (pruned since?).</source>
        <translation>La instantánea %1 no está en el almacén (¿eliminada desde entonces?).</translation>
    </message>
</context>
<context>
    <name>numdesk::SnapshotTaker</name>
    <message>
        <location filename="../ui/snapshottaker.cpp" line="+38"/>
        <source>Taking a snapshot of every number…</source>
        <translation>Tomando una instantánea de todos los números…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Snapshot</source>
        <translation>Tomar instantánea</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Taking a snapshot: %1 of %2 numbers…</source>
        <translation>Tomando una instantánea: %1 de %2 números…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking a snapshot: %1 numbers…</source>
        <translation>Tomando una instantánea: %1 números…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Snapshot cancelled; nothing was kept.</source>
        <translation>Instantánea cancelada; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot failed: %1</source>
        <translation>La instantánea falló: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot %1: %2 numbers at %3</source>
        <extracomment>&quot;Snapshot 3: 3,000 numbers at 3 Dec 2026 14:02&quot;</extracomment>
        <translation>Instantánea %1: %2 números el %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not verified: the numbers kept changing while they were read, so it may miss or repeat some.</source>
        <translation>No verificada: los números siguieron cambiando mientras se leían, así que puede faltar o repetirse alguno.</translation>
    </message>
</context>
<context>
    <name>numdesk::SnapshotViewWindow</name>
    <message>
        <location filename="../ui/snapshotviewwindow.cpp" line="+30"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unrent…</source>
        <translation>&amp;Dar de baja…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter: number, name, offer, source, pool…</source>
        <translation>Filtro: número, nombre, oferta, fuente, grupo…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit the selected numbers: their current values are read live</source>
        <translation>Editar los números seleccionados: sus valores actuales se leen en vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrent the selected numbers: each is read live first, and changes are shown</source>
        <translation>Dar de baja los números seleccionados: cada uno se lee antes en vivo y se muestran los cambios</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The snapshot cannot be read: %1</source>
        <translation>No se puede leer la instantánea: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Snapshot of %1 — reading… — live values may differ</source>
        <extracomment>The snapshot view&apos;s bar: &quot;Snapshot of 3 Dec 14:02 — 212 numbers — live values may differ&quot;</extracomment>
        <translation>Instantánea del %1 — leyendo… — los valores actuales pueden diferir</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Snapshot of %1 — %Ln number(s) — live values may differ</source>
        <translation>
            <numerusform>Instantánea del %1 — %Ln número — los valores actuales pueden diferir</numerusform>
            <numerusform>Instantánea del %1 — %Ln números — los valores actuales pueden diferir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this snapshot&apos;s read was not verified: it may miss or repeat numbers</source>
        <translation>la lectura de esta instantánea no se verificó: pueden faltar o repetirse números</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot of %1</source>
        <translation>Instantánea del %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Snapshot of %2</source>
        <translation>%1 — Instantánea del %2</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln number(s) chosen in the snapshot of %1.</source>
        <extracomment>&quot;2 numbers chosen in the snapshot of 3 Dec 2026 14:02 (Offer: Solar, idle for 90 days).&quot;</extracomment>
        <translation>
            <numerusform>%Ln número elegido en la instantánea del %1.</numerusform>
            <numerusform>%Ln números elegidos en la instantánea del %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln number(s) chosen in the snapshot of %1 (%2).</source>
        <translation>
            <numerusform>%Ln número elegido en la instantánea del %1 (%2).</numerusform>
            <numerusform>%Ln números elegidos en la instantánea del %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each is read again live before anything is sent.</source>
        <translation>Cada uno se lee de nuevo en vivo antes de enviar nada.</translation>
    </message>
</context>
<context>
    <name>numdesk::TokenValue</name>
    <message>
        <location filename="../app/api/tokenvalue.cpp" line="+49"/>
        <source>the entry is empty</source>
        <translation>la entrada está vacía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a &apos;:&apos; must separate the key from the value (key:value)</source>
        <translation>un «:» debe separar la clave del valor (clave:valor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key before &apos;:&apos; is empty</source>
        <translation>la clave antes de «:» está vacía</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the key may only contain a-z, 0-9 and _ (found &apos;%1&apos;)</source>
        <translation>la clave solo puede contener a-z, 0-9 y _ (se encontró «%1»)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the value after &apos;:&apos; is empty</source>
        <translation>el valor después de «:» está vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value after the operator &apos;%1&apos; is empty</source>
        <translation>el valor después del operador «%1» está vacío</translation>
    </message>
</context>
<context>
    <name>numdesk::TokenValuesEditor</name>
    <message>
        <location filename="../ui/tokenvalueseditor.cpp" line="+18"/>
        <source>C&amp;lear All</source>
        <translation>Borrar &amp;todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token values</source>
        <translation>Valores de token</translation>
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
        <translation>Un clave:valor por línea. Las claves usan a-z, 0-9 y _; un valor puede empezar por !=, &gt;=, &lt;=, &gt; o &lt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear all token values</source>
        <translation>Borrar todos los valores de token</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Line %1, &apos;%2&apos;: %3</source>
        <extracomment>&quot;Line 2, &apos;Geo:800&apos;: the key may only contain a-z, 0-9 and _ (found &apos;G&apos;)&quot;</extracomment>
        <translation>Línea %1, «%2»: %3</translation>
    </message>
</context>
<context>
    <name>numdesk::UndoPlan</name>
    <message>
        <location filename="../app/inventory/undoplan.cpp" line="+20"/>
        <location line="+5"/>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>El registro no contiene ningún lote «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Batch %1 was made on %2, not on this account (%3).</source>
        <translation>El lote %1 se hizo en %2, no en esta cuenta (%3).</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>An unrent cannot be undone; it had offer %1, traffic source %2, number pool %3.</source>
        <translation>Una baja no se puede deshacer; tenía la oferta %1, la fuente de tráfico %2 y el grupo de números %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token values: %1.</source>
        <translation>Valores de token: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer came to this unrent: check whether the number is still on the account.</source>
        <translation>Esta baja no obtuvo respuesta: compruebe si el número sigue en la cuenta.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The number is no longer in the account.</source>
        <translation>El número ya no está en la cuenta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is %2 now, the batch set %3</source>
        <extracomment>&quot;offer_id is 14 now, the batch set 12&quot;</extracomment>
        <translation>%1 es ahora %2, el lote puso %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal holds no values from before this change (it was made by an older version).</source>
        <translation>El registro no contiene valores de antes de este cambio (lo hizo una versión anterior).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed since, not undone: %1.</source>
        <translation>Cambiado desde entonces, no deshecho: %1.</translation>
    </message>
</context>
<context>
    <name>numdesk::UnrentDialog</name>
    <message>
        <location filename="../ui/unrentdialog.cpp" line="+38"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Unrent %n Number(s)?</source>
        <translation>
            <numerusform>¿Dar de baja %n número?</numerusform>
            <numerusform>¿Dar de baja %n números?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>&amp;Unrent %n Number(s)</source>
        <translation>
            <numerusform>&amp;Dar de baja %n número</numerusform>
            <numerusform>&amp;Dar de baja %n números</numerusform>
        </translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Unrent</source>
        <translation>Dar de baja</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 is protected by delete prevention: the server refuses to unrent it. Turn delete prevention off on TrackDrive first.</source>
        <translation>
            <numerusform>%1 está protegido contra el borrado: el servidor se niega a darlo de baja. Desactive primero la protección en TrackDrive.</numerusform>
            <numerusform>%1 están protegidos contra el borrado: el servidor se niega a darlos de baja. Desactive primero la protección en TrackDrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 is protected by delete prevention and is left out: the server refuses to unrent it.</source>
        <translation>
            <numerusform>%1 está protegido contra el borrado y se omite: el servidor se niega a darlo de baja.</numerusform>
            <numerusform>%1 están protegidos contra el borrado y se omiten: el servidor se niega a darlos de baja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n number(s) changed since the snapshot (marked; hover for what changed): look at them before you unrent.</source>
        <translation>
            <numerusform>%n número cambió desde la instantánea (marcado; pase el ratón para ver qué cambió): revíselo antes de darlo de baja.</numerusform>
            <numerusform>%n números cambiaron desde la instantánea (marcados; pase el ratón para ver qué cambió): revíselos antes de darlos de baja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n number(s) are no longer on the account and are left out.</source>
        <translation>
            <numerusform>%n número ya no está en la cuenta y se omite.</numerusform>
            <numerusform>%n números ya no están en la cuenta y se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the numbers again: %1 of %2…</source>
        <translation>Leyendo de nuevo los números: %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>These %n number(s) will be unrented on account %1. Calls to them stop at once and the number(s) may go to someone else. Their call history is kept.</source>
        <translation>
            <numerusform>Este número (%n) se dará de baja en la cuenta %1. Sus llamadas se detienen de inmediato y el número puede pasar a otra persona. Su historial de llamadas se conserva.</numerusform>
            <numerusform>Estos %n números se darán de baja en la cuenta %1. Sus llamadas se detienen de inmediato y los números pueden pasar a otra persona. Su historial de llamadas se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers to unrent</source>
        <translation>Números que dar de baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number Pool</source>
        <translation>Grupo de números</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>To confirm, type the number of numbers to unrent (%1):</source>
        <translation>Para confirmar, escriba cuántos números se darán de baja (%1):</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Protected</source>
        <translation>Protegido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed since the snapshot</source>
        <translation>Cambiado desde la instantánea</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Count to confirm</source>
        <translation>Cantidad para confirmar</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+66"/>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>Protegido contra el borrado: se omite</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no longer on the account: left out)</source>
        <translation>(ya no está en la cuenta: se omite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not read: %1)</source>
        <translation>(no leído: %1)</translation>
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
        <translation>Cambiado desde la instantánea:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
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
        <translation>NUMDESK_SANDBOX_NUMBERS debe ser un número entero de 0 a 10000000 (se encontró «%1»).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sandbox did not start: %1</source>
        <translation>El sandbox no se inició: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note: the sandbox reused its database %1; delete it or set NUMDESK_SANDBOX_DB to generate %2 numbers.
</source>
        <translation>Nota: el sandbox reutilizó su base de datos %1; bórrela o defina NUMDESK_SANDBOX_DB para generar %2 números.
</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Say which account to use: --base-url URL, --profile NAME or --sandbox.</source>
        <translation>Indique qué cuenta usar: --base-url URL, --profile NOMBRE o --sandbox.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bad account address: %1</source>
        <translation>Dirección de cuenta incorrecta: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No credentials for profile &apos;%1&apos;. %2 Saved secrets: %3</source>
        <translation>No hay credenciales para el perfil «%1». %2 Secretos guardados: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No credentials: set NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN or NUMDESK_AUTH_TOKEN in the environment.</source>
        <translation>No hay credenciales: defina NUMDESK_PUBLIC_KEY y NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN o NUMDESK_AUTH_TOKEN en el entorno.</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::ApplyCommand</name>
    <message>
        <location filename="../app/cli/applycommand.cpp" line="+19"/>
        <source>apply FILE.csv [--dry-run] [--skip-invalid] [--yes] [--format table|csv|json]</source>
        <translation>apply ARCHIVO.csv [--dry-run] [--skip-invalid] [--yes] [--format table|csv|json]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes many numbers from a plan file: CSV with a header, one row per number (id or number), columns offer, traffic_source, ring_pool (name or id; empty leaves it, none clears it), token_values (k:v; k2:v2 or none) and action (update or unrent). Every row is first checked against a fresh read of the account; --dry-run prints that preview and sends nothing. Only changed fields are sent, as one batch of the journal that &apos;undo&apos; can take back. A plan with invalid, ambiguous or duplicate rows is refused unless --skip-invalid. Without a terminal a plan with changes needs --yes. Prints &apos;Batch &lt;id&gt;&apos; when it sent anything. Exit status 0 all done, 1 some failed, 2 invalid plan, 3 cancelled.</source>
        <translation>Cambia muchos números desde un archivo de plan: CSV con encabezado, una fila por número (id o number), columnas offer, traffic_source, ring_pool (nombre o id; vacío lo deja, none lo borra), token_values (k:v; k2:v2 o none) y action (update o unrent). Cada fila se compara primero con una lectura nueva de la cuenta; --dry-run imprime esa vista previa y no envía nada. Solo se envían los campos cambiados, como un lote del registro que &apos;undo&apos; puede deshacer. Un plan con filas no válidas, ambiguas o duplicadas se rechaza salvo con --skip-invalid. Sin terminal, un plan con cambios necesita --yes. Imprime &apos;Batch &lt;id&gt;&apos; cuando envió algo. Estado de salida 0 todo hecho, 1 algo falló, 2 plan no válido, 3 cancelado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the preview; send nothing.</source>
        <translation>Imprimir la vista previa; no enviar nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the other rows of a plan with invalid, ambiguous or duplicate rows.</source>
        <translation>Aplicar las demás filas de un plan con filas no válidas, ambiguas o duplicadas.</translation>
    </message>
    <message>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation type="vanished">No preguntar; necesario cuando la entrada estándar no es un terminal.</translation>
    </message>
    <message>
        <source>Preview format: table (default), csv or json.</source>
        <translation type="vanished">Formato de la vista previa: table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="vanished">FORMATO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan file (CSV).</source>
        <translation>El archivo de plan (CSV).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.csv</source>
        <translation>ARCHIVO.csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one plan file.</source>
        <translation>indique exactamente un archivo de plan.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json.</source>
        <translation type="vanished">--format debe ser table, csv o json.</translation>
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
        <translation>Leyendo números: %1 de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>apply: the numbers could not be read: %1 Nothing was sent.
</source>
        <translation>apply: no se pudieron leer los números: %1 No se envió nada.
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  line %1: %2
</source>
        <translation>  línea %1: %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>apply: the plan has rows that cannot be applied; nothing was sent. Correct them, or add --skip-invalid.
</source>
        <translation>apply: el plan tiene filas que no se pueden aplicar; no se envió nada. Corríjalas o añada --skip-invalid.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to change.
</source>
        <translation>Nada que cambiar.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>apply: standard input is not a terminal; nothing was sent. Add --yes to apply without being asked.
</source>
        <translation>apply: la entrada estándar no es un terminal; no se envió nada. Añada --yes para aplicar sin que se pregunte.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was sent.
</source>
        <translation>No se envió nada.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>apply: %1 Nothing was sent.
</source>
        <translation>apply: %1 No se envió nada.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 done, %2 failed.
</source>
        <translation>%1 hechos, %2 fallidos.
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::BatchPrinter</name>
    <message>
        <location filename="../app/cli/batchprinter.cpp" line="+32"/>
        <source>unrent</source>
        <translation>dar de baja</translation>
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
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Desconocidas</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::BatchRun</name>
    <message>
        <location filename="../app/cli/batchrun.cpp" line="+14"/>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation>No preguntar; necesario cuando la entrada estándar no es un terminal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview format: table (default), csv or json.</source>
        <translation>Formato de la vista previa: table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format must be table, csv or json.</source>
        <translation>--format debe ser table, csv o json.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>About to change %n number(s) of %1</source>
        <translation>
            <numerusform>Se va a cambiar %n número de %1</numerusform>
            <numerusform>Se van a cambiar %n números de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and unrent %n number(s): they leave the account, and buying them back may not be possible.
</source>
        <translation>
            <numerusform> y dar de baja %n número: sale de la cuenta y puede que no sea posible volver a comprarlo.
</numerusform>
            <numerusform> y dar de baja %n números: salen de la cuenta y puede que no sea posible volver a comprarlos.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Type %1 to unrent %n number(s):</source>
        <translation>
            <numerusform>Escriba %1 para dar de baja %n número:</numerusform>
            <numerusform>Escriba %1 para dar de baja %n números:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type &apos;yes&apos; to go on:</source>
        <translation>Escriba &apos;yes&apos; para continuar:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 numbers</source>
        <translation>%1 de %2 números</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (id %2): %3
</source>
        <translation>%1 (id %2): %3
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
        <translation type="vanished">Alquila un número con una configuración de proveedor de la cuenta. Cuesta dinero y nunca se reintenta por sí solo; pide confirmación en un terminal y, si no, necesita --yes.</translation>
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
        <translation>Alquila un número de un país, o exactamente los números indicados con --number (encontrados con «search»; su país y si son gratuitos se toman de los propios números), con una configuración de proveedor de la cuenta. Cuesta dinero y nunca se reintenta por sí solo; pide confirmación en un terminal y, si no, necesita --yes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider configuration to buy with.</source>
        <translation>La configuración de proveedor con la que alquilar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offer the number serves.</source>
        <translation>La oferta a la que sirve el número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code (US, GB, …).</source>
        <translation>Código de país (US, GB, …).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy a toll-free number.</source>
        <translation>Alquilar un número gratuito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy a local number.</source>
        <translation>Alquilar un número local.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic source of the number.</source>
        <translation>Fuente de tráfico del número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number pool of the number.</source>
        <translation>Grupo de números del número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token value key:value (repeatable).</source>
        <translation>Valor de token clave:valor (repetible).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K:V</source>
        <translation>K:V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy exactly this number (repeatable; any written form, without a country code in the default country of Preferences).</source>
        <translation>Alquilar exactamente este número (repetible; en cualquier forma escrita; sin código de país, en el país predeterminado de Preferencias).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation>No preguntar; necesario cuando la entrada estándar no es un terminal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--number &apos;%1&apos;: %2</source>
        <translation>--number «%1»: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--number &apos;%1&apos;: numbers of %2 cannot be bought.</source>
        <translation>--number «%1»: no se pueden alquilar números de %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 is required.</source>
        <translation>--%1 es obligatorio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--number takes the country and whether it is toll-free from the number: leave out --%1.</source>
        <translation>--number toma el país y si es gratuito del propio número: omita --%1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--country: &apos;%1&apos; is not a country numbers can be bought in (use one of %2).</source>
        <translation>--country: «%1» no es un país en el que se puedan alquilar números (use uno de %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>say either --toll-free or --local.</source>
        <translation>indique --toll-free o --local.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <translation>  Cuenta:                       %1
  Configuración de proveedor:   %2
  Oferta:                       %3
  Fuente de tráfico:            %4
  Grupo de números:             %5
  Valores de token:             %6
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About to buy one %1 number in %2 (%3).
</source>
        <translation>Se va a alquilar un número %1 en %2 (%3).
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
        <translation type="vanished">Se va a alquilar un número %1 en %2 (%3).
  Cuenta:                       %4
  Configuración de proveedor:   %5
  Oferta:                       %6
  Fuente de tráfico:            %7
  Grupo de números:             %8
  Valores de token:             %9
Esto cuesta dinero; solo se deshace dando de baja el número.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>toll-free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>About to buy these numbers:
</source>
        <translation>Se van a alquilar estos números:
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
        <translation>Esto cuesta dinero; solo se deshace dando de baja un número.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>buy: standard input is not a terminal; nothing was bought. Add --yes to buy without being asked.
</source>
        <translation>buy: la entrada estándar no es un terminal; no se alquiló nada. Añada --yes para alquilar sin que se le pregunte.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type &apos;yes&apos; to buy:</source>
        <translation>Escriba «yes» para alquilar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was bought.
</source>
        <translation>No se alquiló nada.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not sent %1: an earlier purchase&apos;s outcome is unknown.
</source>
        <translation>No enviado %1: el resultado de un alquiler anterior es desconocido.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome unknown for %1: the request was sent but no answer came back (%2). It may have been bought; check with &apos;numdesk-cli show %1&apos; before trying again.
</source>
        <translation>Resultado desconocido para %1: la solicitud se envió, pero no llegó ninguna respuesta (%2). Puede que se haya alquilado; compruébelo con «numdesk-cli show %1» antes de volver a intentarlo.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not bought %1: %2
</source>
        <translation>No alquilado %1: %2
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Numbers bought: %1 of %2.
</source>
        <translation>Números alquilados: %1 de %2.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>buy: the outcome is unknown: the request was sent but no answer came back (%1). A number may have been bought. Check with &apos;numdesk-cli list --created-from …&apos; before trying again.
</source>
        <translation>buy: el resultado es desconocido: la solicitud se envió, pero no llegó ninguna respuesta (%1). Puede que se haya alquilado un número. Compruébelo con «numdesk-cli list --created-from …» antes de volver a intentarlo.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>buy: nothing was bought: %1
</source>
        <translation>buy: no se alquiló nada: %1
</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+41"/>
        <source>Bought %1 (id %2).
</source>
        <translation>Alquilado %1 (id %2).
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="+111"/>
        <source>No command given.

</source>
        <translation>No se indicó ningún comando.

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown command &apos;%1&apos; (use one of: %2).
</source>
        <translation>Comando desconocido «%1» (use uno de: %2).
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::Command</name>
    <message>
        <location filename="../app/cli/command.cpp" line="+18"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: numdesk-cli [--base-url URL | --profile NAME | --sandbox] [--auth basic|token|auth-token] %1

%2

%3</source>
        <translation>Uso: numdesk-cli [--base-url URL | --profile NOMBRE | --sandbox] [--auth basic|token|auth-token] %1

%2

%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2
Run &apos;numdesk-cli %1 --help&apos; for its options.</source>
        <translation>%1: %2
Ejecute «numdesk-cli %1 --help» para ver sus opciones.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pages in flight at once, 1 to 16 (default %1).</source>
        <translation>Páginas solicitadas a la vez, de 1 a 16 (por defecto %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--parallel needs a whole number from 1 to 16 (found &apos;%1&apos;).</source>
        <translation>--parallel necesita un número entero de 1 a 16 (se encontró «%1»).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 needs a positive whole number (found &apos;%2&apos;).</source>
        <translation>--%1 necesita un número entero positivo (se encontró «%2»).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; is neither an id nor a number: %2</source>
        <extracomment>&quot;&apos;abc&apos; is neither an id nor a number: A phone number has no letters: …&quot;</extracomment>
        <translation>«%1» no es ni un id ni un número: %2</translation>
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
        <translation>Indica qué cambió entre dos instantáneas (por defecto: las dos últimas; solo --to: la anterior a ella hasta ella): números añadidos, eliminados y, para los demás, cada campo que cambió entre oferta, fuente de tráfico, grupo, proveedor, valores de token, nombre, descripción e id de registro externo, con el valor antes y después. Una fila por cambio: id,number,change,field,before,after.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The earlier snapshot.</source>
        <translation>La instantánea anterior.</translation>
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
        <translation>La instantánea posterior (por defecto: la última).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv (default) or json.</source>
        <translation>csv (por defecto) o json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--format must be csv or json (found &apos;%1&apos;).</source>
        <translation>--format debe ser csv o json (se encontró «%1»).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the snapshots: %1
</source>
        <translation>No se pueden abrir las instantáneas: %1
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No snapshot before snapshot %1 to compare it with: take another one with &apos;numdesk-cli snapshot&apos;, or name it with --from.
</source>
        <translation>No hay ninguna instantánea anterior a la %1 con la que compararla: tome otra con «numdesk-cli snapshot» o indíquela con --from.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the snapshots: %1
</source>
        <translation>No se pueden leer las instantáneas: %1
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From %1
to   %2
</source>
        <translation>De   %1
a    %2
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+16"/>
        <source>export --out FILE [filters] [--columns a,b,…] [--header keys|labels] [--parallel N] [--spreadsheet-safe] [--time-zone-convert]</source>
        <translation>export --out ARCHIVO [filtros] [--columns a,b,…] [--header keys|labels] [--parallel N] [--spreadsheet-safe] [--time-zone-convert]</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="vanished">El archivo CSV que escribir.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column keys to write, in order (default: all).</source>
        <translation>Claves de las columnas que escribir, en orden (por defecto: todas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEYS</source>
        <translation>CLAVES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header row of column keys (default) or labels.</source>
        <translation>Fila de encabezado con claves de columna (por defecto) o etiquetas.</translation>
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
        <translation>Anteponer &apos; a las celdas que empiezan por =, +, -, @ para que las hojas de cálculo no las ejecuten (los números quedan entonces como &apos;+1…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write timestamps in --time-zone instead of as the server sent them.</source>
        <translation>Escribir las marcas de tiempo en --time-zone en lugar de tal como las envió el servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out FILE is required.</source>
        <translation>--out ARCHIVO es obligatorio.</translation>
    </message>
    <message>
        <source>--out: &apos;%1&apos; is a folder.</source>
        <translation type="vanished">--out: «%1» es una carpeta.</translation>
    </message>
    <message>
        <source>--out: cannot write in &apos;%1&apos;.</source>
        <translation type="vanished">--out: no se puede escribir en «%1».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--header must be keys or labels (found &apos;%1&apos;).</source>
        <translation>--header debe ser keys o labels (se encontró «%1»).</translation>
    </message>
    <message>
        <source>--parallel needs a whole number from 1 to 16 (found &apos;%1&apos;).</source>
        <translation type="vanished">--parallel necesita un número entero de 1 a 16 (se encontró «%1»).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--time-zone-convert needs --time-zone ZONE.</source>
        <translation>--time-zone-convert necesita --time-zone ZONA.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 numbers · %3 rows/s · about %4 s left</source>
        <translation>%1 de %2 números · %3 filas/s · quedan unos %4 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 numbers · %2 rows/s</source>
        <translation>%1 números · %2 filas/s</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Writes every number that matches the filters to a CSV file (RFC 4180, UTF-8), exactly once each, even while numbers are bought or unrented. The set is the numbers that match when the export starts, to the second: a number bought later in the second the export starts in is included, one bought from the next second on is not. A number unrented, or moved out of the filters, before the export ends is left out; one moved into the filters is included. Exit status 3 when the numbers kept changing so that no read of the set could be verified (the file may then miss or repeat numbers). --out - writes to standard output; a named pipe or a device is written directly; a symbolic link or another user&apos;s file is refused. Ctrl+C cancels and leaves no file.</source>
        <translation>Escribe cada número que coincide con los filtros en un archivo CSV (RFC 4180, UTF-8), exactamente una vez, incluso mientras se alquilan o se dan de baja números. El conjunto son los números que coinciden cuando empieza la exportación, al segundo: un número alquilado más tarde en el segundo en que empieza la exportación se incluye; uno alquilado a partir del segundo siguiente, no. Un número dado de baja, o sacado de los filtros, antes de que termine la exportación queda fuera; uno que entra en los filtros se incluye. Estado de salida 3 cuando los números cambiaron tanto que no se pudo verificar ninguna lectura del conjunto (el archivo puede entonces omitir o repetir números). --out - escribe en la salida estándar; una tubería con nombre o un dispositivo se escribe directamente; un enlace simbólico o un archivo de otro usuario se rechaza. Ctrl+C cancela y no deja ningún archivo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The CSV file to write; - for standard output.</source>
        <translation>El archivo CSV que escribir; - para la salida estándar.</translation>
    </message>
    <message>
        <source>Pages in flight at once, 1 to 16 (default %1).</source>
        <translation type="vanished">Páginas solicitadas a la vez, de 1 a 16 (por defecto %1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--out: &apos;%1&apos;: %2.</source>
        <extracomment>%2 says why, e.g. &quot;it is a symbolic link; name the file itself&quot;</extracomment>
        <translation>--out: «%1»: %2.</translation>
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
        <translation>FECHA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers matching this text anywhere.</source>
        <translation>Números que contienen este texto en cualquier parte.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>The phone number (+441224980000).</source>
        <translation type="vanished">El número de teléfono (+441224980000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number in any written form (+441224980000, &quot;(212) 669-9604&quot;; without a country code in the default country of Preferences, the US when none is set).</source>
        <translation>El número de teléfono en cualquier forma escrita (+441224980000, «(212) 669-9604»; sin código de país, en el país predeterminado de Preferencias, o en EE. UU. si no hay ninguno).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of this offer.</source>
        <translation>Números de esta oferta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of this traffic source.</source>
        <translation>Números de esta fuente de tráfico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of this provider configuration.</source>
        <translation>Números de esta configuración de proveedor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of this number pool.</source>
        <translation>Números de este grupo de números.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at or after DATE.</source>
        <translation>Creados en FECHA o después.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at or before DATE.</source>
        <translation>Creados en FECHA o antes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last called at or after DATE.</source>
        <translation>Última llamada en FECHA o después.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last called at or before DATE.</source>
        <translation>Última llamada en FECHA o antes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read dates without an offset in this zone (&quot;UTC&quot;, &quot;Europe/Berlin&quot;, &quot;Eastern Time (US &amp; Canada)&quot;).</source>
        <translation>Interpretar las fechas sin desfase en esta zona («UTC», «Europe/Berlin», «Eastern Time (US &amp; Canada)»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZONE</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--number: %1</source>
        <translation>--number: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 needs a positive whole number (found &apos;%2&apos;).</source>
        <translation>--%1 necesita un número entero positivo (se encontró «%2»).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--time-zone: &apos;%1&apos; is not a time zone (use UTC, an IANA id such as Europe/Berlin, or a TrackDrive name such as &quot;Eastern Time (US &amp; Canada)&quot;).</source>
        <translation>--time-zone: «%1» no es una zona horaria (use UTC, un identificador IANA como Europe/Berlin o un nombre de TrackDrive como «Eastern Time (US &amp; Canada)»).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 (%2) is after --%3 (%4): the range would match nothing.</source>
        <translation>--%1 (%2) es posterior a --%3 (%4): el rango no coincidiría con nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--columns: &apos;%1&apos; is not a column (use any of: %2).</source>
        <translation>--columns: «%1» no es una columna (use una de: %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--columns needs at least one column key.</source>
        <translation>--columns necesita al menos una clave de columna.</translation>
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
        <translation type="vanished">Uso: numdesk-cli [--base-url URL | --profile NOMBRE | --sandbox] [--auth basic|token|auth-token] COMANDO [opciones]

Gestione los números de teléfono alquilados en una cuenta de TrackDrive.

Comandos:
  list     Listar números (tabla, CSV o JSON)
  show     Mostrar un número
  buy      Alquilar un número (cuesta dinero; pregunta antes)
  update   Cambiar la oferta, la fuente de tráfico, el grupo o los valores de token de un número
  unrent   Dar de baja números (pregunta antes)
  export   Escribir todos los números de una consulta en un archivo CSV

Opciones globales:
  --base-url URL     La dirección de la cuenta (https://acme.trackdrive.com)
  --profile NOMBRE   Un perfil guardado (URL base y método de autenticación)
  --sandbox          Iniciar el sandbox local y usar su cuenta de demostración
  --auth MÉTODO      basic, token o auth-token

Los secretos se leen del entorno, nunca de la línea de comandos:
  NUMDESK_PUBLIC_KEY y NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN (token),
  NUMDESK_AUTH_TOKEN (auth-token).

Ejecute «numdesk-cli COMANDO --help» para ver las opciones de un comando.
Estado de salida: 0 hecho, 1 error de la API o de red, 2 uso o entrada incorrectos, 3 cancelado o incompleto.
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
        <translation type="vanished">Uso: numdesk-cli [--base-url URL | --profile NOMBRE | --sandbox] [--auth basic|token|auth-token] COMANDO [opciones]

Gestione los números de teléfono alquilados en una cuenta de TrackDrive.

Comandos:
  list     Listar números (tabla, CSV o JSON)
  show     Mostrar un número
  search   Buscar números que se pueden alquilar
  buy      Alquilar números (cuesta dinero; pregunta antes)
  update   Cambiar la oferta, la fuente de tráfico, el grupo o los valores de token de un número
  unrent   Dar de baja números (pregunta antes)
  export   Escribir todos los números de una consulta en un archivo CSV

Opciones globales:
  --base-url URL     La dirección de la cuenta (https://acme.trackdrive.com)
  --profile NOMBRE   Un perfil guardado (URL base y método de autenticación)
  --sandbox          Iniciar el sandbox local y usar su cuenta de demostración
  --auth MÉTODO      basic, token o auth-token

Los secretos se leen del entorno, nunca de la línea de comandos:
  NUMDESK_PUBLIC_KEY y NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN (token),
  NUMDESK_AUTH_TOKEN (auth-token).

Ejecute «numdesk-cli COMANDO --help» para ver las opciones de un comando.
Estado de salida: 0 hecho, 1 error de la API o de red, 2 uso o entrada incorrectos, 3 cancelado o incompleto.
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
        <translation type="vanished">Uso: numdesk-cli [--base-url URL | --profile NOMBRE | --sandbox] [--auth basic|token|auth-token] COMANDO [opciones]

Gestione los números de teléfono alquilados en una cuenta de TrackDrive.

Comandos:
  list     Listar números (tabla, CSV o JSON)
  show     Mostrar un número
  buy      Alquilar un número (cuesta dinero; pregunta antes)
  update   Cambiar la oferta, la fuente de tráfico, el grupo o los valores de token de un número
  unrent   Dar de baja números (pregunta antes)
  export   Escribir todos los números de una consulta en un archivo CSV

Opciones globales:
  --base-url URL     La dirección de la cuenta (https://acme.trackdrive.com)
  --profile NOMBRE   Un perfil guardado (URL base y método de autenticación)
  --sandbox          Iniciar el sandbox local y usar su cuenta de demostración
  --auth MÉTODO      basic, token o auth-token
  --timeout SEGUNDOS  Límite de tiempo de cada llamada en total, reintentos y esperas
                   incluidos (por defecto: Preferencias de la ventana, 120 segundos)

Los secretos se leen del entorno, nunca de la línea de comandos:
  NUMDESK_PUBLIC_KEY y NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN (token),
  NUMDESK_AUTH_TOKEN (auth-token).

Ejecute «numdesk-cli COMANDO --help» para ver las opciones de un comando.
Estado de salida: 0 hecho, 1 error de la API o de red, 2 uso o entrada incorrectos, 3 cancelado o incompleto.
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
        <translation>Uso: numdesk-cli [--base-url URL | --profile NOMBRE | --sandbox] [--auth basic|token|auth-token] COMANDO [opciones]

Gestione los números de teléfono alquilados en una cuenta de TrackDrive.

Comandos:
  list     Listar números (tabla, CSV o JSON)
  show     Mostrar un número
  buy      Alquilar un número (cuesta dinero; pregunta antes)
  update   Cambiar la oferta, la fuente de tráfico, el grupo o los valores de token de un número
  unrent   Dar de baja números (pregunta antes)
  export   Escribir todos los números de una consulta en un archivo CSV
  apply    Cambiar muchos números desde un archivo de plan (vista previa con --dry-run)
  history  Mostrar los lotes del registro de actividad
  undo     Deshacer un lote donde los números aún tienen sus valores

Opciones globales:
  --base-url URL     La dirección de la cuenta (https://acme.trackdrive.com)
  --profile NOMBRE   Un perfil guardado (URL base y método de autenticación)
  --sandbox          Iniciar el sandbox local y usar su cuenta de demostración
  --auth MÉTODO      basic, token o auth-token
  --timeout SEGUNDOS  Límite de tiempo de cada llamada en total, reintentos y esperas
                   incluidos (por defecto: Preferencias de la ventana, 120 segundos)

Los secretos se leen del entorno, nunca de la línea de comandos:
  NUMDESK_PUBLIC_KEY y NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN (token),
  NUMDESK_AUTH_TOKEN (auth-token).

Ejecute «numdesk-cli COMANDO --help» para ver las opciones de un comando.
Estado de salida: 0 hecho, 1 error de la API o de red, 2 uso o entrada incorrectos, 3 cancelado o incompleto.
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
Inventario completo (instantáneas guardadas por perfil en la carpeta de datos):
  snapshot   Tomar una instantánea de todos los números
  snapshots  Listar las instantáneas guardadas
  insights   Contar los números de una instantánea por oferta, fuente, grupo, …; inactivos
  diff       Qué cambió entre dos instantáneas
  idle       Escribir los números inactivos de una instantánea en un archivo CSV
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
El sandbox guarda sus números en NUMDESK_SANDBOX_DB (por defecto: la base de datos
del sandbox de la ventana) y crea NUMDESK_SANDBOX_NUMBERS de ellos (por defecto 3000)
cuando esa base de datos es nueva.
</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>--base-url needs a URL.</source>
        <translation>--base-url necesita una URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--profile needs a profile name.</source>
        <translation>--profile necesita un nombre de perfil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--auth needs basic, token or auth-token.</source>
        <translation>--auth necesita basic, token o auth-token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown auth method &apos;%1&apos; (use basic, token or auth-token).</source>
        <translation>Método de autenticación desconocido «%1» (use basic, token o auth-token).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds from 1 to 86400 (found &apos;%1&apos;).</source>
        <translation>--timeout necesita un número de segundos de 1 a 86400 (se encontró &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown option &apos;%1&apos; (options of a command go after the command).</source>
        <translation>Opción desconocida «%1» (las opciones de un comando van después del comando).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use only one of --base-url, --profile and --sandbox.</source>
        <translation>Use solo una de --base-url, --profile y --sandbox.</translation>
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
        <translation>Muestra los lotes del registro de actividad, los más recientes primero: planes aplicados, deshacer, ediciones, compras y bajas hechos aquí o en la ventana, con su id (para &apos;undo&apos;), hora, cuenta y recuentos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>table (default) or json.</source>
        <translation>table (predeterminado) o json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format must be table or json.</source>
        <translation>--format debe ser table o json.</translation>
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
        <translation>idle --idle-days N --out ARCHIVO [--snapshot ID]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes the idle numbers of a snapshot (default: the latest) to a CSV file with the columns of an export: numbers never called, or last called more than N days (default 90) before the snapshot was taken. --out - writes to standard output.</source>
        <translation>Escribe los números inactivos de una instantánea (por defecto: la última) en un archivo CSV con las columnas de una exportación: números nunca llamados o cuya última llamada fue más de N días (por defecto 90) antes de tomar la instantánea. --out - escribe en la salida estándar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Idle: no call for more than N days before the snapshot (default 90).</source>
        <translation>Inactivo: sin llamadas durante más de N días antes de la instantánea (por defecto 90).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to write; - for standard output.</source>
        <translation>El archivo CSV que se escribe; - para la salida estándar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot (default: the latest).</source>
        <translation>La instantánea (por defecto: la última).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--out FILE is required.</source>
        <translation>--out ARCHIVO es obligatorio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out: &apos;%1&apos;: %2.</source>
        <translation>--out: «%1»: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the snapshots: %1
</source>
        <translation>No se pueden abrir las instantáneas: %1
</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <source>Could not write %1: %2.
</source>
        <translation>No se pudo escribir %1: %2.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Idle numbers (never called, or no call in the %1 days before the snapshot): %2, written to %3.</source>
        <extracomment>&quot;Idle numbers (never called, or no call in the 90 days before the snapshot): 12, written to idle.csv.&quot;</extracomment>
        <translation>Números inactivos (nunca llamados o sin llamadas en los %1 días anteriores a la instantánea): %2, escritos en %3.</translation>
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
        <translation>Cuenta los números de una instantánea (por defecto: la última) por oferta (por defecto), fuente de tráfico, grupo de números, proveedor, país, tipo (local o gratuito) o mes de creación, con nombres; y cuántos están inactivos: nunca llamados o con la última llamada más de N días (por defecto 90) antes de la instantánea. Con precios mensuales en Preferencias, indica cuánto cuesta cada grupo al mes. Cada número está exactamente en un grupo; los números sin oferta (grupo, …) forman el grupo de clave vacía.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The snapshot (default: the latest).</source>
        <translation>La instantánea (por defecto: la última).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offer (default), traffic_source, ring_pool, provider, country, type or created_month.</source>
        <translation>offer (por defecto), traffic_source, ring_pool, provider, country, type o created_month.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIMENSION</source>
        <translation>DIMENSIÓN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle: no call for more than N days before the snapshot (default 90).</source>
        <translation>Inactivo: sin llamadas durante más de N días antes de la instantánea (por defecto 90).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table (default), csv or json.</source>
        <translation>table (por defecto), csv o json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--by must be one of %1 (found &apos;%2&apos;).</source>
        <translation>--by debe ser uno de %1 (se encontró «%2»).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--format must be table, csv or json (found &apos;%1&apos;).</source>
        <translation>--format debe ser table, csv o json (se encontró «%1»).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the snapshots: %1
</source>
        <translation>No se pueden abrir las instantáneas: %1
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the snapshots: %1
</source>
        <translation>No se pueden leer las instantáneas: %1
</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Idle: %1 (never called, or no call in the %2 days before the snapshot); never called: %3</source>
        <extracomment>&quot;Idle: 212 (never called, or no call in the 90 days before the snapshot); never called: 80&quot;</extracomment>
        <translation>Inactivos: %1 (nunca llamados o sin llamadas en los %2 días anteriores a la instantánea); nunca llamados: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly cost %1; idle numbers cost %2 a month</source>
        <translation>Coste mensual %1; los números inactivos cuestan %2 al mes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No prices set: set monthly prices in Preferences to see cost.</source>
        <translation>No hay precios: indique precios mensuales en Preferencias para ver el coste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle</source>
        <translation>Inactivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never called</source>
        <translation>Nunca llamados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly cost</source>
        <translation>Coste mensual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: this snapshot is not verified; its numbers may miss or repeat some.
</source>
        <translation>Nota: esta instantánea no está verificada; puede faltar o repetirse algún número.
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::InventoryAccess</name>
    <message>
        <location filename="../app/cli/inventoryaccess.cpp" line="+10"/>
        <source>No snapshot store for this account.</source>
        <translation>No hay almacén de instantáneas para esta cuenta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no snapshot %1 for this account (see &apos;numdesk-cli snapshots&apos;).</source>
        <translation>No hay ninguna instantánea %1 para esta cuenta (véase «numdesk-cli snapshots»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No snapshot of this account yet: take one with &apos;numdesk-cli snapshot&apos;.</source>
        <translation>Todavía no hay ninguna instantánea de esta cuenta: tome una con «numdesk-cli snapshot».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Snapshot %1 of %2: %3 numbers</source>
        <extracomment>&quot;Snapshot 3 of 2026-12-03T14:02:11.000Z: 700 numbers&quot;</extracomment>
        <translation>Instantánea %1 del %2: %3 números</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, not verified (the numbers kept changing while it was read)</source>
        <translation>, no verificada (los números siguieron cambiando mientras se leía)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--idle-days needs a whole number of days from 0 to 36500 (found &apos;%1&apos;).</source>
        <translation>--idle-days necesita un número entero de días de 0 a 36500 (se encontró «%1»).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 needs a snapshot id, a positive whole number (found &apos;%2&apos;).</source>
        <translation>--%1 necesita un id de instantánea, un número entero positivo (se encontró «%2»).</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::ListCommand</name>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+17"/>
        <source>list [filters] [--columns a,b,…] [--format table|csv|json] [--limit N]</source>
        <translation>list [filtros] [--columns a,b,…] [--format table|csv|json] [--limit N]</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Lists the numbers of the account that match the filters, %n at most unless --limit says otherwise.</source>
        <translation>
            <numerusform>Lista los números de la cuenta que coinciden con los filtros, como máximo %n salvo que --limit indique otra cosa.</numerusform>
            <numerusform>Lista los números de la cuenta que coinciden con los filtros, como máximo %n salvo que --limit indique otra cosa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column keys to show, in order (default: %1).</source>
        <translation>Claves de las columnas que mostrar, en orden (por defecto: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KEYS</source>
        <translation>CLAVES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table (default), csv or json.</source>
        <translation>table (por defecto), csv o json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table prints offer, traffic source, pool and provider ids instead of their names (CSV and JSON always hold ids).</source>
        <translation>La tabla muestra los ID de oferta, fuente de tráfico, grupo y proveedor en lugar de sus nombres (CSV y JSON siempre llevan los ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N numbers; 0 lists all of them (default %1).</source>
        <translation>Como máximo N números; 0 los lista todos (por defecto %1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format must be table, csv or json (found &apos;%1&apos;).</source>
        <translation>--format debe ser table, csv o json (se encontró «%1»).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--limit needs a whole number, 0 or more (found &apos;%1&apos;).</source>
        <translation>--limit necesita un número entero igual o mayor que 0 (se encontró «%1»).</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1 of %n number(s) read</source>
        <translation>
            <numerusform>%1 de %n número leído</numerusform>
            <numerusform>%1 de %n números leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n number(s) read</source>
        <translation>
            <numerusform>%n número leído</numerusform>
            <numerusform>%n números leídos</numerusform>
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
        <translation>list: cancelado.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Note: %1 could not be read; ids are shown.
</source>
        <translation>Nota: no se pudo leer %1; se muestran los ID.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: numbers changed while they were listed.
</source>
        <translation>Nota: los números cambiaron mientras se listaban.
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
        <translation>search --country CC [--toll-free] [--prefix DÍGITOS] [--contains TEXTO] [--limit N] [--format table|json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists numbers that can be bought in a country, local or toll-free, starting with an area code or prefix and containing the digits of TEXT (letters are read on the phone keypad: FLOWERS is 3569377). Buy them with &apos;buy --number&apos;.</source>
        <translation>Lista los números que se pueden alquilar en un país, locales o gratuitos, que empiezan por un código de área o prefijo y contienen los dígitos de TEXTO (las letras se leen como en el teclado del teléfono: FLOWERS es 3569377). Alquílelos con «buy --number».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country code (US, GB, …).</source>
        <translation>Código de país (US, GB, …).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toll-free numbers (local ones without it).</source>
        <translation>Números gratuitos (sin esta opción, locales).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area code or leading digits of the national number (415; 0161 and +44 161 are read as 161).</source>
        <translation>Código de área o primeros dígitos del número nacional (415; 0161 y +44 161 se interpretan como 161).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIGITS</source>
        <translation>DÍGITOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits, or letters on the keypad, the number contains.</source>
        <translation>Dígitos, o letras del teclado del teléfono, que contiene el número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N numbers.</source>
        <translation>Como máximo N números.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table (default) or json.</source>
        <translation>table (por defecto) o json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--country is required.</source>
        <translation>--country es obligatorio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--country: &apos;%1&apos; is not a country numbers can be bought in (use one of %2).</source>
        <translation>--country: «%1» no es un país en el que se puedan alquilar números (use uno de %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--prefix: %1</source>
        <translation>--prefix: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--contains: &apos;%1&apos; is neither a digit nor a letter.</source>
        <translation>--contains: «%1» no es ni un dígito ni una letra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--contains needs digits or letters.</source>
        <translation>--contains necesita dígitos o letras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit needs a whole number from 1 to %1 (found &apos;%2&apos;).</source>
        <translation>--limit necesita un número entero de 1 a %1 (se encontró «%2»).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--format must be table or json (found &apos;%1&apos;).</source>
        <translation>--format debe ser table o json (se encontró «%1»).</translation>
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
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Forma escrita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No numbers of %1 match; try a shorter prefix or fewer digits.
</source>
        <translation>No coincide ningún número de %1; pruebe con un prefijo más corto o con menos dígitos.
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::ShowCommand</name>
    <message>
        <location filename="../app/cli/showcommand.cpp" line="+14"/>
        <source>show ID|+NUMBER [--format table|json]</source>
        <translation>show ID|+NÚMERO [--format table|json]</translation>
    </message>
    <message>
        <source>Shows one number, found by its TrackDrive id or by the full number with its &apos;+&apos;.</source>
        <translation type="vanished">Muestra un número, buscado por su id de TrackDrive o por el número completo con su «+».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows one number, found by its TrackDrive id or by the number in any written form (+18005002562, &quot;(800) 500-2562&quot;; without a country code it is read in the default country of Preferences, the US when none is set).</source>
        <translation>Muestra un número, buscado por su id de TrackDrive o por el número en cualquier forma escrita (+18005002562, «(800) 500-2562»; sin código de país se interpreta en el país predeterminado de Preferencias, o en EE. UU. si no hay ninguno).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>table (default) or json.</source>
        <translation>table (por defecto) o json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print offer, traffic source, pool and provider ids without their names.</source>
        <translation>Mostrar los ID de oferta, fuente de tráfico, grupo y proveedor sin sus nombres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id (185923) or the number (+18005002562, &quot;(800) 500-2562&quot;).</source>
        <translation>El id (185923) o el número (+18005002562, «(800) 500-2562»).</translation>
    </message>
    <message>
        <source>The id (185923) or the number (+18005002562).</source>
        <translation type="vanished">El id (185923) o el número (+18005002562).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give exactly one ID or +NUMBER.</source>
        <translation>indique exactamente un ID o +NÚMERO.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an id nor a number beginning with &apos;+&apos;.</source>
        <translation type="vanished">«%1» no es ni un id ni un número que empiece por «+».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--format must be table or json (found &apos;%1&apos;).</source>
        <translation>--format debe ser table o json (se encontró «%1»).</translation>
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
        <translation>Nota: no se pudo leer %1; se muestran los ID.
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
        <translation>Toma una instantánea: una lectura exacta de todos los números de la cuenta, todas las columnas, con el momento en que se tomó y los nombres de ofertas, fuentes de tráfico, grupos y proveedores. Las instantáneas se guardan por perfil en la carpeta de datos (las 30 últimas por defecto, Preferencias). Imprime «Snapshot &lt;id&gt;: &lt;n&gt; numbers at &lt;time&gt;». Estado de salida 3 cuando los números siguieron cambiando y la lectura no pudo verificarse: la instantánea se guarda entonces marcada como no verificada. Ctrl+C cancela y no guarda nada.</translation>
    </message>
    <message>
        <source>Pages in flight at once, 1 to 16 (default 4).</source>
        <translation type="vanished">Páginas solicitadas a la vez, de 1 a 16 (por defecto 4).</translation>
    </message>
    <message>
        <source>Pages in flight at once, 1 to 16 (default %1).</source>
        <translation type="vanished">Páginas solicitadas a la vez, de 1 a 16 (por defecto %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation type="vanished">N</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--parallel needs a whole number from 1 to 16 (found &apos;%1&apos;).</source>
        <translation type="vanished">--parallel necesita un número entero de 1 a 16 (se encontró «%1»).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot open the snapshots: %1
</source>
        <translation>No se pueden abrir las instantáneas: %1
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Note: names not read: %1
</source>
        <translation>Nota: nombres no leídos: %1
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 numbers</source>
        <translation>%1 de %2 números</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 numbers</source>
        <translation>%1 números</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snapshot cancelled; nothing was kept.
</source>
        <translation>Instantánea cancelada; no se guardó nada.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot failed: %1
</source>
        <translation>La instantánea falló: %1
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The numbers kept changing while they were read: the snapshot is kept and marked not verified.
</source>
        <translation>Los números siguieron cambiando mientras se leían: la instantánea se guarda marcada como no verificada.
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
        <translation>Lista las instantáneas guardadas de la cuenta, la más reciente primero: id, momento, cantidad de números y si la lectura se verificó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>table (default) or json.</source>
        <translation>table (por defecto) o json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format must be table or json (found &apos;%1&apos;).</source>
        <translation>--format debe ser table o json (se encontró «%1»).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the snapshots: %1
</source>
        <translation>No se pueden abrir las instantáneas: %1
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No snapshot of this account yet: take one with &apos;numdesk-cli snapshot&apos;.
</source>
        <translation>Todavía no hay ninguna instantánea de esta cuenta: tome una con «numdesk-cli snapshot».
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
        <translation>Tomada el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO</source>
        <translation>NO</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::TokenOptions</name>
    <message>
        <location filename="../app/cli/tokenoptions.cpp" line="+14"/>
        <source>--token &apos;%1&apos;: %2</source>
        <translation>--token «%1»: %2</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::UndoCommand</name>
    <message>
        <location filename="../app/cli/undocommand.cpp" line="+19"/>
        <source>undo BATCH [--dry-run] [--yes] [--format table|csv|json]</source>
        <translation>undo LOTE [--dry-run] [--yes] [--format table|csv|json]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes back a batch (see &apos;history&apos;): each number it changed is read again; where it still has the values the batch set, the values from before are sent back; where it was changed since, it is listed and left alone. Unrents cannot be undone: they are listed with the offer, traffic source and pool they had. --dry-run prints what would be done. Prints &apos;Batch &lt;id&gt;&apos; (the undo&apos;s own batch) when it sent anything. Exit status 0 all undone, 1 some failed, 2 no such batch, 3 cancelled or some numbers not undone.</source>
        <translation>Deshace un lote (vea &apos;history&apos;): cada número que cambió se lee de nuevo; donde aún tiene los valores que puso el lote, se envían de vuelta los valores anteriores; donde se cambió desde entonces, se indica y se deja como está. Las bajas no se pueden deshacer: se indican con la oferta, la fuente de tráfico y el grupo que tenían. --dry-run imprime lo que se haría. Imprime &apos;Batch &lt;id&gt;&apos; (el lote propio del deshacer) cuando envió algo. Estado de salida 0 todo deshecho, 1 algo falló, 2 no existe el lote, 3 cancelado o algunos números no deshechos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print what would be done; send nothing.</source>
        <translation>Imprimir lo que se haría; no enviar nada.</translation>
    </message>
    <message>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation type="vanished">No preguntar; necesario cuando la entrada estándar no es un terminal.</translation>
    </message>
    <message>
        <source>Preview format: table (default), csv or json.</source>
        <translation type="vanished">Formato de la vista previa: table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="vanished">FORMATO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch id (see history).</source>
        <translation>El id del lote (vea history).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BATCH</source>
        <translation>LOTE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give exactly one batch id.</source>
        <translation>indique exactamente un id de lote.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json.</source>
        <translation type="vanished">--format debe ser table, csv o json.</translation>
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
        <translation>undo: no se pudieron leer los números: %1 No se envió nada.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>  %1 (id %2): %3
</source>
        <translation>  %1 (id %2): %3
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to undo.
</source>
        <translation>Nada que deshacer.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>undo: standard input is not a terminal; nothing was sent. Add --yes to undo without being asked.
</source>
        <translation>undo: la entrada estándar no es un terminal; no se envió nada. Añada --yes para deshacer sin que se pregunte.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was sent.
</source>
        <translation>No se envió nada.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 undone, %2 failed.
</source>
        <translation>%1 deshechos, %2 fallidos.
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::UnrentCommand</name>
    <message>
        <location filename="../app/cli/unrentcommand.cpp" line="+12"/>
        <source>unrent ID|+NUMBER… [--yes]</source>
        <translation>unrent ID|+NÚMERO… [--yes]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unrents numbers: they leave the account (their call history stays). Asks for confirmation on a terminal and needs --yes otherwise.</source>
        <translation>Da de baja números: salen de la cuenta (su historial de llamadas se conserva). Pide confirmación en un terminal y, si no, necesita --yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation>No preguntar; necesario cuando la entrada estándar no es un terminal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ids or +numbers.</source>
        <translation>Ids o +números.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID|+NUMBER…</source>
        <translation>ID|+NÚMERO…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an id nor a number beginning with &apos;+&apos;.</source>
        <translation type="vanished">«%1» no es ni un id ni un número que empiece por «+».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give at least one ID or +NUMBER.</source>
        <translation>indique al menos un ID o +NÚMERO.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unrent: standard input is not a terminal; nothing was unrented. Add --yes to unrent without being asked.
</source>
        <translation>unrent: la entrada estándar no es un terminal; no se dio de baja nada. Añada --yes para dar de baja sin que se le pregunte.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unrent: %1: %2 Nothing was unrented.
</source>
        <translation>unrent: %1: %2 No se dio de baja nada.
</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>About to unrent %n number(s) of %1:
</source>
        <translation>
            <numerusform>Se va a dar de baja %n número de %1:
</numerusform>
            <numerusform>Se van a dar de baja %n números de %1:
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1  (id %2)  %3
</source>
        <translation>  %1  (id %2)  %3
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They leave the account; buying them back may not be possible.
</source>
        <translation>Saldrán de la cuenta; puede que no sea posible volver a alquilarlos.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type &apos;yes&apos; to unrent:</source>
        <translation>Escriba «yes» para dar de baja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was unrented.
</source>
        <translation>No se dio de baja nada.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unrent: %1 (id %2): %3
</source>
        <translation>unrent: %1 (id %2): %3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unrented %1 (id %2).
</source>
        <translation>Dado de baja %1 (id %2).
</translation>
    </message>
</context>
<context>
    <name>numdesk::cli::UpdateCommand</name>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="+14"/>
        <source>update ID|+NUMBER [--offer ID] [--traffic-source ID|none] [--pool ID|none] [--token k:v]… [--clear-tokens]</source>
        <translation>update ID|+NÚMERO [--offer ID] [--traffic-source ID|none] [--pool ID|none] [--token k:v]… [--clear-tokens]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes a number&apos;s offer, traffic source, number pool or token values. &apos;none&apos; unassigns the traffic source or pool; --token replaces the token values.</source>
        <translation>Cambia la oferta, la fuente de tráfico, el grupo de números o los valores de token de un número. «none» quita la fuente de tráfico o el grupo; --token reemplaza los valores de token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new offer.</source>
        <translation>La nueva oferta.</translation>
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
        <translation>La nueva fuente de tráfico, o none.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new number pool, or none.</source>
        <translation>El nuevo grupo de números, o none.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token value key:value (repeatable).</source>
        <translation>Valor de token clave:valor (repetible).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K:V</source>
        <translation>K:V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every token value.</source>
        <translation>Quitar todos los valores de token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id or the +number.</source>
        <translation>El id o el +número.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give exactly one ID or +NUMBER.</source>
        <translation>indique exactamente un ID o +NÚMERO.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an id nor a number beginning with &apos;+&apos;.</source>
        <translation type="vanished">«%1» no es ni un id ni un número que empiece por «+».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>use either --token or --clear-tokens.</source>
        <translation>use --token o --clear-tokens, no ambos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing to change: give --offer, --traffic-source, --pool, --token or --clear-tokens.</source>
        <translation>nada que cambiar: indique --offer, --traffic-source, --pool, --token o --clear-tokens.</translation>
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
        <translation>Actualizado %1.
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
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic Source</source>
        <translation>Fuente de tráfico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number Pool</source>
        <translation>Grupo de números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider Key</source>
        <translation>Clave del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Call</source>
        <translation>Última llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token Values</source>
        <translation>Valores de token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area Code ID</source>
        <translation>ID del prefijo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer Displayed</source>
        <translation>Mostrado por el optimizador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer Tokens Changed</source>
        <translation>Tokens del optimizador cambiados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain Number</source>
        <translation>Número (solo dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum</source>
        <translation>Suma de comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human Number</source>
        <translation>Número legible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legacy ID</source>
        <translation>ID antiguo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Updated</source>
        <translation>Modificado por el usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External Record ID</source>
        <translation>ID de registro externo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>numdesk::countries</name>
    <message>
        <location filename="../app/api/apischema.cpp" line="+78"/>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Baréin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suiza</translation>
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
        <translation>Colombia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Croacia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Hungría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>Corea del Sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malasia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Noruega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Pakistán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polonia</translation>
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
        <translation>Rumanía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
</context>
<context>
    <name>numdesk::dates</name>
    <message>
        <location filename="../app/api/apidates.cpp" line="+56"/>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD HH:MM:SS +HHMM, ISO 8601 or YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (use AAAA-MM-DD HH:MM:SS +HHMM, ISO 8601 o AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; names a day that does not exist</source>
        <translation>«%1» indica un día que no existe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; has a time of day that does not exist</source>
        <translation>«%1» tiene una hora que no existe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; has an offset from UTC that does not exist</source>
        <translation>«%1» tiene un desfase respecto a UTC que no existe</translation>
    </message>
</context>
<context>
    <name>numdesk::decode</name>
    <message>
        <location filename="../app/api/responsedecoder.cpp" line="+33"/>
        <source>The server sent an answer this program cannot read: %1</source>
        <translation>El servidor envió una respuesta que este programa no puede leer: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>expected a JSON object or list</source>
        <translation>se esperaba un objeto o una lista JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a list</source>
        <translation>«%1» no es una lista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the list &apos;%1&apos; is missing</source>
        <translation>falta la lista «%1»</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>entry %1: &apos;%2&apos; is not text</source>
        <translation>entrada %1: «%2» no es texto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>entry %1: &apos;toll_free&apos; is not true or false</source>
        <translation>entrada %1: «toll_free» no es ni true ni false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry %1 of the list is neither a number nor a record</source>
        <translation>la entrada %1 de la lista no es ni un número ni un registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 of the list has no number</source>
        <translation>la entrada %1 de la lista no tiene número</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the body is empty</source>
        <translation>el cuerpo está vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an HTML page instead of JSON</source>
        <translation>una página HTML en lugar de JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an HTML page (&quot;%1&quot;) instead of JSON</source>
        <translation>una página HTML («%1») en lugar de JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid JSON at byte %1 of %2 (%3); the answer may be cut off</source>
        <translation>JSON no válido en el byte %1 de %2 (%3); puede que la respuesta esté cortada</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>entry %1 of the list is not a record</source>
        <translation>la entrada %1 de la lista no es un registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record %1: %2</source>
        <translation>registro %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>entry %1 of &apos;%2&apos; has no id</source>
        <translation>la entrada %1 de «%2» no tiene id</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a time zone without a name</source>
        <translation>una zona horaria sin nombre</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The server did not accept the account&apos;s credentials (401). Check the keys or the token.</source>
        <translation>El servidor no aceptó las credenciales de la cuenta (401). Compruebe las claves o el token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account may not do this (403): it lacks the rights, or this computer&apos;s IP address is not on the account&apos;s allow-list.</source>
        <translation>La cuenta no puede hacer esto (403): le faltan permisos o la dirección IP de este equipo no está en la lista de direcciones permitidas de la cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found (404): no such phone number or resource.</source>
        <translation>No encontrado (404): no existe ese número de teléfono o recurso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the request (%1).</source>
        <translation>El servidor rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request: %1</source>
        <translation>El servidor rechazó la solicitud: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Too many requests (429): the server asks to come back at %1, more than %n second(s) from now; try again then.</source>
        <translation>
            <numerusform>Demasiadas solicitudes (429): el servidor pide volver a las %1, más de %n segundo a partir de ahora; inténtelo de nuevo entonces.</numerusform>
            <numerusform>Demasiadas solicitudes (429): el servidor pide volver a las %1, más de %n segundos a partir de ahora; inténtelo de nuevo entonces.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many requests (429); the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Demasiadas solicitudes (429); el servidor pide esperar %n segundo.</numerusform>
            <numerusform>Demasiadas solicitudes (429); el servidor pide esperar %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests (429); try again in a moment.</source>
        <translation>Demasiadas solicitudes (429); vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server had a problem (%1). Try again later.</source>
        <translation>El servidor tuvo un problema (%1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered with the unexpected status %1.</source>
        <translation>El servidor respondió con el estado inesperado %1.</translation>
    </message>
</context>
<context>
    <name>numdesk::sandbox::SandboxServer</name>
    <message>
        <location filename="../app/sandbox/sandboxserver.cpp" line="+92"/>
        <source>Internal server error (injected by the sandbox)</source>
        <translation>Error interno del servidor (provocado por el sandbox)</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Cannot create the folder of &apos;%1&apos;</source>
        <translation>No se puede crear la carpeta de «%1»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation>No se puede escuchar en 127.0.0.1:%1 (¿está el puerto en uso?)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The request body is larger than %1 bytes</source>
        <translation>El cuerpo de la solicitud supera los %1 bytes</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Rate limit exceeded: retry after %n second(s)</source>
        <translation>
            <numerusform>Límite de solicitudes superado: vuelva a intentarlo dentro de %n segundo</numerusform>
            <numerusform>Límite de solicitudes superado: vuelva a intentarlo dentro de %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No route matches [%1] &quot;%2&quot;</source>
        <translation>Ninguna ruta coincide con [%1] «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox store is not open</source>
        <translation>El almacén del sandbox no está abierto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid or missing credentials</source>
        <translation>Credenciales no válidas o ausentes</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
</TS>
