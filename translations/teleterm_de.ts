<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppShell</name>
    <message>
        <source>Log in to %1 again to go on.</source>
        <translation>Melden Sie sich erneut bei %1 an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your session on %1 has expired. Log in again to go on.</source>
        <translation>Ihre Sitzung bei %1 ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Insecure mode: proxies&apos; TLS certificates and host names are not verified. Use it only with development clusters.</source>
        <translation>Unsicherer Modus: TLS-Zertifikate und Hostnamen der Proxys werden nicht überprüft. Verwenden Sie ihn nur mit Entwicklungsclustern.</translation>
    </message>
    <message>
        <source>--insecure has no effect: a daemon that verifies certificates was already running (pid %1). Stop it to start one in insecure mode.</source>
        <translation>--insecure ist wirkungslos: Es lief bereits ein Daemon, der Zertifikate überprüft (PID %1). Beenden Sie ihn, um einen im unsicheren Modus zu starten.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ApplyField</name>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>%1 übernehmen</translation>
    </message>
</context>
<context>
    <name>ClusterDelegate</name>
    <message>
        <source>offline: trying again</source>
        <translation>offline: neuer Versuch folgt</translation>
    </message>
    <message>
        <source>leaf cluster</source>
        <translation>Leaf-Cluster</translation>
    </message>
    <message>
        <source>session expired: log in again</source>
        <translation>Sitzung abgelaufen: erneut anmelden</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Hide the servers and databases of %1</source>
        <translation>Server und Datenbanken von %1 ausblenden</translation>
    </message>
    <message>
        <source>Show the servers and databases of %1</source>
        <translation>Server und Datenbanken von %1 anzeigen</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Remove cluster</source>
        <translation>Cluster entfernen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Green: logged in; amber: the session expired or the cluster does not answer; a hollow ring: not logged in</source>
        <translation>Grün: angemeldet; gelb: die Sitzung ist abgelaufen oder der Cluster antwortet nicht; leerer Ring: nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>ClusterTree</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>All servers…</source>
        <translation>Alle Server…</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>All databases…</source>
        <translation>Alle Datenbanken…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Derzeit nicht verfügbar</translation>
    </message>
    <message>
        <source>None you can reach</source>
        <translation>Keine für Sie zugänglich</translation>
    </message>
</context>
<context>
    <name>DaemonStatus</name>
    <message>
        <source>Socket: %1
Log: %2</source>
        <translation>Socket: %1
Protokoll: %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Green: connected to the daemon; amber: starting it; red: it failed</source>
        <translation>Grün: mit dem Daemon verbunden; gelb: er wird gestartet; rot: er ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DocumentArea</name>
    <message>
        <source>Connect again</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Erneut starten</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DocumentTabBar</name>
    <message>
        <source>New tab</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <source>New terminal</source>
        <translation>Neues Terminal</translation>
    </message>
    <message>
        <source>New tab (%1)</source>
        <translation>Neuer Tab (%1)</translation>
    </message>
    <message>
        <source>New terminal (%1)</source>
        <translation>Neues Terminal (%1)</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabs</translation>
    </message>
</context>
<context>
    <name>DocumentTabDelegate</name>
    <message>
        <source>%1 (wants attention)</source>
        <translation>%1 (erfordert Aufmerksamkeit)</translation>
    </message>
    <message>
        <source>Wants attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Close tab %1</source>
        <translation>Tab %1 schließen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close Others</source>
        <translation>Andere Tabs schließen</translation>
    </message>
    <message>
        <source>Close to the Right</source>
        <translation>Tabs rechts schließen</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Nach links verschieben</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <source>The terminal in this tab rang its bell while in the background</source>
        <translation>Das Terminal in diesem Tab hat im Hintergrund geklingelt</translation>
    </message>
