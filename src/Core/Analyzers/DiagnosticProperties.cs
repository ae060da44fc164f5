namespace ConfigLint.Analyzers
{
    /// <summary>
    /// The names of the entries in <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> of every ConfigLint
    /// finding: the contract hosts and report writers (SARIF fingerprints and result properties) read, so they never
    /// reach into the analyzers' internals. No entry ever holds a secret: a value under a secret key (a cookie, a
    /// password, see <see cref="SecretKeys"/>) is left out, never masked or hashed, because a weak secret has few
    /// enough candidates that even its hash could be reversed.
    /// </summary>
    public static class DiagnosticProperties
    {
        /// <summary>
        /// Always present: where in the configuration the finding is, stable across unrelated edits. For EMQX files
        /// the dotted HOCON path (<c>node.cookie</c>, <c>listeners.ssl.default.ssl_options.verify</c>); for vm.args the
        /// flag (<c>-setcookie</c>, <c>-ssl_dist_opt server_verify</c>); for ssl_dist.conf the side and the option
        /// (<c>server.verify</c>); for clp.conf the element path in NEC's notation (<c>root/webmgr/ssl/use</c>); for
        /// CL0001 the name of the <see cref="ConfigLint.Parsers.ParseErrorKind"/> (<c>Syntax</c>, <c>TooDeep</c>, …); for
        /// CL0002 and CL0003 the suppression directive and, for CL0003, the rule it names
        /// (<c>configlint-disable-next-line CL1003</c>).
        /// </summary>
        public const string KeyPath = "keyPath";

        /// <summary>
        /// Present only when the finding is about a setting's text and the key is not a secret: the offending value as
        /// written (<c>verify_none</c>, <c>tcp</c>), so two findings at one key with different values are told apart.
        /// </summary>
        public const string Value = "value";

        /// <summary>
        /// Present on findings in an EMQX configuration file: the form it was read in, as shown to the operator
        /// (<c>HOCON (EMQX 5)</c> or <c>EMQX 4.x (key = value)</c>), so a reader can tell why a line did or did not read.
        /// </summary>
        public const string EmqxForm = "emqxForm";

        /// <summary>
        /// Present on a finding a suppression comment suppressed (<see cref="Microsoft.CodeAnalysis.Diagnostic.IsSuppressed"/>)
        /// when the comment gives a reason: the reason as the user wrote it after <c>--</c>
        /// (<c># configlint-disable-next-line CL1003 -- test cluster</c> gives <c>test cluster</c>). SARIF writes it as
        /// the suppression's justification.
        /// </summary>
        public const string SuppressionJustification = "suppressionJustification";
    }
}
