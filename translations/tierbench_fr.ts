<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Assertion</name>
    <message>
        <source>An assertion must be a string like &quot;contains:text&quot; or an object {&quot;type&quot;, &quot;value&quot;}.</source>
        <translation>Une assertion doit être une chaîne comme &quot;contains:text&quot; ou un objet {&quot;type&quot;, &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>Unknown assertion type &apos;%1&apos; (known: %2).</source>
        <translation>Type d&apos;assertion inconnu &apos;%1&apos; (connus : %2).</translation>
    </message>
    <message>
        <source>Invalid regex &apos;%1&apos;: %2.</source>
        <translation>Expression régulière invalide &apos;%1&apos; : %2.</translation>
    </message>
    <message>
        <source>max-latency-ms needs a whole number of milliseconds, not &apos;%1&apos;.</source>
        <translation>max-latency-ms attend un nombre entier de millisecondes, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>max-cost needs a decimal dollar amount, not &apos;%1&apos;.</source>
        <translation>max-cost attend un montant décimal en dollars, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Assertion &apos;%1&apos; needs a value.</source>
        <translation>L&apos;assertion &apos;%1&apos; attend une valeur.</translation>
    </message>
    <message>
        <source>The answer does not contain &apos;%1&apos;.</source>
        <translation>La réponse ne contient pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The answer does not contain &apos;%1&apos; (any case).</source>
        <translation>La réponse ne contient pas &apos;%1&apos; (sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>The answer does not match /%1/.</source>
        <translation>La réponse ne correspond pas à /%1/.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON: %1.</source>
        <translation>La réponse n&apos;est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>Took %1 ms, over the %2 ms limit.</source>
        <translation>A pris %1 ms, au-delà de la limite de %2 ms.</translation>
    </message>
    <message>
        <source>The cost is unknown, so it cannot be checked against %1.</source>
        <translation>Le coût est inconnu et ne peut donc pas être comparé à %1.</translation>
    </message>
    <message>
        <source>Cost %1 is over the limit %2.</source>
        <translation>Le coût %1 dépasse la limite %2.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; config files above that size are not read. Split it into several files.</source>
        <translation>%1 dépasse %2 Mo ; les fichiers de configuration plus gros ne sont pas lus. Répartissez-le sur plusieurs fichiers.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by model (provider:model)</source>
        <translation>Filtrer par modèle (provider:model)</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthPanel</name>
    <message>
        <source>name of the Kubernetes secret</source>
        <translation>nom du secret Kubernetes</translation>
    </message>
    <message>
        <source>api-key (default)</source>
        <translation>api-key (par défaut)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Secret &amp;ref:</source>
        <translation>&amp;Référence du secret :</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Clé du secret :</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>secret reference</source>
        <translation>référence du secret</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>clé du secret</translation>
    </message>
    <message>
        <source>The secret holds the API key string.</source>
        <translation>Le secret contient la clé d&apos;API sous forme de chaîne.</translation>
    </message>
    <message>
        <source>The secret holds client_id, client_secret and token_url.</source>
        <translation>Le secret contient client_id, client_secret et token_url.</translation>
    </message>
    <message>
        <source>Uses the pod&apos;s Kubernetes service account token; no secret.</source>
        <translation>Utilise le jeton du compte de service du pod Kubernetes ; pas de secret.</translation>
    </message>
    <message>
        <source>No authentication (local models such as Ollama).</source>
        <translation>Pas d&apos;authentification (modèles locaux comme Ollama).</translation>
    </message>
    <message>
        <source>The secret holds arbitrary header key-value pairs.</source>
        <translation>Le secret contient des paires clé-valeur d&apos;en-têtes quelconques.</translation>
    </message>
</context>
<context>
    <name>AuthResolver</name>
    <message>
        <source>The OAuth token_url of secret %1 must be an https:// URL (http:// only on loopback): the client secret would cross the network unencrypted.</source>
        <translation>La token_url OAuth du secret %1 doit être une URL https:// (http:// seulement en boucle locale) : sinon le secret client traverserait le réseau en clair.</translation>
    </message>
    <message>
        <source>The OAuth token request to %1 failed (HTTP %2%3): check client_id, client_secret and token_url in secret %4.</source>
        <translation>La demande de jeton OAuth à %1 a échoué (HTTP %2%3) : vérifiez client_id, client_secret et token_url dans le secret %4.</translation>
    </message>
    <message>
        <source>, no answer within %1 s</source>
        <translation>, pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>OAuth needs %1: %2</source>
        <translation>OAuth a besoin de %1 : %2</translation>
    </message>
    <message>
        <source>Auth type serviceAccount uses the Kubernetes pod&apos;s service-account token and works only in-cluster. Outside a cluster use apiKey (env var or keychain) or none.</source>
        <translation>Le type d&apos;authentification serviceAccount utilise le jeton du compte de service du pod Kubernetes et ne fonctionne que dans le cluster. Hors cluster, utilisez apiKey (variable d&apos;environnement ou trousseau) ou none.</translation>
    </message>
    <message>
        <source>%1 is sent only to the provider&apos;s own API, to the host of its base-URL variable, or to loopback; this tier&apos;s endpoint is %2. To send a key there, name it in the tier&apos;s auth (secretRef) and set that secret.</source>
        <translation>%1 n&apos;est envoyé qu&apos;à l&apos;API du fournisseur, à l&apos;hôte de sa variable d&apos;URL de base ou en boucle locale ; le point d&apos;accès de ce niveau est %2. Pour y envoyer une clé, nommez-la dans l&apos;authentification du niveau (secretRef) et définissez ce secret.</translation>
    </message>
    <message>
        <source>Custom auth secret %1 must hold a JSON object {&quot;Header&quot;: &quot;value&quot;} or lines &quot;Header: value&quot;.</source>
        <translation>Le secret d&apos;authentification personnalisée %1 doit contenir un objet JSON {&quot;Header&quot;: &quot;value&quot;} ou des lignes &quot;Header: value&quot;.</translation>
    </message>
    <message>
        <source>Unknown auth type &quot;%1&quot;: use apiKey, oauth, serviceAccount, none or custom.</source>
        <translation>Type d&apos;authentification inconnu &quot;%1&quot; : utilisez apiKey, oauth, serviceAccount, none ou custom.</translation>
    </message>
</context>
<context>
    <name>BlindVoteView</name>
    <message>
        <source>Next pair</source>
        <translation>Paire suivante</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer A&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réponse A&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer B&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réponse B&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A est meilleure</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B est meilleure</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Les deux mauvaises</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ratings&lt;/b&gt; (Elo, K = 32; Bradley–Terry on the same votes)</source>
        <translation>&lt;b&gt;Classements&lt;/b&gt; (Elo, K = 32 ; Bradley–Terry sur les mêmes votes)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
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
        <translation>victoires</translation>
    </message>
    <message>
        <source>losses</source>
        <translation>défaites</translation>
    </message>
    <message>
        <source>ties</source>
        <translation>égalités</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>les deux mauvaises</translation>
    </message>
    <message>
        <source>No pair to judge: run two or more targets first.</source>
        <translation>Aucune paire à juger : exécutez d&apos;abord deux cibles ou plus.</translation>
    </message>
    <message>
        <source>Pair %1 of %2. Prompt: %3</source>
        <translation>Paire %1 sur %2. Prompt : %3</translation>
    </message>
    <message>
        <source>You chose %1. A was %2; B was %3.</source>
        <translation>Vous avez choisi %1. A était %2 ; B était %3.</translation>
    </message>
</context>
<context>
    <name>BottomDock</name>
    <message>
        <source>Problems, Output, Alerts</source>
        <translation>Problèmes, Sortie, Alertes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>No alerts. A tenant&apos;s budget crossing 80% or 95% of its daily or monthly limit shows here, once per period.</source>
        <translation>Aucune alerte. Un locataire qui dépasse 80 % ou 95 % de sa limite journalière ou mensuelle apparaît ici, une fois par période.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
</context>
<context>
    <name>BudgetManager</name>
    <message>
        <source>daily dollar</source>
        <translation>en dollars journalier</translation>
    </message>
    <message>
        <source>daily token</source>
        <translation>en jetons journalier</translation>
    </message>
    <message>
        <source>monthly dollar</source>
        <translation>en dollars mensuel</translation>
    </message>
    <message>
        <source>monthly token</source>
        <translation>en jetons mensuel</translation>
    </message>
    <message>
        <source>Tenant &apos;%1&apos; has used %2% of its %3 budget (%4%5 of %4%6, %7).</source>
        <translation>Le locataire &apos;%1&apos; a utilisé %2 % de son budget %3 (%4%5 sur %4%6, %7).</translation>
    </message>
    <message>
        <source>The %1 budget of tenant &apos;%2&apos; is too small for this call: %3%4 of %3%5 used, %3%6 left, the call needs about %3%7. It resets at %8 UTC; raise the limit in the router policy or wait.</source>
        <translation>Le budget %1 du locataire &apos;%2&apos; est trop petit pour cet appel : %3%4 utilisés sur %3%5, %3%6 restants, l&apos;appel demande environ %3%7. Il est remis à zéro à %8 UTC ; augmentez la limite dans la politique du routeur ou patientez.</translation>
    </message>
    <message>
        <source>The budget of tenant &apos;%1&apos; cannot be read, so the call is refused: %2 Check that the database is reachable, then try again.</source>
        <translation>Le budget du locataire &apos;%1&apos; est illisible, l&apos;appel est donc refusé : %2 Vérifiez que la base de données est joignable, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>the %1 share must be between 0 and 1</source>
        <translation>la part %1 doit être comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>nothing to calibrate</source>
        <translation>rien à calibrer</translation>
    </message>
    <message>
        <source>give a target heavy share, a target light share, or both</source>
        <translation>indiquez une part heavy cible, une part light cible, ou les deux</translation>
    </message>
    <message>
        <source>the heavy and light shares add up to more than 1</source>
        <translation>les parts heavy et light dépassent 1 au total</translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <source>Share of requests versus threshold</source>
        <translation>Part des requêtes selon le seuil</translation>
    </message>
    <message>
        <source>heavy share vs heavy threshold</source>
        <translation>part heavy selon le seuil heavy</translation>
    </message>
    <message>
        <source>light share vs standard threshold</source>
        <translation>part light selon le seuil standard</translation>
    </message>
    <message>
        <source>chosen thresholds</source>
        <translation>seuils choisis</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>part (%)</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>seuil %1</translation>
    </message>
    <message>
        <source>heavy threshold here: %1 heavy</source>
        <translation>seuil heavy ici : %1 heavy</translation>
    </message>
    <message>
        <source>standard threshold here: %1 light</source>
        <translation>seuil standard ici : %1 light</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>&amp;Heavy share</source>
        <translation>Part &amp;heavy</translation>
    </message>
    <message>
        <source>Target heavy share</source>
        <translation>Part heavy cible</translation>
    </message>
    <message>
        <source>&amp;Light share</source>
        <translation>Part &amp;light</translation>
    </message>
    <message>
        <source>Target light share</source>
        <translation>Part light cible</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Calibrer</translation>
    </message>
    <message>
        <source>&amp;Apply to Policy</source>
        <translation>&amp;Appliquer à la politique</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Cibles :</translation>
    </message>
    <message>
        <source>Find the heavy threshold that sends this share of the requests to the heavy class</source>
        <translation>Trouver le seuil heavy qui envoie cette part des requêtes dans la classe heavy</translation>
    </message>
    <message>
        <source>Find the standard threshold that keeps this share of the requests in the light class</source>
        <translation>Trouver le seuil standard qui garde cette part des requêtes dans la classe light</translation>
    </message>
    <message>
        <source>Set the policy&apos;s thresholds to the calibrated ones (undo with Ctrl+Z)</source>
        <translation>Régler les seuils de la politique sur les valeurs calibrées (annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>Tick a heavy or a light share target to calibrate for.</source>
        <translation>Cochez une part heavy ou light cible à calibrer.</translation>
    </message>
    <message>
        <source>Calibrating %1 request(s)…</source>
        <translation>Calibrage de %1 requête(s)…</translation>
    </message>
    <message>
        <source>Calibration cancelled.</source>
        <translation>Calibrage annulé.</translation>
    </message>
    <message>
        <source>heavy threshold %1 sends %2 of %3 requests to heavy (target %4)</source>
        <translation>le seuil heavy %1 envoie %2 requêtes sur %3 vers heavy (cible %4)</translation>
    </message>
    <message>
        <source>standard threshold %1 keeps %2 light (target %3)</source>
        <translation>le seuil standard %1 garde %2 en light (cible %3)</translation>
    </message>
    <message>
        <source>Calibrated: %1. Apply sets standard %2, heavy %3.</source>
        <translation>Calibré : %1. Appliquer règle standard à %2, heavy à %3.</translation>
    </message>
</context>
<context>
    <name>CallImport</name>
    <message>
        <source>The file is one JSON array; import wants one JSON object per line (convert it with: jq -c &apos;.[]&apos; FILE &gt; calls.jsonl).</source>
        <translation>Le fichier est un tableau JSON ; l&apos;import attend un objet JSON par ligne (convertissez-le avec : jq -c &apos;.[]&apos; FILE &gt; calls.jsonl).</translation>
    </message>
    <message>
        <source>A TierBench call file has one JSON object per line; this looks like CSV. Use --format litellm for LiteLLM spend logs.</source>
        <translation>Un fichier d&apos;appels TierBench a un objet JSON par ligne ; celui-ci ressemble à du CSV. Utilisez --format litellm pour les journaux de dépenses LiteLLM.</translation>
    </message>
    <message>
        <source>Cannot tell the file&apos;s format: pass --format tierbench or --format litellm.</source>
        <translation>Format de fichier indéterminable : passez --format tierbench ou --format litellm.</translation>
    </message>
    <message>
        <source>not JSON: %1 at column %2</source>
        <translation>pas du JSON : %1 à la colonne %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>Line %1: the CSV header has no request_id and startTime columns (LiteLLM_SpendLogs column names are expected).</source>
        <translation>Ligne %1 : l&apos;en-tête CSV n&apos;a pas de colonnes request_id et startTime (les noms de colonnes de LiteLLM_SpendLogs sont attendus).</translation>
    </message>
    <message>
        <source>bad CSV: %1</source>
        <translation>CSV incorrect : %1</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 champs, l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number &gt;= 0, not %2.</source>
        <translation>&apos;%1&apos; doit être un nombre entier &gt;= 0, pas %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number of milliseconds &gt;= 0.</source>
        <translation>&apos;%1&apos; doit être un nombre de millisecondes &gt;= 0.</translation>
    </message>
    <message>
        <source>&apos;id&apos; is missing (a unique string per call).</source>
        <translation>&apos;id&apos; manque (une chaîne unique par appel).</translation>
    </message>
    <message>
        <source>&apos;time&apos; is missing (ISO 8601 UTC, e.g. 2026-11-30T12:00:00Z).</source>
        <translation>&apos;time&apos; manque (ISO 8601 UTC, p. ex. 2026-11-30T12:00:00Z).</translation>
    </message>
    <message>
        <source>&apos;time&apos; is not an ISO 8601 time: &quot;%1&quot;.</source>
        <translation>&apos;time&apos; n&apos;est pas une heure ISO 8601 : &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&apos;provider&apos; and &apos;model&apos; are required.</source>
        <translation>&apos;provider&apos; et &apos;model&apos; sont obligatoires.</translation>
    </message>
    <message>
        <source>&apos;cost&apos; must be a decimal string in USD such as &quot;0.0123&quot;.</source>
        <translation>&apos;cost&apos; doit être une chaîne décimale en USD comme &quot;0.0123&quot;.</translation>
    </message>
    <message>
        <source>&apos;request_id&apos; is missing.</source>
        <translation>&apos;request_id&apos; manque.</translation>
    </message>
    <message>
        <source>&apos;startTime&apos; is missing or not a time: &quot;%1&quot;.</source>
        <translation>&apos;startTime&apos; manque ou n&apos;est pas une heure : &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&apos;endTime&apos; is not a time: &quot;%1&quot;.</source>
        <translation>&apos;endTime&apos; n&apos;est pas une heure : &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&apos;endTime&apos; is before &apos;startTime&apos;.</source>
        <translation>&apos;endTime&apos; est antérieur à &apos;startTime&apos;.</translation>
    </message>
    <message>
        <source>&apos;model&apos; and &apos;model_group&apos; are both empty.</source>
        <translation>&apos;model&apos; et &apos;model_group&apos; sont tous deux vides.</translation>
    </message>
    <message>
        <source>&apos;spend&apos; must be a number of USD &gt;= 0.</source>
        <translation>&apos;spend&apos; doit être un montant en USD &gt;= 0.</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
</context>
<context>
    <name>CallImportDialog</name>
    <message>
        <source>Import calls</source>
        <translation>Importer des appels</translation>
    </message>
    <message>
        <source>Call logs (*.jsonl *.json *.ndjson *.csv);;TierBench call JSONL (*.jsonl *.ndjson *.json);;LiteLLM spend logs (*.csv *.jsonl *.json);;All files (*)</source>
        <translation>Journaux d&apos;appels (*.jsonl *.json *.ndjson *.csv);;JSONL d&apos;appels TierBench (*.jsonl *.ndjson *.json);;Journaux de dépenses LiteLLM (*.csv *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Import calls…</source>
        <translation>&amp;Importer des appels…</translation>
    </message>
    <message>
        <source>Import a TierBench call JSONL file or LiteLLM spend logs into the workspace store.</source>
        <translation>Importer un fichier JSONL d&apos;appels TierBench ou des journaux de dépenses LiteLLM dans la base de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 bad lines</source>
        <translation>%1 importés, %2 doublons, %3 lignes incorrectes</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>L&apos;import s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>Import cancelled; the calls read before are stored.</source>
        <translation>Import annulé ; les appels lus auparavant sont enregistrés.</translation>
    </message>
    <message>
        <source>%1 calls imported, %2 duplicates skipped, %3 bad lines left out (of %4 rows, format %5).</source>
        <translation>%1 appels importés, %2 doublons ignorés, %3 lignes incorrectes écartées (sur %4 lignes, format %5).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>… and %1 more bad lines (tierctl calls import lists them all).</source>
        <translation>… et %1 autres lignes incorrectes (tierctl calls import les liste toutes).</translation>
    </message>
</context>
<context>
    <name>CallRollups</name>
    <message>
        <source>Cannot update the dashboard rollups (lock): %1</source>
        <translation>Impossible de mettre à jour les agrégats du tableau de bord (verrou) : %1</translation>
    </message>
    <message>
        <source>Cannot update the dashboard rollups (%1 %2): %3</source>
        <translation>Impossible de mettre à jour les agrégats du tableau de bord (%1 %2) : %3</translation>
    </message>
</context>
<context>
    <name>CapabilityChips</name>
    <message>
        <source>add capability…</source>
        <translation>ajouter une capacité…</translation>
    </message>
    <message>
        <source>Add a capability</source>
        <translation>Ajouter une capacité</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>%1: criticality %2</source>
        <translation>%1 : criticité %2</translation>
    </message>
    <message>
        <source>%1: not in the policy, counts as neutral (0.3)</source>
        <translation>%1 : absent de la politique, compte comme neutre (0.3)</translation>
    </message>
</context>
<context>
    <name>CellGridModel</name>
    <message>
        <source>no results yet</source>
        <translation>pas encore de résultats</translation>
    </message>
    <message>
        <source>%1
p50 %2 · p95 %3
%4 · pass %5% (%6/%7)</source>
        <translation>%1
p50 %2 · p95 %3
%4 · réussite %5 % (%6/%7)</translation>
    </message>
    <message>
        <source>%1: provider %2, model %3, tier %4</source>
        <translation>%1 : fournisseur %2, modèle %3, niveau %4</translation>
    </message>
    <message>
        <source>Latency is total time per cell (nearest-rank p50 and p95 of finished cells).</source>
        <translation>La latence est le temps total par cellule (p50 et p95 au rang le plus proche sur les cellules terminées).</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 passed every assertion.</source>
        <translation>%1 réussies, %2 en échec, %3 ont passé toutes les assertions.</translation>
    </message>
    <message>
        <source>%1 cell(s) have an unknown cost and are not in the total.</source>
        <translation>%1 cellule(s) ont un coût inconnu et ne sont pas dans le total.</translation>
    </message>
    <message>
        <source>%1 rate-limited retries were absorbed (not failures).</source>
        <translation>%1 nouvelles tentatives dues à la limitation de débit ont été absorbées (pas des échecs).</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>[not stored] %1</source>
        <translation>[non enregistré] %1</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coût %1</translation>
    </message>
    <message>
        <source>routed: %1</source>
        <translation>routé : %1</translation>
    </message>
    <message>
        <source>Not stored: the write to the run database failed (a resume runs it again).</source>
        <translation>Non enregistré : l&apos;écriture dans la base des exécutions a échoué (une reprise la relance).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
</context>
<context>
    <name>CellStore</name>
    <message>
        <source>Run %1 already exists.</source>
        <translation>L&apos;exécution %1 existe déjà.</translation>
    </message>
    <message>
        <source>No run %1.</source>
        <translation>Aucune exécution %1.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: check that the folder exists and is writable.</source>
        <translation>Impossible d&apos;écrire %1 : vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use a file name ending in .png, .pdf or .csv.</source>
        <translation>Format d&apos;export inconnu &quot;%1&quot; : utilisez un nom de fichier se terminant par .png, .pdf ou .csv.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Exporter les données en CSV…</translation>
    </message>
</context>
<context>
    <name>CleartextGuard</name>
    <message>
        <source>Send the key unencrypted?</source>
        <translation>Envoyer la clé sans chiffrement ?</translation>
    </message>
    <message>
        <source>%1 is a plain http:// endpoint on another machine. The API key and the prompts would cross the network unencrypted, readable by anyone on the path.

Send them anyway? (Use https:// to avoid this question.)</source>
        <translation>%1 est un point d&apos;accès http:// non chiffré sur une autre machine. La clé d&apos;API et les prompts traverseraient le réseau en clair, lisibles par quiconque sur le trajet.

Les envoyer quand même ? (Utilisez https:// pour éviter cette question.)</translation>
    </message>
</context>
<context>
    <name>CompareConfig</name>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>the YAML does not parse: its last valid version is used</source>
        <translation>le YAML ne s&apos;analyse pas : sa dernière version valide est utilisée</translation>
    </message>
    <message>
        <source>unsaved edits are used</source>
        <translation>les modifications non enregistrées sont utilisées</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated: no API key</source>
        <translation>simulé : pas de clé d&apos;API</translation>
    </message>
</context>
<context>
    <name>CompareFormat</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>Cost unknown: the provider did not report token counts.</source>
        <translation>Coût inconnu : le fournisseur n&apos;a pas indiqué le nombre de jetons.</translation>
    </message>
    <message>
        <source>%1 (reported by the executor; the target&apos;s prices are unknown)</source>
        <translation>%1 (indiqué par l&apos;exécuteur ; les prix de la cible sont inconnus)</translation>
    </message>
    <message>
        <source>Cost unknown: set cost per million input and output tokens on this tier.</source>
        <translation>Coût inconnu : indiquez le coût par million de jetons d&apos;entrée et de sortie pour ce niveau.</translation>
    </message>
    <message>
        <source>%1 in × $%2/M + %3 out × $%4/M = %5</source>
        <translation>%1 entrée × $%2/M + %3 sortie × $%4/M = %5</translation>
    </message>
    <message>
        <source>TTFT %1, total %2</source>
        <translation>TTFT %1, total %2</translation>
    </message>
    <message>
        <source>Check the API key for this provider in Settings ▸ Keys.</source>
        <translation>Vérifiez la clé d&apos;API de ce fournisseur dans Paramètres ▸ Clés.</translation>
    </message>
    <message>
        <source>Rate limited: lower the concurrency or wait; the cell is retried.</source>
        <translation>Débit limité : réduisez la concurrence ou patientez ; la cellule est relancée.</translation>
    </message>
    <message>
        <source>The prompt is too long for this model: shorten it or pick a larger model.</source>
        <translation>Le prompt est trop long pour ce modèle : raccourcissez-le ou choisissez un modèle plus grand.</translation>
    </message>
    <message>
        <source>The endpoint did not answer: check the base URL and your connection, then retry the failed cells.</source>
        <translation>Le point d&apos;accès n&apos;a pas répondu : vérifiez l&apos;URL de base et votre connexion, puis relancez les cellules en échec.</translation>
    </message>
    <message>
        <source>The provider had a problem: retry the failed cells later.</source>
        <translation>Le fournisseur a eu un problème : relancez les cellules en échec plus tard.</translation>
    </message>
    <message>
        <source>The account&apos;s spending limit is reached: raise it with the provider.</source>
        <translation>La limite de dépenses du compte est atteinte : augmentez-la chez le fournisseur.</translation>
    </message>
    <message>
        <source>Cancelled before it finished.</source>
        <translation>Annulé avant la fin.</translation>
    </message>
    <message>
        <source>The router could not pick a tier: check the config&apos;s tiers.</source>
        <translation>Le routeur n&apos;a pas pu choisir de niveau : vérifiez les niveaux de la configuration.</translation>
    </message>
    <message>
        <source>The provider refused the request: check the model name and parameters.</source>
        <translation>Le fournisseur a refusé la requête : vérifiez le nom du modèle et les paramètres.</translation>
    </message>
    <message>
        <source>Retry the failed cells; if it persists, check the provider&apos;s status.</source>
        <translation>Relancez les cellules en échec ; si cela persiste, vérifiez l&apos;état du fournisseur.</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3 → %4</source>
        <translation>%1 · score %2 · %3 → %4</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Panes</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Blind vote</source>
        <translation>Vote à l&apos;aveugle</translation>
    </message>
    <message>
        <source>Runs are kept in memory only and are lost when TierBench closes: %1</source>
        <translation>Les exécutions ne sont gardées qu&apos;en mémoire et sont perdues à la fermeture de TierBench : %1</translation>
    </message>
    <message>
        <source>&amp;Config</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>The config whose tiers are ticked by default and that the router routes over. It follows the tab open in Configs.</source>
        <translation>La configuration dont les niveaux sont cochés par défaut et sur laquelle le routeur route. Elle suit l&apos;onglet ouvert dans Configurations.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Run the comparison (Ctrl+Enter)</source>
        <translation>Exécuter la comparaison (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Abort every request in flight</source>
        <translation>Interrompre toutes les requêtes en cours</translation>
    </message>
    <message>
        <source>Export Cells…</source>
        <translation>Exporter les cellules…</translation>
    </message>
    <message>
        <source>CSV or JSONL (one row per cell, every field), or a Markdown summary</source>
        <translation>CSV ou JSONL (une ligne par cellule, tous les champs), ou un résumé Markdown</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Rows with failures</source>
        <translation>Lignes avec échecs</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Lignes avec erreurs</translation>
    </message>
    <message>
        <source>Rows whose answers differ</source>
        <translation>Lignes dont les réponses diffèrent</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>case %1 of %2 (%3)</source>
        <translation>cas %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>, repeat %1</source>
        <translation>, répétition %1</translation>
    </message>
    <message>
        <source>Registry models</source>
        <translation>Modèles du registre</translation>
    </message>
    <message>
        <source>Models your providers list, at the registry&apos;s prices</source>
        <translation>Les modèles que listent vos fournisseurs, aux prix du registre</translation>
    </message>
    <message>
        <source>No tier config in the workspace</source>
        <translation>Aucune configuration de niveaux dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Config %1 (%2)</source>
        <translation>Configuration %1 (%2)</translation>
    </message>
    <message>
        <source>Tick targets and press Run (Ctrl+Enter)</source>
        <translation>Cochez des cibles et appuyez sur Exécuter (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n cible</numerusform>
            <numerusform>%n cibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is in progress: cancel it or wait for it to finish.</source>
        <translation>Une exécution est en cours : annulez-la ou attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Tick at least one target on the left (two or more to compare).</source>
        <translation>Cochez au moins une cible à gauche (deux ou plus pour comparer).</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Écrivez d&apos;abord un prompt.</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Démarrage impossible : %1</translation>
    </message>
    <message>
        <source>router over %1 (%2)</source>
        <translation>routeur sur %1 (%2)</translation>
    </message>
    <message>
        <source>config %1 (%2)</source>
        <translation>configuration %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Running %1: %n cell(s).</source>
        <translation>
            <numerusform>Exécution de %1 : %n cellule.</numerusform>
            <numerusform>Exécution de %1 : %n cellules.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <translation>Nouvelle tentative impossible : %1</translation>
    </message>
    <message>
        <source>Retrying the failed cells of %1.</source>
        <translation>Relance des cellules en échec de %1.</translation>
    </message>
    <message>
        <source>Only a cancelled run has cells left to run.</source>
        <translation>Seule une exécution annulée a des cellules restantes.</translation>
    </message>
    <message>
        <source>Could not run the remaining cells: %1</source>
        <translation>Impossible d&apos;exécuter les cellules restantes : %1</translation>
    </message>
    <message numerus="yes">
        <source>Running the %n remaining cell(s) of %1.</source>
        <translation>
            <numerusform>Exécution de la %n cellule restante de %1.</numerusform>
            <numerusform>Exécution des %n cellules restantes de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused %1 at %2 of %3 cells: the cells in flight finish, no new ones start. Resume to go on.</source>
        <translation>%1 en pause à %2 cellules sur %3 : les cellules en cours se terminent, aucune nouvelle ne démarre. Reprenez pour continuer.</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 again: %n cell(s) left.</source>
        <translation>
            <numerusform>Nouvelle exécution de %1 : %n cellule restante.</numerusform>
            <numerusform>Nouvelle exécution de %1 : %n cellules restantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open run %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;exécution %1 : %2</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%1 (stored, %2) · %n target(s)</source>
        <translation>
            <numerusform>%1 (enregistré, %2) · %n cible</numerusform>
            <numerusform>%1 (enregistré, %2) · %n cibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1 (%2, %3 stored cells).</source>
        <translation>%1 ouvert (%2, %3 cellules enregistrées).</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 cells done, %5 failed, %6 with failed assertions.</source>
        <translation>%1 %2 : %3 cellules terminées sur %4, %5 en échec, %6 avec des assertions en échec.</translation>
    </message>
    <message>
        <source>Choose a file ending in .csv, .jsonl or .md.</source>
        <translation>Choisissez un fichier se terminant par .csv, .jsonl ou .md.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export cells</source>
        <translation>Exporter les cellules</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON lines (*.jsonl);;Markdown summary (*.md)</source>
        <translation>CSV (*.csv);;Lignes JSON (*.jsonl);;Résumé Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported %1 cells to %2.</source>
        <translation>%1 cellules exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>ConfigCodec</name>
    <message>
        <source>%1 holds no ModelTierConfig.</source>
        <translation>%1 ne contient aucune ModelTierConfig.</translation>
    </message>
    <message>
        <source>%1 holds no ModelTierConfig named &apos;%2&apos;.</source>
        <translation>%1 ne contient aucune ModelTierConfig nommée &apos;%2&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); run &apos;tierctl validate %1&apos; to see them.</source>
        <translation>
            <numerusform>%1 a %n erreur ; lancez &apos;tierctl validate %1&apos; pour la voir.</numerusform>
            <numerusform>%1 a %n erreurs ; lancez &apos;tierctl validate %1&apos; pour les voir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigValidator</name>
    <message>
        <source>Checked against the %1 CRD: %2.</source>
        <translation>Vérifié par rapport au CRD %1 : %2.</translation>
    </message>
    <message>
        <source>The document is empty. Add a ModelTierConfig or ModelAPI, or remove the empty `---` section.</source>
        <translation>Le document est vide. Ajoutez une ModelTierConfig ou une ModelAPI, ou supprimez la section `---` vide.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Le document est vide.</translation>
    </message>
    <message>
        <source>The document is %1, not a mapping. A config starts with `apiVersion:`, `kind:`, `metadata:` and `spec:`.</source>
        <translation>Le document est %1, pas un mappage. Une configuration commence par `apiVersion:`, `kind:`, `metadata:` et `spec:`.</translation>
    </message>
    <message>
        <source>The document has no apiVersion. Add `apiVersion: %1`.</source>
        <translation>Le document n&apos;a pas d&apos;apiVersion. Ajoutez `apiVersion: %1`.</translation>
    </message>
    <message>
        <source>The document has no kind. Add `kind: ModelTierConfig` or `kind: ModelAPI`.</source>
        <translation>Le document n&apos;a pas de kind. Ajoutez `kind: ModelTierConfig` ou `kind: ModelAPI`.</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not supported for kind %2; use `apiVersion: %3`.</source>
        <translation>apiVersion &quot;%1&quot; n&apos;est pas prise en charge pour le kind %2 ; utilisez `apiVersion: %3`.</translation>
    </message>
    <message>
        <source>%1 documents are not checked by TierBench.</source>
        <translation>Les documents %1 ne sont pas vérifiés par TierBench.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. TierBench reads `kind: ModelTierConfig` (%2), `kind: ModelAPI` (%3) and `kind: RouterPolicy`; check the spelling.</source>
        <translation>kind inconnu &quot;%1&quot;. TierBench lit `kind: ModelTierConfig` (%2), `kind: ModelAPI` (%3) et `kind: RouterPolicy` ; vérifiez l&apos;orthographe.</translation>
    </message>
    <message>
        <source>The document could not be read: %1.</source>
        <translation>Le document n&apos;a pas pu être lu : %1.</translation>
    </message>
    <message>
        <source>The file is %1 MB; configs larger than %2 MB are not read. Split it into several files.</source>
        <translation>Le fichier fait %1 Mo ; les configurations de plus de %2 Mo ne sont pas lues. Répartissez-le sur plusieurs fichiers.</translation>
    </message>
    <message>
        <source>Only a ModelAPI document is edited here.</source>
        <translation>Seul un document ModelAPI se modifie ici.</translation>
    </message>
    <message>
        <source>Fix the YAML first: the document does not parse.</source>
        <translation>Corrigez d&apos;abord le YAML : le document ne s&apos;analyse pas.</translation>
    </message>
    <message>
        <source>spec is not a mapping; fix it in the YAML view.</source>
        <translation>spec n&apos;est pas un mappage ; corrigez-le dans la vue YAML.</translation>
    </message>
    <message>
        <source>The edit could not be applied: %1.</source>
        <translation>La modification n&apos;a pas pu être appliquée : %1.</translation>
    </message>
    <message>
        <source>spec.%1 is not a mapping; fix it in the YAML view.</source>
        <translation>spec.%1 n&apos;est pas un mappage ; corrigez-le dans la vue YAML.</translation>
    </message>
    <message>
        <source>Only a ModelAPI document can be migrated.</source>
        <translation>Seul un document ModelAPI peut être migré.</translation>
    </message>
    <message>
        <source>The document must parse, with a `spec:` mapping, before it can be migrated.</source>
        <translation>Le document doit s&apos;analyser, avec un mappage `spec:`, avant de pouvoir être migré.</translation>
    </message>
    <message>
        <source>The document has both serverConfig and hostedConfig; remove one first.</source>
        <translation>Le document a à la fois serverConfig et hostedConfig ; supprimez-en d&apos;abord un.</translation>
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
        <translation>Le document a déjà la forme 2026-01.</translation>
    </message>
    <message>
        <source>The document could not be migrated: %1.</source>
        <translation>Le document n&apos;a pas pu être migré : %1.</translation>
    </message>
    <message>
        <source>The nested LiteLLM config is not usable: %1</source>
        <translation>La configuration LiteLLM imbriquée est inutilisable : %1</translation>
    </message>
    <message>
        <source>The nested LiteLLM config must be a mapping with a `model_list:`, not %1.</source>
        <translation>La configuration LiteLLM imbriquée doit être un mappage avec `model_list:`, pas %1.</translation>
    </message>
    <message>
        <source>The nested LiteLLM config needs `model_list:` as a list of `- model_name: ...` entries.</source>
        <translation>La configuration LiteLLM imbriquée demande `model_list:` sous forme de liste d&apos;entrées `- model_name: ...`.</translation>
    </message>
    <message>
        <source>Each model_list entry needs `model_name:` and `litellm_params:` with a `model:`.</source>
        <translation>Chaque entrée de model_list demande `model_name:` et `litellm_params:` avec un `model:`.</translation>
    </message>
    <message>
        <source>%1 must be a mapping, not %2.</source>
        <translation>%1 doit être un mappage, pas %2.</translation>
    </message>
    <message>
        <source>apiBase &quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>apiBase &quot;%1&quot; n&apos;est pas une URL http:// ou https:// avec un hôte.</translation>
    </message>
    <message>
        <source>A Proxy ModelAPI needs at least one of proxyConfig.apiBase, proxyConfig.model or proxyConfig.configYaml.</source>
        <translation>Une ModelAPI Proxy demande au moins l&apos;un de proxyConfig.apiBase, proxyConfig.model ou proxyConfig.configYaml.</translation>
    </message>
    <message>
        <source>%1 must be a mapping with `model:`, not %2.</source>
        <translation>%1 doit être un mappage avec `model:`, pas %2.</translation>
    </message>
    <message>
        <source>The ModelAPI has no `spec:`. Add `spec:` with `mode: Proxy` or `mode: Hosted`.</source>
        <translation>La ModelAPI n&apos;a pas de `spec:`. Ajoutez `spec:` avec `mode: Proxy` ou `mode: Hosted`.</translation>
    </message>
    <message>
        <source>spec must be a mapping, not %1.</source>
        <translation>spec doit être un mappage, pas %1.</translation>
    </message>
    <message>
        <source>spec has no `mode:`. Add `mode: Proxy` or `mode: Hosted`.</source>
        <translation>spec n&apos;a pas de `mode:`. Ajoutez `mode: Proxy` ou `mode: Hosted`.</translation>
    </message>
    <message>
        <source>mode &quot;%1&quot; is not Proxy or Hosted.</source>
        <translation>mode &quot;%1&quot; n&apos;est ni Proxy ni Hosted.</translation>
    </message>
    <message>
        <source>A Proxy ModelAPI needs `proxyConfig:` with apiBase, model or configYaml.</source>
        <translation>Une ModelAPI Proxy demande `proxyConfig:` avec apiBase, model ou configYaml.</translation>
    </message>
    <message>
        <source>A Hosted ModelAPI needs %1.model, the model to serve (e.g. &quot;smollm2:135m&quot;).</source>
        <translation>Une ModelAPI Hosted demande %1.model, le modèle à servir (p. ex. &quot;smollm2:135m&quot;).</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2. Quote it if it is meant as text.</source>
        <translation>%1 doit être une chaîne, pas %2. Mettez-le entre guillemets s&apos;il s&apos;agit de texte.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; it is kept when saving but the operator ignores it. Known fields here: %2.</source>
        <translation>Champ inconnu &quot;%1&quot; ; il est conservé à l&apos;enregistrement mais l&apos;opérateur l&apos;ignore. Champs connus ici : %2.</translation>
    </message>
    <message>
        <source>%1 must be a mapping with `type:` (and `secretRef:` for apiKey), not %2.</source>
        <translation>%1 doit être un mappage avec `type:` (et `secretRef:` pour apiKey), pas %2.</translation>
    </message>
    <message>
        <source>Auth type &quot;%1&quot; is not one of %2.</source>
        <translation>Le type d&apos;authentification &quot;%1&quot; n&apos;est pas l&apos;un de %2.</translation>
    </message>
    <message>
        <source>%1 has no `type:`. Add one of %2.</source>
        <translation>%1 n&apos;a pas de `type:`. Ajoutez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>apiKey auth without `secretRef:`: the operator will not find a key. Name the Secret that holds it, e.g. `secretRef: llm-api-key`.</source>
        <translation>Authentification apiKey sans `secretRef:` : l&apos;opérateur ne trouvera pas de clé. Nommez le Secret qui la contient, p. ex. `secretRef: llm-api-key`.</translation>
    </message>
    <message>
        <source>it is a quoted string; write the number without quotes</source>
        <translation>c&apos;est une chaîne entre guillemets ; écrivez le nombre sans guillemets</translation>
    </message>
    <message>
        <source>it must be between 1 and %1</source>
        <translation>il doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>il vaut %1</translation>
    </message>
    <message>
        <source>maxTokens must be a positive whole number such as 4096: %1.</source>
        <translation>maxTokens doit être un nombre entier positif comme 4096 : %1.</translation>
    </message>
    <message>
        <source>%1 is a YAML number; the CRD wants a decimal string. Quote it: %2: &quot;%3&quot;.</source>
        <translation>%1 est un nombre YAML ; le CRD attend une chaîne décimale. Mettez-le entre guillemets : %2: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a decimal string such as &quot;0.80&quot;, not %2.</source>
        <translation>%1 doit être une chaîne décimale comme &quot;0.80&quot;, pas %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is more than %3 USD per million tokens, which no model costs; check the number (it is USD per million tokens, not per token).</source>
        <translation>%1 &quot;%2&quot; dépasse %3 USD par million de jetons, ce qu&apos;aucun modèle ne coûte ; vérifiez le nombre (c&apos;est en USD par million de jetons, pas par jeton).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a non-negative decimal in USD per million tokens; write it like &quot;0.80&quot; or &quot;0&quot; (no sign, unit, exponent or more than 12 decimals).</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas un décimal positif ou nul en USD par million de jetons ; écrivez-le comme &quot;0.80&quot; ou &quot;0&quot; (sans signe, unité, exposant ni plus de 12 décimales).</translation>
    </message>
    <message>
        <source>Tier &quot;%1&quot; is not one of %2; tier names are lower-case: write &quot;%3&quot;.</source>
        <translation>Le niveau &quot;%1&quot; n&apos;est pas l&apos;un de %2 ; les noms de niveaux sont en minuscules : écrivez &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Tier &quot;%1&quot; is not one of %2.</source>
        <translation>Le niveau &quot;%1&quot; n&apos;est pas l&apos;un de %2.</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is not an http:// or https:// URL with a host, e.g. http://localhost:11434/v1.</source>
        <translation>endpoint &quot;%1&quot; n&apos;est pas une URL http:// ou https:// avec un hôte, p. ex. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is plain http:// to another machine: keys and prompts cross the network unencrypted. Use https://, or a loopback address for a local server.</source>
        <translation>endpoint &quot;%1&quot; est du http:// non chiffré vers une autre machine : clés et prompts traversent le réseau en clair. Utilisez https://, ou une adresse de boucle locale pour un serveur local.</translation>
    </message>
    <message>
        <source>%1 has no `%2:`. Add one, e.g. `%2: %3`.</source>
        <translation>%1 n&apos;a pas de `%2:`. Ajoutez-en un, p. ex. `%2: %3`.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has no built-in endpoint. Set `endpoint:` (e.g. http://localhost:11434/v1 for Ollama) unless the operator&apos;s environment provides it.</source>
        <translation>Le fournisseur &quot;%1&quot; n&apos;a pas de point d&apos;accès intégré. Définissez `endpoint:` (p. ex. http://localhost:11434/v1 pour Ollama) sauf si l&apos;environnement de l&apos;opérateur le fournit.</translation>
    </message>
    <message>
        <source>spec.tiers must be a list of `- tier: ...` entries, not %1.</source>
        <translation>spec.tiers doit être une liste d&apos;entrées `- tier: ...`, pas %1.</translation>
    </message>
    <message>
        <source>spec.tiers is empty. Add at least one tier (fast, standard or reasoning).</source>
        <translation>spec.tiers est vide. Ajoutez au moins un niveau (fast, standard ou reasoning).</translation>
    </message>
    <message>
        <source>%1 must be a mapping with tier, provider and model, not %2.</source>
        <translation>%1 doit être un mappage avec tier, provider et model, pas %2.</translation>
    </message>
    <message>
        <source>Tier &quot;%1&quot; is already defined on line %2; each tier may appear once.</source>
        <translation>Le niveau &quot;%1&quot; est déjà défini à la ligne %2 ; chaque niveau ne peut apparaître qu&apos;une fois.</translation>
    </message>
    <message>
        <source>spec must be a mapping with `tiers:`, not %1.</source>
        <translation>spec doit être un mappage avec `tiers:`, pas %1.</translation>
    </message>
    <message>
        <source>spec has no `tiers:`. Add a list with at least one `- tier: ...` entry.</source>
        <translation>spec n&apos;a pas de `tiers:`. Ajoutez une liste avec au moins une entrée `- tier: ...`.</translation>
    </message>
    <message>
        <source>The ModelTierConfig has no `spec:`. Add `spec:` with a `tiers:` list.</source>
        <translation>La ModelTierConfig n&apos;a pas de `spec:`. Ajoutez `spec:` avec une liste `tiers:`.</translation>
    </message>
    <message>
        <source>The alias *%1 refers to a node that contains it, which would never end when expanded. Remove the alias or point it at another anchor.</source>
        <translation>L&apos;alias *%1 renvoie à un nœud qui le contient, dont l&apos;expansion ne finirait jamais. Supprimez l&apos;alias ou pointez-le vers une autre ancre.</translation>
    </message>
    <message>
        <source>Expanding the alias *%1 here takes the document past %2 nodes (nested aliases multiply: an &quot;alias bomb&quot;). Use fewer levels of aliases, or write the values out.</source>
        <translation>L&apos;expansion de l&apos;alias *%1 ici porte le document au-delà de %2 nœuds (les alias imbriqués se multiplient : une « bombe d&apos;alias »). Utilisez moins de niveaux d&apos;alias, ou écrivez les valeurs en entier.</translation>
    </message>
    <message>
        <source>YAML syntax error: the double-quoted string that starts here is never closed. Add the closing &quot;.</source>
        <translation>Erreur de syntaxe YAML : la chaîne entre guillemets doubles qui commence ici n&apos;est jamais fermée. Ajoutez le &quot; fermant.</translation>
    </message>
    <message>
        <source>YAML syntax error: the single-quoted string that starts here is never closed. Add the closing &apos;.</source>
        <translation>Erreur de syntaxe YAML : la chaîne entre guillemets simples qui commence ici n&apos;est jamais fermée. Ajoutez le &apos; fermant.</translation>
    </message>
    <message>
        <source>The document nests mappings and lists more than %1 levels deep here. Flatten it; no config needs that many levels.</source>
        <translation>Le document imbrique ici mappages et listes sur plus de %1 niveaux. Aplatissez-le ; aucune configuration n&apos;a besoin d&apos;autant de niveaux.</translation>
    </message>
    <message>
        <source>The file contains a NUL byte here. YAML is text: remove it (was a binary file opened by mistake?).</source>
        <translation>Le fichier contient ici un octet NUL. YAML est du texte : supprimez-le (un fichier binaire a-t-il été ouvert par erreur ?).</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 here (byte 0x%1). Save it as UTF-8.</source>
        <translation>Le fichier n&apos;est pas de l&apos;UTF-8 valide ici (octet 0x%1). Enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>YAML syntax error: %1.</source>
        <translation>Erreur de syntaxe YAML : %1.</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mappage</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in this mapping (first on line %2); tools disagree on which one wins. Remove one of them.</source>
        <translation>&quot;%1&quot; apparaît deux fois dans ce mappage (d&apos;abord à la ligne %2) ; les outils ne s&apos;accordent pas sur celui qui l&apos;emporte. Supprimez-en un.</translation>
    </message>
    <message>
        <source>This value looks like a real API key pasted inline. Move it into a Kubernetes Secret and reference it (auth.secretRef or valueFrom.secretKeyRef); then rotate the key.</source>
        <translation>Cette valeur ressemble à une vraie clé d&apos;API collée en clair. Déplacez-la dans un Secret Kubernetes et référencez-la (auth.secretRef ou valueFrom.secretKeyRef) ; puis renouvelez la clé.</translation>
    </message>
    <message>
        <source>The document has no metadata.name. Add `metadata:` with a `name:` such as &quot;default&quot;.</source>
        <translation>Le document n&apos;a pas de metadata.name. Ajoutez `metadata:` avec un `name:` comme &quot;default&quot;.</translation>
    </message>
    <message>
        <source>metadata must be a mapping with a `name:`, not %1.</source>
        <translation>metadata doit être un mappage avec un `name:`, pas %1.</translation>
    </message>
    <message>
        <source>metadata has no `name:`. Add one such as &quot;default&quot;.</source>
        <translation>metadata n&apos;a pas de `name:`. Ajoutez-en un comme &quot;default&quot;.</translation>
    </message>
    <message>
        <source>metadata.name &quot;%1&quot; is not a valid DNS-1123 name: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit, at most 253 characters.</source>
        <translation>metadata.name &quot;%1&quot; n&apos;est pas un nom DNS-1123 valide : utilisez des minuscules, des chiffres, &apos;-&apos; et &apos;.&apos;, en commençant et finissant par une lettre ou un chiffre, 253 caractères au plus.</translation>
    </message>
    <message>
        <source>it uses %1</source>
        <translation>il utilise %1</translation>
    </message>
    <message>
        <source>it uses no field that only one version has, so the newer one applies</source>
        <translation>il n&apos;utilise aucun champ propre à une seule version, la plus récente s&apos;applique donc</translation>
    </message>
    <message>
        <source>; it also has %1 from the other version, which this one does not know</source>
        <translation>; il a aussi %1 de l&apos;autre version, que celle-ci ne connaît pas</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a boolean (true or false)</source>
        <translation>un booléen (true ou false)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>%1 has no `%2:`, which the CRD requires; the cluster refuses the document without it. Add it.</source>
        <translation>%1 n&apos;a pas de `%2:`, que le CRD exige ; le cluster refuse le document sans lui. Ajoutez-le.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Le document</translation>
    </message>
    <message>
        <source>%1 must be a Kubernetes quantity: a whole number or a string such as &quot;500m&quot;, &quot;2&quot; or &quot;8Gi&quot;, not %2.</source>
        <translation>%1 doit être une quantité Kubernetes : un nombre entier ou une chaîne comme &quot;500m&quot;, &quot;2&quot; ou &quot;8Gi&quot;, pas %2.</translation>
    </message>
    <message>
        <source>%1 must be an integer or a string, not %2.</source>
        <translation>%1 doit être un entier ou une chaîne, pas %2.</translation>
    </message>
    <message>
        <source> Quote it: &quot;%1&quot;.</source>
        <translation> Mettez-le entre guillemets : &quot;%1&quot;.</translation>
    </message>
    <message>
        <source> Write it without quotes.</source>
        <translation> Écrivez-le sans guillemets.</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation>%1 doit être %2, pas %3.</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>un autre type</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3.</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas l&apos;un de %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a Kubernetes quantity; write a number with an optional unit, e.g. &quot;500m&quot;, &quot;2&quot;, &quot;1.5&quot; or &quot;8Gi&quot;.</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas une quantité Kubernetes ; écrivez un nombre avec une unité facultative, p. ex. &quot;500m&quot;, &quot;2&quot;, &quot;1.5&quot; ou &quot;8Gi&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not match the form the CRD requires (%3).</source>
        <translation>%1 &quot;%2&quot; ne correspond pas à la forme exigée par le CRD (%3).</translation>
    </message>
    <message>
        <source>%1 is too short: %2 Add the missing entries.</source>
        <translation>%1 est trop court : %2 Ajoutez les entrées manquantes.</translation>
    </message>
    <message>
        <source>%1 is %2; it must be at least %3.</source>
        <translation>%1 vaut %2 ; il doit valoir au moins %3.</translation>
    </message>
    <message>
        <source>%1 is %2; it must be at most %3.</source>
        <translation>%1 vaut %2 ; il doit valoir au plus %3.</translation>
    </message>
    <message>
        <source>%1 %2 does not fit in %3 (the CRD&apos;s format). Use a smaller number.</source>
        <translation>%1 %2 ne tient pas dans %3 (le format du CRD). Utilisez un nombre plus petit.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>Unknown metadata field &quot;%1&quot;; the API server drops it. Check the spelling (name, namespace, labels, annotations...).</source>
        <translation>Champ metadata inconnu &quot;%1&quot; ; le serveur d&apos;API le supprime. Vérifiez l&apos;orthographe (name, namespace, labels, annotations...).</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the API server drops it (the operator never sees it). Known fields here: %2.</source>
        <translation>Champ inconnu &quot;%1&quot; ; le serveur d&apos;API le supprime (l&apos;opérateur ne le voit jamais). Champs connus ici : %2.</translation>
    </message>
    <message>
        <source>The document could not be checked against the %1 CRD schema: %2. Reinstall TierBench.</source>
        <translation>Le document n&apos;a pas pu être vérifié par rapport au schéma du CRD %1 : %2. Réinstallez TierBench.</translation>
    </message>
    <message>
        <source>The schema check stopped: %1.</source>
        <translation>La vérification du schéma s&apos;est arrêtée : %1.</translation>
    </message>
</context>
<context>
    <name>ConfigsMode</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workspace&lt;/b&gt; — double-click a config to open it</source>
        <translation>&lt;b&gt;Espace de travail&lt;/b&gt; — double-cliquez sur une configuration pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Workspace configs</source>
        <translation>Configurations de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open configs</source>
        <translation>Configurations ouvertes</translation>
    </message>
    <message>
        <source>&amp;New Config</source>
        <translation>&amp;Nouvelle configuration</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open config</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <source>Open &amp;Workspace Folder…</source>
        <translation>Ouvrir un &amp;dossier d&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Export Validated &amp;CRD YAML…</source>
        <translation>Exporter le &amp;CRD validé…</translation>
    </message>
    <message>
        <source>Export &amp;LiteLLM config.yaml…</source>
        <translation>Exporter pour &amp;LiteLLM…</translation>
    </message>
    <message>
        <source>Copy CRD YAML to Clip&amp;board</source>
        <translation>Copier le YAML CRD dans le &amp;presse-papiers</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Import LiteLLM config.yaml…</source>
        <translation>&amp;Importer un config.yaml LiteLLM…</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1: %n config(s)</source>
        <translation>
            <numerusform>Espace de travail %1 : %n configuration</numerusform>
            <numerusform>Espace de travail %1 : %n configurations</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n problem(s)</source>
        <translation>
            <numerusform>%1 ouvert : %n problème</numerusform>
            <numerusform>%1 ouvert : %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Save config as</source>
        <translation>Enregistrer la configuration sous</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Fichiers YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save with errors?</source>
        <translation>Enregistrer malgré les erreurs ?</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) (see Problems). Save anyway?</source>
        <translation>
            <numerusform>%1 a %n erreur (voir Problèmes). Enregistrer quand même ?</numerusform>
            <numerusform>%1 a %n erreurs (voir Problèmes). Enregistrer quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>ligne %1 : </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s), so it cannot be exported as %2. Fix them first (see Problems).</source>
        <translation>
            <numerusform>%1 a %n erreur et ne peut donc pas être exporté en tant que %2. Corrigez-la d&apos;abord (voir Problèmes).</numerusform>
            <numerusform>%1 a %n erreurs et ne peut donc pas être exporté en tant que %2. Corrigez-les d&apos;abord (voir Problèmes).</numerusform>
        </translation>
    </message>
    <message>
        <source>First error, %1%2</source>
        <translation>Première erreur, %1%2</translation>
    </message>
    <message numerus="yes">
        <source>Export refused: %1 has %n error(s); first, %2%3</source>
        <translation>
            <numerusform>Export refusé : %1 a %n erreur ; d&apos;abord %2%3</numerusform>
            <numerusform>Export refusé : %1 a %n erreurs ; d&apos;abord %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Export refused</source>
        <translation>Export refusé</translation>
    </message>
    <message>
        <source>&amp;Go to the First Error</source>
        <translation>Aller à la &amp;première erreur</translation>
    </message>
    <message>
        <source>validated CRD YAML</source>
        <translation>du YAML CRD validé</translation>
    </message>
    <message>
        <source>Export CRD YAML</source>
        <translation>Exporter le YAML CRD</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <source>Exported CRD YAML to %1</source>
        <translation>YAML CRD exporté vers %1</translation>
    </message>
    <message>
        <source>a LiteLLM config.yaml</source>
        <translation>un config.yaml LiteLLM</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>This file has no ModelTierConfig to export.</source>
        <translation>Ce fichier n&apos;a aucune ModelTierConfig à exporter.</translation>
    </message>
    <message>
        <source>Export LiteLLM config</source>
        <translation>Exporter la configuration LiteLLM</translation>
    </message>
    <message>
        <source>Exported LiteLLM config to %1</source>
        <translation>Configuration LiteLLM exportée vers %1</translation>
    </message>
    <message>
        <source>LiteLLM export %1: %2</source>
        <translation>Export LiteLLM %1 : %2</translation>
    </message>
    <message>
        <source>Copied the CRD YAML of %1 to the clipboard</source>
        <translation>YAML CRD de %1 copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Cannot open the demo workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Import LiteLLM config</source>
        <translation>Importer une configuration LiteLLM</translation>
    </message>
    <message>
        <source>LiteLLM config (*.yaml *.yml)</source>
        <translation>Configuration LiteLLM (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>It holds no model_list entry to make a tier of.</source>
        <translation>Elle ne contient aucune entrée model_list dont faire un niveau.</translation>
    </message>
    <message>
        <source>%1 is not a LiteLLM config TierBench can read: %2</source>
        <translation>%1 n&apos;est pas une configuration LiteLLM que TierBench sait lire : %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 as a new config: %n tier(s), %2 note(s); save it to keep it.</source>
        <translation>
            <numerusform>%1 importé comme nouvelle configuration : %n niveau, %2 remarque(s) ; enregistrez-la pour la garder.</numerusform>
            <numerusform>%1 importé comme nouvelle configuration : %n niveaux, %2 remarque(s) ; enregistrez-la pour la garder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The key was refused: set a valid key (Set key…) or check the environment variable.</source>
        <translation>La clé a été refusée : définissez une clé valide (Définir la clé…) ou vérifiez la variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>No model list at this address: check the base URL (OpenAI-compatible servers include /v1).</source>
        <translation>Pas de liste de modèles à cette adresse : vérifiez l&apos;URL de base (les serveurs compatibles OpenAI incluent /v1).</translation>
    </message>
    <message>
        <source>Rate limited: try again in a minute.</source>
        <translation>Débit limité : réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later.</source>
        <translation>Le fournisseur a un problème : réessayez plus tard.</translation>
    </message>
    <message>
        <source>No answer in time: check the base URL and your network.</source>
        <translation>Pas de réponse à temps : vérifiez l&apos;URL de base et votre réseau.</translation>
    </message>
    <message>
        <source>Nothing answers there: check the base URL, or start the server.</source>
        <translation>Rien ne répond à cette adresse : vérifiez l&apos;URL de base, ou démarrez le serveur.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 answered, but not with a model list: %2</source>
        <translation>%1 a répondu, mais pas avec une liste de modèles : %2</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>The price is unknown.</source>
        <translation>Le prix est inconnu.</translation>
    </message>
    <message>
        <source>The token counts are negative, or more input tokens are cached than were sent.</source>
        <translation>Les nombres de jetons sont négatifs, ou plus de jetons d&apos;entrée sont en cache qu&apos;il n&apos;en a été envoyé.</translation>
    </message>
    <message>
        <source>The cost is too large to compute exactly (past about 1.7e20 USD); check the prices and token counts.</source>
        <translation>Le coût est trop grand pour être calculé exactement (au-delà d&apos;environ 1,7e20 USD) ; vérifiez les prix et les nombres de jetons.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <source>simulated</source>
        <translation>simulé</translation>
    </message>
    <message>
        <source>Some calls shown here came from the simulated provider (the demo), not a real model.</source>
        <translation>Certains des appels affichés ici viennent du fournisseur simulé (la démo), pas d&apos;un vrai modèle.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export as %1…</source>
        <translation>Exporter en %1…</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>heure (UTC)</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>(no tenant)</source>
        <translation>(aucun locataire)</translation>
    </message>
    <message>
        <source>%1: cost so far</source>
        <translation>%1 : coût à ce jour</translation>
    </message>
    <message>
        <source>%1: tokens so far</source>
        <translation>%1 : jetons à ce jour</translation>
    </message>
    <message>
        <source>%1, %2
that day: %3, %4 tokens
month so far: %5, %6 tokens</source>
        <translation>%1, %2
ce jour-là : %3, %4 jetons
mois à ce jour : %5, %6 jetons</translation>
    </message>
    <message>
        <source>monthly limit</source>
        <translation>limite mensuelle</translation>
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
        <translation>coût ce mois-ci ($)</translation>
    </message>
    <message>
        <source>tokens this month</source>
        <translation>jetons ce mois-ci</translation>
    </message>
    <message>
        <source>%1, UTC. Limit from %2.</source>
        <translation>%1, UTC. Limite issue de %2.</translation>
    </message>
    <message>
        <source>%1, UTC. No monthly limit for this tenant (%2): set spec.budgets in router-policy.yaml or TOKEN_BUDGET_MONTHLY.</source>
        <translation>%1, UTC. Pas de limite mensuelle pour ce locataire (%2) : définissez spec.budgets dans router-policy.yaml ou TOKEN_BUDGET_MONTHLY.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>latency: min, quartiles, median, max</source>
        <translation>latence : min, quartiles, médiane, max</translation>
    </message>
    <message>
        <source>%1 (%2 calls)
min %3
q1 %4
median %5
q3 %6
max %7</source>
        <translation>%1 (%2 appels)
min %3
q1 %4
médiane %5
q3 %6
max %7</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>latence (ms)</translation>
    </message>
    <message>
        <source>Successful calls over the whole range; whiskers at the fastest and slowest call.</source>
        <translation>Appels réussis sur toute la période ; moustaches à l&apos;appel le plus rapide et le plus lent.</translation>
    </message>
    <message>
        <source>the workspace config</source>
        <translation>la configuration de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>cumulative cost ($)</source>
        <translation>coût cumulé ($)</translation>
    </message>
    <message>
        <source>No tier of %1 has prices, so there is no all-heavy baseline: add costPerMillionInput and costPerMillionOutput to its tiers.</source>
        <translation>Aucun niveau de %1 n&apos;a de prix, il n&apos;y a donc pas de référence tout-heavy : ajoutez costPerMillionInput et costPerMillionOutput à ses niveaux.</translation>
    </message>
    <message>
        <source>actual cost</source>
        <translation>coût réel</translation>
    </message>
    <message>
        <source>all-heavy baseline (%1)</source>
        <translation>référence tout-heavy (%1)</translation>
    </message>
    <message>
        <source>%1
this bucket: %2 actual, %3 all-heavy
so far: %4 actual, %5 all-heavy, saved %6</source>
        <translation>%1
intervalle : %2 réel, %3 tout-heavy
à ce jour : %4 réel, %5 tout-heavy, économisé %6</translation>
    </message>
    <message>
        <source>Saved %1 (%2%) against pricing every call&apos;s tokens at tier &quot;%3&quot; (%4, $%5 in / $%6 out per million tokens) of config %7.</source>
        <translation>%1 (%2 %) économisés par rapport à une facturation des jetons de chaque appel au niveau &quot;%3&quot; (%4, $%5 en entrée / $%6 en sortie par million de jetons) de la configuration %7.</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>%1: %2 calls</source>
        <translation>%1 : %2 appels</translation>
    </message>
    <message>
        <source>
%1: %2 (%3%)</source>
        <translation>
%1 : %2 (%3 %)</translation>
    </message>
    <message>
        <source>error rate (% of calls)</source>
        <translation>taux d&apos;erreur (% des appels)</translation>
    </message>
    <message>
        <source>No errors in this range.</source>
        <translation>Aucune erreur sur cette période.</translation>
    </message>
    <message>
        <source>cost per 1,000 successful calls</source>
        <translation>coût pour 1 000 appels réussis</translation>
    </message>
    <message>
        <source>%1: no successful calls</source>
        <translation>%1 : aucun appel réussi</translation>
    </message>
    <message>
        <source>%1: $%2 per 1,000 successful calls
%3 over %4 successful calls</source>
        <translation>%1 : $%2 pour 1 000 appels réussis
%3 sur %4 appels réussis</translation>
    </message>
    <message>
        <source>$ per 1,000 successful calls</source>
        <translation>$ pour 1 000 appels réussis</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 calls)</source>
        <translation>%1 : %2 (%3 appels)</translation>
    </message>
    <message>
        <source>total: %1 (%2 calls, %3 with a known cost)</source>
        <translation>total : %1 (%2 appels, %3 avec un coût connu)</translation>
    </message>
    <message>
        <source>cost ($)</source>
        <translation>coût ($)</translation>
    </message>
    <message>
        <source>
%1: p50 %2, p95 %3, p99 %4</source>
        <translation>
%1 : p50 %2, p95 %3, p99 %4</translation>
    </message>
    <message>
        <source>Successful calls with a known latency; each percentile is its own line (solid p50, dashed p95, dotted p99).</source>
        <translation>Appels réussis à latence connue ; chaque centile a sa propre ligne (p50 pleine, p95 tiretée, p99 pointillée).</translation>
    </message>
    <message>
        <source>
%1: TTFT p50 %2, p95 %3</source>
        <translation>
%1 : TTFT p50 %2, p95 %3</translation>
    </message>
    <message>
        <source>time to first token (ms)</source>
        <translation>délai du premier jeton (ms)</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>output speed (tokens/s)</source>
        <translation>vitesse de sortie (jetons/s)</translation>
    </message>
    <message>
        <source>
%1: %2% (%3 of %4 calls)</source>
        <translation>
%1 : %2 % (%3 appels sur %4)</translation>
    </message>
    <message>
        <source>share of calls (%)</source>
        <translation>part des appels (%)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Reading the call store…</source>
        <translation>Lecture de la base d&apos;appels…</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <source>Config:</source>
        <translation>Configuration :</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Coût dans le temps</translation>
    </message>
    <message>
        <source>per model</source>
        <translation>par modèle</translation>
    </message>
    <message>
        <source>Stack the cost by model instead of by tier.</source>
        <translation>Empiler le coût par modèle plutôt que par niveau.</translation>
    </message>
    <message>
        <source>Latency per tier</source>
        <translation>Latence par niveau</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>échelle log</translation>
    </message>
    <message>
        <source>A logarithmic ms axis keeps the fast tier readable beside the heavy tier.</source>
        <translation>Un axe des ms logarithmique garde le niveau rapide lisible à côté du niveau heavy.</translation>
    </message>
    <message>
        <source>Time to first token per tier</source>
        <translation>Délai du premier jeton par niveau</translation>
    </message>
    <message>
        <source>Output speed per tier</source>
        <translation>Vitesse de sortie par niveau</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>Latence par modèle</translation>
    </message>
    <message>
        <source>Tier share</source>
        <translation>Part des niveaux</translation>
    </message>
    <message>
        <source>Savings against an all-heavy baseline</source>
        <translation>Économies par rapport à une référence tout-heavy</translation>
    </message>
    <message>
        <source>Error rate per tier and error class</source>
        <translation>Taux d&apos;erreur par niveau et classe d&apos;erreur</translation>
    </message>
    <message>
        <source>Cost per 1,000 successful calls</source>
        <translation>Coût pour 1 000 appels réussis</translation>
    </message>
    <message>
        <source>Budget burn-down this month</source>
        <translation>Consommation du budget ce mois-ci</translation>
    </message>
    <message>
        <source>No call store is open, so there is nothing to chart. Check the workspace database in Settings.</source>
        <translation>Aucune base d&apos;appels n&apos;est ouverte, il n&apos;y a donc rien à tracer. Vérifiez la base de l&apos;espace de travail dans les Paramètres.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>The call store could not be read: %1</source>
        <translation>La base d&apos;appels n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No calls yet&lt;/h3&gt;&lt;p&gt;The dashboard charts the calls in the workspace store. To get some:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;File ▸ Import calls…&lt;/b&gt; reads a TierBench call JSONL file or LiteLLM spend logs (JSON lines or CSV);&lt;/li&gt;&lt;li&gt;run a comparison in the &lt;b&gt;Compare&lt;/b&gt; mode, or send from the &lt;b&gt;Router&lt;/b&gt; mode: every call is recorded;&lt;/li&gt;&lt;li&gt;or start &lt;tt&gt;tierbench --demo&lt;/tt&gt; for 30 days of simulated traffic.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Pas encore d&apos;appels&lt;/h3&gt;&lt;p&gt;Le tableau de bord trace les appels de la base de l&apos;espace de travail. Pour en obtenir :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Fichier ▸ Importer des appels…&lt;/b&gt; lit un fichier JSONL d&apos;appels TierBench ou des journaux de dépenses LiteLLM (lignes JSON ou CSV) ;&lt;/li&gt;&lt;li&gt;lancez une comparaison dans le mode &lt;b&gt;Comparer&lt;/b&gt;, ou envoyez depuis le mode &lt;b&gt;Routeur&lt;/b&gt; : chaque appel est enregistré ;&lt;/li&gt;&lt;li&gt;ou lancez &lt;tt&gt;tierbench --demo&lt;/tt&gt; pour 30 jours de trafic simulé.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No calls match&lt;/h3&gt;&lt;p&gt;The store holds %1 calls (%2 to %3), but none in this time range with these filters. Pick a longer range or set a filter back to All.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun appel ne correspond&lt;/h3&gt;&lt;p&gt;La base contient %1 appels (du %2 au %3), mais aucun sur cette période avec ces filtres. Choisissez une période plus longue ou remettez un filtre sur Tous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(no tenant)</source>
        <translation>(aucun locataire)</translation>
    </message>
    <message>
        <source>no budget source</source>
        <translation>aucune source de budget</translation>
    </message>
</context>
<context>
    <name>DashboardQueries</name>
    <message>
        <source>Dashboard query failed: %1</source>
        <translation>La requête du tableau de bord a échoué : %1</translation>
    </message>
</context>
<context>
    <name>DashboardServices</name>
    <message>
        <source>the TOKEN_BUDGET_* environment (no router-policy.yaml)</source>
        <translation>l&apos;environnement TOKEN_BUDGET_* (pas de router-policy.yaml)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>the TOKEN_BUDGET_* environment (%1 has no budgets)</source>
        <translation>l&apos;environnement TOKEN_BUDGET_* (%1 n&apos;a pas de budgets)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Statement failed (%1): %2</source>
        <translation>L&apos;instruction a échoué (%1) : %2</translation>
    </message>
    <message>
        <source>No database location given.</source>
        <translation>Aucun emplacement de base de données indiqué.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database URL %1 holds a password, which shows in shell history and process lists. Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>L&apos;URL de base de données %1 contient un mot de passe, visible dans l&apos;historique du shell et les listes de processus. Mettez-le plutôt dans PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server refused the credentials of user &quot;%1&quot;: check the user name, and give the password in PGPASSWORD, a ~/.pgpass line, or the keychain entry postgres/%2.</source>
        <translation>Le serveur a refusé les identifiants de l&apos;utilisateur &quot;%1&quot; : vérifiez le nom d&apos;utilisateur, et donnez le mot de passe dans PGPASSWORD, une ligne de ~/.pgpass ou l&apos;entrée de trousseau postgres/%2.</translation>
    </message>
    <message>
        <source>The URL requires TLS (sslmode=%1) but the server offers none: enable ssl on the server, or, on a network you trust, use sslmode=prefer.</source>
        <translation>L&apos;URL exige TLS (sslmode=%1) mais le serveur n&apos;en propose pas : activez ssl sur le serveur ou, sur un réseau de confiance, utilisez sslmode=prefer.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified: point sslrootcert= at the CA that signed it, or check that the host name matches the certificate.</source>
        <translation>Le certificat TLS du serveur n&apos;a pas pu être vérifié : pointez sslrootcert= vers l&apos;AC qui l&apos;a signé, ou vérifiez que le nom d&apos;hôte correspond au certificat.</translation>
    </message>
    <message>
        <source>Create the database on the server (createdb), or fix the name at the end of the URL.</source>
        <translation>Créez la base de données sur le serveur (createdb), ou corrigez le nom à la fin de l&apos;URL.</translation>
    </message>
    <message>
        <source>Is the PostgreSQL server running and reachable at %1? Check the host and port in the URL and any firewall, then try again.</source>
        <translation>Le serveur PostgreSQL tourne-t-il et est-il joignable à %1 ? Vérifiez l&apos;hôte et le port de l&apos;URL et tout pare-feu, puis réessayez.</translation>
    </message>
    <message>
        <source>unknown PostgreSQL parameter &quot;%1&quot; in the URL; use libpq&apos;s names such as sslmode, sslrootcert or application_name.</source>
        <translation>paramètre PostgreSQL inconnu &quot;%1&quot; dans l&apos;URL ; utilisez les noms de libpq comme sslmode, sslrootcert ou application_name.</translation>
    </message>
    <message>
        <source>the value of %1 contains &apos;;&apos;, which cannot be passed on.</source>
        <translation>la valeur de %1 contient &apos;;&apos;, qui ne peut pas être transmis.</translation>
    </message>
</context>
<context>
    <name>DatabasePassword</name>
    <message>
        <source>the URL</source>
        <translation>l&apos;URL</translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>entrée de trousseau %1</translation>
    </message>
    <message>
        <source>~/.pgpass, or no password (keychain entry %1 not found)</source>
        <translation>~/.pgpass, ou pas de mot de passe (entrée de trousseau %1 introuvable)</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <source>Routing decision</source>
        <translation>Décision de routage</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>no signal either way: the policy&apos;s default tier</source>
        <translation>aucun signal dans un sens ou l&apos;autre : le niveau par défaut de la politique</translation>
    </message>
    <message>
        <source>light score without evidence of triviality: the default tier</source>
        <translation>score light sans indice de trivialité : le niveau par défaut</translation>
    </message>
    <message>
        <source>evidence of triviality: light</source>
        <translation>indice de trivialité : light</translation>
    </message>
    <message>
        <source>the score and the thresholds</source>
        <translation>le score et les seuils</translation>
    </message>
    <message>
        <source>task-type override</source>
        <translation>forçage par type de tâche</translation>
    </message>
    <message>
        <source>agent preference</source>
        <translation>préférence de l&apos;agent</translation>
    </message>
    <message>
        <source>domain depth %1</source>
        <translation>technicité %1</translation>
    </message>
    <message>
        <source>numbers and maths %1</source>
        <translation>chiffres et maths %1</translation>
    </message>
    <message>
        <source>plain words %1</source>
        <translation>mots simples %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n livrable</numerusform>
            <numerusform>%n livrables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n constraint(s)</source>
        <translation>
            <numerusform>%n contrainte</numerusform>
            <numerusform>%n contraintes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multi-hop marker(s)</source>
        <translation>
            <numerusform>%n marqueur multi-étapes</numerusform>
            <numerusform>%n marqueurs multi-étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>trivial</source>
        <translation>trivial</translation>
    </message>
    <message>
        <source>no signal</source>
        <translation>aucun signal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>Impossible de lire la base : %1</translation>
    </message>
    <message>
        <source>The config &apos;%1&apos; has no tiers to simulate.</source>
        <translation>La configuration &apos;%1&apos; n&apos;a pas de niveaux à simuler.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers YAML (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Review changes to %1</source>
        <translation>Vérifier les modifications de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from the file on disk. Lines starting with - are removed, + are added.</source>
        <translation>
            <numerusform>%n ligne diffère du fichier sur le disque. Les lignes commençant par - sont supprimées, par + ajoutées.</numerusform>
            <numerusform>%n lignes diffèrent du fichier sur le disque. Les lignes commençant par - sont supprimées, par + ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
</context>
<context>
    <name>DocumentationDialog</name>
    <message>
        <source>TierBench Documentation</source>
        <translation>Documentation de TierBench</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Bad input</source>
        <translation>Entrées incorrectes</translation>
    </message>
    <message>
        <source>The documentation is not part of this build.</source>
        <translation>La documentation ne fait pas partie de cette version.</translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message>
        <source>untitled.yaml</source>
        <translation>sans-titre.yaml</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>Modifier le YAML</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>Choose model %1</source>
        <translation>Choisir le modèle %1</translation>
    </message>
    <message>
        <source>Change default auth</source>
        <translation>Modifier l&apos;authentification par défaut</translation>
    </message>
    <message>
        <source>Change tier auth</source>
        <translation>Modifier l&apos;authentification du niveau</translation>
    </message>
    <message>
        <source>Rename config</source>
        <translation>Renommer la configuration</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <source>Use %1/%2 for tier %3</source>
        <translation>Utiliser %1/%2 pour le niveau %3</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Supprimer un niveau</translation>
    </message>
    <message>
        <source>Fix the YAML syntax first.</source>
        <translation>Corrigez d&apos;abord la syntaxe YAML.</translation>
    </message>
    <message>
        <source>Migrate ModelAPI to 2026-01</source>
        <translation>Migrer la ModelAPI vers 2026-01</translation>
    </message>
    <message>
        <source>Migrated to the 2026-01 shape: %1. Undo restores the original.</source>
        <translation>Migré vers la forme 2026-01 : %1. Annuler restaure l&apos;original.</translation>
    </message>
    <message>
        <source>Edit env</source>
        <translation>Modifier l&apos;environnement</translation>
    </message>
</context>
<context>
    <name>ErrorClassifier</name>
    <message>
        <source>Check the API key (env var or keychain entry) and its permissions.</source>
        <translation>Vérifiez la clé d&apos;API (variable d&apos;environnement ou entrée de trousseau) et ses droits.</translation>
    </message>
    <message>
        <source>Wait and retry, or lower the request rate.</source>
        <translation>Patientez et réessayez, ou réduisez le débit des requêtes.</translation>
    </message>
    <message>
        <source>Check the account&apos;s quota, credits or spend limit.</source>
        <translation>Vérifiez le quota, les crédits ou la limite de dépenses du compte.</translation>
    </message>
    <message>
        <source>The provider is overloaded; retry later.</source>
        <translation>Le fournisseur est surchargé ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Shorten the prompt or lower max tokens.</source>
        <translation>Raccourcissez le prompt ou réduisez max tokens.</translation>
    </message>
    <message>
        <source>Check the model name and the request parameters.</source>
        <translation>Vérifiez le nom du modèle et les paramètres de la requête.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Error in the stream</source>
        <translation>Erreur dans le flux</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>The experiment has no targets.</source>
        <translation>L&apos;expérience n&apos;a pas de cibles.</translation>
    </message>
    <message>
        <source>The experiment has no test cases.</source>
        <translation>L&apos;expérience n&apos;a pas de cas de test.</translation>
    </message>
    <message>
        <source>Repeats must be at least 1.</source>
        <translation>Les répétitions doivent valoir au moins 1.</translation>
    </message>
</context>
<context>
    <name>ExperimentRunner</name>
    <message>
        <source>A run is already in progress.</source>
        <translation>Une exécution est déjà en cours.</translation>
    </message>
    <message>
        <source>No stored run %1.</source>
        <translation>Aucune exécution enregistrée %1.</translation>
    </message>
    <message>
        <source>Run %1 was started with different prompts, test cases, targets, parameters or repeats; resume it with the same ones.</source>
        <translation>L&apos;exécution %1 a été lancée avec d&apos;autres prompts, cas de test, cibles, paramètres ou répétitions ; reprenez-la avec les mêmes.</translation>
    </message>
    <message>
        <source>Failed cells can be retried once the run has stopped.</source>
        <translation>Les cellules en échec peuvent être relancées une fois l&apos;exécution arrêtée.</translation>
    </message>
    <message>
        <source>The run is still stopping.</source>
        <translation>L&apos;exécution est encore en cours d&apos;arrêt.</translation>
    </message>
    <message>
        <source>No router is configured for the &quot;router&quot; target.</source>
        <translation>Aucun routeur n&apos;est configuré pour la cible &quot;router&quot;.</translation>
    </message>
    <message>
        <source>Could not store cell %1/%2: %3</source>
        <translation>Impossible d&apos;enregistrer la cellule %1/%2 : %3</translation>
    </message>
</context>
<context>
    <name>FactorChart</name>
    <message>
        <source>Factors and their weighted contributions</source>
        <translation>Facteurs et leurs contributions pondérées</translation>
    </message>
    <message>
        <source>value (0–1)</source>
        <translation>valeur (0–1)</translation>
    </message>
    <message>
        <source>weighted contribution to the score</source>
        <translation>contribution pondérée au score</translation>
    </message>
    <message>
        <source>value and contribution (0–1)</source>
        <translation>valeur et contribution (0–1)</translation>
    </message>
    <message>
        <source>%1
value %2 × weight %3 / %4 = contribution %5</source>
        <translation>%1
valeur %2 × poids %3 / %4 = contribution %5</translation>
    </message>
</context>
<context>
    <name>FallbackChain</name>
    <message>
        <source>provider &apos;%1&apos; already failed with an account-wide error</source>
        <translation>le fournisseur &apos;%1&apos; a déjà échoué avec une erreur touchant tout le compte</translation>
    </message>
    <message>
        <source>context window %1 is smaller than the request&apos;s %2 tokens</source>
        <translation>la fenêtre de contexte %1 est plus petite que les %2 jetons de la requête</translation>
    </message>
    <message>
        <source>context window is not known to be larger than %1 tokens</source>
        <translation>la fenêtre de contexte n&apos;est pas connue pour dépasser %1 jetons</translation>
    </message>
    <message>
        <source>gave up after %1 calls (the hop limit)</source>
        <translation>abandon après %1 appels (la limite de sauts)</translation>
    </message>
    <message>
        <source>no target to call</source>
        <translation>aucune cible à appeler</translation>
    </message>
    <message>
        <source>every target failed or was skipped</source>
        <translation>toutes les cibles ont échoué ou ont été ignorées</translation>
    </message>
    <message>
        <source>%1 will fail on every target; not falling back</source>
        <translation>%1 échouera sur toutes les cibles ; pas de repli</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Migrate to 2026-01</source>
        <translation>Migrer vers 2026-01</translation>
    </message>
    <message>
        <source>&amp;Add tier</source>
        <translation>&amp;Ajouter un niveau</translation>
    </message>
    <message>
        <source>&amp;Remove tier</source>
        <translation>&amp;Supprimer le niveau</translation>
    </message>
    <message>
        <source>Default auth</source>
        <translation>Authentification par défaut</translation>
    </message>
    <message>
        <source>Auth override for the selected tier</source>
        <translation>Authentification propre au niveau sélectionné</translation>
    </message>
    <message>
        <source>&lt;b&gt;Form&lt;/b&gt;</source>
        <translation>&lt;b&gt;Formulaire&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Document in this file:</source>
        <translation>&amp;Document de ce fichier :</translation>
    </message>
    <message>
        <source>Document in this file</source>
        <translation>Document de ce fichier</translation>
    </message>
    <message>
        <source>The YAML has a syntax error. The form shows the last valid version and is read-only; fix the YAML to edit here again.</source>
        <translation>Le YAML a une erreur de syntaxe. Le formulaire montre la dernière version valide en lecture seule ; corrigez le YAML pour modifier ici à nouveau.</translation>
    </message>
    <message>
        <source>Rewrite this ModelAPI for the 2026-01 KAOS CRD: serverConfig becomes hostedConfig (resources move to podSpec), a string configYaml becomes configYaml.fromString. One undo step.</source>
        <translation>Réécrire cette ModelAPI pour le CRD KAOS 2026-01 : serverConfig devient hostedConfig (resources passe dans podSpec), un configYaml en chaîne devient configYaml.fromString. Une seule étape d&apos;annulation.</translation>
    </message>
    <message>
        <source>&amp;Name (metadata.name):</source>
        <translation>&amp;Nom (metadata.name) :</translation>
    </message>
    <message>
        <source>Config name</source>
        <translation>Nom de la configuration</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Typical request: &amp;input</source>
        <translation>Requête type : &amp;entrée</translation>
    </message>
    <message>
        <source>The Per request column prices a request of this many input and output tokens</source>
        <translation>La colonne Par requête chiffre une requête de ce nombre de jetons d&apos;entrée et de sortie</translation>
    </message>
    <message>
        <source>Typical request input tokens</source>
        <translation>Jetons d&apos;entrée d&apos;une requête type</translation>
    </message>
    <message>
        <source>Typical request output tokens</source>
        <translation>Jetons de sortie d&apos;une requête type</translation>
    </message>
    <message>
        <source>&amp;output</source>
        <translation>&amp;sortie</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>(no kind)</source>
        <translation>(pas de kind)</translation>
    </message>
    <message>
        <source>&lt;b&gt;ModelAPI %1&lt;/b&gt;&lt;br&gt;schema: %2%3&lt;br&gt;Edit it below or in the YAML view; both share one undo history and it is validated live against its CRD.</source>
        <translation>&lt;b&gt;ModelAPI %1&lt;/b&gt;&lt;br&gt;schéma : %2%3&lt;br&gt;Modifiez-la ci-dessous ou dans la vue YAML ; les deux partagent un même historique d&apos;annulation et elle est validée en direct par rapport à son CRD.</translation>
    </message>
    <message>
        <source>&lt;br&gt;This document uses the 2025-12 shape (serverConfig or a string configYaml); clusters with the 2026-01 CRD drop those fields.</source>
        <translation>&lt;br&gt;Ce document utilise la forme 2025-12 (serverConfig ou un configYaml en chaîne) ; les clusters avec le CRD 2026-01 suppriment ces champs.</translation>
    </message>
    <message>
        <source>This document is not a ModelTierConfig or ModelAPI (or it cannot be read). Edit it in the YAML view.</source>
        <translation>Ce document n&apos;est ni une ModelTierConfig ni une ModelAPI (ou il est illisible). Modifiez-le dans la vue YAML.</translation>
    </message>
    <message>
        <source>All three tiers (fast, standard, reasoning) are defined: remove one to add another.</source>
        <translation>Les trois niveaux (fast, standard, reasoning) sont définis : supprimez-en un pour en ajouter un autre.</translation>
    </message>
    <message>
        <source>Add the &quot;%1&quot; tier</source>
        <translation>Ajouter le niveau &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Auth override (select a tier)</source>
        <translation>Authentification propre (choisissez un niveau)</translation>
    </message>
    <message>
        <source>Auth override for tier &quot;%1&quot;</source>
        <translation>Authentification propre au niveau &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>LiteLlmConfig</name>
    <message>
        <source>Tier %1: auth type &quot;%2&quot; without a key reference cannot be written as a LiteLLM api_key; set it in the proxy by hand.</source>
        <translation>Niveau %1 : le type d&apos;authentification &quot;%2&quot; sans référence de clé ne peut pas s&apos;écrire en api_key LiteLLM ; définissez-la à la main dans le proxy.</translation>
    </message>
    <message>
        <source>Tier %1: %2 &quot;%3&quot; is not a non-negative decimal that converts exactly to a per-token price; it was left out.</source>
        <translation>Niveau %1 : %2 &quot;%3&quot; n&apos;est pas un décimal positif ou nul convertible exactement en prix par jeton ; il a été omis.</translation>
    </message>
    <message>
        <source>Price &quot;%1&quot; is not a non-negative decimal with at most 12 fractional digits; it was not imported.</source>
        <translation>Le prix &quot;%1&quot; n&apos;est pas un décimal positif ou nul d&apos;au plus 12 décimales ; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>api_key holds a literal key; it was not imported. Put the key in a Secret and set auth.secretRef.</source>
        <translation>api_key contient une clé en clair ; elle n&apos;a pas été importée. Mettez la clé dans un Secret et définissez auth.secretRef.</translation>
    </message>
    <message>
        <source>api_key reads the environment variable %1; auth.secretRef &quot;%2&quot; was derived from it. Check that this Secret exists.</source>
        <translation>api_key lit la variable d&apos;environnement %1 ; auth.secretRef &quot;%2&quot; en a été déduit. Vérifiez que ce Secret existe.</translation>
    </message>
    <message>
        <source>This model_list entry has no litellm_params.model; it was skipped.</source>
        <translation>Cette entrée de model_list n&apos;a pas de litellm_params.model ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has no provider prefix; LiteLLM treats it as openai, so provider &quot;openai&quot; was set.</source>
        <translation>Le modèle &quot;%1&quot; n&apos;a pas de préfixe de fournisseur ; LiteLLM le traite comme openai, le fournisseur &quot;openai&quot; a donc été défini.</translation>
    </message>
    <message>
        <source>api_base &quot;%1&quot; is not an http(s) URL; it was not imported.</source>
        <translation>api_base &quot;%1&quot; n&apos;est pas une URL http(s) ; elle n&apos;a pas été importée.</translation>
    </message>
    <message>
        <source>max_tokens is not a positive integer; it was not imported.</source>
        <translation>max_tokens n&apos;est pas un entier positif ; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>litellm_params %1 have no ModelTierConfig field; they were not imported.</source>
        <translation>les litellm_params %1 n&apos;ont pas de champ ModelTierConfig ; ils n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>Le fichier n&apos;a pas pu être lu : %1.</translation>
    </message>
    <message>
        <source>The file has no `model_list:` with entries; nothing to import.</source>
        <translation>Le fichier n&apos;a pas de `model_list:` avec des entrées ; rien à importer.</translation>
    </message>
    <message>
        <source>%1 has no ModelTierConfig equivalent; it was not imported.</source>
        <translation>%1 n&apos;a pas d&apos;équivalent dans ModelTierConfig ; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is a LiteLLM auto router (%2), not a model; it was not imported.</source>
        <translation>model &quot;%1&quot; est un routeur automatique LiteLLM (%2), pas un modèle ; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: all three tiers are taken; this entry was not imported.</source>
        <translation>model &quot;%1&quot; : les trois niveaux sont pris ; cette entrée n&apos;a pas été importée.</translation>
    </message>
    <message>
        <source>model_name &quot;%1&quot; is not a tier name; it was imported as tier &quot;%2&quot;.</source>
        <translation>model_name &quot;%1&quot; n&apos;est pas un nom de niveau ; il a été importé comme niveau &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>LiteLlmPrices</name>
    <message>
        <source>The price file is not valid JSON (offset %1): %2</source>
        <translation>Le fichier de prix n&apos;est pas du JSON valide (position %1) : %2</translation>
    </message>
    <message>
        <source>The price file is not a JSON object of models.</source>
        <translation>Le fichier de prix n&apos;est pas un objet JSON de modèles.</translation>
    </message>
</context>
<context>
    <name>LiteLlmRouterExport</name>
    <message>
        <source>spec.thresholds: copied as tier_boundaries, but LiteLLM scores with its own seven dimensions (token count, code, reasoning and technical terms...), so a request can land on another tier than in TierBench; recalibrate the boundaries on your traffic.</source>
        <translation>spec.thresholds : copiés en tier_boundaries, mais LiteLLM note selon ses propres sept dimensions (nombre de jetons, code, raisonnement, termes techniques...), si bien qu&apos;une requête peut arriver sur un autre niveau que dans TierBench ; recalibrez les limites sur votre trafic.</translation>
    </message>
    <message>
        <source>spec.weights: LiteLLM&apos;s dimension_weights weigh different dimensions; TierBench&apos;s five factor weights are not written (LiteLLM&apos;s defaults apply).</source>
        <translation>spec.weights : les dimension_weights de LiteLLM pondèrent d&apos;autres dimensions ; les cinq poids de facteurs de TierBench ne sont pas écrits (les valeurs par défaut de LiteLLM s&apos;appliquent).</translation>
    </message>
    <message>
        <source>spec.capabilities and the request&apos;s context tokens and history turns: LiteLLM reads only the messages, so capability criticality has no equivalent.</source>
        <translation>spec.capabilities ainsi que les jetons de contexte et les tours d&apos;historique de la requête : LiteLLM ne lit que les messages, la criticité des capacités n&apos;a donc pas d&apos;équivalent.</translation>
    </message>
    <message>
        <source>spec.taskOverrides (%1): LiteLLM has no task type; its keyword_tier_rules match words in the message, not request metadata.</source>
        <translation>spec.taskOverrides (%1) : LiteLLM n&apos;a pas de type de tâche ; ses keyword_tier_rules repèrent des mots dans le message, pas des métadonnées de requête.</translation>
    </message>
    <message>
        <source>spec.budgets: set them on LiteLLM virtual keys or teams (max_budget, budget_duration); the complexity router has no budgets.</source>
        <translation>spec.budgets : définissez-les sur les clés virtuelles ou les équipes LiteLLM (max_budget, budget_duration) ; le routeur de complexité n&apos;a pas de budgets.</translation>
    </message>
    <message>
        <source>An agent&apos;s tier preference: callers that want a tier ask the proxy for that tier&apos;s model_name directly.</source>
        <translation>La préférence de niveau d&apos;un agent : les appelants qui veulent un niveau demandent directement au proxy le model_name de ce niveau.</translation>
    </message>
    <message>
        <source>The config has no tier for the %1 class; add one before exporting a router.</source>
        <translation>La configuration n&apos;a pas de niveau pour la classe %1 ; ajoutez-en un avant d&apos;exporter un routeur.</translation>
    </message>
    <message>
        <source>The %1 class has no tier of its own; it goes to %2 (%3).</source>
        <translation>La classe %1 n&apos;a pas de niveau à elle ; elle va vers %2 (%3).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Models: %1</source>
        <translation>Modèles : %1</translation>
    </message>
    <message>
        <source>Configs</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Which model answers this better, faster, cheaper?</source>
        <translation>Quel modèle répond le mieux, le plus vite, le moins cher ?</translation>
    </message>
    <message>
        <source>Target picker, prompt and variables, streaming panes side by side, batch grid, run history.</source>
        <translation>Choix des cibles, prompt et variables, panneaux en flux côte à côte, grille de lots, historique des exécutions.</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>Why did this request go to that tier?</source>
        <translation>Pourquoi cette requête est-elle allée à ce niveau ?</translation>
    </message>
    <message>
        <source>Message input, score gauge with thresholds, factor bars, decision card, per-tier cost, what-if replay.</source>
        <translation>Saisie du message, jauge de score avec seuils, barres de facteurs, carte de décision, coût par niveau, rejeu « et si ».</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>What can I use, at what price, and what changed?</source>
        <translation>Que puis-je utiliser, à quel prix, et qu&apos;est-ce qui a changé ?</translation>
    </message>
    <message>
        <source>Registry table with filters, sync now, price sources and drift, audit log.</source>
        <translation>Table du registre avec filtres, synchronisation immédiate, sources de prix et dérive, journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>What do my tiers cost and how fast are they?</source>
        <translation>Que coûtent mes niveaux et quelle est leur vitesse ?</translation>
    </message>
    <message>
        <source>Cost per tier over time, latency p50/p95/p99, TTFT, tokens/s, tier share, budget burn-down.</source>
        <translation>Coût par niveau dans le temps, latence p50/p95/p99, TTFT, jetons/s, part des niveaux, consommation du budget.</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <source>Mode bar</source>
        <translation>Barre des modes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Problems</source>
        <translation>Afficher les &amp;problèmes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>Page d&apos;a&amp;ccueil</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Team database…</source>
        <translation>Base de données d&apos;&amp;équipe…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>&amp;About TierBench</source>
        <translation>À &amp;propos de TierBench</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo %1 (%2)</source>
        <translation>Annuler %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Mode actions</source>
        <translation>Actions du mode</translation>
    </message>
    <message>
        <source>About TierBench</source>
        <translation>À propos de TierBench</translation>
    </message>
    <message>
        <source>&lt;b&gt;TierBench %1&lt;/b&gt;&lt;p&gt;Edit tier configs, compare models, see routing decisions and chart cost and latency per tier.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;</source>
        <translation>&lt;b&gt;TierBench %1&lt;/b&gt;&lt;p&gt;Modifiez des configurations de niveaux, comparez des modèles, examinez les décisions de routage et tracez coût et latence par niveau.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2 (exécuté sur Qt %3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Store: memory only</source>
        <translation>Stockage : en mémoire seulement</translation>
    </message>
    <message>
        <source>Calls and runs are not saved: %1</source>
        <translation>Les appels et exécutions ne sont pas enregistrés : %1</translation>
    </message>
    <message>
        <source>Store: %1 %2</source>
        <translation>Stockage : %1 %2</translation>
    </message>
</context>
<context>
    <name>MemoryCellStore</name>
    <message>
        <source>Run %1 is already being run here.</source>
        <translation>L&apos;exécution %1 est déjà en cours ici.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read runs for the rollups: %1</source>
        <translation>Impossible de lire les exécutions pour les agrégats : %1</translation>
    </message>
    <message>
        <source>Cannot create schema_version: %1</source>
        <translation>Impossible de créer schema_version : %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program knows (%2): a newer TierBench has upgraded it. Install that version (everyone sharing the database needs it); this one leaves the database untouched.</source>
        <translation>La base de données a la version de schéma %1, plus récente que ce que connaît ce programme (%2) : un TierBench plus récent l&apos;a mise à jour. Installez cette version (toute personne qui partage la base en a besoin) ; celle-ci laisse la base intacte.</translation>
    </message>
    <message>
        <source>Refusing to downgrade the schema from %1 to %2.</source>
        <translation>Refus de rétrograder le schéma de %1 à %2.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>La migration %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation>La migration %1 n&apos;a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <source>Cannot lock the database schema: %1</source>
        <translation>Impossible de verrouiller le schéma de la base : %1</translation>
    </message>
    <message>
        <source>Cannot lock the database (another TierBench is writing for more than 10 s?): %1</source>
        <translation>Impossible de verrouiller la base (un autre TierBench écrit-il depuis plus de 10 s ?) : %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Validation impossible : %1</translation>
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
        <translation>Ajouter une variable</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Supprimer la variable</translation>
    </message>
    <message>
        <source>empty: any model (wildcard)</source>
        <translation>vide : n&apos;importe quel modèle (joker)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Nom du secret</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé du secret</translation>
    </message>
    <message>
        <source>Each variable has a literal value, or the name and key of the Secret that holds it (valueFrom.secretKeyRef). Put API keys in a Secret.</source>
        <translation>Chaque variable a une valeur littérale, ou le nom et la clé du Secret qui la contient (valueFrom.secretKeyRef). Mettez les clés d&apos;API dans un Secret.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Environment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Environnement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the model to pull and serve, e.g. smollm2:135m</source>
        <translation>le modèle à télécharger et servir, p. ex. smollm2:135m</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>built-in list price</source>
        <translation>prix catalogue intégré</translation>
    </message>
    <message>
        <source>built-in catalog (no registry)</source>
        <translation>catalogue intégré (pas de registre)</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>registry, price from %1</source>
        <translation>registre, prix de %1</translation>
    </message>
    <message numerus="yes">
        <source>registry (%n model(s), %1)</source>
        <translation>
            <numerusform>registre (%n modèle, %1)</numerusform>
            <numerusform>registre (%n modèles, %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelListParser</name>
    <message>
        <source>The response has no &quot;data&quot; array.</source>
        <translation>La réponse n&apos;a pas de tableau &quot;data&quot;.</translation>
    </message>
    <message>
        <source>has_more is true but last_id is missing.</source>
        <translation>has_more vaut true mais last_id manque.</translation>
    </message>
    <message>
        <source>The response has no &quot;models&quot; array.</source>
        <translation>La réponse n&apos;a pas de tableau &quot;models&quot;.</translation>
    </message>
    <message>
        <source>&quot;models&quot; is not an array.</source>
        <translation>&quot;models&quot; n&apos;est pas un tableau.</translation>
    </message>
    <message>
        <source>Malformed JSON at offset %1: %2</source>
        <translation>JSON mal formé à la position %1 : %2</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>La réponse n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Unknown provider kind.</source>
        <translation>Type de fournisseur inconnu.</translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <source>Cannot store prices of %1: %2</source>
        <translation>Impossible d&apos;enregistrer les prix de %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the registry: %1</source>
        <translation>Impossible de lire le registre : %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>Sync of %1 failed while writing: %2</source>
        <translation>La synchronisation de %1 a échoué à l&apos;écriture : %2</translation>
    </message>
    <message>
        <source>%1, used by tier %2, will be retired on %3.</source>
        <translation>%1, utilisé par le niveau %2, sera retiré le %3.</translation>
    </message>
    <message>
        <source>%1, used by tier %2, is no longer listed by %3.</source>
        <translation>%1, utilisé par le niveau %2, n&apos;est plus listé par %3.</translation>
    </message>
    <message>
        <source>Cannot commit the sync of %1: %2</source>
        <translation>Impossible de valider la synchronisation de %1 : %2</translation>
    </message>
    <message>
        <source>No model %1 in the registry.</source>
        <translation>Aucun modèle %1 dans le registre.</translation>
    </message>
    <message>
        <source>Not in the registry (sync first): %1</source>
        <translation>Absent du registre (synchronisez d&apos;abord) : %1</translation>
    </message>
    <message>
        <source>Cannot read the price catalogue: %1</source>
        <translation>Impossible de lire le catalogue de prix : %1</translation>
    </message>
</context>
<context>
    <name>ModelRouter</name>
    <message>
        <source>score %1 &gt;= heavy threshold %2</source>
        <translation>score %1 &gt;= seuil heavy %2</translation>
    </message>
    <message>
        <source>score %1 is between the standard threshold %2 and the heavy threshold %3</source>
        <translation>le score %1 est entre le seuil standard %2 et le seuil heavy %3</translation>
    </message>
    <message>
        <source>score %1 &lt; standard threshold %2</source>
        <translation>score %1 &lt; seuil standard %2</translation>
    </message>
    <message>
        <source>no signal either way, so the default tier %1 (%2)</source>
        <translation>aucun signal dans un sens ou l&apos;autre, donc le niveau par défaut %1 (%2)</translation>
    </message>
    <message>
        <source>no evidence of triviality, so the default tier %1 (%2)</source>
        <translation>aucun indice de trivialité, donc le niveau par défaut %1 (%2)</translation>
    </message>
    <message>
        <source>task type &apos;%1&apos; routes to %2 (%3)</source>
        <translation>le type de tâche &apos;%1&apos; route vers %2 (%3)</translation>
    </message>
    <message>
        <source>the agent prefers tier &apos;%1&apos; (%2)</source>
        <translation>l&apos;agent préfère le niveau &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>the agent prefers %1 (%2)</source>
        <translation>l&apos;agent préfère %1 (%2)</translation>
    </message>
    <message>
        <source>; the preferred tier &apos;%1&apos; is not configured and was ignored</source>
        <translation>; le niveau préféré &apos;%1&apos; n&apos;est pas configuré et a été ignoré</translation>
    </message>
</context>
<context>
    <name>ModelSync</name>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 de %2 : %3</translation>
    </message>
    <message>
        <source>Network error from %1: %2</source>
        <translation>Erreur réseau de %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled: %1&apos;s rows were left as they were.</source>
        <translation>Annulé : les lignes de %1 sont restées telles quelles.</translation>
    </message>
    <message>
        <source>%1&apos;s next page link points to %2, another host; it was not followed with the key.</source>
        <translation>Le lien de page suivante de %1 pointe vers %2, un autre hôte ; il n&apos;a pas été suivi avec la clé.</translation>
    </message>
    <message>
        <source>Bad response from %1 (page %2): %3</source>
        <translation>Réponse incorrecte de %1 (page %2) : %3</translation>
    </message>
    <message>
        <source>%1 keeps paging (%2 pages); stopped without applying a partial list.</source>
        <translation>%1 continue de paginer (%2 pages) ; arrêt sans appliquer de liste partielle.</translation>
    </message>
</context>
<context>
    <name>ModelsFormat</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>ModelsServices</name>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>That config is no longer open.</source>
        <translation>Cette configuration n&apos;est plus ouverte.</translation>
    </message>
    <message>
        <source>%1 has YAML errors: fix them in the Configs mode first.</source>
        <translation>%1 a des erreurs YAML : corrigez-les d&apos;abord dans le mode Configurations.</translation>
    </message>
    <message>
        <source>Tier %1 of %2 already uses %3 at these prices.</source>
        <translation>Le niveau %1 de %2 utilise déjà %3 à ces prix.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;This mode is not built yet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;Ce mode n&apos;est pas encore construit.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlaygroundInputs</name>
    <message>
        <source>Context tokens the request carries (RAG, attachments)</source>
        <translation>Jetons de contexte portés par la requête (RAG, pièces jointes)</translation>
    </message>
    <message>
        <source>Earlier turns of the conversation</source>
        <translation>Tours précédents de la conversation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Task type; some force a class (task-type override)</source>
        <translation>Type de tâche ; certains imposent une classe (forçage par type de tâche)</translation>
    </message>
    <message>
        <source>The agent&apos;s preference: a tier or light/standard/heavy; it wins over the score</source>
        <translation>La préférence de l&apos;agent : un niveau ou light/standard/heavy ; elle l&apos;emporte sur le score</translation>
    </message>
    <message>
        <source>Expected completion tokens, for the cost estimates</source>
        <translation>Jetons de réponse attendus, pour les estimations de coût</translation>
    </message>
    <message>
        <source>Type or paste a request: the score, the factors and the decision follow as you type.</source>
        <translation>Tapez ou collez une requête : le score, les facteurs et la décision suivent à la frappe.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The tenant whose budget a sent call uses</source>
        <translation>Le locataire dont le budget est utilisé par un appel envoyé</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Conte&amp;xt tokens</source>
        <translation>Conte&amp;xte</translation>
    </message>
    <message>
        <source>&amp;History turns</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Task type</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Prefers</source>
        <translation>&amp;Préfère</translation>
    </message>
    <message>
        <source>&amp;Output tokens</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <source>Te&amp;nant</source>
        <translation>&amp;Locataire</translation>
    </message>
    <message>
        <source>&amp;Capabilities</source>
        <translation>&amp;Capacités</translation>
    </message>
    <message>
        <source>%1 always routes to %2</source>
        <translation>%1 route toujours vers %2</translation>
    </message>
    <message>
        <source>config tier %1</source>
        <translation>niveau de configuration %1</translation>
    </message>
    <message>
        <source>the tier the %1 class maps to</source>
        <translation>le niveau associé à la classe %1</translation>
    </message>
</context>
<context>
    <name>PlaygroundView</name>
    <message>
        <source>&lt;b&gt;Factors&lt;/b&gt; (hover a bar for the numbers; right-click to export)</source>
        <translation>&lt;b&gt;Facteurs&lt;/b&gt; (survolez une barre pour les chiffres ; clic droit pour exporter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost of this request on every tier&lt;/b&gt; (hover a cost for tokens × price)</source>
        <translation>&lt;b&gt;Coût de cette requête sur chaque niveau&lt;/b&gt; (survolez un coût pour jetons × prix)</translation>
    </message>
    <message>
        <source>Cost of this request on every tier</source>
        <translation>Coût de cette requête sur chaque niveau</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), %1 keyword signal(s) · re-scored in %2 ms</source>
        <translation>
            <numerusform>%n mot, %1 signal(aux) de mots-clés · renoté en %2 ms</numerusform>
            <numerusform>%n mots, %1 signal(aux) de mots-clés · renoté en %2 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Régler %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>A score at or above the standard threshold routes to the standard class, at or above the heavy threshold to the heavy class.</source>
        <translation>Un score égal ou supérieur au seuil standard route vers la classe standard, égal ou supérieur au seuil heavy vers la classe heavy.</translation>
    </message>
    <message>
        <source>Factor weights</source>
        <translation>Poids des facteurs</translation>
    </message>
    <message>
        <source>The score is the weighted mean of the factors: the percentage is each weight&apos;s share of the sum.</source>
        <translation>Le score est la moyenne pondérée des facteurs : le pourcentage est la part de chaque poids dans la somme.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Policy:&lt;/b&gt; %1 (%2)%3</source>
        <translation>&lt;b&gt;Politique :&lt;/b&gt; %1 (%2)%3</translation>
    </message>
    <message>
        <source> — modified</source>
        <translation> — modifiée</translation>
    </message>
</context>
<context>
    <name>PolicyFields</name>
    <message>
        <source>Standard threshold</source>
        <translation>Seuil standard</translation>
    </message>
    <message>
        <source>Heavy threshold</source>
        <translation>Seuil heavy</translation>
    </message>
    <message>
        <source>Message complexity</source>
        <translation>Complexité du message</translation>
    </message>
    <message>
        <source>Context requirement</source>
        <translation>Besoin de contexte</translation>
    </message>
    <message>
        <source>Capability criticality</source>
        <translation>Criticité des capacités</translation>
    </message>
    <message>
        <source>Conversation depth</source>
        <translation>Profondeur de la conversation</translation>
    </message>
    <message>
        <source>Keyword signals</source>
        <translation>Signaux de mots-clés</translation>
    </message>
</context>
<context>
    <name>PolicyFileActions</name>
    <message>
        <source>Open Policy…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save Policy As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Built-in Policy</source>
        <translation>Politique intégrée</translation>
    </message>
    <message>
        <source>Open a RouterPolicy YAML file (thresholds, weights, overrides, budgets)</source>
        <translation>Ouvrir un fichier YAML RouterPolicy (seuils, poids, forçages, budgets)</translation>
    </message>
    <message>
        <source>Save the policy; shows the changes against the file first</source>
        <translation>Enregistrer la politique ; montre d&apos;abord les modifications par rapport au fichier</translation>
    </message>
    <message>
        <source>Start over from the seed&apos;s built-in policy</source>
        <translation>Repartir de la politique intégrée par défaut</translation>
    </message>
    <message>
        <source>Open router policy</source>
        <translation>Ouvrir une politique de routeur</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>Save router policy</source>
        <translation>Enregistrer la politique de routeur</translation>
    </message>
    <message>
        <source>RouterPolicy YAML (*.yaml *.yml)</source>
        <translation>YAML RouterPolicy (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Built-in policy</source>
        <translation>Politique intégrée</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to the policy and start from the built-in one?</source>
        <translation>Abandonner les modifications non enregistrées de la politique et partir de la politique intégrée ?</translation>
    </message>
</context>
<context>
    <name>PriceCatalogModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Input /1M</source>
        <translation>Entrée /1M</translation>
    </message>
    <message>
        <source>Output /1M</source>
        <translation>Sortie /1M</translation>
    </message>
    <message>
        <source>Cached /1M</source>
        <translation>Cache /1M</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>PriceHistoryModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>source now</source>
        <translation>source actuelle</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>in use (%1)</source>
        <translation>utilisé (%1)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Input /1M</source>
        <translation>Entrée /1M</translation>
    </message>
    <message>
        <source>Output /1M</source>
        <translation>Sortie /1M</translation>
    </message>
    <message>
        <source>Cached /1M</source>
        <translation>Cache /1M</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Import LiteLLM file…</source>
        <translation>Importer un fichier LiteLLM…</translation>
    </message>
    <message>
        <source>Search provider:model</source>
        <translation>Rechercher provider:model</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Import a newer model_prices_and_context_window.json from LiteLLM (exact per-million prices).</source>
        <translation>Importer un model_prices_and_context_window.json plus récent de LiteLLM (prix exacts par million).</translation>
    </message>
    <message>
        <source>%1 entries, %2 with prices; %3 registry model(s) repriced, %4 drift(s).</source>
        <translation>%1 entrées, %2 avec prix ; %3 modèle(s) du registre réévalué(s), %4 dérive(s).</translation>
    </message>
    <message>
        <source>Import failed, nothing was written: %1</source>
        <translation>L&apos;import a échoué, rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>Import LiteLLM prices</source>
        <translation>Importer les prix LiteLLM</translation>
    </message>
    <message>
        <source>LiteLLM price map (*.json);;All files (*)</source>
        <translation>Table de prix LiteLLM (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s)</source>
        <translation>
            <numerusform>%n prix</numerusform>
            <numerusform>%n prix</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices are USD per 1M tokens, exact as the source gives them; &quot;unknown&quot; means no price, never $0. &lt;i&gt;Import LiteLLM file…&lt;/i&gt; (or &lt;code&gt;tierctl models import-prices FILE&lt;/code&gt;) brings a newer map.</source>
        <translation>Les prix sont en USD par million de jetons, exacts tels que la source les donne ; « inconnu » signifie pas de prix, jamais 0 $. &lt;i&gt;Importer un fichier LiteLLM…&lt;/i&gt; (ou &lt;code&gt;tierctl models import-prices FILE&lt;/code&gt;) apporte une table plus récente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The bundled LiteLLM map is %1 days old&lt;/b&gt; (%2): litellm prices that were not imported since may be out of date.</source>
        <translation>&lt;b&gt;La table LiteLLM fournie date de %1 jours&lt;/b&gt; (%2) : les prix LiteLLM non réimportés depuis peuvent être périmés.</translation>
    </message>
    <message>
        <source>No prices imported yet: run &lt;code&gt;tierctl models import-prices --bundled&lt;/code&gt;, or sync OpenRouter.</source>
        <translation>Aucun prix importé pour l&apos;instant : lancez &lt;code&gt;tierctl models import-prices --bundled&lt;/code&gt;, ou synchronisez OpenRouter.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>&lt;b&gt;Prompt&lt;/b&gt; — {{name}} is a variable filled per test case</source>
        <translation>&lt;b&gt;Prompt&lt;/b&gt; — {{name}} est une variable remplie par cas de test</translation>
    </message>
    <message>
        <source>Explain {{topic}} in two sentences.</source>
        <translation>Explique {{topic}} en deux phrases.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>provider default</source>
        <translation>défaut du fournisseur</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>tier default</source>
        <translation>défaut du niveau</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cas de test&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet (with a header row) or JSONL</source>
        <translation>Coller des lignes copiées d&apos;un tableur (avec une ligne d&apos;en-tête) ou du JSONL</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>CSV/TSV with a header, JSONL, or a text file with one prompt per line</source>
        <translation>CSV/TSV avec en-tête, JSONL, ou un fichier texte avec un prompt par ligne</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every test case</source>
        <translation>Supprimer tous les cas de test</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) pasted.</source>
        <translation>
            <numerusform>%n cas de test collé.</numerusform>
            <numerusform>%n cas de test collés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the pasted cases: %1</source>
        <translation>Impossible de lire les cas collés : %1</translation>
    </message>
    <message>
        <source>Import test cases</source>
        <translation>Importer des cas de test</translation>
    </message>
    <message>
        <source>Test cases (*.csv *.tsv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Cas de test (*.csv *.tsv *.jsonl *.ndjson *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) imported.</source>
        <translation>
            <numerusform>%n cas de test importé.</numerusform>
            <numerusform>%n cas de test importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>No variables: every test case sends the prompt as written.</source>
        <translation>Pas de variables : chaque cas de test envoie le prompt tel qu&apos;écrit.</translation>
    </message>
    <message>
        <source>— add test cases that fill them</source>
        <translation>— ajoutez des cas de test qui les remplissent</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variables : %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>assertions</source>
        <translation>assertions</translation>
    </message>
</context>
<context>
    <name>PromptTemplate</name>
    <message>
        <source>Unterminated &apos;{{&apos; at offset %1 of the prompt template.</source>
        <translation>&apos;{{&apos; non fermé à la position %1 du modèle de prompt.</translation>
    </message>
    <message>
        <source>Empty placeholder &apos;{{}}&apos; at offset %1 of the prompt template.</source>
        <translation>Espace réservé vide &apos;{{}}&apos; à la position %1 du modèle de prompt.</translation>
    </message>
    <message>
        <source>The test case has no value for the template variable(s): %1.</source>
        <translation>Le cas de test n&apos;a pas de valeur pour la ou les variables du modèle : %1.</translation>
    </message>
</context>
<context>
    <name>ProviderClient</name>
    <message>
        <source>The key was not sent: %1 is plain http:// to another machine and sending it unencrypted was declined. Use an https:// endpoint.</source>
        <translation>La clé n&apos;a pas été envoyée : %1 est du http:// non chiffré vers une autre machine et l&apos;envoi en clair a été refusé. Utilisez un point d&apos;accès https://.</translation>
    </message>
    <message>
        <source>The call did not finish within %1 s (the total deadline).</source>
        <translation>L&apos;appel ne s&apos;est pas terminé en %1 s (le délai total).</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>L&apos;appel a été annulé.</translation>
    </message>
    <message>
        <source>No response from %1 within %2 ms (connect timeout).</source>
        <translation>Pas de réponse de %1 en %2 ms (délai de connexion).</translation>
    </message>
    <message>
        <source>The response from %1 stalled for %2 ms (idle timeout).</source>
        <translation>La réponse de %1 s&apos;est bloquée pendant %2 ms (délai d&apos;inactivité).</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MB; it was not read.</source>
        <translation>La réponse de %1 dépasse %2 Mo ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and the network.</source>
        <translation>Impossible de joindre %1 : %2. Vérifiez l&apos;URL de base et le réseau.</translation>
    </message>
    <message>
        <source>The connection dropped mid-stream: %1</source>
        <translation>La connexion s&apos;est coupée en plein flux : %1</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>… (%1 more characters cut)</source>
        <translation>… (%1 caractères de plus coupés)</translation>
    </message>
</context>
<context>
    <name>ProviderKeys</name>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>inutile</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>compatible OpenAI</translation>
    </message>
    <message>
        <source>auth type none</source>
        <translation>type d&apos;authentification none</translation>
    </message>
    <message>
        <source>a local server takes no key</source>
        <translation>un serveur local ne prend pas de clé</translation>
    </message>
    <message>
        <source>a server on this machine (%1) takes no key</source>
        <translation>un serveur sur cette machine (%1) ne prend pas de clé</translation>
    </message>
    <message>
        <source>Set %1 in the environment, or store a key in the keychain (service &quot;%2&quot;, entry &quot;%3&quot;).</source>
        <translation>Définissez %1 dans l&apos;environnement, ou enregistrez une clé dans le trousseau (service &quot;%2&quot;, entrée &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>the keychain is switched off (TIERBENCH_NO_KEYCHAIN=1)</source>
        <translation>le trousseau est désactivé (TIERBENCH_NO_KEYCHAIN=1)</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <source>keychain entry %1</source>
        <translation>entrée de trousseau %1</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>set $%1 or a keychain key</source>
        <translation>définir $%1 ou une clé dans le trousseau</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>From $%1 when set, else the public default.</source>
        <translation>Depuis $%1 s&apos;il est défini, sinon la valeur publique par défaut.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Key comes from</source>
        <translation>Origine de la clé</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Set key…</source>
        <translation>Définir la clé…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Store a key in the OS keychain (service &quot;%1&quot;). It is never written to a file.</source>
        <translation>Enregistrer une clé dans le trousseau du système (service &quot;%1&quot;). Elle n&apos;est jamais écrite dans un fichier.</translation>
    </message>
    <message>
        <source>Ask the provider for its model list with the key in use.</source>
        <translation>Demander au fournisseur sa liste de modèles avec la clé utilisée.</translation>
    </message>
    <message>
        <source>Select a provider and press Test connection to list its models.</source>
        <translation>Choisissez un fournisseur et appuyez sur Tester la connexion pour lister ses modèles.</translation>
    </message>
    <message>
        <source>Keys set here go to the OS keychain (service &quot;%1&quot;, entry = the variable name, e.g. OPENAI_API_KEY) and are never written to a file. A key in the keychain is used before the environment variable.</source>
        <translation>Les clés définies ici vont dans le trousseau du système (service &quot;%1&quot;, entrée = le nom de la variable, p. ex. OPENAI_API_KEY) et ne sont jamais écrites dans un fichier. Une clé du trousseau passe avant la variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain service on this machine&lt;/b&gt; (%1). Keys cannot be stored here: set the environment variable shown in the table before starting TierBench instead, e.g. &lt;code&gt;export OPENAI_API_KEY=…&lt;/code&gt;</source>
        <translation>&lt;b&gt;Pas de service de trousseau sur cette machine&lt;/b&gt; (%1). Les clés ne peuvent pas être enregistrées ici : définissez plutôt la variable d&apos;environnement indiquée dans le tableau avant de lancer TierBench, p. ex. &lt;code&gt;export OPENAI_API_KEY=…&lt;/code&gt;</translation>
    </message>
    <message>
        <source>No keychain service: set $%1 instead.</source>
        <translation>Pas de service de trousseau : définissez plutôt $%1.</translation>
    </message>
    <message>
        <source>Set %1 key</source>
        <translation>Définir la clé %1</translation>
    </message>
    <message>
        <source>API key for %1 (stored in the keychain as %2):</source>
        <translation>Clé d&apos;API pour %1 (enregistrée dans le trousseau sous %2) :</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>test en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in %1 ms</source>
        <translation>
            <numerusform>%n modèle en %1 ms</numerusform>
            <numerusform>%n modèles en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1 : %2</translation>
    </message>
</context>
<context>
    <name>RedirectGuard</name>
    <message>
        <source>%1 redirected to %2, another host; TierBench does not follow it with the key. Set the endpoint to the final URL.</source>
        <translation>%1 a redirigé vers %2, un autre hôte ; TierBench ne le suit pas avec la clé. Réglez le point d&apos;accès sur l&apos;URL finale.</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Search id or name</source>
        <translation>Rechercher un id ou un nom</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Afficher les inactifs</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Fetch the model lists of every provider with a key (and Ollama).</source>
        <translation>Récupérer les listes de modèles de tous les fournisseurs ayant une clé (et Ollama).</translation>
    </message>
    <message>
        <source>Sync %1 only</source>
        <translation>Synchroniser %1 seulement</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Auto-sync off</source>
        <translation>Synchro auto désactivée</translation>
    </message>
    <message>
        <source>Auto-sync hourly</source>
        <translation>Synchro auto toutes les heures</translation>
    </message>
    <message>
        <source>Auto-sync every 6 h</source>
        <translation>Synchro auto toutes les 6 h</translation>
    </message>
    <message>
        <source>Auto-sync daily</source>
        <translation>Synchro auto quotidienne</translation>
    </message>
    <message>
        <source>Sync every provider with a key on a schedule while TierBench runs.</source>
        <translation>Synchroniser tous les fournisseurs ayant une clé selon un calendrier tant que TierBench tourne.</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Historique des prix</translation>
    </message>
    <message>
        <source>Select a model to see its prices over time and each source&apos;s price now.</source>
        <translation>Choisissez un modèle pour voir ses prix dans le temps et le prix actuel de chaque source.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>The default model of its tier (the others of the tier stop being default).</source>
        <translation>Le modèle par défaut de son niveau (les autres du niveau cessent de l&apos;être).</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Set the tier and default flag in the registry (recorded in the audit log).</source>
        <translation>Définir le niveau et l&apos;indicateur par défaut dans le registre (consigné dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Use for tier…</source>
        <translation>Utiliser pour le niveau…</translation>
    </message>
    <message>
        <source>Put this model into a tier of a config open in the Configs mode, with its registry prices (Edit ▸ Undo there takes it back).</source>
        <translation>Placer ce modèle dans un niveau d&apos;une configuration ouverte dans le mode Configurations, avec ses prix du registre (Édition ▸ Annuler là-bas revient en arrière).</translation>
    </message>
    <message>
        <source>No config is open (open one in the Configs mode)</source>
        <translation>Aucune configuration ouverte (ouvrez-en une dans le mode Configurations)</translation>
    </message>
    <message>
        <source>Resolve preview</source>
        <translation>Aperçu de la résolution</translation>
    </message>
    <message>
        <source>any provider</source>
        <translation>n&apos;importe quel fournisseur</translation>
    </message>
    <message>
        <source>prefer %1</source>
        <translation>préférer %1</translation>
    </message>
    <message>
        <source>exact: the selected model</source>
        <translation>exact : le modèle sélectionné</translation>
    </message>
    <message>
        <source>Price drift: %1 says %2, %3 says %4 per 1M (more than %5 % apart).</source>
        <translation>Dérive de prix : %1 indique %2, %3 indique %4 par million (plus de %5 % d&apos;écart).</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>config %1, tier %2</source>
        <translation>configuration %1, niveau %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: in use %2 in, %3 out per 1M (%4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : utilisé %2 en entrée, %3 en sortie par million (%4)</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <source>%1 is now tier %2 of %3, priced %4 in, %5 out per 1M from the registry; Edit ▸ Undo in the Configs mode takes it back.</source>
        <translation>%1 est maintenant le niveau %2 de %3, au prix de %4 en entrée et %5 en sortie par million selon le registre ; Édition ▸ Annuler dans le mode Configurations revient en arrière.</translation>
    </message>
    <message>
        <source>Select a model in the table.</source>
        <translation>Sélectionnez un modèle dans le tableau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 in, %4 out per 1M (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 en entrée, %4 en sortie par million (%5)</translation>
    </message>
    <message>
        <source>Looking up keys…</source>
        <translation>Recherche des clés…</translation>
    </message>
    <message>
        <source>%1: skipped, no key (set one on the Providers tab).</source>
        <translation>%1 : ignoré, pas de clé (définissez-en une dans l&apos;onglet Fournisseurs).</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisation de %1…</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 marked inactive, %5 unchanged.</source>
        <translation>%1 : %2 ajoutés, %3 mis à jour, %4 marqués inactifs, %5 inchangés.</translation>
    </message>
    <message>
        <source>%1 FAILED, its rows were kept: %2</source>
        <translation>ÉCHEC de %1, ses lignes ont été conservées : %2</translation>
    </message>
    <message>
        <source>Price drift on %1 (%2): %3 says %4, %5 says %6 per 1M.</source>
        <translation>Dérive de prix sur %1 (%2) : %3 indique %4, %5 indique %6 par million.</translation>
    </message>
    <message>
        <source>Nothing to sync: set a key on the Providers tab.</source>
        <translation>Rien à synchroniser : définissez une clé dans l&apos;onglet Fournisseurs.</translation>
    </message>
    <message>
        <source>The %1 price of %2 (used by tier %3) changed from %4 to %5 per 1M.</source>
        <translation>Le prix %1 de %2 (utilisé par le niveau %3) est passé de %4 à %5 par million.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>Auto-sync every %n h</source>
        <translation>
            <numerusform>Synchro auto toutes les %n h</numerusform>
            <numerusform>Synchro auto toutes les %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryTableModel</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <source>Not known: no source gives this value (it is not counted as 0).</source>
        <translation>Inconnu : aucune source ne donne cette valeur (elle ne compte pas pour 0).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Input /1M</source>
        <translation>Entrée /1M</translation>
    </message>
    <message>
        <source>Output /1M</source>
        <translation>Sortie /1M</translation>
    </message>
    <message>
        <source>Cached /1M</source>
        <translation>Cache /1M</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Max output</source>
        <translation>Sortie max.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Deprecation</source>
        <translation>Fin de vie</translation>
    </message>
    <message>
        <source>Price source</source>
        <translation>Source du prix</translation>
    </message>
    <message>
        <source>Price age</source>
        <translation>Âge du prix</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Dernière synchro</translation>
    </message>
</context>
<context>
    <name>ReplayChangeModel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Double-click to open this request in the playground</source>
        <translation>Double-cliquez pour ouvrir cette requête dans le bac à sable</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Score before</source>
        <translation>Score avant</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>Score après</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ReplayChart</name>
    <message>
        <source>Share of requests per tier, before and after</source>
        <translation>Part des requêtes par niveau, avant et après</translation>
    </message>
    <message>
        <source>before (saved policy)</source>
        <translation>avant (politique enregistrée)</translation>
    </message>
    <message>
        <source>after (edited policy)</source>
        <translation>après (politique modifiée)</translation>
    </message>
    <message>
        <source>share of requests (%)</source>
        <translation>part des requêtes (%)</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>%1
before: %2 request(s), %3, %4
after: %5 request(s), %6, %7</source>
        <translation>%1
avant : %2 requête(s), %3, %4
après : %5 requête(s), %6, %7</translation>
    </message>
</context>
<context>
    <name>ReplayTierModel</name>
    <message numerus="yes">
        <source>%1 + %n unknown</source>
        <translation>
            <numerusform>%1 + %n inconnu</numerusform>
            <numerusform>%1 + %n inconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) on this tier have no known cost: set the tier&apos;s prices in the Configs mode.</source>
        <translation>
            <numerusform>%n requête sur ce niveau n&apos;a pas de coût connu : indiquez les prix du niveau dans le mode Configurations.</numerusform>
            <numerusform>%n requêtes sur ce niveau n&apos;ont pas de coût connu : indiquez les prix du niveau dans le mode Configurations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact sum of the estimated costs (tokens × the tier&apos;s prices)</source>
        <translation>Somme exacte des coûts estimés (jetons × prix du niveau)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Before share</source>
        <translation>Part avant</translation>
    </message>
    <message>
        <source>Before cost</source>
        <translation>Coût avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>After share</source>
        <translation>Part après</translation>
    </message>
    <message>
        <source>After cost</source>
        <translation>Coût après</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <source>&amp;Run Replay</source>
        <translation>&amp;Lancer le rejeu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Route every request with the saved and with the edited policy (no model calls)</source>
        <translation>Router chaque requête avec la politique enregistrée et avec la politique modifiée (aucun appel de modèle)</translation>
    </message>
    <message>
        <source>Replay cancelled.</source>
        <translation>Rejeu annulé.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n request(s) changed tier&lt;/b&gt; (double-click one to open it in the playground)</source>
        <translation>
            <numerusform>&lt;b&gt;%n requête a changé de niveau&lt;/b&gt; (double-cliquez pour l&apos;ouvrir dans le bac à sable)</numerusform>
            <numerusform>&lt;b&gt;%n requêtes ont changé de niveau&lt;/b&gt; (double-cliquez sur l&apos;une pour l&apos;ouvrir dans le bac à sable)</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests replayed: %1. </source>
        <translation>Requêtes rejouées : %1. </translation>
    </message>
    <message>
        <source>Savings against all-heavy are unknown: the heaviest tier (%1) has no prices.</source>
        <translation>Les économies par rapport au tout-heavy sont inconnues : le niveau le plus lourd (%1) n&apos;a pas de prix.</translation>
    </message>
    <message>
        <source>unknown (some costs are unknown)</source>
        <translation>inconnu (certains coûts sont inconnus)</translation>
    </message>
    <message>
        <source>Everything on %1 would cost %2. Before: %3, saving %4. After: %5, saving %6.</source>
        <translation>Tout sur %1 coûterait %2. Avant : %3, économie %4. Après : %5, économie %6.</translation>
    </message>
    <message>
        <source> No tier fitted %1 request(s) before and %2 after.</source>
        <translation> Aucun niveau ne convenait à %1 requête(s) avant et à %2 après.</translation>
    </message>
</context>
<context>
    <name>RequestSource</name>
    <message>
        <source>workspace database</source>
        <translation>base de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>No requests loaded.</source>
        <translation>Aucune requête chargée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 stored request(s) from the %2</source>
        <translation>%1 requête(s) enregistrée(s) de la %2</translation>
    </message>
    <message>
        <source>%1: %2 request(s)</source>
        <translation>%1 : %2 requête(s)</translation>
    </message>
    <message numerus="yes">
        <source>; %n bad line(s) skipped (line %1: %2)</source>
        <translation>
            <numerusform>; %n ligne incorrecte ignorée (ligne %1 : %2)</numerusform>
            <numerusform>; %n lignes incorrectes ignorées (ligne %1 : %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>To get requests: send some from the playground or with `tierctl complete --route` (each routed call is stored with its message), or import a JSONL file with one request per line in `tierctl route --jsonl`&apos;s format, e.g. {&quot;message&quot;: &quot;…&quot;, &quot;taskType&quot;: &quot;chat&quot;, &quot;contextTokens&quot;: 1200}.</source>
        <translation>Pour obtenir des requêtes : envoyez-en depuis le bac à sable ou avec `tierctl complete --route` (chaque appel routé est enregistré avec son message), ou importez un fichier JSONL avec une requête par ligne au format de `tierctl route --jsonl`, p. ex. {&quot;message&quot;: &quot;…&quot;, &quot;taskType&quot;: &quot;chat&quot;, &quot;contextTokens&quot;: 1200}.</translation>
    </message>
    <message>
        <source>Nothing to replay: %1

%2</source>
        <translation>Rien à rejouer : %1

%2</translation>
    </message>
    <message>
        <source>Nothing to replay: the workspace database holds no routing decisions with their message text.

%1</source>
        <translation>Rien à rejouer : la base de l&apos;espace de travail ne contient aucune décision de routage avec le texte de son message.

%1</translation>
    </message>
    <message>
        <source>Nothing to replay: %1 holds no readable request.

%2</source>
        <translation>Rien à rejouer : %1 ne contient aucune requête lisible.

%2</translation>
    </message>
    <message>
        <source>Nothing to replay yet: load the stored requests or import a JSONL file.

%1</source>
        <translation>Rien à rejouer pour l&apos;instant : chargez les requêtes enregistrées ou importez un fichier JSONL.

%1</translation>
    </message>
</context>
<context>
    <name>RequestSourceBar</name>
    <message>
        <source>Stored Requests</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <source>Import JSONL…</source>
        <translation>Importer du JSONL…</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Requêtes :</translation>
    </message>
    <message>
        <source>The routing decisions stored in the workspace database, with their message text</source>
        <translation>Les décisions de routage enregistrées dans la base de l&apos;espace de travail, avec le texte de leur message</translation>
    </message>
    <message>
        <source>One request per line, in `tierctl route --jsonl`&apos;s input format</source>
        <translation>Une requête par ligne, au format d&apos;entrée de `tierctl route --jsonl`</translation>
    </message>
    <message>
        <source>No workspace database is open: import a JSONL file instead</source>
        <translation>Aucune base d&apos;espace de travail ouverte : importez plutôt un fichier JSONL</translation>
    </message>
    <message>
        <source>Import requests (JSONL)</source>
        <translation>Importer des requêtes (JSONL)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Lignes JSON (*.jsonl *.ndjson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>line %1: %2
</source>
        <translation>ligne %1 : %2
</translation>
    </message>
</context>
<context>
    <name>RouteEval</name>
    <message>
        <source>no header line; expected prompt,&lt;weak model&gt;,&lt;strong model&gt;</source>
        <translation>pas de ligne d&apos;en-tête ; attendu : prompt,&lt;weak model&gt;,&lt;strong model&gt;</translation>
    </message>
    <message>
        <source>the header has no &apos;prompt&apos; column</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne &apos;prompt&apos;</translation>
    </message>
    <message>
        <source>the header needs a weak and a strong label column (after &apos;prompt&apos;; or name them)</source>
        <translation>l&apos;en-tête demande une colonne d&apos;étiquette faible et une forte (après &apos;prompt&apos; ; ou nommez-les)</translation>
    </message>
    <message>
        <source>record %1: a quoted field is not closed</source>
        <translation>enregistrement %1 : un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>record %1: %2 fields, expected %3</source>
        <translation>enregistrement %1 : %2 champs, %3 attendus</translation>
    </message>
    <message>
        <source>record %1: a label is not True/False</source>
        <translation>enregistrement %1 : une étiquette n&apos;est pas True/False</translation>
    </message>
</context>
<context>
    <name>RouteJson</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
</context>
<context>
    <name>RoutedCall</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>L&apos;appel a été annulé.</translation>
    </message>
    <message>
        <source>No target could serve the call.</source>
        <translation>Aucune cible n&apos;a pu servir l&apos;appel.</translation>
    </message>
</context>
<context>
    <name>RoutedCallService</name>
    <message>
        <source>The prompt is empty: type the message to send.</source>
        <translation>Le prompt est vide : tapez le message à envoyer.</translation>
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
        <translation>seuil</translation>
    </message>
    <message>
        <source>task-type override</source>
        <translation>forçage par type de tâche</translation>
    </message>
    <message>
        <source>agent preference</source>
        <translation>préférence de l&apos;agent</translation>
    </message>
    <message>
        <source>default tier (no signal)</source>
        <translation>défaut (aucun signal)</translation>
    </message>
    <message>
        <source>Cost unknown: set cost per million input and output tokens on this tier in the Configs mode.</source>
        <translation>Coût inconnu : indiquez le coût par million de jetons d&apos;entrée et de sortie de ce niveau dans le mode Configurations.</translation>
    </message>
    <message>
        <source>%1 in × $%2/M + %3 out × $%4/M = %5</source>
        <translation>%1 entrée × $%2/M + %3 sortie × $%4/M = %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>RouterPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>défaut intégré</translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation>&amp;Bac à sable</translation>
    </message>
    <message>
        <source>before = the saved policy, after = the edited policy, both on %1</source>
        <translation>avant = la politique enregistrée, après = la politique modifiée, toutes deux sur %1</translation>
    </message>
    <message>
        <source>the current config</source>
        <translation>la configuration courante</translation>
    </message>
    <message>
        <source>&amp;What-if Replay</source>
        <translation>&amp;Rejeu « et si »</translation>
    </message>
    <message>
        <source>Apply calibration</source>
        <translation>Appliquer le calibrage</translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation>&amp;Calibrage</translation>
    </message>
    <message>
        <source>Route onto &amp;config</source>
        <translation>&amp;Configuration :</translation>
    </message>
    <message>
        <source>The workspace tier config whose tiers, models and prices the policy routes onto</source>
        <translation>La configuration de niveaux de l&apos;espace de travail sur les niveaux, modèles et prix de laquelle la politique route</translation>
    </message>
    <message>
        <source>the seed&apos;s default config</source>
        <translation>la configuration par défaut intégrée</translation>
    </message>
</context>
<context>
    <name>RouterPolicyCodec</name>
    <message>
        <source>Unknown field &quot;%1&quot;; it is kept when saving but the router ignores it. Known fields here: %2.</source>
        <translation>Champ inconnu &quot;%1&quot; ; il est conservé à l&apos;enregistrement mais le routeur l&apos;ignore. Champs connus ici : %2.</translation>
    </message>
    <message>
        <source>%1 must be a mapping (%2), not %3.</source>
        <translation>%1 doit être un mappage (%2), pas %3.</translation>
    </message>
    <message>
        <source>A key in %1 must be a plain name, not %2.</source>
        <translation>Une clé de %1 doit être un nom simple, pas %2.</translation>
    </message>
    <message>
        <source>%1 is a quoted string; write the number without quotes, e.g. %2.</source>
        <translation>%1 est une chaîne entre guillemets ; écrivez le nombre sans guillemets, p. ex. %2.</translation>
    </message>
    <message>
        <source>%1 must be a number such as %2, not %3.</source>
        <translation>%1 doit être un nombre comme %2, pas %3.</translation>
    </message>
    <message>
        <source>%1 must be a finite decimal number such as %2, not &quot;%3&quot;.</source>
        <translation>%1 doit être un nombre décimal fini comme %2, pas &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>`standard:` and `heavy:` scores in 0..1</source>
        <translation>scores `standard:` et `heavy:` dans 0..1</translation>
    </message>
    <message>
        <source>%1 is %2; a threshold is a score between 0 and 1.</source>
        <translation>%1 vaut %2 ; un seuil est un score entre 0 et 1.</translation>
    </message>
    <message>
        <source>The standard threshold (%1) must be below the heavy threshold (%2): scores from standard up to heavy route to the standard class.</source>
        <translation>Le seuil standard (%1) doit être inférieur au seuil heavy (%2) : les scores de standard jusqu&apos;à heavy routent vers la classe standard.</translation>
    </message>
    <message>
        <source>one weight per factor</source>
        <translation>un poids par facteur</translation>
    </message>
    <message>
        <source>%1 is %2; a weight cannot be negative. Use 0 to ignore the factor.</source>
        <translation>%1 vaut %2 ; un poids ne peut pas être négatif. Utilisez 0 pour ignorer le facteur.</translation>
    </message>
    <message>
        <source>Every weight is 0, so no request can score above 0. Give at least one factor a positive weight.</source>
        <translation>Tous les poids valent 0, aucune requête ne peut donc dépasser 0. Donnez un poids positif à au moins un facteur.</translation>
    </message>
    <message>
        <source>task type: light, standard or heavy</source>
        <translation>type de tâche : light, standard ou heavy</translation>
    </message>
    <message>
        <source>%1 needs a class: light, standard or heavy, not %2.</source>
        <translation>%1 demande une classe : light, standard ou heavy, pas %2.</translation>
    </message>
    <message>
        <source>Task class &quot;%1&quot; is not one of light, standard, heavy; class names are lower-case: write &quot;%2&quot;.</source>
        <translation>La classe de tâche &quot;%1&quot; n&apos;est pas light, standard ou heavy ; les noms de classes sont en minuscules : écrivez &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Task class &quot;%1&quot; is not one of light, standard, heavy.</source>
        <translation>La classe de tâche &quot;%1&quot; n&apos;est pas light, standard ou heavy.</translation>
    </message>
    <message>
        <source>%1 is the tier a request without evidence either way routes to: light, standard or heavy, not %2.</source>
        <translation>%1 est le niveau vers lequel route une requête sans indice dans un sens ou l&apos;autre : light, standard ou heavy, pas %2.</translation>
    </message>
    <message>
        <source>capability: criticality in 0..1</source>
        <translation>capacité : criticité dans 0..1</translation>
    </message>
    <message>
        <source>%1 is %2; a capability&apos;s criticality is between 0 (trivial) and 1 (safety-critical).</source>
        <translation>%1 vaut %2 ; la criticité d&apos;une capacité est comprise entre 0 (triviale) et 1 (critique pour la sécurité).</translation>
    </message>
    <message>
        <source>dailyTokens, monthlyTokens, dailyUsd, monthlyUsd</source>
        <translation>dailyTokens, monthlyTokens, dailyUsd, monthlyUsd</translation>
    </message>
    <message>
        <source>%1 must be a whole number of tokens above 0 such as 1000000, without quotes (%2). Leave it out for no limit.</source>
        <translation>%1 doit être un nombre entier de jetons supérieur à 0 comme 1000000, sans guillemets (%2). Omettez-le pour ne pas avoir de limite.</translation>
    </message>
    <message>
        <source>it is quoted</source>
        <translation>il est entre guillemets</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>il vaut %1</translation>
    </message>
    <message>
        <source>%1 is a YAML number; dollars are exact decimal strings. Quote it: %2: &quot;%3&quot;.</source>
        <translation>%1 est un nombre YAML ; les dollars sont des chaînes décimales exactes. Mettez-le entre guillemets : %2: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a decimal string such as &quot;50.00&quot;, not %2.</source>
        <translation>%1 doit être une chaîne décimale comme &quot;50.00&quot;, pas %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a dollar amount above 0; write it like &quot;50.00&quot; (no sign, unit, exponent or more than 12 decimals). Leave it out for no limit.</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas un montant en dollars supérieur à 0 ; écrivez-le comme &quot;50.00&quot; (sans signe, unité, exposant ni plus de 12 décimales). Omettez-le pour ne pas avoir de limite.</translation>
    </message>
    <message>
        <source>`default:` and `tenants:` limits</source>
        <translation>limites `default:` et `tenants:`</translation>
    </message>
    <message>
        <source>tenant: limits</source>
        <translation>locataire : limites</translation>
    </message>
    <message>
        <source>spec.budgets has no `default:`, so a tenant without its own limits is unlimited. TOKEN_BUDGET_DAILY and TOKEN_BUDGET_MONTHLY are not used when the policy has budgets.</source>
        <translation>spec.budgets n&apos;a pas de `default:`, un locataire sans limites propres est donc illimité. TOKEN_BUDGET_DAILY et TOKEN_BUDGET_MONTHLY ne sont pas utilisés quand la politique a des budgets.</translation>
    </message>
    <message>
        <source>thresholds, weights, taskOverrides, defaultTier, capabilities, budgets</source>
        <translation>thresholds, weights, taskOverrides, defaultTier, capabilities, budgets</translation>
    </message>
    <message>
        <source>with a `name:`</source>
        <translation>avec un `name:`</translation>
    </message>
    <message>
        <source>metadata.name &quot;%1&quot; is not a valid DNS-1123 name: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation>metadata.name &quot;%1&quot; n&apos;est pas un nom DNS-1123 valide : utilisez des minuscules, des chiffres, &apos;-&apos; et &apos;.&apos;, en commençant et finissant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>This is a %1 document, not a RouterPolicy. Give a file with `kind: RouterPolicy` (thresholds, weights, overrides and budgets).</source>
        <translation>Ceci est un document %1, pas une RouterPolicy. Donnez un fichier avec `kind: RouterPolicy` (seuils, poids, forçages et budgets).</translation>
    </message>
    <message>
        <source>The document has no apiVersion. Add `apiVersion: %1`.</source>
        <translation>Le document n&apos;a pas d&apos;apiVersion. Ajoutez `apiVersion: %1`.</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not supported for kind RouterPolicy; use `apiVersion: %2`.</source>
        <translation>apiVersion &quot;%1&quot; n&apos;est pas prise en charge pour le kind RouterPolicy ; utilisez `apiVersion: %2`.</translation>
    </message>
    <message>
        <source>The document has no kind. A router policy starts with `kind: RouterPolicy`.</source>
        <translation>Le document n&apos;a pas de kind. Une politique de routeur commence par `kind: RouterPolicy`.</translation>
    </message>
    <message>
        <source>YAML syntax error: %1.</source>
        <translation>Erreur de syntaxe YAML : %1.</translation>
    </message>
    <message>
        <source>The policy file is empty. Start it with `apiVersion: %1` and `kind: RouterPolicy`.</source>
        <translation>Le fichier de politique est vide. Commencez-le par `apiVersion: %1` et `kind: RouterPolicy`.</translation>
    </message>
    <message>
        <source>A policy file holds one RouterPolicy document; this is document %1. Move it to its own file.</source>
        <translation>Un fichier de politique contient un seul document RouterPolicy ; celui-ci est le document %1. Déplacez-le dans son propre fichier.</translation>
    </message>
    <message>
        <source>An alias refers to a collection that contains it (like `a: &amp;x [*x]`); a policy cannot be recursive. Replace the alias with the values it stands for.</source>
        <translation>Un alias renvoie à une collection qui le contient (comme `a: &amp;x [*x]`) ; une politique ne peut pas être récursive. Remplacez l&apos;alias par les valeurs qu&apos;il représente.</translation>
    </message>
    <message>
        <source>The document is %1, not a mapping. A policy starts with `apiVersion:`, `kind:`, `metadata:` and `spec:`.</source>
        <translation>Le document est %1, pas un mappage. Une politique commence par `apiVersion:`, `kind:`, `metadata:` et `spec:`.</translation>
    </message>
    <message>
        <source>The policy could not be read: %1.</source>
        <translation>La politique n&apos;a pas pu être lue : %1.</translation>
    </message>
    <message>
        <source>%1 is not a router policy; give a file with `kind: RouterPolicy`.</source>
        <translation>%1 n&apos;est pas une politique de routeur ; donnez un fichier avec `kind: RouterPolicy`.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); run &apos;tierctl validate %1&apos; to see them.</source>
        <translation>
            <numerusform>%1 a %n erreur ; lancez &apos;tierctl validate %1&apos; pour la voir.</numerusform>
            <numerusform>%1 a %n erreurs ; lancez &apos;tierctl validate %1&apos; pour les voir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouterTarget</name>
    <message>
        <source>The router chose tier &apos;%1&apos;, which the config does not have.</source>
        <translation>Le routeur a choisi le niveau &apos;%1&apos;, que la configuration n&apos;a pas.</translation>
    </message>
</context>
<context>
    <name>RoutingRequests</name>
    <message>
        <source>Cannot read the stored routing requests: %1</source>
        <translation>Impossible de lire les requêtes de routage enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Relancer les échecs</translation>
    </message>
    <message>
        <source>Run remaining</source>
        <translation>Exécuter le reste</translation>
    </message>
    <message>
        <source>Run the comparison (Ctrl+Enter)</source>
        <translation>Exécuter la comparaison (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Start no new cells; the ones in flight finish</source>
        <translation>Ne plus démarrer de cellules ; celles en cours se terminent</translation>
    </message>
    <message>
        <source>Start the waiting cells again</source>
        <translation>Redémarrer les cellules en attente</translation>
    </message>
    <message>
        <source>Abort every request in flight</source>
        <translation>Interrompre toutes les requêtes en cours</translation>
    </message>
    <message>
        <source>Run the failed cells of this run again; the others are kept</source>
        <translation>Relancer les cellules en échec de cette exécution ; les autres sont conservées</translation>
    </message>
    <message>
        <source>Run the cells the cancel left undone; finished cells are kept</source>
        <translation>Exécuter les cellules laissées par l&apos;annulation ; les cellules terminées sont conservées</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n cell(s)</source>
        <translation>
            <numerusform>Prêt : %n cellule</numerusform>
            <numerusform>Prêt : %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to run yet</source>
        <translation>Rien à exécuter pour l&apos;instant</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 of %2 cells</source>
        <translation>%1 cellules sur %2</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Temps restant %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 à ce jour</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 with failed assertions</source>
        <translation>%1 avec des assertions en échec</translation>
    </message>
    <message>
        <source>%1 waiting after 429</source>
        <translation>%1 en attente après 429</translation>
    </message>
</context>
<context>
    <name>RunDiffModel</name>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>différente</translation>
    </message>
    <message>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>cost A</source>
        <translation>coût A</translation>
    </message>
    <message>
        <source>cost B</source>
        <translation>coût B</translation>
    </message>
    <message>
        <source>Δ cost</source>
        <translation>Δ coût</translation>
    </message>
    <message>
        <source>latency A</source>
        <translation>latence A</translation>
    </message>
    <message>
        <source>latency B</source>
        <translation>latence B</translation>
    </message>
    <message>
        <source>Δ latency</source>
        <translation>Δ latence</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show the selected run in the grid and the panes</source>
        <translation>Afficher l&apos;exécution sélectionnée dans la grille et les panneaux</translation>
    </message>
    <message>
        <source>Diff two runs</source>
        <translation>Comparer deux exécutions</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click): Δ cost and Δ latency per cell, B − A</source>
        <translation>Sélectionnez deux exécutions (Ctrl+clic) : Δ coût et Δ latence par cellule, B − A</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>started (UTC)</source>
        <translation>démarrée (UTC)</translation>
    </message>
    <message>
        <source>Select exactly two runs to diff them.</source>
        <translation>Sélectionnez exactement deux exécutions pour les comparer.</translation>
    </message>
    <message>
        <source>%1 cells compared; total Δ cost %2%3 (B − A; green is cheaper or faster)</source>
        <translation>%1 cellules comparées ; Δ coût total %2%3 (B − A ; vert = moins cher ou plus rapide)</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>A run needs a provider and a model.</source>
        <translation>Une exécution demande un fournisseur et un modèle.</translation>
    </message>
    <message>
        <source>Cannot save run %1: a call with this id is already stored.</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution %1 : un appel avec cet id est déjà enregistré.</translation>
    </message>
    <message>
        <source>Run %1 needs an id, a provider and a model.</source>
        <translation>L&apos;exécution %1 demande un id, un fournisseur et un modèle.</translation>
    </message>
    <message>
        <source>Cannot save runs: %1</source>
        <translation>Impossible d&apos;enregistrer les exécutions : %1</translation>
    </message>
    <message>
        <source>Cannot save run %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save routing decision %1: %2</source>
        <translation>Impossible d&apos;enregistrer la décision de routage %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read runs: %1</source>
        <translation>Impossible de lire les exécutions : %1</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>| target | cells | ok | errors | pass rate | p50 | p95 | cost | 429s absorbed |</source>
        <translation>| cible | cellules | ok | erreurs | taux de réussite | p50 | p95 | coût | 429 absorbés |</translation>
    </message>
    <message>
        <source> (+%1 unknown)</source>
        <translation> (+%1 inconnu)</translation>
    </message>
    <message>
        <source>## %1 vs %2</source>
        <translation>## %1 contre %2</translation>
    </message>
    <message>
        <source>- paired cells: %1</source>
        <translation>- cellules appariées : %1</translation>
    </message>
    <message>
        <source>- cost: %1 vs %2, saved %3 (%4%)</source>
        <translation>- coût : %1 contre %2, économie %3 (%4 %)</translation>
    </message>
    <message>
        <source>- pass-rate delta: %1 points</source>
        <translation>- écart de taux de réussite : %1 points</translation>
    </message>
</context>
<context>
    <name>ScoreGauge</name>
    <message>
        <source>Complexity score</source>
        <translation>Score de complexité</translation>
    </message>
    <message>
        <source>Score %1 (%2 by score). Light below %3, standard from %3, heavy from %4.</source>
        <translation>Score %1 (%2 selon le score). Light sous %3, standard à partir de %3, heavy à partir de %4.</translation>
    </message>
    <message>
        <source>Score %1 · %2 by score</source>
        <translation>Score %1 · %2 selon le score</translation>
    </message>
    <message>
        <source>standard %1</source>
        <translation>standard %1</translation>
    </message>
    <message>
        <source>heavy %1</source>
        <translation>heavy %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not store the key: %1</source>
        <translation>Le trousseau n&apos;a pas enregistré la clé : %1</translation>
    </message>
    <message>
        <source>The keychain did not remove the key: %1</source>
        <translation>Le trousseau n&apos;a pas supprimé la clé : %1</translation>
    </message>
    <message>
        <source>no Secret Service (GNOME Keyring, KWallet) answered on D-Bus</source>
        <translation>aucun Secret Service (GNOME Keyring, KWallet) n&apos;a répondu sur D-Bus</translation>
    </message>
    <message>
        <source>the keychain did not answer (locked?)</source>
        <translation>le trousseau n&apos;a pas répondu (verrouillé ?)</translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>entrée de trousseau %1</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>%1 is not set: set it (export %2=..., or Models ▸ Providers ▸ Set key…) or set auth.type: none for a server that needs no key.</source>
        <translation>%1 n&apos;est pas défini : définissez-le (export %2=..., ou Modèles ▸ Fournisseurs ▸ Définir la clé…) ou mettez auth.type: none pour un serveur qui n&apos;a pas besoin de clé.</translation>
    </message>
    <message>
        <source>%1 is not set and no keychain entry %2 exists: set one (export %3=..., or store the key in the OS keychain under service &quot;%4&quot;, entry &quot;%2&quot;).</source>
        <translation>%1 n&apos;est pas défini et aucune entrée de trousseau %2 n&apos;existe : définissez-en une (export %3=..., ou enregistrez la clé dans le trousseau du système sous le service &quot;%4&quot;, entrée &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>No environment variable</source>
        <translation>Pas de variable d&apos;environnement</translation>
    </message>
    <message>
        <source>The keychain is switched off (TIERBENCH_NO_KEYCHAIN=1): set the environment variable instead (%1 for a provider&apos;s own key).</source>
        <translation>Le trousseau est désactivé (TIERBENCH_NO_KEYCHAIN=1) : définissez plutôt la variable d&apos;environnement (%1 pour la clé propre d&apos;un fournisseur).</translation>
    </message>
    <message>
        <source>The keychain is switched off (TIERBENCH_NO_KEYCHAIN=1).</source>
        <translation>Le trousseau est désactivé (TIERBENCH_NO_KEYCHAIN=1).</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 ignoré : %2</translation>
    </message>
    <message>
        <source>failed %1 (%2): %3</source>
        <translation>échec de %1 (%2) : %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>%1 tokens used, no limit</source>
        <translation>%1 jetons utilisés, sans limite</translation>
    </message>
    <message>
        <source>%1 of %2 tokens left</source>
        <translation>%1 jetons restants sur %2</translation>
    </message>
    <message>
        <source>%1 spent, no limit</source>
        <translation>%1 dépensés, sans limite</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 restants sur %2</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simulé</translation>
    </message>
    <message>
        <source>No API key is set for this config&apos;s providers: the demo&apos;s simulated provider answers, and no model is called. Set a key in Settings ▸ Keys.</source>
        <translation>Aucune clé d&apos;API n&apos;est définie pour les fournisseurs de cette configuration : le fournisseur simulé de la démo répond, aucun modèle n&apos;est appelé. Définissez une clé dans Paramètres ▸ Clés.</translation>
    </message>
    <message>
        <source>The answer streams here.</source>
        <translation>La réponse s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Send the message through the router (Ctrl+Enter): the tier above answers, with fallback on errors, billed to the tenant&apos;s budget.</source>
        <translation>Envoyer le message par le routeur (Ctrl+Entrée) : le niveau ci-dessus répond, avec repli en cas d&apos;erreur, facturé sur le budget du locataire.</translation>
    </message>
    <message>
        <source>Sending needs the RoutedCall service, which this window was started without (the preview harness). Run tierbench to send.</source>
        <translation>L&apos;envoi demande le service RoutedCall, sans lequel cette fenêtre a été lancée (le banc d&apos;aperçu). Lancez tierbench pour envoyer.</translation>
    </message>
    <message>
        <source>Routing…</source>
        <translation>Routage…</translation>
    </message>
    <message>
        <source>Calling %1 · %2 / %3…</source>
        <translation>Appel de %1 · %2 / %3…</translation>
    </message>
    <message>
        <source>Fallback hops:
</source>
        <translation>Sauts de repli :
</translation>
    </message>
    <message>
        <source>Answered by %1 · %2 / %3 · %4</source>
        <translation>Réponse de %1 · %2 / %3 · %4</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Sans réponse : %1</translation>
    </message>
    <message>
        <source>No fallback hops.</source>
        <translation>Aucun saut de repli.</translation>
    </message>
    <message>
        <source>Budget alert: %1% of the %2 budget used</source>
        <translation>Alerte de budget : %1 % du budget %2 utilisé</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>journalier</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>The call was not recorded: %1</source>
        <translation>L&apos;appel n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Budget left for tenant %1 — today: %2</source>
        <translation>Budget restant du locataire %1 — aujourd&apos;hui : %2</translation>
    </message>
    <message>
        <source>; this month: %1</source>
        <translation>; ce mois-ci : %1</translation>
    </message>
    <message>
        <source> (UTC periods)</source>
        <translation> (périodes UTC)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Menus, numbers and dates follow the language; exported files never do. A new language applies when TierBench starts next.</source>
        <translation>Les menus, nombres et dates suivent la langue ; les fichiers exportés jamais. Une nouvelle langue s&apos;applique au prochain démarrage de TierBench.</translation>
    </message>
    <message>
        <source>The last workspace opened</source>
        <translation>Le dernier espace de travail ouvert</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Default workspace:</source>
        <translation>Espace de travail par défaut :</translation>
    </message>
    <message>
        <source>The folder of configs TierBench opens at start when no --workspace is given.</source>
        <translation>Le dossier de configurations que TierBench ouvre au démarrage quand aucun --workspace n&apos;est donné.</translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation>Espace de travail par défaut</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Total call deadline:</source>
        <translation>Délai total d&apos;un appel :</translation>
    </message>
    <message>
        <source>The longest one model call may take, retries and waits included: a server that drips bytes is stopped here. Applies to the next call in Compare, the Router and the Models mode.</source>
        <translation>La durée maximale d&apos;un appel de modèle, nouvelles tentatives et attentes comprises : un serveur qui envoie les octets au compte-gouttes est arrêté ici. S&apos;applique à l&apos;appel suivant dans Comparer, le Routeur et le mode Modèles.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Toutes les 6 heures</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Sync the model registry:</source>
        <translation>Synchroniser le registre des modèles :</translation>
    </message>
    <message>
        <source>While TierBench runs, fetch the model lists of every provider with a key (the Models mode&apos;s Sync now, on a schedule).</source>
        <translation>Tant que TierBench tourne, récupérer les listes de modèles de tous les fournisseurs ayant une clé (la synchronisation du mode Modèles, selon un calendrier).</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Toutes les heures</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalHighlighter</name>
    <message>
        <source>keyword signal “%1” %2</source>
        <translation>signal de mot-clé « %1 » %2</translation>
    </message>
    <message>
        <source>keyword signal “%1” %2 (repeat: counted once)</source>
        <translation>signal de mot-clé « %1 » %2 (répétition : compté une fois)</translation>
    </message>
</context>
<context>
    <name>SimulatedCellJob</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The simulated provider was told to fail this request (%1). Retry the failed cells to run it again.</source>
        <translation>Le fournisseur simulé avait pour consigne de faire échouer cette requête (%1). Relancez les cellules en échec pour l&apos;exécuter à nouveau.</translation>
    </message>
</context>
<context>
    <name>SqlBudgetLedger</name>
    <message>
        <source>Stored budget cost &apos;%1&apos; is not a decimal.</source>
        <translation>Le coût de budget enregistré &apos;%1&apos; n&apos;est pas un décimal.</translation>
    </message>
    <message>
        <source>Cannot read budget usage: %1</source>
        <translation>Impossible de lire la consommation du budget : %1</translation>
    </message>
    <message>
        <source>Cannot add budget usage: %1</source>
        <translation>Impossible d&apos;ajouter la consommation du budget : %1</translation>
    </message>
    <message>
        <source>Cannot record a budget alert: %1</source>
        <translation>Impossible d&apos;enregistrer une alerte de budget : %1</translation>
    </message>
    <message>
        <source>Cannot list budget tenants: %1</source>
        <translation>Impossible de lister les locataires du budget : %1</translation>
    </message>
</context>
<context>
    <name>SqlCellStore</name>
    <message>
        <source>Could not store cell %1 of run %2: %3</source>
        <translation>Impossible d&apos;enregistrer la cellule %1 de l&apos;exécution %2 : %3</translation>
    </message>
    <message>
        <source>Could not store %1 of run %2: %3</source>
        <translation>Impossible d&apos;enregistrer %1 de l&apos;exécution %2 : %3</translation>
    </message>
    <message>
        <source>The run database was written by a newer TierBench (experiments schema %1).</source>
        <translation>La base des exécutions a été écrite par un TierBench plus récent (schéma des expériences %1).</translation>
    </message>
    <message>
        <source>Run %1 is being run by %2 (last seen %3 s ago). Wait for it to finish or stop it; a lock that is not renewed for %4 s is taken over.</source>
        <translation>L&apos;exécution %1 est menée par %2 (vu il y a %3 s). Attendez qu&apos;elle se termine ou arrêtez-la ; un verrou non renouvelé pendant %4 s est repris.</translation>
    </message>
    <message>
        <source>the run lock</source>
        <translation>le verrou d&apos;exécution</translation>
    </message>
    <message>
        <source>%1 (pid %2 on %3)</source>
        <translation>%1 (pid %2 sur %3)</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot;</source>
        <translation>l&apos;état &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a vote</source>
        <translation>un vote</translation>
    </message>
</context>
<context>
    <name>SqlMetricsSink</name>
    <message>
        <source>Cannot store the routing decision: %1</source>
        <translation>Impossible d&apos;enregistrer la décision de routage : %1</translation>
    </message>
    <message>
        <source>Cannot read routing decisions: %1</source>
        <translation>Impossible de lire les décisions de routage : %1</translation>
    </message>
</context>
<context>
    <name>StoreCallRecorder</name>
    <message>
        <source>The store writer is gone.</source>
        <translation>Le rédacteur de la base n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The source and the target are the same store.</source>
        <translation>La source et la cible sont la même base.</translation>
    </message>
</context>
<context>
    <name>StreamPane</name>
    <message>
        <source>simulated</source>
        <translation>simulé</translation>
    </message>
    <message>
        <source>Answers come from the built-in simulator, not a real model. Add an API key in Settings ▸ Keys to compare real models.</source>
        <translation>Les réponses viennent du simulateur intégré, pas d&apos;un vrai modèle. Ajoutez une clé d&apos;API dans Paramètres ▸ Clés pour comparer de vrais modèles.</translation>
    </message>
    <message>
        <source>router</source>
        <translation>routeur</translation>
    </message>
    <message>
        <source>Each prompt is routed by the complexity estimator to a tier.</source>
        <translation>Chaque prompt est routé vers un niveau par l&apos;estimateur de complexité.</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>chosen per prompt</source>
        <translation>choisi par prompt</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>waiting for first token…</source>
        <translation>attente du premier jeton…</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>en flux</translation>
    </message>
    <message>
        <source>Estimated from the streamed chunks (about one token each); the provider&apos;s exact count replaces it when the answer ends.</source>
        <translation>Estimé d&apos;après les morceaux reçus (environ un jeton chacun) ; le nombre exact du fournisseur le remplace à la fin de la réponse.</translation>
    </message>
    <message>
        <source>≈%1 so far</source>
        <translation>≈%1 à ce jour</translation>
    </message>
    <message>
        <source>rate limited, waiting</source>
        <translation>débit limité, en attente</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file</translation>
    </message>
    <message>
        <source>routed: %1</source>
        <translation>routé : %1</translation>
    </message>
    <message>
        <source>Output tokens over the time after the first token.</source>
        <translation>Jetons de sortie sur le temps écoulé après le premier jeton.</translation>
    </message>
    <message>
        <source>As reported by the provider.</source>
        <translation>Tel qu&apos;indiqué par le fournisseur.</translation>
    </message>
    <message>
        <source>The provider did not report it.</source>
        <translation>Le fournisseur ne l&apos;a pas indiqué.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>%1 assertion(s) failed</source>
        <translation>%1 assertion(s) en échec</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt; (one pane each)</source>
        <translation>&lt;b&gt;Cibles&lt;/b&gt; (un panneau chacune)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Tick two or more targets to compare them side by side.</source>
        <translation>Cochez deux cibles ou plus pour les comparer côte à côte.</translation>
    </message>
    <message>
        <source>router</source>
        <translation>routeur</translation>
    </message>
    <message>
        <source>  — routes each prompt to a tier</source>
        <translation>  — route chaque prompt vers un niveau</translation>
    </message>
    <message>
        <source>  — %1  [simulated]</source>
        <translation>  — %1  [simulé]</translation>
    </message>
    <message>
        <source>The built-in simulator: no key, no network, deterministic text.</source>
        <translation>Le simulateur intégré : pas de clé, pas de réseau, texte déterministe.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Prices: %1 in, %2 out</source>
        <translation>Prix : %1 en entrée, %2 en sortie</translation>
    </message>
</context>
<context>
    <name>TargetResolver</name>
    <message>
        <source>An empty target name.</source>
        <translation>Un nom de cible vide.</translation>
    </message>
    <message>
        <source>Unknown target &apos;%1&apos;: the config has the tiers %2; also &apos;router&apos; or &apos;provider:model&apos;.</source>
        <translation>Cible inconnue &apos;%1&apos; : la configuration a les niveaux %2 ; ou bien &apos;router&apos; ou &apos;provider:model&apos;.</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; must be &apos;provider:model&apos;.</source>
        <translation>La cible &apos;%1&apos; doit être &apos;provider:model&apos;.</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; is listed twice.</source>
        <translation>La cible &apos;%1&apos; figure deux fois.</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Team database</source>
        <translation>Base de données d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>TeamDatabasePage</name>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Calls, routing decisions, budgets, the model registry and Compare runs are kept in one store. A team shares one PostgreSQL database; leave the URL empty to use this machine&apos;s own SQLite file.</source>
        <translation>Les appels, décisions de routage, budgets, le registre des modèles et les exécutions de Comparer sont gardés dans une seule base. Une équipe partage une base PostgreSQL ; laissez l&apos;URL vide pour utiliser le fichier SQLite propre à cette machine.</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Utilisée maintenant :</translation>
    </message>
    <message>
        <source>The choice applies when TierBench starts next. tierctl uses --db or TIERBENCH_DB.</source>
        <translation>Le choix s&apos;applique au prochain démarrage de TierBench. tierctl utilise --db ou TIERBENCH_DB.</translation>
    </message>
    <message>
        <source>none needed (a SQLite file)</source>
        <translation>inutile (un fichier SQLite)</translation>
    </message>
    <message>
        <source>in the URL: remove it, and set PGPASSWORD, a ~/.pgpass line or the keychain entry %1 instead</source>
        <translation>dans l&apos;URL : retirez-le, et définissez plutôt PGPASSWORD, une ligne de ~/.pgpass ou l&apos;entrée de trousseau %1</translation>
    </message>
    <message>
        <source>PGPASSWORD when set, else the keychain entry %1 (service %2), else ~/.pgpass.</source>
        <translation>PGPASSWORD s&apos;il est défini, sinon l&apos;entrée de trousseau %1 (service %2), sinon ~/.pgpass.</translation>
    </message>
    <message>
        <source>Connected in %1 ms, but the database has schema version %2 and this TierBench knows only %3: install the newer TierBench that upgraded it.</source>
        <translation>Connecté en %1 ms, mais la base a la version de schéma %2 et ce TierBench ne connaît que %3 : installez le TierBench plus récent qui l&apos;a mise à jour.</translation>
    </message>
    <message>
        <source>Connected in %1 ms. The database is empty; TierBench creates its tables on first use.</source>
        <translation>Connecté en %1 ms. La base est vide ; TierBench crée ses tables à la première utilisation.</translation>
    </message>
    <message>
        <source>Connected in %1 ms (schema version %2 of %3).</source>
        <translation>Connecté en %1 ms (version de schéma %2 sur %3).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not saved: the URL holds a password, which would be written to the settings file. Remove it and set PGPASSWORD, a ~/.pgpass line or the keychain entry %1.</source>
        <translation>Non enregistré : l&apos;URL contient un mot de passe, qui serait écrit dans le fichier de paramètres. Retirez-le et définissez PGPASSWORD, une ligne de ~/.pgpass ou l&apos;entrée de trousseau %1.</translation>
    </message>
</context>
<context>
    <name>TestCaseImport</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Ligne %1 : un champ entre guillemets n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>The file is empty: the first row must name the variables.</source>
        <translation>Le fichier est vide : la première ligne doit nommer les variables.</translation>
    </message>
    <message>
        <source>Line 1: column %1 of the header has no name.</source>
        <translation>Ligne 1 : la colonne %1 de l&apos;en-tête n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields but the header names %3.</source>
        <translation>La ligne %1 a %2 champs mais l&apos;en-tête en nomme %3.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Line %1: not a JSON object (%2).</source>
        <translation>Ligne %1 : pas un objet JSON (%2).</translation>
    </message>
    <message>
        <source>Line %1: expected a &quot;prompt&quot; or a &quot;vars&quot; object.</source>
        <translation>Ligne %1 : un objet &quot;prompt&quot; ou &quot;vars&quot; est attendu.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
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
        <translation>Le routeur envoie cette requête au niveau %1.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Coût estimé</translation>
    </message>
</context>
<context>
    <name>TierMap</name>
    <message>
        <source>tier &apos;%1&apos; (%2) is not configured; using the nearest configured tier &apos;%3&apos; (%4)</source>
        <translation>le niveau &apos;%1&apos; (%2) n&apos;est pas configuré ; le niveau configuré le plus proche &apos;%3&apos; (%4) est utilisé</translation>
    </message>
    <message>
        <source>no tier of the config matches %1, %2 or %3</source>
        <translation>aucun niveau de la configuration ne correspond à %1, %2 ou %3</translation>
    </message>
</context>
<context>
    <name>TierResolver</name>
    <message>
        <source>tier config</source>
        <translation>configuration de niveaux</translation>
    </message>
    <message>
        <source>%1 is in the registry but inactive (its provider no longer lists it).</source>
        <translation>%1 est dans le registre mais inactif (son fournisseur ne le liste plus).</translation>
    </message>
    <message>
        <source>Exact model %1 requested.</source>
        <translation>Modèle exact %1 demandé.</translation>
    </message>
    <message>
        <source>No model %1 in the registry; run a sync or check the id (provider:modelId).</source>
        <translation>Aucun modèle %1 dans le registre ; synchronisez ou vérifiez l&apos;id (provider:modelId).</translation>
    </message>
    <message>
        <source>The model spec names neither a tier nor an exact model.</source>
        <translation>La spécification de modèle ne nomme ni un niveau ni un modèle exact.</translation>
    </message>
    <message>
        <source>No active model in tier &apos;%1&apos; (%2 inactive). Sync the registry or assign a model to the tier.</source>
        <translation>Aucun modèle actif dans le niveau &apos;%1&apos; (%2 inactifs). Synchronisez le registre ou attribuez un modèle au niveau.</translation>
    </message>
    <message>
        <source>No active %1 model in tier &apos;%2&apos; (%3 inactive).</source>
        <translation>Aucun modèle %1 actif dans le niveau &apos;%2&apos; (%3 inactifs).</translation>
    </message>
    <message>
        <source>default, </source>
        <translation>par défaut, </translation>
    </message>
    <message>
        <source>$%1 in+out per 1M</source>
        <translation>$%1 entrée+sortie par million</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>prix inconnu</translation>
    </message>
    <message numerus="yes">
        <source>picked at random among %n candidate(s) for A/B</source>
        <translation>
            <numerusform>choisi au hasard parmi %n candidat pour A/B</numerusform>
            <numerusform>choisi au hasard parmi %n candidats pour A/B</numerusform>
        </translation>
    </message>
    <message>
        <source>it is the tier&apos;s default</source>
        <translation>c&apos;est le défaut du niveau</translation>
    </message>
    <message>
        <source>it is the only active candidate</source>
        <translation>c&apos;est le seul candidat actif</translation>
    </message>
    <message>
        <source>no default is set and it is the cheapest ($%1 in+out per 1M)</source>
        <translation>aucun défaut n&apos;est défini et c&apos;est le moins cher ($%1 entrée+sortie par million)</translation>
    </message>
    <message>
        <source>no default is set, the price does not decide, and it is the most recent</source>
        <translation>aucun défaut n&apos;est défini, le prix ne tranche pas, et c&apos;est le plus récent</translation>
    </message>
    <message>
        <source>Tier &apos;%1&apos; -&gt; %2: %3.</source>
        <translation>Niveau &apos;%1&apos; -&gt; %2 : %3.</translation>
    </message>
    <message>
        <source>No active %1 model in the tier, so other providers were considered.</source>
        <translation>Aucun modèle %1 actif dans le niveau, d&apos;autres fournisseurs ont donc été envisagés.</translation>
    </message>
    <message>
        <source>Prices come from the tier config, overriding the registry.</source>
        <translation>Les prix viennent de la configuration de niveaux et l&apos;emportent sur le registre.</translation>
    </message>
</context>
<context>
    <name>TiersDelegate</name>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>TiersModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>Invalid: the price &quot;%1&quot; is not a non-negative decimal such as &quot;3.00&quot;; fix it to see the cost (see Problems).</source>
        <translation>Invalide : le prix &quot;%1&quot; n&apos;est pas un décimal positif ou nul comme &quot;3.00&quot; ; corrigez-le pour voir le coût (voir Problèmes).</translation>
    </message>
    <message>
        <source>Unknown: the tier&apos;s prices are missing or not decimals.</source>
        <translation>Inconnu : les prix du niveau manquent ou ne sont pas des décimaux.</translation>
    </message>
    <message>
        <source>%1 input tokens × $%2/M + %3 output tokens × $%4/M = $%5</source>
        <translation>%1 jetons d&apos;entrée × $%2/M + %3 jetons de sortie × $%4/M = $%5</translation>
    </message>
    <message>
        <source>Overrides the catalog price $%1/M for %2 (%3)</source>
        <translation>Remplace le prix du catalogue $%1/M pour %2 (%3)</translation>
    </message>
    <message>
        <source>Type to complete from the model catalog; picking a known model fills in its prices.</source>
        <translation>Tapez pour compléter depuis le catalogue de modèles ; choisir un modèle connu remplit ses prix.</translation>
    </message>
    <message>
        <source>Cost of one typical request with the token counts set below the table</source>
        <translation>Coût d&apos;une requête type avec les nombres de jetons réglés sous le tableau</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Input $/M</source>
        <translation>Entrée $/M</translation>
    </message>
    <message>
        <source>Output $/M</source>
        <translation>Sortie $/M</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation>Par requête</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to TierBench&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenue dans TierBench&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Edit LLM tier configs, compare models side by side, see why a request went to a tier, and chart what each tier costs. Start with one of these:</source>
        <translation>Modifiez des configurations de niveaux de LLM, comparez des modèles côte à côte, voyez pourquoi une requête est allée à un niveau et tracez ce que coûte chaque niveau. Commencez par l&apos;une de ces actions :</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Open a folder of configs…</source>
        <translation>Ouvrir un dossier de configurations…</translation>
    </message>
    <message>
        <source>Every YAML config in the folder, checked as you edit.</source>
        <translation>Chaque configuration YAML du dossier, vérifiée pendant la saisie.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Sample configs, a router policy and demo traffic, in a folder you can edit.</source>
        <translation>Des configurations d&apos;exemple, une politique de routeur et du trafic de démonstration, dans un dossier modifiable.</translation>
    </message>
    <message>
        <source>New config</source>
        <translation>Nouvelle configuration</translation>
    </message>
    <message>
        <source>A ModelTierConfig with three tiers to fill in.</source>
        <translation>Une ModelTierConfig à trois niveaux à remplir.</translation>
    </message>
    <message>
        <source>Import a LiteLLM config…</source>
        <translation>Importer une configuration LiteLLM…</translation>
    </message>
    <message>
        <source>Turn a LiteLLM proxy config.yaml into a tier config.</source>
        <translation>Transformer le config.yaml d&apos;un proxy LiteLLM en configuration de niveaux.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>No workspace opened yet.</source>
        <translation>Aucun espace de travail ouvert pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Edit and validate tier configs, with the form and the YAML side by side.</source>
        <translation>Modifier et valider des configurations de niveaux, formulaire et YAML côte à côte.</translation>
    </message>
    <message>
        <source>Send one prompt to several models and compare answers, speed and cost.</source>
        <translation>Envoyer un prompt à plusieurs modèles et comparer réponses, vitesse et coût.</translation>
    </message>
    <message>
        <source>See why a request goes to a tier, and replay traffic under a changed policy.</source>
        <translation>Voir pourquoi une requête va à un niveau, et rejouer le trafic avec une politique modifiée.</translation>
    </message>
    <message>
        <source>Providers and keys, the model registry, prices and what changed.</source>
        <translation>Fournisseurs et clés, registre des modèles, prix et changements.</translation>
    </message>
    <message>
        <source>Cost, latency and tier share over time, and the budget burn-down.</source>
        <translation>Coût, latence et part des niveaux dans le temps, et la consommation du budget.</translation>
    </message>
    <message>
        <source>The five modes</source>
        <translation>Les cinq modes</translation>
    </message>
    <message>
        <source>Configs</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Go to %1 (Ctrl+%2)</source>
        <translation>Aller à %1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>This folder no longer exists.</source>
        <translation>Ce dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>WireParser</name>
    <message>
        <source>The stream ended before its end marker (connection dropped or truncated).</source>
        <translation>Le flux s&apos;est terminé avant son marqueur de fin (connexion coupée ou tronquée).</translation>
    </message>
    <message>
        <source>The provider reported %1 = %2, which is not a possible token count; the response is not trusted.</source>
        <translation>Le fournisseur a indiqué %1 = %2, qui n&apos;est pas un nombre de jetons possible ; la réponse n&apos;est pas fiable.</translation>
    </message>
    <message>
        <source>The provider sent a stream line or event larger than %1 MB; the stream was stopped.</source>
        <translation>Le fournisseur a envoyé une ligne ou un événement de flux de plus de %1 Mo ; le flux a été arrêté.</translation>
    </message>
    <message>
        <source>The provider sent malformed JSON (%1): %2</source>
        <translation>Le fournisseur a envoyé du JSON mal formé (%1) : %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceCompareConfigs</name>
    <message>
        <source>default</source>
        <translation>défaut</translation>
    </message>
</context>
<context>
    <name>WorkspaceModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>(no config)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>ModelAPI</source>
        <translation>ModelAPI</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source> (document %1)</source>
        <translation> (document %1)</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>Settings ▸ Team database</source>
        <translation>Paramètres ▸ Base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>the default workspace database</source>
        <translation>la base par défaut de l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>YamlView</name>
    <message>
        <source>&lt;b&gt;YAML&lt;/b&gt; — edits here update the form</source>
        <translation>&lt;b&gt;YAML&lt;/b&gt; — met à jour le formulaire</translation>
    </message>
    <message>
        <source>YAML source</source>
        <translation>Source YAML</translation>
    </message>
    <message>
        <source>⚠ The YAML does not parse: the form shows the last valid version and is read-only until the syntax error is fixed.</source>
        <translation>⚠ Le YAML ne s&apos;analyse pas : le formulaire montre la dernière version valide, en lecture seule jusqu&apos;à la correction de l&apos;erreur de syntaxe.</translation>
    </message>
    <message>
        <source>✓ Valid</source>
        <translation>✓ Valide</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source> — see the Problems panel</source>
        <translation> — voir le panneau Problèmes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for LLM tier configs, routing and model comparison.</source>
        <translation>Atelier pour configurations de niveaux de LLM, routage et comparaison de modèles.</translation>
    </message>
    <message>
        <source>Open the built-in demo workspace (copied to a writable folder on first use).</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration intégré (copié dans un dossier modifiable à la première utilisation).</translation>
    </message>
    <message>
        <source>Open the configs in folder &lt;dir&gt;.</source>
        <translation>Ouvrir les configurations du dossier &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Keep settings in INI file &lt;file&gt;.</source>
        <translation>Garder les paramètres dans le fichier INI &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;png&gt; et quitter.</translation>
    </message>
    <message>
        <source>Start in mode &lt;n&gt; (1-5).</source>
        <translation>Démarrer dans le mode &lt;n&gt; (1-5).</translation>
    </message>
    <message>
        <source>Open the window at &lt;WxH&gt; pixels.</source>
        <translation>Ouvrir la fenêtre à &lt;WxH&gt; pixels.</translation>
    </message>
    <message>
        <source>Show tab &lt;n&gt; (1-4) of the Models mode.</source>
        <translation>Afficher l&apos;onglet &lt;n&gt; (1-4) du mode Modèles.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; (de, fr, en) for this run.</source>
        <translation>Utiliser la langue &lt;code&gt; (de, fr, en) pour cette exécution.</translation>
    </message>
    <message>
        <source>Config files to open.</source>
        <translation>Fichiers de configuration à ouvrir.</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
</context>
</TS>
