using System;
using System.Collections.Generic;
using System.Linq;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Parsers;

namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>
    /// Whether EMQX starts a listener, and which blocks of a configuration are switched off: the one place rules
    /// ask, so that no two rules judge the same listener differently. Checked against EMQX 5.8.9
    /// (emqx_dashboard_schema, emqx_dashboard:listeners/1, emqx_schema:base_listener/1) and 4.4.19
    /// (emqx_dashboard.schema, emqx_management.schema, emqx.schema).
    /// </summary>
    internal sealed class EmqxListeners
    {
        /// <summary>EMQX 5's dashboard listeners. Since 5.1 <c>bind</c> defaults to 0, which is off.</summary>
        public const string DashboardHttp5 = "dashboard.listeners.http";
        public const string DashboardHttps5 = "dashboard.listeners.https";

        /// <summary>
        /// EMQX 4's dashboard and management API listeners: <c>prefix = port</c>, with options below the prefix.
        /// A listener whose own key is not set is never started.
        /// </summary>
        public const string DashboardHttp4 = "dashboard.listener.http";
        public const string DashboardHttps4 = "dashboard.listener.https";
        public const string ManagementHttp4 = "management.listener.http";
        public const string ManagementHttps4 = "management.listener.https";

        // EMQX 4's MQTT listeners: listener.<type>.<name> = port.
        private const string MqttListeners4 = "listener";

        private static readonly string[] BoundListeners5 = { DashboardHttp5, DashboardHttps5 };
        private static readonly string[] BoundListeners4 = { DashboardHttp4, DashboardHttps4, ManagementHttp4, ManagementHttps4 };
        private static readonly string[] EnableKeys = { "enable", "enabled" };

        private readonly EmqxConfig _config;
        private readonly HashSet<ConfigObject> _offListeners; // by reference: ConfigObject has no value equality

        public EmqxListeners(EmqxConfig config)
        {
            _config = config;
            _offListeners = new HashSet<ConfigObject>(
                ListenerPaths().Where(path => ActiveBind(path) == null).Select(path => config.Root.Find(path)).OfType<ConfigObject>());
        }

        /// <summary>
        /// The address a listener that needs a <c>bind</c> is started on, or null when it is off: its bind is
        /// absent or port 0 (EMQX 5.1 and later; 5.0 defaulted the HTTP dashboard to 18083, and the HTTPS one to
        /// <c>enable = false</c>), or its block says <c>enable = false</c> (honoured by 5.0, deprecated since 5.1
        /// in favour of <c>bind = 0</c>; read as off, as the file means it). A bind that is not an address (an
        /// unresolved placeholder) is taken as on.
        /// </summary>
        /// <param name="listenerPath">One of this class's listener paths.</param>
        public ConfigScalar? ActiveBind(string listenerPath)
        {
            var bind = _config.Get(BindPath(listenerPath)) as ConfigScalar;
            if (_config.Format == EmqxFormat.Flat)
                return bind;
            if (_config.Get(listenerPath) is not ConfigObject listener || IsSwitchedOffByFlag(listener))
                return null;
            return bind == null || ListenAddress.TryParse(bind.Text, out var address) && address.IsDisabled ? null : bind;
        }

        /// <summary>The key that holds a listener's address: <c>bind</c> in EMQX 5, the listener's own key in EMQX 4.</summary>
        public string BindPath(string listenerPath) => _config.Format == EmqxFormat.Flat ? listenerPath : listenerPath + ".bind";

        public bool IsOn(string listenerPath) => ActiveBind(listenerPath) != null;

        /// <summary>
        /// Whether nothing in this block is in use: it says <c>enable = false</c> (EMQX's switch for listeners,
        /// gateways, bridges, authenticators; <c>enabled</c> is the MQTT listeners' alias), or it is a listener
        /// that is off.
        /// </summary>
        public bool IsSwitchedOff(ConfigObject block) => IsSwitchedOffByFlag(block) || _offListeners.Contains(block);

        /// <summary>Whether a block says <c>enable = false</c> (or <c>enabled = false</c>, the MQTT listeners' alias).</summary>
        public static bool IsSwitchedOffByFlag(ConfigObject block) =>
            EnableKeys.Any(key =>
                block.Fields.TryGetValue(key, out var value)
                && value is ConfigScalar flag && string.Equals(flag.Text.Trim(), "false", StringComparison.OrdinalIgnoreCase));

        private IEnumerable<string> ListenerPaths()
        {
            if (_config.Format == EmqxFormat.Hocon)
                return BoundListeners5;
            var mqttListeners =
                from type in (_config.Root.Find(MqttListeners4) as ConfigObject)?.Fields ?? Enumerable.Empty<KeyValuePair<string, ConfigValue>>()
                where type.Value is ConfigObject
                from name in ((ConfigObject)type.Value).Fields
                where name.Value is ConfigObject
                select MqttListeners4 + "." + type.Key + "." + name.Key;
            return BoundListeners4.Concat(mqttListeners);
        }
    }
}
