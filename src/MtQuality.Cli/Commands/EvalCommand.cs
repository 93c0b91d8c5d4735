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
        var standalone = new Option<bool>("--standalone") { Description = "With --gold: judge each article on its own (no site templates learnt from the other articles), as for articles from different sites" };
        var common = new CommonOptions();
        var cmd = new Command("eval", "Measure detection against labelled data") { gold, paths, standalone };
        common.AddTo(cmd);

        // --- MQM evaluation (issue 4): professional MQM error spans on English MT ---
        var mqm = new Option<string?>("--mqm") { Description = "Folder (or *.segments.jsonl) of MQM-annotated translations: span precision, segment P/R, refB false alarms, beside trivial baselines" };
        var mqmDetails = new Option<bool>("--mqm-baseline-details") { Description = "With --mqm: also print per-rule figures of the baselines" };
        cmd.Options.Add(mqm);
        cmd.Options.Add(mqmDetails);
        var mqmList = new Option<bool>("--mqm-findings") { Description = "With --mqm: list every finding of the rules, marked hit (overlaps an MQM span) or miss" };
        cmd.Options.Add(mqmList);
        // --- end MQM evaluation options ---
        // --- snippets: boilerplate removal on a must-keep / must-drop snippet set (issue 3) ---
        var snippets = new Option<string?>("--snippets") { Description = "Folder with snippets.tsv (url, file, lang_guess, label, snippet) and html/ pages" };
        var input = new Option<string>("--input") { Description = "Feed the pages as html (DOM evidence) or text (flattened visible text)", DefaultValueFactory = _ => "html" };
        input.AcceptOnlyFromAmong("html", "text");
        var showErrors = new Option<int>("--show-errors") { Description = "With --snippets: list this many wrongly kept or dropped snippets" };
        cmd.Options.Add(snippets);
        cmd.Options.Add(input);
        cmd.Options.Add(showErrors);
        var showHuman = new Option<int>("--show-false-alarms") { Description = "With --snippets: list this many translation/extraction findings on the human-written pages (all false alarms), by rule; with --gold: this many findings outside every gold artifact span" };
        cmd.Options.Add(showHuman);
        var dump = new Option<string?>("--dump") { Description = "With --snippets: write each page's lines with labels, DOM evidence and snippet marks into this folder" };
        cmd.Options.Add(dump);
        // --- end snippets ---

        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            if (r.GetValue(mqm) is { } mqmDir)
                return RunMqm(o, mqmDir, common.Analysis(r), r.GetValue(mqmDetails), r.GetValue(mqmList));

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
                s.Print(o, r.GetValue(showErrors), r.GetValue(showHuman));
                return Cli.Ok;
            }
            // --- end snippets ---

            var goldPath = r.GetValue(gold) ?? throw new UserException("eval: give --gold FILE, --snippets DIR or --mqm DIR");
            if (!File.Exists(goldPath))
                throw new UserException($"{goldPath}: no such gold file");
            SeedEvaluation e;
            try
            {
                e = SeedEvaluation.Run(goldPath, r.GetValue(paths), common.Analysis(r), r.GetValue(standalone));
            }
            catch (Exception ex) when (ex is FormatException or FileNotFoundException)
            {
                throw new UserException(ex.Message);
            }

            o.WriteLine($"Gold: {goldPath}");
            e.Print(o, r.GetValue(showHuman));
            return Cli.Ok;
        });
        return cmd;
    }

    // --- MQM evaluation (issue 4) ---
    private static int RunMqm(TextWriter o, string dir, MtQuality.Core.Analysis.AnalysisOptions options, bool baselineDetails, bool list)
    {
        if (!File.Exists(dir) && !Directory.Exists(dir))
            throw new UserException($"{dir}: no such MQM folder or file");
        List<MqmDocument> docs;
        try
        {
            docs = MqmData.Documents(MqmData.LoadSegments(dir));
        }
        catch (Exception ex) when (ex is FormatException or FileNotFoundException)
        {
            throw new UserException(ex.Message);
        }

        o.WriteLine($"MQM: {MqmData.SegmentsPath(dir)} ({docs.Count} documents = system x talk, {docs.Sum(d => d.Segments.Count)} segments)");
        o.WriteLine();
        var rules = new RuleCatalogueDetector(docs, options);
        MqmEvaluation.Run(docs, rules).Print(o);
        if (list)
            ListFindings(o, docs, rules);
        foreach (var baseline in new IMqmDetector[] { new UnknownWordBaseline(), new LengthPunctuationBaseline() })
        {
            o.WriteLine();
            MqmEvaluation.Run(docs, baseline).Print(o, baselineDetails);
        }

        return Cli.Ok;
    }
    private static void ListFindings(TextWriter o, List<MqmDocument> docs, RuleCatalogueDetector rules)
    {
        o.WriteLine();
        foreach (var d in docs)
        {
            foreach (var f in rules.Findings(d))
            {
                int seg = d.SegmentAt(f.Span.Start);
                int s = f.Span.Start - d.Offsets[seg];
                int e = Math.Max(s + 1, f.Span.End - d.Offsets[seg]);
                var segment = d.Segments[seg];
                bool hit = segment.Errors.Any(x => x.Start < e && s < x.End);
                var evidence = f.Evidence.Replace('\n', ' ');
                o.WriteLine($"{(hit ? "hit " : "miss")} {f.RuleId} {d.System}/{d.Doc}#{segment.Seg} mqm={segment.Mqm:0.#} [{(evidence.Length > 80 ? evidence[..80] : evidence)}] {segment.Target}");
            }
        }
    }
    // --- end MQM evaluation ---
}
