<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <source>Insecure mode: proxies&apos; TLS certificates and host names are not verified. Use it only with development clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--insecure has no effect: a daemon that verifies certificates was already running (pid %1). Stop it to start one in insecure mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session on %1 has expired. Log in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1 again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyField</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterDelegate</name>
    <message>
        <source>leaf cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session expired: log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the servers and databases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the servers and databases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: logged in; amber: the session expired or the cluster does not answer; a hollow ring: not logged in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterTree</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All databases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None you can reach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaemonStatus</name>
    <message>
        <source>Socket: %1
Log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: connected to the daemon; amber: starting it; red: it failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentArea</name>
    <message>
        <source>Connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTabBar</name>
    <message>
        <source>New tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tab (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New terminal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTabDelegate</name>
    <message>
        <source>Close tab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to the Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (wants attention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal in this tab rang its bell while in the background</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyTabsPage</name>
    <message>
        <source>No tabs open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new tab (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>expires in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln minute(s)</source>
        <translation>
            <numerusform>expires in %Ln minute</numerusform>
            <numerusform>expires in %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln hour(s)</source>
        <translation>
            <numerusform>expires in %Ln hour</numerusform>
            <numerusform>expires in %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln day(s)</source>
        <translation>
            <numerusform>expires in %Ln day</numerusform>
            <numerusform>expires in %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln minute(s) ago</source>
        <translation>
            <numerusform>expired %Ln minute ago</numerusform>
            <numerusform>expired %Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln hour(s) ago</source>
        <translation>
            <numerusform>expired %Ln hour ago</numerusform>
            <numerusform>expired %Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln day(s) ago</source>
        <translation>
            <numerusform>expired %Ln day ago</numerusform>
            <numerusform>expired %Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayDelegate</name>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway to %1 as %2 on %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <comment>connections open through a gateway</comment>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
    <message>
        <source>log in again</source>
        <comment>a gateway waits for the user to log in</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Database gateway · %1 · %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database gateway · %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gateway is gone: it was closed, or the daemon no longer has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it on another port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it again on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection waits for you to log in to %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) open</source>
        <translation>
            <numerusform>%Ln connection open</numerusform>
            <numerusform>%Ln connections open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in total</source>
        <translation>
            <numerusform>%Ln in total</numerusform>
            <numerusform>%Ln in total</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error, at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the gateway to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayStateDot</name>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: listening; amber: a connection waits for a login; red: not listening; a hollow ring: starting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>Stop filtering by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Teleterm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyAddress</name>
    <message>
        <source>Enter the address of your Teleport proxy, such as teleport.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teleport proxies speak HTTPS; &quot;%1://&quot; cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host and port, without a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s address without a user name; you log in on the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv6 address has no closing bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put an IPv6 address in brackets, as in [%1]:443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port number must follow the colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceDelegate</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceMenu</name>
    <message>
        <source>Asking the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles allow no database user here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop filtering by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Search %1 by name, address or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1 to see its servers, databases, Kubernetes clusters and apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln resource</numerusform>
            <numerusform>%Ln resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown; scroll for more</source>
        <translation>
            <numerusform>%Ln shown; scroll for more</numerusform>
            <numerusform>%Ln shown; scroll for more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the session of %2 has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending; sort ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending; sort descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1. Showing what was listed at %2; trying again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1. Trying again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1 as which database user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2 · roles: %3 · session %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RpcError</name>
    <message>
        <source>Nothing answers at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (gRPC status %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>cannot create a temporary file beside %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open log file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process (pid %1) holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record pid in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but is not a directory (a symlink or a file is never trusted here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2); refusing to put private sockets there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 private (mode 0700): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy at %1 does not serve %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a socket pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket path %1 is longer than a Unix socket address allows (%2 bytes); set XDG_RUNTIME_DIR to a shorter directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another instance (pid %1) is already serving %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a socket; move it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy at %1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing accepts connections at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate or key cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy at %1 did not finish the TLS handshake in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy&apos;s certificate for %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy at %1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy at %1 serves none of the protocols offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (trust the CA that signed it with --ca-file, or use --insecure only for a development proxy you trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster %1 did not answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster %1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cluster URI (/clusters/PROXY_HOST[/leaves/LEAF])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in to %1: log in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 for %2 expired at %3: log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate in the profile cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in to the root cluster %1; its leaves come with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow local users to log in (it uses %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a one-time code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in, but cannot write the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the keys of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy of %1 does not route TLS by ALPN; Teleterm needs a proxy with TLS routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (server, database, kube, app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the auth server of %1 answered without a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number: choose one from 1024 to 65535, or 0 for any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is below 1024, where only the system may listen: choose one from 1024 to 65535, or 0 for any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 on 127.0.0.1 is in use by another program: choose another, or 0 for any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database certificate cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection to %1 through 127.0.0.1:%2 waits for you to log in again: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you did not log in to the cluster again in time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 through 127.0.0.1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 connections at once: a new one was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the database through the proxy at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URI (/clusters/PROXY_HOST[/leaves/LEAF]/dbs/NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway needs a database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway to %1 as %2 exists already, at 127.0.0.1:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your roles allow no database user on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your roles do not allow the database user &quot;%1&quot; on %2; they allow %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway to %1 as %2 was made at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot generate a key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains white space or a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing the %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot inspect the directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing %1: it is a symlink that another user (uid %2) owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing %1: the directory belongs to another user (uid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: it is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 in otherKeys is not one YAML value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile is a mapping of keys to values, and this is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key that is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML aliases are not supported in a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single value, not a list or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile is one YAML document, and a second one starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no web_proxy_addr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing the %1 %2: it contains %3, which known_hosts reads as a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile %1 (%2 does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the profile %1: it has no web proxy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the profile %1: tsh names a profile after its web proxy&apos;s host, and that is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the profile %1: otherKeys holds %2, which is empty, a Profile field or there twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA&apos;s cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the keys of %1: %2 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no keys for the profile %1 (%2 does not exist): log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys of %1@%2 are incomplete, log in again; missing: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot trust the host CA of %1: a key is not one authorized_keys line (&quot;TYPE BASE64&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the certificate for the database %1: it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy at %1 answered %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server at %1 does not look like a Teleport proxy (%2 answered %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server at %1 does not answer as a Teleport proxy does (no cluster name and version in /webapi/ping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy at %1 answered the login without the certificates Teleport returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of the proxy at %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot talk to the proxy at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PTY %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an environment variable&apos;s name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no program to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process runs in this PTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find %1 in PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a pseudo-terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up a pseudo-terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change to the directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot give the process its terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot watch the process (pidfd_open): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first event must be start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream is already attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another stream attached to this PTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PTY host is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (or %2, as tsh 16 names it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teleterm&apos;s daemon: holds your Teleport clusters, keys and gateways, and serves the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify proxies&apos; TLS certificates and host names (for development clusters only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates (PEM) in FILE for proxies&apos; web certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for database certificates lasting SECONDS (default: as long as the user&apos;s certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teleterm&apos;s PTY host: owns the terminals&apos; pseudo-terminals so that they outlive the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where profiles, keys and certificates live, in tsh&apos;s layout (default: Teleterm&apos;s own; ~/.tsh is tsh&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the proxy at %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>the proxy at %1 did not answer within %n second</numerusform>
            <numerusform>the proxy at %1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>New tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New local terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the tab back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the tab forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the last tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to tab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved as a shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size, in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the window looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solarized light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solarized dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrollback, in lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines each terminal keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Change, then press the new keys. Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the new keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the shortcut of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the shortcut of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default shortcut of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1; a change made there with an editor applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Teleterm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clusters yet. Add one to see its servers, databases, Kubernetes clusters and apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database gateways open. Connect to a database to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teleterm::Backend::DaemonClient</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the daemon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon stopped. Restarting it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the daemon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon %1 running (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon (pid %1) stopped answering: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; its log is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teleterm-daemon was found neither beside %1 nor on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teleterm::Backend::PtyHostClient</name>
    <message>
        <source>The terminal host (pid %1) stopped; its terminals ended with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; its log is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teleterm-ptyhost was found neither beside %1 nor on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teleterm::Backend::PtySession</name>
    <message>
        <source>There is no terminal host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal was opened in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal host stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::DocumentsModel</name>
    <message>
        <source>Welcome</source>
        <comment>the title of the start page&apos;s tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <comment>a gateway tab&apos;s title: database as user</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>the title of the settings view&apos;s tab</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::GatewaysModel</name>
    <message>
        <source>The gateways could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Localization</name>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::LoginForm</name>
    <message>
        <source>This cluster signs users in with %1, which Teleterm does not support yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Settings</name>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings in %1 could not be read (%2); the defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: cannot make %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the key sequences of one action</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Terminals</name>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open a terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminals could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal host stopped, and this terminal with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session ended while Teleterm was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is gone, and how it was started is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal could not be started again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous shell ended with the terminal host; this one was started in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab cannot be duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command to run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teleterm::Models::Workspace</name>
    <message>
        <source>The saved tabs could not be read (%1); they were kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved tabs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tabs could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalPage</name>
    <message>
        <source>The program ended (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program ended with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Where the search is among its matches in the terminal: &quot;3 of 17&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect to a Teleport cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your cluster&apos;s proxy: the one you open in a browser or pass to tsh --proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teleport.example.com:443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Teleterm: a native desktop client for Teleport clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify proxies&apos; TLS certificates and host names (development clusters only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CA certificates in FILE for proxies&apos; web certificates (passed to a daemon this starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development mode: F6 restarts the window and the daemon (the terminals live on). Also TELETERM_DEV=1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
