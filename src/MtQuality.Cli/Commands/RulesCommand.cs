using System.CommandLine;
using MtQuality.Core.Rules;
using MtQuality.Reports;

namespace MtQuality.Cli.Commands;

/// <summary><c>mtq rules [--format text|md|json] [--write-docs [DIR]]</c></summary>
public static class RulesCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "text, md or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "md", "json");
        var writeDocs = new Option<string?>("--write-docs") { Description = "Write one Markdown page per rule and an index into this folder", Arity = ArgumentArity.ZeroOrOne };
        var cmd = new Command("rules", "List every rule with what it flags, why, and its examples") { format, writeDocs };
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var rules = RuleRegistry.Instance.Descriptors;
            if (r.GetResult(writeDocs) is not null)
            {
                var dir = r.GetValue(writeDocs) ?? Path.Combine("docs", "rules");
                WriteDocs(dir, rules);
                o.WriteLine($"Wrote {rules.Count} rule pages to {dir}");
                return Cli.Ok;
            }

            switch (r.GetValue(format))
            {
                case "json": o.WriteLine(RuleDocs.Json(rules)); break;
                case "md":
                    o.Write(RuleDocs.Index(rules));
                    foreach (var d in rules)
                        o.Write("\n" + RuleDocs.Page(d).Replace("[All rules](README.md)", string.Empty, StringComparison.Ordinal));
                    break;
                default:
                    foreach (var d in rules)
                        o.WriteLine($"{d.Id}  {d.Name,-28} {d.Category.ToText(),-12} {d.DefaultSeverity.ToText(),-8} {d.Message}");
                    break;
            }

            return Cli.Ok;
        });
        return cmd;
    }

    public static void WriteDocs(string dir, IReadOnlyList<RuleDescriptor> rules)
    {
        Directory.CreateDirectory(dir);
        foreach (var stale in Directory.EnumerateFiles(dir, "*.md"))
        {
            if (!rules.Any(d => Path.GetFileName(stale) == d.Id + ".md") && Path.GetFileName(stale) != "README.md")
                File.Delete(stale);
        }

        AtomicFile.WriteAllText(Path.Combine(dir, "README.md"), RuleDocs.Index(rules));
        foreach (var d in rules)
            AtomicFile.WriteAllText(Path.Combine(dir, d.Id + ".md"), RuleDocs.Page(d));
    }
}