</context>
<context>
    <name>EmptyTabsPage</name>
    <message>
        <source>No tabs open</source>
        <translation>Keine Tabs geöffnet</translation>
    </message>
    <message>
        <source>Open a new tab (%1)</source>
        <translation>Neuen Tab öffnen (%1)</translation>
    </message>
    <message>
        <source>Open a new tab</source>
        <translation>Neuen Tab öffnen</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>expires in less than a minute</source>
        <translation>läuft in weniger als einer Minute ab</translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln minute(s)</source>
        <translation>
            <numerusform>läuft in %Ln Minute ab</numerusform>
            <numerusform>läuft in %Ln Minuten ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln hour(s)</source>
        <translation>
            <numerusform>läuft in %Ln Stunde ab</numerusform>
            <numerusform>läuft in %Ln Stunden ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln day(s)</source>
        <translation>
            <numerusform>läuft in %Ln Tag ab</numerusform>
            <numerusform>läuft in %Ln Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>gerade abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln minute(s) ago</source>
        <translation>
            <numerusform>vor %Ln Minute abgelaufen</numerusform>
            <numerusform>vor %Ln Minuten abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde abgelaufen</numerusform>
            <numerusform>vor %Ln Stunden abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag abgelaufen</numerusform>
            <numerusform>vor %Ln Tagen abgelaufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayDelegate</name>
    <message numerus="yes">
        <source>%Ln open</source>
        <comment>connections open through a gateway</comment>
        <translation>
            <numerusform>%Ln offen</numerusform>
            <numerusform>%Ln offen</numerusform>
        </translation>
    </message>
    <message>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <source>log in again</source>
        <comment>a gateway waits for the user to log in</comment>
        <translation>erneut anmelden</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>lauscht nicht</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>Gateway to %1 as %2 on %3, %4</source>
        <translation>Gateway zu %1 als %2 auf %3, %4</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Close gateway</source>
        <translation>Gateway schließen</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Database gateway · %1 · %2 as %3</source>
        <translation>Datenbank-Gateway · %1 · %2 als %3</translation>
    </message>
    <message>
        <source>Database gateway · %1 as %2</source>
        <translation>Datenbank-Gateway · %1 als %2</translation>
    </message>
    <message>
        <source>This gateway is gone: it was closed, or the daemon no longer has it.</source>
        <translation>Dieses Gateway existiert nicht mehr: Es wurde geschlossen oder der Daemon verwaltet es nicht mehr.</translation>
    </message>
    <message>
        <source>Create it on another port</source>
        <translation>Auf einem anderen Port erstellen</translation>
    </message>
    <message>
        <source>Create it again on port %1</source>
        <translation>Erneut auf Port %1 erstellen</translation>
    </message>
    <message>
        <source>Create it again</source>
        <translation>Erneut erstellen</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation>Lauscht auf %1:%2</translation>
    </message>
    <message>
        <source>A connection waits for you to log in to %1 again</source>
        <translation>Eine Verbindung wartet darauf, dass Sie sich erneut bei %1 anmelden</translation>
    </message>
    <message>
        <source>Not listening on %1:%2</source>
        <translation>Lauscht nicht auf %1:%2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) open</source>
        <translation>
            <numerusform>%Ln Verbindung offen</numerusform>
            <numerusform>%Ln Verbindungen offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in total</source>
        <translation>
            <numerusform>%Ln insgesamt</numerusform>
            <numerusform>%Ln insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error, at %1: %2</source>
        <translation>Letzter Fehler (%1): %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>the server&apos;s default</source>
        <translation>Standard des Servers</translation>
    </message>
    <message>
        <source>Connect with</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>Open in terminal</source>
        <translation>Im Terminal öffnen</translation>
    </message>
    <message>
        <source>Close gateway</source>
        <translation>Gateway schließen</translation>
    </message>
    <message>
        <source>Close the gateway to %1</source>
        <translation>Gateway zu %1 schließen</translation>
    </message>
    <message>
        <source>certificate %1 (%2)</source>
        <translation>Zertifikat %1 (%2)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
</context>
<context>
    <name>GatewayStateDot</name>
    <message>
        <source>Listening</source>
        <translation>Lauscht</translation>
    </message>
    <message>
        <source>Waiting for a login</source>
        <translation>Wartet auf eine Anmeldung</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Lauscht nicht</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Green: listening; amber: a connection waits for a login; red: not listening; a hollow ring: starting</source>
        <translation>Grün: lauscht; gelb: eine Verbindung wartet auf eine Anmeldung; rot: lauscht nicht; leerer Ring: wird gestartet</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>Stop filtering by %1</source>
        <translation>Nicht mehr nach %1 filtern</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Teleterm</source>
        <translation>Teleterm</translation>
    </message>
</context>
<context>
    <name>ProxyAddress</name>
    <message>
        <source>Enter the address of your Teleport proxy, such as teleport.example.com</source>
        <translation>Geben Sie die Adresse Ihres Teleport-Proxys ein, z. B. teleport.example.com</translation>
    </message>
    <message>
        <source>Teleport proxies speak HTTPS; &quot;%1://&quot; cannot be used</source>
        <translation>Teleport-Proxys verwenden HTTPS; „%1://“ ist nicht möglich</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host and port, without a path</source>
        <translation>Geben Sie nur Host und Port des Proxys ein, ohne Pfad</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s address without a user name; you log in on the next step</source>
        <translation>Geben Sie die Adresse des Proxys ohne Benutzernamen ein; die Anmeldung folgt im nächsten Schritt</translation>
    </message>
    <message>
        <source>The IPv6 address has no closing bracket</source>
        <translation>Der IPv6-Adresse fehlt die schließende Klammer</translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address</source>
        <translation>Unerwarteter Text nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>Put an IPv6 address in brackets, as in [%1]:443</source>
        <translation>Setzen Sie eine IPv6-Adresse in eckige Klammern, z. B. [%1]:443</translation>
    </message>
    <message>
        <source>A port number must follow the colon</source>
        <translation>Nach dem Doppelpunkt muss eine Portnummer folgen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>„%1“ ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
</context>
<context>
    <name>ResourceDelegate</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
