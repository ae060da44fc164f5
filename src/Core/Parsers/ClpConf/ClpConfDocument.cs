using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConfigLint.Parsers.ClpConf
{
    /// <summary>
    /// A read clp.conf: the element tree, the problems met reading it, and a typed view of the parts the rules
    /// look at. Every view keeps its element, so every finding has a location.
    /// </summary>
    internal sealed class ClpConfDocument
    {
        // Child elements named <types name="..."/> list which types a section holds; they are not items themselves.
        private const string TypesListName = "types";

        // Built once, on first use, whichever rules read them.
        private ILookup<string, ClpElement>? _resourcesByType;
        private ILookup<string, ClpElement>? _monitorsByType;

        public ClpConfDocument(SourceFile file, ClpElement? root, ImmutableArray<ParseError> errors)
        {
            File = file;
            Root = root;
            Errors = errors;
        }

        public SourceFile File { get; }

        /// <summary>The document element (<c>&lt;root&gt;</c> in every clp.conf), or null when the file could not be read.</summary>
        public ClpElement? Root { get; }

        public ImmutableArray<ParseError> Errors { get; }

        public IEnumerable<ClpServer> Servers => RootChildren("server").Select(s => new ClpServer(s));

        public IEnumerable<ClpGroup> Groups => RootChildren("group").Select(g => new ClpGroup(g));

        /// <summary>Group resources under <c>&lt;resource&gt;</c>, each element named by its type (<c>appli</c>, <c>exec</c>, <c>fip</c>, <c>md</c>…).</summary>
        public ILookup<string, ClpElement> ResourcesByType => _resourcesByType ??= TypedItems("resource");

        /// <summary>Monitor resources under <c>&lt;monitor&gt;</c>, each element named by its type (<c>mysqlw</c>, <c>sqlserverw</c>, <c>userw</c>…).</summary>
        public ILookup<string, ClpElement> MonitorsByType => _monitorsByType ??= TypedItems("monitor");

        /// <summary><c>&lt;webmgr&gt;</c>: the Cluster WebUI (WebManager before ECX 4.0) settings.</summary>
        public ClpElement? WebMgr => Root?.Child("webmgr");

        /// <summary><c>cluster/mail</c>: alert mail and its SMTP servers.</summary>
        public ClpElement? Mail => Root?.Find("cluster/mail");

        /// <summary><c>cluster/trap</c>: SNMP trap destinations.</summary>
        public ClpElement? Trap => Root?.Find("cluster/trap");

        private IEnumerable<ClpElement> RootChildren(string name) => Root?.ChildrenNamed(name) ?? Enumerable.Empty<ClpElement>();

        private ILookup<string, ClpElement> TypedItems(string section) =>
            RootChildren(section).SelectMany(s => s.Children).Where(c => c.Name != TypesListName).ToLookup(c => c.Name);
    }

    /// <summary>A cluster server (<c>&lt;server name=...&gt;</c>) and its devices.</summary>
    internal sealed class ClpServer
    {
        public ClpServer(ClpElement element) => Element = element;

        public ClpElement Element { get; }

        public string Name => Element.Attributes.TryGetValue("name", out var name) ? name : "";

        public IEnumerable<ClpDevice> Devices => Element.ChildrenNamed("device").Select(d => new ClpDevice(d));

        /// <summary>The addresses of its LAN (interconnect) devices.</summary>
        public IEnumerable<string> LanAddresses => Devices.Where(d => d.Type == "lan").Select(d => d.Info);
    }

    /// <summary>A server device: <c>lan</c> (an IP address), <c>mdc</c> (mirror connect), <c>disk</c>, <c>ping</c>…</summary>
    internal sealed class ClpDevice
    {
        public ClpDevice(ClpElement element) => Element = element;

        public ClpElement Element { get; }

        public string Id => Element.Attributes.TryGetValue("id", out var id) ? id : "";

        public string Type => Element.Child("type")?.TrimmedValue ?? "";

        /// <summary>The device's address or path (<c>&lt;info&gt;</c>).</summary>
        public string Info => Element.Child("info")?.TrimmedValue ?? "";
    }

    /// <summary>A failover group and the resources it holds (<c>&lt;resource name="type@name"/&gt;</c>).</summary>
    internal sealed class ClpGroup
    {
        public ClpGroup(ClpElement element) => Element = element;

        public ClpElement Element { get; }

        public string Name => Element.Attributes.TryGetValue("name", out var name) ? name : "";

        /// <summary>The group's resources as <c>type@name</c>, the form clp.conf lists them in.</summary>
        public IEnumerable<string> ResourceReferences =>
            Element.ChildrenNamed("resource").Select(r => r.Attributes.TryGetValue("name", out var name) ? name : "").Where(n => n.Length > 0);
    }
}
