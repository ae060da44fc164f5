namespace ConfigLint.Analyzers
{
    /// <summary>
    /// Every rule id in one place, each the id of exactly one rule in <see cref="RuleCatalog"/> (RuleRegistryTests).
    /// Ids are never reused: a retired rule's id stays here as a comment, and under Removed Rules in
    /// src/CompilerAnalyzer/AnalyzerReleases.*.md (AnalyzerReleaseTests).
    /// </summary>
    internal static class RuleIds
    {
        public const string UnreadableConfig = "CL0001";
        public const string SuppressionWithoutReason = "CL0002";
        public const string UnusedSuppression = "CL0003";
        public const string RpcPlaintext = "CL1001";
        public const string RpcTlsIncomplete = "CL1002";
        public const string WeakErlangCookie = "CL1003";
        public const string DistPlaintext = "CL1004";
        public const string PortNodeMismatch = "CL1005";
        public const string DashboardDefaultPassword = "CL1006";
        public const string DashboardHttp = "CL1007";
        public const string AnonymousAccess = "CL1008";
        public const string SettingHasNoEffect = "CL1009";
        public const string DistNoPeerVerification = "CL2001";
        public const string DistPeerCertOptional = "CL2002";
        public const string DistTlsIncomplete = "CL2003";
        public const string DistLegacyTls = "CL2004";
        public const string DistSniDisabled = "CL2005";
        public const string DemoCertificate = "CL2006";
        public const string DistTlsUnconfigured = "CL2007";
        public const string ClusterCookieMismatch = "CL2008";
        public const string DistOptionWrongSide = "CL2009";
        public const string WebUiHttp = "CL3001";
        public const string PlaintextExecPassword = "CL3002";
        public const string PlaintextCredential = "CL3003";
        public const string WebUiUnrestricted = "CL3004";
        public const string SnmpDefaultCommunity = "CL3005";
        public const string SmtpPlaintextAuth = "CL3006";
    }
}