</context>
<context>
    <name>ResourceMenu</name>
    <message>
        <source>Asking the cluster…</source>
        <translation>Cluster wird abgefragt…</translation>
    </message>
    <message>
        <source>Your roles allow no database user here</source>
        <translation>Ihre Rollen erlauben hier keinen Datenbankbenutzer</translation>
    </message>
    <message>
        <source>Connect as %1</source>
        <translation>Als %1 verbinden</translation>
    </message>
    <message>
        <source>Another user…</source>
        <translation>Anderer Benutzer…</translation>
    </message>
    <message>
        <source>Stop filtering by %1</source>
        <translation>Nicht mehr nach %1 filtern</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Connect to %1 as which database user?</source>
        <translation>Als welcher Datenbankbenutzer möchten Sie sich mit %1 verbinden?</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>%1: the session of %2 has expired</source>
        <translation>%1: Die Sitzung von %2 ist abgelaufen</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Search %1 by name, address or label</source>
        <translation>%1 nach Name, Adresse oder Label durchsuchen</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>Ressourcen durchsuchen</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Nach Typ</translation>
    </message>
    <message>
        <source>By address</source>
        <translation>Nach Adresse</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Descending; sort ascending</source>
        <translation>Absteigend; aufsteigend sortieren</translation>
    </message>
    <message>
        <source>Ascending; sort descending</source>
        <translation>Aufsteigend; absteigend sortieren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Filtered by</source>
        <translation>Gefiltert nach</translation>
    </message>
    <message>
        <source>Log in to %1 to see its servers, databases, Kubernetes clusters and apps.</source>
        <translation>Melden Sie sich bei %1 an, um die Server, Datenbanken, Kubernetes-Cluster und Anwendungen dieses Clusters zu sehen.</translation>
    </message>
    <message>
        <source>Offline: %1. Showing what was listed at %2; trying again by itself.</source>
        <translation>Offline: %1. Angezeigt wird der Stand von %2; ein neuer Versuch erfolgt automatisch.</translation>
    </message>
    <message>
        <source>Offline: %1. Trying again by itself.</source>
        <translation>Offline: %1. Ein neuer Versuch erfolgt automatisch.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>The gateway could not be opened: %1</source>
        <translation>Das Gateway konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Opening a gateway…</source>
        <translation>Gateway wird geöffnet…</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln Ressource</numerusform>
            <numerusform>%Ln Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown; scroll for more</source>
        <translation>
            <numerusform>%Ln angezeigt; für weitere scrollen</numerusform>
            <numerusform>%Ln angezeigt; für weitere scrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as %2 · roles: %3 · session %4 (%5)</source>
        <translation>%1 als %2 · Rollen: %3 · Sitzung %4 (%5)</translation>
    </message>
    <message>
        <source>Log out of %1</source>
        <translation>Von %1 abmelden</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Kinds of resources</source>
        <translation>Arten von Ressourcen</translation>
    </message>
    <message>
        <source>Resources of %1</source>
        <translation>Ressourcen von %1</translation>
    </message>
