using System.CommandLine;
using MtQuality.Corpus.Evaluation;

namespace MtQuality.Cli.Commands;

/// <summary><c>mtq eval --gold FILE [PATH...]</c>: precision, recall and F1 of an audit against labelled data.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string?>("--gold") { Description = "Gold TSV in the seeds-gold format (seed, line, kind, family, span, note)" };
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Articles to evaluate (default: the gold file's folder)" };
        var common = new CommonOptions();
        var cmd = new Command("eval", "Measure detection against labelled data") { gold, paths };
        common.AddTo(cmd);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var goldPath = r.GetValue(gold) ?? throw new UserException("eval: give --gold FILE");
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
