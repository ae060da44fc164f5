using System;
using System.IO;
using Akka.Configuration;

// Reads the file, parses and resolves it with Akka.NET, and prints one value so the work cannot be skipped.
// Usage: akka-hocon-parse FILE KEY
var config = ConfigurationFactory.ParseString(File.ReadAllText(args[0]));
Console.WriteLine(config.GetString(args[1]));