</context>
<context>
    <name>RpcError</name>
    <message>
        <source>Nothing answers at %1.</source>
        <translation>Unter %1 ist nichts erreichbar.</translation>
    </message>
    <message>
        <source>No answer in time from %1.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request failed (gRPC status %1).</source>
        <translation>Die Anfrage ist fehlgeschlagen (gRPC-Status %1).</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>cannot create a temporary file beside %1: %2</source>
        <translation>neben %1 kann keine temporäre Datei erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot open log file %1</source>
        <translation>Protokolldatei %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot open lock file %1: %2</source>
        <translation>Sperrdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>another process (pid %1) holds %2</source>
        <translation>%2 ist von einem anderen Prozess (PID %1) gesperrt</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>cannot record pid in %1</source>
        <translation>PID kann nicht in %1 eingetragen werden</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 exists but is not a directory (a symlink or a file is never trusted here)</source>
        <translation>%1 existiert, ist aber kein Verzeichnis (einem symbolischen Link oder einer Datei wird hier nie vertraut)</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2); refusing to put private sockets there</source>
        <translation>%1 gehört einem anderen Benutzer (UID %2); private Sockets werden dort nicht abgelegt</translation>
    </message>
    <message>
        <source>cannot make %1 private (mode 0700): %2</source>
        <translation>Zugriff auf %1 kann nicht auf den Eigentümer beschränkt werden (Modus 0700): %2</translation>
    </message>
    <message>
        <source>the proxy at %1 does not serve %2</source>
        <translation>der Proxy unter %1 unterstützt %2 nicht</translation>
    </message>
    <message>
        <source>cannot make a socket pair</source>
        <translation>Socket-Paar kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the socket path %1 is longer than a Unix socket address allows (%2 bytes); set XDG_RUNTIME_DIR to a shorter directory</source>
        <translation>der Socket-Pfad %1 ist länger, als eine Unix-Socket-Adresse erlaubt (%2 Bytes); setzen Sie XDG_RUNTIME_DIR auf ein Verzeichnis mit kürzerem Pfad</translation>
    </message>
    <message>
        <source>another instance (pid %1) is already serving %2</source>
        <translation>eine andere Instanz (PID %1) lauscht bereits auf %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a socket; move it away</source>
        <translation>%1 existiert, ist aber kein Socket; verschieben Sie es an einen anderen Ort</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>auf %1 kann nicht gelauscht werden</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>Zugriff auf %1 kann nicht auf den Eigentümer beschränkt werden: %2</translation>
    </message>
    <message>
        <source>no host is named %1</source>
        <translation>kein Host mit dem Namen %1 gefunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the proxy at %1 did not answer in time</source>
        <translation>der Proxy unter %1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>nothing accepts connections at %1</source>
        <translation>unter %1 werden keine Verbindungen angenommen</translation>
    </message>
    <message>
        <source>the certificate or key cannot be read: %1</source>
        <translation>Zertifikat oder Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the proxy at %1 did not finish the TLS handshake in time</source>
        <translation>der Proxy unter %1 hat den TLS-Handshake nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>the proxy&apos;s certificate for %1 is not trusted: %2</source>
        <translation>das Zertifikat des Proxys für %1 ist nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>the proxy at %1 refused the connection: %2</source>
        <translation>der Proxy unter %1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>the proxy at %1 serves none of the protocols offered</source>
        <translation>der Proxy unter %1 unterstützt keines der angebotenen Protokolle</translation>
    </message>
    <message>
        <source>%1 (trust the CA that signed it with --ca-file, or use --insecure only for a development proxy you trust)</source>
        <translation>%1 (geben Sie die CA, die es signiert hat, mit --ca-file als vertrauenswürdig an, oder verwenden Sie --insecure nur für einen Entwicklungs-Proxy, dem Sie vertrauen)</translation>
    </message>
    <message>
        <source>the cluster %1 did not answer (%2)</source>
        <translation>der Cluster %1 hat nicht geantwortet (%2)</translation>
    </message>
    <message>
        <source>the cluster %1 did not answer in time</source>
        <translation>der Cluster %1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cluster URI (/clusters/PROXY_HOST[/leaves/LEAF])</source>
        <translation>„%1“ ist keine Cluster-URI (/clusters/PROXY_HOST[/leaves/LEAF])</translation>
    </message>
    <message>
        <source>no cluster %1: %2</source>
        <translation>Cluster %1 nicht gefunden: %2</translation>
    </message>
    <message>
        <source>not logged in to %1: log in first</source>
        <translation>nicht bei %1 angemeldet: melden Sie sich zuerst an</translation>
    </message>
    <message>
        <source>the certificate of %1 for %2 expired at %3: log in again</source>
        <translation>das Zertifikat von %1 für %2 ist am %3 abgelaufen: melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>the certificate in the profile cannot be read</source>
        <translation>das Zertifikat im Profil kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write the profile: %1</source>
        <translation>das Profil kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>log in to the root cluster %1; its leaves come with it</source>
        <translation>melden Sie sich beim Root-Cluster %1 an; die Anmeldung gilt auch für seine Leaf-Cluster</translation>
    </message>
    <message>
        <source>no user name given</source>
        <translation>kein Benutzername angegeben</translation>
    </message>
    <message>
        <source>%1 does not allow local users to log in (it uses %2)</source>
        <translation>%1 erlaubt keine Anmeldung lokaler Benutzer (dort wird %2 verwendet)</translation>
    </message>
    <message>
        <source>%1 asks for a one-time code from your authenticator app</source>
        <translation>%1 verlangt einen Einmalcode aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>logged in, but cannot write the profile: %1</source>
        <translation>angemeldet, aber das Profil kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot remove the keys of %1: %2</source>
        <translation>die Schlüssel von %1 können nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>the proxy of %1 does not route TLS by ALPN; Teleterm needs a proxy with TLS routing</source>
        <translation>der Proxy von %1 leitet TLS nicht per ALPN weiter; Teleterm benötigt einen Proxy mit TLS-Routing</translation>
    </message>
    <message>
        <source>cancelled by the caller</source>
        <translation>vom Aufrufer abgebrochen</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (server, database, kube, app)</source>
        <translation>unbekannter Typ „%1“ (server, database, kube, app)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URI</source>
        <translation>„%1“ ist keine Datenbank-URI</translation>
    </message>
    <message>
        <source>no database %1 in %2</source>
        <translation>Datenbank %1 in %2 nicht gefunden</translation>
    </message>
    <message>
        <source>the auth server of %1 answered without a certificate</source>
        <translation>der Auth-Server von %1 hat ohne Zertifikat geantwortet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number: choose one from 1024 to 65535, or 0 for any free port</source>
        <translation>„%1“ ist keine Portnummer: wählen Sie eine von 1024 bis 65535 oder 0 für einen beliebigen freien Port</translation>
    </message>
    <message>
        <source>port %1 is below 1024, where only the system may listen: choose one from 1024 to 65535, or 0 for any free port</source>
        <translation>Port %1 liegt unter 1024, wo nur das System lauschen darf: wählen Sie einen von 1024 bis 65535 oder 0 für einen beliebigen freien Port</translation>
    </message>
    <message>
        <source>cannot make a socket: %1</source>
        <translation>Socket kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>port %1 on 127.0.0.1 is in use by another program: choose another, or 0 for any free port</source>
        <translation>Port %1 auf 127.0.0.1 wird von einem anderen Programm verwendet: wählen Sie einen anderen oder 0 für einen beliebigen freien Port</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>auf 127.0.0.1:%1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>the database certificate cannot be used: %1</source>
        <translation>das Datenbankzertifikat kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>A connection to %1 through 127.0.0.1:%2 waits for you to log in again: %3</source>
        <translation>Eine Verbindung zu %1 über 127.0.0.1:%2 wartet darauf, dass Sie sich erneut anmelden: %3</translation>
    </message>
    <message>
        <source>the gateway was closed</source>
        <translation>das Gateway wurde geschlossen</translation>
    </message>
    <message>
        <source>you did not log in to the cluster again in time: %1</source>
        <translation>Sie haben sich nicht rechtzeitig erneut beim Cluster angemeldet: %1</translation>
    </message>
    <message>
        <source>no database certificate: %1</source>
        <translation>kein Datenbankzertifikat: %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1 through 127.0.0.1:%2: %3</source>
        <translation>Keine Verbindung zu %1 über 127.0.0.1:%2 möglich: %3</translation>
    </message>
    <message>
        <source>more than %1 connections at once: a new one was closed</source>
        <translation>mehr als %1 gleichzeitige Verbindungen: eine neue wurde geschlossen</translation>
    </message>
    <message>
        <source>cannot reach the database through the proxy at %1: %2</source>
        <translation>die Datenbank ist über den Proxy unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URI (/clusters/PROXY_HOST[/leaves/LEAF]/dbs/NAME)</source>
        <translation>„%1“ ist keine Datenbank-URI (/clusters/PROXY_HOST[/leaves/LEAF]/dbs/NAME)</translation>
    </message>
    <message>
        <source>a gateway needs a database user</source>
        <translation>ein Gateway benötigt einen Datenbankbenutzer</translation>
    </message>
    <message>
        <source>a gateway to %1 as %2 exists already, at 127.0.0.1:%3</source>
        <translation>ein Gateway zu %1 als %2 existiert bereits unter 127.0.0.1:%3</translation>
    </message>
    <message>
        <source>your roles allow no database user on %1</source>
        <translation>Ihre Rollen erlauben keinen Datenbankbenutzer auf %1</translation>
    </message>
    <message>
        <source>your roles do not allow the database user &quot;%1&quot; on %2; they allow %3</source>
        <translation>Ihre Rollen erlauben den Datenbankbenutzer „%1“ auf %2 nicht; sie erlauben %3</translation>
    </message>
    <message>
        <source>a gateway to %1 as %2 was made at the same moment</source>
        <translation>ein Gateway zu %1 als %2 wurde im selben Moment erstellt</translation>
    </message>
    <message>
        <source>no gateway %1</source>
        <translation>Gateway %1 nicht gefunden</translation>
    </message>
    <message>
        <source>cannot generate a key: %1</source>
        <translation>Schlüssel kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>cannot encode the new key</source>
        <translation>der neue Schlüssel kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>it is longer than 200 characters</source>
        <translation>er ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>it contains &quot;..&quot;</source>
        <translation>er enthält „..“</translation>
    </message>
    <message>
        <source>it contains &apos;/&apos;</source>
        <translation>er enthält „/“</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>er enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>it contains white space or a control character</source>
        <translation>er enthält ein Leer- oder Steuerzeichen</translation>
    </message>
    <message>
        <source>refusing the %1 %2: %3</source>
        <translation>%1 %2 wird abgelehnt: %3</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation>Clustername</translation>
    </message>
    <message>
        <source>cannot use the directory %1: %2</source>
        <translation>das Verzeichnis %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation>das Verzeichnis %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot inspect the directory %1: %2</source>
        <translation>das Verzeichnis %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>refusing %1: it is a symlink that another user (uid %2) owns</source>
        <translation>%1 wird abgelehnt: es handelt sich um einen symbolischen Link, der einem anderen Benutzer (UID %2) gehört</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>refusing %1: the directory belongs to another user (uid %2)</source>
        <translation>%1 wird abgelehnt: das Verzeichnis gehört einem anderen Benutzer (UID %2)</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: it is larger than %2 bytes</source>
        <translation>%1 kann nicht gelesen werden: die Datei ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source> (%1 at line %2)</source>
        <translation> (%1 in Zeile %2)</translation>
    </message>
    <message>
        <source>cannot write the value %1</source>
        <translation>der Wert %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the value of %1 in otherKeys is not one YAML value: %2</source>
        <translation>der Wert von %1 in otherKeys ist nicht genau ein YAML-Wert: %2</translation>
    </message>
    <message>
        <source>it uses an alias</source>
        <translation>er verwendet einen Alias</translation>
    </message>
    <message>
        <source>it holds more than one value</source>
        <translation>er enthält mehr als einen Wert</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>a profile is a mapping of keys to values, and this is not one</source>
        <translation>ein Profil ist eine Zuordnung von Schlüsseln zu Werten, und dies ist keine</translation>
    </message>
    <message>
        <source>a key that is not a string</source>
        <translation>ein Schlüssel, der keine Zeichenkette ist</translation>
    </message>
    <message>
        <source>the key %1 appears twice</source>
        <translation>der Schlüssel %1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>YAML aliases are not supported in a profile</source>
        <translation>YAML-Aliasse werden in einem Profil nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 must be a single value, not a list or a mapping</source>
        <translation>%1 muss ein einzelner Wert sein, keine Liste oder Zuordnung</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <source>a profile is one YAML document, and a second one starts here</source>
        <translation>ein Profil ist ein einziges YAML-Dokument, und hier beginnt ein zweites</translation>
    </message>
    <message>
        <source>%1 has no web_proxy_addr</source>
        <translation>in %1 fehlt web_proxy_addr</translation>
    </message>
    <message>
        <source>cannot write the profile %1: %2</source>
        <translation>das Profil %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>refusing the %1 %2: it contains %3, which known_hosts reads as a pattern</source>
        <translation>%1 %2 wird abgelehnt: er enthält das Zeichen „%3“, das known_hosts als Muster interpretiert</translation>
    </message>
    <message>
        <source>there is no profile %1 (%2 does not exist)</source>
        <translation>es gibt kein Profil %1 (%2 existiert nicht)</translation>
    </message>
    <message>
        <source>cannot save the profile %1: it has no web proxy address</source>
        <translation>das Profil %1 kann nicht gespeichert werden: es enthält keine Web-Proxy-Adresse</translation>
    </message>
    <message>
        <source>cannot save the profile %1: tsh names a profile after its web proxy&apos;s host, and that is %2</source>
        <translation>das Profil %1 kann nicht gespeichert werden: tsh benennt ein Profil nach dem Host seines Web-Proxys, und dieser lautet %2</translation>
    </message>
    <message>
        <source>cannot save the profile %1: otherKeys holds %2, which is empty, a Profile field or there twice</source>
        <translation>das Profil %1 kann nicht gespeichert werden: otherKeys enthält den Schlüssel %2, der leer ist, einem Feld von Profile entspricht oder doppelt vorkommt</translation>
    </message>
    <message>
        <source>CA&apos;s cluster name</source>
        <translation>CA-Clustername</translation>
    </message>
    <message>
        <source>the SSH private key</source>
        <translation>privater SSH-Schlüssel</translation>
    </message>
    <message>
        <source>the SSH public key</source>
        <translation>öffentlicher SSH-Schlüssel</translation>
    </message>
    <message>
        <source>the SSH certificate</source>
        <translation>SSH-Zertifikat</translation>
    </message>
    <message>
        <source>the TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>cannot save the keys of %1: %2 missing</source>
        <translation>die Schlüssel von %1 können nicht gespeichert werden, da Folgendes fehlt: %2</translation>
    </message>
    <message>
        <source>there are no keys for the profile %1 (%2 does not exist): log in again</source>
        <translation>für das Profil %1 gibt es keine Schlüssel (%2 existiert nicht): melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>the keys of %1@%2 are incomplete, log in again; missing: %3</source>
        <translation>die Schlüssel von %1@%2 sind unvollständig, melden Sie sich erneut an; Folgendes fehlt: %3</translation>
    </message>
    <message>
        <source>proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>cannot trust the host CA of %1: a key is not one authorized_keys line (&quot;TYPE BASE64&quot;)</source>
        <translation>der Host-CA von %1 kann nicht vertraut werden: ein Schlüssel ist keine einzelne authorized_keys-Zeile („TYPE BASE64“)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>another program holds it</source>
        <translation>ein anderes Programm hält die Sperre</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>cannot save the certificate for the database %1: it is empty</source>
        <translation>das Zertifikat für die Datenbank %1 kann nicht gespeichert werden: es ist leer</translation>
    </message>
    <message>
        <source>the proxy at %1 answered %2 to %3</source>
        <translation>der Proxy unter %1 hat auf %3 mit %2 geantwortet</translation>
    </message>
    <message>
        <source>the server at %1 does not look like a Teleport proxy (%2 answered %3)</source>
        <translation>der Server unter %1 scheint kein Teleport-Proxy zu sein (%2 antwortete mit %3)</translation>
    </message>
    <message>
        <source>the server at %1 does not answer as a Teleport proxy does (no cluster name and version in /webapi/ping)</source>
        <translation>der Server unter %1 antwortet nicht wie ein Teleport-Proxy (kein Clustername und keine Version in /webapi/ping)</translation>
    </message>
    <message>
        <source>the proxy at %1 answered the login without the certificates Teleport returns</source>
        <translation>der Proxy unter %1 hat die Anmeldung ohne die Zertifikate beantwortet, die Teleport zurückgibt</translation>
    </message>
    <message>
        <source>the certificate of the proxy at %1 is not trusted: %2</source>
        <translation>das Zertifikat des Proxys unter %1 ist nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot talk to the proxy at %1: %2</source>
        <translation>keine Kommunikation mit dem Proxy unter %1 möglich: %2</translation>
    </message>
    <message>
        <source>no PTY %1</source>
        <translation>PTY %1 nicht gefunden</translation>
    </message>
    <message>
        <source>not an environment variable&apos;s name: %1</source>
        <translation>ungültiger Name für eine Umgebungsvariable: %1</translation>
    </message>
    <message>
        <source>no program to run</source>
        <translation>kein Programm zum Ausführen angegeben</translation>
    </message>
    <message>
        <source>no process runs in this PTY</source>
        <translation>in diesem PTY läuft kein Prozess</translation>
    </message>
    <message>
        <source>cannot find %1 in PATH</source>
        <translation>%1 wurde nicht im PATH gefunden</translation>
    </message>
    <message>
        <source>cannot open a pseudo-terminal: %1</source>
        <translation>Pseudoterminal kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot set up a pseudo-terminal: %1</source>
        <translation>Pseudoterminal kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>cannot start a process: %1</source>
        <translation>Prozess kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot change to the directory %1: %2</source>
        <translation>in das Verzeichnis %1 kann nicht gewechselt werden: %2</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>cannot give the process its terminal: %1</source>
        <translation>dem Prozess kann sein Terminal nicht zugewiesen werden: %1</translation>
    </message>
    <message>
        <source>cannot watch the process (pidfd_open): %1</source>
        <translation>der Prozess kann nicht überwacht werden (pidfd_open): %1</translation>
    </message>
    <message>
        <source>the first event must be start</source>
        <translation>das erste Ereignis muss „start“ sein</translation>
    </message>
    <message>
        <source>the stream is already attached</source>
        <translation>der Stream ist bereits verbunden</translation>
    </message>
    <message>
        <source>another stream attached to this PTY</source>
        <translation>ein anderer Stream hat sich mit diesem PTY verbunden</translation>
    </message>
    <message>
        <source>the PTY host is shutting down</source>
        <translation>der PTY-Host wird beendet</translation>
    </message>
    <message>
        <source>in the profile: %1</source>
        <translation>im Profil: %1</translation>
    </message>
    <message>
        <source>%1 (or %2, as tsh 16 names it)</source>
        <translation>%1 (oder %2, wie tsh 16 sie benennt)</translation>
    </message>
    <message>
        <source>Teleterm&apos;s daemon: holds your Teleport clusters, keys and gateways, and serves the window.</source>
        <translation>Der Dienst von Teleterm: verwaltet Ihre Teleport-Cluster, Schlüssel und Gateways und bedient das Fenster.</translation>
    </message>
    <message>
        <source>Do not verify proxies&apos; TLS certificates and host names (for development clusters only).</source>
        <translation>TLS-Zertifikate und Hostnamen der Proxys nicht prüfen (nur für Entwicklungscluster).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates (PEM) in FILE for proxies&apos; web certificates.</source>
        <translation>Den CA-Zertifikaten (PEM) in FILE zusätzlich für die Webzertifikate der Proxys vertrauen.</translation>
    </message>
    <message>
        <source>Ask for database certificates lasting SECONDS (default: as long as the user&apos;s certificate).</source>
        <translation>Datenbankzertifikate mit einer Gültigkeit von SECONDS Sekunden anfordern (Standard: so lange wie das Zertifikat des Benutzers).</translation>
    </message>
    <message>
        <source>malformed YAML</source>
        <translation>fehlerhaftes YAML</translation>
    </message>
    <message>
        <source>Teleterm&apos;s PTY host: owns the terminals&apos; pseudo-terminals so that they outlive the window.</source>
        <translation>Der PTY-Host von Teleterm: hält die Pseudoterminals der Terminals, damit sie das Fenster überdauern.</translation>
    </message>
    <message>
        <source>Where profiles, keys and certificates live, in tsh&apos;s layout (default: Teleterm&apos;s own; ~/.tsh is tsh&apos;s).</source>
        <translation>Wo Profile, Schlüssel und Zertifikate liegen, im Aufbau von tsh (Standard: das eigene Verzeichnis von Teleterm; ~/.tsh ist das von tsh).</translation>
    </message>
    <message>
        <source>cannot write YAML</source>
        <translation>YAML kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the client went away</source>
        <translation>der Client ist nicht mehr da</translation>
    </message>
    <message numerus="yes">
        <source>the proxy at %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>der Proxy unter %1 hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der Proxy unter %1 hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>New tab</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <source>New local terminal</source>
        <translation>Neues lokales Terminal</translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <source>Move the tab back</source>
        <translation>Tab eine Stelle zurückschieben</translation>
    </message>
    <message>
        <source>Move the tab forward</source>
        <translation>Tab eine Stelle weiterschieben</translation>
    </message>
    <message>
        <source>Find in the terminal</source>
        <translation>Im Terminal suchen</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Go to the last tab</source>
        <translation>Zum letzten Tab</translation>
    </message>
    <message>
        <source>Go to tab %1</source>
        <translation>Zu Tab %1</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 ist bereits das Tastenkürzel für „%2“.</translation>
    </message>
    <message>
        <source>%1 cannot be saved as a shortcut.</source>
        <translation>%1 kann nicht als Tastenkürzel gespeichert werden.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Same as the system</source>
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
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>The theme&apos;s (%1)</source>
        <translation>Die des Farbschemas (%1)</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Font size, in pixels</source>
        <translation>Schriftgröße in Pixeln</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Terminal colours</source>
        <translation>Terminalfarben</translation>
    </message>
    <message>
        <source>As the window looks</source>
        <translation>Wie das Fenster</translation>
    </message>
    <message>
        <source>Solarized light</source>
        <translation>Solarized hell</translation>
    </message>
    <message>
        <source>Solarized dark</source>
        <translation>Solarized dunkel</translation>
    </message>
    <message>
        <source>Scrollback</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Scrollback, in lines</source>
        <translation>Verlauf in Zeilen</translation>
    </message>
    <message>
        <source>lines each terminal keeps</source>
        <translation>Zeilen behält jedes Terminal</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Copy what is selected</source>
        <translation>Auswahl sofort kopieren</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Choose Change, then press the new keys. Esc cancels.</source>
        <translation>Wählen Sie „Ändern“ und drücken Sie dann die neuen Tasten. Esc bricht ab.</translation>
    </message>
    <message>
        <source>Press the new keys…</source>
        <translation>Neue Tasten drücken …</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change the shortcut of “%1”</source>
        <translation>Tastenkürzel für „%1“ ändern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Clear the shortcut of “%1”</source>
        <translation>Tastenkürzel für „%1“ entfernen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Restore the default shortcut of “%1”</source>
        <translation>Standard-Tastenkürzel für „%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>Kept in %1; a change made there with an editor applies at once.</source>
        <translation>Gespeichert in %1; Änderungen, die Sie dort mit einem Editor vornehmen, gelten sofort.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Teleterm</source>
        <translation>Teleterm</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>No clusters yet. Add one to see its servers, databases, Kubernetes clusters and apps.</source>
        <translation>Noch keine Cluster. Fügen Sie einen hinzu, um seine Server, Datenbanken, Kubernetes-Cluster und Anwendungen zu sehen.</translation>
    </message>
    <message>
        <source>+ Add cluster</source>
        <translation>+ Cluster hinzufügen</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>No database gateways open. Connect to a database to open one.</source>
        <translation>Keine Datenbank-Gateways geöffnet. Verbinden Sie sich mit einer Datenbank, um eines zu öffnen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings (%1)</source>
        <translation>Einstellungen (%1)</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>Cluster hinzufügen</translation>
    </message>
