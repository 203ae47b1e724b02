<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>sign-in: {providers}</source>
        <translation>connexion&#xa0;: {providers}</translation>
    </message>
    <message>
        <source>sign-in with {providers} not set up in this build</source>
        <translation>connexion avec {providers} non configurée dans cette version</translation>
    </message>
    <message>
        <source>sign-in: {providers} ({missing} not set up in this build)</source>
        <translation>connexion&#xa0;: {providers} ({missing} non configuré dans cette version)</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>sign-in: unknown (its configuration cannot be read)</source>
        <translation>connexion&#xa0;: inconnue (sa configuration est illisible)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Wink Desktop</source>
        <translation>À propos de Wink Desktop</translation>
    </message>
    <message>
        <source>Build: installed package ({system}, {machine})</source>
        <translation>Installation&#xa0;: paquet ({system}, {machine})</translation>
    </message>
    <message>
        <source>Build: from the source code ({system}, {machine})</source>
        <translation>Installation&#xa0;: depuis le code source ({system}, {machine})</translation>
    </message>
    <message>
        <source>Sign-in: checking…</source>
        <translation>Connexion&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>© Wink. Proprietary software: all rights reserved.</source>
        <translation>© Wink. Logiciel propriétaire&#xa0;: tous droits réservés.</translation>
    </message>
    <message>
        <source>Website: {website}. Help: Wink support, from your Wink account.</source>
        <translation>Site web&#xa0;: {website}. Aide&#xa0;: le support Wink, depuis votre compte Wink.</translation>
    </message>
