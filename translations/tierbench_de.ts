<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Assertion</name>
    <message>
        <source>An assertion must be a string like &quot;contains:text&quot; or an object {&quot;type&quot;, &quot;value&quot;}.</source>
        <translation>Eine Zusicherung muss ein String wie &quot;contains:text&quot; oder ein Objekt {&quot;type&quot;, &quot;value&quot;} sein.</translation>
    </message>
    <message>
        <source>Unknown assertion type &apos;%1&apos; (known: %2).</source>
        <translation>Unbekannter Zusicherungstyp &apos;%1&apos; (bekannt: %2).</translation>
    </message>
    <message>
        <source>Invalid regex &apos;%1&apos;: %2.</source>
        <translation>Ungültiger regulärer Ausdruck &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>max-latency-ms needs a whole number of milliseconds, not &apos;%1&apos;.</source>
        <translation>max-latency-ms braucht eine ganze Zahl von Millisekunden, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>max-cost needs a decimal dollar amount, not &apos;%1&apos;.</source>
        <translation>max-cost braucht einen Dezimalbetrag in Dollar, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Assertion &apos;%1&apos; needs a value.</source>
        <translation>Zusicherung &apos;%1&apos; braucht einen Wert.</translation>
    </message>
    <message>
        <source>The answer does not contain &apos;%1&apos;.</source>
        <translation>Die Antwort enthält &apos;%1&apos; nicht.</translation>
    </message>
    <message>
        <source>The answer does not contain &apos;%1&apos; (any case).</source>
        <translation>Die Antwort enthält &apos;%1&apos; nicht (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>The answer does not match /%1/.</source>
        <translation>Die Antwort passt nicht zu /%1/.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON: %1.</source>
        <translation>Die Antwort ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Took %1 ms, over the %2 ms limit.</source>
        <translation>Dauerte %1 ms, über dem Limit von %2 ms.</translation>
    </message>
    <message>
        <source>The cost is unknown, so it cannot be checked against %1.</source>
        <translation>Die Kosten sind unbekannt und können daher nicht gegen %1 geprüft werden.</translation>
    </message>
    <message>
        <source>Cost %1 is over the limit %2.</source>
        <translation>Kosten %1 liegen über dem Limit %2.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; config files above that size are not read. Split it into several files.</source>
        <translation>%1 ist größer als %2 MB; größere Konfigurationsdateien werden nicht gelesen. Teilen Sie sie auf mehrere Dateien auf.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by model (provider:model)</source>
        <translation>Nach Modell filtern (provider:model)</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthPanel</name>
    <message>
        <source>name of the Kubernetes secret</source>
        <translation>Name des Kubernetes-Secrets</translation>
    </message>
    <message>
        <source>api-key (default)</source>
        <translation>api-key (Standard)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Secret &amp;ref:</source>
        <translation>Secret-&amp;Referenz:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Secret-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>secret reference</source>
        <translation>Secret-Referenz</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>Secret-Schlüssel</translation>
    </message>
    <message>
        <source>The secret holds the API key string.</source>
        <translation>Das Secret enthält den API-Schlüssel als String.</translation>
    </message>
    <message>
        <source>The secret holds client_id, client_secret and token_url.</source>
        <translation>Das Secret enthält client_id, client_secret und token_url.</translation>
    </message>
    <message>
        <source>Uses the pod&apos;s Kubernetes service account token; no secret.</source>
        <translation>Verwendet das Service-Account-Token des Kubernetes-Pods; kein Secret.</translation>
    </message>
    <message>
        <source>No authentication (local models such as Ollama).</source>
        <translation>Keine Authentifizierung (lokale Modelle wie Ollama).</translation>
    </message>
    <message>
        <source>The secret holds arbitrary header key-value pairs.</source>
        <translation>Das Secret enthält beliebige Header-Schlüssel-Wert-Paare.</translation>
    </message>
</context>
<context>
    <name>AuthResolver</name>
    <message>
        <source>The OAuth token_url of secret %1 must be an https:// URL (http:// only on loopback): the client secret would cross the network unencrypted.</source>
        <translation>Die OAuth-token_url von Secret %1 muss eine https://-URL sein (http:// nur auf Loopback): sonst ginge das Client-Secret unverschlüsselt über das Netz.</translation>
    </message>
    <message>
        <source>The OAuth token request to %1 failed (HTTP %2%3): check client_id, client_secret and token_url in secret %4.</source>
        <translation>Die OAuth-Token-Anfrage an %1 ist fehlgeschlagen (HTTP %2%3): Prüfen Sie client_id, client_secret und token_url in Secret %4.</translation>
    </message>
    <message>
        <source>, no answer within %1 s</source>
        <translation>, keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>OAuth needs %1: %2</source>
        <translation>OAuth braucht %1: %2</translation>
    </message>
    <message>
        <source>Auth type serviceAccount uses the Kubernetes pod&apos;s service-account token and works only in-cluster. Outside a cluster use apiKey (env var or keychain) or none.</source>
        <translation>Auth-Typ serviceAccount verwendet das Service-Account-Token des Kubernetes-Pods und funktioniert nur im Cluster. Außerhalb eines Clusters verwenden Sie apiKey (Umgebungsvariable oder Schlüsselbund) oder none.</translation>
    </message>
    <message>
        <source>%1 is sent only to the provider&apos;s own API, to the host of its base-URL variable, or to loopback; this tier&apos;s endpoint is %2. To send a key there, name it in the tier&apos;s auth (secretRef) and set that secret.</source>
        <translation>%1 wird nur an die eigene API des Anbieters, an den Host seiner Basis-URL-Variable oder an Loopback gesendet; der Endpunkt dieser Stufe ist %2. Um dorthin einen Schlüssel zu senden, nennen Sie ihn in der Auth der Stufe (secretRef) und setzen Sie dieses Secret.</translation>
    </message>
    <message>
        <source>Custom auth secret %1 must hold a JSON object {&quot;Header&quot;: &quot;value&quot;} or lines &quot;Header: value&quot;.</source>
        <translation>Das Custom-Auth-Secret %1 muss ein JSON-Objekt {&quot;Header&quot;: &quot;value&quot;} oder Zeilen &quot;Header: value&quot; enthalten.</translation>
    </message>
    <message>
        <source>Unknown auth type &quot;%1&quot;: use apiKey, oauth, serviceAccount, none or custom.</source>
        <translation>Unbekannter Auth-Typ &quot;%1&quot;: verwenden Sie apiKey, oauth, serviceAccount, none oder custom.</translation>
    </message>
</context>
<context>
    <name>BlindVoteView</name>
    <message>
        <source>Next pair</source>
        <translation>Nächstes Paar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer A&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antwort A&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer B&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antwort B&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A ist besser</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B ist besser</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Beide schlecht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ratings&lt;/b&gt; (Elo, K = 32; Bradley–Terry on the same votes)</source>
        <translation>&lt;b&gt;Bewertungen&lt;/b&gt; (Elo, K = 32; Bradley–Terry auf denselben Stimmen)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Bradley–Terry</source>
        <translation>Bradley–Terry</translation>
    </message>
    <message>
        <source>wins</source>
        <translation>Siege</translation>
    </message>
    <message>
        <source>losses</source>
        <translation>Niederlagen</translation>
    </message>
    <message>
        <source>ties</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>beide schlecht</translation>
    </message>
    <message>
        <source>No pair to judge: run two or more targets first.</source>
        <translation>Kein Paar zu bewerten: Führen Sie zuerst zwei oder mehr Ziele aus.</translation>
    </message>
    <message>
        <source>Pair %1 of %2. Prompt: %3</source>
        <translation>Paar %1 von %2. Prompt: %3</translation>
    </message>
    <message>
        <source>You chose %1. A was %2; B was %3.</source>
        <translation>Sie wählten %1. A war %2; B war %3.</translation>
    </message>
</context>
<context>
    <name>BottomDock</name>
    <message>
        <source>Problems, Output, Alerts</source>
        <translation>Probleme, Ausgabe, Warnungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>No alerts. A tenant&apos;s budget crossing 80% or 95% of its daily or monthly limit shows here, once per period.</source>
        <translation>Keine Warnungen. Überschreitet ein Mandant 80 % oder 95 % seines Tages- oder Monatslimits, erscheint das hier, einmal pro Zeitraum.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
</context>
<context>
    <name>BudgetManager</name>
    <message>
        <source>daily dollar</source>
        <translation>Tages-Dollar</translation>
    </message>
    <message>
        <source>daily token</source>
        <translation>Tages-Token</translation>
    </message>
    <message>
        <source>monthly dollar</source>
        <translation>Monats-Dollar</translation>
    </message>
    <message>
        <source>monthly token</source>
        <translation>Monats-Token</translation>
    </message>
    <message>
        <source>Tenant &apos;%1&apos; has used %2% of its %3 budget (%4%5 of %4%6, %7).</source>
        <translation>Mandant &apos;%1&apos; hat %2 % seines %3-Budgets verbraucht (%4%5 von %4%6, %7).</translation>
    </message>
    <message>
        <source>The %1 budget of tenant &apos;%2&apos; is too small for this call: %3%4 of %3%5 used, %3%6 left, the call needs about %3%7. It resets at %8 UTC; raise the limit in the router policy or wait.</source>
        <translation>Das %1-Budget von Mandant &apos;%2&apos; reicht für diesen Aufruf nicht: %3%4 von %3%5 verbraucht, %3%6 übrig, der Aufruf braucht etwa %3%7. Es wird um %8 UTC zurückgesetzt; erhöhen Sie das Limit in der Router-Richtlinie oder warten Sie.</translation>
    </message>
    <message>
        <source>The budget of tenant &apos;%1&apos; cannot be read, so the call is refused: %2 Check that the database is reachable, then try again.</source>
        <translation>Das Budget von Mandant &apos;%1&apos; kann nicht gelesen werden, daher wird der Aufruf abgelehnt: %2 Prüfen Sie, ob die Datenbank erreichbar ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>the %1 share must be between 0 and 1</source>
        <translation>der Anteil %1 muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>nothing to calibrate</source>
        <translation>nichts zu kalibrieren</translation>
    </message>
    <message>
        <source>give a target heavy share, a target light share, or both</source>
        <translation>geben Sie einen Ziel-Heavy-Anteil, einen Ziel-Light-Anteil oder beide an</translation>
    </message>
    <message>
        <source>the heavy and light shares add up to more than 1</source>
        <translation>Heavy- und Light-Anteil ergeben zusammen mehr als 1</translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <source>Share of requests versus threshold</source>
        <translation>Anteil der Anfragen über dem Schwellwert</translation>
    </message>
    <message>
        <source>heavy share vs heavy threshold</source>
        <translation>Heavy-Anteil vs. Heavy-Schwellwert</translation>
    </message>
    <message>
        <source>light share vs standard threshold</source>
        <translation>Light-Anteil vs. Standard-Schwellwert</translation>
    </message>
    <message>
        <source>chosen thresholds</source>
        <translation>gewählte Schwellwerte</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Schwellwert %1</translation>
    </message>
    <message>
        <source>heavy threshold here: %1 heavy</source>
        <translation>Heavy-Schwellwert hier: %1 heavy</translation>
    </message>
    <message>
        <source>standard threshold here: %1 light</source>
        <translation>Standard-Schwellwert hier: %1 light</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>&amp;Heavy share</source>
        <translation>&amp;Heavy-Anteil</translation>
    </message>
    <message>
        <source>Target heavy share</source>
        <translation>Ziel-Heavy-Anteil</translation>
    </message>
    <message>
        <source>&amp;Light share</source>
        <translation>&amp;Light-Anteil</translation>
    </message>
    <message>
        <source>Target light share</source>
        <translation>Ziel-Light-Anteil</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrieren</translation>
    </message>
    <message>
        <source>&amp;Apply to Policy</source>
        <translation>Auf Richtlinie &amp;anwenden</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Find the heavy threshold that sends this share of the requests to the heavy class</source>
        <translation>Den Heavy-Schwellwert finden, der diesen Anteil der Anfragen in die Heavy-Klasse schickt</translation>
    </message>
    <message>
        <source>Find the standard threshold that keeps this share of the requests in the light class</source>
        <translation>Den Standard-Schwellwert finden, der diesen Anteil der Anfragen in der Light-Klasse hält</translation>
    </message>
    <message>
        <source>Set the policy&apos;s thresholds to the calibrated ones (undo with Ctrl+Z)</source>
        <translation>Die Schwellwerte der Richtlinie auf die kalibrierten setzen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Tick a heavy or a light share target to calibrate for.</source>
        <translation>Wählen Sie einen Heavy- oder Light-Zielanteil zum Kalibrieren.</translation>
    </message>
    <message>
        <source>Calibrating %1 request(s)…</source>
        <translation>Kalibriere %1 Anfrage(n)…</translation>
    </message>
    <message>
        <source>Calibration cancelled.</source>
        <translation>Kalibrierung abgebrochen.</translation>
    </message>
    <message>
        <source>heavy threshold %1 sends %2 of %3 requests to heavy (target %4)</source>
        <translation>Heavy-Schwellwert %1 schickt %2 von %3 Anfragen zu heavy (Ziel %4)</translation>
    </message>
    <message>
        <source>standard threshold %1 keeps %2 light (target %3)</source>
        <translation>Standard-Schwellwert %1 hält %2 light (Ziel %3)</translation>
    </message>
    <message>
        <source>Calibrated: %1. Apply sets standard %2, heavy %3.</source>
        <translation>Kalibriert: %1. Anwenden setzt Standard %2, Heavy %3.</translation>
    </message>
</context>
<context>
    <name>CallImport</name>
    <message>
        <source>The file is one JSON array; import wants one JSON object per line (convert it with: jq -c &apos;.[]&apos; FILE &gt; calls.jsonl).</source>
        <translation>Die Datei ist ein JSON-Array; der Import erwartet ein JSON-Objekt pro Zeile (umwandeln mit: jq -c &apos;.[]&apos; FILE &gt; calls.jsonl).</translation>
    </message>
    <message>
        <source>A TierBench call file has one JSON object per line; this looks like CSV. Use --format litellm for LiteLLM spend logs.</source>
        <translation>Eine TierBench-Aufrufdatei hat ein JSON-Objekt pro Zeile; dies sieht nach CSV aus. Verwenden Sie --format litellm für LiteLLM-Spend-Logs.</translation>
    </message>
    <message>
        <source>Cannot tell the file&apos;s format: pass --format tierbench or --format litellm.</source>
        <translation>Das Dateiformat ist nicht erkennbar: geben Sie --format tierbench oder --format litellm an.</translation>
    </message>
    <message>
        <source>not JSON: %1 at column %2</source>
        <translation>kein JSON: %1 in Spalte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Line %1: the CSV header has no request_id and startTime columns (LiteLLM_SpendLogs column names are expected).</source>
        <translation>Zeile %1: Der CSV-Kopf hat keine Spalten request_id und startTime (erwartet werden die Spaltennamen von LiteLLM_SpendLogs).</translation>
    </message>
    <message>
        <source>bad CSV: %1</source>
        <translation>fehlerhaftes CSV: %1</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 Felder, der Kopf hat %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number &gt;= 0, not %2.</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl &gt;= 0 sein, nicht %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number of milliseconds &gt;= 0.</source>
        <translation>&apos;%1&apos; muss eine Anzahl Millisekunden &gt;= 0 sein.</translation>
    </message>
    <message>
        <source>&apos;id&apos; is missing (a unique string per call).</source>
        <translation>&apos;id&apos; fehlt (ein eindeutiger String pro Aufruf).</translation>
    </message>
    <message>
        <source>&apos;time&apos; is missing (ISO 8601 UTC, e.g. 2026-11-30T12:00:00Z).</source>
        <translation>&apos;time&apos; fehlt (ISO 8601 UTC, z. B. 2026-11-30T12:00:00Z).</translation>
    </message>
    <message>
        <source>&apos;time&apos; is not an ISO 8601 time: &quot;%1&quot;.</source>
        <translation>&apos;time&apos; ist keine ISO-8601-Zeit: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&apos;provider&apos; and &apos;model&apos; are required.</source>
        <translation>&apos;provider&apos; und &apos;model&apos; sind Pflicht.</translation>
    </message>
    <message>
        <source>&apos;cost&apos; must be a decimal string in USD such as &quot;0.0123&quot;.</source>
        <translation>&apos;cost&apos; muss ein Dezimal-String in USD sein, etwa &quot;0.0123&quot;.</translation>
    </message>
    <message>
        <source>&apos;request_id&apos; is missing.</source>
        <translation>&apos;request_id&apos; fehlt.</translation>
    </message>
    <message>
        <source>&apos;startTime&apos; is missing or not a time: &quot;%1&quot;.</source>
        <translation>&apos;startTime&apos; fehlt oder ist keine Zeit: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&apos;endTime&apos; is not a time: &quot;%1&quot;.</source>
        <translation>&apos;endTime&apos; ist keine Zeit: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&apos;endTime&apos; is before &apos;startTime&apos;.</source>
        <translation>&apos;endTime&apos; liegt vor &apos;startTime&apos;.</translation>
    </message>
    <message>
        <source>&apos;model&apos; and &apos;model_group&apos; are both empty.</source>
        <translation>&apos;model&apos; und &apos;model_group&apos; sind beide leer.</translation>
    </message>
    <message>
        <source>&apos;spend&apos; must be a number of USD &gt;= 0.</source>
        <translation>&apos;spend&apos; muss ein Betrag in USD &gt;= 0 sein.</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>CallImportDialog</name>
    <message>
        <source>Import calls</source>
        <translation>Aufrufe importieren</translation>
    </message>
    <message>
        <source>Call logs (*.jsonl *.json *.ndjson *.csv);;TierBench call JSONL (*.jsonl *.ndjson *.json);;LiteLLM spend logs (*.csv *.jsonl *.json);;All files (*)</source>
        <translation>Aufruf-Logs (*.jsonl *.json *.ndjson *.csv);;TierBench-Aufruf-JSONL (*.jsonl *.ndjson *.json);;LiteLLM-Spend-Logs (*.csv *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Import calls…</source>
        <translation>Aufrufe &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a TierBench call JSONL file or LiteLLM spend logs into the workspace store.</source>
        <translation>Eine TierBench-Aufruf-JSONL-Datei oder LiteLLM-Spend-Logs in den Speicher des Arbeitsbereichs importieren.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importiere %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 bad lines</source>
        <translation>%1 importiert, %2 Duplikate, %3 fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Import cancelled; the calls read before are stored.</source>
        <translation>Import abgebrochen; die zuvor gelesenen Aufrufe sind gespeichert.</translation>
    </message>
    <message>
        <source>%1 calls imported, %2 duplicates skipped, %3 bad lines left out (of %4 rows, format %5).</source>
        <translation>%1 Aufrufe importiert, %2 Duplikate übersprungen, %3 fehlerhafte Zeilen ausgelassen (von %4 Zeilen, Format %5).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more bad lines (tierctl calls import lists them all).</source>
        <translation>… und %1 weitere fehlerhafte Zeilen (tierctl calls import listet alle).</translation>
    </message>
</context>
<context>
    <name>CallRollups</name>
    <message>
        <source>Cannot update the dashboard rollups (lock): %1</source>
        <translation>Die Dashboard-Zusammenfassungen können nicht aktualisiert werden (Sperre): %1</translation>
    </message>
    <message>
        <source>Cannot update the dashboard rollups (%1 %2): %3</source>
        <translation>Die Dashboard-Zusammenfassungen können nicht aktualisiert werden (%1 %2): %3</translation>
    </message>
</context>
<context>
    <name>CapabilityChips</name>
    <message>
        <source>add capability…</source>
        <translation>Fähigkeit hinzufügen…</translation>
    </message>
    <message>
        <source>Add a capability</source>
        <translation>Eine Fähigkeit hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1: criticality %2</source>
        <translation>%1: Kritikalität %2</translation>
    </message>
    <message>
        <source>%1: not in the policy, counts as neutral (0.3)</source>
        <translation>%1: nicht in der Richtlinie, zählt als neutral (0.3)</translation>
    </message>
</context>
<context>
    <name>CellGridModel</name>
    <message>
        <source>no results yet</source>
        <translation>noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>%1
p50 %2 · p95 %3
%4 · pass %5% (%6/%7)</source>
        <translation>%1
p50 %2 · p95 %3
%4 · bestanden %5 % (%6/%7)</translation>
    </message>
    <message>
        <source>%1: provider %2, model %3, tier %4</source>
        <translation>%1: Anbieter %2, Modell %3, Stufe %4</translation>
    </message>
    <message>
        <source>Latency is total time per cell (nearest-rank p50 and p95 of finished cells).</source>
        <translation>Die Latenz ist die Gesamtzeit pro Zelle (p50 und p95 nach dem Nearest-Rank-Verfahren über die fertigen Zellen).</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 passed every assertion.</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen, %3 bestanden jede Zusicherung.</translation>
    </message>
    <message>
        <source>%1 cell(s) have an unknown cost and are not in the total.</source>
        <translation>%1 Zelle(n) haben unbekannte Kosten und sind nicht in der Summe.</translation>
    </message>
    <message>
        <source>%1 rate-limited retries were absorbed (not failures).</source>
        <translation>%1 Wiederholungen wegen Ratenbegrenzung wurden abgefangen (keine Fehler).</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>[not stored] %1</source>
        <translation>[nicht gespeichert] %1</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source>routed: %1</source>
        <translation>geroutet: %1</translation>
    </message>
    <message>
        <source>Not stored: the write to the run database failed (a resume runs it again).</source>
        <translation>Nicht gespeichert: Das Schreiben in die Lauf-Datenbank ist fehlgeschlagen (ein Fortsetzen führt es erneut aus).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CellStore</name>
    <message>
        <source>Run %1 already exists.</source>
        <translation>Lauf %1 existiert bereits.</translation>
    </message>
    <message>
        <source>No run %1.</source>
        <translation>Kein Lauf %1.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: check that the folder exists and is writable.</source>
        <translation>%1 kann nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use a file name ending in .png, .pdf or .csv.</source>
        <translation>Unbekanntes Exportformat &quot;%1&quot;: Verwenden Sie einen Dateinamen mit .png, .pdf oder .csv.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Daten als CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>CleartextGuard</name>
    <message>
        <source>Send the key unencrypted?</source>
        <translation>Schlüssel unverschlüsselt senden?</translation>
    </message>
    <message>
        <source>%1 is a plain http:// endpoint on another machine. The API key and the prompts would cross the network unencrypted, readable by anyone on the path.

Send them anyway? (Use https:// to avoid this question.)</source>
        <translation>%1 ist ein unverschlüsselter http://-Endpunkt auf einem anderen Rechner. API-Schlüssel und Prompts gingen unverschlüsselt über das Netz, lesbar für jeden auf dem Weg.

Trotzdem senden? (Mit https:// entfällt diese Frage.)</translation>
    </message>
</context>
<context>
    <name>CompareConfig</name>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>the YAML does not parse: its last valid version is used</source>
        <translation>das YAML lässt sich nicht lesen: die letzte gültige Fassung wird verwendet</translation>
    </message>
    <message>
        <source>unsaved edits are used</source>
        <translation>ungespeicherte Änderungen werden verwendet</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated: no API key</source>
        <translation>simuliert: kein API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>CompareFormat</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Tok/s</translation>
    </message>
    <message>
        <source>Cost unknown: the provider did not report token counts.</source>
        <translation>Kosten unbekannt: Der Anbieter hat keine Token-Zahlen gemeldet.</translation>
    </message>
    <message>
        <source>%1 (reported by the executor; the target&apos;s prices are unknown)</source>
        <translation>%1 (vom Ausführer gemeldet; die Preise des Ziels sind unbekannt)</translation>
    </message>
    <message>
        <source>Cost unknown: set cost per million input and output tokens on this tier.</source>
        <translation>Kosten unbekannt: Setzen Sie die Kosten pro Million Eingabe- und Ausgabe-Token für diese Stufe.</translation>
    </message>
    <message>
        <source>%1 in × $%2/M + %3 out × $%4/M = %5</source>
        <translation>%1 ein × $%2/M + %3 aus × $%4/M = %5</translation>
    </message>
    <message>
        <source>TTFT %1, total %2</source>
        <translation>TTFT %1, gesamt %2</translation>
    </message>
    <message>
        <source>Check the API key for this provider in Settings ▸ Keys.</source>
        <translation>Prüfen Sie den API-Schlüssel dieses Anbieters unter Einstellungen ▸ Schlüssel.</translation>
    </message>
    <message>
        <source>Rate limited: lower the concurrency or wait; the cell is retried.</source>
        <translation>Ratenbegrenzt: Senken Sie die Parallelität oder warten Sie; die Zelle wird wiederholt.</translation>
    </message>
    <message>
        <source>The prompt is too long for this model: shorten it or pick a larger model.</source>
        <translation>Der Prompt ist zu lang für dieses Modell: Kürzen Sie ihn oder wählen Sie ein größeres Modell.</translation>
    </message>
    <message>
        <source>The endpoint did not answer: check the base URL and your connection, then retry the failed cells.</source>
        <translation>Der Endpunkt hat nicht geantwortet: Prüfen Sie die Basis-URL und Ihre Verbindung und wiederholen Sie dann die fehlgeschlagenen Zellen.</translation>
    </message>
    <message>
        <source>The provider had a problem: retry the failed cells later.</source>
        <translation>Der Anbieter hatte ein Problem: Wiederholen Sie die fehlgeschlagenen Zellen später.</translation>
    </message>
    <message>
        <source>The account&apos;s spending limit is reached: raise it with the provider.</source>
        <translation>Das Ausgabenlimit des Kontos ist erreicht: Erhöhen Sie es beim Anbieter.</translation>
    </message>
    <message>
        <source>Cancelled before it finished.</source>
        <translation>Vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>The router could not pick a tier: check the config&apos;s tiers.</source>
        <translation>Der Router konnte keine Stufe wählen: Prüfen Sie die Stufen der Konfiguration.</translation>
    </message>
    <message>
        <source>The provider refused the request: check the model name and parameters.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt: Prüfen Sie Modellname und Parameter.</translation>
    </message>
    <message>
        <source>Retry the failed cells; if it persists, check the provider&apos;s status.</source>
        <translation>Wiederholen Sie die fehlgeschlagenen Zellen; bleibt es dabei, prüfen Sie den Status des Anbieters.</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3 → %4</source>
        <translation>%1 · Score %2 · %3 → %4</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Blind vote</source>
        <translation>Blindvergleich</translation>
    </message>
    <message>
        <source>Runs are kept in memory only and are lost when TierBench closes: %1</source>
        <translation>Läufe werden nur im Speicher gehalten und gehen beim Schließen von TierBench verloren: %1</translation>
    </message>
    <message>
        <source>&amp;Config</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>The config whose tiers are ticked by default and that the router routes over. It follows the tab open in Configs.</source>
        <translation>Die Konfiguration, deren Stufen standardmäßig angehakt sind und über die der Router routet. Sie folgt dem in Konfigurationen geöffneten Tab.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the comparison (Ctrl+Enter)</source>
        <translation>Vergleich ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Abort every request in flight</source>
        <translation>Alle laufenden Anfragen abbrechen</translation>
    </message>
    <message>
        <source>Export Cells…</source>
        <translation>Zellen exportieren…</translation>
    </message>
    <message>
        <source>CSV or JSONL (one row per cell, every field), or a Markdown summary</source>
        <translation>CSV oder JSONL (eine Zeile pro Zelle, alle Felder) oder eine Markdown-Zusammenfassung</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Rows with failures</source>
        <translation>Zeilen mit Fehlschlägen</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Zeilen mit Fehlern</translation>
    </message>
    <message>
        <source>Rows whose answers differ</source>
        <translation>Zeilen mit unterschiedlichen Antworten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>case %1 of %2 (%3)</source>
        <translation>Fall %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>, repeat %1</source>
        <translation>, Wiederholung %1</translation>
    </message>
    <message>
        <source>Registry models</source>
        <translation>Registry-Modelle</translation>
    </message>
    <message>
        <source>Models your providers list, at the registry&apos;s prices</source>
        <translation>Modelle, die Ihre Anbieter auflisten, zu den Preisen der Registry</translation>
    </message>
    <message>
        <source>No tier config in the workspace</source>
        <translation>Keine Stufenkonfiguration im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Config %1 (%2)</source>
        <translation>Konfiguration %1 (%2)</translation>
    </message>
    <message>
        <source>Tick targets and press Run (Ctrl+Enter)</source>
        <translation>Ziele anhaken und Ausführen drücken (Strg+Eingabe)</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is in progress: cancel it or wait for it to finish.</source>
        <translation>Ein Lauf ist im Gange: Brechen Sie ihn ab oder warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Tick at least one target on the left (two or more to compare).</source>
        <translation>Haken Sie links mindestens ein Ziel an (zwei oder mehr zum Vergleichen).</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Schreiben Sie zuerst einen Prompt.</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>router over %1 (%2)</source>
        <translation>Router über %1 (%2)</translation>
    </message>
    <message>
        <source>config %1 (%2)</source>
        <translation>Konfiguration %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Running %1: %n cell(s).</source>
        <translation>
            <numerusform>%1 läuft: %n Zelle.</numerusform>
            <numerusform>%1 läuft: %n Zellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <translation>Konnte nicht wiederholen: %1</translation>
    </message>
    <message>
        <source>Retrying the failed cells of %1.</source>
        <translation>Die fehlgeschlagenen Zellen von %1 werden wiederholt.</translation>
    </message>
    <message>
        <source>Only a cancelled run has cells left to run.</source>
        <translation>Nur ein abgebrochener Lauf hat noch offene Zellen.</translation>
    </message>
    <message>
        <source>Could not run the remaining cells: %1</source>
        <translation>Die restlichen Zellen konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Running the %n remaining cell(s) of %1.</source>
        <translation>
            <numerusform>Die %n verbleibende Zelle von %1 läuft.</numerusform>
            <numerusform>Die %n verbleibenden Zellen von %1 laufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused %1 at %2 of %3 cells: the cells in flight finish, no new ones start. Resume to go on.</source>
        <translation>%1 pausiert bei %2 von %3 Zellen: Laufende Zellen werden fertig, neue starten nicht. Fortsetzen, um weiterzumachen.</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 again: %n cell(s) left.</source>
        <translation>
            <numerusform>%1 läuft erneut: %n Zelle übrig.</numerusform>
            <numerusform>%1 läuft erneut: %n Zellen übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open run %1: %2</source>
        <translation>Lauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%1 (stored, %2) · %n target(s)</source>
        <translation>
            <numerusform>%1 (gespeichert, %2) · %n Ziel</numerusform>
            <numerusform>%1 (gespeichert, %2) · %n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1 (%2, %3 stored cells).</source>
        <translation>%1 geöffnet (%2, %3 gespeicherte Zellen).</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 cells done, %5 failed, %6 with failed assertions.</source>
        <translation>%1 %2: %3 von %4 Zellen fertig, %5 fehlgeschlagen, %6 mit fehlgeschlagenen Zusicherungen.</translation>
    </message>
    <message>
        <source>Choose a file ending in .csv, .jsonl or .md.</source>
        <translation>Wählen Sie eine Datei mit der Endung .csv, .jsonl oder .md.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export cells</source>
        <translation>Zellen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON lines (*.jsonl);;Markdown summary (*.md)</source>
        <translation>CSV (*.csv);;JSON-Zeilen (*.jsonl);;Markdown-Zusammenfassung (*.md)</translation>
    </message>
    <message>
        <source>Exported %1 cells to %2.</source>
        <translation>%1 Zellen nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>ConfigCodec</name>
    <message>
        <source>%1 holds no ModelTierConfig.</source>
        <translation>%1 enthält keine ModelTierConfig.</translation>
    </message>
    <message>
        <source>%1 holds no ModelTierConfig named &apos;%2&apos;.</source>
        <translation>%1 enthält keine ModelTierConfig namens &apos;%2&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); run &apos;tierctl validate %1&apos; to see them.</source>
        <translation>
            <numerusform>%1 hat %n Fehler; führen Sie &apos;tierctl validate %1&apos; aus, um ihn zu sehen.</numerusform>
            <numerusform>%1 hat %n Fehler; führen Sie &apos;tierctl validate %1&apos; aus, um sie zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigValidator</name>
    <message>
        <source>Checked against the %1 CRD: %2.</source>
        <translation>Gegen das %1-CRD geprüft: %2.</translation>
    </message>
    <message>
        <source>The document is empty. Add a ModelTierConfig or ModelAPI, or remove the empty `---` section.</source>
        <translation>Das Dokument ist leer. Fügen Sie eine ModelTierConfig oder ModelAPI hinzu oder entfernen Sie den leeren `---`-Abschnitt.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Das Dokument ist leer.</translation>
    </message>
    <message>
        <source>The document is %1, not a mapping. A config starts with `apiVersion:`, `kind:`, `metadata:` and `spec:`.</source>
        <translation>Das Dokument ist %1, keine Zuordnung. Eine Konfiguration beginnt mit `apiVersion:`, `kind:`, `metadata:` und `spec:`.</translation>
    </message>
    <message>
        <source>The document has no apiVersion. Add `apiVersion: %1`.</source>
        <translation>Das Dokument hat keine apiVersion. Fügen Sie `apiVersion: %1` hinzu.</translation>
    </message>
    <message>
        <source>The document has no kind. Add `kind: ModelTierConfig` or `kind: ModelAPI`.</source>
        <translation>Das Dokument hat kein kind. Fügen Sie `kind: ModelTierConfig` oder `kind: ModelAPI` hinzu.</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not supported for kind %2; use `apiVersion: %3`.</source>
        <translation>apiVersion &quot;%1&quot; wird für kind %2 nicht unterstützt; verwenden Sie `apiVersion: %3`.</translation>
    </message>
    <message>
        <source>%1 documents are not checked by TierBench.</source>
        <translation>%1-Dokumente werden von TierBench nicht geprüft.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. TierBench reads `kind: ModelTierConfig` (%2), `kind: ModelAPI` (%3) and `kind: RouterPolicy`; check the spelling.</source>
        <translation>Unbekanntes kind &quot;%1&quot;. TierBench liest `kind: ModelTierConfig` (%2), `kind: ModelAPI` (%3) und `kind: RouterPolicy`; prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>The document could not be read: %1.</source>
        <translation>Das Dokument konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The file is %1 MB; configs larger than %2 MB are not read. Split it into several files.</source>
        <translation>Die Datei hat %1 MB; Konfigurationen über %2 MB werden nicht gelesen. Teilen Sie sie auf mehrere Dateien auf.</translation>
    </message>
    <message>
        <source>Only a ModelAPI document is edited here.</source>
        <translation>Hier wird nur ein ModelAPI-Dokument bearbeitet.</translation>
    </message>
    <message>
        <source>Fix the YAML first: the document does not parse.</source>
        <translation>Beheben Sie zuerst das YAML: Das Dokument lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>spec is not a mapping; fix it in the YAML view.</source>
        <translation>spec ist keine Zuordnung; beheben Sie das in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>The edit could not be applied: %1.</source>
        <translation>Die Änderung konnte nicht angewendet werden: %1.</translation>
    </message>
    <message>
        <source>spec.%1 is not a mapping; fix it in the YAML view.</source>
        <translation>spec.%1 ist keine Zuordnung; beheben Sie das in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>Only a ModelAPI document can be migrated.</source>
        <translation>Nur ein ModelAPI-Dokument kann migriert werden.</translation>
    </message>
    <message>
        <source>The document must parse, with a `spec:` mapping, before it can be migrated.</source>
        <translation>Das Dokument muss sich lesen lassen und eine `spec:`-Zuordnung haben, bevor es migriert werden kann.</translation>
    </message>
    <message>
        <source>The document has both serverConfig and hostedConfig; remove one first.</source>
        <translation>Das Dokument hat sowohl serverConfig als auch hostedConfig; entfernen Sie zuerst eines davon.</translation>
    </message>
    <message>
        <source>spec.serverConfig → spec.hostedConfig</source>
        <translation>spec.serverConfig → spec.hostedConfig</translation>
    </message>
    <message>
        <source>proxyConfig.configYaml → proxyConfig.configYaml.fromString</source>
        <translation>proxyConfig.configYaml → proxyConfig.configYaml.fromString</translation>
    </message>
    <message>
        <source>serverConfig.resources → podSpec.containers[model-api].resources</source>
        <translation>serverConfig.resources → podSpec.containers[model-api].resources</translation>
    </message>
    <message>
        <source>The document already has the 2026-01 shape.</source>
        <translation>Das Dokument hat bereits die Form von 2026-01.</translation>
    </message>
    <message>
        <source>The document could not be migrated: %1.</source>
        <translation>Das Dokument konnte nicht migriert werden: %1.</translation>
    </message>
    <message>
        <source>The nested LiteLLM config is not usable: %1</source>
        <translation>Die eingebettete LiteLLM-Konfiguration ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The nested LiteLLM config must be a mapping with a `model_list:`, not %1.</source>
        <translation>Die eingebettete LiteLLM-Konfiguration muss eine Zuordnung mit `model_list:` sein, nicht %1.</translation>
    </message>
    <message>
        <source>The nested LiteLLM config needs `model_list:` as a list of `- model_name: ...` entries.</source>
        <translation>Die eingebettete LiteLLM-Konfiguration braucht `model_list:` als Liste von `- model_name: ...`-Einträgen.</translation>
    </message>
    <message>
        <source>Each model_list entry needs `model_name:` and `litellm_params:` with a `model:`.</source>
        <translation>Jeder model_list-Eintrag braucht `model_name:` und `litellm_params:` mit einem `model:`.</translation>
    </message>
    <message>
        <source>%1 must be a mapping, not %2.</source>
        <translation>%1 muss eine Zuordnung sein, nicht %2.</translation>
    </message>
    <message>
        <source>apiBase &quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>apiBase &quot;%1&quot; ist keine http://- oder https://-URL mit Host.</translation>
    </message>
    <message>
        <source>A Proxy ModelAPI needs at least one of proxyConfig.apiBase, proxyConfig.model or proxyConfig.configYaml.</source>
        <translation>Ein Proxy-ModelAPI braucht mindestens eines von proxyConfig.apiBase, proxyConfig.model oder proxyConfig.configYaml.</translation>
    </message>
    <message>
        <source>%1 must be a mapping with `model:`, not %2.</source>
        <translation>%1 muss eine Zuordnung mit `model:` sein, nicht %2.</translation>
    </message>
    <message>
        <source>The ModelAPI has no `spec:`. Add `spec:` with `mode: Proxy` or `mode: Hosted`.</source>
        <translation>Das ModelAPI hat kein `spec:`. Fügen Sie `spec:` mit `mode: Proxy` oder `mode: Hosted` hinzu.</translation>
    </message>
    <message>
        <source>spec must be a mapping, not %1.</source>
        <translation>spec muss eine Zuordnung sein, nicht %1.</translation>
    </message>
    <message>
        <source>spec has no `mode:`. Add `mode: Proxy` or `mode: Hosted`.</source>
        <translation>spec hat kein `mode:`. Fügen Sie `mode: Proxy` oder `mode: Hosted` hinzu.</translation>
    </message>
    <message>
        <source>mode &quot;%1&quot; is not Proxy or Hosted.</source>
        <translation>mode &quot;%1&quot; ist weder Proxy noch Hosted.</translation>
    </message>
    <message>
        <source>A Proxy ModelAPI needs `proxyConfig:` with apiBase, model or configYaml.</source>
        <translation>Ein Proxy-ModelAPI braucht `proxyConfig:` mit apiBase, model oder configYaml.</translation>
    </message>
    <message>
        <source>A Hosted ModelAPI needs %1.model, the model to serve (e.g. &quot;smollm2:135m&quot;).</source>
        <translation>Ein Hosted-ModelAPI braucht %1.model, das bereitzustellende Modell (z. B. &quot;smollm2:135m&quot;).</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2. Quote it if it is meant as text.</source>
        <translation>%1 muss ein String sein, nicht %2. Setzen Sie es in Anführungszeichen, wenn es Text sein soll.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; it is kept when saving but the operator ignores it. Known fields here: %2.</source>
        <translation>Unbekanntes Feld &quot;%1&quot;; es bleibt beim Speichern erhalten, aber der Operator ignoriert es. Bekannte Felder hier: %2.</translation>
    </message>
    <message>
        <source>%1 must be a mapping with `type:` (and `secretRef:` for apiKey), not %2.</source>
        <translation>%1 muss eine Zuordnung mit `type:` (und `secretRef:` für apiKey) sein, nicht %2.</translation>
    </message>
    <message>
        <source>Auth type &quot;%1&quot; is not one of %2.</source>
        <translation>Auth-Typ &quot;%1&quot; ist keiner von %2.</translation>
    </message>
    <message>
        <source>%1 has no `type:`. Add one of %2.</source>
        <translation>%1 hat kein `type:`. Fügen Sie einen von %2 hinzu.</translation>
    </message>
    <message>
        <source>apiKey auth without `secretRef:`: the operator will not find a key. Name the Secret that holds it, e.g. `secretRef: llm-api-key`.</source>
        <translation>apiKey-Auth ohne `secretRef:`: Der Operator findet keinen Schlüssel. Nennen Sie das Secret, das ihn enthält, z. B. `secretRef: llm-api-key`.</translation>
    </message>
    <message>
        <source>it is a quoted string; write the number without quotes</source>
        <translation>es ist ein String in Anführungszeichen; schreiben Sie die Zahl ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>it must be between 1 and %1</source>
        <translation>es muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>es ist %1</translation>
    </message>
    <message>
        <source>maxTokens must be a positive whole number such as 4096: %1.</source>
        <translation>maxTokens muss eine positive ganze Zahl wie 4096 sein: %1.</translation>
    </message>
    <message>
        <source>%1 is a YAML number; the CRD wants a decimal string. Quote it: %2: &quot;%3&quot;.</source>
        <translation>%1 ist eine YAML-Zahl; das CRD erwartet einen Dezimal-String. Setzen Sie ihn in Anführungszeichen: %2: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a decimal string such as &quot;0.80&quot;, not %2.</source>
        <translation>%1 muss ein Dezimal-String wie &quot;0.80&quot; sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is more than %3 USD per million tokens, which no model costs; check the number (it is USD per million tokens, not per token).</source>
        <translation>%1 &quot;%2&quot; liegt über %3 USD pro Million Token, was kein Modell kostet; prüfen Sie die Zahl (es sind USD pro Million Token, nicht pro Token).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a non-negative decimal in USD per million tokens; write it like &quot;0.80&quot; or &quot;0&quot; (no sign, unit, exponent or more than 12 decimals).</source>
        <translation>%1 &quot;%2&quot; ist keine nicht-negative Dezimalzahl in USD pro Million Token; schreiben Sie sie wie &quot;0.80&quot; oder &quot;0&quot; (ohne Vorzeichen, Einheit, Exponent oder mehr als 12 Nachkommastellen).</translation>
    </message>
    <message>
        <source>Tier &quot;%1&quot; is not one of %2; tier names are lower-case: write &quot;%3&quot;.</source>
        <translation>Stufe &quot;%1&quot; ist keine von %2; Stufennamen sind kleingeschrieben: schreiben Sie &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Tier &quot;%1&quot; is not one of %2.</source>
        <translation>Stufe &quot;%1&quot; ist keine von %2.</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is not an http:// or https:// URL with a host, e.g. http://localhost:11434/v1.</source>
        <translation>endpoint &quot;%1&quot; ist keine http://- oder https://-URL mit Host, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is plain http:// to another machine: keys and prompts cross the network unencrypted. Use https://, or a loopback address for a local server.</source>
        <translation>endpoint &quot;%1&quot; ist unverschlüsseltes http:// zu einem anderen Rechner: Schlüssel und Prompts gehen unverschlüsselt über das Netz. Verwenden Sie https:// oder eine Loopback-Adresse für einen lokalen Server.</translation>
    </message>
    <message>
        <source>%1 has no `%2:`. Add one, e.g. `%2: %3`.</source>
        <translation>%1 hat kein `%2:`. Fügen Sie eines hinzu, z. B. `%2: %3`.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has no built-in endpoint. Set `endpoint:` (e.g. http://localhost:11434/v1 for Ollama) unless the operator&apos;s environment provides it.</source>
        <translation>Anbieter &quot;%1&quot; hat keinen eingebauten Endpunkt. Setzen Sie `endpoint:` (z. B. http://localhost:11434/v1 für Ollama), sofern die Umgebung des Operators ihn nicht liefert.</translation>
    </message>
    <message>
        <source>spec.tiers must be a list of `- tier: ...` entries, not %1.</source>
        <translation>spec.tiers muss eine Liste von `- tier: ...`-Einträgen sein, nicht %1.</translation>
    </message>
    <message>
        <source>spec.tiers is empty. Add at least one tier (fast, standard or reasoning).</source>
        <translation>spec.tiers ist leer. Fügen Sie mindestens eine Stufe hinzu (fast, standard oder reasoning).</translation>
    </message>
    <message>
        <source>%1 must be a mapping with tier, provider and model, not %2.</source>
        <translation>%1 muss eine Zuordnung mit tier, provider und model sein, nicht %2.</translation>
    </message>
    <message>
        <source>Tier &quot;%1&quot; is already defined on line %2; each tier may appear once.</source>
        <translation>Stufe &quot;%1&quot; ist bereits in Zeile %2 definiert; jede Stufe darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>spec must be a mapping with `tiers:`, not %1.</source>
        <translation>spec muss eine Zuordnung mit `tiers:` sein, nicht %1.</translation>
    </message>
    <message>
        <source>spec has no `tiers:`. Add a list with at least one `- tier: ...` entry.</source>
        <translation>spec hat kein `tiers:`. Fügen Sie eine Liste mit mindestens einem `- tier: ...`-Eintrag hinzu.</translation>
    </message>
    <message>
        <source>The ModelTierConfig has no `spec:`. Add `spec:` with a `tiers:` list.</source>
        <translation>Die ModelTierConfig hat kein `spec:`. Fügen Sie `spec:` mit einer `tiers:`-Liste hinzu.</translation>
    </message>
    <message>
        <source>The alias *%1 refers to a node that contains it, which would never end when expanded. Remove the alias or point it at another anchor.</source>
        <translation>Der Alias *%1 verweist auf einen Knoten, der ihn enthält; seine Auflösung würde nie enden. Entfernen Sie den Alias oder verweisen Sie auf einen anderen Anker.</translation>
    </message>
    <message>
        <source>Expanding the alias *%1 here takes the document past %2 nodes (nested aliases multiply: an &quot;alias bomb&quot;). Use fewer levels of aliases, or write the values out.</source>
        <translation>Das Auflösen des Alias *%1 bringt das Dokument hier über %2 Knoten (verschachtelte Aliase multiplizieren sich: eine „Alias-Bombe&quot;). Verwenden Sie weniger Alias-Ebenen oder schreiben Sie die Werte aus.</translation>
    </message>
    <message>
        <source>YAML syntax error: the double-quoted string that starts here is never closed. Add the closing &quot;.</source>
        <translation>YAML-Syntaxfehler: Der hier beginnende String in doppelten Anführungszeichen wird nie geschlossen. Fügen Sie das schließende &quot; hinzu.</translation>
    </message>
    <message>
        <source>YAML syntax error: the single-quoted string that starts here is never closed. Add the closing &apos;.</source>
        <translation>YAML-Syntaxfehler: Der hier beginnende String in einfachen Anführungszeichen wird nie geschlossen. Fügen Sie das schließende &apos; hinzu.</translation>
    </message>
    <message>
        <source>The document nests mappings and lists more than %1 levels deep here. Flatten it; no config needs that many levels.</source>
        <translation>Das Dokument verschachtelt Zuordnungen und Listen hier tiefer als %1 Ebenen. Flachen Sie es ab; keine Konfiguration braucht so viele Ebenen.</translation>
    </message>
    <message>
        <source>The file contains a NUL byte here. YAML is text: remove it (was a binary file opened by mistake?).</source>
        <translation>Die Datei enthält hier ein NUL-Byte. YAML ist Text: Entfernen Sie es (wurde versehentlich eine Binärdatei geöffnet?).</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 here (byte 0x%1). Save it as UTF-8.</source>
        <translation>Die Datei ist hier kein gültiges UTF-8 (Byte 0x%1). Speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>YAML syntax error: %1.</source>
        <translation>YAML-Syntaxfehler: %1.</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in this mapping (first on line %2); tools disagree on which one wins. Remove one of them.</source>
        <translation>&quot;%1&quot; kommt in dieser Zuordnung zweimal vor (zuerst in Zeile %2); Werkzeuge sind sich uneins, welcher gewinnt. Entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>This value looks like a real API key pasted inline. Move it into a Kubernetes Secret and reference it (auth.secretRef or valueFrom.secretKeyRef); then rotate the key.</source>
        <translation>Dieser Wert sieht wie ein echter, direkt eingefügter API-Schlüssel aus. Verschieben Sie ihn in ein Kubernetes-Secret und verweisen Sie darauf (auth.secretRef oder valueFrom.secretKeyRef); tauschen Sie dann den Schlüssel aus.</translation>
    </message>
    <message>
        <source>The document has no metadata.name. Add `metadata:` with a `name:` such as &quot;default&quot;.</source>
        <translation>Das Dokument hat keinen metadata.name. Fügen Sie `metadata:` mit einem `name:` wie &quot;default&quot; hinzu.</translation>
    </message>
    <message>
        <source>metadata must be a mapping with a `name:`, not %1.</source>
        <translation>metadata muss eine Zuordnung mit `name:` sein, nicht %1.</translation>
    </message>
    <message>
        <source>metadata has no `name:`. Add one such as &quot;default&quot;.</source>
        <translation>metadata hat kein `name:`. Fügen Sie eines wie &quot;default&quot; hinzu.</translation>
    </message>
    <message>
        <source>metadata.name &quot;%1&quot; is not a valid DNS-1123 name: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit, at most 253 characters.</source>
        <translation>metadata.name &quot;%1&quot; ist kein gültiger DNS-1123-Name: Verwenden Sie Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos;, beginnend und endend mit Buchstabe oder Ziffer, höchstens 253 Zeichen.</translation>
    </message>
    <message>
        <source>it uses %1</source>
        <translation>es verwendet %1</translation>
    </message>
    <message>
        <source>it uses no field that only one version has, so the newer one applies</source>
        <translation>es verwendet kein Feld, das nur eine Version hat, daher gilt die neuere</translation>
    </message>
    <message>
        <source>; it also has %1 from the other version, which this one does not know</source>
        <translation>; es hat auch %1 aus der anderen Version, die diese nicht kennt</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a boolean (true or false)</source>
        <translation>ein Wahrheitswert (true oder false)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 has no `%2:`, which the CRD requires; the cluster refuses the document without it. Add it.</source>
        <translation>%1 hat kein `%2:`, das das CRD verlangt; der Cluster lehnt das Dokument ohne es ab. Fügen Sie es hinzu.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Das Dokument</translation>
    </message>
    <message>
        <source>%1 must be a Kubernetes quantity: a whole number or a string such as &quot;500m&quot;, &quot;2&quot; or &quot;8Gi&quot;, not %2.</source>
        <translation>%1 muss eine Kubernetes-Menge sein: eine ganze Zahl oder ein String wie &quot;500m&quot;, &quot;2&quot; oder &quot;8Gi&quot;, nicht %2.</translation>
    </message>
    <message>
        <source>%1 must be an integer or a string, not %2.</source>
        <translation>%1 muss eine ganze Zahl oder ein String sein, nicht %2.</translation>
    </message>
    <message>
        <source> Quote it: &quot;%1&quot;.</source>
        <translation> Setzen Sie es in Anführungszeichen: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source> Write it without quotes.</source>
        <translation> Schreiben Sie es ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation>%1 muss %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>ein anderer Typ</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3.</source>
        <translation>%1 &quot;%2&quot; ist keiner von %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a Kubernetes quantity; write a number with an optional unit, e.g. &quot;500m&quot;, &quot;2&quot;, &quot;1.5&quot; or &quot;8Gi&quot;.</source>
        <translation>%1 &quot;%2&quot; ist keine Kubernetes-Menge; schreiben Sie eine Zahl mit optionaler Einheit, z. B. &quot;500m&quot;, &quot;2&quot;, &quot;1.5&quot; oder &quot;8Gi&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not match the form the CRD requires (%3).</source>
        <translation>%1 &quot;%2&quot; entspricht nicht der Form, die das CRD verlangt (%3).</translation>
    </message>
    <message>
        <source>%1 is too short: %2 Add the missing entries.</source>
        <translation>%1 ist zu kurz: %2 Fügen Sie die fehlenden Einträge hinzu.</translation>
    </message>
    <message>
        <source>%1 is %2; it must be at least %3.</source>
        <translation>%1 ist %2; es muss mindestens %3 sein.</translation>
    </message>
    <message>
        <source>%1 is %2; it must be at most %3.</source>
        <translation>%1 ist %2; es darf höchstens %3 sein.</translation>
    </message>
    <message>
        <source>%1 %2 does not fit in %3 (the CRD&apos;s format). Use a smaller number.</source>
        <translation>%1 %2 passt nicht in %3 (das Format des CRD). Verwenden Sie eine kleinere Zahl.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Unknown metadata field &quot;%1&quot;; the API server drops it. Check the spelling (name, namespace, labels, annotations...).</source>
        <translation>Unbekanntes metadata-Feld &quot;%1&quot;; der API-Server verwirft es. Prüfen Sie die Schreibweise (name, namespace, labels, annotations...).</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the API server drops it (the operator never sees it). Known fields here: %2.</source>
        <translation>Unbekanntes Feld &quot;%1&quot;; der API-Server verwirft es (der Operator sieht es nie). Bekannte Felder hier: %2.</translation>
    </message>
    <message>
        <source>The document could not be checked against the %1 CRD schema: %2. Reinstall TierBench.</source>
        <translation>Das Dokument konnte nicht gegen das %1-CRD-Schema geprüft werden: %2. Installieren Sie TierBench neu.</translation>
    </message>
    <message>
        <source>The schema check stopped: %1.</source>
        <translation>Die Schemaprüfung wurde angehalten: %1.</translation>
    </message>
</context>
<context>
    <name>ConfigsMode</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workspace&lt;/b&gt; — double-click a config to open it</source>
        <translation>&lt;b&gt;Arbeitsbereich&lt;/b&gt; — Doppelklick öffnet eine Konfiguration</translation>
    </message>
    <message>
        <source>Workspace configs</source>
        <translation>Konfigurationen im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open configs</source>
        <translation>Geöffnete Konfigurationen</translation>
    </message>
    <message>
        <source>&amp;New Config</source>
        <translation>&amp;Neue Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open config</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Workspace Folder…</source>
        <translation>&amp;Arbeitsbereich-Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Export Validated &amp;CRD YAML…</source>
        <translation>&amp;CRD-YAML exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;LiteLLM config.yaml…</source>
        <translation>&amp;LiteLLM-Konfig exportieren…</translation>
    </message>
    <message>
        <source>Copy CRD YAML to Clip&amp;board</source>
        <translation>CRD-YAML in die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1: %n config(s)</source>
        <translation>
            <numerusform>Arbeitsbereich %1: %n Konfiguration</numerusform>
            <numerusform>Arbeitsbereich %1: %n Konfigurationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n problem(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Problem</numerusform>
            <numerusform>%1 geöffnet: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Save config as</source>
        <translation>Konfiguration speichern unter</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save with errors?</source>
        <translation>Mit Fehlern speichern?</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) (see Problems). Save anyway?</source>
        <translation>
            <numerusform>%1 hat %n Fehler (siehe Probleme). Trotzdem speichern?</numerusform>
            <numerusform>%1 hat %n Fehler (siehe Probleme). Trotzdem speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>validated CRD YAML</source>
        <translation>validiertes CRD-YAML</translation>
    </message>
    <message>
        <source>Export CRD YAML</source>
        <translation>CRD-YAML exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported CRD YAML to %1</source>
        <translation>CRD-YAML nach %1 exportiert</translation>
    </message>
    <message>
        <source>This file has no ModelTierConfig to export.</source>
        <translation>Diese Datei hat keine ModelTierConfig zum Exportieren.</translation>
    </message>
    <message>
        <source>a LiteLLM config.yaml</source>
        <translation>eine LiteLLM-config.yaml</translation>
    </message>
    <message>
        <source>LiteLLM export %1: %2</source>
        <translation>LiteLLM-Export %1: %2</translation>
    </message>
    <message>
        <source>Export LiteLLM config</source>
        <translation>LiteLLM-Konfiguration exportieren</translation>
    </message>
    <message>
        <source>Exported LiteLLM config to %1</source>
        <translation>LiteLLM-Konfiguration nach %1 exportiert</translation>
    </message>
    <message>
        <source>Copied the CRD YAML of %1 to the clipboard</source>
        <translation>CRD-YAML von %1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>&amp;Import LiteLLM config.yaml…</source>
        <translation>LiteLLM-config.yaml &amp;importieren…</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s), so it cannot be exported as %2. Fix them first (see Problems).</source>
        <translation>
            <numerusform>%1 hat %n Fehler und kann daher nicht als %2 exportiert werden. Beheben Sie ihn zuerst (siehe Probleme).</numerusform>
            <numerusform>%1 hat %n Fehler und kann daher nicht als %2 exportiert werden. Beheben Sie sie zuerst (siehe Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <source>First error, %1%2</source>
        <translation>Erster Fehler, %1%2</translation>
    </message>
    <message numerus="yes">
        <source>Export refused: %1 has %n error(s); first, %2%3</source>
        <translation>
            <numerusform>Export abgelehnt: %1 hat %n Fehler; zuerst %2%3</numerusform>
            <numerusform>Export abgelehnt: %1 hat %n Fehler; zuerst %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Export refused</source>
        <translation>Export abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Go to the First Error</source>
        <translation>Zum &amp;ersten Fehler</translation>
    </message>
    <message>
        <source>Cannot open the demo workspace</source>
        <translation>Der Demo-Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Import LiteLLM config</source>
        <translation>LiteLLM-Konfiguration importieren</translation>
    </message>
    <message>
        <source>LiteLLM config (*.yaml *.yml)</source>
        <translation>LiteLLM-Konfiguration (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>It holds no model_list entry to make a tier of.</source>
        <translation>Sie enthält keinen model_list-Eintrag, aus dem eine Stufe werden könnte.</translation>
    </message>
    <message>
        <source>%1 is not a LiteLLM config TierBench can read: %2</source>
        <translation>%1 ist keine LiteLLM-Konfiguration, die TierBench lesen kann: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 as a new config: %n tier(s), %2 note(s); save it to keep it.</source>
        <translation>
            <numerusform>%1 als neue Konfiguration importiert: %n Stufe, %2 Hinweis(e); speichern Sie sie, um sie zu behalten.</numerusform>
            <numerusform>%1 als neue Konfiguration importiert: %n Stufen, %2 Hinweis(e); speichern Sie sie, um sie zu behalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The key was refused: set a valid key (Set key…) or check the environment variable.</source>
        <translation>Der Schlüssel wurde abgelehnt: Setzen Sie einen gültigen Schlüssel (Schlüssel setzen…) oder prüfen Sie die Umgebungsvariable.</translation>
    </message>
    <message>
        <source>No model list at this address: check the base URL (OpenAI-compatible servers include /v1).</source>
        <translation>Keine Modellliste unter dieser Adresse: Prüfen Sie die Basis-URL (OpenAI-kompatible Server enthalten /v1).</translation>
    </message>
    <message>
        <source>Rate limited: try again in a minute.</source>
        <translation>Ratenbegrenzt: Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later.</source>
        <translation>Der Anbieter hat ein Problem: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>No answer in time: check the base URL and your network.</source>
        <translation>Keine rechtzeitige Antwort: Prüfen Sie die Basis-URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>Nothing answers there: check the base URL, or start the server.</source>
        <translation>Dort antwortet nichts: Prüfen Sie die Basis-URL oder starten Sie den Server.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not with a model list: %2</source>
        <translation>%1 hat geantwortet, aber nicht mit einer Modellliste: %2</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>The price is unknown.</source>
        <translation>Der Preis ist unbekannt.</translation>
    </message>
    <message>
        <source>The token counts are negative, or more input tokens are cached than were sent.</source>
        <translation>Die Token-Zahlen sind negativ, oder es sind mehr Eingabe-Token zwischengespeichert als gesendet wurden.</translation>
    </message>
    <message>
        <source>The cost is too large to compute exactly (past about 1.7e20 USD); check the prices and token counts.</source>
        <translation>Die Kosten sind zu groß, um sie exakt zu berechnen (über etwa 1,7e20 USD); prüfen Sie Preise und Token-Zahlen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>Some calls shown here came from the simulated provider (the demo), not a real model.</source>
        <translation>Einige der hier gezeigten Aufrufe stammen vom simulierten Anbieter (der Demo), nicht von einem echten Modell.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export as %1…</source>
        <translation>Als %1 exportieren…</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>(no tenant)</source>
        <translation>(kein Mandant)</translation>
    </message>
    <message>
        <source>%1: cost so far</source>
        <translation>%1: Kosten bisher</translation>
    </message>
    <message>
        <source>%1: tokens so far</source>
        <translation>%1: Token bisher</translation>
    </message>
    <message>
        <source>%1, %2
that day: %3, %4 tokens
month so far: %5, %6 tokens</source>
        <translation>%1, %2
an dem Tag: %3, %4 Token
Monat bisher: %5, %6 Token</translation>
    </message>
    <message>
        <source>monthly limit</source>
        <translation>Monatslimit</translation>
    </message>
    <message>
        <source>95%</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>80%</source>
        <translation>80 %</translation>
    </message>
    <message>
        <source>cost this month ($)</source>
        <translation>Kosten diesen Monat ($)</translation>
    </message>
    <message>
        <source>tokens this month</source>
        <translation>Token diesen Monat</translation>
    </message>
    <message>
        <source>%1, UTC. Limit from %2.</source>
        <translation>%1, UTC. Limit aus %2.</translation>
    </message>
    <message>
        <source>%1, UTC. No monthly limit for this tenant (%2): set spec.budgets in router-policy.yaml or TOKEN_BUDGET_MONTHLY.</source>
        <translation>%1, UTC. Kein Monatslimit für diesen Mandanten (%2): Setzen Sie spec.budgets in router-policy.yaml oder TOKEN_BUDGET_MONTHLY.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>latency: min, quartiles, median, max</source>
        <translation>Latenz: Min., Quartile, Median, Max.</translation>
    </message>
    <message>
        <source>%1 (%2 calls)
min %3
q1 %4
median %5
q3 %6
max %7</source>
        <translation>%1 (%2 Aufrufe)
Min. %3
Q1 %4
Median %5
Q3 %6
Max. %7</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Successful calls over the whole range; whiskers at the fastest and slowest call.</source>
        <translation>Erfolgreiche Aufrufe über den ganzen Zeitraum; Whisker beim schnellsten und langsamsten Aufruf.</translation>
    </message>
    <message>
        <source>the workspace config</source>
        <translation>die Konfiguration des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>cumulative cost ($)</source>
        <translation>kumulierte Kosten ($)</translation>
    </message>
    <message>
        <source>No tier of %1 has prices, so there is no all-heavy baseline: add costPerMillionInput and costPerMillionOutput to its tiers.</source>
        <translation>Keine Stufe von %1 hat Preise, daher gibt es keine All-Heavy-Basislinie: Fügen Sie ihren Stufen costPerMillionInput und costPerMillionOutput hinzu.</translation>
    </message>
    <message>
        <source>actual cost</source>
        <translation>tatsächliche Kosten</translation>
    </message>
    <message>
        <source>all-heavy baseline (%1)</source>
        <translation>All-Heavy-Basislinie (%1)</translation>
    </message>
    <message>
        <source>%1
this bucket: %2 actual, %3 all-heavy
so far: %4 actual, %5 all-heavy, saved %6</source>
        <translation>%1
dieses Intervall: %2 tatsächlich, %3 All-Heavy
bisher: %4 tatsächlich, %5 All-Heavy, gespart %6</translation>
    </message>
    <message>
        <source>Saved %1 (%2%) against pricing every call&apos;s tokens at tier &quot;%3&quot; (%4, $%5 in / $%6 out per million tokens) of config %7.</source>
        <translation>%1 (%2 %) gespart gegenüber der Abrechnung aller Token jedes Aufrufs zur Stufe &quot;%3&quot; (%4, $%5 ein / $%6 aus pro Million Token) der Konfiguration %7.</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>%1: %2 calls</source>
        <translation>%1: %2 Aufrufe</translation>
    </message>
    <message>
        <source>
%1: %2 (%3%)</source>
        <translation>
%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>error rate (% of calls)</source>
        <translation>Fehlerquote (% der Aufrufe)</translation>
    </message>
    <message>
        <source>No errors in this range.</source>
        <translation>Keine Fehler in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>cost per 1,000 successful calls</source>
        <translation>Kosten pro 1.000 erfolgreiche Aufrufe</translation>
    </message>
    <message>
        <source>%1: no successful calls</source>
        <translation>%1: keine erfolgreichen Aufrufe</translation>
    </message>
    <message>
        <source>%1: $%2 per 1,000 successful calls
%3 over %4 successful calls</source>
        <translation>%1: $%2 pro 1.000 erfolgreiche Aufrufe
%3 über %4 erfolgreiche Aufrufe</translation>
    </message>
    <message>
        <source>$ per 1,000 successful calls</source>
        <translation>$ pro 1.000 erfolgreiche Aufrufe</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 calls)</source>
        <translation>%1: %2 (%3 Aufrufe)</translation>
    </message>
    <message>
        <source>total: %1 (%2 calls, %3 with a known cost)</source>
        <translation>gesamt: %1 (%2 Aufrufe, %3 mit bekannten Kosten)</translation>
    </message>
    <message>
        <source>cost ($)</source>
        <translation>Kosten ($)</translation>
    </message>
    <message>
        <source>
%1: p50 %2, p95 %3, p99 %4</source>
        <translation>
%1: p50 %2, p95 %3, p99 %4</translation>
    </message>
    <message>
        <source>Successful calls with a known latency; each percentile is its own line (solid p50, dashed p95, dotted p99).</source>
        <translation>Erfolgreiche Aufrufe mit bekannter Latenz; jedes Perzentil ist eine eigene Linie (durchgezogen p50, gestrichelt p95, gepunktet p99).</translation>
    </message>
    <message>
        <source>
%1: TTFT p50 %2, p95 %3</source>
        <translation>
%1: TTFT p50 %2, p95 %3</translation>
    </message>
    <message>
        <source>time to first token (ms)</source>
        <translation>Zeit bis zum ersten Token (ms)</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>output speed (tokens/s)</source>
        <translation>Ausgabegeschwindigkeit (Token/s)</translation>
    </message>
    <message>
        <source>
%1: %2% (%3 of %4 calls)</source>
        <translation>
%1: %2 % (%3 von %4 Aufrufen)</translation>
    </message>
    <message>
        <source>share of calls (%)</source>
        <translation>Anteil der Aufrufe (%)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Reading the call store…</source>
        <translation>Aufrufspeicher wird gelesen…</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Config:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Kosten über die Zeit</translation>
    </message>
    <message>
        <source>per model</source>
        <translation>pro Modell</translation>
    </message>
    <message>
        <source>Stack the cost by model instead of by tier.</source>
        <translation>Kosten nach Modell statt nach Stufe stapeln.</translation>
    </message>
    <message>
        <source>Latency per tier</source>
        <translation>Latenz pro Stufe</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>logarithmisch</translation>
    </message>
    <message>
        <source>A logarithmic ms axis keeps the fast tier readable beside the heavy tier.</source>
        <translation>Eine logarithmische ms-Achse hält die schnelle Stufe neben der Heavy-Stufe lesbar.</translation>
    </message>
    <message>
        <source>Time to first token per tier</source>
        <translation>Zeit bis zum ersten Token pro Stufe</translation>
    </message>
    <message>
        <source>Output speed per tier</source>
        <translation>Ausgabegeschwindigkeit pro Stufe</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>Latenz pro Modell</translation>
    </message>
    <message>
        <source>Tier share</source>
        <translation>Stufenanteil</translation>
    </message>
    <message>
        <source>Savings against an all-heavy baseline</source>
        <translation>Ersparnis gegenüber einer All-Heavy-Basislinie</translation>
    </message>
    <message>
        <source>Error rate per tier and error class</source>
        <translation>Fehlerquote pro Stufe und Fehlerklasse</translation>
    </message>
    <message>
        <source>Cost per 1,000 successful calls</source>
        <translation>Kosten pro 1.000 erfolgreiche Aufrufe</translation>
    </message>
    <message>
        <source>Budget burn-down this month</source>
        <translation>Budgetverbrauch diesen Monat</translation>
    </message>
    <message>
        <source>No call store is open, so there is nothing to chart. Check the workspace database in Settings.</source>
        <translation>Kein Aufrufspeicher ist geöffnet, daher gibt es nichts darzustellen. Prüfen Sie die Datenbank des Arbeitsbereichs in den Einstellungen.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aktualisiere…</translation>
    </message>
    <message>
        <source>The call store could not be read: %1</source>
        <translation>Der Aufrufspeicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No calls yet&lt;/h3&gt;&lt;p&gt;The dashboard charts the calls in the workspace store. To get some:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;File ▸ Import calls…&lt;/b&gt; reads a TierBench call JSONL file or LiteLLM spend logs (JSON lines or CSV);&lt;/li&gt;&lt;li&gt;run a comparison in the &lt;b&gt;Compare&lt;/b&gt; mode, or send from the &lt;b&gt;Router&lt;/b&gt; mode: every call is recorded;&lt;/li&gt;&lt;li&gt;or start &lt;tt&gt;tierbench --demo&lt;/tt&gt; for 30 days of simulated traffic.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Noch keine Aufrufe&lt;/h3&gt;&lt;p&gt;Das Dashboard stellt die Aufrufe im Speicher des Arbeitsbereichs dar. So bekommen Sie welche:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Datei ▸ Aufrufe importieren…&lt;/b&gt; liest eine TierBench-Aufruf-JSONL-Datei oder LiteLLM-Spend-Logs (JSON-Zeilen oder CSV);&lt;/li&gt;&lt;li&gt;führen Sie einen Vergleich im Modus &lt;b&gt;Vergleichen&lt;/b&gt; aus oder senden Sie aus dem Modus &lt;b&gt;Router&lt;/b&gt;: Jeder Aufruf wird aufgezeichnet;&lt;/li&gt;&lt;li&gt;oder starten Sie &lt;tt&gt;tierbench --demo&lt;/tt&gt; für 30 Tage simulierten Verkehr.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No calls match&lt;/h3&gt;&lt;p&gt;The store holds %1 calls (%2 to %3), but none in this time range with these filters. Pick a longer range or set a filter back to All.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine passenden Aufrufe&lt;/h3&gt;&lt;p&gt;Der Speicher enthält %1 Aufrufe (%2 bis %3), aber keine in diesem Zeitraum mit diesen Filtern. Wählen Sie einen längeren Zeitraum oder setzen Sie einen Filter auf Alle zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(no tenant)</source>
        <translation>(kein Mandant)</translation>
    </message>
    <message>
        <source>no budget source</source>
        <translation>keine Budgetquelle</translation>
    </message>
</context>
<context>
    <name>DashboardQueries</name>
    <message>
        <source>Dashboard query failed: %1</source>
        <translation>Dashboard-Abfrage fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DashboardServices</name>
    <message>
        <source>the TOKEN_BUDGET_* environment (no router-policy.yaml)</source>
        <translation>die TOKEN_BUDGET_*-Umgebung (keine router-policy.yaml)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>the TOKEN_BUDGET_* environment (%1 has no budgets)</source>
        <translation>die TOKEN_BUDGET_*-Umgebung (%1 hat keine Budgets)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Statement failed (%1): %2</source>
        <translation>Anweisung fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>No database location given.</source>
        <translation>Kein Datenbankort angegeben.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database URL %1 holds a password, which shows in shell history and process lists. Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>Die Datenbank-URL %1 enthält ein Passwort, das in der Shell-Historie und in Prozesslisten sichtbar ist. Legen Sie es stattdessen in PGPASSWORD oder ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>The server refused the credentials of user &quot;%1&quot;: check the user name, and give the password in PGPASSWORD, a ~/.pgpass line, or the keychain entry postgres/%2.</source>
        <translation>Der Server hat die Anmeldedaten von Benutzer &quot;%1&quot; abgelehnt: Prüfen Sie den Benutzernamen und geben Sie das Passwort in PGPASSWORD, einer ~/.pgpass-Zeile oder dem Schlüsselbundeintrag postgres/%2 an.</translation>
    </message>
    <message>
        <source>The URL requires TLS (sslmode=%1) but the server offers none: enable ssl on the server, or, on a network you trust, use sslmode=prefer.</source>
        <translation>Die URL verlangt TLS (sslmode=%1), aber der Server bietet keines an: Aktivieren Sie SSL auf dem Server oder verwenden Sie in einem vertrauenswürdigen Netz sslmode=prefer.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified: point sslrootcert= at the CA that signed it, or check that the host name matches the certificate.</source>
        <translation>Das TLS-Zertifikat des Servers konnte nicht geprüft werden: Setzen Sie sslrootcert= auf die CA, die es signiert hat, oder prüfen Sie, ob der Hostname zum Zertifikat passt.</translation>
    </message>
    <message>
        <source>Create the database on the server (createdb), or fix the name at the end of the URL.</source>
        <translation>Legen Sie die Datenbank auf dem Server an (createdb) oder korrigieren Sie den Namen am Ende der URL.</translation>
    </message>
    <message>
        <source>Is the PostgreSQL server running and reachable at %1? Check the host and port in the URL and any firewall, then try again.</source>
        <translation>Läuft der PostgreSQL-Server und ist er unter %1 erreichbar? Prüfen Sie Host und Port in der URL sowie eine Firewall und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>unknown PostgreSQL parameter &quot;%1&quot; in the URL; use libpq&apos;s names such as sslmode, sslrootcert or application_name.</source>
        <translation>unbekannter PostgreSQL-Parameter &quot;%1&quot; in der URL; verwenden Sie die Namen von libpq wie sslmode, sslrootcert oder application_name.</translation>
    </message>
    <message>
        <source>the value of %1 contains &apos;;&apos;, which cannot be passed on.</source>
        <translation>der Wert von %1 enthält &apos;;&apos;, das nicht weitergegeben werden kann.</translation>
    </message>
</context>
<context>
    <name>DatabasePassword</name>
    <message>
        <source>the URL</source>
        <translation>die URL</translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>Schlüsselbundeintrag %1</translation>
    </message>
    <message>
        <source>~/.pgpass, or no password (keychain entry %1 not found)</source>
        <translation>~/.pgpass oder kein Passwort (Schlüsselbundeintrag %1 nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <source>Routing decision</source>
        <translation>Routing-Entscheidung</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>no signal either way: the policy&apos;s default tier</source>
        <translation>kein Signal in die eine oder andere Richtung: die Standardstufe der Richtlinie</translation>
    </message>
    <message>
        <source>light score without evidence of triviality: the default tier</source>
        <translation>Light-Score ohne Hinweis auf Trivialität: die Standardstufe</translation>
    </message>
    <message>
        <source>evidence of triviality: light</source>
        <translation>Hinweis auf Trivialität: light</translation>
    </message>
    <message>
        <source>the score and the thresholds</source>
        <translation>der Score und die Schwellwerte</translation>
    </message>
    <message>
        <source>task-type override</source>
        <translation>Aufgabentyp-Überschreibung</translation>
    </message>
    <message>
        <source>agent preference</source>
        <translation>Agent-Präferenz</translation>
    </message>
    <message>
        <source>domain depth %1</source>
        <translation>Fachtiefe %1</translation>
    </message>
    <message>
        <source>numbers and maths %1</source>
        <translation>Zahlen und Mathematik %1</translation>
    </message>
    <message>
        <source>plain words %1</source>
        <translation>einfache Wörter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n constraint(s)</source>
        <translation>
            <numerusform>%n Bedingung</numerusform>
            <numerusform>%n Bedingungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multi-hop marker(s)</source>
        <translation>
            <numerusform>%n Multi-Hop-Hinweis</numerusform>
            <numerusform>%n Multi-Hop-Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>trivial</source>
        <translation>trivial</translation>
    </message>
    <message>
        <source>no signal</source>
        <translation>kein Signal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>DemoTraffic</name>
    <message>
        <source>Cannot read the store: %1</source>
        <translation>Der Speicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The config &apos;%1&apos; has no tiers to simulate.</source>
        <translation>Die Konfiguration &apos;%1&apos; hat keine Stufen zum Simulieren.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Review changes to %1</source>
        <translation>Änderungen an %1 prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from the file on disk. Lines starting with - are removed, + are added.</source>
        <translation>
            <numerusform>%n Zeile weicht von der Datei auf der Platte ab. Zeilen mit - werden entfernt, mit + hinzugefügt.</numerusform>
            <numerusform>%n Zeilen weichen von der Datei auf der Platte ab. Zeilen mit - werden entfernt, mit + hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
</context>
<context>
    <name>DocumentationDialog</name>
    <message>
        <source>TierBench Documentation</source>
        <translation>TierBench-Dokumentation</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Bad input</source>
        <translation>Fehlerhafte Eingaben</translation>
    </message>
    <message>
        <source>The documentation is not part of this build.</source>
        <translation>Die Dokumentation ist nicht Teil dieses Builds.</translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message>
        <source>untitled.yaml</source>
        <translation>unbenannt.yaml</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>YAML bearbeiten</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Choose model %1</source>
        <translation>Modell %1 wählen</translation>
    </message>
    <message>
        <source>Change default auth</source>
        <translation>Standard-Auth ändern</translation>
    </message>
    <message>
        <source>Change tier auth</source>
        <translation>Stufen-Auth ändern</translation>
    </message>
    <message>
        <source>Rename config</source>
        <translation>Konfiguration umbenennen</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Use %1/%2 for tier %3</source>
        <translation>%1/%2 für Stufe %3 verwenden</translation>
    </message>
    <message>
        <source>Fix the YAML syntax first.</source>
        <translation>Beheben Sie zuerst die YAML-Syntax.</translation>
    </message>
    <message>
        <source>Migrate ModelAPI to 2026-01</source>
        <translation>ModelAPI nach 2026-01 migrieren</translation>
    </message>
    <message>
        <source>Migrated to the 2026-01 shape: %1. Undo restores the original.</source>
        <translation>In die Form von 2026-01 migriert: %1. Rückgängig stellt das Original wieder her.</translation>
    </message>
    <message>
        <source>Edit env</source>
        <translation>Umgebung bearbeiten</translation>
    </message>
</context>
<context>
    <name>ErrorClassifier</name>
    <message>
        <source>Check the API key (env var or keychain entry) and its permissions.</source>
        <translation>Prüfen Sie den API-Schlüssel (Umgebungsvariable oder Schlüsselbundeintrag) und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Wait and retry, or lower the request rate.</source>
        <translation>Warten und wiederholen oder die Anfragerate senken.</translation>
    </message>
    <message>
        <source>Check the account&apos;s quota, credits or spend limit.</source>
        <translation>Prüfen Sie Kontingent, Guthaben oder Ausgabenlimit des Kontos.</translation>
    </message>
    <message>
        <source>The provider is overloaded; retry later.</source>
        <translation>Der Anbieter ist überlastet; später erneut versuchen.</translation>
    </message>
    <message>
        <source>Shorten the prompt or lower max tokens.</source>
        <translation>Kürzen Sie den Prompt oder senken Sie max tokens.</translation>
    </message>
    <message>
        <source>Check the model name and the request parameters.</source>
        <translation>Prüfen Sie den Modellnamen und die Anfrageparameter.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Error in the stream</source>
        <translation>Fehler im Stream</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>The experiment has no targets.</source>
        <translation>Das Experiment hat keine Ziele.</translation>
    </message>
    <message>
        <source>The experiment has no test cases.</source>
        <translation>Das Experiment hat keine Testfälle.</translation>
    </message>
    <message>
        <source>Repeats must be at least 1.</source>
        <translation>Wiederholungen müssen mindestens 1 sein.</translation>
    </message>
</context>
<context>
    <name>ExperimentRunner</name>
    <message>
        <source>A run is already in progress.</source>
        <translation>Es läuft bereits ein Lauf.</translation>
    </message>
    <message>
        <source>No stored run %1.</source>
        <translation>Kein gespeicherter Lauf %1.</translation>
    </message>
    <message>
        <source>Run %1 was started with different prompts, test cases, targets, parameters or repeats; resume it with the same ones.</source>
        <translation>Lauf %1 wurde mit anderen Prompts, Testfällen, Zielen, Parametern oder Wiederholungen gestartet; setzen Sie ihn mit denselben fort.</translation>
    </message>
    <message>
        <source>Failed cells can be retried once the run has stopped.</source>
        <translation>Fehlgeschlagene Zellen können wiederholt werden, sobald der Lauf angehalten hat.</translation>
    </message>
    <message>
        <source>The run is still stopping.</source>
        <translation>Der Lauf hält noch an.</translation>
    </message>
    <message>
        <source>No router is configured for the &quot;router&quot; target.</source>
        <translation>Für das Ziel &quot;router&quot; ist kein Router konfiguriert.</translation>
    </message>
    <message>
        <source>Could not store cell %1/%2: %3</source>
        <translation>Zelle %1/%2 konnte nicht gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>FactorChart</name>
    <message>
        <source>Factors and their weighted contributions</source>
        <translation>Faktoren und ihre gewichteten Beiträge</translation>
    </message>
    <message>
        <source>value (0–1)</source>
        <translation>Wert (0–1)</translation>
    </message>
    <message>
        <source>weighted contribution to the score</source>
        <translation>gewichteter Beitrag zum Score</translation>
    </message>
    <message>
        <source>value and contribution (0–1)</source>
        <translation>Wert und Beitrag (0–1)</translation>
    </message>
    <message>
        <source>%1
value %2 × weight %3 / %4 = contribution %5</source>
        <translation>%1
Wert %2 × Gewicht %3 / %4 = Beitrag %5</translation>
    </message>
</context>
<context>
    <name>FallbackChain</name>
    <message>
        <source>provider &apos;%1&apos; already failed with an account-wide error</source>
        <translation>Anbieter &apos;%1&apos; ist bereits mit einem kontoweiten Fehler gescheitert</translation>
    </message>
    <message>
        <source>context window %1 is smaller than the request&apos;s %2 tokens</source>
        <translation>Kontextfenster %1 ist kleiner als die %2 Token der Anfrage</translation>
    </message>
    <message>
        <source>context window is not known to be larger than %1 tokens</source>
        <translation>es ist nicht bekannt, dass das Kontextfenster größer als %1 Token ist</translation>
    </message>
    <message>
        <source>gave up after %1 calls (the hop limit)</source>
        <translation>nach %1 Aufrufen aufgegeben (das Hop-Limit)</translation>
    </message>
    <message>
        <source>no target to call</source>
        <translation>kein Ziel zum Aufrufen</translation>
    </message>
    <message>
        <source>every target failed or was skipped</source>
        <translation>jedes Ziel ist fehlgeschlagen oder wurde übersprungen</translation>
    </message>
    <message>
        <source>%1 will fail on every target; not falling back</source>
        <translation>%1 scheitert auf jedem Ziel; kein Rückfall</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>&amp;Add tier</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove tier</source>
        <translation>Stufe &amp;entfernen</translation>
    </message>
    <message>
        <source>Default auth</source>
        <translation>Standard-Auth</translation>
    </message>
    <message>
        <source>Auth override for the selected tier</source>
        <translation>Auth-Überschreibung für die gewählte Stufe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Form&lt;/b&gt;</source>
        <translation>&lt;b&gt;Formular&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Document in this file:</source>
        <translation>&amp;Dokument in dieser Datei:</translation>
    </message>
    <message>
        <source>Document in this file</source>
        <translation>Dokument in dieser Datei</translation>
    </message>
    <message>
        <source>The YAML has a syntax error. The form shows the last valid version and is read-only; fix the YAML to edit here again.</source>
        <translation>Das YAML hat einen Syntaxfehler. Das Formular zeigt die letzte gültige Fassung und ist schreibgeschützt; beheben Sie das YAML, um hier wieder zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Name (metadata.name):</source>
        <translation>&amp;Name (metadata.name):</translation>
    </message>
    <message>
        <source>Config name</source>
        <translation>Konfigurationsname</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Typical request input tokens</source>
        <translation>Eingabe-Token einer typischen Anfrage</translation>
    </message>
    <message>
        <source>Typical request output tokens</source>
        <translation>Ausgabe-Token einer typischen Anfrage</translation>
    </message>
    <message>
        <source>&amp;output</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <source>(no kind)</source>
        <translation>(kein kind)</translation>
    </message>
    <message>
        <source>This document is not a ModelTierConfig or ModelAPI (or it cannot be read). Edit it in the YAML view.</source>
        <translation>Dieses Dokument ist keine ModelTierConfig oder ModelAPI (oder es ist nicht lesbar). Bearbeiten Sie es in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>Auth override (select a tier)</source>
        <translation>Auth-Überschreibung (Stufe wählen)</translation>
    </message>
    <message>
        <source>Auth override for tier &quot;%1&quot;</source>
        <translation>Auth-Überschreibung für Stufe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Migrate to 2026-01</source>
        <translation>Nach 2026-01 migrieren</translation>
    </message>
    <message>
        <source>Rewrite this ModelAPI for the 2026-01 KAOS CRD: serverConfig becomes hostedConfig (resources move to podSpec), a string configYaml becomes configYaml.fromString. One undo step.</source>
        <translation>Dieses ModelAPI für das KAOS-CRD 2026-01 umschreiben: serverConfig wird zu hostedConfig (resources wandern nach podSpec), ein String-configYaml wird zu configYaml.fromString. Ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>Typical request: &amp;input</source>
        <translation>Typische Anfrage: &amp;Eingabe</translation>
    </message>
    <message>
        <source>The Per request column prices a request of this many input and output tokens</source>
        <translation>Die Spalte „Pro Anfrage&quot; bepreist eine Anfrage mit so vielen Eingabe- und Ausgabe-Token</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&lt;b&gt;ModelAPI %1&lt;/b&gt;&lt;br&gt;schema: %2%3&lt;br&gt;Edit it below or in the YAML view; both share one undo history and it is validated live against its CRD.</source>
        <translation>&lt;b&gt;ModelAPI %1&lt;/b&gt;&lt;br&gt;Schema: %2%3&lt;br&gt;Bearbeiten Sie es unten oder in der YAML-Ansicht; beide teilen einen Rückgängig-Verlauf, und es wird live gegen sein CRD geprüft.</translation>
    </message>
    <message>
        <source>&lt;br&gt;This document uses the 2025-12 shape (serverConfig or a string configYaml); clusters with the 2026-01 CRD drop those fields.</source>
        <translation>&lt;br&gt;Dieses Dokument hat die Form von 2025-12 (serverConfig oder ein String-configYaml); Cluster mit dem CRD 2026-01 verwerfen diese Felder.</translation>
    </message>
    <message>
        <source>All three tiers (fast, standard, reasoning) are defined: remove one to add another.</source>
        <translation>Alle drei Stufen (fast, standard, reasoning) sind definiert: Entfernen Sie eine, um eine andere hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add the &quot;%1&quot; tier</source>
        <translation>Die Stufe &quot;%1&quot; hinzufügen</translation>
    </message>
</context>
<context>
    <name>LiteLlmConfig</name>
    <message>
        <source>Tier %1: auth type &quot;%2&quot; without a key reference cannot be written as a LiteLLM api_key; set it in the proxy by hand.</source>
        <translation>Stufe %1: Auth-Typ &quot;%2&quot; ohne Schlüsselverweis kann nicht als LiteLLM-api_key geschrieben werden; setzen Sie ihn im Proxy von Hand.</translation>
    </message>
    <message>
        <source>Tier %1: %2 &quot;%3&quot; is not a non-negative decimal that converts exactly to a per-token price; it was left out.</source>
        <translation>Stufe %1: %2 &quot;%3&quot; ist keine nicht-negative Dezimalzahl, die sich exakt in einen Preis pro Token umrechnen lässt; sie wurde weggelassen.</translation>
    </message>
    <message>
        <source>Price &quot;%1&quot; is not a non-negative decimal with at most 12 fractional digits; it was not imported.</source>
        <translation>Preis &quot;%1&quot; ist keine nicht-negative Dezimalzahl mit höchstens 12 Nachkommastellen; er wurde nicht importiert.</translation>
    </message>
    <message>
        <source>api_key holds a literal key; it was not imported. Put the key in a Secret and set auth.secretRef.</source>
        <translation>api_key enthält einen direkt eingetragenen Schlüssel; er wurde nicht importiert. Legen Sie den Schlüssel in ein Secret und setzen Sie auth.secretRef.</translation>
    </message>
    <message>
        <source>api_key reads the environment variable %1; auth.secretRef &quot;%2&quot; was derived from it. Check that this Secret exists.</source>
        <translation>api_key liest die Umgebungsvariable %1; auth.secretRef &quot;%2&quot; wurde daraus abgeleitet. Prüfen Sie, ob dieses Secret existiert.</translation>
    </message>
    <message>
        <source>This model_list entry has no litellm_params.model; it was skipped.</source>
        <translation>Dieser model_list-Eintrag hat kein litellm_params.model; er wurde übersprungen.</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has no provider prefix; LiteLLM treats it as openai, so provider &quot;openai&quot; was set.</source>
        <translation>Modell &quot;%1&quot; hat kein Anbieterpräfix; LiteLLM behandelt es als openai, daher wurde Anbieter &quot;openai&quot; gesetzt.</translation>
    </message>
    <message>
        <source>api_base &quot;%1&quot; is not an http(s) URL; it was not imported.</source>
        <translation>api_base &quot;%1&quot; ist keine http(s)-URL; sie wurde nicht importiert.</translation>
    </message>
    <message>
        <source>max_tokens is not a positive integer; it was not imported.</source>
        <translation>max_tokens ist keine positive ganze Zahl; es wurde nicht importiert.</translation>
    </message>
    <message>
        <source>litellm_params %1 have no ModelTierConfig field; they were not imported.</source>
        <translation>litellm_params %1 haben kein ModelTierConfig-Feld; sie wurden nicht importiert.</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>Die Datei konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The file has no `model_list:` with entries; nothing to import.</source>
        <translation>Die Datei hat kein `model_list:` mit Einträgen; nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1 has no ModelTierConfig equivalent; it was not imported.</source>
        <translation>%1 hat keine Entsprechung in ModelTierConfig; es wurde nicht importiert.</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is a LiteLLM auto router (%2), not a model; it was not imported.</source>
        <translation>model &quot;%1&quot; ist ein LiteLLM-Auto-Router (%2), kein Modell; es wurde nicht importiert.</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: all three tiers are taken; this entry was not imported.</source>
        <translation>model &quot;%1&quot;: Alle drei Stufen sind belegt; dieser Eintrag wurde nicht importiert.</translation>
    </message>
    <message>
        <source>model_name &quot;%1&quot; is not a tier name; it was imported as tier &quot;%2&quot;.</source>
        <translation>model_name &quot;%1&quot; ist kein Stufenname; es wurde als Stufe &quot;%2&quot; importiert.</translation>
    </message>
</context>
<context>
    <name>LiteLlmPrices</name>
    <message>
        <source>The price file is not valid JSON (offset %1): %2</source>
        <translation>Die Preisdatei ist kein gültiges JSON (Offset %1): %2</translation>
    </message>
    <message>
        <source>The price file is not a JSON object of models.</source>
        <translation>Die Preisdatei ist kein JSON-Objekt mit Modellen.</translation>
    </message>
</context>
<context>
    <name>LiteLlmRouterExport</name>
    <message>
        <source>spec.thresholds: copied as tier_boundaries, but LiteLLM scores with its own seven dimensions (token count, code, reasoning and technical terms...), so a request can land on another tier than in TierBench; recalibrate the boundaries on your traffic.</source>
        <translation>spec.thresholds: als tier_boundaries übernommen, aber LiteLLM bewertet mit seinen eigenen sieben Dimensionen (Token-Zahl, Code, Schlussfolgern, Fachbegriffe...), sodass eine Anfrage auf einer anderen Stufe landen kann als in TierBench; kalibrieren Sie die Grenzen an Ihrem Verkehr neu.</translation>
    </message>
    <message>
        <source>spec.weights: LiteLLM&apos;s dimension_weights weigh different dimensions; TierBench&apos;s five factor weights are not written (LiteLLM&apos;s defaults apply).</source>
        <translation>spec.weights: Die dimension_weights von LiteLLM gewichten andere Dimensionen; die fünf Faktorgewichte von TierBench werden nicht geschrieben (es gelten die Standardwerte von LiteLLM).</translation>
    </message>
    <message>
        <source>spec.capabilities and the request&apos;s context tokens and history turns: LiteLLM reads only the messages, so capability criticality has no equivalent.</source>
        <translation>spec.capabilities sowie Kontext-Token und Verlaufsrunden der Anfrage: LiteLLM liest nur die Nachrichten, daher hat die Kritikalität von Fähigkeiten keine Entsprechung.</translation>
    </message>
    <message>
        <source>spec.taskOverrides (%1): LiteLLM has no task type; its keyword_tier_rules match words in the message, not request metadata.</source>
        <translation>spec.taskOverrides (%1): LiteLLM kennt keinen Aufgabentyp; seine keyword_tier_rules erkennen Wörter in der Nachricht, keine Anfrage-Metadaten.</translation>
    </message>
    <message>
        <source>spec.budgets: set them on LiteLLM virtual keys or teams (max_budget, budget_duration); the complexity router has no budgets.</source>
        <translation>spec.budgets: Setzen Sie sie auf virtuellen Schlüsseln oder Teams von LiteLLM (max_budget, budget_duration); der Complexity-Router hat keine Budgets.</translation>
    </message>
    <message>
        <source>An agent&apos;s tier preference: callers that want a tier ask the proxy for that tier&apos;s model_name directly.</source>
        <translation>Die Stufenpräferenz eines Agenten: Aufrufer, die eine Stufe wollen, fragen den Proxy direkt nach dem model_name dieser Stufe.</translation>
    </message>
    <message>
        <source>The config has no tier for the %1 class; add one before exporting a router.</source>
        <translation>Die Konfiguration hat keine Stufe für die Klasse %1; fügen Sie eine hinzu, bevor Sie einen Router exportieren.</translation>
    </message>
    <message>
        <source>The %1 class has no tier of its own; it goes to %2 (%3).</source>
        <translation>Die Klasse %1 hat keine eigene Stufe; sie geht an %2 (%3).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <source>Configs</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Which model answers this better, faster, cheaper?</source>
        <translation>Welches Modell antwortet hierauf besser, schneller, günstiger?</translation>
    </message>
    <message>
        <source>Target picker, prompt and variables, streaming panes side by side, batch grid, run history.</source>
        <translation>Zielauswahl, Prompt und Variablen, Streaming-Bereiche nebeneinander, Stapelraster, Laufverlauf.</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Why did this request go to that tier?</source>
        <translation>Warum ging diese Anfrage an diese Stufe?</translation>
    </message>
    <message>
        <source>Message input, score gauge with thresholds, factor bars, decision card, per-tier cost, what-if replay.</source>
        <translation>Nachrichteneingabe, Score-Anzeige mit Schwellwerten, Faktorbalken, Entscheidungskarte, Kosten pro Stufe, Was-wäre-wenn-Wiederholung.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>What can I use, at what price, and what changed?</source>
        <translation>Was kann ich nutzen, zu welchem Preis, und was hat sich geändert?</translation>
    </message>
    <message>
        <source>Registry table with filters, sync now, price sources and drift, audit log.</source>
        <translation>Registry-Tabelle mit Filtern, Jetzt synchronisieren, Preisquellen und Abweichungen, Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>What do my tiers cost and how fast are they?</source>
        <translation>Was kosten meine Stufen und wie schnell sind sie?</translation>
    </message>
    <message>
        <source>Cost per tier over time, latency p50/p95/p99, TTFT, tokens/s, tier share, budget burn-down.</source>
        <translation>Kosten pro Stufe über die Zeit, Latenz p50/p95/p99, TTFT, Token/s, Stufenanteil, Budgetverbrauch.</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modi</translation>
    </message>
    <message>
        <source>Mode bar</source>
        <translation>Modusleiste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Problems</source>
        <translation>&amp;Probleme anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About TierBench</source>
        <translation>&amp;Über TierBench</translation>
    </message>
    <message>
        <source>About TierBench</source>
        <translation>Über TierBench</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Team database…</source>
        <translation>&amp;Team-Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo %1 (%2)</source>
        <translation>%1 rückgängig machen (%2)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Mode actions</source>
        <translation>Modusaktionen</translation>
    </message>
    <message>
        <source>&lt;b&gt;TierBench %1&lt;/b&gt;&lt;p&gt;Edit tier configs, compare models, see routing decisions and chart cost and latency per tier.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;</source>
        <translation>&lt;b&gt;TierBench %1&lt;/b&gt;&lt;p&gt;Stufenkonfigurationen bearbeiten, Modelle vergleichen, Routing-Entscheidungen nachvollziehen und Kosten und Latenz pro Stufe darstellen.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2 (läuft auf Qt %3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store: memory only</source>
        <translation>Speicher: nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Calls and runs are not saved: %1</source>
        <translation>Aufrufe und Läufe werden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Store: %1 %2</source>
        <translation>Speicher: %1 %2</translation>
    </message>
</context>
<context>
    <name>MemoryCellStore</name>
    <message>
        <source>Run %1 is already being run here.</source>
        <translation>Lauf %1 wird hier bereits ausgeführt.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read runs for the rollups: %1</source>
        <translation>Läufe für die Zusammenfassungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot create schema_version: %1</source>
        <translation>schema_version kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program knows (%2): a newer TierBench has upgraded it. Install that version (everyone sharing the database needs it); this one leaves the database untouched.</source>
        <translation>Die Datenbank hat Schemaversion %1, neuer als dieses Programm kennt (%2): Ein neueres TierBench hat sie aktualisiert. Installieren Sie diese Version (alle, die die Datenbank teilen, brauchen sie); diese lässt die Datenbank unverändert.</translation>
    </message>
    <message>
        <source>Refusing to downgrade the schema from %1 to %2.</source>
        <translation>Das Schema wird nicht von %1 auf %2 zurückgestuft.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation>Migration %1 konnte nicht vermerkt werden: %2</translation>
    </message>
    <message>
        <source>Cannot lock the database schema: %1</source>
        <translation>Das Datenbankschema kann nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>Cannot lock the database (another TierBench is writing for more than 10 s?): %1</source>
        <translation>Die Datenbank kann nicht gesperrt werden (schreibt ein anderes TierBench seit mehr als 10 s?): %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Commit nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>ModelApiForm</name>
    <message>
        <source>apiBase</source>
        <translation>apiBase</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Variable entfernen</translation>
    </message>
    <message>
        <source>empty: any model (wildcard)</source>
        <translation>leer: jedes Modell (Platzhalter)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Secret-Name</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret-Schlüssel</translation>
    </message>
    <message>
        <source>Each variable has a literal value, or the name and key of the Secret that holds it (valueFrom.secretKeyRef). Put API keys in a Secret.</source>
        <translation>Jede Variable hat einen direkten Wert oder Name und Schlüssel des Secrets, das sie enthält (valueFrom.secretKeyRef). Legen Sie API-Schlüssel in ein Secret.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Environment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Umgebung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the model to pull and serve, e.g. smollm2:135m</source>
        <translation>das zu ladende und bereitzustellende Modell, z. B. smollm2:135m</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>built-in list price</source>
        <translation>eingebauter Listenpreis</translation>
    </message>
    <message>
        <source>built-in catalog (no registry)</source>
        <translation>eingebauter Katalog (keine Registry)</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>registry, price from %1</source>
        <translation>Registry, Preis aus %1</translation>
    </message>
    <message numerus="yes">
        <source>registry (%n model(s), %1)</source>
        <translation>
            <numerusform>Registry (%n Modell, %1)</numerusform>
            <numerusform>Registry (%n Modelle, %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelListParser</name>
    <message>
        <source>The response has no &quot;data&quot; array.</source>
        <translation>Die Antwort hat kein &quot;data&quot;-Array.</translation>
    </message>
    <message>
        <source>has_more is true but last_id is missing.</source>
        <translation>has_more ist true, aber last_id fehlt.</translation>
    </message>
    <message>
        <source>The response has no &quot;models&quot; array.</source>
        <translation>Die Antwort hat kein &quot;models&quot;-Array.</translation>
    </message>
    <message>
        <source>&quot;models&quot; is not an array.</source>
        <translation>&quot;models&quot; ist kein Array.</translation>
    </message>
    <message>
        <source>Malformed JSON at offset %1: %2</source>
        <translation>Fehlerhaftes JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Unknown provider kind.</source>
        <translation>Unbekannte Anbieterart.</translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <source>Cannot store prices of %1: %2</source>
        <translation>Preise von %1 können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the registry: %1</source>
        <translation>Die Registry kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Sync of %1 failed while writing: %2</source>
        <translation>Synchronisierung von %1 beim Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1, used by tier %2, will be retired on %3.</source>
        <translation>%1, genutzt von Stufe %2, wird am %3 eingestellt.</translation>
    </message>
    <message>
        <source>%1, used by tier %2, is no longer listed by %3.</source>
        <translation>%1, genutzt von Stufe %2, wird von %3 nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <source>Cannot commit the sync of %1: %2</source>
        <translation>Die Synchronisierung von %1 kann nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>No model %1 in the registry.</source>
        <translation>Kein Modell %1 in der Registry.</translation>
    </message>
    <message>
        <source>Not in the registry (sync first): %1</source>
        <translation>Nicht in der Registry (zuerst synchronisieren): %1</translation>
    </message>
    <message>
        <source>Cannot read the price catalogue: %1</source>
        <translation>Der Preiskatalog kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ModelRouter</name>
    <message>
        <source>score %1 &gt;= heavy threshold %2</source>
        <translation>Score %1 &gt;= Heavy-Schwellwert %2</translation>
    </message>
    <message>
        <source>score %1 is between the standard threshold %2 and the heavy threshold %3</source>
        <translation>Score %1 liegt zwischen dem Standard-Schwellwert %2 und dem Heavy-Schwellwert %3</translation>
    </message>
    <message>
        <source>score %1 &lt; standard threshold %2</source>
        <translation>Score %1 &lt; Standard-Schwellwert %2</translation>
    </message>
    <message>
        <source>no signal either way, so the default tier %1 (%2)</source>
        <translation>kein Signal in die eine oder andere Richtung, daher die Standardstufe %1 (%2)</translation>
    </message>
    <message>
        <source>no evidence of triviality, so the default tier %1 (%2)</source>
        <translation>kein Hinweis auf Trivialität, daher die Standardstufe %1 (%2)</translation>
    </message>
    <message>
        <source>task type &apos;%1&apos; routes to %2 (%3)</source>
        <translation>Aufgabentyp &apos;%1&apos; routet zu %2 (%3)</translation>
    </message>
    <message>
        <source>the agent prefers tier &apos;%1&apos; (%2)</source>
        <translation>der Agent bevorzugt Stufe &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>the agent prefers %1 (%2)</source>
        <translation>der Agent bevorzugt %1 (%2)</translation>
    </message>
    <message>
        <source>; the preferred tier &apos;%1&apos; is not configured and was ignored</source>
        <translation>; die bevorzugte Stufe &apos;%1&apos; ist nicht konfiguriert und wurde ignoriert</translation>
    </message>
</context>
<context>
    <name>ModelSync</name>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 von %2: %3</translation>
    </message>
    <message>
        <source>Network error from %1: %2</source>
        <translation>Netzwerkfehler von %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1&apos;s rows were left as they were.</source>
        <translation>Abgebrochen: Die Zeilen von %1 blieben unverändert.</translation>
    </message>
    <message>
        <source>%1&apos;s next page link points to %2, another host; it was not followed with the key.</source>
        <translation>Der Link zur nächsten Seite von %1 zeigt auf %2, einen anderen Host; ihm wurde nicht mit dem Schlüssel gefolgt.</translation>
    </message>
    <message>
        <source>Bad response from %1 (page %2): %3</source>
        <translation>Fehlerhafte Antwort von %1 (Seite %2): %3</translation>
    </message>
    <message>
        <source>%1 keeps paging (%2 pages); stopped without applying a partial list.</source>
        <translation>%1 blättert weiter (%2 Seiten); angehalten, ohne eine unvollständige Liste zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>ModelsFormat</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>ModelsServices</name>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>That config is no longer open.</source>
        <translation>Diese Konfiguration ist nicht mehr geöffnet.</translation>
    </message>
    <message>
        <source>%1 has YAML errors: fix them in the Configs mode first.</source>
        <translation>%1 hat YAML-Fehler: Beheben Sie sie zuerst im Modus Konfigurationen.</translation>
    </message>
    <message>
        <source>Tier %1 of %2 already uses %3 at these prices.</source>
        <translation>Stufe %1 von %2 verwendet %3 bereits zu diesen Preisen.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;This mode is not built yet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;Dieser Modus ist noch nicht gebaut.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlaygroundInputs</name>
    <message>
        <source>Context tokens the request carries (RAG, attachments)</source>
        <translation>Kontext-Token, die die Anfrage mitbringt (RAG, Anhänge)</translation>
    </message>
    <message>
        <source>Earlier turns of the conversation</source>
        <translation>Frühere Runden des Gesprächs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Task type; some force a class (task-type override)</source>
        <translation>Aufgabentyp; manche erzwingen eine Klasse (Aufgabentyp-Überschreibung)</translation>
    </message>
    <message>
        <source>The agent&apos;s preference: a tier or light/standard/heavy; it wins over the score</source>
        <translation>Die Präferenz des Agenten: eine Stufe oder light/standard/heavy; sie geht dem Score vor</translation>
    </message>
    <message>
        <source>Expected completion tokens, for the cost estimates</source>
        <translation>Erwartete Antwort-Token, für die Kostenschätzungen</translation>
    </message>
    <message>
        <source>Type or paste a request: the score, the factors and the decision follow as you type.</source>
        <translation>Tippen oder fügen Sie eine Anfrage ein: Score, Faktoren und Entscheidung folgen beim Tippen.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>The tenant whose budget a sent call uses</source>
        <translation>Der Mandant, dessen Budget ein gesendeter Aufruf verbraucht</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Conte&amp;xt tokens</source>
        <translation>Konte&amp;xt</translation>
    </message>
    <message>
        <source>&amp;History turns</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Task type</source>
        <translation>&amp;Aufgabentyp</translation>
    </message>
    <message>
        <source>&amp;Prefers</source>
        <translation>&amp;Bevorzugt</translation>
    </message>
    <message>
        <source>&amp;Output tokens</source>
        <translation>A&amp;usgabe</translation>
    </message>
    <message>
        <source>Te&amp;nant</source>
        <translation>Ma&amp;ndant</translation>
    </message>
    <message>
        <source>&amp;Capabilities</source>
        <translation>&amp;Fähigkeiten</translation>
    </message>
    <message>
        <source>%1 always routes to %2</source>
        <translation>%1 routet immer zu %2</translation>
    </message>
    <message>
        <source>config tier %1</source>
        <translation>Konfigurationsstufe %1</translation>
    </message>
    <message>
        <source>the tier the %1 class maps to</source>
        <translation>die Stufe, auf die die Klasse %1 abbildet</translation>
    </message>
</context>
<context>
    <name>PlaygroundView</name>
    <message>
        <source>&lt;b&gt;Factors&lt;/b&gt; (hover a bar for the numbers; right-click to export)</source>
        <translation>&lt;b&gt;Faktoren&lt;/b&gt; (Balken überfahren für die Zahlen; Rechtsklick zum Exportieren)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost of this request on every tier&lt;/b&gt; (hover a cost for tokens × price)</source>
        <translation>&lt;b&gt;Kosten dieser Anfrage auf jeder Stufe&lt;/b&gt; (Kosten überfahren für Token × Preis)</translation>
    </message>
    <message>
        <source>Cost of this request on every tier</source>
        <translation>Kosten dieser Anfrage auf jeder Stufe</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), %1 keyword signal(s) · re-scored in %2 ms</source>
        <translation>
            <numerusform>%n Wort, %1 Schlüsselwortsignal(e) · neu bewertet in %2 ms</numerusform>
            <numerusform>%n Wörter, %1 Schlüsselwortsignal(e) · neu bewertet in %2 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Thresholds</source>
        <translation>Schwellwerte</translation>
    </message>
    <message>
        <source>A score at or above the standard threshold routes to the standard class, at or above the heavy threshold to the heavy class.</source>
        <translation>Ein Score ab dem Standard-Schwellwert routet in die Standard-Klasse, ab dem Heavy-Schwellwert in die Heavy-Klasse.</translation>
    </message>
    <message>
        <source>Factor weights</source>
        <translation>Faktorgewichte</translation>
    </message>
    <message>
        <source>The score is the weighted mean of the factors: the percentage is each weight&apos;s share of the sum.</source>
        <translation>Der Score ist der gewichtete Mittelwert der Faktoren: Der Prozentwert ist der Anteil jedes Gewichts an der Summe.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>&lt;b&gt;Policy:&lt;/b&gt; %1 (%2)%3</source>
        <translation>&lt;b&gt;Richtlinie:&lt;/b&gt; %1 (%2)%3</translation>
    </message>
    <message>
        <source> — modified</source>
        <translation> — geändert</translation>
    </message>
</context>
<context>
    <name>PolicyFields</name>
    <message>
        <source>Standard threshold</source>
        <translation>Standard-Schwellwert</translation>
    </message>
    <message>
        <source>Heavy threshold</source>
        <translation>Heavy-Schwellwert</translation>
    </message>
    <message>
        <source>Message complexity</source>
        <translation>Nachrichtenkomplexität</translation>
    </message>
    <message>
        <source>Context requirement</source>
        <translation>Kontextbedarf</translation>
    </message>
    <message>
        <source>Capability criticality</source>
        <translation>Kritikalität der Fähigkeiten</translation>
    </message>
    <message>
        <source>Conversation depth</source>
        <translation>Gesprächstiefe</translation>
    </message>
    <message>
        <source>Keyword signals</source>
        <translation>Schlüsselwortsignale</translation>
    </message>
</context>
<context>
    <name>PolicyFileActions</name>
    <message>
        <source>Open Policy…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save Policy As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Built-in Policy</source>
        <translation>Eingebaute Richtlinie</translation>
    </message>
    <message>
        <source>Open a RouterPolicy YAML file (thresholds, weights, overrides, budgets)</source>
        <translation>Eine RouterPolicy-YAML-Datei öffnen (Schwellwerte, Gewichte, Überschreibungen, Budgets)</translation>
    </message>
    <message>
        <source>Save the policy; shows the changes against the file first</source>
        <translation>Die Richtlinie speichern; zeigt zuerst die Änderungen gegenüber der Datei</translation>
    </message>
    <message>
        <source>Start over from the seed&apos;s built-in policy</source>
        <translation>Mit der eingebauten Richtlinie der Vorlage neu beginnen</translation>
    </message>
    <message>
        <source>Open router policy</source>
        <translation>Router-Richtlinie öffnen</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Save router policy</source>
        <translation>Router-Richtlinie speichern</translation>
    </message>
    <message>
        <source>RouterPolicy YAML (*.yaml *.yml)</source>
        <translation>RouterPolicy-YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Built-in policy</source>
        <translation>Eingebaute Richtlinie</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to the policy and start from the built-in one?</source>
        <translation>Die ungespeicherten Änderungen an der Richtlinie verwerfen und mit der eingebauten beginnen?</translation>
    </message>
</context>
<context>
    <name>PriceCatalogModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Input /1M</source>
        <translation>Eingabe /1M</translation>
    </message>
    <message>
        <source>Output /1M</source>
        <translation>Ausgabe /1M</translation>
    </message>
    <message>
        <source>Cached /1M</source>
        <translation>Cache /1M</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>PriceHistoryModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>source now</source>
        <translation>Quelle jetzt</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <source>in use (%1)</source>
        <translation>in Gebrauch (%1)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Input /1M</source>
        <translation>Eingabe /1M</translation>
    </message>
    <message>
        <source>Output /1M</source>
        <translation>Ausgabe /1M</translation>
    </message>
    <message>
        <source>Cached /1M</source>
        <translation>Cache /1M</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Import LiteLLM file…</source>
        <translation>LiteLLM-Datei importieren…</translation>
    </message>
    <message>
        <source>Search provider:model</source>
        <translation>provider:model suchen</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Import a newer model_prices_and_context_window.json from LiteLLM (exact per-million prices).</source>
        <translation>Eine neuere model_prices_and_context_window.json von LiteLLM importieren (exakte Preise pro Million).</translation>
    </message>
    <message>
        <source>%1 entries, %2 with prices; %3 registry model(s) repriced, %4 drift(s).</source>
        <translation>%1 Einträge, %2 mit Preisen; %3 Registry-Modell(e) neu bepreist, %4 Abweichung(en).</translation>
    </message>
    <message>
        <source>Import failed, nothing was written: %1</source>
        <translation>Import fehlgeschlagen, nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>Import LiteLLM prices</source>
        <translation>LiteLLM-Preise importieren</translation>
    </message>
    <message>
        <source>LiteLLM price map (*.json);;All files (*)</source>
        <translation>LiteLLM-Preisliste (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s)</source>
        <translation>
            <numerusform>%n Preis</numerusform>
            <numerusform>%n Preise</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices are USD per 1M tokens, exact as the source gives them; &quot;unknown&quot; means no price, never $0. &lt;i&gt;Import LiteLLM file…&lt;/i&gt; (or &lt;code&gt;tierctl models import-prices FILE&lt;/code&gt;) brings a newer map.</source>
        <translation>Preise sind USD pro 1 Mio. Token, exakt wie die Quelle sie angibt; „unbekannt&quot; heißt kein Preis, niemals $0. &lt;i&gt;LiteLLM-Datei importieren…&lt;/i&gt; (oder &lt;code&gt;tierctl models import-prices FILE&lt;/code&gt;) bringt eine neuere Liste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The bundled LiteLLM map is %1 days old&lt;/b&gt; (%2): litellm prices that were not imported since may be out of date.</source>
        <translation>&lt;b&gt;Die mitgelieferte LiteLLM-Liste ist %1 Tage alt&lt;/b&gt; (%2): LiteLLM-Preise, die seitdem nicht importiert wurden, können veraltet sein.</translation>
    </message>
    <message>
        <source>No prices imported yet: run &lt;code&gt;tierctl models import-prices --bundled&lt;/code&gt;, or sync OpenRouter.</source>
        <translation>Noch keine Preise importiert: Führen Sie &lt;code&gt;tierctl models import-prices --bundled&lt;/code&gt; aus oder synchronisieren Sie OpenRouter.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>&lt;b&gt;Prompt&lt;/b&gt; — {{name}} is a variable filled per test case</source>
        <translation>&lt;b&gt;Prompt&lt;/b&gt; — {{name}} ist eine Variable, die pro Testfall gefüllt wird</translation>
    </message>
    <message>
        <source>Explain {{topic}} in two sentences.</source>
        <translation>Erkläre {{topic}} in zwei Sätzen.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>provider default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>tier default</source>
        <translation>Standard der Stufe</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Token</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Testfälle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet (with a header row) or JSONL</source>
        <translation>Aus einer Tabelle kopierte Zeilen (mit Kopfzeile) oder JSONL einfügen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>CSV/TSV with a header, JSONL, or a text file with one prompt per line</source>
        <translation>CSV/TSV mit Kopfzeile, JSONL oder eine Textdatei mit einem Prompt pro Zeile</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every test case</source>
        <translation>Alle Testfälle entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) pasted.</source>
        <translation>
            <numerusform>%n Testfall eingefügt.</numerusform>
            <numerusform>%n Testfälle eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the pasted cases: %1</source>
        <translation>Die eingefügten Fälle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Import test cases</source>
        <translation>Testfälle importieren</translation>
    </message>
    <message>
        <source>Test cases (*.csv *.tsv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Testfälle (*.csv *.tsv *.jsonl *.ndjson *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) imported.</source>
        <translation>
            <numerusform>%n Testfall importiert.</numerusform>
            <numerusform>%n Testfälle importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>No variables: every test case sends the prompt as written.</source>
        <translation>Keine Variablen: Jeder Testfall sendet den Prompt wie geschrieben.</translation>
    </message>
    <message>
        <source>— add test cases that fill them</source>
        <translation>— fügen Sie Testfälle hinzu, die sie füllen</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variablen: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>assertions</source>
        <translation>Zusicherungen</translation>
    </message>
</context>
<context>
    <name>PromptTemplate</name>
    <message>
        <source>Unterminated &apos;{{&apos; at offset %1 of the prompt template.</source>
        <translation>Nicht abgeschlossenes &apos;{{&apos; bei Offset %1 der Prompt-Vorlage.</translation>
    </message>
    <message>
        <source>Empty placeholder &apos;{{}}&apos; at offset %1 of the prompt template.</source>
        <translation>Leerer Platzhalter &apos;{{}}&apos; bei Offset %1 der Prompt-Vorlage.</translation>
    </message>
    <message>
        <source>The test case has no value for the template variable(s): %1.</source>
        <translation>Der Testfall hat keinen Wert für die Vorlagenvariable(n): %1.</translation>
    </message>
</context>
<context>
    <name>ProviderClient</name>
    <message>
        <source>The key was not sent: %1 is plain http:// to another machine and sending it unencrypted was declined. Use an https:// endpoint.</source>
        <translation>Der Schlüssel wurde nicht gesendet: %1 ist unverschlüsseltes http:// zu einem anderen Rechner, und das unverschlüsselte Senden wurde abgelehnt. Verwenden Sie einen https://-Endpunkt.</translation>
    </message>
    <message>
        <source>The call did not finish within %1 s (the total deadline).</source>
        <translation>Der Aufruf wurde nicht innerhalb von %1 s beendet (die Gesamtfrist).</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No response from %1 within %2 ms (connect timeout).</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms (Verbindungs-Timeout).</translation>
    </message>
    <message>
        <source>The response from %1 stalled for %2 ms (idle timeout).</source>
        <translation>Die Antwort von %1 stockte %2 ms lang (Leerlauf-Timeout).</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MB; it was not read.</source>
        <translation>Die Antwort von %1 ist größer als %2 MB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and the network.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Basis-URL und das Netzwerk.</translation>
    </message>
    <message>
        <source>The connection dropped mid-stream: %1</source>
        <translation>Die Verbindung brach mitten im Stream ab: %1</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>… (%1 more characters cut)</source>
        <translation>… (%1 weitere Zeichen abgeschnitten)</translation>
    </message>
</context>
<context>
    <name>ProviderKeys</name>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>auth type none</source>
        <translation>Auth-Typ none</translation>
    </message>
    <message>
        <source>a local server takes no key</source>
        <translation>ein lokaler Server braucht keinen Schlüssel</translation>
    </message>
    <message>
        <source>a server on this machine (%1) takes no key</source>
        <translation>ein Server auf diesem Rechner (%1) braucht keinen Schlüssel</translation>
    </message>
    <message>
        <source>Set %1 in the environment, or store a key in the keychain (service &quot;%2&quot;, entry &quot;%3&quot;).</source>
        <translation>Setzen Sie %1 in der Umgebung oder speichern Sie einen Schlüssel im Schlüsselbund (Dienst &quot;%2&quot;, Eintrag &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>the keychain is switched off (TIERBENCH_NO_KEYCHAIN=1)</source>
        <translation>der Schlüsselbund ist abgeschaltet (TIERBENCH_NO_KEYCHAIN=1)</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <source>keychain entry %1</source>
        <translation>Schlüsselbundeintrag %1</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>set $%1 or a keychain key</source>
        <translation>$%1 oder einen Schlüsselbund-Schlüssel setzen</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>From $%1 when set, else the public default.</source>
        <translation>Aus $%1, wenn gesetzt, sonst der öffentliche Standard.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Key comes from</source>
        <translation>Schlüssel stammt aus</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Set key…</source>
        <translation>Schlüssel setzen…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Store a key in the OS keychain (service &quot;%1&quot;). It is never written to a file.</source>
        <translation>Einen Schlüssel im Schlüsselbund des Systems speichern (Dienst &quot;%1&quot;). Er wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Ask the provider for its model list with the key in use.</source>
        <translation>Den Anbieter mit dem verwendeten Schlüssel nach seiner Modellliste fragen.</translation>
    </message>
    <message>
        <source>Select a provider and press Test connection to list its models.</source>
        <translation>Wählen Sie einen Anbieter und drücken Sie Verbindung testen, um seine Modelle aufzulisten.</translation>
    </message>
    <message>
        <source>Keys set here go to the OS keychain (service &quot;%1&quot;, entry = the variable name, e.g. OPENAI_API_KEY) and are never written to a file. A key in the keychain is used before the environment variable.</source>
        <translation>Hier gesetzte Schlüssel gehen in den Schlüsselbund des Systems (Dienst &quot;%1&quot;, Eintrag = der Variablenname, z. B. OPENAI_API_KEY) und werden nie in eine Datei geschrieben. Ein Schlüssel im Schlüsselbund hat Vorrang vor der Umgebungsvariable.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain service on this machine&lt;/b&gt; (%1). Keys cannot be stored here: set the environment variable shown in the table before starting TierBench instead, e.g. &lt;code&gt;export OPENAI_API_KEY=…&lt;/code&gt;</source>
        <translation>&lt;b&gt;Kein Schlüsselbunddienst auf diesem Rechner&lt;/b&gt; (%1). Schlüssel können hier nicht gespeichert werden: Setzen Sie stattdessen vor dem Start von TierBench die in der Tabelle gezeigte Umgebungsvariable, z. B. &lt;code&gt;export OPENAI_API_KEY=…&lt;/code&gt;</translation>
    </message>
    <message>
        <source>No keychain service: set $%1 instead.</source>
        <translation>Kein Schlüsselbunddienst: Setzen Sie stattdessen $%1.</translation>
    </message>
    <message>
        <source>Set %1 key</source>
        <translation>%1-Schlüssel setzen</translation>
    </message>
    <message>
        <source>API key for %1 (stored in the keychain as %2):</source>
        <translation>API-Schlüssel für %1 (im Schlüsselbund gespeichert als %2):</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>teste…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in %1 ms</source>
        <translation>
            <numerusform>%n Modell in %1 ms</numerusform>
            <numerusform>%n Modelle in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>RedirectGuard</name>
    <message>
        <source>%1 redirected to %2, another host; TierBench does not follow it with the key. Set the endpoint to the final URL.</source>
        <translation>%1 leitete auf %2 um, einen anderen Host; TierBench folgt dem nicht mit dem Schlüssel. Setzen Sie den Endpunkt auf die endgültige URL.</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Search id or name</source>
        <translation>ID oder Name suchen</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Inaktive zeigen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Fetch the model lists of every provider with a key (and Ollama).</source>
        <translation>Die Modelllisten aller Anbieter mit Schlüssel (und Ollama) abrufen.</translation>
    </message>
    <message>
        <source>Sync %1 only</source>
        <translation>Nur %1 synchronisieren</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Auto-sync off</source>
        <translation>Auto-Sync aus</translation>
    </message>
    <message>
        <source>Auto-sync hourly</source>
        <translation>Auto-Sync stündlich</translation>
    </message>
    <message>
        <source>Auto-sync every 6 h</source>
        <translation>Auto-Sync alle 6 Std.</translation>
    </message>
    <message>
        <source>Auto-sync daily</source>
        <translation>Auto-Sync täglich</translation>
    </message>
    <message>
        <source>Sync every provider with a key on a schedule while TierBench runs.</source>
        <translation>Alle Anbieter mit Schlüssel nach Zeitplan synchronisieren, solange TierBench läuft.</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Preisverlauf</translation>
    </message>
    <message>
        <source>Select a model to see its prices over time and each source&apos;s price now.</source>
        <translation>Wählen Sie ein Modell, um seine Preise über die Zeit und den aktuellen Preis jeder Quelle zu sehen.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The default model of its tier (the others of the tier stop being default).</source>
        <translation>Das Standardmodell seiner Stufe (die anderen der Stufe sind dann nicht mehr Standard).</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Set the tier and default flag in the registry (recorded in the audit log).</source>
        <translation>Stufe und Standard-Markierung in der Registry setzen (im Prüfprotokoll vermerkt).</translation>
    </message>
    <message>
        <source>Use for tier…</source>
        <translation>Für Stufe verwenden…</translation>
    </message>
    <message>
        <source>Put this model into a tier of a config open in the Configs mode, with its registry prices (Edit ▸ Undo there takes it back).</source>
        <translation>Dieses Modell mit seinen Registry-Preisen in eine Stufe einer im Modus Konfigurationen geöffneten Konfiguration setzen (Bearbeiten ▸ Rückgängig dort nimmt es zurück).</translation>
    </message>
    <message>
        <source>No config is open (open one in the Configs mode)</source>
        <translation>Keine Konfiguration geöffnet (öffnen Sie eine im Modus Konfigurationen)</translation>
    </message>
    <message>
        <source>Resolve preview</source>
        <translation>Auflösungsvorschau</translation>
    </message>
    <message>
        <source>any provider</source>
        <translation>beliebiger Anbieter</translation>
    </message>
    <message>
        <source>prefer %1</source>
        <translation>%1 bevorzugen</translation>
    </message>
    <message>
        <source>exact: the selected model</source>
        <translation>exakt: das gewählte Modell</translation>
    </message>
    <message>
        <source>Price drift: %1 says %2, %3 says %4 per 1M (more than %5 % apart).</source>
        <translation>Preisabweichung: %1 nennt %2, %3 nennt %4 pro 1M (mehr als %5 % Unterschied).</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>config %1, tier %2</source>
        <translation>Konfiguration %1, Stufe %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: in use %2 in, %3 out per 1M (%4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: verwendet %2 ein, %3 aus pro 1M (%4)</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>%1 is now tier %2 of %3, priced %4 in, %5 out per 1M from the registry; Edit ▸ Undo in the Configs mode takes it back.</source>
        <translation>%1 ist jetzt Stufe %2 von %3, bepreist mit %4 ein, %5 aus pro 1M aus der Registry; Bearbeiten ▸ Rückgängig im Modus Konfigurationen nimmt es zurück.</translation>
    </message>
    <message>
        <source>Select a model in the table.</source>
        <translation>Wählen Sie ein Modell in der Tabelle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 in, %4 out per 1M (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 ein, %4 aus pro 1M (%5)</translation>
    </message>
    <message>
        <source>Looking up keys…</source>
        <translation>Schlüssel werden gesucht…</translation>
    </message>
    <message>
        <source>%1: skipped, no key (set one on the Providers tab).</source>
        <translation>%1: übersprungen, kein Schlüssel (setzen Sie einen im Tab Anbieter).</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisiere %1…</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 marked inactive, %5 unchanged.</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 als inaktiv markiert, %5 unverändert.</translation>
    </message>
    <message>
        <source>%1 FAILED, its rows were kept: %2</source>
        <translation>%1 FEHLGESCHLAGEN, seine Zeilen wurden behalten: %2</translation>
    </message>
    <message>
        <source>Price drift on %1 (%2): %3 says %4, %5 says %6 per 1M.</source>
        <translation>Preisabweichung bei %1 (%2): %3 nennt %4, %5 nennt %6 pro 1M.</translation>
    </message>
    <message>
        <source>Nothing to sync: set a key on the Providers tab.</source>
        <translation>Nichts zu synchronisieren: Setzen Sie einen Schlüssel im Tab Anbieter.</translation>
    </message>
    <message>
        <source>The %1 price of %2 (used by tier %3) changed from %4 to %5 per 1M.</source>
        <translation>Der %1-Preis von %2 (genutzt von Stufe %3) änderte sich von %4 auf %5 pro 1M.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Auto-sync every %n h</source>
        <translation>
            <numerusform>Auto-Sync alle %n Std.</numerusform>
            <numerusform>Auto-Sync alle %n Std.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryTableModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>Not known: no source gives this value (it is not counted as 0).</source>
        <translation>Nicht bekannt: Keine Quelle liefert diesen Wert (er zählt nicht als 0).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Input /1M</source>
        <translation>Eingabe /1M</translation>
    </message>
    <message>
        <source>Output /1M</source>
        <translation>Ausgabe /1M</translation>
    </message>
    <message>
        <source>Cached /1M</source>
        <translation>Cache /1M</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Max output</source>
        <translation>Max. Ausgabe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Deprecation</source>
        <translation>Abkündigung</translation>
    </message>
    <message>
        <source>Price source</source>
        <translation>Preisquelle</translation>
    </message>
    <message>
        <source>Price age</source>
        <translation>Preisalter</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
</context>
<context>
    <name>ReplayChangeModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Double-click to open this request in the playground</source>
        <translation>Doppelklick öffnet diese Anfrage im Playground</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Score before</source>
        <translation>Score vorher</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>Score nachher</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>ReplayChart</name>
    <message>
        <source>Share of requests per tier, before and after</source>
        <translation>Anteil der Anfragen pro Stufe, vorher und nachher</translation>
    </message>
    <message>
        <source>before (saved policy)</source>
        <translation>vorher (gespeicherte Richtlinie)</translation>
    </message>
    <message>
        <source>after (edited policy)</source>
        <translation>nachher (bearbeitete Richtlinie)</translation>
    </message>
    <message>
        <source>share of requests (%)</source>
        <translation>Anteil der Anfragen (%)</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>%1
before: %2 request(s), %3, %4
after: %5 request(s), %6, %7</source>
        <translation>%1
vorher: %2 Anfrage(n), %3, %4
nachher: %5 Anfrage(n), %6, %7</translation>
    </message>
</context>
<context>
    <name>ReplayTierModel</name>
    <message numerus="yes">
        <source>%1 + %n unknown</source>
        <translation>
            <numerusform>%1 + %n unbekannt</numerusform>
            <numerusform>%1 + %n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) on this tier have no known cost: set the tier&apos;s prices in the Configs mode.</source>
        <translation>
            <numerusform>%n Anfrage auf dieser Stufe hat keine bekannten Kosten: Setzen Sie die Preise der Stufe im Modus Konfigurationen.</numerusform>
            <numerusform>%n Anfragen auf dieser Stufe haben keine bekannten Kosten: Setzen Sie die Preise der Stufe im Modus Konfigurationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact sum of the estimated costs (tokens × the tier&apos;s prices)</source>
        <translation>Exakte Summe der geschätzten Kosten (Token × Preise der Stufe)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Before share</source>
        <translation>Anteil vorher</translation>
    </message>
    <message>
        <source>Before cost</source>
        <translation>Kosten vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>After share</source>
        <translation>Anteil nachher</translation>
    </message>
    <message>
        <source>After cost</source>
        <translation>Kosten nachher</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <source>&amp;Run Replay</source>
        <translation>Wiederholung &amp;starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Route every request with the saved and with the edited policy (no model calls)</source>
        <translation>Jede Anfrage mit der gespeicherten und der bearbeiteten Richtlinie routen (keine Modellaufrufe)</translation>
    </message>
    <message>
        <source>Replay cancelled.</source>
        <translation>Wiederholung abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n request(s) changed tier&lt;/b&gt; (double-click one to open it in the playground)</source>
        <translation>
            <numerusform>&lt;b&gt;%n Anfrage wechselte die Stufe&lt;/b&gt; (Doppelklick öffnet sie im Playground)</numerusform>
            <numerusform>&lt;b&gt;%n Anfragen wechselten die Stufe&lt;/b&gt; (Doppelklick öffnet eine im Playground)</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests replayed: %1. </source>
        <translation>Wiederholte Anfragen: %1. </translation>
    </message>
    <message>
        <source>Savings against all-heavy are unknown: the heaviest tier (%1) has no prices.</source>
        <translation>Die Ersparnis gegenüber All-Heavy ist unbekannt: Die schwerste Stufe (%1) hat keine Preise.</translation>
    </message>
    <message>
        <source>unknown (some costs are unknown)</source>
        <translation>unbekannt (einige Kosten sind unbekannt)</translation>
    </message>
    <message>
        <source>Everything on %1 would cost %2. Before: %3, saving %4. After: %5, saving %6.</source>
        <translation>Alles auf %1 würde %2 kosten. Vorher: %3, Ersparnis %4. Nachher: %5, Ersparnis %6.</translation>
    </message>
    <message>
        <source> No tier fitted %1 request(s) before and %2 after.</source>
        <translation> Keine Stufe passte vorher zu %1 Anfrage(n) und nachher zu %2.</translation>
    </message>
</context>
<context>
    <name>RequestSource</name>
    <message>
        <source>workspace database</source>
        <translation>Datenbank des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>No requests loaded.</source>
        <translation>Keine Anfragen geladen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 stored request(s) from the %2</source>
        <translation>%1 gespeicherte Anfrage(n) aus der %2</translation>
    </message>
    <message>
        <source>%1: %2 request(s)</source>
        <translation>%1: %2 Anfrage(n)</translation>
    </message>
    <message numerus="yes">
        <source>; %n bad line(s) skipped (line %1: %2)</source>
        <translation>
            <numerusform>; %n fehlerhafte Zeile übersprungen (Zeile %1: %2)</numerusform>
            <numerusform>; %n fehlerhafte Zeilen übersprungen (Zeile %1: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>To get requests: send some from the playground or with `tierctl complete --route` (each routed call is stored with its message), or import a JSONL file with one request per line in `tierctl route --jsonl`&apos;s format, e.g. {&quot;message&quot;: &quot;…&quot;, &quot;taskType&quot;: &quot;chat&quot;, &quot;contextTokens&quot;: 1200}.</source>
        <translation>So erhalten Sie Anfragen: Senden Sie welche aus dem Playground oder mit `tierctl complete --route` (jeder geroutete Aufruf wird mit seiner Nachricht gespeichert), oder importieren Sie eine JSONL-Datei mit einer Anfrage pro Zeile im Format von `tierctl route --jsonl`, z. B. {&quot;message&quot;: &quot;…&quot;, &quot;taskType&quot;: &quot;chat&quot;, &quot;contextTokens&quot;: 1200}.</translation>
    </message>
    <message>
        <source>Nothing to replay: %1

%2</source>
        <translation>Nichts zu wiederholen: %1

%2</translation>
    </message>
    <message>
        <source>Nothing to replay: the workspace database holds no routing decisions with their message text.

%1</source>
        <translation>Nichts zu wiederholen: Die Datenbank des Arbeitsbereichs enthält keine Routing-Entscheidungen mit ihrem Nachrichtentext.

%1</translation>
    </message>
    <message>
        <source>Nothing to replay: %1 holds no readable request.

%2</source>
        <translation>Nichts zu wiederholen: %1 enthält keine lesbare Anfrage.

%2</translation>
    </message>
    <message>
        <source>Nothing to replay yet: load the stored requests or import a JSONL file.

%1</source>
        <translation>Noch nichts zu wiederholen: Laden Sie die gespeicherten Anfragen oder importieren Sie eine JSONL-Datei.

%1</translation>
    </message>
</context>
<context>
    <name>RequestSourceBar</name>
    <message>
        <source>Stored Requests</source>
        <translation>Gespeicherte Anfragen</translation>
    </message>
    <message>
        <source>Import JSONL…</source>
        <translation>JSONL importieren…</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <source>The routing decisions stored in the workspace database, with their message text</source>
        <translation>Die in der Datenbank des Arbeitsbereichs gespeicherten Routing-Entscheidungen mit ihrem Nachrichtentext</translation>
    </message>
    <message>
        <source>One request per line, in `tierctl route --jsonl`&apos;s input format</source>
        <translation>Eine Anfrage pro Zeile, im Eingabeformat von `tierctl route --jsonl`</translation>
    </message>
    <message>
        <source>No workspace database is open: import a JSONL file instead</source>
        <translation>Keine Datenbank des Arbeitsbereichs geöffnet: Importieren Sie stattdessen eine JSONL-Datei</translation>
    </message>
    <message>
        <source>Import requests (JSONL)</source>
        <translation>Anfragen importieren (JSONL)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON-Zeilen (*.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <source>line %1: %2
</source>
        <translation>Zeile %1: %2
</translation>
    </message>
</context>
<context>
    <name>RouteEval</name>
    <message>
        <source>no header line; expected prompt,&lt;weak model&gt;,&lt;strong model&gt;</source>
        <translation>keine Kopfzeile; erwartet wird prompt,&lt;weak model&gt;,&lt;strong model&gt;</translation>
    </message>
    <message>
        <source>the header has no &apos;prompt&apos; column</source>
        <translation>die Kopfzeile hat keine Spalte &apos;prompt&apos;</translation>
    </message>
    <message>
        <source>the header needs a weak and a strong label column (after &apos;prompt&apos;; or name them)</source>
        <translation>die Kopfzeile braucht eine Spalte für das schwache und eine für das starke Label (nach &apos;prompt&apos;; oder benennen Sie sie)</translation>
    </message>
    <message>
        <source>record %1: a quoted field is not closed</source>
        <translation>Datensatz %1: ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>record %1: %2 fields, expected %3</source>
        <translation>Datensatz %1: %2 Felder, erwartet %3</translation>
    </message>
    <message>
        <source>record %1: a label is not True/False</source>
        <translation>Datensatz %1: ein Label ist nicht True/False</translation>
    </message>
</context>
<context>
    <name>RouteJson</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>RoutedCall</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No target could serve the call.</source>
        <translation>Kein Ziel konnte den Aufruf bedienen.</translation>
    </message>
</context>
<context>
    <name>RoutedCallService</name>
    <message>
        <source>The prompt is empty: type the message to send.</source>
        <translation>Der Prompt ist leer: Geben Sie die zu sendende Nachricht ein.</translation>
    </message>
</context>
<context>
    <name>RouterFormat</name>
    <message>
        <source>light</source>
        <translation>light</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>heavy</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>task-type override</source>
        <translation>Aufgabentyp-Überschreibung</translation>
    </message>
    <message>
        <source>agent preference</source>
        <translation>Agent-Präferenz</translation>
    </message>
    <message>
        <source>default tier (no signal)</source>
        <translation>Standardstufe (kein Signal)</translation>
    </message>
    <message>
        <source>Cost unknown: set cost per million input and output tokens on this tier in the Configs mode.</source>
        <translation>Kosten unbekannt: Setzen Sie im Modus Konfigurationen die Kosten pro Million Eingabe- und Ausgabe-Token für diese Stufe.</translation>
    </message>
    <message>
        <source>%1 in × $%2/M + %3 out × $%4/M = %5</source>
        <translation>%1 ein × $%2/M + %3 aus × $%4/M = %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>RouterPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>eingebauter Standard</translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation>&amp;Playground</translation>
    </message>
    <message>
        <source>before = the saved policy, after = the edited policy, both on %1</source>
        <translation>vorher = die gespeicherte Richtlinie, nachher = die bearbeitete Richtlinie, beide auf %1</translation>
    </message>
    <message>
        <source>the current config</source>
        <translation>die aktuelle Konfiguration</translation>
    </message>
    <message>
        <source>&amp;What-if Replay</source>
        <translation>&amp;Was-wäre-wenn-Wiederholung</translation>
    </message>
    <message>
        <source>Apply calibration</source>
        <translation>Kalibrierung anwenden</translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation>&amp;Kalibrierung</translation>
    </message>
    <message>
        <source>Route onto &amp;config</source>
        <translation>Auf &amp;Konfiguration routen</translation>
    </message>
    <message>
        <source>The workspace tier config whose tiers, models and prices the policy routes onto</source>
        <translation>Die Stufenkonfiguration des Arbeitsbereichs, auf deren Stufen, Modelle und Preise die Richtlinie routet</translation>
    </message>
    <message>
        <source>the seed&apos;s default config</source>
        <translation>die Standardkonfiguration der Vorlage</translation>
    </message>
</context>
<context>
    <name>RouterPolicyCodec</name>
    <message>
        <source>Unknown field &quot;%1&quot;; it is kept when saving but the router ignores it. Known fields here: %2.</source>
        <translation>Unbekanntes Feld &quot;%1&quot;; es bleibt beim Speichern erhalten, aber der Router ignoriert es. Bekannte Felder hier: %2.</translation>
    </message>
    <message>
        <source>%1 must be a mapping (%2), not %3.</source>
        <translation>%1 muss eine Zuordnung sein (%2), nicht %3.</translation>
    </message>
    <message>
        <source>A key in %1 must be a plain name, not %2.</source>
        <translation>Ein Schlüssel in %1 muss ein einfacher Name sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 is a quoted string; write the number without quotes, e.g. %2.</source>
        <translation>%1 ist ein String in Anführungszeichen; schreiben Sie die Zahl ohne Anführungszeichen, z. B. %2.</translation>
    </message>
    <message>
        <source>%1 must be a number such as %2, not %3.</source>
        <translation>%1 muss eine Zahl wie %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>%1 must be a finite decimal number such as %2, not &quot;%3&quot;.</source>
        <translation>%1 muss eine endliche Dezimalzahl wie %2 sein, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>`standard:` and `heavy:` scores in 0..1</source>
        <translation>`standard:`- und `heavy:`-Scores in 0..1</translation>
    </message>
    <message>
        <source>%1 is %2; a threshold is a score between 0 and 1.</source>
        <translation>%1 ist %2; ein Schwellwert ist ein Score zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>The standard threshold (%1) must be below the heavy threshold (%2): scores from standard up to heavy route to the standard class.</source>
        <translation>Der Standard-Schwellwert (%1) muss unter dem Heavy-Schwellwert (%2) liegen: Scores von Standard bis Heavy routen in die Standard-Klasse.</translation>
    </message>
    <message>
        <source>one weight per factor</source>
        <translation>ein Gewicht pro Faktor</translation>
    </message>
    <message>
        <source>%1 is %2; a weight cannot be negative. Use 0 to ignore the factor.</source>
        <translation>%1 ist %2; ein Gewicht kann nicht negativ sein. Verwenden Sie 0, um den Faktor zu ignorieren.</translation>
    </message>
    <message>
        <source>Every weight is 0, so no request can score above 0. Give at least one factor a positive weight.</source>
        <translation>Jedes Gewicht ist 0, daher kann keine Anfrage über 0 kommen. Geben Sie mindestens einem Faktor ein positives Gewicht.</translation>
    </message>
    <message>
        <source>task type: light, standard or heavy</source>
        <translation>Aufgabentyp: light, standard oder heavy</translation>
    </message>
    <message>
        <source>%1 needs a class: light, standard or heavy, not %2.</source>
        <translation>%1 braucht eine Klasse: light, standard oder heavy, nicht %2.</translation>
    </message>
    <message>
        <source>Task class &quot;%1&quot; is not one of light, standard, heavy; class names are lower-case: write &quot;%2&quot;.</source>
        <translation>Aufgabenklasse &quot;%1&quot; ist keine von light, standard, heavy; Klassennamen sind kleingeschrieben: schreiben Sie &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Task class &quot;%1&quot; is not one of light, standard, heavy.</source>
        <translation>Aufgabenklasse &quot;%1&quot; ist keine von light, standard, heavy.</translation>
    </message>
    <message>
        <source>%1 is the tier a request without evidence either way routes to: light, standard or heavy, not %2.</source>
        <translation>%1 ist die Stufe, in die eine Anfrage ohne eindeutige Hinweise routet: light, standard oder heavy, nicht %2.</translation>
    </message>
    <message>
        <source>capability: criticality in 0..1</source>
        <translation>Fähigkeit: Kritikalität in 0..1</translation>
    </message>
    <message>
        <source>%1 is %2; a capability&apos;s criticality is between 0 (trivial) and 1 (safety-critical).</source>
        <translation>%1 ist %2; die Kritikalität einer Fähigkeit liegt zwischen 0 (trivial) und 1 (sicherheitskritisch).</translation>
    </message>
    <message>
        <source>dailyTokens, monthlyTokens, dailyUsd, monthlyUsd</source>
        <translation>dailyTokens, monthlyTokens, dailyUsd, monthlyUsd</translation>
    </message>
    <message>
        <source>%1 must be a whole number of tokens above 0 such as 1000000, without quotes (%2). Leave it out for no limit.</source>
        <translation>%1 muss eine ganze Token-Zahl über 0 wie 1000000 sein, ohne Anführungszeichen (%2). Lassen Sie es weg für kein Limit.</translation>
    </message>
    <message>
        <source>it is quoted</source>
        <translation>es steht in Anführungszeichen</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>es ist %1</translation>
    </message>
    <message>
        <source>%1 is a YAML number; dollars are exact decimal strings. Quote it: %2: &quot;%3&quot;.</source>
        <translation>%1 ist eine YAML-Zahl; Dollarbeträge sind exakte Dezimal-Strings. Setzen Sie ihn in Anführungszeichen: %2: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a decimal string such as &quot;50.00&quot;, not %2.</source>
        <translation>%1 muss ein Dezimal-String wie &quot;50.00&quot; sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a dollar amount above 0; write it like &quot;50.00&quot; (no sign, unit, exponent or more than 12 decimals). Leave it out for no limit.</source>
        <translation>%1 &quot;%2&quot; ist kein Dollarbetrag über 0; schreiben Sie ihn wie &quot;50.00&quot; (ohne Vorzeichen, Einheit, Exponent oder mehr als 12 Nachkommastellen). Lassen Sie ihn weg für kein Limit.</translation>
    </message>
    <message>
        <source>`default:` and `tenants:` limits</source>
        <translation>Limits `default:` und `tenants:`</translation>
    </message>
    <message>
        <source>tenant: limits</source>
        <translation>Mandant: Limits</translation>
    </message>
    <message>
        <source>spec.budgets has no `default:`, so a tenant without its own limits is unlimited. TOKEN_BUDGET_DAILY and TOKEN_BUDGET_MONTHLY are not used when the policy has budgets.</source>
        <translation>spec.budgets hat kein `default:`, daher ist ein Mandant ohne eigene Limits unbegrenzt. TOKEN_BUDGET_DAILY und TOKEN_BUDGET_MONTHLY werden nicht verwendet, wenn die Richtlinie Budgets hat.</translation>
    </message>
    <message>
        <source>thresholds, weights, taskOverrides, defaultTier, capabilities, budgets</source>
        <translation>thresholds, weights, taskOverrides, defaultTier, capabilities, budgets</translation>
    </message>
    <message>
        <source>with a `name:`</source>
        <translation>mit einem `name:`</translation>
    </message>
    <message>
        <source>metadata.name &quot;%1&quot; is not a valid DNS-1123 name: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation>metadata.name &quot;%1&quot; ist kein gültiger DNS-1123-Name: Verwenden Sie Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos;, beginnend und endend mit Buchstabe oder Ziffer.</translation>
    </message>
    <message>
        <source>This is a %1 document, not a RouterPolicy. Give a file with `kind: RouterPolicy` (thresholds, weights, overrides and budgets).</source>
        <translation>Dies ist ein %1-Dokument, keine RouterPolicy. Geben Sie eine Datei mit `kind: RouterPolicy` an (Schwellwerte, Gewichte, Überschreibungen und Budgets).</translation>
    </message>
    <message>
        <source>The document has no apiVersion. Add `apiVersion: %1`.</source>
        <translation>Das Dokument hat keine apiVersion. Fügen Sie `apiVersion: %1` hinzu.</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not supported for kind RouterPolicy; use `apiVersion: %2`.</source>
        <translation>apiVersion &quot;%1&quot; wird für kind RouterPolicy nicht unterstützt; verwenden Sie `apiVersion: %2`.</translation>
    </message>
    <message>
        <source>The document has no kind. A router policy starts with `kind: RouterPolicy`.</source>
        <translation>Das Dokument hat kein kind. Eine Router-Richtlinie beginnt mit `kind: RouterPolicy`.</translation>
    </message>
    <message>
        <source>YAML syntax error: %1.</source>
        <translation>YAML-Syntaxfehler: %1.</translation>
    </message>
    <message>
        <source>The policy file is empty. Start it with `apiVersion: %1` and `kind: RouterPolicy`.</source>
        <translation>Die Richtliniendatei ist leer. Beginnen Sie sie mit `apiVersion: %1` und `kind: RouterPolicy`.</translation>
    </message>
    <message>
        <source>A policy file holds one RouterPolicy document; this is document %1. Move it to its own file.</source>
        <translation>Eine Richtliniendatei enthält ein RouterPolicy-Dokument; dies ist Dokument %1. Verschieben Sie es in eine eigene Datei.</translation>
    </message>
    <message>
        <source>An alias refers to a collection that contains it (like `a: &amp;x [*x]`); a policy cannot be recursive. Replace the alias with the values it stands for.</source>
        <translation>Ein Alias verweist auf eine Sammlung, die ihn enthält (wie `a: &amp;x [*x]`); eine Richtlinie kann nicht rekursiv sein. Ersetzen Sie den Alias durch die Werte, für die er steht.</translation>
    </message>
    <message>
        <source>The document is %1, not a mapping. A policy starts with `apiVersion:`, `kind:`, `metadata:` and `spec:`.</source>
        <translation>Das Dokument ist %1, keine Zuordnung. Eine Richtlinie beginnt mit `apiVersion:`, `kind:`, `metadata:` und `spec:`.</translation>
    </message>
    <message>
        <source>The policy could not be read: %1.</source>
        <translation>Die Richtlinie konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>%1 is not a router policy; give a file with `kind: RouterPolicy`.</source>
        <translation>%1 ist keine Router-Richtlinie; geben Sie eine Datei mit `kind: RouterPolicy` an.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); run &apos;tierctl validate %1&apos; to see them.</source>
        <translation>
            <numerusform>%1 hat %n Fehler; führen Sie &apos;tierctl validate %1&apos; aus, um ihn zu sehen.</numerusform>
            <numerusform>%1 hat %n Fehler; führen Sie &apos;tierctl validate %1&apos; aus, um sie zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouterTarget</name>
    <message>
        <source>The router chose tier &apos;%1&apos;, which the config does not have.</source>
        <translation>Der Router wählte Stufe &apos;%1&apos;, die die Konfiguration nicht hat.</translation>
    </message>
</context>
<context>
    <name>RoutingRequests</name>
    <message>
        <source>Cannot read the stored routing requests: %1</source>
        <translation>Die gespeicherten Routing-Anfragen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Run remaining</source>
        <translation>Rest ausführen</translation>
    </message>
    <message>
        <source>Run the comparison (Ctrl+Enter)</source>
        <translation>Vergleich ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Start no new cells; the ones in flight finish</source>
        <translation>Keine neuen Zellen starten; laufende werden fertig</translation>
    </message>
    <message>
        <source>Start the waiting cells again</source>
        <translation>Die wartenden Zellen wieder starten</translation>
    </message>
    <message>
        <source>Abort every request in flight</source>
        <translation>Alle laufenden Anfragen abbrechen</translation>
    </message>
    <message>
        <source>Run the failed cells of this run again; the others are kept</source>
        <translation>Die fehlgeschlagenen Zellen dieses Laufs erneut ausführen; die anderen bleiben</translation>
    </message>
    <message>
        <source>Run the cells the cancel left undone; finished cells are kept</source>
        <translation>Die durch den Abbruch offenen Zellen ausführen; fertige Zellen bleiben</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n cell(s)</source>
        <translation>
            <numerusform>Bereit: %n Zelle</numerusform>
            <numerusform>Bereit: %n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to run yet</source>
        <translation>Noch nichts auszuführen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2 cells</source>
        <translation>%1 von %2 Zellen</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 laufen</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 with failed assertions</source>
        <translation>%1 mit fehlgeschlagenen Zusicherungen</translation>
    </message>
    <message>
        <source>%1 waiting after 429</source>
        <translation>%1 warten nach 429</translation>
    </message>
</context>
<context>
    <name>RunDiffModel</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>cost A</source>
        <translation>Kosten A</translation>
    </message>
    <message>
        <source>cost B</source>
        <translation>Kosten B</translation>
    </message>
    <message>
        <source>Δ cost</source>
        <translation>Δ Kosten</translation>
    </message>
    <message>
        <source>latency A</source>
        <translation>Latenz A</translation>
    </message>
    <message>
        <source>latency B</source>
        <translation>Latenz B</translation>
    </message>
    <message>
        <source>Δ latency</source>
        <translation>Δ Latenz</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the selected run in the grid and the panes</source>
        <translation>Den gewählten Lauf im Raster und in den Bereichen zeigen</translation>
    </message>
    <message>
        <source>Diff two runs</source>
        <translation>Zwei Läufe vergleichen</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click): Δ cost and Δ latency per cell, B − A</source>
        <translation>Zwei Läufe wählen (Strg+Klick): Δ Kosten und Δ Latenz pro Zelle, B − A</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>started (UTC)</source>
        <translation>gestartet (UTC)</translation>
    </message>
    <message>
        <source>Select exactly two runs to diff them.</source>
        <translation>Wählen Sie genau zwei Läufe zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 cells compared; total Δ cost %2%3 (B − A; green is cheaper or faster)</source>
        <translation>%1 Zellen verglichen; gesamt Δ Kosten %2%3 (B − A; grün ist günstiger oder schneller)</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>A run needs a provider and a model.</source>
        <translation>Ein Lauf braucht einen Anbieter und ein Modell.</translation>
    </message>
    <message>
        <source>Cannot save run %1: a call with this id is already stored.</source>
        <translation>Lauf %1 kann nicht gespeichert werden: Ein Aufruf mit dieser ID ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>Run %1 needs an id, a provider and a model.</source>
        <translation>Lauf %1 braucht eine ID, einen Anbieter und ein Modell.</translation>
    </message>
    <message>
        <source>Cannot save runs: %1</source>
        <translation>Läufe können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save run %1: %2</source>
        <translation>Lauf %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save routing decision %1: %2</source>
        <translation>Routing-Entscheidung %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read runs: %1</source>
        <translation>Läufe können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>| target | cells | ok | errors | pass rate | p50 | p95 | cost | 429s absorbed |</source>
        <translation>| Ziel | Zellen | ok | Fehler | Bestehensquote | p50 | p95 | Kosten | abgefangene 429 |</translation>
    </message>
    <message>
        <source> (+%1 unknown)</source>
        <translation> (+%1 unbekannt)</translation>
    </message>
    <message>
        <source>## %1 vs %2</source>
        <translation>## %1 vs. %2</translation>
    </message>
    <message>
        <source>- paired cells: %1</source>
        <translation>- gepaarte Zellen: %1</translation>
    </message>
    <message>
        <source>- cost: %1 vs %2, saved %3 (%4%)</source>
        <translation>- Kosten: %1 vs. %2, gespart %3 (%4 %)</translation>
    </message>
    <message>
        <source>- pass-rate delta: %1 points</source>
        <translation>- Differenz der Bestehensquote: %1 Punkte</translation>
    </message>
</context>
<context>
    <name>ScoreGauge</name>
    <message>
        <source>Complexity score</source>
        <translation>Komplexitäts-Score</translation>
    </message>
    <message>
        <source>Score %1 (%2 by score). Light below %3, standard from %3, heavy from %4.</source>
        <translation>Score %1 (%2 nach Score). Light unter %3, Standard ab %3, Heavy ab %4.</translation>
    </message>
    <message>
        <source>Score %1 · %2 by score</source>
        <translation>Score %1 · %2 nach Score</translation>
    </message>
    <message>
        <source>standard %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>heavy %1</source>
        <translation>Heavy %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not store the key: %1</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The keychain did not remove the key: %1</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht entfernt: %1</translation>
    </message>
    <message>
        <source>no Secret Service (GNOME Keyring, KWallet) answered on D-Bus</source>
        <translation>kein Secret Service (GNOME Keyring, KWallet) hat auf D-Bus geantwortet</translation>
    </message>
    <message>
        <source>the keychain did not answer (locked?)</source>
        <translation>der Schlüsselbund hat nicht geantwortet (gesperrt?)</translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>Schlüsselbundeintrag %1</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>%1 is not set: set it (export %2=..., or Models ▸ Providers ▸ Set key…) or set auth.type: none for a server that needs no key.</source>
        <translation>%1 ist nicht gesetzt: Setzen Sie es (export %2=... oder Modelle ▸ Anbieter ▸ Schlüssel setzen…) oder setzen Sie auth.type: none für einen Server, der keinen Schlüssel braucht.</translation>
    </message>
    <message>
        <source>%1 is not set and no keychain entry %2 exists: set one (export %3=..., or store the key in the OS keychain under service &quot;%4&quot;, entry &quot;%2&quot;).</source>
        <translation>%1 ist nicht gesetzt und es gibt keinen Schlüsselbundeintrag %2: Setzen Sie einen (export %3=... oder speichern Sie den Schlüssel im Schlüsselbund des Systems unter Dienst &quot;%4&quot;, Eintrag &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>No environment variable</source>
        <translation>Keine Umgebungsvariable</translation>
    </message>
    <message>
        <source>The keychain is switched off (TIERBENCH_NO_KEYCHAIN=1): set the environment variable instead (%1 for a provider&apos;s own key).</source>
        <translation>Der Schlüsselbund ist abgeschaltet (TIERBENCH_NO_KEYCHAIN=1): Setzen Sie stattdessen die Umgebungsvariable (%1 für den eigenen Schlüssel eines Anbieters).</translation>
    </message>
    <message>
        <source>The keychain is switched off (TIERBENCH_NO_KEYCHAIN=1).</source>
        <translation>Der Schlüsselbund ist abgeschaltet (TIERBENCH_NO_KEYCHAIN=1).</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>failed %1 (%2): %3</source>
        <translation>%1 fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 tokens used, no limit</source>
        <translation>%1 Token verbraucht, kein Limit</translation>
    </message>
    <message>
        <source>%1 of %2 tokens left</source>
        <translation>%1 von %2 Token übrig</translation>
    </message>
    <message>
        <source>%1 spent, no limit</source>
        <translation>%1 ausgegeben, kein Limit</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 von %2 übrig</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>No API key is set for this config&apos;s providers: the demo&apos;s simulated provider answers, and no model is called. Set a key in Settings ▸ Keys.</source>
        <translation>Für die Anbieter dieser Konfiguration ist kein API-Schlüssel gesetzt: Der simulierte Anbieter der Demo antwortet, kein Modell wird aufgerufen. Setzen Sie einen Schlüssel unter Einstellungen ▸ Schlüssel.</translation>
    </message>
    <message>
        <source>The answer streams here.</source>
        <translation>Die Antwort erscheint hier.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Send the message through the router (Ctrl+Enter): the tier above answers, with fallback on errors, billed to the tenant&apos;s budget.</source>
        <translation>Die Nachricht über den Router senden (Strg+Eingabe): Die Stufe oben antwortet, mit Rückfall bei Fehlern, abgerechnet über das Budget des Mandanten.</translation>
    </message>
    <message>
        <source>Sending needs the RoutedCall service, which this window was started without (the preview harness). Run tierbench to send.</source>
        <translation>Senden braucht den RoutedCall-Dienst, ohne den dieses Fenster gestartet wurde (die Vorschau-Umgebung). Starten Sie tierbench zum Senden.</translation>
    </message>
    <message>
        <source>Routing…</source>
        <translation>Routing…</translation>
    </message>
    <message>
        <source>Calling %1 · %2 / %3…</source>
        <translation>Rufe %1 · %2 / %3 auf…</translation>
    </message>
    <message>
        <source>Fallback hops:
</source>
        <translation>Rückfall-Sprünge:
</translation>
    </message>
    <message>
        <source>Answered by %1 · %2 / %3 · %4</source>
        <translation>Beantwortet von %1 · %2 / %3 · %4</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Nicht beantwortet: %1</translation>
    </message>
    <message>
        <source>No fallback hops.</source>
        <translation>Keine Rückfall-Sprünge.</translation>
    </message>
    <message>
        <source>Budget alert: %1% of the %2 budget used</source>
        <translation>Budgetwarnung: %1 % des %2-Budgets verbraucht</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>Tages</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>Monats</translation>
    </message>
    <message>
        <source>The call was not recorded: %1</source>
        <translation>Der Aufruf wurde nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Budget left for tenant %1 — today: %2</source>
        <translation>Restbudget für Mandant %1 — heute: %2</translation>
    </message>
    <message>
        <source>; this month: %1</source>
        <translation>; diesen Monat: %1</translation>
    </message>
    <message>
        <source> (UTC periods)</source>
        <translation> (UTC-Zeiträume)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Menus, numbers and dates follow the language; exported files never do. A new language applies when TierBench starts next.</source>
        <translation>Menüs, Zahlen und Datumsangaben folgen der Sprache; exportierte Dateien nie. Eine neue Sprache gilt beim nächsten Start von TierBench.</translation>
    </message>
    <message>
        <source>The last workspace opened</source>
        <translation>Der zuletzt geöffnete Arbeitsbereich</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Default workspace:</source>
        <translation>Standard-Arbeitsbereich:</translation>
    </message>
    <message>
        <source>The folder of configs TierBench opens at start when no --workspace is given.</source>
        <translation>Der Konfigurationsordner, den TierBench beim Start öffnet, wenn kein --workspace angegeben ist.</translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation>Standard-Arbeitsbereich</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Total call deadline:</source>
        <translation>Gesamtfrist pro Aufruf:</translation>
    </message>
    <message>
        <source>The longest one model call may take, retries and waits included: a server that drips bytes is stopped here. Applies to the next call in Compare, the Router and the Models mode.</source>
        <translation>Die längste Dauer eines Modellaufrufs, Wiederholungen und Wartezeiten eingeschlossen: Ein Server, der Bytes tröpfelt, wird hier gestoppt. Gilt für den nächsten Aufruf in Vergleichen, Router und Modelle.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Alle 6 Stunden</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Sync the model registry:</source>
        <translation>Model-Registry synchronisieren:</translation>
    </message>
    <message>
        <source>While TierBench runs, fetch the model lists of every provider with a key (the Models mode&apos;s Sync now, on a schedule).</source>
        <translation>Solange TierBench läuft, die Modelllisten aller Anbieter mit Schlüssel abrufen („Jetzt synchronisieren&quot; des Modus Modelle, nach Zeitplan).</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Jede Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalHighlighter</name>
    <message>
        <source>keyword signal “%1” %2</source>
        <translation>Schlüsselwortsignal „%1&quot; %2</translation>
    </message>
    <message>
        <source>keyword signal “%1” %2 (repeat: counted once)</source>
        <translation>Schlüsselwortsignal „%1&quot; %2 (Wiederholung: einmal gezählt)</translation>
    </message>
</context>
<context>
    <name>SimulatedCellJob</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>The simulated provider was told to fail this request (%1). Retry the failed cells to run it again.</source>
        <translation>Der simulierte Anbieter sollte diese Anfrage scheitern lassen (%1). Wiederholen Sie die fehlgeschlagenen Zellen, um sie erneut auszuführen.</translation>
    </message>
</context>
<context>
    <name>SqlBudgetLedger</name>
    <message>
        <source>Stored budget cost &apos;%1&apos; is not a decimal.</source>
        <translation>Gespeicherte Budgetkosten &apos;%1&apos; sind keine Dezimalzahl.</translation>
    </message>
    <message>
        <source>Cannot read budget usage: %1</source>
        <translation>Budgetverbrauch kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot add budget usage: %1</source>
        <translation>Budgetverbrauch kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Cannot record a budget alert: %1</source>
        <translation>Eine Budgetwarnung kann nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot list budget tenants: %1</source>
        <translation>Budget-Mandanten können nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>SqlCellStore</name>
    <message>
        <source>Could not store cell %1 of run %2: %3</source>
        <translation>Zelle %1 von Lauf %2 konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Could not store %1 of run %2: %3</source>
        <translation>%1 von Lauf %2 konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>The run database was written by a newer TierBench (experiments schema %1).</source>
        <translation>Die Lauf-Datenbank wurde von einem neueren TierBench geschrieben (Experiment-Schema %1).</translation>
    </message>
    <message>
        <source>Run %1 is being run by %2 (last seen %3 s ago). Wait for it to finish or stop it; a lock that is not renewed for %4 s is taken over.</source>
        <translation>Lauf %1 wird von %2 ausgeführt (zuletzt gesehen vor %3 s). Warten Sie, bis er fertig ist, oder stoppen Sie ihn; eine Sperre, die %4 s nicht erneuert wird, wird übernommen.</translation>
    </message>
    <message>
        <source>the run lock</source>
        <translation>die Lauf-Sperre</translation>
    </message>
    <message>
        <source>%1 (pid %2 on %3)</source>
        <translation>%1 (PID %2 auf %3)</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot;</source>
        <translation>der Status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a vote</source>
        <translation>eine Stimme</translation>
    </message>
</context>
<context>
    <name>SqlMetricsSink</name>
    <message>
        <source>Cannot store the routing decision: %1</source>
        <translation>Die Routing-Entscheidung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read routing decisions: %1</source>
        <translation>Routing-Entscheidungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>StoreCallRecorder</name>
    <message>
        <source>The store writer is gone.</source>
        <translation>Der Speicher-Schreiber ist nicht mehr da.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The source and the target are the same store.</source>
        <translation>Quelle und Ziel sind derselbe Speicher.</translation>
    </message>
</context>
<context>
    <name>StreamPane</name>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>Answers come from the built-in simulator, not a real model. Add an API key in Settings ▸ Keys to compare real models.</source>
        <translation>Antworten kommen vom eingebauten Simulator, nicht von einem echten Modell. Fügen Sie unter Einstellungen ▸ Schlüssel einen API-Schlüssel hinzu, um echte Modelle zu vergleichen.</translation>
    </message>
    <message>
        <source>router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Each prompt is routed by the complexity estimator to a tier.</source>
        <translation>Jeder Prompt wird vom Komplexitätsschätzer zu einer Stufe geroutet.</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>chosen per prompt</source>
        <translation>pro Prompt gewählt</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>waiting for first token…</source>
        <translation>warte auf erstes Token…</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>streamt</translation>
    </message>
    <message>
        <source>Estimated from the streamed chunks (about one token each); the provider&apos;s exact count replaces it when the answer ends.</source>
        <translation>Geschätzt aus den gestreamten Blöcken (etwa ein Token je Block); die exakte Zahl des Anbieters ersetzt sie, wenn die Antwort endet.</translation>
    </message>
    <message>
        <source>≈%1 so far</source>
        <translation>≈%1 bisher</translation>
    </message>
    <message>
        <source>rate limited, waiting</source>
        <translation>ratenbegrenzt, warte</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>routed: %1</source>
        <translation>geroutet: %1</translation>
    </message>
    <message>
        <source>Output tokens over the time after the first token.</source>
        <translation>Ausgabe-Token über die Zeit nach dem ersten Token.</translation>
    </message>
    <message>
        <source>As reported by the provider.</source>
        <translation>Wie vom Anbieter gemeldet.</translation>
    </message>
    <message>
        <source>The provider did not report it.</source>
        <translation>Der Anbieter hat es nicht gemeldet.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>%1 assertion(s) failed</source>
        <translation>%1 Zusicherung(en) fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt; (one pane each)</source>
        <translation>&lt;b&gt;Ziele&lt;/b&gt; (je ein Bereich)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Tick two or more targets to compare them side by side.</source>
        <translation>Haken Sie zwei oder mehr Ziele an, um sie nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <source>router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>  — routes each prompt to a tier</source>
        <translation>  — routet jeden Prompt zu einer Stufe</translation>
    </message>
    <message>
        <source>  — %1  [simulated]</source>
        <translation>  — %1  [simuliert]</translation>
    </message>
    <message>
        <source>The built-in simulator: no key, no network, deterministic text.</source>
        <translation>Der eingebaute Simulator: kein Schlüssel, kein Netzwerk, deterministischer Text.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Prices: %1 in, %2 out</source>
        <translation>Preise: %1 ein, %2 aus</translation>
    </message>
</context>
<context>
    <name>TargetResolver</name>
    <message>
        <source>An empty target name.</source>
        <translation>Ein leerer Zielname.</translation>
    </message>
    <message>
        <source>Unknown target &apos;%1&apos;: the config has the tiers %2; also &apos;router&apos; or &apos;provider:model&apos;.</source>
        <translation>Unbekanntes Ziel &apos;%1&apos;: Die Konfiguration hat die Stufen %2; außerdem &apos;router&apos; oder &apos;provider:model&apos;.</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; must be &apos;provider:model&apos;.</source>
        <translation>Ziel &apos;%1&apos; muss &apos;provider:model&apos; sein.</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; is listed twice.</source>
        <translation>Ziel &apos;%1&apos; ist doppelt aufgeführt.</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
</context>
<context>
    <name>TeamDatabasePage</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Calls, routing decisions, budgets, the model registry and Compare runs are kept in one store. A team shares one PostgreSQL database; leave the URL empty to use this machine&apos;s own SQLite file.</source>
        <translation>Aufrufe, Routing-Entscheidungen, Budgets, die Model-Registry und Vergleichsläufe liegen in einem Speicher. Ein Team teilt sich eine PostgreSQL-Datenbank; lassen Sie die URL leer, um die eigene SQLite-Datei dieses Rechners zu verwenden.</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Jetzt in Gebrauch:</translation>
    </message>
    <message>
        <source>The choice applies when TierBench starts next. tierctl uses --db or TIERBENCH_DB.</source>
        <translation>Die Wahl gilt beim nächsten Start von TierBench. tierctl verwendet --db oder TIERBENCH_DB.</translation>
    </message>
    <message>
        <source>none needed (a SQLite file)</source>
        <translation>keines nötig (eine SQLite-Datei)</translation>
    </message>
    <message>
        <source>in the URL: remove it, and set PGPASSWORD, a ~/.pgpass line or the keychain entry %1 instead</source>
        <translation>in der URL: Entfernen Sie es und setzen Sie stattdessen PGPASSWORD, eine ~/.pgpass-Zeile oder den Schlüsselbundeintrag %1</translation>
    </message>
    <message>
        <source>PGPASSWORD when set, else the keychain entry %1 (service %2), else ~/.pgpass.</source>
        <translation>PGPASSWORD, wenn gesetzt, sonst der Schlüsselbundeintrag %1 (Dienst %2), sonst ~/.pgpass.</translation>
    </message>
    <message>
        <source>Connected in %1 ms, but the database has schema version %2 and this TierBench knows only %3: install the newer TierBench that upgraded it.</source>
        <translation>Verbunden in %1 ms, aber die Datenbank hat Schemaversion %2 und dieses TierBench kennt nur %3: Installieren Sie das neuere TierBench, das sie aktualisiert hat.</translation>
    </message>
    <message>
        <source>Connected in %1 ms. The database is empty; TierBench creates its tables on first use.</source>
        <translation>Verbunden in %1 ms. Die Datenbank ist leer; TierBench legt seine Tabellen bei der ersten Verwendung an.</translation>
    </message>
    <message>
        <source>Connected in %1 ms (schema version %2 of %3).</source>
        <translation>Verbunden in %1 ms (Schemaversion %2 von %3).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Not saved: the URL holds a password, which would be written to the settings file. Remove it and set PGPASSWORD, a ~/.pgpass line or the keychain entry %1.</source>
        <translation>Nicht gespeichert: Die URL enthält ein Passwort, das in die Einstellungsdatei geschrieben würde. Entfernen Sie es und setzen Sie PGPASSWORD, eine ~/.pgpass-Zeile oder den Schlüsselbundeintrag %1.</translation>
    </message>
</context>
<context>
    <name>TestCaseImport</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file is empty: the first row must name the variables.</source>
        <translation>Die Datei ist leer: Die erste Zeile muss die Variablen benennen.</translation>
    </message>
    <message>
        <source>Line 1: column %1 of the header has no name.</source>
        <translation>Zeile 1: Spalte %1 der Kopfzeile hat keinen Namen.</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields but the header names %3.</source>
        <translation>Zeile %1 hat %2 Felder, aber die Kopfzeile nennt %3.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Line %1: not a JSON object (%2).</source>
        <translation>Zeile %1: kein JSON-Objekt (%2).</translation>
    </message>
    <message>
        <source>Line %1: expected a &quot;prompt&quot; or a &quot;vars&quot; object.</source>
        <translation>Zeile %1: erwartet wird ein &quot;prompt&quot;- oder ein &quot;vars&quot;-Objekt.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>TierCostModel</name>
    <message>
        <source>%1 ✔</source>
        <translation>%1 ✔</translation>
    </message>
    <message>
        <source>The router sends this request to tier %1.</source>
        <translation>Der Router schickt diese Anfrage an Stufe %1.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Gesch. Kosten</translation>
    </message>
</context>
<context>
    <name>TierMap</name>
    <message>
        <source>tier &apos;%1&apos; (%2) is not configured; using the nearest configured tier &apos;%3&apos; (%4)</source>
        <translation>Stufe &apos;%1&apos; (%2) ist nicht konfiguriert; es wird die nächstgelegene konfigurierte Stufe &apos;%3&apos; (%4) verwendet</translation>
    </message>
    <message>
        <source>no tier of the config matches %1, %2 or %3</source>
        <translation>keine Stufe der Konfiguration passt zu %1, %2 oder %3</translation>
    </message>
</context>
<context>
    <name>TierResolver</name>
    <message>
        <source>tier config</source>
        <translation>Stufenkonfiguration</translation>
    </message>
    <message>
        <source>%1 is in the registry but inactive (its provider no longer lists it).</source>
        <translation>%1 ist in der Registry, aber inaktiv (sein Anbieter führt es nicht mehr auf).</translation>
    </message>
    <message>
        <source>Exact model %1 requested.</source>
        <translation>Exaktes Modell %1 angefordert.</translation>
    </message>
    <message>
        <source>No model %1 in the registry; run a sync or check the id (provider:modelId).</source>
        <translation>Kein Modell %1 in der Registry; synchronisieren Sie oder prüfen Sie die ID (provider:modelId).</translation>
    </message>
    <message>
        <source>The model spec names neither a tier nor an exact model.</source>
        <translation>Die Modellangabe nennt weder eine Stufe noch ein exaktes Modell.</translation>
    </message>
    <message>
        <source>No active model in tier &apos;%1&apos; (%2 inactive). Sync the registry or assign a model to the tier.</source>
        <translation>Kein aktives Modell in Stufe &apos;%1&apos; (%2 inaktiv). Synchronisieren Sie die Registry oder weisen Sie der Stufe ein Modell zu.</translation>
    </message>
    <message>
        <source>No active %1 model in tier &apos;%2&apos; (%3 inactive).</source>
        <translation>Kein aktives %1-Modell in Stufe &apos;%2&apos; (%3 inaktiv).</translation>
    </message>
    <message>
        <source>default, </source>
        <translation>Standard, </translation>
    </message>
    <message>
        <source>$%1 in+out per 1M</source>
        <translation>$%1 ein+aus pro 1M</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>picked at random among %n candidate(s) for A/B</source>
        <translation>
            <numerusform>zufällig gewählt unter %n Kandidaten für A/B</numerusform>
            <numerusform>zufällig gewählt unter %n Kandidaten für A/B</numerusform>
        </translation>
    </message>
    <message>
        <source>it is the tier&apos;s default</source>
        <translation>es ist der Standard der Stufe</translation>
    </message>
    <message>
        <source>it is the only active candidate</source>
        <translation>es ist der einzige aktive Kandidat</translation>
    </message>
    <message>
        <source>no default is set and it is the cheapest ($%1 in+out per 1M)</source>
        <translation>kein Standard gesetzt und es ist der günstigste ($%1 ein+aus pro 1M)</translation>
    </message>
    <message>
        <source>no default is set, the price does not decide, and it is the most recent</source>
        <translation>kein Standard gesetzt, der Preis entscheidet nicht, und es ist der neueste</translation>
    </message>
    <message>
        <source>Tier &apos;%1&apos; -&gt; %2: %3.</source>
        <translation>Stufe &apos;%1&apos; -&gt; %2: %3.</translation>
    </message>
    <message>
        <source>No active %1 model in the tier, so other providers were considered.</source>
        <translation>Kein aktives %1-Modell in der Stufe, daher wurden andere Anbieter betrachtet.</translation>
    </message>
    <message>
        <source>Prices come from the tier config, overriding the registry.</source>
        <translation>Preise stammen aus der Stufenkonfiguration und haben Vorrang vor der Registry.</translation>
    </message>
</context>
<context>
    <name>TiersDelegate</name>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>TiersModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Unknown: the tier&apos;s prices are missing or not decimals.</source>
        <translation>Unbekannt: Die Preise der Stufe fehlen oder sind keine Dezimalzahlen.</translation>
    </message>
    <message>
        <source>%1 input tokens × $%2/M + %3 output tokens × $%4/M = $%5</source>
        <translation>%1 Eingabe-Token × $%2/M + %3 Ausgabe-Token × $%4/M = $%5</translation>
    </message>
    <message>
        <source>Overrides the catalog price $%1/M for %2 (%3)</source>
        <translation>Überschreibt den Katalogpreis $%1/M für %2 (%3)</translation>
    </message>
    <message>
        <source>Type to complete from the model catalog; picking a known model fills in its prices.</source>
        <translation>Tippen, um aus dem Modellkatalog zu ergänzen; ein bekanntes Modell füllt seine Preise aus.</translation>
    </message>
    <message>
        <source>Cost of one typical request with the token counts set below the table</source>
        <translation>Kosten einer typischen Anfrage mit den unter der Tabelle gesetzten Token-Zahlen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Token</translation>
    </message>
    <message>
        <source>Input $/M</source>
        <translation>Eingabe $/M</translation>
    </message>
    <message>
        <source>Output $/M</source>
        <translation>Ausgabe $/M</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation>Pro Anfrage</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Invalid: the price &quot;%1&quot; is not a non-negative decimal such as &quot;3.00&quot;; fix it to see the cost (see Problems).</source>
        <translation>Ungültig: Der Preis &quot;%1&quot; ist keine nicht-negative Dezimalzahl wie &quot;3.00&quot;; korrigieren Sie ihn, um die Kosten zu sehen (siehe Probleme).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to TierBench&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei TierBench&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Edit LLM tier configs, compare models side by side, see why a request went to a tier, and chart what each tier costs. Start with one of these:</source>
        <translation>Bearbeiten Sie Stufenkonfigurationen für LLMs, vergleichen Sie Modelle nebeneinander, sehen Sie, warum eine Anfrage an eine Stufe ging, und stellen Sie dar, was jede Stufe kostet. Beginnen Sie mit einem davon:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <source>Open a folder of configs…</source>
        <translation>Einen Ordner mit Konfigurationen öffnen…</translation>
    </message>
    <message>
        <source>Every YAML config in the folder, checked as you edit.</source>
        <translation>Jede YAML-Konfiguration im Ordner, geprüft während Sie bearbeiten.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Den Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Sample configs, a router policy and demo traffic, in a folder you can edit.</source>
        <translation>Beispielkonfigurationen, eine Router-Richtlinie und Demo-Verkehr, in einem Ordner, den Sie bearbeiten können.</translation>
    </message>
    <message>
        <source>New config</source>
        <translation>Neue Konfiguration</translation>
    </message>
    <message>
        <source>A ModelTierConfig with three tiers to fill in.</source>
        <translation>Eine ModelTierConfig mit drei Stufen zum Ausfüllen.</translation>
    </message>
    <message>
        <source>Import a LiteLLM config…</source>
        <translation>Eine LiteLLM-Konfiguration importieren…</translation>
    </message>
    <message>
        <source>Turn a LiteLLM proxy config.yaml into a tier config.</source>
        <translation>Eine config.yaml eines LiteLLM-Proxys in eine Stufenkonfiguration umwandeln.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>No workspace opened yet.</source>
        <translation>Noch kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Edit and validate tier configs, with the form and the YAML side by side.</source>
        <translation>Stufenkonfigurationen bearbeiten und prüfen, mit Formular und YAML nebeneinander.</translation>
    </message>
    <message>
        <source>Send one prompt to several models and compare answers, speed and cost.</source>
        <translation>Einen Prompt an mehrere Modelle senden und Antworten, Tempo und Kosten vergleichen.</translation>
    </message>
    <message>
        <source>See why a request goes to a tier, and replay traffic under a changed policy.</source>
        <translation>Sehen, warum eine Anfrage an eine Stufe geht, und Verkehr unter einer geänderten Richtlinie wiederholen.</translation>
    </message>
    <message>
        <source>Providers and keys, the model registry, prices and what changed.</source>
        <translation>Anbieter und Schlüssel, die Model-Registry, Preise und was sich geändert hat.</translation>
    </message>
    <message>
        <source>Cost, latency and tier share over time, and the budget burn-down.</source>
        <translation>Kosten, Latenz und Stufenanteil über die Zeit sowie der Budgetverbrauch.</translation>
    </message>
    <message>
        <source>The five modes</source>
        <translation>Die fünf Modi</translation>
    </message>
    <message>
        <source>Configs</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Go to %1 (Ctrl+%2)</source>
        <translation>Zu %1 wechseln (Strg+%2)</translation>
    </message>
    <message>
        <source>This folder no longer exists.</source>
        <translation>Dieser Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>WireParser</name>
    <message>
        <source>The stream ended before its end marker (connection dropped or truncated).</source>
        <translation>Der Stream endete vor seiner Endmarke (Verbindung abgebrochen oder abgeschnitten).</translation>
    </message>
    <message>
        <source>The provider reported %1 = %2, which is not a possible token count; the response is not trusted.</source>
        <translation>Der Anbieter meldete %1 = %2, was keine mögliche Token-Zahl ist; der Antwort wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The provider sent a stream line or event larger than %1 MB; the stream was stopped.</source>
        <translation>Der Anbieter sandte eine Stream-Zeile oder ein Ereignis größer als %1 MB; der Stream wurde gestoppt.</translation>
    </message>
    <message>
        <source>The provider sent malformed JSON (%1): %2</source>
        <translation>Der Anbieter sandte fehlerhaftes JSON (%1): %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceCompareConfigs</name>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>WorkspaceModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>(no config)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>ModelAPI</source>
        <translation>ModelAPI</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (document %1)</source>
        <translation> (Dokument %1)</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>Settings ▸ Team database</source>
        <translation>Einstellungen ▸ Team-Datenbank</translation>
    </message>
    <message>
        <source>the default workspace database</source>
        <translation>die Standard-Datenbank des Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>YamlView</name>
    <message>
        <source>&lt;b&gt;YAML&lt;/b&gt; — edits here update the form</source>
        <translation>&lt;b&gt;YAML&lt;/b&gt; — aktualisiert das Formular</translation>
    </message>
    <message>
        <source>YAML source</source>
        <translation>YAML-Quelltext</translation>
    </message>
    <message>
        <source>⚠ The YAML does not parse: the form shows the last valid version and is read-only until the syntax error is fixed.</source>
        <translation>⚠ Das YAML lässt sich nicht lesen: Das Formular zeigt die letzte gültige Fassung und ist schreibgeschützt, bis der Syntaxfehler behoben ist.</translation>
    </message>
    <message>
        <source>✓ Valid</source>
        <translation>✓ Gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source> — see the Problems panel</source>
        <translation> — siehe Bereich Probleme</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for LLM tier configs, routing and model comparison.</source>
        <translation>Werkbank für LLM-Stufenkonfigurationen, Routing und Modellvergleich.</translation>
    </message>
    <message>
        <source>Open the built-in demo workspace (copied to a writable folder on first use).</source>
        <translation>Den eingebauten Demo-Arbeitsbereich öffnen (beim ersten Mal in einen beschreibbaren Ordner kopiert).</translation>
    </message>
    <message>
        <source>Open the configs in folder &lt;dir&gt;.</source>
        <translation>Die Konfigurationen im Ordner &lt;dir&gt; öffnen.</translation>
    </message>
    <message>
        <source>Keep settings in INI file &lt;file&gt;.</source>
        <translation>Einstellungen in der INI-Datei &lt;file&gt; halten.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation>Ein Bild des Fensters als &lt;png&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Start in mode &lt;n&gt; (1-5).</source>
        <translation>Im Modus &lt;n&gt; (1-5) starten.</translation>
    </message>
    <message>
        <source>Config files to open.</source>
        <translation>Zu öffnende Konfigurationsdateien.</translation>
    </message>
    <message>
        <source>Open the window at &lt;WxH&gt; pixels.</source>
        <translation>Das Fenster mit &lt;WxH&gt; Pixeln öffnen.</translation>
    </message>
    <message>
        <source>Show tab &lt;n&gt; (1-4) of the Models mode.</source>
        <translation>Tab &lt;n&gt; (1-4) des Modus Modelle zeigen.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; (de, fr, en) for this run.</source>
        <translation>Sprache &lt;code&gt; (de, fr, en) für diesen Lauf verwenden.</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
</context>
</TS>