</context>
<context>
    <name>Teleterm::Backend::DaemonClient</name>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Looking for the daemon…</source>
        <translation>Daemon wird gesucht…</translation>
    </message>
    <message>
        <source>The daemon stopped. Restarting it…</source>
        <translation>Der Daemon wurde beendet. Er wird neu gestartet…</translation>
    </message>
    <message>
        <source>Starting the daemon…</source>
        <translation>Daemon wird gestartet…</translation>
    </message>
    <message>
        <source>Daemon %1 running (pid %2)</source>
        <translation>Daemon %1 läuft (PID %2)</translation>
    </message>
    <message>
        <source>The daemon could not be started</source>
        <translation>Der Daemon konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>The daemon (pid %1) stopped answering: %2</source>
        <translation>Der Daemon (PID %1) antwortet nicht mehr: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; its log is in %3</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet; das Protokoll befindet sich in %3</translation>
    </message>
    <message>
        <source>teleterm-daemon was found neither beside %1 nor on PATH</source>
        <translation>teleterm-daemon wurde weder neben %1 noch im PATH gefunden</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>Teleterm::Backend::PtyHostClient</name>
    <message>
        <source>The terminal host (pid %1) stopped; its terminals ended with it.</source>
        <translation>Der Terminal-Host (PID %1) wurde beendet und mit ihm alle seine Terminals.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; its log is in %3</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet; das Protokoll befindet sich in %3</translation>
    </message>
    <message>
        <source>teleterm-ptyhost was found neither beside %1 nor on PATH</source>
        <translation>teleterm-ptyhost wurde weder neben %1 noch im PATH gefunden</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>Teleterm::Backend::PtySession</name>
    <message>
        <source>There is no terminal host.</source>
        <translation>Kein Terminal-Host vorhanden.</translation>
    </message>
    <message>
        <source>ended by signal %1</source>
        <translation>durch Signal %1</translation>
    </message>
    <message>
        <source>This terminal was opened in another window.</source>
        <translation>Dieses Terminal wurde in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>This terminal is gone: %1</source>
        <translation>Dieses Terminal existiert nicht mehr: %1</translation>
    </message>
    <message>
        <source>The terminal host stopped: %1</source>
        <translation>Der Terminal-Host wurde beendet: %1</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::DocumentsModel</name>
    <message>
        <source>Welcome</source>
        <comment>the title of the start page&apos;s tab</comment>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <comment>a gateway tab&apos;s title: database as user</comment>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>the title of the settings view&apos;s tab</comment>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::GatewaysModel</name>
    <message>
        <source>The gateways could not be listed: %1</source>
        <translation>Die Gateways konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The daemon is not running.</source>
        <translation>Der Daemon läuft nicht.</translation>
    </message>
    <message>
        <source>Choose a database user.</source>
        <translation>Wählen Sie einen Datenbankbenutzer aus.</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Localization</name>
    <message>
        <source>Same as the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::LoginForm</name>
    <message>
        <source>This cluster signs users in with %1, which Teleterm does not support yet.</source>
        <translation>Dieser Cluster meldet Benutzer über %1 an, was Teleterm noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Settings</name>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The settings in %1 could not be read (%2); the defaults apply.</source>
        <translation>Die Einstellungen in %1 konnten nicht gelesen werden (%2); es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>The settings could not be saved: cannot make %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the key sequences of one action</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Terminals</name>
    <message>
        <source>The terminals could not be listed: %1</source>
        <translation>Die Terminals konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The terminal host stopped, and this terminal with it.</source>
        <translation>Der Terminal-Host wurde beendet und mit ihm dieses Terminal.</translation>
    </message>
    <message>
        <source>This session ended while Teleterm was closed.</source>
        <translation>Diese Sitzung wurde beendet, während Teleterm geschlossen war.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>There is no terminal host.</source>
        <translation>Kein Terminal-Host vorhanden.</translation>
    </message>
    <message>
        <source>Cannot open a terminal: %1</source>
        <translation>Terminal kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>This terminal is gone, and how it was started is not known.</source>
        <translation>Dieses Terminal existiert nicht mehr, und es ist nicht bekannt, wie es gestartet wurde.</translation>
    </message>
    <message>
        <source>This terminal could not be started again: %1</source>
        <translation>Dieses Terminal konnte nicht erneut gestartet werden: %1</translation>
    </message>
    <message>
        <source>The previous shell ended with the terminal host; this one was started in %1.</source>
        <translation>Die vorherige Shell wurde mit dem Terminal-Host beendet; diese wurde in %1 gestartet.</translation>
    </message>
    <message>
        <source>There is no command to run.</source>
        <translation>Es ist kein Befehl zum Ausführen angegeben.</translation>
    </message>
    <message>
        <source>This tab cannot be duplicated.</source>
        <translation>Dieser Tab kann nicht dupliziert werden.</translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Workspace</name>
    <message>
        <source>The saved tabs could not be read (%1); they were kept in %2.</source>
        <translation>Die gespeicherten Tabs konnten nicht gelesen werden (%1); die Datei wurde unter %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>The saved tabs could not be read: %1</source>
        <translation>Die gespeicherten Tabs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>The tabs could not be saved: %1</source>
        <translation>Die Tabs konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>TerminalPage</name>
    <message>
        <source>The program ended (%1).</source>
        <translation>Das Programm wurde beendet (%1).</translation>
    </message>
    <message>
        <source>The program ended with exit code %1.</source>
        <translation>Das Programm wurde mit Exit-Code %1 beendet.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Find in the terminal</source>
        <translation>Im Terminal suchen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Where the search is among its matches in the terminal: &quot;3 of 17&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabetaste)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabetaste)</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect to a Teleport cluster</source>
        <translation>Mit einem Teleport-Cluster verbinden</translation>
    </message>
    <message>
        <source>Enter the address of your cluster&apos;s proxy: the one you open in a browser or pass to tsh --proxy.</source>
        <translation>Geben Sie die Adresse des Proxys Ihres Clusters ein – die Adresse, die Sie im Browser öffnen oder an tsh --proxy übergeben.</translation>
    </message>
    <message>
        <source>teleport.example.com:443</source>
        <translation>teleport.example.com:443</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy-Adresse</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>Cluster hinzufügen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Teleterm: a native desktop client for Teleport clusters.</source>
        <translation>Teleterm: ein nativer Desktop-Client für Teleport-Cluster.</translation>
    </message>
    <message>
        <source>Do not verify proxies&apos; TLS certificates and host names (development clusters only).</source>
        <translation>TLS-Zertifikate und Hostnamen der Proxys nicht überprüfen (nur für Entwicklungscluster).</translation>
    </message>
    <message>
        <source>Trust the CA certificates in FILE for proxies&apos; web certificates (passed to a daemon this starts).</source>
        <translation>Den CA-Zertifikaten in FILE für die Webzertifikate der Proxys vertrauen (wird an einen dabei gestarteten Daemon übergeben).</translation>
    </message>
    <message>
        <source>Development mode: F6 restarts the window and the daemon (the terminals live on). Also TELETERM_DEV=1.</source>
        <translation>Entwicklungsmodus: F6 startet Fenster und Daemon neu (die Terminals bleiben erhalten). Auch über TELETERM_DEV=1.</translation>
    </message>
</context>
</TS>
