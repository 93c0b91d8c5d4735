namespace MtQuality.Core.Rules;

/// <summary>
/// Every rule id in one table. MT = machine-translation artifacts, EX = extraction damage, BP = boilerplate.
/// An id never changes meaning once released; retired ids are not reused.
/// </summary>
public static class RuleIds
{
    // Translation artifacts
    public const string LowercaseProperNoun = "MT0001";
    public const string MidsentenceCapital = "MT0002";
    public const string LowercaseSentenceStart = "MT0003";
    public const string UnbalancedQuotes = "MT0004";
    public const string WrongQuoteMark = "MT0005";
    public const string RepeatedPhrase = "MT0006";
    public const string EchoedFragment = "MT0007";
    public const string DeterminerPossessive = "MT0008";
    public const string AuxiliaryBareVerb = "MT0009";
    public const string ThankToVerb = "MT0010";
    public const string InconsistentNameForm = "MT0011";
    public const string LiteralTranslation = "MT0012";
    public const string SpunPhrase = "MT0013";
    public const string UnbracketedAcronym = "MT0014";
    public const string UnusualCapital = "MT0015";
    public const string MissingQuotes = "MT0016";
    public const string UntranslatedFragment = "MT0017";
    public const string BrokenQuoteBoundary = "MT0018";
    public const string CapsHeadingBareVerb = "MT0019";
    public const string GarbledFixedExpression = "MT0020";
    public const string MixedQuoteStyles = "MT0021";
    public const string OddWordOrder = "MT0022";
    public const string MixedDateFormats = "MT0023";
    public const string SpunCollocation = "MT0024";
    public const string DeterminerNumber = "MT0025";
    public const string MisplacedAdverb = "MT0026";
    public const string PerfectWithPastTime = "MT0027";
    public const string MissingSubject = "MT0028";
    public const string SourcePunctuation = "MT0029";
    public const string IndefiniteArticle = "MT0030";
    public const string VerblessSentence = "MT0031";
    public const string PostposedAdjective = "MT0032";
    public const string DoubleDeterminer = "MT0033";
    public const string InvertedApposition = "MT0034";
    public const string DeterminerVerbOf = "MT0035";
    public const string FrontedAdverbialInversion = "MT0036";
    public const string VerbBeforeSubject = "MT0037";
    public const string VerbFinalParticiple = "MT0038";
    public const string StrandedModal = "MT0039";
    public const string PrenominalParticiplePhrase = "MT0040";

    // Extraction damage
    public const string GluedWords = "EX0001";
    public const string StrayPunctuation = "EX0002";

    // Boilerplate
    public const string CommentForm = "BP0001";
    public const string SocialCta = "BP0002";
    public const string RelatedLinks = "BP0003";
    public const string Navigation = "BP0004";
    public const string Advert = "BP0005";
    public const string BylineWidget = "BP0006";
    public const string SiteNotice = "BP0007";
    public const string HeaderWidget = "BP0008";
    public const string DuplicatedLine = "BP0009";
    public const string SiteTemplate = "BP0010";
    public const string PageEdgeFurniture = "BP0011";
    public const string DomFurniture = "BP0012";
    public const string TrailingFurniture = "BP0013";
    public const string ReaderPrompt = "BP0014";
    public const string AuthorBio = "BP0015";
}
