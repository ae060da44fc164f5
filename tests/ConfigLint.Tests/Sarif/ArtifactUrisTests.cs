using ConfigLint.Sarif;
using Xunit;

namespace ConfigLint.Tests.Sarif
{
    public sealed class ArtifactUrisTests
    {
        [Theory]
        [InlineData("examples/emqx.conf", "examples/emqx.conf")]
        [InlineData("prod cluster/nœud.conf", "prod%20cluster/n%C5%93ud.conf")]
        [InlineData("etc/100%.conf", "etc/100%25.conf")]
        [InlineData("etc/#1?.conf", "etc/%231%3F.conf")]
        [InlineData("c:emqx.conf", "c%3Aemqx.conf")]
        [InlineData("../shared/vm.args", "../shared/vm.args")]
        public void Display_path_becomes_a_percent_encoded_reference_against_SRCROOT(string displayPath, string expectedUri)
        {
            var location = ArtifactUris.ForDisplayPath(displayPath);

            Assert.Equal(expectedUri, location.Uri);
            Assert.Equal("%SRCROOT%", location.UriBaseId);
        }

        [Fact]
        public void Rooted_display_path_becomes_an_absolute_file_uri_without_a_base()
        {
            var location = ArtifactUris.ForDisplayPath("/etc/emqx/emqx #2.conf");

            Assert.Equal("file:///etc/emqx/emqx%20%232.conf", location.Uri);
            Assert.Null(location.UriBaseId);
        }

        [Theory]
        [InlineData("/work/my repo", "file:///work/my%20repo/")]
        [InlineData("/work/dépôt/", "file:///work/d%C3%A9p%C3%B4t/")]
        [InlineData("/", "file:///")]
        public void Folder_uri_is_absolute_and_ends_with_a_slash(string folder, string expectedUri)
        {
            Assert.Equal(expectedUri, ArtifactUris.FolderUri(folder));
        }
    }
}
