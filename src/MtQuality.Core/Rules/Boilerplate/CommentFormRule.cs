using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: Comment-form labels and comment counters left in the text ("Leave a comment", "Post Comment", "12 Comments"), in several languages.
/// Why it matters: They are page furniture of the CMS, not part of the article, and inflate any text statistic built on the corpus.
/// </summary>
public sealed class CommentFormRule : FurniturePhraseRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.CommentForm,
        "comment-form",
        RuleCategory.Boilerplate,
        "comment-widget",
        Severity.Info,
        "Comment form or comment counter",
        "Comment-form labels and comment counters left in the text (\"Leave a comment\", \"Post Comment\", \"12 Comments\"), in several languages.",
        "They are page furniture of the CMS, not part of the article, and inflate any text statistic built on the corpus.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "[|Leave a comment|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Laisser un commentaire|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Комментарии (7)|]")),
            RuleExample.Clean(ExamplePages.Page("", "Comments (7) were received from residents, the council said in its report on the plan.")),
            RuleExample.Clean(ExamplePages.Page("", "She declined to comment on the report, which she said she had not read, and left the meeting early.")),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kinds: comment-form, comment-count)",
    };

    public CommentFormRule()
        : base("comment-form", "comment-count")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
