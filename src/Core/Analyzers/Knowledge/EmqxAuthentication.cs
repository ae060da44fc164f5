using System;
using System.Collections.Generic;
using System.Linq;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Parsers;

namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>One MQTT listener of an EMQX 5 configuration (<c>listeners.&lt;type&gt;.&lt;name&gt;</c>).</summary>
    internal sealed class EmqxListener
    {
        public EmqxListener(string path, ConfigObject settings)
        {
            Path = path;
            Settings = settings;
        }

        /// <summary>The dotted path, e.g. <c>listeners.tcp.default</c>.</summary>
        public string Path { get; }

        public ConfigObject Settings { get; }

        /// <summary>Whether EMQX starts the listener, as <see cref="EmqxListeners"/> decides for every rule.</summary>
        public bool IsOn => !EmqxListeners.IsSwitchedOffByFlag(Settings);

        /// <summary>
        /// <c>enable_authn = false</c>: every client is let in without going through any authenticator
        /// (emqx_access_control:pre_hook_authenticate). <c>true</c> (the default) and <c>quick_deny_anonymous</c>
        /// run the authenticators.
        /// </summary>
        public ConfigScalar? AuthenticationOff => Settings.Find("enable_authn") is ConfigScalar { } value && EmqxAuthentication.IsFalse(value) ? value : null;

        /// <summary>Whether the listener has an enabled authenticator of its own (its <c>authentication</c> chain).</summary>
        public bool HasOwnAuthenticator => EmqxAuthentication.EnablesAny(Settings.Find("authentication"));
    }

    /// <summary>
    /// How EMQX 5 decides that a client must authenticate, checked against emqx_authn_schema, emqx_schema and
    /// emqx_access_control of 5.8.9: with no enabled authenticator in the global <c>authentication</c> chain nor in
    /// the listener's own, the authentication hook answers <c>ignore</c> and the client is let in as anonymous.
    /// </summary>
    internal static class EmqxAuthentication
    {
        public const string GlobalChain = "authentication";

        /// <summary>
        /// Whether a chain (an array of authenticators; a single object is read as a one-element array, as
        /// emqx_authn_schema's ensure_array does) holds one that is not <c>enable = false</c>. Anything ConfigLint
        /// cannot read as an authenticator is taken to be an enabled one: a wrong finding costs more than a missed one.
        /// </summary>
        public static bool EnablesAny(ConfigValue? chain) => chain switch
        {
            null => false,
            ConfigScalar { Kind: ConfigValueKind.Null } => false,
            ConfigArray array => array.Items.Any(IsEnabled),
            _ => IsEnabled(chain),
        };

        // EMQX adds listeners.<type>.default for these types when the configuration leaves it out (emqx_schema:ensure_default_listener).
        private static readonly string[] DefaultListeners = { "listeners.tcp.default", "listeners.ssl.default", "listeners.ws.default", "listeners.wss.default" };

        /// <summary>
        /// Whether any MQTT listener takes clients: one the configuration defines and leaves on, or a default listener
        /// it does not switch off (<c>enable = false</c>, or the tombstone <c>marked_for_deletion</c> the API writes).
        /// </summary>
        public static bool AnyListenerOn(EmqxConfig config) =>
            Listeners(config).Any(listener => listener.IsOn)
            || DefaultListeners.Any(path => config.Get(path) switch
            {
                null => true,
                ConfigObject settings => !EmqxListeners.IsSwitchedOffByFlag(settings),
                _ => false,
            });

        /// <summary>The MQTT listeners the configuration defines, in a stable order.</summary>
        public static IEnumerable<EmqxListener> Listeners(EmqxConfig config) =>
            (config.Get("listeners") as ConfigObject)?.Fields
                .Where(type => type.Value is ConfigObject)
                .SelectMany(type => ((ConfigObject)type.Value).Fields
                    .Where(listener => listener.Value is ConfigObject)
                    .Select(listener => new EmqxListener($"listeners.{type.Key}.{listener.Key}", (ConfigObject)listener.Value)))
                .OrderBy(listener => listener.Path, StringComparer.Ordinal)
            ?? Enumerable.Empty<EmqxListener>();

        internal static bool IsFalse(ConfigValue? value) =>
            value is ConfigScalar scalar && string.Equals(scalar.Text.Trim(), "false", StringComparison.OrdinalIgnoreCase);

        private static bool IsEnabled(ConfigValue authenticator) =>
            !(authenticator is ConfigObject settings && EmqxListeners.IsSwitchedOffByFlag(settings));
    }
}
