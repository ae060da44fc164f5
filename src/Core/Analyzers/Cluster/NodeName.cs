using System;

namespace ConfigLint.Analyzers.Cluster
{
    /// <summary>An Erlang node name <c>name@host</c> and the port offset EMQX derives from it.</summary>
    internal readonly struct NodeName
    {
        // EMQX 5 (and 4.x with stateless discovery) derive ports from the name: N = trailing digits
        // of the part before '@' rem 60000 (ekka_dist / gen_rpc port discovery), 0 without digits.
        private const int SuffixModulus = 60000;
        public const int RpcBasePort = 5370;
        public const int DistBasePort = 4370;

        private NodeName(string full, string host, int suffix)
        {
            Full = full;
            Host = host;
            Suffix = suffix;
        }

        public string Full { get; }

        public string Host { get; }

        /// <summary>N: the trailing digits of the name rem 60000, 0 without digits.</summary>
        public int Suffix { get; }

        public int StatelessRpcPort => RpcBasePort + Suffix;

        public int DistPort => DistBasePort + Suffix;

        public bool IsLoopback => Knowledge.Hosts.IsLoopback(Host);

        public static bool TryParse(string value, out NodeName name)
        {
            value = value.Trim();
            var at = value.IndexOf('@');
            name = default;
            if (at <= 0 || at == value.Length - 1)
                return false;
            var suffix = 0;
            var digitsStart = at;
            while (digitsStart > 0 && char.IsDigit(value[digitsStart - 1]))
                digitsStart--;
            for (var i = digitsStart; i < at; i++)
                suffix = (suffix * 10 + (value[i] - '0')) % SuffixModulus;
            name = new NodeName(value, value.Substring(at + 1), suffix);
            return true;
        }

        public bool SameHost(NodeName other) => string.Equals(Host, other.Host, StringComparison.OrdinalIgnoreCase);
    }
}
