using System;

namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>
    /// An EMQX listener bind value: a bare port (which listens on every address), <c>ip:port</c> or
    /// <c>[ipv6]:port</c>.
    /// </summary>
    internal readonly struct ListenAddress
    {
        private ListenAddress(string? host, int port)
        {
            Host = host;
            Port = port;
        }

        /// <summary>The host part, or null for a bare port.</summary>
        public string? Host { get; }

        public int Port { get; }

        /// <summary>Port 0 turns an EMQX 5 listener off.</summary>
        public bool IsDisabled => Port == 0;

        public bool IsLoopback => Host != null && Hosts.IsLoopback(Host);

        /// <summary>How the address reads in a message: a bare port listens on every address.</summary>
        public string Describe() => Host == null ? $"every address (port {Port})" : $"{Host}:{Port}";

        public static bool TryParse(string value, out ListenAddress address)
        {
            value = value.Trim();
            address = default;
            if (int.TryParse(value, out var bare))
            {
                address = new ListenAddress(null, bare);
                return true;
            }
            var colon = value.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(value.Substring(colon + 1), out var port))
                return false;
            address = new ListenAddress(value.Substring(0, colon).Trim('[', ']'), port);
            return true;
        }
    }

    /// <summary>Host names and addresses.</summary>
    internal static class Hosts
    {
        public static bool IsLoopback(string host) =>
            host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.StartsWith("127.", StringComparison.Ordinal)
            || host == "::1";
    }
}
