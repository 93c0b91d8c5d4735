using System.CommandLine;
using MtQuality.Corpus.Evaluation;

namespace MtQuality.Cli.Commands;

/// <summary>
/// <c>mtq eval --gold FILE [PATH...]</c>: precision, recall and F1 of an audit against labelled data;
/// <c>mtq eval --snippets DIR [--input html|text]</c>: boilerplate removal scored on must-keep / must-drop snippets.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string?>("--gold") { Description = "Gold TSV in the seeds-gold format (seed, line, kind, family, span, note)" };
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Articles to evaluate (default: the gold file's folder)" };
        var common = new CommonOptions();
        var cmd = new Command("eval", "Measure detection against labelled data") { gold, paths };
        common.AddTo(cmd);

        // --- snippets: boilerplate removal on a must-keep / must-drop snippet set (issue 3) ---
        var snippets = new Option<string?>("--snippets") { Description = "Folder with snippets.tsv (url, file, lang_guess, label, snippet) and html/ pages" };
        var input = new Option<string>("--input") { Description = "Feed the pages as html (DOM evidence) or text (flattened visible text)", DefaultValueFactory = _ => "html" };
        input.AcceptOnlyFromAmong("html", "text");
        var showErrors = new Option<int>("--show-errors") { Description = "With --snippets: list this many wrongly kept or dropped snippets" };
        cmd.Options.Add(snippets);
        cmd.Options.Add(input);
        cmd.Options.Add(showErrors);
        var dump = new Option<string?>("--dump") { Description = "With --snippets: write each page's lines with labels, DOM evidence and snippet marks into this folder" };
        cmd.Options.Add(dump);
        // --- end snippets ---

        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;

            // --- snippets ---
            if (r.GetValue(snippets) is { } dir)
            {
                if (!Directory.Exists(dir))
                    throw new UserException($"{dir}: no such snippet folder");
                var mode = r.GetValue(input) == "text" ? SnippetInput.Text : SnippetInput.Html;
                SnippetEvaluation s;
                try
                {
                    s = SnippetEvaluation.Run(dir, mode, common.Analysis(r), r.GetValue(dump));
                }
                catch (Exception ex) when (ex is FormatException or FileNotFoundException)
                {
                    throw new UserException(ex.Message);
                }

                o.WriteLine($"Snippets: {dir} (input: {mode.ToString().ToLowerInvariant()})");
                s.Print(o, r.GetValue(showErrors));
                return Cli.Ok;
            }
            // --- end snippets ---

            var goldPath = r.GetValue(gold) ?? throw new UserException("eval: give --gold FILE or --snippets DIR");
            if (!File.Exists(goldPath))
                throw new UserException($"{goldPath}: no such gold file");
            SeedEvaluation e;
            try
            {
                e = SeedEvaluation.Run(goldPath, r.GetValue(paths), common.Analysis(r));
            }
            catch (Exception ex) when (ex is FormatException or FileNotFoundException)
            {
                throw new UserException(ex.Message);
            }

            o.WriteLine($"Gold: {goldPath}");
            e.Print(o);
            return Cli.Ok;
        });
        return cmd;
    }
}
