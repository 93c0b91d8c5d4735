using MtQuality.Core.Model;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules;

/// <summary>
/// One article prepared for the rules: tokens, sentences, line kinds and the corpus model. Built once per
/// article; rules only read it. Token strings are materialised lazily and cached.
/// </summary>
public sealed class AnalysisContext
{
    private readonly string?[] words;

    public AnalysisContext(Article article, ICorpusModel? corpus = null)
    {
        Article = article;
        Corpus = corpus ?? EmptyCorpusModel.Instance;
        Tokens = Tokenizer.Tokenize(article.Text, article.Lines);
        Sentences = Segmenter.Split(article.Text, Tokens, article.Lines);
        words = new string?[Tokens.Count];
        LineKinds = new LineKind[article.Lines.Count];
        for (int i = 0; i < LineKinds.Length; i++)
            LineKinds[i] = article.SliceSpan(article.Lines.Lines[i].Span).IsWhiteSpace() ? LineKind.Blank : LineKind.Content;
    }

    public Article Article { get; }

    public string Text => Article.Text;

    public LineMap Lines => Article.Lines;

    public ICorpusModel Corpus { get; }

    public List<Token> Tokens { get; }

    public List<Sentence> Sentences { get; }

    /// <summary>Per line: content, boilerplate or blank. Translation rules look at content lines only.</summary>
    public LineKind[] LineKinds { get; }

    public bool IsContent(int lineIndex) => LineKinds[lineIndex] == LineKind.Content;

    public IEnumerable<Sentence> ContentSentences
    {
        get
        {
            foreach (var s in Sentences)
            {
                if (IsContent(s.LineIndex))
                    yield return s;
            }
        }
    }

    /// <summary>The token's text; short words are shared strings (<see cref="WordInterner"/>), equal to a fresh copy.</summary>
    public string Word(int tokenIndex) => words[tokenIndex] ??= WordInterner.Get(Text.AsSpan(Tokens[tokenIndex].Start, Tokens[tokenIndex].Span.Length));

    public ReadOnlySpan<char> WordSpan(int tokenIndex) => Text.AsSpan(Tokens[tokenIndex].Start, Tokens[tokenIndex].Span.Length);

    public char CharAt(int tokenIndex) => Text[Tokens[tokenIndex].Start];

    /// <summary>
    /// The words of a sentence and how many of them are lower-case English (in the word list or function words): how
    /// rules tell an English prose sentence from a quoted foreign one, code or a list.
    /// </summary>
    public (int Words, int EnglishLower) EnglishWords(Sentence s)
    {
        int words = 0;
        int english = 0;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (Tokens[t].Kind != TokenKind.Word)
                continue;
            words++;
            var w = WordSpan(t);
            if (TextFacts.IsLowerWord(w) && (Lexicons.EnglishLexicon.IsWord(w) || Lexicons.WordLists.IsFunctionWord(w)))
                english++;
        }

        return (words, english);
    }

    /// <summary>
    /// The sentence's final stop ('.', '?' or '!'), looking past closing quotes and brackets after it; '\0' when
    /// the sentence ends otherwise or with an ellipsis.
    /// </summary>
    public char FinalStop(Sentence s)
    {
        for (int t = s.EndToken - 1; t >= s.FirstToken; t--)
        {
            if (Tokens[t].Kind != TokenKind.Punct)
                return '\0';
            char c = CharAt(t);
            if (c is '.' or '?' or '!')
                return c == '.' && t > 0 && CharAt(t - 1) == '.' ? '\0' : c;
            if (c is not ('"' or '”' or '’' or '»' or ')'))
                return '\0';
        }

        return '\0';
    }

    /// <summary>Tokens <paramref name="t"/> and <paramref name="t"/> + 1 are both words, one character (a space) apart.</summary>
    public bool WordPair(int t) =>
        t + 1 < Tokens.Count && Tokens[t].Kind == TokenKind.Word && Tokens[t + 1].Kind == TokenKind.Word && Tokens[t].End + 1 == Tokens[t + 1].Start;

    public bool IsPunct(int tokenIndex, char c) =>
        Tokens[tokenIndex].Kind == TokenKind.Punct && Text[Tokens[tokenIndex].Start] == c;

    public ReadOnlySpan<char> LineText(int lineIndex) => Article.SliceSpan(Lines.Lines[lineIndex].Span);

    /// <summary>Tokens of one line as a range [first, end) of <see cref="Tokens"/>.</summary>
    public (int First, int End) LineTokens(int lineIndex)
    {
        lineTokenIndex ??= BuildLineTokenIndex();
        return (lineTokenIndex[lineIndex], lineTokenIndex[lineIndex + 1]);
    }

    private int[]? lineTokenIndex;

    private int[] BuildLineTokenIndex()
    {
        var index = new int[Lines.Count + 1];
        int t = 0;
        for (int line = 0; line < Lines.Count; line++)
        {
            index[line] = t;
            while (t < Tokens.Count && Tokens[t].LineIndex == line)
                t++;
        }

        index[Lines.Count] = Tokens.Count;
        return index;
    }

    private readonly Dictionary<Type, object> shared = [];

    /// <summary>An analysis several rules need (e.g. the quote scan), computed once per article.</summary>
    public T Shared<T>(Func<AnalysisContext, T> factory)
        where T : class
    {
        if (shared.TryGetValue(typeof(T), out var v))
            return (T)v;
        var created = factory(this);
        shared[typeof(T)] = created;
        return created;
    }

    public Finding Flag(RuleDescriptor rule, TextSpan span, string? message = null, string? evidence = null) =>
        new(rule.Id, span, rule.DefaultSeverity, message ?? rule.Message, evidence ?? Article.Slice(span));

    public Finding Flag(RuleDescriptor rule, int firstToken, int lastTokenInclusive, string? message = null) =>
        Flag(rule, new TextSpan(Tokens[firstToken].Start, Tokens[lastTokenInclusive].End), message);
}
