using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfigLint.Analyzers.Rules;
using ConfigLint.Parsers;

namespace ConfigLint.Analyzers.Formats
{
    /// <summary>
    /// One of ConfigLint's formats: how its files are recognised and read. Its rule kind is the model type its
    /// files load into (<see cref="ConfigFormat{TModel}"/>, <see cref="IFileRule{TModel}"/>). Every format is listed
    /// once, in <see cref="ConfigFormats.All"/>.
    /// </summary>
    internal abstract class ConfigFormat
    {
        /// <summary>How the format is named to the operator (<c>--resolve</c> on a file of another format).</summary>
        public abstract string Description { get; }

        /// <summary>
        /// Whether a file of this name (the name a release template renders) can be of this format, without reading it.
        /// A file no format may be is never read; the pre-commit hook's files pattern mirrors the union.
        /// </summary>
        public abstract bool MayBe(string renderedName);

        /// <summary>
        /// The format a file is in by its name, and by the content its name calls for (a <c>*.config</c> holding
        /// distribution options); null when the name does not say. Asked of each format in the registry's order
        /// before any format looks at content alone. The text is read only when needed (a clp.conf is decoded later).
        /// </summary>
        public abstract ConfigFormat? ClaimByName(string renderedName, FileReadResult read);

        /// <summary>The format a <c>*.conf</c> that no format claimed by name is in by its content alone; null when not this one.</summary>
        public virtual ConfigFormat? ClaimByContent(SourceFile file) => null;

        /// <summary>
        /// Reads a file recognised as this format (through <paramref name="source"/> for what it includes), once per
        /// scan. What later findings in the files read carry (EMQX's form) is noted on <paramref name="sink"/>.
        /// </summary>
        public abstract LoadedConfig Load(FileReadResult read, IConfigFileSource source, FindingSink sink);
    }

    /// <summary>A format whose files load into <typeparamref name="TModel"/>: the rules judging them are the <see cref="IFileRule{TModel}"/>s.</summary>
    internal abstract class ConfigFormat<TModel> : ConfigFormat
    {
        public sealed override LoadedConfig Load(FileReadResult read, IConfigFileSource source, FindingSink sink) => Read(read, source, sink);

        /// <inheritdoc cref="ConfigFormat.Load"/>
        protected abstract LoadedConfig<TModel> Read(FileReadResult read, IConfigFileSource source, FindingSink sink);
    }

    /// <summary>A file as its format loaded it: where it is, the errors met reading it, and the rules that judge it.</summary>
    internal abstract class LoadedConfig
    {
        protected LoadedConfig(string fullPath, ImmutableArray<ParseError> errors)
        {
            FullPath = fullPath;
            Errors = errors;
        }

        /// <summary>The file judged (for EMQX, the main file of what it includes).</summary>
        public string FullPath { get; }

        /// <summary>Each one a CL0001.</summary>
        public ImmutableArray<ParseError> Errors { get; }

        /// <summary>Whether <paramref name="rule"/> judges this file: a rule of its kind, when the file is judged at all.</summary>
        public abstract bool IsJudgedBy(IRule rule);

        /// <summary>Runs <paramref name="rule"/>, one <see cref="IsJudgedBy"/> accepts, over this file.</summary>
        public abstract void Run(IRule rule, FindingSink sink);
    }

    /// <summary>A file loaded into the model the rules of its kind (<see cref="IFileRule{TModel}"/>) read.</summary>
    internal class LoadedConfig<TModel> : LoadedConfig
    {
        private readonly bool _isJudged;

        /// <param name="fullPath">The file judged.</param>
        /// <param name="errors">The errors met reading it.</param>
        /// <param name="model">What the rules read.</param>
        /// <param name="isJudged">False for a file read as the format's but not one its rules judge (an XML clp.conf without &lt;root&gt;): its errors are still reported.</param>
        public LoadedConfig(string fullPath, ImmutableArray<ParseError> errors, TModel model, bool isJudged = true)
            : base(fullPath, errors)
        {
            Model = model;
            _isJudged = isJudged;
        }

        public TModel Model { get; }

        public override bool IsJudgedBy(IRule rule) => _isJudged && rule is IFileRule<TModel>;

        public override void Run(IRule rule, FindingSink sink) => ((IFileRule<TModel>)rule).Analyze(Model, sink);
    }
}