</context>
<context>
    <name>AccountCard</name>
    <message>
        <source>Address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connectée depuis</translation>
    </message>
    <message>
        <source>Last successful check</source>
        <translation>Dernière vérification réussie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Provider sign-in (OAuth)</source>
        <translation>Via le fournisseur (OAuth)</translation>
    </message>
    <message>
        <source>Password (IMAP)</source>
        <translation>Mot de passe (IMAP)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Wink Desktop is already open: its window is in front.</source>
        <translation>Wink Desktop est déjà ouvert&#xa0;: sa fenêtre est passée au premier plan.</translation>
    </message>
    <message>
        <source>Wink Desktop is already open but does not answer. Close it (or end it in the task manager), then start Wink again.</source>
        <translation>Wink Desktop est déjà ouvert mais ne répond pas. Fermez-le (ou arrêtez-le depuis le gestionnaire des tâches), puis relancez Wink.</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Wink Desktop cannot reach your system&apos;s password storage (keyring). Unlock it, then test the connection again.</source>
        <translation>Wink Desktop n’arrive pas à accéder au stockage des mots de passe de votre système (trousseau). Déverrouillez-le, puis testez à nouveau la connexion.</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Tester à nouveau</translation>
    </message>
    <message>
        <source>Your mail server no longer accepts the saved password (was it changed?). Automatic checks are paused so your account is not locked.</source>
        <translation>Votre serveur de messagerie n’accepte plus le mot de passe enregistré (a-t-il été changé&#xa0;?). Les vérifications automatiques sont suspendues pour que votre compte ne soit pas bloqué.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Your connection has expired.</source>
        <translation>Votre connexion a expiré.</translation>
    </message>
    <message>
        <source>Wink: account action required</source>
        <translation>Wink&#xa0;: action requise sur votre compte</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Arrêter d’attendre</translation>
    </message>
    <message>
        <source>Use the account you signed in with</source>
        <translation>Utiliser le compte avec lequel vous vous êtes connecté</translation>
    </message>
    <message>
        <source>Sign in with {provider}</source>
        <translation>Se connecter avec {provider}</translation>
    </message>
    <message>
        <source>Your browser opens {provider}&apos;s page: choose your account, then “Allow”.</source>
        <translation>Votre navigateur ouvre la page de {provider}&#xa0;: choisissez votre compte, puis «&#xa0;Autoriser&#xa0;».</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>En attente de votre navigateur…</translation>
    </message>
    <message>
        <source>You typed {expected} but signed in as {actual}.</source>
        <translation>Vous avez saisi {expected}, mais vous vous êtes connecté avec {actual}.</translation>
    </message>
    <message>
        <source>Use {actual}</source>
        <translation>Utiliser {actual}</translation>
    </message>
    <message>
        <source>Sign in as {expected}</source>
        <translation>Se connecter en tant que {expected}</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>Connecté en tant que {email}.</translation>
    </message>
    <message>
        <source>The browser did not open. Copy the link and paste it into your browser.</source>
        <translation>Le navigateur ne s’est pas ouvert. Copiez le lien et collez-le dans votre navigateur.</translation>
    </message>
    <message>
        <source>Copy the approval link</source>
        <translation>Copier le lien d’approbation</translation>
    </message>
    <message>
        <source>Approval link copied: send it to your IT administrator. Once they have approved Wink, try again.</source>
        <translation>Lien d’approbation copié&#xa0;: envoyez-le à votre administrateur informatique. Une fois Wink approuvé, réessayez.</translation>
    </message>
    <message>
        <source>Link copied: paste it into your browser&apos;s address bar.</source>
        <translation>Lien copié&#xa0;: collez-le dans la barre d’adresse de votre navigateur.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate problem</source>
        <extracomment>The least width of a dialog asking a question. Qt sizes a dialog to its row of buttons, so a heading wrapped into a narrow column of two or three lines otherwise.</extracomment>
        <translation>Problème de certificat</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted</source>
        <translation>Le certificat de {host} n’est pas reconnu</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Émis pour</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valable pour</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Trust it only if your IT department confirms this exact fingerprint. Wink will then accept this certificate, and no other, for this server.</source>
        <translation>Ne lui faites confiance que si votre service informatique confirme cette empreinte exacte. Wink acceptera alors ce certificat, et aucun autre, pour ce serveur.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Connect your mailbox to Wink. Without a command, opens the app.</source>
        <translation>Connectez votre boîte mail à Wink. Sans commande, ouvre l’application.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed (or needs attention), 2 bad arguments, 3 nothing found or no mailbox connected, 4 the app is already open but does not answer. Secrets are only ever read from standard input, never from arguments.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 l’opération a échoué (ou demande votre attention), 2 arguments incorrects, 3 rien trouvé ou aucune boîte mail connectée, 4 l’application est déjà ouverte mais ne répond pas. Les secrets ne sont lus que sur l’entrée standard, jamais dans les arguments.</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>affiche la version et quitte</translation>
    </message>
    <message>
        <source>act as this Wink role (demos and screenshots; Wink decides)</source>
        <translation>agit avec ce rôle Wink (démonstrations et captures d’écran&#xa0;; c’est Wink qui décide)</translation>
    </message>
    <message>
        <source>language of the windows and messages (default: the system&apos;s)</source>
        <translation>langue des fenêtres et des messages (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>start in the tray, without a window (when starting with the session)</source>
        <translation>démarre dans la zone de notification, sans fenêtre (lancement avec la session)</translation>
    </message>
    <message>
        <source>start with the window minimised</source>
        <translation>démarre avec la fenêtre réduite</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commandes&#xa0;</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>log details (debug level) to the log file, and to stderr</source>
        <translation>journaliser les détails (niveau debug) dans le fichier journal et sur stderr</translation>
    </message>
    <message>
        <source>open the app (the default)</source>
        <translation>ouvre l’application (par défaut)</translation>
    </message>
    <message>
        <source>show where Wink Desktop keeps its files (for support)</source>
        <translation>indique où Wink Desktop range ses fichiers (pour le support)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>affiche du JSON</translation>
    </message>
    <message>
        <source>show the connected mailbox and its status (never a secret)</source>
        <translation>affiche la boîte mail connectée et son état (jamais un secret)</translation>
    </message>
    <message>
        <source>Exit code 0 when connected, 1 when the connection needs attention, 3 when no mailbox is connected.</source>
        <translation>Code de sortie 0 si connectée, 1 si la connexion demande votre attention, 3 si aucune boîte mail n’est connectée.</translation>
    </message>
    <message>
        <source>check the connected mailbox now and record the result</source>
        <translation>vérifie maintenant la boîte mail connectée et enregistre le résultat</translation>
    </message>
    <message>
        <source>Exit code 0 when it works, 1 when it does not, 3 when no mailbox is connected.</source>
        <translation>Code de sortie 0 si elle fonctionne, 1 sinon, 3 si aucune boîte mail n’est connectée.</translation>
    </message>
    <message>
        <source>disconnect the mailbox and remove its secrets from this computer</source>
        <translation>déconnecte la boîte mail et supprime ses secrets de cet ordinateur</translation>
    </message>
    <message>
        <source>Exit code 0 when disconnected, 1 when not confirmed, 3 when no mailbox is connected.</source>
        <translation>Code de sortie 0 si déconnectée, 1 si non confirmé, 3 si aucune boîte mail n’est connectée.</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>ne demande pas de confirmation</translation>
    </message>
    <message>
        <source>find the IMAP and SMTP settings of an email address</source>
        <translation>trouve les paramètres IMAP et SMTP d’une adresse e-mail</translation>
    </message>
    <message>
        <source>Asks every source at once (bundled providers, the provider&apos;s autoconfig, the ISP database, DNS SRV and MX records, then guessing) and keeps the most reliable answer. Exit code 0 when settings were found, 3 when nothing was found, 2 for bad input.</source>
        <translation>Interroge toutes les sources à la fois (fournisseurs intégrés, autoconfiguration du fournisseur, base de données des FAI, enregistrements DNS SRV et MX, puis déduction à partir du nom de domaine) et garde la réponse la plus fiable. Code de sortie 0 quand des paramètres ont été trouvés, 3 quand rien n’a été trouvé, 2 pour une saisie incorrecte.</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>l’adresse e-mail</translation>
    </message>
    <message>
        <source>use only this source (repeatable)</source>
        <translation>n’utilise que cette source (répétable)</translation>
    </message>
    <message>
        <source>show what each source answered and how long it took</source>
        <translation>montre ce que chaque source a répondu et en combien de temps</translation>
    </message>
    <message>
        <source>test the IMAP and SMTP servers of a mailbox (both at once)</source>
        <translation>teste les serveurs IMAP et SMTP d’une boîte mail (les deux à la fois)</translation>
    </message>
    <message>
        <source>Signs in to both servers at the same time and shows each step. The password or token is read from standard input. Exit code 0 when both servers work, 1 when one fails, 2 for bad arguments.</source>
        <translation>Se connecte aux deux serveurs en même temps et affiche chaque étape. Le mot de passe ou le jeton est lu sur l’entrée standard. Code de sortie 0 quand les deux serveurs fonctionnent, 1 quand l’un échoue, 2 pour des arguments incorrects.</translation>
    </message>
    <message>
        <source>the mailbox address</source>
        <translation>l’adresse e-mail de la boîte mail</translation>
    </message>
    <message>
        <source>incoming server</source>
        <translation>serveur entrant</translation>
    </message>
    <message>
        <source>outgoing server</source>
        <translation>serveur sortant</translation>
    </message>
    <message>
        <source>user name, when it is not the email address</source>
        <translation>nom d’utilisateur, s’il diffère de l’adresse e-mail</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>lit le mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>read an OAuth 2.0 access token from standard input</source>
        <translation>lit un jeton d’accès OAuth 2.0 sur l’entrée standard</translation>
    </message>
    <message>
        <source>accept exactly this server certificate (repeatable)</source>
        <translation>accepte exactement ce certificat de serveur (répétable)</translation>
    </message>
    <message>
        <source>allow signing in over an unencrypted connection</source>
        <translation>autorise la connexion sur une liaison non chiffrée</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>limit for each step (default: 15 s to connect, 20 s otherwise)</source>
        <translation>limite pour chaque étape (par défaut&#xa0;: 15&#xa0;s pour se connecter, 20&#xa0;s sinon)</translation>
    </message>
    <message>
        <source>draw every screen, with demo data (no server, no network)</source>
        <translation>dessine chaque écran, avec des données de démonstration (sans serveur ni réseau)</translation>
    </message>
    <message>
        <source>the folder to write to (created if missing)</source>
        <translation>le dossier où écrire (créé s’il manque)</translation>
    </message>
    <message>
        <source>the language of the screens (default: both)</source>
        <translation>la langue des écrans (par défaut&#xa0;: les deux)</translation>
    </message>
    <message>
        <source>1 for normal screens, 2 for HiDPI ones (default: both)</source>
        <translation>1 pour les écrans ordinaires, 2 pour les écrans haute densité (par défaut&#xa0;: les deux)</translation>
    </message>
    <message>
        <source>the colour theme (default: every theme of this version)</source>
        <translation>le thème de couleurs (par défaut&#xa0;: tous ceux de cette version)</translation>
    </message>
    <message>
        <source>write the illustrated guide (HTML and Markdown)</source>
        <translation>écrit le guide illustré (HTML et Markdown)</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>The commands, in the order ``--help`` lists them. The global options that are flags (``--verbose``). The global options that take a value (``--lang fr``).</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept only in the system keyring.</source>
        <translation>Les mots de passe et les jetons sont conservés uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>A fingerprint is 64 hexadecimal digits (SHA-256).</source>
        <translation>Une empreinte compte 64 chiffres hexadécimaux (SHA-256).</translation>
    </message>
    <message>
        <source>The timeout must be between 0 and 600 seconds.</source>
        <translation>Le délai doit être compris entre 0 et 600 secondes.</translation>
    </message>
    <message>
        <source>Token: </source>
        <translation>Jeton&#xa0;: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>works ({count} messages in the inbox)</source>
        <translation>fonctionne ({count} messages dans la boîte de réception)</translation>
    </message>
    <message>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Certificate: {subject}, issued by {issuer}, valid {start} to {end}</source>
        <translation>Certificat&#xa0;: {subject}, émis par {issuer}, valable du {start} au {end}</translation>
    </message>
    <message>
        <source>Valid for: {names}</source>
        <translation>Valable pour&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Total time: {ms} ms</source>
        <translation>Durée totale&#xa0;: {ms}&#xa0;ms</translation>
    </message>
    <message>
        <source>More help: {links}</source>
        <translation>Plus d’aide&#xa0;: {links}</translation>
    </message>
    <message>
        <source>Nothing found: this computer seems to be offline. Check the connection, or enter the settings by hand.</source>
        <translation>Rien n’a été trouvé&#xa0;: cet ordinateur semble hors ligne. Vérifiez la connexion internet, ou saisissez les paramètres vous-même.</translation>
    </message>
    <message>
        <source>No settings found for this address. Your provider&apos;s help pages give the IMAP and SMTP servers: enter them by hand.</source>
        <translation>Aucun paramètre trouvé pour cette adresse. Les pages d’aide de votre fournisseur indiquent les serveurs IMAP et SMTP&#xa0;: saisissez-les vous-même.</translation>
    </message>
    <message>
        <source>Settings for {email} (source: {source}{trust})</source>
        <translation>Paramètres pour {email} (source&#xa0;: {source}{trust})</translation>
    </message>
    <message>
        <source>, not authenticated: check them</source>
        <translation>, non authentifiés&#xa0;: vérifiez-les</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>aucun proposé</translation>
    </message>
    <message>
        <source>user name: {user}</source>
        <translation>nom d’utilisateur&#xa0;: {user}</translation>
    </message>
    <message>
        <source>What each source answered:</source>
        <translation>Ce que chaque source a répondu&#xa0;:</translation>
    </message>
    <message>
        <source>No mailbox is connected.</source>
        <translation>Aucune boîte mail n’est connectée.</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte mail</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connectée depuis</translation>
    </message>
    <message>
        <source>Last successful check</source>
        <translation>Dernière vérification réussie</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Disconnect {email}? [y/N] </source>
        <translation>Déconnecter {email}&#xa0;? [o/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Disconnected: no password or token of this mailbox is left on this computer.</source>
        <translation>Déconnectée&#xa0;: aucun mot de passe ni jeton de cette boîte mail ne reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your provider could not be notified; you can remove Wink from your account&apos;s security page.</source>
        <translation>Votre fournisseur n’a pas pu être prévenu&#xa0;; vous pouvez retirer Wink depuis la page Sécurité de votre compte.</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <extracomment>A label and its value, as in &quot;IMAP: works&quot;; French puts a no-break space before the colon.</extracomment>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>print a diagnostics report for support (no secret in it)</source>
        <translation>afficher un diagnostic pour le support (sans aucun secret)</translation>
    </message>
    <message>
        <source>Versions, system, connection state and its history, the last check&apos;s steps, what discovery finds for the domain, the password storage and the last log lines. Passwords and tokens are never in it; the address is masked. Exit code 0 when the report was printed (what could not be read is named in it).</source>
        <translation>Versions, système, état de la connexion et son historique, étapes du dernier test, ce que la recherche trouve pour le domaine, stockage des mots de passe et dernières lignes du journal. Aucun mot de passe ni jeton n’y figure&#xa0;; l’adresse est masquée. Code de sortie 0 quand le diagnostic a été affiché (ce qui n’a pas pu être lu y est indiqué).</translation>
    </message>
    <message>
        <source>do not look the domain up on the network</source>
        <translation>ne pas rechercher le domaine sur le réseau</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect your mailbox</source>
        <translation>Connecter sa messagerie</translation>
    </message>
    <message>
        <source>Reconnect your mailbox</source>
        <translation>Reconnecter votre boîte mail</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Non connectée</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connectée</translation>
    </message>
    <message>
        <source>Needs reconnection</source>
        <translation>À reconnecter</translation>
    </message>
    <message>
        <source>Offline (Wink will try again by itself)</source>
        <translation>Hors ligne (nouvel essai automatique)</translation>
    </message>
    <message>
        <source>Server not answering (Wink will try again by itself)</source>
        <translation>Le serveur ne répond pas (nouvel essai automatique)</translation>
    </message>
    <message>
        <source>Password storage unavailable</source>
        <translation>Stockage des mots de passe indisponible</translation>
    </message>
</context>
<context>
    <name>CopyDiagnostics</name>
    <message>
        <source>Copy the diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <source>Copies a report for Wink&apos;s support: versions, connection state, the last test&apos;s steps and recent log lines. No password or token is in it.</source>
        <translation>Copie un rapport pour le support de Wink&#xa0;: versions, état de la connexion, étapes du dernier test et dernières lignes du journal. Aucun mot de passe ni jeton n’y figure.</translation>
    </message>
    <message>
        <source>Preparing the diagnostics…</source>
        <translation>Préparation du diagnostic…</translation>
    </message>
    <message>
        <source>The diagnostics cannot be prepared here.</source>
        <translation>Le diagnostic ne peut pas être préparé ici.</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into your message to Wink&apos;s support.</source>
        <translation>Diagnostic copié&#xa0;: collez-le dans votre message au support de Wink.</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Send a test email</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Sends one short email from your mailbox to itself, and waits for it.</source>
        <translation>Envoie un court e-mail de votre boîte mail à elle-même, et attend qu’il arrive.</translation>
    </message>
    <message>
        <source>Sending a test email from your mailbox to itself…</source>
        <translation>Envoi d’un e-mail de test de votre boîte mail à elle-même…</translation>
    </message>
    <message>
        <source>The test email cannot be sent from here.</source>
        <translation>L’e-mail de test ne peut pas être envoyé d’ici.</translation>
    </message>
    <message>
        <source>A test email is already on its way.</source>
        <translation>Un e-mail de test est déjà en route.</translation>
    </message>
    <message>
        <source>No mailbox is connected.</source>
        <translation>Aucune boîte mail n’est connectée.</translation>
    </message>
    <message>
        <source>Sent. Waiting for it in your inbox (at most {seconds} s)…</source>
        <translation>Envoyé. En attente de sa réception (au plus {seconds}&#xa0;s)…</translation>
    </message>
    <message>
        <source>Received in {seconds} s.</source>
        <translation>Reçu en {seconds}&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Changements d’état</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <source>Discovery for this domain</source>
        <translation>Recherche des réglages pour ce domaine</translation>
    </message>
    <message>
        <source>Password storage</source>
        <translation>Stockage des mots de passe</translation>
    </message>
    <message>
        <source>Last log lines</source>
        <translation>Dernières lignes du journal</translation>
    </message>
    <message>
        <source>Operating system</source>
        <extracomment>The report&apos;s fields, as the text names them.</extracomment>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connectée depuis</translation>
    </message>
    <message>
        <source>Last successful check</source>
        <translation>Dernier test réussi</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Serveur entrant (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Serveur sortant (SMTP)</translation>
    </message>
    <message>
        <source>Where the settings came from</source>
        <translation>Origine des réglages</translation>
    </message>
    <message>
        <source>Certificates trusted by hand</source>
        <translation>Certificats approuvés manuellement</translation>
    </message>
    <message>
        <source>Unencrypted connection allowed</source>
        <translation>Connexion non chiffrée autorisée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unavailable ({why})</source>
        <translation>indisponible ({why})</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Wink Desktop diagnostics report ({when})</source>
        <translation>Diagnostic de Wink Desktop ({when})</translation>
    </message>
    <message>
        <source>No password or token is in this report; the address is masked.</source>
        <translation>Aucun mot de passe ni jeton dans ce diagnostic&#xa0;; l’adresse e-mail est masquée.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Sign-in providers enabled in this build</source>
        <translation>Connexions Google/Microsoft activées dans cette version</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(aucun enregistrement)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Système utilisé</translation>
    </message>
    <message>
        <source>No secure password storage was found: Wink cannot keep a password or a sign-in on this computer until one is installed and unlocked.</source>
        <translation>Aucun stockage sécurisé des mots de passe n’a été trouvé&#xa0;: Wink ne peut garder ni mot de passe ni connexion sur cet ordinateur tant qu’aucun n’est installé et déverrouillé.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>failed: {code}</source>
        <translation>échec&#xa0;: {code}</translation>
    </message>
    <message>
        <source>Server said: {text}</source>
        <translation>Réponse du serveur&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Skipped (--no-network).</source>
        <translation>Non effectuée (--no-network).</translation>
    </message>
    <message>
        <source>This computer seems to be offline: nothing could be looked up.</source>
        <translation>Cet ordinateur semble hors ligne&#xa0;: aucune recherche n’a pu être faite.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message>
        <source>Found by {source} (trusted: {trusted})</source>
        <translation>Trouvé par {source} (fiable&#xa0;: {trusted})</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set!</source>
        <translation>Et hop, le tour est joué&#xa0;!</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Serveur entrant (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Serveur sortant (SMTP)</translation>
    </message>
    <message>
        <source>Your mailbox {email} is connected to Wink Desktop. Its password or sign-in is kept in your system&apos;s password storage, and the connection is checked regularly. Send a test email to see that it can send and receive.</source>
        <translation>Votre boîte mail {email} est connectée à Wink Desktop. Son mot de passe (ou son autorisation de connexion) est conservé dans le trousseau de votre système, et la connexion est vérifiée régulièrement. Envoyez un e-mail de test pour vérifier qu’elle peut envoyer et recevoir.</translation>
    </message>
    <message>
        <source>Other (IMAP)</source>
        <translation>Autre (IMAP)</translation>
    </message>
    <message>
        <source>Provider sign-in (OAuth)</source>
        <translation>Via le fournisseur (OAuth)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <source>Your email address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <source>We find the right settings for you. You can also skip this step.</source>
        <translation>Nous trouvons les bons paramètres pour vous. Vous pouvez aussi passer cette étape.</translation>
    </message>
    <message>
        <source>marie.dupont@example.com</source>
        <translation>marie.dupont@exemple.fr</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Clear the address</source>
        <translation>Effacer l’adresse</translation>
    </message>
    <message>
        <source>Choose another provider</source>
        <translation>Choisir un autre fournisseur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Looking for your provider&apos;s settings…</source>
        <extracomment>How many steps each scripted server shows when it passes. The incoming server&apos;s steps done while it waits for the greeting (resolve, connect, TLS). Where the busy bar&apos;s moving chunk is drawn (percent), frozen for the pictures.</extracomment>
        <translation>Recherche des paramètres de votre fournisseur…</translation>
    </message>
    <message>
        <source>{provider} handles this address: you sign in on its own page, and Wink never sees your password.</source>
        <translation>{provider} gère cette adresse&#xa0;: vous vous connectez sur sa propre page, et Wink ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Settings found: Wink tests them as soon as you sign in.</source>
        <translation>Réglages trouvés&#xa0;: Wink les teste dès que vous vous connectez.</translation>
    </message>
    <message>
        <source>We did not find settings automatically: you will enter them next.</source>
        <translation>Nous n’avons pas trouvé les paramètres automatiquement&#xa0;: vous les saisirez à l’étape suivante.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Found: {provider}.</source>
        <translation>Trouvé&#xa0;: {provider}.</translation>
    </message>
    <message>
        <source>Settings found: you will check them next.</source>
        <translation>Paramètres trouvés&#xa0;: vous les vérifierez à l’étape suivante.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside Wink Desktop.</source>
        <translation>Un problème est survenu dans Wink Desktop.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, contact Wink support.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, contactez le support Wink.</translation>
    </message>
    <message>
        <source>Wink Desktop found no secure password storage (keyring) on this computer.</source>
        <translation>Wink Desktop n’a trouvé aucun stockage sécurisé des mots de passe (trousseau) sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Unlock or install your system keyring (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager), then try again. Nothing was saved.</source>
        <translation>Déverrouillez ou installez le trousseau de votre système (GNOME Keyring, KWallet, Trousseau macOS ou Gestionnaire d’identification Windows), puis réessayez. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Correct the highlighted field and try again.</source>
        <translation>Corrigez le champ signalé, puis réessayez.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address (for example imap.example.com).</source>
        <translation>Saisissez l’adresse du serveur (par exemple imap.example.com).</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces.</source>
        <translation>L’adresse d’un serveur ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>This server address is not valid: use only letters, digits, dots and hyphens.</source>
        <translation>Cette adresse de serveur n’est pas valide&#xa0;: utilisez uniquement des lettres, des chiffres, des points et des tirets.</translation>
    </message>
    <message>
        <source>This IP address is not valid.</source>
        <translation>Cette adresse IP n’est pas valide.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Enter a full email address, such as marie.dupont@example.com.</source>
        <translation>Saisissez une adresse e-mail complète, par exemple marie.dupont@example.com.</translation>
    </message>
    <message>
        <source>The part after @ is not a valid domain (for example example.com).</source>
        <translation>La partie après @ n’est pas un domaine valide (par exemple example.com).</translation>
    </message>
    <message>
        <source>This address is too long: at most 64 characters before @ and 254 in all.</source>
        <translation>Cette adresse est trop longue&#xa0;: 64 caractères au plus avant @ et 254 en tout.</translation>
    </message>
    <message>
        <source>The user name contains an invisible control character (such as a line break): type it again without it.</source>
        <translation>Le nom d’utilisateur contient un caractère de contrôle invisible (un saut de ligne, par exemple)&#xa0;: saisissez-le à nouveau sans ce caractère.</translation>
    </message>
    <message>
        <source>The user name is too long (at most 254 characters).</source>
        <translation>Le nom d’utilisateur est trop long (254 caractères au plus).</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>The password contains a line break or an invisible character that no mail server accepts: type it again (copying it may have added one).</source>
        <translation>Le mot de passe contient un saut de ligne ou un caractère invisible qu’aucun serveur de messagerie n’accepte&#xa0;: saisissez-le à nouveau (un copier-coller a pu l’ajouter).</translation>
    </message>
    <message>
        <source>Signing in with your provider did not work.</source>
        <extracomment>An access token with less than this many seconds left is refreshed first.</extracomment>
        <translation>La connexion avec votre fournisseur n’a pas abouti.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, contact Wink support.</source>
        <translation>Réessayez. Si cela échoue encore, contactez le support Wink.</translation>
    </message>
    <message>
        <source>This version of Wink Desktop is not set up to sign in with this provider.</source>
        <translation>Cette version de Wink Desktop n’est pas configurée pour se connecter avec ce fournisseur.</translation>
    </message>
    <message>
        <source>Access was not granted in the browser.</source>
        <translation>L’accès n’a pas été autorisé dans le navigateur.</translation>
    </message>
    <message>
        <source>Try again and choose “Allow” so that Wink can use your mailbox.</source>
        <translation>Réessayez et choisissez «&#xa0;Autoriser&#xa0;» pour que Wink puisse utiliser votre boîte mail.</translation>
    </message>
    <message>
        <source>Close the other sign-in tabs, then try again.</source>
        <translation>Fermez les autres onglets de connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>Try again, and finish the sign-in on the browser page.</source>
        <translation>Réessayez, et allez jusqu’au bout de la connexion sur la page du navigateur.</translation>
    </message>
    <message>
        <source>Your organisation requires an administrator to approve Wink first.</source>
        <translation>Votre organisation exige qu’un administrateur approuve d’abord Wink.</translation>
    </message>
    <message>
        <source>Choose another provider, or ask Wink support for a version of Wink Desktop set up for this one.</source>
        <translation>Choisissez un autre fournisseur, ou demandez au support Wink une version de Wink Desktop configurée pour celui-ci.</translation>
    </message>
    <message>
        <source>{provider} lets mail apps in only through its own sign-in page, and this version of Wink Desktop is not set up for it.</source>
        <translation>{provider} n’accepte les applications de messagerie que par sa propre page de connexion, et cette version de Wink Desktop n’est pas configurée pour cela.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s version of Wink Desktop provides it: ask your IT department (or whoever installed Wink Desktop for you), or Wink support. Meanwhile, you can choose another provider.</source>
        <translation>La version de Wink Desktop de votre organisation la propose&#xa0;: demandez-la à votre service informatique (ou à la personne qui a installé Wink Desktop pour vous), ou au support Wink. En attendant, vous pouvez choisir un autre fournisseur.</translation>
    </message>
    <message>
        <source>Send the approval link to your IT department; once they approve, sign in again.</source>
        <translation>Envoyez le lien d’approbation à votre service informatique&#xa0;; une fois l’approbation donnée, reconnectez-vous.</translation>
    </message>
    <message>
        <source>The answer from the browser did not match this sign-in, so it was refused.</source>
        <translation>La réponse du navigateur ne correspondait pas à cette connexion&#xa0;: elle a été refusée.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time.</source>
        <translation>La connexion n’a pas été terminée à temps dans le navigateur.</translation>
    </message>
    <message>
        <source>The connection to your mailbox has expired.</source>
        <translation>La connexion à votre boîte mail a expiré.</translation>
    </message>
    <message>
        <source>Reconnect: sign in with your provider again.</source>
        <translation>Reconnectez-vous&#xa0;: identifiez-vous à nouveau auprès de votre fournisseur.</translation>
    </message>
    <message>
        <source>Your provider could not be reached.</source>
        <translation>Votre fournisseur est injoignable.</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>Vérifiez votre connexion internet, puis réessayez.</translation>
    </message>
    <message>
        <source>The saved mailbox settings could not be read and were set aside.</source>
        <translation>Les paramètres enregistrés de la boîte mail étaient illisibles et ont été mis de côté.</translation>
    </message>
    <message>
        <source>Connect your mailbox again.</source>
        <translation>Connectez à nouveau votre boîte mail.</translation>
    </message>
    <message>
        <source>This value is too long (at most 255 characters).</source>
        <extracomment>The usual port for each protocol and security (RFC 8314). Longest template or expansion accepted: a host name is at most 253 octets and a user name 254, so anything longer cannot be valid and is refused before it is built.</extracomment>
        <translation>Cette valeur est trop longue (255 caractères au maximum).</translation>
    </message>
    <message>
        <source>Write an IPv6 address between brackets, then the port if needed: [2001:db8::1]:993.</source>
        <translation>Écrivez une adresse IPv6 entre crochets, suivie du port si besoin&#xa0;: [2001:db8::1]:993.</translation>
    </message>
    <message>
        <source>Confirm the servers on the previous page before Wink signs in.</source>
        <translation>Confirmez les serveurs à l’étape précédente avant que Wink ne s’y connecte.</translation>
    </message>
</context>
<context>
    <name>MailboxPage</name>
    <message>
        <source>No mailbox connected yet</source>
        <translation>Aucune boîte mail connectée</translation>
    </message>
    <message>
        <source>Connect your mailbox to keep every exchange with your candidates in Wink and to send them personalised emails from your own address.</source>
        <translation>Connectez votre messagerie pour retrouver tous vos échanges avec les candidats dans Wink et leur envoyer des e-mails personnalisés depuis votre propre adresse.</translation>
    </message>
    <message>
        <source>Connect your mailbox</source>
        <translation>Connecter sa messagerie</translation>
    </message>
    <message>
        <source>Connecting a mailbox is reserved for administrators of your Wink account. You can still send emails to candidates from Wink, with Wink&apos;s own address.</source>
        <translation>La connexion d’une boîte mail est réservée aux administrateurs de votre compte Wink. Vous pouvez toujours envoyer des e-mails aux candidats depuis Wink, avec l’adresse de Wink.</translation>
    </message>
    <message>
        <source>Your connected mailbox</source>
        <translation>Votre boîte mail connectée</translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation>Derniers messages</translation>
    </message>
    <message>
        <source>The latest messages could not be read. Use “Test” in Settings to see why.</source>
        <translation>Les derniers messages n’ont pas pu être lus. Utilisez «&#xa0;Tester&#xa0;» dans les Paramètres pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>La boîte de réception est vide.</translation>
    </message>
</context>
<context>
    <name>MailboxSettingsTab</name>
    <message>
        <source>Your mailbox</source>
        <translation>Votre boîte mail</translation>
    </message>
    <message>
        <source>Replace with another mailbox</source>
        <translation>Remplacer par une autre boîte mail</translation>
    </message>
    <message>
        <source>Sign in with another service</source>
        <translation>Se connecter avec un autre service</translation>
    </message>
    <message>
        <source>Connect the mailbox you use with candidates. Wink never sees your password when you sign in with {first} or {second}.</source>
        <translation>Connectez la boîte mail que vous utilisez avec les candidats. Avec {first} ou {second}, Wink ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Connect the mailbox you use with candidates. Wink never sees your password when you sign in with {provider}.</source>
        <translation>Connectez la boîte mail que vous utilisez avec les candidats. Avec {provider}, Wink ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Connect the mailbox you use with candidates. Wink tests it before saving anything and keeps your password only in your system&apos;s keyring.</source>
        <translation>Connectez la boîte mail que vous utilisez avec les candidats. Wink la teste avant d’enregistrer quoi que ce soit et ne garde votre mot de passe que dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Status: {state}</source>
        <translation>État&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Connecting a mailbox is reserved for administrators of your Wink account. You can still send emails to candidates from Wink, with Wink&apos;s own address.</source>
        <translation>La connexion d’une boîte mail est réservée aux administrateurs de votre compte Wink. Vous pouvez toujours envoyer des e-mails aux candidats depuis Wink, avec l’adresse de Wink.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnexion</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>✉️ Mailbox</source>
        <translation>✉️ Boîte mail</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation>Derniers messages</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Act on this message</source>
        <translation>Agir sur ce message</translation>
    </message>
</context>
<context>
    <name>OAuthPage</name>
    <message>
        <source>You can close this tab and go back to Wink.</source>
        <extracomment>How long the browser has to come back (seconds).</extracomment>
        <translation>Vous pouvez fermer cet onglet et revenir à Wink.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion réussie</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Connexion non terminée</translation>
    </message>
    <message>
        <source>Wink did not get access. Go back to Wink to see what to do next.</source>
        <translation>Wink n’a pas obtenu l’accès. Revenez à Wink pour savoir quoi faire.</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>From Wink Desktop&apos;s list of providers.</source>
        <translation>Trouvés dans la liste de fournisseurs de Wink Desktop.</translation>
    </message>
    <message>
        <source>From your provider&apos;s own configuration file (autoconfig).</source>
        <translation>Trouvés dans le propre fichier de configuration de votre fournisseur (autoconfig).</translation>
    </message>
    <message>
        <source>From Thunderbird&apos;s database of providers (ISPDB).</source>
        <translation>Trouvés dans la base de fournisseurs de Thunderbird (ISPDB).</translation>
    </message>
    <message>
        <source>From your domain&apos;s DNS records (SRV).</source>
        <translation>Trouvés dans les enregistrements DNS de votre domaine (SRV).</translation>
    </message>
    <message>
        <source>From your domain&apos;s DNS records (MX): the provider that receives its mail.</source>
        <translation>Trouvés dans les enregistrements DNS de votre domaine (MX)&#xa0;: le fournisseur qui reçoit ses e-mails.</translation>
    </message>
    <message>
        <source>A guess from the domain&apos;s name, confirmed by a server that answered.</source>
        <translation>Déduits du nom de domaine, et confirmés par un serveur qui a répondu.</translation>
    </message>
    <message>
        <source>The settings saved for this mailbox.</source>
        <translation>Les paramètres enregistrés pour cette boîte mail.</translation>
    </message>
    <message>
        <source>Verified source: it came over a secure channel.</source>
        <translation>Source vérifiée&#xa0;: reçue par un canal sécurisé.</translation>
    </message>
    <message>
        <source>Unverified source: it came over a channel anyone on the network could alter. Check these servers against your provider&apos;s help pages.</source>
        <translation>Source non vérifiée&#xa0;: reçue par un canal que n’importe qui sur le réseau pourrait modifier. Vérifiez ces serveurs dans l’aide de votre fournisseur.</translation>
    </message>
</context>
<context>
    <name>OsError</name>
    <message>
        <source>connection refused: nothing answers on this port</source>
        <translation>connexion refusée&#xa0;: rien ne répond sur ce port</translation>
    </message>
    <message>
        <source>connection reset by the server</source>
        <translation>connexion réinitialisée par le serveur</translation>
    </message>
    <message>
        <source>connection aborted</source>
        <translation>connexion interrompue</translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation>connexion fermée par le serveur</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>server unreachable from this network</source>
        <translation>serveur injoignable depuis ce réseau</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau injoignable</translation>
    </message>
    <message>
        <source>address not available on this computer</source>
        <translation>adresse non disponible sur cet ordinateur</translation>
    </message>
    <message>
        <source>connection blocked on this computer (firewall or permissions)</source>
        <translation>connexion bloquée sur cet ordinateur (pare-feu ou autorisations)</translation>
    </message>
    <message>
        <source>this server name does not exist in DNS</source>
        <translation>ce nom de serveur n’existe pas dans le DNS</translation>
    </message>
    <message>
        <source>DNS did not answer: try again in a moment</source>
        <translation>le DNS n’a pas répondu&#xa0;: réessayez dans un instant</translation>
    </message>
    <message>
        <source>system error</source>
        <translation>erreur système</translation>
    </message>
</context>
<context>
    <name>PlaintextDialog</name>
    <message>
        <source>Unencrypted connection</source>
        <translation>Connexion non chiffrée</translation>
    </message>
    <message>
        <source>Send your password without encryption?</source>
        <translation>Envoyer votre mot de passe sans chiffrement&#xa0;?</translation>
    </message>
    <message>
        <source>Anyone on the network between you and the server could read your password and your emails. Choose this only if your IT department requires it.</source>
        <translation>Toute personne sur le réseau entre vous et le serveur pourrait lire votre mot de passe et vos e-mails. Ne choisissez cela que si votre service informatique l’impose.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>I understand the risks</source>
        <translation>Je comprends les risques</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>The server {host} could not be found.</source>
        <translation>Le serveur {host} est introuvable.</translation>
    </message>
    <message>
        <source>Check the spelling of the server address. Your provider&apos;s help pages give it (it often starts with imap. or smtp.).</source>
        <translation>Vérifiez l’orthographe de l’adresse du serveur. Les pages d’aide de votre fournisseur l’indiquent (elle commence souvent par imap. ou smtp.).</translation>
    </message>
    <message>
        <source>Your computer seems to be offline.</source>
        <translation>Votre ordinateur semble hors ligne.</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>Vérifiez votre connexion internet, puis réessayez.</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}.</source>
        <translation>{host} a refusé la connexion sur le port {port}.</translation>
    </message>
    <message>
        <source>Check the port: IMAP usually uses 993 (SSL/TLS), SMTP 465 (SSL/TLS) or 587 (STARTTLS). A firewall may also block this port.</source>
        <translation>Vérifiez le port&#xa0;: IMAP utilise en général 993 (SSL/TLS), SMTP 465 (SSL/TLS) ou 587 (STARTTLS). Un pare-feu peut aussi bloquer ce port.</translation>
    </message>
    <message>
        <source>{host} did not answer in time (step: {step}).</source>
        <translation>{host} n’a pas répondu à temps (étape&#xa0;: {step}).</translation>
    </message>
    <message>
        <source>Check the address and the port, and that no firewall or VPN blocks the connection, then try again.</source>
        <translation>Vérifiez l’adresse et le port, et qu’aucun pare-feu ni VPN ne bloque la connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>The security certificate of {host} cannot be trusted: {reason}.</source>
        <translation>Le certificat de sécurité de {host} n’est pas digne de confiance&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Check the server address. If your IT department confirms this exact certificate (compare its fingerprint), you can choose to trust it.</source>
        <translation>Vérifiez l’adresse du serveur. Si votre service informatique confirme ce certificat précis (comparez son empreinte), vous pouvez choisir de lui faire confiance.</translation>
    </message>
    <message>
        <source>The server on port {port} expects {expected}, but the settings say {configured}.</source>
        <translation>Le serveur du port {port} attend {expected}, mais les paramètres indiquent {configured}.</translation>
    </message>
    <message>
        <source>Choose {expected} for port {port}.</source>
        <translation>Choisissez {expected} pour le port {port}.</translation>
    </message>
    <message>
        <source>A secure connection with {host} could not be set up.</source>
        <translation>Impossible d’établir une connexion sécurisée avec {host}.</translation>
    </message>
    <message>
        <source>The server may use outdated encryption. Contact your provider or IT department.</source>
        <translation>Le serveur utilise peut-être un chiffrement obsolète. Contactez votre fournisseur ou votre service informatique.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so your password was not sent.</source>
        <translation>La connexion n’est pas chiffrée&#xa0;: votre mot de passe n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS or STARTTLS. Only if your IT department requires an unencrypted connection, confirm that you accept the risk.</source>
        <translation>Choisissez SSL/TLS ou STARTTLS. Uniquement si votre service informatique impose une connexion non chiffrée, confirmez que vous en acceptez le risque.</translation>
    </message>
    <message>
        <source>The server refuses to sign in over an unencrypted connection.</source>
        <translation>Le serveur refuse la connexion sur une liaison non chiffrée.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS or STARTTLS.</source>
        <translation>Choisissez SSL/TLS ou STARTTLS.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Le serveur n’a pas accepté le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>Check the password (capitals count) and, under Advanced, the user name. Careful: after several failures some providers lock the account for a while.</source>
        <translation>Vérifiez le mot de passe (majuscules et minuscules comptent) et, sous «&#xa0;Avancé&#xa0;», le nom d’utilisateur. Attention&#xa0;: après plusieurs échecs, certains fournisseurs bloquent le compte pendant un moment.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in authorisation.</source>
        <translation>Le serveur n’a pas accepté l’autorisation de connexion.</translation>
    </message>
    <message>
        <source>Sign in again with your provider to renew it.</source>
        <translation>Reconnectez-vous avec votre fournisseur pour la renouveler.</translation>
    </message>
    <message>
        <source>{provider} did not accept the password. {provider} asks mail apps such as Wink for an app password, not your usual one.</source>
        <translation>{provider} n’a pas accepté le mot de passe. {provider} demande aux applications de messagerie comme Wink un mot de passe d’application, et non votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>Create an app password in your {provider} account (see the help page), then paste it here.</source>
        <translation>Créez un mot de passe d’application dans votre compte {provider} (voir la page d’aide), puis collez-le ici.</translation>
    </message>
    <message>
        <source>The server on port {port} does not offer STARTTLS, so it cannot be encrypted.</source>
        <translation>Le serveur du port {port} ne propose pas STARTTLS&#xa0;: la connexion ne peut pas être chiffrée.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (usually port {ssl_port}), or check the settings with your provider.</source>
        <translation>Choisissez SSL/TLS (en général le port {ssl_port}), ou vérifiez les paramètres auprès de votre fournisseur.</translation>
    </message>
    <message>
        <source>The server offers no way to sign in that Wink supports.</source>
        <translation>Le serveur ne propose aucun mode de connexion pris en charge par Wink.</translation>
    </message>
    <message>
        <source>Check that this is your provider&apos;s sending server and port; ask your provider which settings mail apps should use.</source>
        <translation>Vérifiez qu’il s’agit bien du serveur et du port d’envoi de votre fournisseur&#xa0;; demandez-lui quels paramètres utiliser pour les applications de messagerie.</translation>
    </message>
    <message>
        <source>The server does not accept sign-in through your provider&apos;s account.</source>
        <translation>Le serveur n’accepte pas la connexion via le compte de votre fournisseur.</translation>
    </message>
    <message>
        <source>Connect this mailbox with a password instead.</source>
        <translation>Connectez plutôt cette boîte mail avec un mot de passe.</translation>
    </message>
    <message>
        <source>The outgoing server cannot send from an address with accented letters.</source>
        <translation>Le serveur sortant ne peut pas envoyer depuis une adresse e-mail contenant des lettres accentuées.</translation>
    </message>
    <message>
        <source>Ask your provider or IT department about SMTPUTF8.</source>
        <translation>Interrogez votre fournisseur ou votre service informatique au sujet de SMTPUTF8.</translation>
    </message>
    <message>
        <source>The server at {host}:{port} did not answer like an {protocol} server.</source>
        <translation>Le serveur {host}:{port} n’a pas répondu comme un serveur {protocol}.</translation>
    </message>
    <message>
        <source>Check the address and the port: the IMAP and SMTP settings may have been swapped.</source>
        <translation>Vérifiez l’adresse et le port&#xa0;: les paramètres IMAP et SMTP ont peut-être été inversés.</translation>
    </message>
    <message>
        <source>The connection to {host} was cut (step: {step}).</source>
        <translation>La connexion à {host} a été coupée (étape&#xa0;: {step}).</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, the server or a firewall is closing the connection.</source>
        <translation>Réessayez. Si cela se reproduit, le serveur ou un pare-feu ferme la connexion.</translation>
    </message>
    <message>
        <source>The server reported a temporary problem.</source>
        <translation>Le serveur signale un problème temporaire.</translation>
    </message>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The outgoing server refused to send the test email.</source>
        <translation>Le serveur sortant a refusé d’envoyer l’e-mail de test.</translation>
    </message>
    <message>
        <source>Your provider may limit sending from this mailbox: check its web mail, or ask your IT department.</source>
        <translation>Votre fournisseur limite peut-être les envois depuis cette boîte mail&#xa0;: vérifiez sa messagerie web, ou interrogez votre service informatique.</translation>
    </message>
    <message>
        <source>The outgoing server accepted the test email, but it did not reach your inbox within {seconds} s.</source>
        <translation>Le serveur sortant a accepté l’e-mail de test, mais il n’est pas arrivé dans votre boîte de réception en {seconds}&#xa0;s.</translation>
    </message>
    <message>
        <source>It may be delayed or filtered as spam: look in your spam folder in a few minutes. If it never arrives, ask your provider why your mail is not delivered.</source>
        <translation>Il est peut-être retardé ou classé comme spam&#xa0;: regardez dans votre dossier de courrier indésirable dans quelques minutes. S’il n’arrive jamais, demandez à votre fournisseur pourquoi vos e-mails ne sont pas distribués.</translation>
    </message>
    <message>
        <source>it is self-signed</source>
        <translation>il est auto-signé</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>il a expiré</translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation>il n’est pas encore valide</translation>
    </message>
    <message>
        <source>it was issued for another server name</source>
        <translation>il a été émis pour un autre nom de serveur</translation>
    </message>
    <message>
        <source>it was issued by an unknown authority</source>
        <translation>il a été émis par une autorité inconnue</translation>
    </message>
    <message>
        <source>it is not the certificate you chose to trust</source>
        <translation>ce n’est pas le certificat auquel vous avez choisi de faire confiance</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>il n’a pas pu être vérifié</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>AOL needs an app password, generated in your AOL account security page.</source>
        <translation>AOL demande un mot de passe d’application, généré sur la page Sécurité de votre compte AOL.</translation>
    </message>
    <message>
        <source>Fastmail needs an app password, created in its settings: your usual password does not work in mail apps.</source>
        <translation>Fastmail demande un mot de passe d’application, créé dans ses réglages&#xa0;: votre mot de passe habituel ne fonctionne pas dans les applications de messagerie.</translation>
    </message>
    <message>
        <source>Allow POP3/IMAP access once in your GMX mail settings, then come back here.</source>
        <translation>Autorisez une fois l’accès POP3/IMAP dans les réglages de votre messagerie GMX, puis revenez ici.</translation>
    </message>
    <message>
        <source>Use “Continue with Google”. To sign in with a password instead, Google asks for an app password (it needs 2-step verification).</source>
        <translation>Utilisez «&#xa0;Continuer avec Google&#xa0;». Pour vous connecter plutôt avec un mot de passe, Google demande un mot de passe d’application (qui nécessite la validation en deux étapes).</translation>
    </message>
    <message>
        <source>This version of Wink Desktop signs in to Gmail with an app password, not your usual Google password. 2-Step Verification must be on first (https://myaccount.google.com/signinoptions/twosv); then create an app password and type it below:</source>
        <translation>Cette version de Wink Desktop se connecte à Gmail avec un mot de passe d’application, et non avec votre mot de passe Google habituel. La validation en deux étapes doit d’abord être activée (https://myaccount.google.com/signinoptions/twosv)&#xa0;; créez ensuite un mot de passe d’application et saisissez-le ci-dessous&#xa0;:</translation>
    </message>
    <message>
        <source>iCloud needs an app-specific password, created in your Apple Account, not your usual password.</source>
        <translation>iCloud demande un mot de passe d’application («&#xa0;mot de passe pour app&#xa0;» chez Apple), créé dans votre compte Apple, et non votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>Sign in with your main La Poste address, not an alias.</source>
        <translation>Connectez-vous avec votre adresse La Poste principale, pas avec un alias.</translation>
    </message>
    <message>
        <source>Mail.ru needs a password for external apps, created in its security settings.</source>
        <translation>Mail.ru demande un mot de passe d’application («&#xa0;mot de passe pour les applications externes&#xa0;»), créé dans ses réglages de sécurité.</translation>
    </message>
    <message>
        <source>Use “Continue with Microsoft”: Microsoft no longer accepts passwords from mail apps.</source>
        <translation>Utilisez «&#xa0;Continuer avec Microsoft&#xa0;»&#xa0;: Microsoft n’accepte plus les mots de passe des applications de messagerie.</translation>
    </message>
    <message>
        <source>Proton Mail works with mail apps only through Proton Mail Bridge (paid plans): install it, sign in, keep it running, and use the ports and the password it shows, not your Proton password. Its certificate is its own: you will be asked to trust it.</source>
        <translation>Proton Mail ne fonctionne avec les applications de messagerie qu’à travers Proton Mail Bridge (offres payantes)&#xa0;: installez-le, connectez-vous, laissez-le ouvert, et utilisez les ports et le mot de passe qu’il affiche, pas votre mot de passe Proton. Son certificat lui est propre&#xa0;: il vous sera demandé de lui faire confiance.</translation>
    </message>
    <message>
        <source>Yahoo needs an app password, generated in your Yahoo account security settings.</source>
        <translation>Yahoo demande un mot de passe d’application, généré dans les réglages de sécurité de votre compte Yahoo.</translation>
    </message>
    <message>
        <source>Turn on access for mail apps (IMAP) in Yandex Mail settings first; with two-step sign-in, use an app password.</source>
        <translation>Activez d’abord l’accès des applications de messagerie (IMAP) dans les réglages de Yandex Mail&#xa0;; avec la connexion en deux étapes, utilisez un mot de passe d’application.</translation>
    </message>
    <message>
        <source>Turn on IMAP access in Zoho Mail settings first; with two-factor authentication, use an app-specific password.</source>
        <translation>Activez d’abord l’accès IMAP dans les réglages de Zoho Mail&#xa0;; avec l’authentification à deux facteurs, utilisez un mot de passe d’application.</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Choose your provider</source>
        <translation>Choisissez votre fournisseur</translation>
    </message>
    <message>
        <source>View all providers</source>
        <translation>Voir tous les fournisseurs</translation>
    </message>
    <message>
        <source>With {first} and {second} you sign in on their own page; Wink never sees your password.</source>
        <translation>Avec {first} et {second}, vous vous connectez sur leur propre page&#xa0;; Wink ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>With {provider} you sign in on its own page; Wink never sees your password.</source>
        <translation>Avec {provider}, vous vous connectez sur sa propre page&#xa0;; Wink ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Pick your provider: Wink fills in the settings it knows and tests them before saving anything.</source>
        <translation>Choisissez votre fournisseur&#xa0;: Wink remplit les réglages qu’il connaît et les teste avant d’enregistrer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Other (IMAP)</source>
        <translation>Autre (IMAP)</translation>
    </message>
    <message>
        <source>Recommended for {email}:</source>
        <translation>Recommandé pour {email}&#xa0;:</translation>
    </message>
    <message>
        <source>Recommended for {email}: {provider}</source>
        <translation>Recommandé pour {email}&#xa0;: {provider}</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Continue with Google</source>
        <extracomment>Every provider, in the order &quot;View all providers&quot; lists them (``providers.toml``). Providers whose sign-in happens in the browser, in the order their buttons are shown.</extracomment>
        <translation>Continuer avec Google</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Se connecter avec Google</translation>
    </message>
    <message>
        <source>Continue with Microsoft</source>
        <translation>Continuer avec Microsoft</translation>
    </message>
    <message>
        <source>Sign in with Outlook</source>
        <translation>Se connecter avec Outlook</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Cannot write to {folder}: {reason}</source>
        <extracomment>Set in the processes the command starts (one per scale): they leave index.json to it.</extracomment>
        <translation>Impossible d’écrire dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Screenshots written to {folder}</source>
        <translation>Captures d’écran écrites dans {folder}</translation>
    </message>
    <message>
        <source>Guide written to {folder}</source>
        <translation>Guide écrit dans {folder}</translation>
    </message>
    <message>
        <source>How to connect my mailbox?</source>
        <translation>Comment connecter ma boîte mail&#xa0;?</translation>
    </message>
    <message>
        <source>Wink Desktop links the mailbox you use with candidates to Wink. Each step below shows the screen you will see.</source>
        <translation>Wink Desktop relie à Wink la boîte mail que vous utilisez avec les candidats. Chaque étape ci-dessous montre l’écran que vous verrez.</translation>
    </message>
    <message>
        <source>Every message, and what to do</source>
        <translation>Chaque message, et que faire</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Open Wink Desktop: the “Mailbox” page says whether a mailbox is connected. “Connect your mailbox” opens the wizard.</source>
        <extracomment>A short introduction per section (English source texts).</extracomment>
        <translation>Ouvrez Wink Desktop&#xa0;: la page «&#xa0;Boîte mail&#xa0;» indique si une boîte mail est connectée. «&#xa0;Connecter sa messagerie&#xa0;» ouvre l’assistant.</translation>
    </message>
    <message>
        <source>The gear at the top right opens Settings. Its “Mailbox” tab offers the same ways in, and once connected, the mailbox&apos;s card and its actions. Below: “Copy the diagnostics”, “Start Wink when I log in” and “About Wink Desktop”.</source>
        <translation>La roue dentée en haut à droite ouvre les Paramètres. Leur onglet «&#xa0;Boîte mail&#xa0;» propose les mêmes accès, puis, une fois connectée, la fiche de la boîte mail et ses actions. En dessous&#xa0;: «&#xa0;Copier le diagnostic&#xa0;», «&#xa0;Lancer Wink au démarrage&#xa0;» et «&#xa0;À propos de Wink Desktop&#xa0;».</translation>
    </message>
    <message>
        <source>Type a Gmail or Google Workspace address and “Continue with Google” appears below it: you sign in on Google&apos;s own page, in your browser, and Wink never sees your password. A copy of Wink without Google sign-in asks for an app password.</source>
        <translation>Saisissez une adresse e-mail Gmail ou Google Workspace et «&#xa0;Continuer avec Google&#xa0;» apparaît juste en dessous&#xa0;: vous vous connectez sur la page de Google, dans votre navigateur, et Wink ne voit jamais votre mot de passe. Une version de Wink sans connexion Google demande un mot de passe d’application.</translation>
    </message>
    <message>
        <source>Outlook, Hotmail and Microsoft 365 addresses get “Continue with Microsoft”: you sign in on Microsoft&apos;s page, in your browser. Some organisations require their administrator&apos;s approval first.</source>
        <translation>Les adresses e-mail Outlook, Hotmail et Microsoft 365 ont «&#xa0;Continuer avec Microsoft&#xa0;»&#xa0;: vous vous connectez sur la page de Microsoft, dans votre navigateur. Certaines organisations exigent d’abord l’approbation de leur administrateur.</translation>
    </message>
    <message>
        <source>For every other service, type your address: once Wink knows your provider, the password field appears, with the provider&apos;s advice (iCloud, Yahoo and AOL need an app password). “Sign in” tests both servers at once; settings Wink could not verify are shown on a form for you to check first. The password is kept in your system&apos;s password storage.</source>
        <translation>Pour tout autre service, saisissez votre adresse e-mail&#xa0;: dès que Wink connaît votre fournisseur, le champ du mot de passe apparaît, avec les conseils du fournisseur (iCloud, Yahoo et AOL demandent un mot de passe d’application). «&#xa0;Se connecter&#xa0;» teste les deux serveurs à la fois&#xa0;; les paramètres que Wink n’a pas pu vérifier vous sont d’abord présentés dans un formulaire. Le mot de passe est conservé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>When a test fails, the message says what went wrong and what to do next. “Copy the diagnostics” puts a report for Wink&apos;s support on the clipboard, with no password in it.</source>
        <translation>Quand un test échoue, le message dit ce qui n’a pas fonctionné et quoi faire ensuite. «&#xa0;Copier le diagnostic&#xa0;» copie dans le presse-papiers un rapport pour le support Wink, sans aucun mot de passe.</translation>
    </message>
    <message>
        <source>When the password changes or the sign-in expires, Wink stops checking and asks you to reconnect: one click, everything else is kept.</source>
        <translation>Quand le mot de passe change ou que la connexion expire, Wink cesse de vérifier et vous propose de vous reconnecter&#xa0;: un clic, tout le reste est conservé.</translation>
    </message>
    <message>
        <source>Disconnecting removes the password or sign-in from this computer. Wink holds one mailbox: connecting another one replaces it.</source>
        <translation>La déconnexion supprime le mot de passe ou la connexion de cet ordinateur. Wink garde une seule boîte mail&#xa0;: en connecter une autre la remplace.</translation>
    </message>
    <message>
        <source>Admins and Super Admins connect a mailbox. Collaborators send emails to candidates with Wink&apos;s own address.</source>
        <translation>Les Admins et Super Admins connectent une boîte mail. Les Collaborateurs envoient leurs e-mails aux candidats avec l’adresse de Wink.</translation>
    </message>
    <message>
        <source>From the “Mailbox” page</source>
        <extracomment>The help article&apos;s sections, in its order: (id, title).</extracomment>
        <translation>Depuis la page «&#xa0;Boîte mail&#xa0;»</translation>
    </message>
    <message>
        <source>From Settings</source>
        <translation>Depuis les Paramètres</translation>
    </message>
    <message>
        <source>Google (Gmail, Google Workspace)</source>
        <translation>Google (Gmail, Google Workspace)</translation>
    </message>
    <message>
        <source>Microsoft (Outlook, Microsoft 365)</source>
        <translation>Microsoft (Outlook, Microsoft 365)</translation>
    </message>
    <message>
        <source>Other services: iCloud, AOL, Yahoo, French providers, IMAP</source>
        <translation>Les autres services&#xa0;: iCloud, AOL, Yahoo, fournisseurs d’accès français, IMAP</translation>
    </message>
    <message>
        <source>What each error means and what to do</source>
        <translation>Ce que veut dire chaque erreur, et que faire</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Disconnecting or replacing the mailbox</source>
        <translation>Déconnecter ou remplacer la boîte mail</translation>
    </message>
    <message>
        <source>Who may connect a mailbox</source>
        <translation>Qui peut connecter une boîte mail</translation>
    </message>
    <message>
        <source>No mailbox connected yet: “Connect your mailbox”.</source>
        <translation>Aucune boîte mail connectée&#xa0;: «&#xa0;Connecter sa messagerie&#xa0;».</translation>
    </message>
    <message>
        <source>Connected: the mailbox&apos;s card and its latest messages.</source>
        <translation>Connectée&#xa0;: la fiche de la boîte mail et ses derniers e-mails.</translation>
    </message>
    <message>
        <source>The connection is being checked.</source>
        <translation>La connexion est en cours de vérification.</translation>
    </message>
    <message>
        <source>Settings → Mailbox: Google, Microsoft, or another service.</source>
        <translation>Paramètres → Boîte mail&#xa0;: Google, Microsoft ou un autre service.</translation>
    </message>
    <message>
        <source>Settings once connected: Test, Send a test email, Replace, Disconnect.</source>
        <translation>Les Paramètres une fois connectée&#xa0;: Tester, Envoyer un e-mail de test, Remplacer, Déconnexion.</translation>
    </message>
    <message>
        <source>Sign in in your browser; “Copy link” if the page did not open.</source>
        <translation>Connectez-vous dans votre navigateur&#xa0;; «&#xa0;Copier le lien&#xa0;» si la page ne s’est pas ouverte.</translation>
    </message>
    <message>
        <source>Access was refused in the browser: try again.</source>
        <translation>L’accès a été refusé dans le navigateur&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>Connected with Google.</source>
        <translation>Connectée avec Google.</translation>
    </message>
    <message>
        <source>Microsoft 365: your organisation&apos;s administrator must approve Wink first (copy the approval link for them).</source>
        <translation>Microsoft 365&#xa0;: l’administrateur de votre organisation doit d’abord approuver Wink (copiez-lui le lien d’approbation).</translation>
    </message>
    <message>
        <source>“Choose another provider” (or “Sign in with another service” in Settings): every provider Wink knows, and “Other (IMAP)”.</source>
        <translation>«&#xa0;Choisir un autre fournisseur&#xa0;» (ou «&#xa0;Se connecter avec un autre service&#xa0;» dans les Paramètres)&#xa0;: tous les fournisseurs que Wink connaît, et «&#xa0;Autre (IMAP)&#xa0;».</translation>
    </message>
    <message>
        <source>The server settings found are filled in and marked as such.</source>
        <translation>Les paramètres des serveurs trouvés sont remplis et signalés comme tels.</translation>
    </message>
    <message>
        <source>Nothing found: you will enter the settings yourself.</source>
        <translation>Rien trouvé&#xa0;: vous saisirez les paramètres vous-même.</translation>
    </message>
    <message>
        <source>Settings from an unverified source: check them, then tick the box.</source>
        <translation>Paramètres venus d’une source non vérifiée&#xa0;: vérifiez-les, puis cochez la case.</translation>
    </message>
    <message>
        <source>Both servers are tested at once, step by step.</source>
        <translation>Les deux serveurs sont testés en même temps, étape par étape.</translation>
    </message>
    <message>
        <source>Both servers answered: the password is being saved.</source>
        <translation>Les deux serveurs ont répondu&#xa0;: le mot de passe est en cours d’enregistrement.</translation>
    </message>
    <message>
        <source>Done: what was connected.</source>
        <translation>Terminé&#xa0;: ce qui a été connecté.</translation>
    </message>
    <message>
        <source>The test email came back: sending and receiving work.</source>
        <translation>L’e-mail de test est revenu&#xa0;: l’envoi et la réception fonctionnent.</translation>
    </message>
    <message>
        <source>A typing mistake is shown next to the form.</source>
        <translation>Une erreur de saisie est signalée sous le formulaire.</translation>
    </message>
    <message>
        <source>The password was refused.</source>
        <translation>Le mot de passe a été refusé.</translation>
    </message>
    <message>
        <source>The provider wants an app password.</source>
        <translation>Le fournisseur demande un mot de passe d’application.</translation>
    </message>
    <message>
        <source>The server name does not exist.</source>
        <translation>Le nom du serveur n’existe pas.</translation>
    </message>
    <message>
        <source>The server refused the connection on that port.</source>
        <translation>Le serveur a refusé la connexion sur ce port.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The certificate&apos;s details; trusting it is your explicit choice.</source>
        <translation>Le détail du certificat&#xa0;; lui faire confiance est votre choix explicite.</translation>
    </message>
    <message>
        <source>The port and the security setting do not match.</source>
        <translation>Le port et le réglage de sécurité ne correspondent pas.</translation>
    </message>
    <message>
        <source>The server offers no encryption.</source>
        <translation>Le serveur ne propose aucun chiffrement.</translation>
    </message>
    <message>
        <source>An unencrypted connection only with your consent.</source>
        <translation>Une connexion non chiffrée seulement avec votre accord.</translation>
    </message>
    <message>
        <source>The server lacks something Wink needs.</source>
        <translation>Il manque au serveur une fonction dont Wink a besoin.</translation>
    </message>
    <message>
        <source>This computer is offline.</source>
        <translation>Cet ordinateur est hors ligne.</translation>
    </message>
    <message>
        <source>No secure password storage on this computer.</source>
        <translation>Aucun trousseau sécurisé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Offline: Wink tries again by itself.</source>
        <translation>Hors ligne&#xa0;: Wink réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The server has a problem: Wink tries again by itself.</source>
        <translation>Le serveur a un problème&#xa0;: Wink réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The password storage is locked: unlock it, then test again.</source>
        <translation>Le trousseau est verrouillé&#xa0;: déverrouillez-le, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>“Copy the diagnostics” after a failure: paste the report into your message to Wink&apos;s support (no password in it).</source>
        <translation>«&#xa0;Copier le diagnostic&#xa0;» après un échec&#xa0;: collez le rapport dans votre message au support Wink (aucun mot de passe n’y figure).</translation>
    </message>
    <message>
        <source>The same, in Settings.</source>
        <translation>La même chose, dans les Paramètres.</translation>
    </message>
    <message>
        <source>The password changed or the sign-in expired: “Reconnect”.</source>
        <translation>Le mot de passe a changé ou la connexion a expiré&#xa0;: «&#xa0;Reconnecter&#xa0;».</translation>
    </message>
    <message>
        <source>The wizard starts with your address; “Choose another provider” lists them all.</source>
        <translation>L’assistant commence par votre adresse e-mail&#xa0;; «&#xa0;Choisir un autre fournisseur&#xa0;» les liste tous.</translation>
    </message>
    <message>
        <source>“Start Wink when I log in”: Wink then waits in the system tray.</source>
        <translation>«&#xa0;Lancer Wink au démarrage&#xa0;»&#xa0;: Wink attend alors dans la zone de notification.</translation>
    </message>
    <message>
        <source>“About Wink Desktop”: the version, and the sign-ins this copy offers.</source>
        <translation>«&#xa0;À propos de Wink Desktop&#xa0;»&#xa0;: la version, et les connexions que cette version propose.</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace address: “Continue with Google”, no password to type.</source>
        <translation>Une adresse e-mail Gmail ou Google Workspace&#xa0;: «&#xa0;Continuer avec Google&#xa0;», aucun mot de passe à saisir.</translation>
    </message>
    <message>
        <source>A copy of Wink without Google sign-in: Gmail with an app password instead.</source>
        <translation>Une version de Wink sans connexion Google&#xa0;: Gmail avec un mot de passe d’application à la place.</translation>
    </message>
    <message>
        <source>A copy of Wink without Microsoft sign-in says so: Microsoft accepts no password.</source>
        <translation>Une version de Wink sans connexion Microsoft le dit&#xa0;: Microsoft n’accepte aucun mot de passe.</translation>
    </message>
    <message>
        <source>The provider is found from the address: type your password, then “Sign in”.</source>
        <translation>Le fournisseur est trouvé à partir de l’adresse e-mail&#xa0;: saisissez votre mot de passe, puis «&#xa0;Se connecter&#xa0;».</translation>
    </message>
    <message>
        <source>A provider&apos;s advice above the password, with its help page (here iCloud&apos;s app password).</source>
        <translation>Le conseil d’un fournisseur au-dessus du mot de passe, avec sa page d’aide (ici le mot de passe d’application d’iCloud).</translation>
    </message>
    <message>
        <source>A provider chosen in the list: its advice above the form (here iCloud).</source>
        <translation>Un fournisseur choisi dans la liste&#xa0;: son conseil au-dessus du formulaire (ici iCloud).</translation>
    </message>
    <message>
        <source>The settings to type, from your provider&apos;s help pages.</source>
        <translation>Les paramètres à saisir, d’après les pages d’aide de votre fournisseur.</translation>
    </message>
    <message>
        <source>Servers guessed from the domain&apos;s name: check them, then “Sign in”.</source>
        <translation>Serveurs déduits du nom de domaine&#xa0;: vérifiez-les, puis «&#xa0;Se connecter&#xa0;».</translation>
    </message>
    <message>
        <source>Reconnecting: only the new password to type.</source>
        <translation>Reconnexion&#xa0;: seul le nouveau mot de passe est à saisir.</translation>
    </message>
    <message>
        <source>Signed in with another account than the one being reconnected.</source>
        <translation>Connexion avec un autre compte que celui à reconnecter.</translation>
    </message>
    <message>
        <source>Disconnecting asks first.</source>
        <translation>La déconnexion demande confirmation.</translation>
    </message>
    <message>
        <source>Connecting another mailbox replaces this one: asked first.</source>
        <translation>Connecter une autre boîte mail remplace celle-ci&#xa0;: confirmation demandée.</translation>
    </message>
    <message>
        <source>Collaborators cannot connect a mailbox; they send with Wink&apos;s address.</source>
        <translation>Les Collaborateurs ne peuvent pas connecter de boîte mail&#xa0;; ils envoient avec l’adresse de Wink.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Aucune (non chiffrée)</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>{protocol} server</source>
        <translation>Serveur {protocol}</translation>
    </message>
    <message>
        <source>{protocol} port</source>
        <translation>Port {protocol}</translation>
    </message>
    <message>
        <source>{protocol} security</source>
        <translation>Sécurité {protocol}</translation>
    </message>
    <message>
        <source>detected automatically</source>
        <translation>détecté automatiquement</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Your mailbox settings</source>
        <translation>Les paramètres de votre boîte mail</translation>
    </message>
    <message>
        <source>Your provider&apos;s help pages list these settings. Values we found are marked.</source>
        <translation>Les pages d’aide de votre fournisseur indiquent ces paramètres. Les valeurs trouvées automatiquement sont signalées.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Same as the email address</source>
        <translation>Identique à l’adresse e-mail</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Confirm these servers and sign in</source>
        <translation>Confirmer ces serveurs et se connecter</translation>
    </message>
    <message>
        <source>“{button}” sends your password to {imap} and {smtp}.</source>
        <translation>«&#xa0;{button}&#xa0;» envoie votre mot de passe à {imap} et à {smtp}.</translation>
    </message>
    <message>
        <source>“{button}” sends your password to {imap}.</source>
        <translation>«&#xa0;{button}&#xa0;» envoie votre mot de passe à {imap}.</translation>
    </message>
    <message>
        <source>Type the current password of {email}. Everything else is kept as it was.</source>
        <translation>Saisissez le mot de passe actuel de {email}. Tout le reste est conservé tel quel.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte mail</translation>
    </message>
    <message>
        <source>Start Wink when I log in</source>
        <translation>Lancer Wink au démarrage</translation>
    </message>
    <message>
        <source>About Wink Desktop</source>
        <translation>À propos de Wink Desktop</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Loading the latest messages…</source>
        <translation>Chargement des derniers messages…</translation>
    </message>
    <message>
        <source>Reconnect to see your latest messages here.</source>
        <translation>Reconnectez-vous pour retrouver ici vos derniers messages.</translation>
    </message>
    <message>
        <source>Wink Desktop could not prepare the connection to your mailbox. Restart it; if this happens again, reinstall it or contact Wink&apos;s support.</source>
        <translation>Wink Desktop n’a pas pu préparer la connexion à votre messagerie. Redémarrez-le&#xa0;; si cela se reproduit, réinstallez-le ou contactez le support de Wink.</translation>
    </message>
    <message>
        <source>Connecting a mailbox is reserved for administrators of your Wink account. You can still send emails to candidates from Wink, with Wink&apos;s own address.</source>
        <translation>La connexion d’une boîte mail est réservée aux administrateurs de votre compte Wink. Vous pouvez toujours envoyer des e-mails aux candidats depuis Wink, avec l’adresse de Wink.</translation>
    </message>
    <message>
        <source>Replace the connected mailbox?</source>
        <translation>Remplacer la boîte mail connectée&#xa0;?</translation>
    </message>
    <message>
        <source>{email} is connected. Connecting another mailbox replaces it.</source>
        <translation>{email} est connectée. Connecter une autre boîte mail la remplacera.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Checking your mailbox…</source>
        <translation>Vérification de votre boîte mail…</translation>
    </message>
    <message>
        <source>Your mailbox works.</source>
        <translation>Votre boîte mail fonctionne.</translation>
    </message>
    <message>
        <source>Disconnect this mailbox?</source>
        <translation>Déconnecter cette boîte mail&#xa0;?</translation>
    </message>
    <message>
        <source>Wink will stop reading and sending from {email}. Its password or sign-in is removed from this computer.</source>
        <translation>Wink cessera de lire et d’envoyer depuis {email}. Son mot de passe (ou son autorisation de connexion) est supprimé de cet ordinateur.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>The mailbox is disconnected; nothing of it is left on this computer.</source>
        <translation>La boîte mail est déconnectée&#xa0;; il n’en reste rien sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You can also remove Wink from the apps of your {provider} account: {url}</source>
        <translation>Vous pouvez aussi retirer Wink des applications de votre compte {provider}&#xa0;: {url}</translation>
    </message>
    <message>
        <source>Your provider could not be notified; you can remove Wink from your account&apos;s security page.</source>
        <translation>Votre fournisseur n’a pas pu être prévenu&#xa0;; vous pouvez retirer Wink depuis la page Sécurité de votre compte.</translation>
    </message>
</context>
<context>
    <name>StartupOption</name>
    <message>
        <source>Wink could not change whether it starts with your session: your settings folder or its autostart folder cannot be written. Check their permissions and free space, then try again.</source>
        <translation>Wink n’a pas pu modifier son lancement au démarrage&#xa0;: votre dossier de réglages ou son dossier de démarrage automatique n’est pas accessible en écriture. Vérifiez leurs droits et l’espace libre, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Find the server</source>
        <translation>Trouver le serveur</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Secure the connection (TLS)</source>
        <translation>Sécuriser la connexion (TLS)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Accueil du serveur</translation>
    </message>
    <message>
        <source>Introduce ourselves (EHLO)</source>
        <translation>Se présenter (EHLO)</translation>
    </message>
    <message>
        <source>Switch to encryption (STARTTLS)</source>
        <translation>Passer au chiffrement (STARTTLS)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>S’identifier</translation>
    </message>
    <message>
        <source>Open the inbox</source>
        <translation>Ouvrir la boîte de réception</translation>
    </message>
    <message>
        <source>Send the test email</source>
        <translation>Envoyer l’e-mail de test</translation>
    </message>
    <message>
        <source>Wait for it in the inbox</source>
        <translation>L’attendre dans la boîte de réception</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Wink Desktop: test email</source>
        <translation>Wink Desktop&#xa0;: e-mail de test</translation>
    </message>
    <message>
        <source>This email was sent by Wink Desktop from your mailbox to itself, to check that it can send and receive. You can delete it.</source>
        <translation>Cet e-mail a été envoyé par Wink Desktop de votre boîte mail à elle-même, pour vérifier qu’elle peut envoyer et recevoir. Vous pouvez le supprimer.</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Testing your mailbox</source>
        <translation>Test de votre boîte mail</translation>
    </message>
    <message>
        <source>Wink signs in to both servers. Nothing is sent.</source>
        <translation>Wink se connecte aux deux serveurs. Rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Incoming (IMAP)</source>
        <translation>Entrant (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing (SMTP)</source>
        <translation>Sortant (SMTP)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>View the certificate…</source>
        <translation>Voir le certificat…</translation>
    </message>
    <message>
        <source>Use an unencrypted connection…</source>
        <translation>Utiliser une connexion non chiffrée…</translation>
    </message>
    <message>
        <source>Open the help page</source>
        <translation>Ouvrir la page d’aide</translation>
    </message>
    <message>
        <source>Test in progress</source>
        <translation>Test en cours</translation>
    </message>
    <message>
        <source>Current step: {seconds} s</source>
        <translation>Étape en cours&#xa0;: {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>{step}: done</source>
        <translation>{step}&#xa0;: réussi</translation>
    </message>
    <message>
        <source>{step}: failed</source>
        <translation>{step}&#xa0;: échoué</translation>
    </message>
    <message>
        <source>{server}: {problem}</source>
        <translation>{server}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open Wink</source>
        <translation>Ouvrir Wink</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Wink — mailbox connected</source>
        <translation>Wink — boîte mail connectée</translation>
    </message>
    <message>
        <source>Wink — mailbox to reconnect</source>
        <translation>Wink — boîte mail à reconnecter</translation>
    </message>
    <message>
        <source>Wink — password storage locked</source>
        <translation>Wink — trousseau du système verrouillé</translation>
    </message>
    <message>
        <source>Wink — no mailbox connected</source>
        <translation>Wink — aucune boîte mail connectée</translation>
    </message>
    <message>
        <source>Wink — {state}</source>
        <translation>Wink — {state}</translation>
    </message>
    <message>
        <source>Wink keeps running in the tray to watch your mailbox. To quit it, choose Quit in the menu of its icon.</source>
        <translation>Wink reste actif dans la zone de notification pour surveiller votre boîte mail. Pour le quitter, choisissez «&#xa0;Quitter&#xa0;» dans le menu de son icône.</translation>
    </message>
    <message>
        <source>Wink is still running</source>
        <translation>Wink est toujours actif</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d’aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>interdit avec l’argument %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue&#xa0;: %s</translation>
    </message>
    <message>
        <source>%(prog)s: %(message)s</source>
        <translation>%(prog)s&#xa0;: %(message)s</translation>
    </message>
</context>
</TS>
