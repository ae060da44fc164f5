namespace ConfigLint.Tests.FrontEnds
{
    /// <summary>The two files the compiler package's tests list as AdditionalFiles, with the findings they must give.</summary>
    internal static class InsecureFiles
    {
        /// <summary>EMQX's default cookie: CL1003 at 3:12.</summary>
        public const string EmqxConf = "node {\n  name = \"emqx@10.0.0.1\"\n  cookie = \"emqxsecretcookie\"\n}\n";

        /// <summary>An SMTP password in plaintext: CL3003 at 7:19.</summary>
        public const string ClpConf =
            "<?xml version=\"1.0\" encoding=\"ASCII\"?>\n<root>\n  <cluster>\n    <mail>\n      <smtp>\n        <smtpsrv id=\"0\">\n" +
            "          <passwd>hunter2hunter2</passwd>\n        </smtpsrv>\n      </smtp>\n    </mail>\n  </cluster>\n</root>\n";
    }
}
