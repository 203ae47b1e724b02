<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <source>Connect your mailbox to Wink. Without a command, opens the app.</source>
        <translation>Connectez votre boîte mail à Wink. Sans commande, ouvre l&apos;application.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad arguments. Secrets are only ever read from standard input, never from arguments.</source>
        <translation>Codes de sortie : 0 réussite, 1 l&apos;opération a échoué, 2 arguments incorrects. Les secrets ne sont lus que sur l&apos;entrée standard, jamais dans les arguments.</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>affiche la version et quitte</translation>
    </message>
    <message>
        <source>language of the windows and messages (default: the system&apos;s)</source>
        <translation>langue des fenêtres et des messages (par défaut : celle du système)</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>open the app (the default)</source>
        <translation>ouvre l&apos;application (par défaut)</translation>
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
        <source>Settings</source>
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
        <source>Passwords and tokens are kept only in the system keyring.</source>
        <translation>Les mots de passe et les jetons sont conservés uniquement dans le trousseau du système.</translation>
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
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
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
        <translation>Réessayez ; si le problème persiste, contactez le support Wink.</translation>
    </message>
    <message>
        <source>Wink Desktop found no secure password storage (keyring) on this computer.</source>
        <translation>Wink Desktop n&apos;a trouvé aucun stockage sécurisé des mots de passe (trousseau) sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Unlock or install your system keyring (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager), then try again. Nothing was saved.</source>
        <translation>Déverrouillez ou installez le trousseau de votre système (GNOME Keyring, KWallet, Trousseau macOS ou Gestionnaire d&apos;identification Windows), puis réessayez. Rien n&apos;a été enregistré.</translation>
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
        <translation>Connectez votre messagerie pour retrouver tous vos échanges avec les candidats dans Wink et leur envoyer des emails personnalisés depuis votre propre adresse.</translation>
    </message>
    <message>
        <source>Connect your mailbox</source>
        <translation>Connecter sa messagerie</translation>
    </message>
</context>
<context>
    <name>MailboxSettingsTab</name>
    <message>
        <source>Your mailbox</source>
        <translation>Votre boîte mail</translation>
    </message>
    <message>
        <source>Connect the mailbox you use with candidates. Wink never sees your password when you sign in with Google or Microsoft.</source>
        <translation>Connectez la boîte mail que vous utilisez avec les candidats. Avec Google ou Microsoft, Wink ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Se connecter avec Google</translation>
    </message>
    <message>
        <source>Sign in with Outlook</source>
        <translation>Se connecter avec Outlook</translation>
    </message>
    <message>
        <source>Sign in with another service</source>
        <translation>Se connecter avec un autre service</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>État : {state}</translation>
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
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
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
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Connecting a mailbox is not available in this preview yet. It comes with the next update of Wink Desktop.</source>
        <translation>La connexion d&apos;une boîte mail n&apos;est pas encore disponible dans cette préversion. Elle arrive avec la prochaine mise à jour de Wink Desktop.</translation>
    </message>
</context>
</TS>
